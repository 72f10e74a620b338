/* SPDX-License-Identifier: ISC */
/* Open-addressing hash over static name arrays. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "strtab.h"

static uint32_t
hash(const char *s)
{
	uint32_t	 h = 2166136261u;	/* FNV-1a */

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* pthread_once takes no argument: the table being built is handed over
 * through thread-local storage, set just before the call. */
static _Thread_local struct strtab *building;

static void
build(void)
{
	struct strtab	*t = building;
	size_t		 k;
	uint32_t	 h;

	for (k = 0; k < t->n; k++) {
		h = hash(t->names[k * t->stride]) & (STRTAB_SLOTS - 1);
		while (t->slot[h] != 0)
			h = (h + 1) & (STRTAB_SLOTS - 1);
		t->slot[h] = (short)(k + 1);
	}
}

long
strtab_find(struct strtab *t, const char *name)
{
	uint32_t	 h;
	short		 s;

	building = t;
	pthread_once(&t->once, build);
	for (h = hash(name) & (STRTAB_SLOTS - 1); (s = t->slot[h]) != 0;
	    h = (h + 1) & (STRTAB_SLOTS - 1))
		if (strcmp(t->names[(size_t)(s - 1) * t->stride], name) == 0)
			return s - 1;
	return -1;
}

int
str_is_one_of(const char *s, size_t len, const char *const *words, size_t n)
{
	size_t	 k;

	for (k = 0; k < n; k++)
		if (strlen(words[k]) == len && strncasecmp(s, words[k], len) == 0)
			return 1;
	return 0;
}
