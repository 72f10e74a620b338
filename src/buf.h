/* SPDX-License-Identifier: ISC */
/* A growable byte buffer; always NUL-terminated after the first write. */
#ifndef BUF_H
#define BUF_H

#include <stddef.h>

struct buf {
	char	*data;		/* NULL until the first write */
	size_t	 len;
	size_t	 cap;
};

#define BUF_INIT { NULL, 0, 0 }

void	 buf_put(struct buf *, const void *, size_t);
void	 buf_puts(struct buf *, const char *);
void	 buf_putc(struct buf *, char);
void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_reset(struct buf *);	/* empty, keeps the memory */
void	 buf_free(struct buf *);	/* releases the memory */
const char *buf_cstr(struct buf *);	/* "" when empty */

#endif
