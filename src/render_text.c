/* SPDX-License-Identifier: ISC */
/* Plain text: the title, a blank line, the body; articles of a batch
 * are separated by a line holding only a form feed. */
#include <string.h>

#include "article.h"
#include "buf.h"
#include "normalize.h"
#include "render.h"

/* Blocks separated by a blank line; with --width, wrapped, except
 * preformatted text, whose lines are as the page set them. */
static void
put_blocks(struct buf *out, const struct block *v, size_t n, int width)
{
	size_t	 k;

	for (k = 0; k < n; k++) {
		if (k > 0)
			buf_puts(out, "\n\n");
		if (width > 0 && v[k].kind != BLOCK_PRE)
			norm_wrap(v[k].text, strlen(v[k].text), width, out);
		else
			buf_puts(out, v[k].text);
	}
}

static void
text_article(struct buf *out, const struct article *a,
    const struct render_opts *o)
{
	if (a->title != NULL) {
		if (o->width > 0)
			norm_wrap(a->title, strlen(a->title), o->width, out);
		else
			buf_puts(out, a->title);
		buf_puts(out, a->nblocks > 0 ? "\n\n" : "\n");
	}
	if (a->nblocks > 0) {
		put_blocks(out, a->blocks, a->nblocks, o->width);
		buf_putc(out, '\n');
	}
	/* --comments: after a rule, as Markdown and plain text both read
	 * one. */
	if (a->ncomments > 0) {
		buf_puts(out, "\n---\n\n");
		put_blocks(out, a->comments, a->ncomments, o->width);
		buf_putc(out, '\n');
	}
}

const struct renderer render_text = {
	"text", "\f\n", NULL, text_article, NULL, NULL, "txt"
};
