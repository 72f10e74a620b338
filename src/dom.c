/* SPDX-License-Identifier: ISC */
/* libxml2 parsing and DOM helpers shared by meta, prune and extract. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "buf.h"
#include "dom.h"
#include "hints.h"
#include "strtab.h"
#include "xalloc.h"

struct tag {
	const char	*name;
	unsigned	 flags;
};

/* Found through a hash (strtab.c); kept sorted for the reader. */
static const struct tag tags[] = {
	{ "a",		TAG_INLINE },
	{ "abbr",		TAG_INLINE },
	{ "acronym",	TAG_INLINE },
	{ "address",	TAG_BLOCK },
	{ "annotation",	TAG_DROP },	/* MathML's TeX source */
	{ "annotation-xml", TAG_DROP },
	{ "applet",	TAG_DROP },
	{ "article",	TAG_BLOCK },
	{ "aside",	TAG_BLOCK | TAG_CHROME },
	{ "audio",	TAG_WIDGET | TAG_MEDIA },
	{ "b",		TAG_INLINE },
	{ "base",	TAG_DROP },
	{ "bdi",		TAG_INLINE },
	{ "bdo",		TAG_INLINE },
	{ "big",		TAG_INLINE },
	{ "blockquote",	TAG_BLOCK },
	{ "body",	TAG_BLOCK },
	{ "br",		TAG_BREAK },
	{ "button",	TAG_WIDGET | TAG_CONTROL },
	{ "canvas",	TAG_WIDGET | TAG_MEDIA },
	{ "caption",	TAG_BLOCK },
	{ "center",	TAG_BLOCK },
	{ "cite",		TAG_INLINE },
	{ "code",		TAG_INLINE },
	{ "datalist",	TAG_DROP | TAG_CONTROL },
	{ "dd",		TAG_BLOCK },
	{ "del",		TAG_INLINE },
	{ "details",	TAG_BLOCK },
	{ "dfn",		TAG_INLINE },
	{ "dialog",	TAG_WIDGET },
	{ "dir",	TAG_BLOCK | TAG_LIST },
	{ "div",	TAG_BLOCK },
	{ "dl",		TAG_BLOCK | TAG_LIST },
	{ "dt",		TAG_BLOCK },
	{ "em",		TAG_INLINE },
	{ "embed",	TAG_DROP | TAG_MEDIA },
	{ "fieldset",	TAG_BLOCK },
	{ "figcaption",	TAG_BLOCK },
	{ "figure",	TAG_BLOCK },
	{ "font",		TAG_INLINE },
	{ "footer",	TAG_BLOCK | TAG_CHROME },
	{ "form",	TAG_BLOCK },
	{ "frame",	TAG_DROP },
	{ "frameset",	TAG_DROP },
	{ "h1",		TAG_BLOCK | TAG_HEADING },
	{ "h2",		TAG_BLOCK | TAG_HEADING },
	{ "h3",		TAG_BLOCK | TAG_HEADING },
	{ "h4",		TAG_BLOCK | TAG_HEADING },
	{ "h5",		TAG_BLOCK | TAG_HEADING },
	{ "h6",		TAG_BLOCK | TAG_HEADING },
	{ "head",	TAG_DROP },
	{ "header",	TAG_BLOCK | TAG_CHROME },
	{ "hgroup",	TAG_BLOCK },
	{ "hr",		TAG_BREAK },
	{ "html",	TAG_BLOCK },
	{ "i",		TAG_INLINE },
	{ "iframe",	TAG_DROP | TAG_MEDIA },
	{ "img",	TAG_MEDIA },
	{ "input",	TAG_DROP | TAG_CONTROL },
	{ "ins",		TAG_INLINE },
	{ "kbd",		TAG_INLINE },
	{ "keygen",	TAG_DROP | TAG_CONTROL },
	{ "label",	TAG_CONTROL },
	{ "legend",	TAG_BLOCK },
	{ "li",		TAG_BLOCK },
	{ "link",	TAG_DROP },
	{ "main",	TAG_BLOCK },
	{ "map",	TAG_DROP },
	{ "mark",		TAG_INLINE },
	{ "math",	TAG_INLINE },	/* its tokens are text: "a x 2 + b" */
	{ "menu",	TAG_BLOCK | TAG_LIST },
	{ "meta",	TAG_DROP },
	{ "meter",	TAG_DROP | TAG_CONTROL },
	{ "nav",	TAG_BLOCK | TAG_CHROME },
	{ "nobr",		TAG_INLINE },
	{ "noembed",	TAG_DROP },
	{ "noframes",	TAG_DROP },
	{ "noscript",	TAG_BLOCK },
	{ "object",	TAG_DROP | TAG_MEDIA },
	{ "ol",		TAG_BLOCK | TAG_LIST },
	{ "optgroup",	TAG_DROP | TAG_CONTROL },
	{ "option",	TAG_DROP | TAG_CONTROL },
	{ "output",	TAG_DROP | TAG_CONTROL },
	{ "p",		TAG_BLOCK },
	{ "param",	TAG_DROP },
	{ "picture",	TAG_MEDIA },
	{ "pre",	TAG_BLOCK },
	{ "progress",	TAG_DROP | TAG_CONTROL },
	{ "q",		TAG_INLINE },
	{ "s",		TAG_INLINE },
	{ "samp",		TAG_INLINE },
	{ "script",	TAG_DROP },
	{ "section",	TAG_BLOCK },
	{ "select",	TAG_DROP | TAG_CONTROL },
	{ "small",		TAG_INLINE },
	{ "source",	TAG_DROP },
	{ "span",		TAG_INLINE },
	{ "strike",	TAG_INLINE },
	{ "strong",	TAG_INLINE },
	{ "style",	TAG_DROP },
	{ "sub",		TAG_INLINE },
	{ "summary",	TAG_BLOCK },
	{ "sup",		TAG_INLINE },
	{ "svg",	TAG_WIDGET | TAG_MEDIA },
	{ "table",	TAG_BLOCK },
	{ "tbody",	TAG_BLOCK },
	{ "td",		TAG_BLOCK | TAG_CELL },
	{ "template",	TAG_DROP },
	{ "textarea",	TAG_DROP | TAG_CONTROL },
	{ "tfoot",	TAG_BLOCK },
	{ "th",		TAG_BLOCK | TAG_CELL },
	{ "thead",	TAG_BLOCK },
	{ "time",		TAG_INLINE },
	{ "title",	TAG_DROP },
	{ "tr",		TAG_BLOCK },
	{ "track",	TAG_DROP },
	{ "tt",		TAG_INLINE },
	{ "u",		TAG_INLINE },
	{ "ul",		TAG_BLOCK | TAG_LIST },
	{ "var",		TAG_INLINE },
	{ "video",	TAG_WIDGET | TAG_MEDIA },
	{ "wbr",		TAG_INLINE },
	{ "xmp",	TAG_BLOCK },
};

