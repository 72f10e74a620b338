/* SPDX-License-Identifier: ISC */
/* Plain-text case tables (after jq's .test files): cases are groups of
 * lines separated by one or more blank lines; lines starting with '#' are
 * comments.  cases_next() hands out one group at a time. */
#ifndef CASES_H
#define CASES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CASE_MAXLINES 8
#define CASE_LINELEN 4096

struct cases {
	FILE	*fp;
	int	 lineno;	/* line of the case's first line */
	int	 cur;
	int	 nlines;
	char	 line[CASE_MAXLINES][CASE_LINELEN];
};

static inline int
cases_open(struct cases *c, const char *path)
{
	memset(c, 0, sizeof(*c));
	if ((c->fp = fopen(path, "r")) == NULL) {
		perror(path);
		return -1;
	}
	return 0;
}

/* Reads the next group; returns its number of lines, 0 at the end. */
static inline int
cases_next(struct cases *c)
{
	char	 tmp[CASE_LINELEN];
	size_t	 n;

	c->nlines = 0;
	while (fgets(tmp, sizeof(tmp), c->fp) != NULL) {
		c->cur++;
		n = strlen(tmp);
		while (n > 0 && (tmp[n - 1] == '\n' || tmp[n - 1] == '\r'))
			tmp[--n] = '\0';
		if (tmp[0] == '#')
			continue;
		if (n == 0) {
			if (c->nlines > 0)
				return c->nlines;
			continue;
		}
		if (c->nlines == 0)
			c->lineno = c->cur;
		if (c->nlines < CASE_MAXLINES)
			memcpy(c->line[c->nlines++], tmp, n + 1);
	}
	return c->nlines;
}

static inline void
cases_close(struct cases *c)
{
	if (c->fp != NULL)
		fclose(c->fp);
}

#endif
