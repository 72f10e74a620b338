/* SPDX-License-Identifier: ISC */
/* XML: one <articles> root holding one <article> per input, written with
 * libxml2's writer so the output is always well-formed.  Missing values
 * are absent elements; --links puts <link href> elements in the blocks'
 * text, --images adds <images>. */
#include <string.h>

#include <libxml/xmlwriter.h>

#include "article.h"
#include "buf.h"
#include "render.h"
#include "render_util.h"

static void
element(xmlTextWriterPtr w, const char *name, const char *value)
{
	if (value != NULL)
		xmlTextWriterWriteElement(w, (const xmlChar *)name,
		    (const xmlChar *)value);
}

static void
write_dateline(xmlTextWriterPtr w, const struct dateline *d)
{
	if (d == NULL)
		return;
	xmlTextWriterStartElement(w, (const xmlChar *)"dateline");
	element(w, "text", d->text);
	element(w, "place", d->place);
	element(w, "region", d->region);
	element(w, "date", d->date);
	element(w, "source", d->source);
	xmlTextWriterEndElement(w);
}

static void
write_authors(xmlTextWriterPtr w, const struct article *a)
{
	size_t	 k;

	if (a->nauthors == 0)
		return;
	xmlTextWriterStartElement(w, (const xmlChar *)"authors");
	for (k = 0; k < a->nauthors; k++)
		element(w, "name", a->authors[k]);
	xmlTextWriterEndElement(w);
}

static void
write_evidence(xmlTextWriterPtr w, const struct article *a)
{
	const struct {
		const char	*name, *value, *ev;
	} f[] = {
		{ "title", a->title, a->ev.title },
		{ "date", a->date, a->ev.date },
		{ "modified", a->modified, a->ev.modified },
		{ "author", a->author, a->ev.author },
		{ "source", a->source, a->ev.source },
		{ "site_name", a->site_name, a->ev.site_name },
		{ "section", a->section, a->ev.section },
		{ "lang", a->lang, a->ev.lang },
		{ "url", a->url, a->ev.url },
		{ "description", a->description, a->ev.description },
	};
	size_t	 k;

	xmlTextWriterStartElement(w, (const xmlChar *)"evidence");
	for (k = 0; k < sizeof(f) / sizeof(f[0]); k++)
		if (f[k].value != NULL && f[k].ev != NULL)
			element(w, f[k].name, f[k].ev);
	xmlTextWriterEndElement(w);
}

struct spans_ctx {
	xmlTextWriterPtr	 w;
	struct buf		 tmp;
};

static void
span_text(void *ctx, const char *s, size_t len)
{
	struct spans_ctx	*c = ctx;

	buf_reset(&c->tmp);
	buf_put(&c->tmp, s, len);
	xmlTextWriterWriteString(c->w, (const xmlChar *)buf_cstr(&c->tmp));
}

static void
span_link(void *ctx, const char *s, size_t len, const char *href)
{
	struct spans_ctx	*c = ctx;

	xmlTextWriterStartElement(c->w, BAD_CAST "link");
	xmlTextWriterWriteAttribute(c->w, BAD_CAST "href", BAD_CAST href);
	span_text(ctx, s, len);
	xmlTextWriterEndElement(c->w);
}

/* A block's text; with --links, each link's text in a <link href>, so
 * the block's string value stays its text. */
static void
write_block_text(xmlTextWriterPtr w, const struct block *b, int links)
{
	struct spans_ctx	 c = { w, BUF_INIT };
	const struct ru_emit	 e = { span_text, span_link, &c };
	struct ru_spans		 sp;

	if (!links || b->nlinks == 0) {
		xmlTextWriterWriteString(w, (const xmlChar *)b->text);
		return;
	}
	ru_spans_init(&sp, b, links);
	ru_spans_put(&sp, 0, strlen(b->text), &e);
	buf_free(&c.tmp);
}

/* The blocks are indented by hand: the writer's indentation would put
 * whitespace inside a block that holds links. */
