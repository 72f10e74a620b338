/* SPDX-License-Identifier: ISC */
/*
 * TEI P5 XML, written with libxml2's writer so the output is always
 * well-formed: a <teiCorpus> holding one <TEI> per article for a run, or
 * one <TEI> document per article with -O (standalone).  The teiHeader
 * carries the metadata; the text is one <div type="article"> with the
 * title as its <head>, a <byline>, the <dateline> (cut from the first
 * paragraph, which held it), then the blocks, each heading opening a
 * <div type="section">, since TEI allows a <head> only at the top of its
 * division.  tests/schema/tei-subset.rng is the subset written here.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "article.h"
#include "buf.h"
#include "render.h"
#include "render_util.h"

#define TEI_NS		"http://www.tei-c.org/ns/1.0"
#define MAX_SECTIONS	8	/* heading levels 2-6 nest five deep */

struct tei {
	xmlTextWriterPtr	 w;
	const struct article	*a;
	const struct render_opts *o;
	struct buf		 tmp;		/* a run of text, terminated */
	int			 depth;		/* for the indentation */
	int			 fresh;		/* nothing written yet */
	int			 sections[MAX_SECTIONS]; /* open section levels */
	int			 nsections;
	size_t			 first, cut;	/* the dateline: cut bytes
						   from block first */
};

/*
 * Indentation is ours, between elements only: libxml2's would also put
 * whitespace inside mixed content (a paragraph with links).
 */
static void
nl(struct tei *t)
{
	int	 k;

	if (!t->fresh)
		xmlTextWriterWriteRaw(t->w, BAD_CAST "\n");
	t->fresh = 0;
	for (k = 0; k < t->depth; k++)
		xmlTextWriterWriteRaw(t->w, BAD_CAST "  ");
}

/* An element whose children are elements, each on its own line. */
static void
open_el(struct tei *t, const char *name)
{
	nl(t);
	xmlTextWriterStartElement(t->w, BAD_CAST name);
	t->depth++;
}

static void
close_el(struct tei *t)
{
	t->depth--;
	nl(t);
	xmlTextWriterEndElement(t->w);
}

/* An element of mixed content on its own line, closed with end_el(). */
static void
start_el(struct tei *t, const char *name)
{
	nl(t);
	xmlTextWriterStartElement(t->w, BAD_CAST name);
}

static void
end_el(struct tei *t)
{
	xmlTextWriterEndElement(t->w);
}

static void
att(struct tei *t, const char *name, const char *value)
{
	xmlTextWriterWriteAttribute(t->w, BAD_CAST name, BAD_CAST value);
}

static void
att_uri(struct tei *t, const char *name, const char *uri)
{
	buf_reset(&t->tmp);
	ru_href(&t->tmp, uri);
	att(t, name, buf_cstr(&t->tmp));
}

/*
 * Text, escaped here rather than by the writer, which also turns every
 * '"' into "&quot;": news is full of quotations.  Control characters,
 * which XML does not allow, are dropped.
 */
static void
text_n(struct tei *t, const char *s, size_t len)
{
	size_t	 k;

	buf_reset(&t->tmp);
	for (k = 0; k < len; k++)
		switch (s[k]) {
		case '&': buf_puts(&t->tmp, "&amp;"); break;
		case '<': buf_puts(&t->tmp, "&lt;"); break;
		case '>': buf_puts(&t->tmp, "&gt;"); break;
		default:
			if ((unsigned char)s[k] >= 0x20 || s[k] == '\n' ||
			    s[k] == '\t')
				buf_putc(&t->tmp, s[k]);
			break;
		}
	if (t->tmp.len > 0)
		xmlTextWriterWriteRaw(t->w, BAD_CAST t->tmp.data);
}

static void
text_s(struct tei *t, const char *s)
{
	text_n(t, s, strlen(s));
}

/* An element holding text only (empty for ""), or nothing for NULL. */
static void
leaf(struct tei *t, const char *name, const char *text)
{
	if (text == NULL)
		return;
	start_el(t, name);
	text_s(t, text);
	end_el(t);
}

