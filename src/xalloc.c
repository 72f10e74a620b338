/* SPDX-License-Identifier: ISC */
/* Allocation wrappers: memory exhaustion is the one error artex does not
 * recover from, because every input is capped and a batch cannot go on
 * sensibly without memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#define EXIT_SYSERR 3

static void
oom(void)
{
	fputs("artex: out of memory\n", stderr);
	exit(EXIT_SYSERR);
}

void *
xmalloc(size_t n)
{
	void	*p = malloc(n ? n : 1);

	if (p == NULL)
		oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void	*p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n ? n : 1)) == NULL)
		oom();
	return p;
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}
