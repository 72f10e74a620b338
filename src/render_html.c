/* SPDX-License-Identifier: ISC */
/*
 * HTML5: one document for a run, with one <article> per input under a
 * generic head; with -O (standalone) one document per article, its
 * title, language and metadata in the head.  The markup is also
 * well-formed XML (void elements closed with "/>", no entities but
 * XML's five, every attribute quoted), so XML tools can read it.
 */
#include <stdio.h>
#include <string.h>

#include "article.h"
#include "buf.h"
#include "render.h"
#include "render_util.h"

/* Kept short: readable line length, images that fit, ruled tables. */
static const char	 style[] =
    "<style>\n"
    "body{max-width:42em;margin:0 auto;padding:1em;"
    "font:1.1em/1.5 Georgia,serif}\n"
    ".byline,.url,figcaption{color:#555;font-size:.9em}\n"
    "img{max-width:100%;height:auto}\n"
    "table{border-collapse:collapse}td{border:1px solid #bbb;"
    "padding:.2em .5em}\n"
    "article+article,aside{border-top:1px solid #bbb;margin-top:2em}\n"
    "</style>\n";

struct html {
	struct buf		*out;
	const struct article	*a;
	const struct render_opts *o;
};

/* Text or, with attr, an attribute value; control characters, which
 * neither HTML nor XML allows, are dropped. */
static void
esc(struct buf *out, const char *s, size_t len, int attr)
{
	size_t	 k;

	for (k = 0; k < len; k++)
		switch (s[k]) {
		case '&': buf_puts(out, "&amp;"); break;
		case '<': buf_puts(out, "&lt;"); break;
		case '>': buf_puts(out, "&gt;"); break;
		case '"':
			buf_puts(out, attr ? "&quot;" : "\"");
			break;
		default:
			if ((unsigned char)s[k] >= 0x20 || s[k] == '\n' ||
			    s[k] == '\t')
				buf_putc(out, s[k]);
			break;
		}
}

static void
esc_str(struct buf *out, const char *s)
{
	esc(out, s, strlen(s), 0);
}

/* name="value", value escaped. */
static void
attr(struct buf *out, const char *name, const char *value)
{
	buf_printf(out, " %s=\"", name);
	esc(out, value, strlen(value), 1);
	buf_putc(out, '"');
}

static void
attr_href(struct buf *out, const char *name, const char *uri)
{
	struct buf	 b = BUF_INIT;

	ru_href(&b, uri);
	attr(out, name, buf_cstr(&b));
	buf_free(&b);
}

static void
span_text(void *ctx, const char *s, size_t len)
{
	esc(ctx, s, len, 0);
}

static void
span_link(void *ctx, const char *s, size_t len, const char *href)
{
	buf_puts(ctx, "<a");
	attr_href(ctx, "href", href);
	buf_putc(ctx, '>');
	esc(ctx, s, len, 0);
	buf_puts(ctx, "</a>");
}

static void
h_inline(struct html *h, struct ru_spans *sp, size_t from, size_t to)
{
	const struct ru_emit	 e = { span_text, span_link, h->out };

	ru_spans_put(sp, from, to, &e);
}

/* A block's text with its links. */
static void
h_content(struct html *h, const struct block *b)
{
	struct ru_spans	 sp;

	ru_spans_init(&sp, b, h->o->links);
	h_inline(h, &sp, 0, strlen(b->text));
}

static void
h_elem(struct html *h, const char *tag, const struct block *b)
{
	buf_printf(h->out, "<%s>", tag);
	h_content(h, b);
	buf_printf(h->out, "</%s>", tag);
}

/* List items nest by level: a deeper item opens a list inside the open
 * item, a shallower one closes lists up to its depth. */
static void
h_list(struct html *h, size_t from, size_t to)
{
	const struct block	*b;
	size_t			 k;
	int			 d, depth = 0;

	for (k = from; k < to; k++) {
		b = &h->a->blocks[k];
		d = ru_list_depth(b->level, depth);
		if (d > depth)
			buf_puts(h->out, depth == 0 ? "<ul>\n" : "\n<ul>\n");
		else {
			buf_puts(h->out, "</li>\n");
			for (; depth > d; depth--)
				buf_puts(h->out, "</ul>\n</li>\n");
		}
		depth = d;
		buf_puts(h->out, "<li>");	/* closed by what follows */
		h_content(h, b);
	}
	buf_puts(h->out, "</li>\n");
	for (; depth > 1; depth--)
		buf_puts(h->out, "</ul>\n</li>\n");
	buf_puts(h->out, "</ul>\n");
}

