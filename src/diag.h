/* SPDX-License-Identifier: ISC */
/* Diagnostics of one document: stages record, only batch.c prints. */
#ifndef DIAG_H
#define DIAG_H

#include <stddef.h>

enum diag_level {
	DIAG_NOTE,	/* shown with -v */
	DIAG_WARNING,	/* shown with -v: the output may be imperfect */
	DIAG_ERROR	/* the document gave no output */
};

#define DIAG_MAX 8

struct diag {
	struct {
		enum diag_level	 level;
		char		 text[200];
	}		 msg[DIAG_MAX];
	size_t		 n;
	size_t		 dropped;	/* messages beyond DIAG_MAX */
	int		 failed;	/* an error was recorded */
};

void	 diag_init(struct diag *);
void	 diag_add(struct diag *, enum diag_level, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

#endif
