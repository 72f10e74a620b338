/* SPDX-License-Identifier: ISC */
/* Plain text: the title, a blank line, the body; articles of a batch
 * are separated by a line holding only a form feed. */
#include "article.h"
#include "buf.h"
#include "render.h"

static void
text_article(struct buf *out, const struct article *a,
    const struct render_opts *o)
{
	(void)o;
	if (a->title != NULL) {
		buf_puts(out, a->title);
		buf_puts(out, a->nblocks > 0 ? "\n\n" : "\n");
	}
	if (a->nblocks > 0) {
		article_body_text(a, out);
		buf_putc(out, '\n');
	}
	/* --comments: after a rule, as Markdown and plain text both read
	 * one. */
	if (a->ncomments > 0) {
		buf_puts(out, "\n---\n\n");
		article_comments_text(a, out);
		buf_putc(out, '\n');
	}
}

const struct renderer render_text = {
	"text", "\f\n", NULL, text_article, NULL, NULL, "txt"
};
