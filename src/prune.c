/* SPDX-License-Identifier: ISC */
/* Pruning: never-content elements, then boilerplate containers. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "dom.h"
#include "hints.h"
#include "prune.h"
#include "xalloc.h"

static void
note(struct buf *explain, const char *why, const xmlNode *n,
    const struct node_info *i)
{
	if (explain == NULL)
		return;
	buf_printf(explain, "prune: %s ", why);
	dom_describe(n, explain);
	if (i != NULL)
		buf_printf(explain, " (%u characters, %u in links)", i->text,
		    i->link);
	buf_putc(explain, '\n');
}

struct invisible_ctx {
	struct buf	*explain;
	xmlNode		*root;
	long		 text;		/* the page's visible characters; -1
					   until needed */
	int		 rescued;	/* a hidden wrapper was kept already */
};

/* A hidden element or a widget (a button, an svg) that holds most of the
 * page and its structure (the main element, the article, the h1) is no
 * widget: the parser nested the page in it, because of a tag that
 * browsers would have closed.  Readers see that text.  Hidden text beside
 * the article stays hidden.  Once per page, so the search below stays
 * linear. */
static int
holds_the_page(xmlNode *n, struct invisible_ctx *c)
{
	xmlNode			*k;
	unsigned		 text;

	/* Counted only here, for the few hidden elements and widgets: each
	 * is removed or rescued, so no text is counted twice. */
	if (c->rescued || (text = dom_text_chars(n)) < 200)
		return 0;
	if (c->text < 0)
		c->text = dom_text_chars(c->root);
	if (text * 2 < (unsigned long)c->text)
		return 0;
	for (k = n; k != NULL; k = dom_next(k, n, 0))
		if (dom_is(k, "main") || dom_is(k, "article") ||
		    dom_is(k, "h1"))
			return c->rescued = 1;
	return 0;
}

/* <div itemprop="image">https://…/photo.jpg</div>: a block that holds
 * only an address for microdata, which stylesheets hide.  (A link whose
 * text is its address is inline, and stays.) */
static int
is_microdata_address(const xmlNode *n)
{
	const xmlNode	*t = n->children;
	const char	*s;

	if (!(dom_tag_flags(n) & TAG_BLOCK) || dom_attr(n, "itemprop") == NULL ||
	    t == NULL || t->next != NULL || t->type != XML_TEXT_NODE ||
	    t->content == NULL)
		return 0;
	for (s = (const char *)t->content; *s == ' ' || *s == '\n' ||
	    *s == '\t' || *s == '\r'; s++)
		continue;
	if (strncmp(s, "http://", 7) != 0 && strncmp(s, "https://", 8) != 0)
		return 0;
	s += strcspn(s, " \n\t\r");
	s += strspn(s, " \n\t\r");
	return *s == '\0';
}

static enum dom_step
invisible_visit(xmlNode *n, int leaving, void *arg)
{
	struct invisible_ctx	*c = arg;

	if (leaving)
		return DOM_SKIP;
	switch (n->type) {
	case XML_ELEMENT_NODE:
		if (dom_tag_flags(n) & TAG_DROP)
			return DOM_REMOVE;
		/* A widget or a hidden element that the parser nested the
		 * page in stays; any other goes. */
		if ((dom_tag_flags(n) & TAG_WIDGET) && !holds_the_page(n, c))
			return DOM_REMOVE;
		if (dom_is_hidden(n) && !holds_the_page(n, c)) {
			note(c->explain, "hidden", n, NULL);
			return DOM_REMOVE;
		}
		if (is_microdata_address(n)) {
			note(c->explain, "microdata value", n, NULL);
			return DOM_REMOVE;
		}
		return DOM_DESCEND;
	case XML_TEXT_NODE:
	case XML_CDATA_SECTION_NODE:
	case XML_ENTITY_REF_NODE:
		return DOM_SKIP;
	default:
		/* Comments, processing instructions, DTD nodes. */
		return DOM_REMOVE;
	}
}

