/* SPDX-License-Identifier: ISC */
/* JSON: one object per article on one line (JSON Lines for a batch),
 * built with jansson so escaping is never ours to get wrong.  Missing
 * values are null; keys keep their documented order. */
#include <jansson.h>
#include <utf8proc.h>

#include "article.h"
#include "buf.h"
#include "render.h"

/* A string, or null for NULL (or for text jansson will not take). */
static json_t *
str_or_null(const char *s)
{
	json_t	*v;

	if (s == NULL || (v = json_string(s)) == NULL)
		return json_null();
	return v;
}

/* A file name or message that may not be UTF-8: bad bytes become
 * U+FFFD rather than losing the string. */
static json_t *
str_lossy(const char *s)
{
	struct buf	 b = BUF_INIT;
	utf8proc_int32_t cp;
	utf8proc_ssize_t n;
	json_t		*v;

	if ((v = json_string(s)) != NULL)
		return v;
	while (*s != '\0') {
		n = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp);
		if (n > 0 && cp != 0) {
			buf_put(&b, s, (size_t)n);
			s += n;
		} else {
			buf_puts(&b, "\xEF\xBF\xBD");
			s++;
		}
	}
	v = json_string(buf_cstr(&b));
	buf_free(&b);
	return v != NULL ? v : json_string("");
}

static json_t *
dateline_json(const struct dateline *d)
{
	json_t	*o;

	if (d == NULL)
		return json_null();
	o = json_object();
	json_object_set_new(o, "text", str_or_null(d->text));
	json_object_set_new(o, "place", str_or_null(d->place));
	json_object_set_new(o, "region", str_or_null(d->region));
	json_object_set_new(o, "date", str_or_null(d->date));
	json_object_set_new(o, "source", str_or_null(d->source));
	return o;
}

/* --links: [{"text", "href"}] in the order of their text. */
static json_t *
links_json(const struct block *b)
{
	json_t	*list = json_array(), *l;
	size_t	 k;

	for (k = 0; k < b->nlinks; k++) {
		l = json_object();
		json_object_set_new(l, "text", str_or_null(b->links[k].text));
		json_object_set_new(l, "href", str_or_null(b->links[k].href));
		json_array_append_new(list, l);
	}
	return list;
}

/* --images: [{"src", "alt", "caption", "before"}], before being the
 * index of the block the image stands before (the number of blocks:
 * after the last). */
static json_t *
images_json(const struct article *a)
{
	json_t	*list = json_array(), *o;
	size_t	 k;

	for (k = 0; k < a->nimages; k++) {
		o = json_object();
		json_object_set_new(o, "src", str_or_null(a->images[k].src));
		json_object_set_new(o, "alt", str_or_null(a->images[k].alt));
		json_object_set_new(o, "caption",
		    str_or_null(a->images[k].caption));
		json_object_set_new(o, "before",
		    json_integer((json_int_t)a->images[k].before));
		json_array_append_new(list, o);
	}
	return list;
}

static json_t *
blocks_json(const struct article *a, int links)
{
	json_t	*list = json_array(), *b;
	size_t	 k;

	for (k = 0; k < a->nblocks; k++) {
		const struct block *bl = &a->blocks[k];

		b = json_object();
		json_object_set_new(b, "kind",
		    json_string(block_kind_name(bl->kind)));
		if (bl->kind == BLOCK_HEADING || bl->kind == BLOCK_LIST_ITEM)
			json_object_set_new(b, "level",
			    json_integer(bl->level));
		json_object_set_new(b, "text", str_or_null(bl->text));
		if (links)
			json_object_set_new(b, "links", links_json(bl));
		json_array_append_new(list, b);
	}
	return list;
}

static json_t *
authors_json(const struct article *a)
{
	json_t	*list = json_array();
	size_t	 k;

	for (k = 0; k < a->nauthors; k++)
		json_array_append_new(list, str_or_null(a->authors[k]));
	return list;
}

/* Where each value present came from. */
static json_t *
evidence_json(const struct article *a)
{
	const struct {
		const char	*key, *value, *ev;
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
	json_t	*o = json_object();
	size_t	 k;

	for (k = 0; k < sizeof(f) / sizeof(f[0]); k++)
		if (f[k].value != NULL && f[k].ev != NULL)
			json_object_set_new(o, f[k].key, json_string(f[k].ev));
	return o;
}

static int
to_buf(const char *data, size_t len, void *arg)
{
	buf_put(arg, data, len);
	return 0;
}

/* The fields every record about a page opens with, in their order:
 * an article's, and the error record of a page that held no article
 * text (a date or a title is worth having all the same). */
static void
put_metadata(json_t *j, const struct article *a)
{
	json_object_set_new(j, "title", str_or_null(a->title));
	json_object_set_new(j, "date", str_or_null(a->date));
	json_object_set_new(j, "modified", str_or_null(a->modified));
	json_object_set_new(j, "author", str_or_null(a->author));
	json_object_set_new(j, "authors", authors_json(a));
	json_object_set_new(j, "source", str_or_null(a->source));
	json_object_set_new(j, "source_id", str_or_null(a->source_id));
	json_object_set_new(j, "site_name", str_or_null(a->site_name));
	json_object_set_new(j, "section", str_or_null(a->section));
	json_object_set_new(j, "lang", str_or_null(a->lang));
}

static void
json_article(struct buf *out, const struct article *a,
    const struct render_opts *o)
{
	struct buf	 body = BUF_INIT;
	json_t		*j = json_object();

	article_body_text(a, &body);
	put_metadata(j, a);
	json_object_set_new(j, "url", str_or_null(a->url));
	json_object_set_new(j, "retrieved", str_or_null(a->retrieved));
	json_object_set_new(j, "description", str_or_null(a->description));
	json_object_set_new(j, "charset", str_or_null(a->charset));
	json_object_set_new(j, "charset_confidence",
	    json_integer(a->charset_confidence));
	json_object_set_new(j, "dateline", dateline_json(a->dateline));
	json_object_set_new(j, "text", str_or_null(buf_cstr(&body)));
	json_object_set_new(j, "blocks", blocks_json(a, o->links));
	if (o->images)
		json_object_set_new(j, "images", images_json(a));
	buf_reset(&body);
	article_comments_text(a, &body);
	json_object_set_new(j, "comments", str_or_null(body.len > 0 ?
	    body.data : NULL));
	json_object_set_new(j, "evidence", evidence_json(a));
	json_dump_callback(j, to_buf, out, o->pretty ? JSON_INDENT(2) :
	    JSON_COMPACT);
	buf_putc(out, '\n');
	json_decref(j);
	buf_free(&body);
}


/* {"input": ..., "url": ..., "error": ...}: a failed input in the
 * stream, so that a consumer can account for every input; with the
 * page's metadata when it was read but held no article. */
static void
json_error(struct buf *out, const char *input, const char *url,
    const char *reason, const struct article *meta)
{
	json_t	*j = json_object();

	if (url == NULL && meta != NULL)
		url = meta->url;
	json_object_set_new(j, "input", str_lossy(input));
	json_object_set_new(j, "url", url != NULL ? str_lossy(url) :
	    json_null());
	json_object_set_new(j, "error", str_lossy(reason));
	if (meta != NULL) {
		put_metadata(j, meta);
		json_object_set_new(j, "description",
		    str_or_null(meta->description));
		json_object_set_new(j, "evidence", evidence_json(meta));
	}
	json_dump_callback(j, to_buf, out, JSON_COMPACT);
	buf_putc(out, '\n');
	json_decref(j);
}

const struct renderer render_json = {
	"json", "", NULL, json_article, NULL, json_error, "json"
};