static void
h_quote(struct html *h, size_t from, size_t to)
{
	size_t	 k;

	buf_puts(h->out, "<blockquote>\n");
	for (k = from; k < to; k++) {
		h_elem(h, "p", &h->a->blocks[k]);
		buf_putc(h->out, '\n');
	}
	buf_puts(h->out, "</blockquote>\n");
}

/* A row, with empty cells up to the table's width. */
static void
h_row(struct html *h, const struct block *b, size_t ncols)
{
	struct ru_spans	 sp;
	size_t		 at = 0, end, len = strlen(b->text), n = 0;

	ru_spans_init(&sp, b, h->o->links);
	buf_puts(h->out, "<tr>");
	for (;;) {
		end = ru_cell_end(b->text, at);
		buf_puts(h->out, "<td>");
		h_inline(h, &sp, at, end);
		buf_puts(h->out, "</td>");
		n++;
		if (end >= len)
			break;
		at = end + 3;
	}
	for (; n < ncols; n++)
		buf_puts(h->out, "<td></td>");
	buf_puts(h->out, "</tr>\n");
}

/* The model does not say which row is a header, so all are data. */
static void
h_table(struct html *h, size_t from, size_t to)
{
	size_t	 k, n, ncols = 1;

	for (k = from; k < to; k++)
		if ((n = ru_cells(h->a->blocks[k].text)) > ncols)
			ncols = n;
	buf_puts(h->out, "<table>\n");
	for (k = from; k < to; k++)
		h_row(h, &h->a->blocks[k], ncols);
	buf_puts(h->out, "</table>\n");
}

static void
h_single(struct html *h, const struct block *b)
{
	char	 tag[4];

	switch (b->kind) {
	case BLOCK_HEADING:
		snprintf(tag, sizeof(tag), "h%d", ru_heading(b->level));
		h_elem(h, tag, b);
		break;
	case BLOCK_PRE:
		/* a parser drops one newline right after <pre> */
		buf_puts(h->out, b->text[0] == '\n' ? "<pre>\n" : "<pre>");
		h_content(h, b);
		buf_puts(h->out, "</pre>");
		break;
	case BLOCK_CAPTION:
		buf_puts(h->out, "<figure>\n");
		h_elem(h, "figcaption", b);
		buf_puts(h->out, "\n</figure>");
		break;
	default:
		h_elem(h, "p", b);
		break;
	}
	buf_putc(h->out, '\n');
}

/* The walk's callbacks (render_util.c): ctx is the struct html. */
static void
h_run(void *ctx, size_t from, size_t to)
{
	struct html	*h = ctx;

	switch (h->a->blocks[from].kind) {
	case BLOCK_LIST_ITEM:
		h_list(h, from, to);
		break;
	case BLOCK_QUOTE:
		h_quote(h, from, to);
		break;
	case BLOCK_TABLE_ROW:
		h_table(h, from, to);
		break;
	default:
		h_single(h, &h->a->blocks[from]);
		break;
	}
}

static void
h_image(void *ctx, const struct image *im)
{
	struct html	*h = ctx;

	buf_puts(h->out, "<figure>\n<img");
	attr_href(h->out, "src", im->src != NULL ? im->src : "");
	attr(h->out, "alt", im->alt != NULL ? im->alt : "");
	buf_puts(h->out, "/>\n");
	if (im->caption != NULL && *im->caption != '\0') {
		buf_puts(h->out, "<figcaption>");
		esc_str(h->out, im->caption);
		buf_puts(h->out, "</figcaption>\n");
	}
	buf_puts(h->out, "</figure>\n");
}

static void
h_blocks(struct html *h)
{
	const struct ru_walk	 w = { h_image, h_run, h };

	ru_walk_blocks(h->a, h->o->images, &w);
}

/* When, who, whose story on whose site, as the Markdown credits line. */
static void
h_credits(struct html *h)
{
	const struct article	*a = h->a;
	const char		*part[3];
	char			 when[64], shown[64];
	size_t			 n = 0, k;

	if (a->author != NULL)
		part[n++] = a->author;
	if (a->source != NULL)
		part[n++] = a->source;
	if (a->site_name != NULL && (a->source == NULL ||
	    strcmp(a->source, a->site_name) != 0))
		part[n++] = a->site_name;
	if (n == 0 && a->date == NULL)
		return;
	buf_puts(h->out, "<p class=\"byline\">");
	if (ru_show_date(a->date, shown, sizeof(shown)) != NULL) {
		if (ru_xsd_date(a->date, when, sizeof(when)) != NULL) {
			buf_puts(h->out, "<time");
			attr(h->out, "datetime", when);
			buf_putc(h->out, '>');
			esc_str(h->out, shown);
			buf_puts(h->out, "</time>");
		} else
			esc_str(h->out, shown);
	}
	for (k = 0; k < n; k++) {
		if (k > 0 || a->date != NULL)
			buf_puts(h->out, " · ");
		esc_str(h->out, part[k]);
	}
	buf_puts(h->out, "</p>\n");
}