void
prune_invisible(xmlNode *root, struct buf *explain)
{
	struct invisible_ctx	 c = { explain, root, -1, 0 };

	dom_walk(root, invisible_visit, &c);
}

struct boiler_ctx {
	struct buf	*explain;
	const struct node_info *title;	/* the headline's element, or NULL */
	xmlNode		*comments;	/* where comment threads go, or NULL */
	xmlNode		**taken;	/* threads taken out, to move there */
	size_t		 ntaken, captaken;
	unsigned	 prose;		/* the page's text outside links */
	unsigned	 in_article;	/* depth inside article/main */
	unsigned	 in_content;	/* depth inside content-named elements */
};

/* An element holding this much of the page's prose is the article or
 * wraps it, whatever its class says. */
static int
holds_the_prose(const struct node_info *i, const struct boiler_ctx *c)
{
	unsigned	 prose = i->text - i->link;

	return prose >= 400 && prose * 2 >= c->prose;
}

static int
is_article_root(const xmlNode *n, const struct node_info *i)
{
	return dom_is(n, "article") || dom_is(n, "main") ||
	    (i != NULL && (i->hints & HINT_BODY));
}

/* Inside the article or a content element, a generic wrapper named
 * for its template ("elementor-widget-container") that holds a run of
 * prose, hardly linked, is the text itself, not a widget. */
static int
is_prose_in_content(const struct node_info *i, const struct boiler_ctx *c)
{
	unsigned	 prose = i->text - i->link;

	return (c->in_content > 0 || c->in_article > 0) && prose >= 400 &&
	    i->link * 4 < i->text;
}

/* The author of a picture: <figure>…<div class="image-description__author">
 * Delil Souleiman /AFP</div></figure>.  The story's byline never stands
 * inside a figure. */
static int
is_picture_author(const xmlNode *n, const struct node_info *i)
{
	return (i->hints & HINT_AUTHOR) && i->text < 100 &&
	    dom_within(n, "figure", 6);
}

/* A formula set by MathJax, "<mjx-container class="MathJax
 * CtxtMenu_Attached_0">…<math>": no menu, whatever its class says. */
static int
holds_math(const xmlNode *n, int depth)
{
	const xmlNode	*k;

	for (k = n->children; k != NULL && depth > 0; k = k->next)
		if (k->type == XML_ELEMENT_NODE &&
		    (dom_is(k, "math") || holds_math(k, depth - 1)))
			return 1;
	return 0;
}

static int
is_boilerplate(const xmlNode *n, const struct node_info *i,
    const struct boiler_ctx *c)
{
	unsigned	 f = dom_tag_flags(n);

	/* A comment thread, but not "…__item__comment" in a content
	 * component: a thread's own items sit inside the thread, which
	 * goes as a whole. */
	if (i->hints & HINT_COMMENTS)
		return !(i->hints & (HINT_BODY | HINT_CONTENT));
	/* A credit line, inline or not: "© Thinkstock", "Photo: AP". */
	if ((i->hints & HINT_CREDIT) && i->text < 100)
		return 1;
	if (is_picture_author(n, i))
		return 1;
	if (holds_the_prose(i, c) || (i->hints & HINT_BODY))
		return 0;
	if (c->title != NULL && i->order <= c->title->order &&
	    c->title->order < i->end)
		return 0;	/* it holds the headline */
	if (f & TAG_CHROME) {
		/* The header of an article holds its title, date and
		 * standfirst: the extractor sorts those out. */
		if (dom_is(n, "header") && (c->in_article > 0 ||
		    (i->hints & HINT_CONTENT)))
			return 0;
		return 1;
	}
	/* A class on a link or a span inside a sentence ("tag", "share")
	 * must not cut the sentence, and a heading's id is an anchor made
	 * of its words ("nav_nur_die_folie"): only containers go by their
	 * names. */
	if (f & (TAG_INLINE | TAG_HEADING))
		return 0;
	/* A post's own footer line ("Posted by Christian on 03.05.2013")
	 * stays for the extractor to read its date; the filters drop it
	 * from the text. */
	if ((i->hints & HINT_FOOTER) && !(i->hints & HINT_BOILER) &&
	    (c->in_article > 0 || c->in_content > 0) && i->text < 200)
		return 0;
	return ((i->hints & (HINT_BOILER | HINT_FOOTER)) ||
	    ((i->hints & HINT_FURNITURE) && !(i->hints & HINT_CONTENT) &&
	    !is_article_root(n, i) && !is_prose_in_content(i, c))) &&
	    !(i->text < 500 && holds_math(n, 3));
}

