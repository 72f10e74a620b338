/* SPDX-License-Identifier: ISC */
/* The article model: constructor, blocks, free. */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "buf.h"
#include "xalloc.h"

static const char *const kind_names[BLOCK__MAX] = {
	"paragraph", "heading", "list-item", "quote", "pre", "table-row",
	"caption"
};

struct article *
article_new(void)
{
	struct article	*a = xcalloc(1, sizeof(*a));

	a->arena = arena_new();
	return a;
}

void
article_free(struct article *a)
{
	if (a == NULL)
		return;
	free(a->blocks);
	arena_free(a->arena);
	free(a);
}

struct block *
article_add_block(struct article *a, enum block_kind kind, int level,
    const char *text, size_t len)
{
	struct block	*b;

	if (a->nblocks == a->capblocks) {
		a->capblocks = a->capblocks ? a->capblocks * 2 : 32;
		a->blocks = xrealloc(a->blocks,
		    a->capblocks * sizeof(*a->blocks));
	}
	b = &a->blocks[a->nblocks++];
	b->kind = kind;
	b->level = level;
	b->text = arena_strndup(a->arena, text, len);
	return b;
}

char *
article_strdup(struct article *a, const char *s)
{
	return arena_strdup(a->arena, s);
}

const char *
block_kind_name(enum block_kind k)
{
	return (unsigned)k < BLOCK__MAX ? kind_names[k] : "paragraph";
}

void
article_body_text(const struct article *a, struct buf *out)
{
	size_t	 k;

	for (k = 0; k < a->nblocks; k++) {
		if (k > 0)
			buf_puts(out, "\n\n");
		buf_puts(out, a->blocks[k].text);
	}
}
