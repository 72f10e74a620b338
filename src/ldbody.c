/* SPDX-License-Identifier: ISC */
/*
 * The article's text from JSON-LD articleBody.  Pages that render their
 * text with a script, or show a teaser above a paywall, often still give
 * the whole text in their structured data.  It comes as plain text with
 * line breaks, as HTML, or as text with entities; the HTML parser reads
 * all three, and each block or line break ends a paragraph.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "buf.h"
#include "dom.h"
#include "ldbody.h"
#include "xalloc.h"

/* A structured body shorter than this is a summary, not the text. */
#define MIN_BODY	500
/* Elements of a body parsed: a page cannot make this parse long. */
#define MAX_ELEMENTS	20000
/* A page that shows more than this is no teaser; and what it shows is
 * searched for each paragraph, of which so many at most are taken:
 * the work stays bounded. */
#define MAX_SHOWN	20000
#define MAX_PARAS	2000

/* A paragraph: its bytes in the split's text, and what it is. */
struct para {
	size_t		 off, len;
	enum block_kind	 kind;
	int		 level;
};

struct split {
	struct buf	 text;		/* the paragraphs, one after another */
	size_t		 start;		/* where the one being read starts */
	enum block_kind	 kind;		/* and what it is */
	int		 level;
	struct para	*paras;
	size_t		 n, cap;
};

/* End the paragraph being read. */
static void
flush(struct split *s)
{
	size_t	 len = s->text.len - s->start;

	while (len > 0 && s->text.data[s->start + len - 1] == ' ')
		len--;
	if (len > 0) {
		if (s->n == s->cap) {
			s->cap = s->cap ? s->cap * 2 : 16;
			s->paras = xrealloc(s->paras,
			    s->cap * sizeof(*s->paras));
		}
		s->paras[s->n].off = s->start;
		s->paras[s->n].len = len;
		s->paras[s->n].kind = s->kind;
		s->paras[s->n++].level = s->level;
	}
	s->text.len = s->start += len;
	s->kind = BLOCK_PARAGRAPH;
	s->level = 0;
}

/* What a block element makes of the text it opens. */
static void
set_kind(struct split *s, const xmlNode *n)
{
	const char	*name = (const char *)n->name;

	if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' &&
	    name[2] == '\0') {
		s->kind = BLOCK_HEADING;
		s->level = name[1] - '0';
	} else if (dom_is(n, "li")) {
		s->kind = BLOCK_LIST_ITEM;
		s->level = 1;
	} else if (dom_is(n, "blockquote")) {
		s->kind = BLOCK_QUOTE;
		s->level = 0;
	}
}

/* Text with white space folded; a line break ends the paragraph. */
static void
put_text(struct split *s, const char *t)
{
	for (; *t != '\0'; t++) {
		if (*t == '\n' || *t == '\r') {
			flush(s);
			continue;
		}
		if (*t == ' ' || *t == '\t' || *t == '\f' || *t == '\v') {
			if (s->text.len > s->start &&
			    s->text.data[s->text.len - 1] != ' ')
				buf_putc(&s->text, ' ');
			continue;
		}
		buf_putc(&s->text, *t);
	}
}

static enum dom_step
split_visit(xmlNode *n, int leaving, void *arg)
{
	struct split	*s = arg;
	unsigned	 f;

	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (!leaving && n->content != NULL)
			put_text(s, (const char *)n->content);
		return DOM_SKIP;
	}
	if (n->type != XML_ELEMENT_NODE)
		return DOM_SKIP;
	f = dom_tag_flags(n);
	if (f & TAG_DROP)
		return DOM_SKIP;
	if (f & (TAG_BLOCK | TAG_BREAK))
		flush(s);
	if (!leaving && (f & TAG_BLOCK))
		set_kind(s, n);
	return DOM_DESCEND;
}

/* The paragraph's opening words stand in the text already. */
static int
already_there(const char *text, const char *para, size_t len)
{
	char	 head[80];

	if (len >= sizeof(head))
		len = sizeof(head) - 1;
	memcpy(head, para, len);
	head[len] = '\0';
	return strstr(text, head) != NULL;
}

size_t
ldbody_append(struct article *a, const char *body, struct buf *explain)
{
	struct split	 s;
	struct buf	 have = BUF_INIT;
	htmlDocPtr	 doc = NULL;
	size_t		 k, added = 0, len = body != NULL ? strlen(body) : 0;
	const char	*p;
	int		 too_many;

	if (len < MIN_BODY)
		return 0;
	article_body_text(a, &have);
	memset(&s, 0, sizeof(s));
	if (have.len <= MAX_SHOWN && have.len * 2 < len &&
	    (doc = dom_parse(body, len, MAX_ELEMENTS, &too_many)) != NULL &&
	    !too_many && dom_body(doc) != NULL) {
		dom_walk(dom_body(doc), split_visit, &s);
		flush(&s);
	}
	if (doc != NULL)
		dom_free_doc(doc);
	/* Measured on the text itself: markup and entities weigh less. */
	if (s.text.len >= MIN_BODY && have.len * 2 < s.text.len) {
		for (k = 0; k < s.n && k < MAX_PARAS; k++) {
			p = s.text.data + s.paras[k].off;
			if (already_there(buf_cstr(&have), p, s.paras[k].len))
				continue;
			article_add_block(a, s.paras[k].kind,
			    s.paras[k].level, p, s.paras[k].len);
			added++;
		}
		if (explain != NULL)
			buf_printf(explain, "text: %zu paragraphs from JSON-LD "
			    "articleBody (the page showed %zu of its %zu "
			    "bytes)\n", added, have.len, s.text.len);
	}
	free(s.paras);
	buf_free(&s.text);
	buf_free(&have);
	return added;
}