static struct strtab tag_index = STRTAB_INIT(tags);

/*
 * Element names are interned in the document's dictionary, so within
 * one document a name's address stands for the name: a small cache by
 * address spares a hash and a strcmp for nearly every lookup.  It is
 * per thread and emptied at each parse, since addresses are reused
 * once a document is freed.
 */
#define TAG_CACHE 64

static _Thread_local struct {
	const xmlChar	*name;
	unsigned	 flags;
} tag_cache[TAG_CACHE];

static void
tag_cache_clear(void)
{
	memset(tag_cache, 0, sizeof(tag_cache));
}

unsigned
dom_tag_flags(const xmlNode *n)
{
	size_t	 h;
	long	 k;

	if (n == NULL || n->type != XML_ELEMENT_NODE || n->name == NULL)
		return 0;
	h = ((uintptr_t)n->name >> 3) % TAG_CACHE;
	if (tag_cache[h].name == n->name)
		return tag_cache[h].flags;
	k = strtab_find(&tag_index, (const char *)n->name);
	tag_cache[h].name = n->name;
	tag_cache[h].flags = k >= 0 ? tags[k].flags : 0;
	return tag_cache[h].flags;
}

static void
silent_generic(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void
silent_structured(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	(void)err;
}

void
dom_init_thread(void)
{
	/* Both handlers are per thread in libxml2; HTML_PARSE_NOERROR
	 * alone does not silence encoding messages. */
	xmlSetGenericErrorFunc(NULL, silent_generic);
	xmlSetStructuredErrorFunc(NULL, silent_structured);
}

/*
 * The element cap is enforced while parsing, so that a page of millions
 * of tiny elements is stopped before it fills memory: the parser's
 * start-element callback counts, and stops the parser past the cap.
 * The count lives per thread (the callback gets only the parser).
 */
static _Thread_local struct {
	startElementSAXFunc	 start;
	size_t			 count, max;
} guard;

static void
counting_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	if (++guard.count > guard.max) {
		xmlStopParser((xmlParserCtxtPtr)ctx);
		return;
	}
	guard.start(ctx, name, atts);
}

