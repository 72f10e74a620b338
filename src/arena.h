/* SPDX-License-Identifier: ISC */
/* A per-document arena: every string of an article lives here, so freeing
 * the article is one call and a batch loop cannot leak. */
#ifndef ARENA_H
#define ARENA_H

#include <stddef.h>

struct arena;

struct arena	*arena_new(void);
void		 arena_free(struct arena *);	/* NULL-safe */
void		*arena_alloc(struct arena *, size_t);	/* zeroed, aligned */
char		*arena_strndup(struct arena *, const char *, size_t);
char		*arena_strdup(struct arena *, const char *);	/* NULL -> NULL */

#endif
