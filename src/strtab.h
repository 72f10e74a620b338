/* SPDX-License-Identifier: ISC */
/* A read-only hash table over a static array of names, for the lookups
 * artex does for every element: tag classes and class-name hints.  Built
 * once (the first lookup, under pthread_once), read-only afterwards, so
 * threads share it freely. */
#ifndef STRTAB_H
#define STRTAB_H

#include <pthread.h>
#include <stddef.h>

#define STRTAB_SLOTS 512	/* power of two, over twice the names */

struct strtab {
	pthread_once_t	 once;
	const char	*const *names;	/* the i-th name, stride apart */
	size_t		 n, stride;
	short		 slot[STRTAB_SLOTS];	/* index + 1, 0 = empty */
};

/* A table over n names found at base, base + stride, …: each entry of a
 * struct array whose first member is the name. */
#define STRTAB_INIT(array) { PTHREAD_ONCE_INIT,				\
	(const char *const *)(const void *)(array),			\
	sizeof(array) / sizeof((array)[0]),				\
	sizeof((array)[0]) / sizeof(const char *), { 0 } }

/* The index of name in the table, or -1. */
long	 strtab_find(struct strtab *, const char *name);

/* 1 when s[0, len) is one of the n words, ASCII case aside: for the
 * short word lists no table is worth building for. */
int	 str_is_one_of(const char *s, size_t len, const char *const *words,
	    size_t n);

#endif
