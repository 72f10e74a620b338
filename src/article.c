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
	free(a->comments);
	arena_free(a->arena);
	free(a);
}

static struct block *
append(struct article *a, struct block **v, size_t *n, size_t *cap,
    enum block_kind kind, int level, const char *text, size_t len)
{
	struct block	*b;

	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 32;
		*v = xrealloc(*v, *cap * sizeof(**v));
	}
	b = &(*v)[(*n)++];
	b->kind = kind;
	b->level = level;
	b->text = arena_strndup(a->arena, text, len);
	return b;
}

struct block *
article_add_block(struct article *a, enum block_kind kind, int level,
    const char *text, size_t len)
{
	return append(a, &a->blocks, &a->nblocks, &a->capblocks, kind, level,
	    text, len);
}

struct block *
article_add_comment(struct article *a, const char *text, size_t len)
{
	return append(a, &a->comments, &a->ncomments, &a->capcomments,
	    BLOCK_PARAGRAPH, 0, text, len);
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

static void
join_blocks(const struct block *v, size_t n, struct buf *out)
{
	size_t	 k;

	for (k = 0; k < n; k++) {
		if (k > 0)
			buf_puts(out, "\n\n");
		buf_puts(out, v[k].text);
	}
}

void
article_body_text(const struct article *a, struct buf *out)
{
	join_blocks(a->blocks, a->nblocks, out);
}

void
article_comments_text(const struct article *a, struct buf *out)
{
	join_blocks(a->comments, a->ncomments, out);
}