/* A date with its when= when it is one XML Schema can read. */
static void
date_el(struct tei *t, const char *type, const char *iso)
{
	char	 when[64];

	if (iso == NULL)
		return;
	start_el(t, "date");
	if (type != NULL)
		att(t, "type", type);
	if (ru_xsd_date(iso, when, sizeof(when)) != NULL)
		att(t, "when", when);
	text_s(t, iso);
	end_el(t);
}

static void
span_text(void *ctx, const char *s, size_t len)
{
	text_n(ctx, s, len);
}

static void
span_link(void *ctx, const char *s, size_t len, const char *href)
{
	struct tei	*t = ctx;
	struct buf	 uri = BUF_INIT;

	ru_href(&uri, href);
	xmlTextWriterStartElement(t->w, BAD_CAST "ref");
	att(t, "target", buf_cstr(&uri));
	text_n(t, s, len);
	xmlTextWriterEndElement(t->w);
	buf_free(&uri);
}

/* Bytes [from, to) of a block's text with their links as <ref>s. */
static void
inline_text(struct tei *t, struct ru_spans *sp, size_t from, size_t to)
{
	const struct ru_emit	 e = { span_text, span_link, t };

	ru_spans_put(sp, from, to, &e);
}

/* A block's text with its links, in the open element. */
static void
text_block(struct tei *t, const struct block *b)
{
	struct ru_spans	 sp;

	ru_spans_init(&sp, b, t->o->links);
	inline_text(t, &sp, 0, strlen(b->text));
}

/* <name>text</name> for a block, from byte from of its text. */
static void
block_el(struct tei *t, const char *name, const struct block *b,
    size_t from)
{
	struct ru_spans	 sp;

	ru_spans_init(&sp, b, t->o->links);
	start_el(t, name);
	inline_text(t, &sp, from, strlen(b->text));
	end_el(t);
}

static void
authors(struct tei *t, const char *name)
{
	const struct article	*a = t->a;
	size_t			 k;

	for (k = 0; k < a->nauthors; k++)
		leaf(t, name, a->authors[k]);
	if (a->nauthors == 0)
		leaf(t, name, a->author);
}

/* The web page the text was taken from: its agency, when it was
 * fetched, its address. */
static void
source_desc(struct tei *t)
{
	const struct article	*a = t->a;

	open_el(t, "sourceDesc");
	if (a->source == NULL && a->retrieved == NULL && a->url == NULL) {
		start_el(t, "bibl");
		end_el(t);
		close_el(t);
		return;
	}
	open_el(t, "bibl");
	if (a->source != NULL) {
		start_el(t, "orgName");
		if (a->source_id != NULL)
			att(t, "key", a->source_id);
		text_s(t, a->source);
		end_el(t);
	}
	date_el(t, "retrieved", a->retrieved);
	if (a->url != NULL) {
		start_el(t, "ptr");
		att_uri(t, "target", a->url);
		end_el(t);
	}
	close_el(t);
	close_el(t);
}

static void
file_desc(struct tei *t)
{
	const struct article	*a = t->a;

	open_el(t, "fileDesc");
	open_el(t, "titleStmt");
	leaf(t, "title", a->title != NULL ? a->title : "");
	authors(t, "author");
	close_el(t);
	open_el(t, "publicationStmt");
	/* an empty publisher rather than none: TEI wants one before the
	 * date and address */
	leaf(t, "publisher", a->site_name != NULL ? a->site_name : "");
	date_el(t, NULL, a->date);
	date_el(t, "modified", a->modified);
	if (a->url != NULL) {
		start_el(t, "idno");
		att(t, "type", "URL");
		text_s(t, a->url);
		end_el(t);
	}
	close_el(t);
	source_desc(t);
	close_el(t);
}

