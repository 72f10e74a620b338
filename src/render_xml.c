/* SPDX-License-Identifier: ISC */
/* XML: one <articles> root holding one <article> per input, written with
 * libxml2's writer so the output is always well-formed.  Missing values
 * are absent elements. */
#include <libxml/xmlwriter.h>

#include "article.h"
#include "buf.h"
#include "render.h"

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

static void
write_blocks(xmlTextWriterPtr w, const struct article *a)
{
	size_t	 k;

	xmlTextWriterStartElement(w, (const xmlChar *)"blocks");
	for (k = 0; k < a->nblocks; k++) {
		const struct block *b = &a->blocks[k];

		xmlTextWriterStartElement(w, (const xmlChar *)"block");
		xmlTextWriterWriteAttribute(w, (const xmlChar *)"kind",
		    (const xmlChar *)block_kind_name(b->kind));
		if (b->kind == BLOCK_HEADING || b->kind == BLOCK_LIST_ITEM)
			xmlTextWriterWriteFormatAttribute(w,
			    (const xmlChar *)"level", "%d", b->level);
		xmlTextWriterWriteString(w, (const xmlChar *)b->text);
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

	(void)o;
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
	write_blocks(w, a);
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