htmlDocPtr
dom_parse(const char *utf8, size_t len, size_t max_elements, int *too_many)
{
	/* The buffer is already UTF-8 (decode.c owns charsets), so the
	 * encoding is given and the page's own declaration ignored.
	 * XML_PARSE_HUGE lifts the 256-level depth cap, beyond which
	 * libxml2 would silently drop text; our walks are iterative. */
	const int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT |
	    HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
	htmlParserCtxtPtr	 c;
	htmlDocPtr		 doc;

	*too_many = 0;
	if (len > (size_t)0x7fffffff || (c = htmlNewParserCtxt()) == NULL)
		return NULL;
	tag_cache_clear();
	guard.count = 0;
	guard.max = max_elements;
	if (max_elements > 0 && c->sax != NULL) {
		guard.start = c->sax->startElement;
		c->sax->startElement = counting_start;
	}
	doc = htmlCtxtReadMemory(c, utf8, (int)len, NULL, "UTF-8", opts);
	htmlFreeParserCtxt(c);
	if (max_elements > 0 && guard.count > max_elements)
		*too_many = 1;
	return doc;
}

void
dom_free_doc(htmlDocPtr doc)
{
	/* Its names' addresses may come back in another document. */
	xmlFreeDoc(doc);
	tag_cache_clear();
}

xmlNode *
dom_body(htmlDocPtr doc)
{
	xmlNode	*root, *n;

	if (doc == NULL || (root = xmlDocGetRootElement(doc)) == NULL)
		return NULL;
	for (n = root->children; n != NULL; n = n->next)
		if (dom_is(n, "body"))
			return n;
	/* Broken markup in <head> can leave <body> nested deeper (libxml2
	 * keeps unclosed head elements open): look for it anywhere. */
	for (n = root; n != NULL; n = dom_next(n, root, 0))
		if (dom_is(n, "body"))
			return n;
	return root;
}

int
dom_is_link(const xmlNode *n)
{
	const char	*href;

	/* <a name> is an anchor, mailto: and tel: are part of what one
	 * reads; neither takes the reader elsewhere. */
	if (!dom_is(n, "a") || (href = dom_attr(n, "href")) == NULL)
		return 0;
	while (*href == ' ')
		href++;
	return strncasecmp(href, "mailto:", 7) != 0 &&
	    strncasecmp(href, "tel:", 4) != 0;
}

int
dom_is(const xmlNode *n, const char *tag)
{
	return n != NULL && n->type == XML_ELEMENT_NODE && n->name != NULL &&
	    strcmp((const char *)n->name, tag) == 0;
}

int
dom_within(const xmlNode *n, const char *tag, int levels)
{
	const xmlNode	*p;

	for (p = n->parent; p != NULL && levels-- > 0; p = p->parent)
		if (dom_is(p, tag))
			return 1;
	return 0;
}

const char *
dom_attr(const xmlNode *n, const char *name)
{
	const xmlAttr	*a;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (a = n->properties; a != NULL; a = a->next) {
		/* The HTML parser lower-cases attribute names. */
		if (a->name == NULL ||
		    strcmp((const char *)a->name, name) != 0)
			continue;
		if (a->children == NULL)
			return "";
		if (a->children->type == XML_TEXT_NODE &&
		    a->children->content != NULL)
			return (const char *)a->children->content;
		return "";
	}
	return NULL;
}

int
dom_has_class(const xmlNode *n, const char *token)
{
	const char	*c = dom_attr(n, "class"), *p;
	size_t		 tl = strlen(token);

	if (c == NULL)
		return 0;
	for (p = c; (p = strstr(p, token)) != NULL; p += tl)
		if ((p == c || p[-1] == ' ' || p[-1] == '\t' ||
		    p[-1] == '\n') && (p[tl] == '\0' || p[tl] == ' ' ||
		    p[tl] == '\t' || p[tl] == '\n'))
			return 1;
	return 0;
}