static void
write_blocks(xmlTextWriterPtr w, const struct article *a, int links)
{
	size_t	 k;

	xmlTextWriterStartElement(w, (const xmlChar *)"blocks");
	xmlTextWriterSetIndent(w, 0);
	for (k = 0; k < a->nblocks; k++) {
		const struct block *b = &a->blocks[k];

		xmlTextWriterWriteRaw(w, BAD_CAST "\n    ");
		xmlTextWriterStartElement(w, (const xmlChar *)"block");
		xmlTextWriterWriteAttribute(w, (const xmlChar *)"kind",
		    (const xmlChar *)block_kind_name(b->kind));
		if (b->kind == BLOCK_HEADING || b->kind == BLOCK_LIST_ITEM)
			xmlTextWriterWriteFormatAttribute(w,
			    (const xmlChar *)"level", "%d", b->level);
		write_block_text(w, b, links);
		xmlTextWriterEndElement(w);
	}
	xmlTextWriterWriteRaw(w, BAD_CAST "\n  ");
	xmlTextWriterEndElement(w);
	xmlTextWriterSetIndent(w, 1);
	xmlTextWriterWriteRaw(w, BAD_CAST "\n");
}

/* --images: <images><image src alt before><caption/></image></images>. */
static void
write_images(xmlTextWriterPtr w, const struct article *a)
{
	const struct image	*im;
	size_t			 k;

	if (a->nimages == 0)
		return;
	xmlTextWriterStartElement(w, BAD_CAST "images");
	for (k = 0; k < a->nimages; k++) {
		im = &a->images[k];
		xmlTextWriterStartElement(w, BAD_CAST "image");
		xmlTextWriterWriteAttribute(w, BAD_CAST "src",
		    BAD_CAST (im->src != NULL ? im->src : ""));
		if (im->alt != NULL)
			xmlTextWriterWriteAttribute(w, BAD_CAST "alt",
			    BAD_CAST im->alt);
		xmlTextWriterWriteFormatAttribute(w, BAD_CAST "before", "%zu",
		    im->before);
		if (im->caption != NULL && *im->caption != '\0')
			element(w, "caption", im->caption);
		xmlTextWriterEndElement(w);
	}
	xmlTextWriterEndElement(w);
}

static void
xml_begin(struct buf *out, const struct render_opts *o)
{
	(void)o;
	buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<articles>\n");
}

static void
xml_article(struct buf *out, const struct article *a,
    const struct render_opts *o)
{
	xmlBufferPtr	 xb = xmlBufferCreate();
	xmlTextWriterPtr w = xmlNewTextWriterMemory(xb, 0);
	struct buf	 body = BUF_INIT;

	article_body_text(a, &body);
	xmlTextWriterSetIndent(w, 1);
	xmlTextWriterSetIndentString(w, (const xmlChar *)"  ");
	xmlTextWriterStartElement(w, (const xmlChar *)"article");
	element(w, "title", a->title);
	element(w, "date", a->date);
	element(w, "modified", a->modified);
	element(w, "author", a->author);
	write_authors(w, a);
	element(w, "source", a->source);
	element(w, "source_id", a->source_id);
	element(w, "site_name", a->site_name);
	element(w, "section", a->section);
	element(w, "lang", a->lang);
	element(w, "url", a->url);
	element(w, "retrieved", a->retrieved);
	element(w, "description", a->description);
	element(w, "charset", a->charset);
	xmlTextWriterWriteFormatElement(w, BAD_CAST "charset_confidence", "%d",
	    a->charset_confidence);
	write_dateline(w, a->dateline);
	element(w, "text", buf_cstr(&body));
	write_blocks(w, a, o->links);
	if (o->images)
		write_images(w, a);
	buf_reset(&body);
	article_comments_text(a, &body);
	element(w, "comments", body.len > 0 ? body.data : NULL);
	write_evidence(w, a);
	xmlTextWriterEndElement(w);
	xmlFreeTextWriter(w);
	buf_put(out, xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
	xmlBufferFree(xb);
	buf_free(&body);
}

static void
xml_end(struct buf *out, const struct render_opts *o)
{
	(void)o;
	buf_puts(out, "</articles>\n");
}

const struct renderer render_xml = {
	"xml", "", xml_begin, xml_article, xml_end, NULL, "xml"
};
