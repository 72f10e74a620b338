/* SPDX-License-Identifier: ISC */
/*
 * The document arena for libxml2.  Every block carries a small header
 * saying where it came from, so blocks allocated outside a document
 * (libxml2's own set-up) are still malloc'd and freed normally, and a
 * block is never mistaken for the other kind.  Inside a document,
 * free() is nothing (or, for the block just handed out, a step back) and
 * the whole arena is rewound when the document is done.  The sanitizer
 * build keeps plain malloc, so that it still checks libxml2's memory.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

#include "xmlmem.h"

#if defined(__SANITIZE_ADDRESS__)
#define XMLMEM_DISABLED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define XMLMEM_DISABLED 1
#endif
#endif

#define CHUNK_SIZE	((size_t)1 << 20)
#define KEEP_BYTES	((size_t)16 << 20)	/* kept between documents */

enum { FROM_MALLOC = 0x6d616c6c, FROM_ARENA = 0x6172656e };

struct header {
	size_t		 size;		/* bytes asked for */
	size_t		 from;		/* FROM_MALLOC or FROM_ARENA */
};

struct chunk {
	struct chunk	*next;
	size_t		 cap, used;
	size_t		 pad;		/* keeps data 16-byte aligned */
	unsigned char	 data[];
};

static _Thread_local struct {
	int		 on;
	struct chunk	*first, *cur;
	void		*last;		/* the last block handed out */
} arena;

static size_t
block_size(size_t n)
{
	return sizeof(struct header) + ((n + 15) & ~(size_t)15);
}

static struct chunk *
new_chunk(size_t need)
{
	size_t		 cap = need > CHUNK_SIZE ? need : CHUNK_SIZE;
	struct chunk	*c = malloc(sizeof(*c) + cap);

	if (c == NULL)
		return NULL;
	c->next = NULL;
	c->cap = cap;
	c->used = 0;
	return c;
}

static void *
from_arena(size_t n)
{
	struct chunk	*c = arena.cur, *fresh;
	struct header	*h;
	size_t		 need = block_size(n);

	if (need < n)
		return NULL;
	if (c == NULL || c->cap - c->used < need) {
		if (c != NULL && c->next != NULL && c->next->cap >= need)
			c = c->next;
		else {
			if ((fresh = new_chunk(need)) == NULL)
				return NULL;
			if (c == NULL) {
				fresh->next = arena.first;
				arena.first = fresh;
			} else {
				fresh->next = c->next;
				c->next = fresh;
			}
			c = fresh;
		}
		arena.cur = c;
	}
	h = (struct header *)(c->data + c->used);
	c->used += need;
	h->size = n;
	h->from = FROM_ARENA;
	return arena.last = h + 1;
}

static void *
from_malloc(size_t n)
{
	struct header	*h;

	if (n > SIZE_MAX - sizeof(*h) || (h = malloc(sizeof(*h) + n)) == NULL)
		return NULL;
	h->size = n;
	h->from = FROM_MALLOC;
	return h + 1;
}

static void *
mem_malloc(size_t n)
{
	return arena.on ? from_arena(n) : from_malloc(n);
}

static void
mem_free(void *p)
{
	struct header	*h;

	if (p == NULL)
		return;
	h = (struct header *)p - 1;
	if (h->from == FROM_ARENA) {
		/* A temporary freed at once: take its room back. */
		if (p == arena.last && arena.cur != NULL) {
			arena.cur->used -= block_size(h->size);
			arena.last = NULL;
		}
		return;
	}
	free(h);
}

static void *
mem_realloc(void *p, size_t n)
{
	struct header	*h;
	size_t		 grow;
	void		*q;

	if (p == NULL)
		return mem_malloc(n);
	h = (struct header *)p - 1;
	if (h->from != FROM_ARENA) {
		if (n > SIZE_MAX - sizeof(*h) ||
		    (h = realloc(h, sizeof(*h) + n)) == NULL)
			return NULL;
		h->size = n;
		return h + 1;
	}
	/* The last block grows where it is while its chunk has room. */
	if (p == arena.last && block_size(n) >= block_size(h->size)) {
		grow = block_size(n) - block_size(h->size);
		if (arena.cur->cap - arena.cur->used >= grow) {
			arena.cur->used += grow;
			h->size = n;
			return p;
		}
	}
	if ((q = mem_malloc(n)) == NULL)
		return NULL;
	memcpy(q, p, h->size < n ? h->size : n);
	return q;
}

static char *
mem_strdup(const char *s)
{
	size_t	 n = strlen(s) + 1;
	char	*p = mem_malloc(n);

	if (p != NULL)
		memcpy(p, s, n);
	return p;
}

void
xmlmem_install(void)
{
#ifdef XMLMEM_DISABLED
	const int	 disabled = 1;
#else
	const int	 disabled = 0;
#endif

	if (!disabled)
		xmlMemSetup(mem_free, mem_malloc, mem_realloc, mem_strdup);
}

void
xmlmem_begin(void)
{
	arena.on = 1;
}

void
xmlmem_end(void)
{
	struct chunk	*c, **pp;
	size_t		 kept = 0;

	/* The thread's last error may hold strings from the arena. */
	xmlResetLastError();
	arena.on = 0;
	arena.last = NULL;
	/* Rewind; keep a few chunks for the next document. */
	for (pp = &arena.first; (c = *pp) != NULL; ) {
		if (kept + c->cap > KEEP_BYTES || c->cap > CHUNK_SIZE) {
			*pp = c->next;
			free(c);
			continue;
		}
		kept += c->cap;
		c->used = 0;
		pp = &c->next;
	}
	arena.cur = arena.first;
}

void
xmlmem_thread_done(void)
{
	struct chunk	*c;

	while ((c = arena.first) != NULL) {
		arena.first = c->next;
		free(c);
	}
	arena.cur = NULL;
	arena.last = NULL;
	arena.on = 0;
}