static void
profile_desc(struct tei *t)
{
	const struct article	*a = t->a;
	char			 lang[64];
	const char		*l = ru_lang(a->lang, lang, sizeof(lang));

	if (a->description == NULL && l == NULL && a->section == NULL)
		return;
	open_el(t, "profileDesc");
	if (a->description != NULL) {
		open_el(t, "abstract");
		leaf(t, "p", a->description);
		close_el(t);
	}
	if (l != NULL) {
		open_el(t, "langUsage");
		start_el(t, "language");
		att(t, "ident", l);
		end_el(t);
		close_el(t);
	}
	if (a->section != NULL) {
		open_el(t, "textClass");
		open_el(t, "keywords");
		leaf(t, "term", a->section);
		close_el(t);
		close_el(t);
	}
	close_el(t);
}

static void
byline(struct tei *t)
{
	const struct article	*a = t->a;
	size_t			 k;

	if (a->nauthors == 0 && a->author == NULL)
		return;
	start_el(t, "byline");
	for (k = 0; k < a->nauthors || (k == 0 && a->nauthors == 0); k++) {
		if (k > 0)
			text_s(t, "; ");
		xmlTextWriterStartElement(t->w, BAD_CAST "docAuthor");
		text_s(t, a->nauthors > 0 ? a->authors[k] : a->author);
		xmlTextWriterEndElement(t->w);
	}
	end_el(t);
}

struct mark {
	size_t		 off, len;
	const char	*el;
};

/* Where the dateline's fields stand in its text, in order, none
 * overlapping; fields not found as written are left unmarked. */
static size_t
dateline_marks(const struct dateline *d, struct mark *m)
{
	const struct {
		const char	*el, *s;
	} f[] = {
		{ "placeName", d->place }, { "region", d->region },
		{ "date", d->date }, { "orgName", d->source },
	};
	const char	*p;
	struct mark	 tmp;
	size_t		 n = 0, k, j, kept = 0;

	for (k = 0; k < sizeof(f) / sizeof(f[0]); k++) {
		if (f[k].s == NULL || *f[k].s == '\0' ||
		    (p = strstr(d->text, f[k].s)) == NULL)
			continue;
		m[n].off = (size_t)(p - d->text);
		m[n].len = strlen(f[k].s);
		m[n++].el = f[k].el;
	}
	for (k = 1; k < n; k++)
		for (j = k; j > 0 && m[j].off < m[j - 1].off; j--) {
			tmp = m[j];
			m[j] = m[j - 1];
			m[j - 1] = tmp;
		}
	for (k = 0; k < n; k++)
		if (kept == 0 || m[k].off >= m[kept - 1].off +
		    m[kept - 1].len)
			m[kept++] = m[k];
	return kept;
}

/* <dateline>MINSK, <date>21 June</date> (<orgName>BelTA</orgName>)
 * </dateline>: the text as written, its fields marked. */
static void
dateline(struct tei *t)
{
	const struct dateline	*d = t->a->dateline;
	struct mark		 m[4];
	size_t			 n, k, at = 0;

	if (d == NULL || d->text == NULL)
		return;
	n = dateline_marks(d, m);
	start_el(t, "dateline");
	for (k = 0; k < n; k++) {
		if (m[k].off > at)
			text_n(t, d->text + at, m[k].off - at);
		xmlTextWriterStartElement(t->w, BAD_CAST m[k].el);
		text_n(t, d->text + m[k].off, m[k].len);
		xmlTextWriterEndElement(t->w);
		at = m[k].off + m[k].len;
	}
	text_s(t, d->text + at);
	end_el(t);
}

/*
 * The <dateline> holds the dateline, so the first paragraph, which
 * starts with it, starts after it and the punctuation that ends it
 * ("-", "—", ".-").  Returns that paragraph's index and sets *cut, or
 * returns nblocks.
 */
static size_t
dateline_cut(const struct article *a, size_t *cut)
{
	const struct dateline	*d = a->dateline;
	const char		*s;
	size_t			 k, n;

	if (d == NULL || d->text == NULL)
		return a->nblocks;
	for (k = 0; k < a->nblocks; k++)
		if (a->blocks[k].kind == BLOCK_PARAGRAPH)
			break;
	n = strlen(d->text);
	if (k == a->nblocks || strncmp(a->blocks[k].text, d->text, n) != 0)
		return a->nblocks;
	for (s = a->blocks[k].text + n; *s != '\0';)
		if (strchr(" -.:", *s) != NULL)
			s++;
		else if (strncmp(s, "\xe2\x80\x93", 3) == 0 ||
		    strncmp(s, "\xe2\x80\x94", 3) == 0)
			s += 3;	/* en and em dash */
		else
			break;
	*cut = (size_t)(s - a->blocks[k].text);
	return k;
}