xmlNode *
dom_next(const xmlNode *n, const xmlNode *root, int skip_children)
{
	if (!skip_children && n->children != NULL &&
	    n->type == XML_ELEMENT_NODE)
		return n->children;
	while (n != NULL && n != root) {
		if (n->next != NULL)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

/* Append s with runs of ASCII white space folded to one space. */
static void
put_folded(struct buf *out, const char *s)
{
	const char	*p;

	for (p = s; *p != '\0'; p++) {
		if (is_space((unsigned char)*p)) {
			if (out->len > 0 && out->data[out->len - 1] != ' ')
				buf_putc(out, ' ');
			continue;
		}
		buf_putc(out, *p);
	}
}

static void text_of(const xmlNode *root, const char *except, int words,
    struct buf *out);

void
dom_text(const xmlNode *root, struct buf *out)
{
	text_of(root, NULL, 0, out);
}

void
dom_text_except(const xmlNode *root, const char *except, struct buf *out)
{
	text_of(root, except, 0, out);
}

void
dom_text_words(const xmlNode *root, struct buf *out)
{
	text_of(root, NULL, 1, out);
}

/* words: every element, inline ones too, starts a word. */
static void
text_of(const xmlNode *root, const char *except, int words, struct buf *out)
{
	const xmlNode	*n;
	unsigned	 f;
	int		 skip;

	for (n = root; n != NULL; n = dom_next(n, root, skip)) {
		skip = 0;
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content != NULL)
				put_folded(out, (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE) {
			skip = 1;
			continue;
		}
		f = dom_tag_flags(n);
		if ((f & TAG_DROP) ||
		    (except != NULL && n != root && dom_is(n, except))) {
			skip = n != root;
			continue;
		}
		if ((words || (f & (TAG_BLOCK | TAG_BREAK))) && out->len > 0 &&
		    out->data[out->len - 1] != ' ')
			buf_putc(out, ' ');
	}
	while (out->len > 0 && out->data[out->len - 1] == ' ')
		out->data[--out->len] = '\0';
}

/* Inline styles that hide: display:none, visibility:hidden. */
static int
style_hides(const char *style)
{
	char		 norm[256];
	size_t		 i, j;

	for (i = j = 0; style[i] != '\0' && j + 1 < sizeof(norm); i++)
		if (!is_space((unsigned char)style[i]))
			norm[j++] = (char)(style[i] | 0x20);
	norm[j] = '\0';
	return strstr(norm, "display:none") != NULL ||
	    strstr(norm, "visibility:hidden") != NULL;
}

/* A class list naming one of the utility classes that hide. */
static int
class_hides(const char *c)
{
	static const char *const hiding[] = { "hidden", "sr-only",
	    "visually-hidden", "screen-reader-text", "d-none", "invisible" };
	size_t		 n, k;

	for (;;) {
		while (is_space((unsigned char)*c))
			c++;
		if (*c == '\0')
			return 0;
		for (n = 0; c[n] != '\0' && !is_space((unsigned char)c[n]); n++)
			;
		for (k = 0; k < sizeof(hiding) / sizeof(hiding[0]); k++)
			if (strncmp(c, hiding[k], n) == 0 &&
			    hiding[k][n] == '\0')
				return 1;
		c += n;
	}
}

static const char *
attr_value(const xmlAttr *a)
{
	return a->children != NULL && a->children->type == XML_TEXT_NODE &&
	    a->children->content != NULL ? (const char *)a->children->content :
	    "";
}

int
dom_is_hidden(const xmlNode *n)
{
	const xmlAttr	*a;
	const char	*name;

	if (n->type != XML_ELEMENT_NODE)
		return 0;
	/* One pass over the attributes: this runs on every element. */
	for (a = n->properties; a != NULL; a = a->next) {
		if ((name = (const char *)a->name) == NULL)
			continue;
		if ((strcmp(name, "hidden") == 0) ||
		    (strcmp(name, "aria-hidden") == 0 &&
		    strcasecmp(attr_value(a), "true") == 0) ||
		    (strcmp(name, "style") == 0 && style_hides(attr_value(a))) ||
		    (strcmp(name, "class") == 0 && class_hides(attr_value(a))))
			return 1;
	}
	return 0;
}

/* Up to max bytes of s, not cutting a UTF-8 sequence. */
static void
put_prefix(struct buf *out, const char *s, size_t max)
{
	size_t	 n = strlen(s);

	if (n > max) {
		n = max;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	buf_put(out, s, n);
	if (n < strlen(s))
		buf_puts(out, "…");
}

void
dom_describe(const xmlNode *n, struct buf *out)
{
	const char	*v;

	buf_printf(out, "<%s", n->name != NULL ? (const char *)n->name : "?");
	if ((v = dom_attr(n, "id")) != NULL && *v != '\0') {
		buf_puts(out, " id=\"");
		put_prefix(out, v, 40);
		buf_putc(out, '"');
	}
	if ((v = dom_attr(n, "class")) != NULL && *v != '\0') {
		buf_puts(out, " class=\"");
		put_prefix(out, v, 60);
		buf_putc(out, '"');
	}
	buf_putc(out, '>');
}

void
dom_remove(xmlNode *n)
{
	xmlUnlinkNode(n);
	xmlFreeNode(n);
}

/* The page's time budget, per thread: each walk looks at the clock
 * every few thousand nodes and stops once it has passed, so that one
 * slow stage cannot run far past --timeout. */
static _Thread_local double	walk_deadline;
static _Thread_local int	walk_expired;

static double
monotonic_seconds(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void
dom_set_deadline(double seconds_from_now)
{
	walk_deadline = seconds_from_now > 0 ?
	    monotonic_seconds() + seconds_from_now : 0;
	walk_expired = 0;
}

int
dom_expired(void)
{
	return walk_expired;
}

static int
past_deadline(void)
{
	if (walk_deadline > 0 && !walk_expired &&
	    monotonic_seconds() > walk_deadline)
		walk_expired = 1;
	return walk_expired;
}

void
dom_walk(xmlNode *root, dom_visit visit, void *ctx)
{
	xmlNode		*n = root, *next, *parent;
	enum dom_step	 step;
	unsigned	 steps = 0;

	while (n != NULL) {
		/* Stopping leaves the tree whole: nodes are removed only
		 * once left. */
		if ((++steps & 4095) == 0 && past_deadline())
			return;
		step = visit(n, 0, ctx);
		if ((step == DOM_REMOVE || step == DOM_DETACH) && n == root)
			step = DOM_SKIP;
		if (step == DOM_DESCEND && n->type == XML_ELEMENT_NODE &&
		    n->children != NULL) {
			n = n->children;
			continue;
		}
		/* n is done: leave it, then climb while there is no next
		 * sibling, leaving each parent on the way. */
		for (;;) {
			if (step != DOM_REMOVE && step != DOM_DETACH)
				visit(n, 1, ctx);
			if (n == root)
				return;
			next = n->next;
			parent = n->parent;
			if (step == DOM_REMOVE)
				dom_remove(n);
			else if (step == DOM_DETACH)
				xmlUnlinkNode(n);
			if (next != NULL) {
				n = next;
				break;
			}
			n = parent;
			step = DOM_DESCEND;
		}
	}
}

/* Byte classes for dom_count: a byte that starts a visible character,
 * and lead bytes of the non-ASCII commas. */
enum { BC_CHAR = 1, BC_COMMA = 2, BC_LEAD = 4 };

static const unsigned char byte_class[256] = {
	0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1,	/* 00 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 10 */
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1,	/* 20 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 30 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 40 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 50 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 60 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 70 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 80 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 90 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* a0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* b0 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* c0 */
	1, 1, 1, 1, 1, 1, 1, 1, 5, 1, 1, 1, 1, 1, 1, 1,	/* d0 */
	1, 1, 1, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5,	/* e0 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* f0 */
};

void
dom_count(const char *s, unsigned *chars, unsigned *commas)
{
	const unsigned char	*p = (const unsigned char *)s;
	unsigned		 c, n = 0, k = 0;

	for (; *p != '\0'; p++) {
		if ((c = byte_class[*p]) <= BC_CHAR) {
			n += c;
			continue;
		}
		n++;
		if (c & BC_COMMA)
			k++;
		else if ((*p == 0xEF && p[1] == 0xBC && p[2] == 0x8C) ||
		    (*p == 0xE3 && p[1] == 0x80 && p[2] == 0x81) ||
		    (*p == 0xD8 && p[1] == 0x8C))
			k++;	/* U+FF0C, U+3001, U+060C: other scripts' commas */
	}
	*chars += n;
	*commas += k;
}

unsigned
dom_text_chars(const xmlNode *root)
{
	const xmlNode	*n = root;
	unsigned	 chars = 0, commas = 0;
	int		 skip;

	while (n != NULL) {
		skip = n->type != XML_ELEMENT_NODE ||
		    (dom_tag_flags(n) & TAG_DROP);
		if ((n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) && n->content != NULL &&
		    n != root)
			dom_count((const char *)n->content, &chars, &commas);
		n = dom_next(n, root, skip);
	}
	return chars;
}

struct measure_ctx {
	struct dom_measure *m;
	size_t		    cap;
	unsigned	    in_link;
	int		    hints;	/* read class and id hints too */
};

static enum dom_step
measure_visit(xmlNode *n, int leaving, void *arg)
{
	struct measure_ctx	*c = arg;
	struct node_info	*i, *p;
	unsigned		 chars = 0, commas = 0;

	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (leaving || n->content == NULL || n->parent == NULL ||
		    (p = dom_info(n->parent)) == NULL)
			return DOM_SKIP;
		dom_count((const char *)n->content, &chars, &commas);
		p->text += chars;
		p->commas += commas;
		if (c->in_link)
			p->link += chars;
		return DOM_SKIP;
	}
	if (n->type != XML_ELEMENT_NODE)
		return DOM_SKIP;
	if (!leaving) {
		if (c->m->n == c->cap) {
			/* Count first so the array never moves: the tree's
			 * _private pointers point into it. */
			return DOM_SKIP;
		}
		i = &c->m->info[c->m->n];
		memset(i, 0, sizeof(*i));
		i->node = n;
		i->order = (unsigned)c->m->n++;
		i->hints = c->hints ? hints_of(n) : 0;
		n->_private = i;
		if (dom_is_link(n))
			c->in_link++;
		return (dom_tag_flags(n) & TAG_DROP) ? DOM_SKIP : DOM_DESCEND;
	}
	if ((i = dom_info(n)) == NULL)
		return DOM_SKIP;
	i->end = (unsigned)c->m->n;
	if (dom_is_link(n) && c->in_link > 0)
		c->in_link--;
	if (n->parent != NULL && (p = dom_info(n->parent)) != NULL &&
	    p != i) {
		unsigned f = dom_tag_flags(n);
		p->text += i->text;
		p->link += dom_is_link(n) ? i->text : i->link;
		p->commas += i->commas;
		p->blocks += i->blocks + ((f & TAG_BLOCK) != 0);
		p->paras += i->paras + dom_is(n, "p");
		p->items += i->items + dom_is(n, "li");
		p->imgs += i->imgs + dom_is(n, "img");
	}
	return DOM_SKIP;
}

static enum dom_step
count_visit(xmlNode *n, int leaving, void *arg)
{
	size_t	*count = arg;

	if (n->type != XML_ELEMENT_NODE)
		return DOM_SKIP;
	if (!leaving)
		(*count)++;
	return (dom_tag_flags(n) & TAG_DROP) ? DOM_SKIP : DOM_DESCEND;
}

/*
 * The thread's current measure.  The _private pointers it set are not
 * cleared when it ends (that would be one more walk of the tree, and
 * pruning frees nodes meanwhile): dom_info() trusts a pointer only if
 * it points at an entry of the current measure that names the node.
 */
static _Thread_local const struct dom_measure *current;

static void
measure(xmlNode *root, struct dom_measure *m, int hints)
{
	struct measure_ctx	 c;
	size_t			 count = 0;

	dom_walk(root, count_visit, &count);
	m->info = xcalloc(count ? count : 1, sizeof(*m->info));
	m->n = 0;
	m->root = root;
	c.m = m;
	c.cap = count;
	c.in_link = 0;
	c.hints = hints;
	current = m;
	dom_walk(root, measure_visit, &c);
}

void
dom_measure(xmlNode *root, struct dom_measure *m)
{
	measure(root, m, 1);
}

void
dom_measure_text(xmlNode *root, struct dom_measure *m)
{
	measure(root, m, 0);
}

void
dom_measure_free(struct dom_measure *m)
{
	if (current == m)
		current = NULL;
	free(m->info);
	m->root = NULL;
	m->info = NULL;
	m->n = 0;
}

struct node_info *
dom_info(const xmlNode *n)
{
	struct node_info	*i;
	uintptr_t		 off;

	if (n == NULL || n->type != XML_ELEMENT_NODE || current == NULL ||
	    (i = n->_private) == NULL)
		return NULL;
	/* Left over from an earlier measure, whose memory the current
	 * one may reuse: it must be one of our entries, and ours. */
	off = (uintptr_t)i - (uintptr_t)current->info;
	if ((uintptr_t)i < (uintptr_t)current->info ||
	    off >= current->n * sizeof(*i) || off % sizeof(*i) != 0 ||
	    i->node != n)
		return NULL;
	return i;
}
