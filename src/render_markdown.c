/* SPDX-License-Identifier: ISC */
/* Markdown (CommonMark, with GitHub's tables): the title as "# ", one
 * line of credits in italics and the address, then the blocks, with the
 * prose escaped so that nothing in it turns into markup.  Articles of a
 * batch are separated by a "---" rule; the comment threads (--comments)
 * follow a "***" rule. */
#include <string.h>

#include "article.h"
#include "buf.h"
#include "render.h"
#include "render_util.h"

enum {
	MD_CELL = 1 << 0,	/* in a table cell: '|' ends the cell */
	MD_HEADING = 1 << 1	/* in a heading: a last " #" would close it */
};

struct md {
	struct buf		*out;
	const struct article	*a;
	const struct render_opts *o;
	int			 flags;		/* MD_* of the text written */
	int			 start;		/* at the start of a line */
	int			 started;	/* a block was written */
};

/*
 * At the start of a line, what would open a block: an ATX heading, a
 * quote, a bullet ("+", "-"), a setext underline, an ordered item
 * ("1. " or "1) "; "1.5" is a number).  Writes what it escaped, with the
 * backslash; returns how many bytes of s that was.
 */
static size_t
line_start(struct buf *out, const char *s, size_t len)
{
	size_t	 d = 0;

	if (s[0] != '\0' && strchr("#>+-=", s[0]) != NULL) {
		buf_putc(out, '\\');
		buf_putc(out, s[0]);
		return 1;
	}
	while (d < len && d < 10 && s[d] >= '0' && s[d] <= '9')
		d++;
	if (d > 0 && d < 10 && d < len && (s[d] == '.' || s[d] == ')') &&
	    (d + 1 == len || s[d + 1] == ' ' || s[d + 1] == '\t')) {
		buf_put(out, s, d);
		buf_putc(out, '\\');
		return d;
	}
	return 0;
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_alnum(int c)
{
	return is_alpha(c) || (c >= '0' && c <= '9');
}

/* Whether s (after a '&') reads as an entity: "amp;", "#169;",
 * "#xA9;". */
static int
entity(const char *s, size_t len)
{
	size_t	 k = 0;

	if (k < len && s[k] == '#') {
		k++;
		if (k < len && (s[k] == 'x' || s[k] == 'X'))
			k++;
	}
	while (k < len && k < 40 && is_alnum(s[k]))
		k++;
	return k > 0 && k < len && s[k] == ';';
}

/* Text, escaped: every character that can start inline markup gets a
 * backslash (CommonMark takes one before any ASCII punctuation), and
 * line breaks, which only preformatted text keeps, become spaces. */
static void
md_escape(struct md *m, const char *s, size_t len)
{
	size_t	 k = 0;
	char	 c;

	if (m->start) {
		/* leading blanks would make an indented code block */
		while (k < len && (s[k] == ' ' || s[k] == '\t' ||
		    s[k] == '\n'))
			k++;
		if (k == len)
			return;
		m->start = 0;
		k += line_start(m->out, s + k, len - k);
	}
	for (; k < len; k++) {
		c = s[k];
		if (c == '\n' || c == '\t' || c == '\r')
			c = ' ';
		else if ((unsigned char)c < 0x20)
			continue;
		if (strchr("\\`*_[]<~", c) != NULL ||
		    (c == '&' && entity(s + k + 1, len - k - 1)) ||
		    (c == '|' && (m->flags & MD_CELL)) ||
		    (c == '#' && (m->flags & MD_HEADING)))
			buf_putc(m->out, '\\');
		buf_putc(m->out, c);
	}
}

static void
md_puts(struct md *m, const char *s)
{
	md_escape(m, s, strlen(s));
}

/* A link destination: an address that has no spaces or angle brackets
 * left, and whose parentheses are escaped. */
static void
md_dest(struct buf *out, const char *href)
{
	struct buf	 b = BUF_INIT;
	size_t		 k;

	ru_href(&b, href);
	for (k = 0; k < b.len; k++) {
		if (b.data[k] == '(' || b.data[k] == ')')
			buf_putc(out, '\\');
		buf_putc(out, b.data[k]);
	}
	buf_free(&b);
}

static void
span_text(void *ctx, const char *s, size_t len)
{
	md_escape(ctx, s, len);
}

static void
span_link(void *ctx, const char *s, size_t len, const char *href)
{
	struct md	*m = ctx;

	m->start = 0;
	buf_putc(m->out, '[');
	md_escape(m, s, len);
	buf_puts(m->out, "](");
	md_dest(m->out, href);
	buf_putc(m->out, ')');
}

/* Bytes [from, to) of block b's text, with their links. */
static void
md_inline(struct md *m, struct ru_spans *sp, size_t from, size_t to)
{
	const struct ru_emit	 e = { span_text, span_link, m };

	ru_spans_put(sp, from, to, &e);
}

static void
md_text(struct md *m, const struct block *b, int flags)
{
	struct ru_spans	 sp;

	ru_spans_init(&sp, b, m->o->links);
	m->flags = flags;
	m->start = 1;
	md_inline(m, &sp, 0, strlen(b->text));
	m->flags = 0;
	m->start = 0;
}

/* Blocks are separated by a blank line. */
static void
md_begin(struct md *m)
{
	if (m->started)
		buf_putc(m->out, '\n');
	m->started = 1;
}

static void
md_list(struct md *m, size_t from, size_t to)
{
	const struct block	*b;
	size_t			 k;
	int			 d, depth = 0;

	md_begin(m);
	for (k = from; k < to; k++) {
		b = &m->a->blocks[k];
		depth = ru_list_depth(b->level, depth);
		for (d = 1; d < depth; d++)
			buf_puts(m->out, "  ");
		buf_puts(m->out, "- ");
		md_text(m, b, 0);
		buf_putc(m->out, '\n');
	}
}

/* Consecutive quote blocks are the paragraphs of one quotation. */
static void
md_quote(struct md *m, size_t from, size_t to)
{
	size_t	 k;

	md_begin(m);
	for (k = from; k < to; k++) {
		if (k > from)
			buf_puts(m->out, ">\n");
		buf_puts(m->out, "> ");
		md_text(m, &m->a->blocks[k], 0);
		buf_putc(m->out, '\n');
	}
}

/* A fenced code block, its fence longer than any run of backticks in
 * the text so that none can close it. */
static void
md_pre(struct md *m, const char *text)
{
	size_t	 run = 0, longest = 0, k, len = strlen(text);

	for (k = 0; k < len; k++) {
		run = text[k] == '`' ? run + 1 : 0;
		if (run > longest)
			longest = run;
	}
	longest = longest < 3 ? 3 : longest + 1;
	md_begin(m);
	for (k = 0; k < longest; k++)
		buf_putc(m->out, '`');
	buf_putc(m->out, '\n');
	buf_puts(m->out, text);
	if (len > 0 && text[len - 1] != '\n')
		buf_putc(m->out, '\n');
	for (k = 0; k < longest; k++)
		buf_putc(m->out, '`');
	buf_putc(m->out, '\n');
}

static void
md_row(struct md *m, const struct block *b, size_t ncols)
{
	struct ru_spans	 sp;
	size_t		 at = 0, end, len = strlen(b->text), n = 0;

	ru_spans_init(&sp, b, m->o->links);
	m->flags = MD_CELL;
	buf_putc(m->out, '|');
	for (;;) {
		end = ru_cell_end(b->text, at);
		buf_putc(m->out, ' ');
		md_inline(m, &sp, at, end);
		buf_puts(m->out, " |");
		n++;
		if (end >= len)
			break;
		at = end + 3;
	}
	for (; n < ncols; n++)
		buf_puts(m->out, "  |");
	buf_putc(m->out, '\n');
	m->flags = 0;
}

/* A run of table rows as one table; Markdown wants a header row, so the
 * first row is it. */
static void
md_table(struct md *m, size_t from, size_t to)
{
	size_t	 k, n, ncols = 1;

	for (k = from; k < to; k++)
		if ((n = ru_cells(m->a->blocks[k].text)) > ncols)
			ncols = n;
	md_begin(m);
	for (k = from; k < to; k++) {
		md_row(m, &m->a->blocks[k], ncols);
		if (k > from)
			continue;
		buf_putc(m->out, '|');
		for (n = 0; n < ncols; n++)
			buf_puts(m->out, " --- |");
		buf_putc(m->out, '\n');
	}
}

static void
md_single(struct md *m, const struct block *b)
{
	int	 h;

	md_begin(m);
	switch (b->kind) {
	case BLOCK_HEADING:
		for (h = ru_heading(b->level); h > 0; h--)
			buf_putc(m->out, '#');
		buf_putc(m->out, ' ');
		md_text(m, b, MD_HEADING);
		break;
	case BLOCK_CAPTION:
		buf_putc(m->out, '*');
		md_text(m, b, 0);
		buf_putc(m->out, '*');
		break;
	default:
		md_text(m, b, 0);
		break;
	}
	buf_putc(m->out, '\n');
}

/* The walk's callbacks (render_util.c): ctx is the struct md. */
static void
md_run(void *ctx, size_t from, size_t to)
{
	struct md		*m = ctx;
	const struct block	*b = &m->a->blocks[from];

	switch (b->kind) {
	case BLOCK_LIST_ITEM:
		md_list(m, from, to);
		break;
	case BLOCK_QUOTE:
		md_quote(m, from, to);
		break;
	case BLOCK_TABLE_ROW:
		md_table(m, from, to);
		break;
	case BLOCK_PRE:
		md_pre(m, b->text);
		break;
	default:
		md_single(m, b);
		break;
	}
}

/* ![alt](src), and its caption in italics under it. */
static void
md_image(void *ctx, const struct image *im)
{
	struct md	*m = ctx;

	md_begin(m);
	buf_puts(m->out, "![");
	if (im->alt != NULL)
		md_puts(m, im->alt);
	buf_puts(m->out, "](");
	md_dest(m->out, im->src != NULL ? im->src : "");
	buf_puts(m->out, ")\n");
	if (im->caption == NULL || *im->caption == '\0')
		return;
	md_begin(m);
	buf_putc(m->out, '*');
	md_puts(m, im->caption);
	buf_puts(m->out, "*\n");
}

static void
md_blocks(struct md *m)
{
	const struct ru_walk	 w = { md_image, md_run, m };

	ru_walk_blocks(m->a, m->o->images, &w);
}

/* A scheme, so that <address> is an autolink and not an HTML tag. */
static int
has_scheme(const char *s)
{
	size_t	 k;

	if (!is_alpha(s[0]))
		return 0;
	for (k = 1; k < 33 && s[k] != '\0'; k++)
		if (s[k] == ':')
			return k >= 2;
		else if (!is_alpha(s[k]) && !(s[k] >= '0' && s[k] <= '9') &&
		    s[k] != '+' && s[k] != '.' && s[k] != '-')
			return 0;
	return 0;
}

/* "*2024-06-21 13:32 · Jane Doe · Reuters · The Daily Ledger*": when,
 * who, and whose story on whose site, which is what notes cite. */
static void
md_credits(struct md *m)
{
	const struct article	*a = m->a;
	const char		*part[4];
	char			 date[64];
	size_t			 n = 0, k;

	if (ru_show_date(a->date, date, sizeof(date)) != NULL)
		part[n++] = date;
	if (a->author != NULL)
		part[n++] = a->author;
	if (a->source != NULL)
		part[n++] = a->source;
	if (a->site_name != NULL && (a->source == NULL ||
	    strcmp(a->source, a->site_name) != 0))
		part[n++] = a->site_name;
	if (n == 0)
		return;
	md_begin(m);
	buf_putc(m->out, '*');
	for (k = 0; k < n; k++) {
		if (k > 0)
			buf_puts(m->out, " · ");
		md_puts(m, part[k]);
	}
	buf_puts(m->out, "*\n");
}

static void
md_header(struct md *m)
{
	const struct article	*a = m->a;
	struct buf		 url = BUF_INIT;

	if (a->title != NULL) {
		md_begin(m);
		buf_puts(m->out, "# ");
		m->flags = MD_HEADING;
		md_puts(m, a->title);
		m->flags = 0;
		buf_putc(m->out, '\n');
	}
	md_credits(m);
	if (a->url == NULL)
		return;
	md_begin(m);
	ru_href(&url, a->url);
	if (has_scheme(url.data)) {
		buf_putc(m->out, '<');
		buf_put(m->out, url.data, url.len);
		buf_putc(m->out, '>');
	} else
		md_puts(m, a->url);
	buf_putc(m->out, '\n');
	buf_free(&url);
}

static void
md_comments(struct md *m)
{
	size_t	 k;

	if (m->a->ncomments == 0)
		return;
	md_begin(m);
	buf_puts(m->out, "***\n");
	for (k = 0; k < m->a->ncomments; k++)
		md_single(m, &m->a->comments[k]);
}

static void
md_article(struct buf *out, const struct article *a,
    const struct render_opts *o)
{
	struct md	 m = { out, a, o, 0, 0, 0 };

	md_header(&m);
	md_blocks(&m);
	md_comments(&m);
}

const struct renderer render_markdown = {
	"markdown", "\n---\n\n", NULL, md_article, NULL, NULL, "md"
};