/* A heading opens a section, after closing those at its level or
 * deeper. */
static void
section(struct tei *t, int level)
{
	int	 h = ru_heading(level);

	while (t->nsections > 0 && t->sections[t->nsections - 1] >= h) {
		close_el(t);
		t->nsections--;
	}
	if (t->nsections == MAX_SECTIONS)	/* cannot happen: 2..6 */
		return;
	open_el(t, "div");
	att(t, "type", "section");
	t->sections[t->nsections++] = h;
}

/* An item, left open for a list that may nest in it; on its own line
 * at the top of the list. */
static void
item(struct tei *t, const struct block *b, int top)
{
	if (top)
		nl(t);
	xmlTextWriterStartElement(t->w, BAD_CAST "item");
	text_block(t, b);
}

/* <list><item>a<list><item>b</item></list></item></list>: a nested
 * list goes inside the item before it, with no whitespace added to the
 * item's text. */
static void
list(struct tei *t, size_t from, size_t to)
{
	const struct block	*b;
	size_t			 k;
	int			 d, depth = 0;

	open_el(t, "list");
	for (k = from; k < to; k++) {
		b = &t->a->blocks[k];
		d = ru_list_depth(b->level, depth);
		if (d > depth && depth > 0)
			xmlTextWriterStartElement(t->w, BAD_CAST "list");
		else if (d <= depth) {
			end_el(t);
			for (; depth > d; depth--) {
				end_el(t);	/* list */
				end_el(t);	/* item */
			}
		}
		depth = d;
		item(t, b, d == 1);
	}
	end_el(t);
	for (; depth > 1; depth--) {
		end_el(t);
		end_el(t);
	}
	close_el(t);
}

/* One quote block is a <quote>; several are the paragraphs of one. */
static void
quote(struct tei *t, size_t from, size_t to)
{
	size_t	 k;

	if (to - from == 1) {
		block_el(t, "quote", &t->a->blocks[from], 0);
		return;
	}
	open_el(t, "quote");
	for (k = from; k < to; k++)
		block_el(t, "p", &t->a->blocks[k], 0);
	close_el(t);
}

static void
row(struct tei *t, const struct block *b)
{
	struct ru_spans	 sp;
	size_t		 at = 0, end, len = strlen(b->text);

	ru_spans_init(&sp, b, t->o->links);
	open_el(t, "row");
	for (;;) {
		end = ru_cell_end(b->text, at);
		start_el(t, "cell");
		inline_text(t, &sp, at, end);
		end_el(t);
		if (end >= len)
			break;
		at = end + 3;
	}
	close_el(t);
}

static void
table(struct tei *t, size_t from, size_t to)
{
	size_t	 k;

	open_el(t, "table");
	for (k = from; k < to; k++)
		row(t, &t->a->blocks[k]);
	close_el(t);
}

/* A block, or a run of list items, quotes or table rows; a paragraph
 * from byte cut of its text. */
static void
run(struct tei *t, size_t from, size_t to, size_t cut)
{
	const struct block	*b = &t->a->blocks[from];

	switch (b->kind) {
	case BLOCK_HEADING:
		section(t, b->level);
		block_el(t, "head", b, 0);
		break;
	case BLOCK_LIST_ITEM:
		list(t, from, to);
		break;
	case BLOCK_QUOTE:
		quote(t, from, to);
		break;
	case BLOCK_TABLE_ROW:
		table(t, from, to);
		break;
	case BLOCK_PRE:
		start_el(t, "ab");
		att(t, "type", "pre");
		att(t, "xml:space", "preserve");
		text_block(t, b);
		end_el(t);
		break;
	case BLOCK_CAPTION:
		/* a caption whose image was not kept */
		open_el(t, "figure");
		block_el(t, "head", b, 0);
		close_el(t);
		break;
	default:
		if (b->text[cut] != '\0')	/* not the dateline alone */
			block_el(t, "p", b, cut);
		break;
	}
}