static void
h_header(struct html *h)
{
	const struct article	*a = h->a;

	if (a->title == NULL && a->date == NULL && a->author == NULL &&
	    a->source == NULL && a->site_name == NULL && a->url == NULL)
		return;
	buf_puts(h->out, "<header>\n");
	if (a->title != NULL) {
		buf_puts(h->out, "<h1>");
		esc_str(h->out, a->title);
		buf_puts(h->out, "</h1>\n");
	}
	h_credits(h);
	if (a->url != NULL) {
		buf_puts(h->out, "<p class=\"url\"><a");
		attr_href(h->out, "href", a->url);
		buf_putc(h->out, '>');
		esc_str(h->out, a->url);
		buf_puts(h->out, "</a></p>\n");
	}
	buf_puts(h->out, "</header>\n");
}

static void
h_comments(struct html *h)
{
	size_t	 k;

	if (h->a->ncomments == 0)
		return;
	buf_puts(h->out, "<aside class=\"comments\">\n");
	for (k = 0; k < h->a->ncomments; k++) {
		h_elem(h, "p", &h->a->comments[k]);
		buf_putc(h->out, '\n');
	}
	buf_puts(h->out, "</aside>\n");
}

/* The article element; its language on it when the document's head
 * does not carry it. */
static void
h_body(struct html *h, int lang_here)
{
	char	 lang[64];

	buf_puts(h->out, "<article");
	if (lang_here && ru_lang(h->a->lang, lang, sizeof(lang)) != NULL)
		attr(h->out, "lang", lang);
	buf_puts(h->out, ">\n");
	h_header(h);
	h_blocks(h);
	h_comments(h);
	buf_puts(h->out, "</article>\n");
}

static void
meta(struct buf *out, const char *name, const char *content)
{
	if (content == NULL)
		return;
	buf_puts(out, "<meta");
	attr(out, "name", name);
	attr(out, "content", content);
	buf_puts(out, "/>\n");
}

/* The head up to <body>: the run's when lang and a are NULL. */
static void
h_head(struct buf *out, const struct article *a)
{
	char	 lang[64];

	buf_puts(out, "<!DOCTYPE html>\n<html");
	if (a != NULL && ru_lang(a->lang, lang, sizeof(lang)) != NULL)
		attr(out, "lang", lang);
	buf_puts(out, ">\n<head>\n<meta charset=\"utf-8\"/>\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\"/>\n<title>");
	esc_str(out, a == NULL ? "artex" : a->title != NULL ? a->title :
	    a->url != NULL ? a->url : "artex");
	buf_puts(out, "</title>\n");
	if (a != NULL) {
		meta(out, "author", a->author);
		meta(out, "description", a->description);
		meta(out, "dcterms.date", a->date);
		meta(out, "dcterms.modified", a->modified);
		meta(out, "dcterms.publisher", a->site_name);
		meta(out, "dcterms.source", a->source);
		meta(out, "dcterms.subject", a->section);
		if (a->url != NULL) {
			buf_puts(out, "<link rel=\"canonical\"");
			attr_href(out, "href", a->url);
			buf_puts(out, "/>\n");
		}
	}
	meta(out, "generator", "artex");
	buf_puts(out, style);
	buf_puts(out, "</head>\n<body>\n");
}

static void
html_begin(struct buf *out, const struct render_opts *o)
{
	if (!o->standalone)
		h_head(out, NULL);
}

static void
html_article(struct buf *out, const struct article *a,
    const struct render_opts *o)
{
	struct html	 h = { out, a, o };

	if (o->standalone)
		h_head(out, a);
	h_body(&h, !o->standalone);
	if (o->standalone)
		buf_puts(out, "</body>\n</html>\n");
}

static void
html_end(struct buf *out, const struct render_opts *o)
{
	if (!o->standalone)
		buf_puts(out, "</body>\n</html>\n");
}

const struct renderer render_html = {
	"html", "", html_begin, html_article, html_end, NULL, "html"
};