static enum dom_step
boiler_visit(xmlNode *n, int leaving, void *arg)
{
	struct boiler_ctx	*c = arg;
	struct node_info	*i;

	if (n->type != XML_ELEMENT_NODE || (i = dom_info(n)) == NULL)
		return DOM_SKIP;
	if (leaving) {
		if (is_article_root(n, i))
			c->in_article--;
		if (i->hints & HINT_CONTENT)
			c->in_content--;
		return DOM_SKIP;
	}
	if (!dom_is(n, "body") && !dom_is(n, "html") &&
	    is_boilerplate(n, i, c)) {
		if (c->comments != NULL && (i->hints & HINT_COMMENTS) &&
		    !(i->hints & HINT_BODY)) {
			note(c->explain, "comments", n, i);
			if (c->ntaken == c->captaken) {
				c->captaken = c->captaken ? c->captaken * 2 : 4;
				c->taken = xrealloc(c->taken,
				    c->captaken * sizeof(*c->taken));
			}
			c->taken[c->ntaken++] = n;
			return DOM_DETACH;
		}
		note(c->explain, "furniture", n, i);
		return DOM_REMOVE;
	}
	if (is_article_root(n, i))
		c->in_article++;
	if (i->hints & HINT_CONTENT)
		c->in_content++;
	return DOM_DESCEND;
}

/* The heading whose text is the title: an h1-h3 or a microdata
 * headline.  Found once, so protecting its ancestors costs nothing. */
static const struct node_info *
find_title(xmlNode *root, const char *title)
{
	struct buf	 t = BUF_INIT;
	xmlNode		*n;
	const char	*prop;
	const struct node_info *found = NULL;

	if (title == NULL || strlen(title) < 8)
		return NULL;
	for (n = root; n != NULL && found == NULL; n = dom_next(n, root, 0)) {
		if (n->type != XML_ELEMENT_NODE ||
		    !(dom_is(n, "h1") || dom_is(n, "h2") || dom_is(n, "h3") ||
		    ((prop = dom_attr(n, "itemprop")) != NULL &&
		    strcasecmp(prop, "headline") == 0)))
			continue;
		buf_reset(&t);
		dom_text(n, &t);
		if (t.len > 0 && strstr(t.data, title) != NULL &&
		    t.len < strlen(title) + 40)
			found = dom_info(n);
	}
	buf_free(&t);
	return found;
}

void
prune_boilerplate(xmlNode *root, const char *title, xmlNode *comments,
    struct buf *explain)
{
	struct boiler_ctx	 c;
	struct node_info	*ri;
	size_t			 k;

	if ((ri = dom_info(root)) == NULL)
		return;
	memset(&c, 0, sizeof(c));
	c.explain = explain;
	c.title = find_title(root, title);
	c.comments = comments;
	c.prose = ri->text - ri->link;
	dom_walk(root, boiler_visit, &c);
	/* Unlinked by now: they can move. */
	for (k = 0; k < c.ntaken; k++)
		xmlAddChild(comments, c.taken[k]);
	free(c.taken);
}