/* The walk's image callback (render_util.c): ctx is the struct tei. */
static void
figure(void *ctx, const struct image *im)
{
	struct tei	*t = ctx;

	open_el(t, "figure");
	if (im->caption != NULL && *im->caption != '\0')
		leaf(t, "head", im->caption);
	if (im->alt != NULL && *im->alt != '\0')
		leaf(t, "figDesc", im->alt);
	start_el(t, "graphic");
	att_uri(t, "url", im->src != NULL ? im->src : "");
	end_el(t);
	close_el(t);
}

/* The dateline is cut from the first paragraph (the <dateline> holds
 * it): t->cut bytes of block t->first. */
static void
run_cb(void *ctx, size_t k, size_t end)
{
	struct tei	*t = ctx;

	run(t, k, end, k == t->first ? t->cut : 0);
}

static void
blocks(struct tei *t)
{
	const struct ru_walk	 w = { figure, run_cb, t };

	t->cut = 0;
	t->first = dateline_cut(t->a, &t->cut);
	ru_walk_blocks(t->a, t->o->images, &w);
	for (; t->nsections > 0; t->nsections--)
		close_el(t);
}

static void
comments(struct tei *t)
{
	size_t	 k;

	if (t->a->ncomments == 0)
		return;
	open_el(t, "div");
	att(t, "type", "comments");
	for (k = 0; k < t->a->ncomments; k++)
		block_el(t, "p", &t->a->comments[k], 0);
	close_el(t);
}

static void
text(struct tei *t)
{
	open_el(t, "text");
	open_el(t, "body");
	open_el(t, "div");
	att(t, "type", "article");
	leaf(t, "head", t->a->title);
	byline(t);
	dateline(t);
	blocks(t);
	close_el(t);
	comments(t);
	close_el(t);
	close_el(t);
}

static void
tei_begin(struct buf *out, const struct render_opts *o)
{
	if (o->standalone)
		return;
	buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<teiCorpus xmlns=\"" TEI_NS "\">\n"
	    "  <teiHeader>\n"
	    "    <fileDesc>\n"
	    "      <titleStmt>\n"
	    "        <title>Articles extracted by artex</title>\n"
	    "      </titleStmt>\n"
	    "      <publicationStmt>\n"
	    "        <p>Unpublished.</p>\n"
	    "      </publicationStmt>\n"
	    "      <sourceDesc>\n"
	    "        <p>Web pages, each described in the header of its TEI "
	    "element.</p>\n"
	    "      </sourceDesc>\n"
	    "    </fileDesc>\n"
	    "  </teiHeader>");
}

static void
tei_article(struct buf *out, const struct article *a,
    const struct render_opts *o)
{
	xmlBufferPtr	 xb = xmlBufferCreate();
	struct tei	 t;
	char		 lang[64];

	memset(&t, 0, sizeof(t));
	t.w = xmlNewTextWriterMemory(xb, 0);
	t.a = a;
	t.o = o;
	t.depth = o->standalone ? 0 : 1;
	t.fresh = o->standalone;
	if (o->standalone)
		buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	open_el(&t, "TEI");
	att(&t, "xmlns", TEI_NS);
	if (ru_lang(a->lang, lang, sizeof(lang)) != NULL)
		att(&t, "xml:lang", lang);
	open_el(&t, "teiHeader");
	file_desc(&t);
	profile_desc(&t);
	close_el(&t);
	text(&t);
	close_el(&t);
	xmlFreeTextWriter(t.w);
	buf_put(out, xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
	if (o->standalone)
		buf_putc(out, '\n');
	xmlBufferFree(xb);
	buf_free(&t.tmp);
}

static void
tei_end(struct buf *out, const struct render_opts *o)
{
	if (!o->standalone)
		buf_puts(out, "\n</teiCorpus>\n");
}

const struct renderer render_tei = {
	"xmltei", "", tei_begin, tei_article, tei_end, NULL, "tei.xml"
};
