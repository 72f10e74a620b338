/* SPDX-License-Identifier: ISC */
/* Bump allocator in a list of chunks; large requests get a chunk of their
 * own so a big block of text never wastes a whole chunk's tail. */
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xalloc.h"

#define CHUNK_SIZE (16 * 1024)

struct chunk {
	struct chunk	*next;
	size_t		 used, size;
	alignas(max_align_t) unsigned char data[];
};

struct arena {
	struct chunk	*head;
};

static struct chunk *
chunk_new(size_t size)
{
	struct chunk	*c = xmalloc(sizeof(*c) + size);

	c->next = NULL;
	c->used = 0;
	c->size = size;
	return c;
}

struct arena *
arena_new(void)
{
	struct arena	*a = xmalloc(sizeof(*a));

	a->head = chunk_new(CHUNK_SIZE);
	return a;
}

void
arena_free(struct arena *a)
{
	struct chunk	*c, *next;

	if (a == NULL)
		return;
	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

void *
arena_alloc(struct arena *a, size_t n)
{
	const size_t	 align = alignof(max_align_t);
	struct chunk	*c;
	size_t		 need = (n + align - 1) & ~(align - 1);
	void		*p;

	if (need == 0)
		need = align;
	if (need > CHUNK_SIZE / 4) {
		/* Big: its own chunk, linked behind the head. */
		c = chunk_new(need);
		c->next = a->head->next;
		a->head->next = c;
		c->used = need;
		memset(c->data, 0, n);
		return c->data;
	}
	if (a->head->size - a->head->used < need) {
		c = chunk_new(CHUNK_SIZE);
		c->next = a->head;
		a->head = c;
	}
	c = a->head;
	p = c->data + c->used;
	c->used += need;
	memset(p, 0, n);
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char	*p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return s == NULL ? NULL : arena_strndup(a, s, strlen(s));
}
