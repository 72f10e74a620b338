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

struct para {
	char		*text;
	enum block_kind	 kind;
	int		 level;
};

struct split {
	struct buf	 para;		/* the paragraph being read */
	enum block_kind	 kind;		/* and what it is */
	int		 level;
	struct para	*paras;
	size_t		 n, cap;
	size_t		 chars;		/* bytes of text in paras */
};

static void
flush(struct split *s)
{
	size_t	 len = s->para.len;

	while (len > 0 && s->para.data[len - 1] == ' ')
		len--;
	if (len > 0) {
		if (s->n == s->cap) {
			s->cap = s->cap ? s->cap * 2 : 16;
			s->paras = xrealloc(s->paras,
			    s->cap * sizeof(*s->paras));
		}
		s->paras[s->n].text = xmalloc(len + 1);
		memcpy(s->paras[s->n].text, s->para.data, len);
		s->paras[s->n].text[len] = '\0';
		s->paras[s->n].kind = s->kind;
		s->paras[s->n++].level = s->level;
		s->chars += len;
	}
	buf_reset(&s->para);
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
			if (s->para.len > 0 &&
			    s->para.data[s->para.len - 1] != ' ')
				buf_putc(&s->para, ' ');
			continue;
		}
		buf_putc(&s->para, *t);
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

static void
split_free(struct split *s)
{
	size_t	 k;

	for (k = 0; k < s->n; k++)
		free(s->paras[k].text);
	free(s->paras);
	buf_free(&s->para);
}

/* The article's text so far, one string, to tell what it holds. */
static void
article_text(const struct article *a, struct buf *out)
{
	size_t	 k;

	for (k = 0; k < a->nblocks; k++) {
		buf_puts(out, a->blocks[k].text);
		buf_putc(out, '\n');
	}
}

/* The paragraph's opening words stand in the text already. */
static int
already_there(const char *text, const char *para)
{
	char	 head[80];
	size_t	 n = strlen(para);

	if (n >= sizeof(head))
		n = sizeof(head) - 1;
	memcpy(head, para, n);
	head[n] = '\0';
	return strstr(text, head) != NULL;
}

size_t
ldbody_append(struct article *a, const char *body, struct buf *explain)
{
	struct split	 s;
	struct buf	 have = BUF_INIT;
	htmlDocPtr	 doc;
	size_t		 k, added = 0;
	int		 too_many;

	if (body == NULL || strlen(body) < MIN_BODY)
		return 0;
	article_text(a, &have);
	if (have.len > MAX_SHOWN || have.len * 2 >= strlen(body)) {
		buf_free(&have);
		return 0;
	}
	if ((doc = dom_parse(body, strlen(body), MAX_ELEMENTS, &too_many)) ==
	    NULL) {
		buf_free(&have);
		return 0;
	}
	memset(&s, 0, sizeof(s));
	if (!too_many && dom_body(doc) != NULL) {
		dom_walk(dom_body(doc), split_visit, &s);
		flush(&s);
	}
	dom_free_doc(doc);
	/* Measured on the text itself: markup and entities weigh less. */
	if (s.chars >= MIN_BODY && have.len * 2 < s.chars) {
		for (k = 0; k < s.n && k < MAX_PARAS; k++)
			if (!already_there(buf_cstr(&have), s.paras[k].text)) {
				article_add_block(a, s.paras[k].kind,
				    s.paras[k].level, s.paras[k].text,
				    strlen(s.paras[k].text));
				added++;
			}
		if (explain != NULL)
			buf_printf(explain, "text: %zu paragraphs from JSON-LD "
			    "articleBody (the page showed %zu of its %zu "
			    "bytes)\n", added, have.len, s.chars);
	}
	split_free(&s);
	buf_free(&have);
	return added;
}
