/* SPDX-License-Identifier: ISC */
/* Allocation that cannot fail: out of memory prints one line and exits 3. */
#ifndef XALLOC_H
#define XALLOC_H

#include <stddef.h>

void	*xmalloc(size_t) __attribute__((malloc));
void	*xcalloc(size_t, size_t) __attribute__((malloc));
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *) __attribute__((malloc));
char	*xstrndup(const char *, size_t) __attribute__((malloc));

#endif
