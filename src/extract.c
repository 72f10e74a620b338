/* SPDX-License-Identifier: ISC */
/*
 * Main-content extraction.  Three steps, each linear in the page:
 *
 * 1. segment: cut the page into text blocks (a run of inline content
 *    between block-level boundaries), each with its kind and owner;
 * 2. choose: score containers by the prose below them (Readability's
 *    scheme: commas, length, link density, tag and class hints), pick the
 *    best, widen it to the ancestor that several strong candidates share
 *    and to siblings of similar weight;
 * 3. clean: inside the chosen region drop sub-containers that look like
 *    furniture (link lists, forms, negative hints) and single blocks that
 *    are boilerplate (share/read-more phrases, link-only lines, the title,
 *    the date or the byline repeated).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include <libxml/uri.h>

#include "agency.h"
#include "article.h"
#include "arena.h"
#include "buf.h"
#include "byline.h"
#include "date.h"
#include "dom.h"
#include "extract.h"
#include "hints.h"
#include "normalize.h"
#include "strtab.h"
#include "xalloc.h"

/* A text block of the page before we know whether it is content. */
struct seg {
	struct node_info *owner;	/* innermost block element */
	size_t		 off, len;	/* raw text in seg_ctx.text */
	unsigned	 chars, link, commas;
	enum block_kind	 kind;
	int		 level;
};

/* A <time datetime> element and where it stands among the blocks. */
struct stamp {
	size_t		 seg;		/* index of the next block */
	const char	*datetime;	/* in the tree */
	int		 in_link;
};

/* A link's text in a block, or an image, and the block it belongs to
 * (for an image: the next block). */
struct mark {
	size_t		 seg;
	size_t		 start, end;	/* link: its text in seg_ctx.text */
	const char	*url;		/* href or src, in the tree */
	const xmlNode	*node;
	struct node_info *owner;	/* image: innermost block element */
};

struct seg_ctx {
	int		 want_links, want_images;
	struct mark	*links, *images;
	size_t		 nlinks, caplinks, nimages, capimages;
	struct mark	*open;		/* links not closed yet */
	size_t		 nopen, capopen;
	struct buf	 text;		/* every block's text, one after another */
	size_t		 start;		/* where the open block's text begins */
	unsigned	 chars, link, commas;
	struct seg	*segs;
	size_t		 nsegs, capsegs;
	xmlNode		**stack;	/* open block elements */
	size_t		 depth, capdepth;
	unsigned	 pre, quote, items, caption, figure, in_link, noscript;
	int		 heading;
	xmlNode		*row;		/* open data-table row, if any */
	struct stamp	*stamps;	/* <time datetime> elements */
	size_t		 nstamps, capstamps;
};

/* node_info.state during selection. */
enum {
	NODE_ROOT	= 1 << 0,	/* a chosen container */
	NODE_IN		= 1 << 1,	/* inside the chosen content */
	NODE_OUT	= 1 << 2	/* cleaned away */
};

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

static enum block_kind
current_kind(const struct seg_ctx *c, int *level)
{
	*level = 0;
	if (c->pre)
		return BLOCK_PRE;
	/* <figure><img><h2 class="image-description__caption">: a heading
	 * in a figure describes the picture. */
	if (c->heading && c->figure)
		return BLOCK_CAPTION;
	if (c->heading) {
		*level = c->heading;
		return BLOCK_HEADING;
	}
	if (c->row != NULL)
		return BLOCK_TABLE_ROW;
	if (c->caption)
		return BLOCK_CAPTION;
	if (c->items) {
		*level = (int)c->items;
		return BLOCK_LIST_ITEM;
	}
	return c->quote ? BLOCK_QUOTE : BLOCK_PARAGRAPH;
}

/* Close the open block: keep it when it holds any visible character. */
static void
flush(struct seg_ctx *c)
{
	struct seg	*s;
	xmlNode		*owner;

	if (c->chars == 0 || c->depth == 0) {
		c->text.len = c->start;
		goto reset;
	}
	owner = c->stack[c->depth - 1];
	if (c->nsegs == c->capsegs) {
		c->capsegs = c->capsegs ? c->capsegs * 2 : 64;
		c->segs = xrealloc(c->segs, c->capsegs * sizeof(*c->segs));
	}
	s = &c->segs[c->nsegs++];
	s->owner = dom_info(owner);
	s->off = c->start;
	s->len = c->text.len - c->start;
	s->chars = c->chars;
	s->link = c->link;
	s->commas = c->commas;
	s->kind = current_kind(c, &s->level);
	buf_putc(&c->text, '\0');
reset:
	c->start = c->text.len;
	c->chars = c->link = c->commas = 0;
}

static void
push(struct seg_ctx *c, xmlNode *n)
{
	if (c->depth == c->capdepth) {
		c->capdepth = c->capdepth ? c->capdepth * 2 : 64;
		c->stack = xrealloc(c->stack, c->capdepth * sizeof(*c->stack));
	}
	c->stack[c->depth++] = n;
}

static void
append_text(struct seg_ctx *c, const char *s)
{
	const char	*p;
	unsigned	 chars = 0, commas = 0;

	if (c->pre) {
		buf_puts(&c->text, s);
	} else {
		for (p = s; *p != '\0'; p++) {
			if (!is_space((unsigned char)*p))
				buf_putc(&c->text, *p);
			else if (c->text.len > c->start &&
			    c->text.data[c->text.len - 1] != ' ')
				buf_putc(&c->text, ' ');
		}
	}
	dom_count(s, &chars, &commas);
	c->chars += chars;
	c->commas += commas;
	if (c->in_link)
		c->link += chars;
}

/* Markup kept as text (a <noscript> in <head>, read raw by the parser):
 * "<img src=...>" is not prose. */
static int
looks_like_markup(const xmlChar *s)
{
	const char	*p = strchr((const char *)s, '<');

	return p != NULL && ((p[1] >= 'a' && p[1] <= 'z') ||
	    (p[1] >= 'A' && p[1] <= 'Z') || p[1] == '/' || p[1] == '!');
}

static void
add_stamp(struct seg_ctx *c, const char *datetime)
{
	if (c->nstamps == c->capstamps) {
		c->capstamps = c->capstamps ? c->capstamps * 2 : 8;
		c->stamps = xrealloc(c->stamps,
		    c->capstamps * sizeof(*c->stamps));
	}
	c->stamps[c->nstamps].seg = c->nsegs;
	c->stamps[c->nstamps].datetime = datetime;
	c->stamps[c->nstamps].in_link = c->in_link > 0;
	c->nstamps++;
}

/* A <time> whose own words give another day than its datetime, more
 * than a time zone apart (<time datetime="2019-07-03T10:18Z">Publié le
 * 29 juin 2019</time>): the template stamped it with another moment
 * (an edit, the build); what the reader is told is the text, which
 * the blocks hold. */
static int
time_text_disagrees(const xmlNode *n, const char *datetime)
{
	const struct node_info *i = dom_info(n);
	struct buf	 t = BUF_INIT;
	struct date	 attr, text;
	size_t		 start, end;
	int		 apart = 0;

	/* A few words in a few elements; the measure says so without a
	 * walk (pages nest <time> in <time> by the thousand). */
	if (i == NULL || i->text > 80 || i->end - i->order > 16 ||
	    !date_parse(datetime, strlen(datetime), DATE_ORDER_UNKNOWN,
	    &attr) || attr.year == 0 || attr.day == 0)
		return 0;
	dom_text(n, &t);
	if (t.len > 0 && t.len < 80 && date_find(t.data, t.len,
	    DATE_ORDER_UNKNOWN, &text, &start, &end) && text.year != 0 &&
	    text.day != 0) {
		long	 d = date_days(text.year, text.month, text.day) -
		    date_days(attr.year, attr.month, attr.day);
		apart = d > 1 || d < -1;
	}
	buf_free(&t);
	return apart;
}

/* Machine dates an element carries: <time datetime>, and the attributes
 * that date widgets use (data-date-time, title on an <abbr
 * class="published">, content). */
static void
find_stamp(struct seg_ctx *c, const xmlNode *n)
{
	static const char *const attrs[] = { "datetime", "data-date-time",
	    "data-datetime", "data-date", "data-published", "content",
	    "title" };
	const struct node_info	*i = dom_info(n);
	const char		*v;
	size_t			 k;

	if (dom_is(n, "time") && (v = dom_attr(n, "datetime")) != NULL) {
		if (!time_text_disagrees(n, v))
			add_stamp(c, v);
		return;
	}
	if (i == NULL || !(i->hints & HINT_DATE))
		return;
	for (k = 0; k < sizeof(attrs) / sizeof(attrs[0]); k++)
		if ((v = dom_attr(n, attrs[k])) != NULL && *v != '\0') {
			add_stamp(c, v);
			return;
		}
}

/* A table row of data, not of layout: short cells without blocks. */
static int
is_data_row(const xmlNode *tr)
{
	const struct node_info	*i = dom_info(tr);
	const xmlNode		*k;
	unsigned		 cells = 0;

	if (i == NULL)
		return 0;
	for (k = tr->children; k != NULL; k = k->next)
		if (dom_tag_flags(k) & TAG_CELL)
			cells++;
	return cells >= 2 && i->blocks == cells && i->text <= 100 * cells;
}

static int
is_cell_in_row(const struct seg_ctx *c, const xmlNode *n)
{
	return c->row != NULL && n->parent == c->row &&
	    (dom_tag_flags(n) & TAG_CELL);
}

static void
count_block(struct seg_ctx *c, const xmlNode *n, int delta)
{
	const char	*name = (const char *)n->name;

	if (dom_tag_flags(n) & TAG_HEADING)
		c->heading = delta > 0 ? name[1] - '0' : 0;
	else if (strcmp(name, "pre") == 0 || strcmp(name, "xmp") == 0)
		c->pre += (unsigned)delta;
	else if (strcmp(name, "blockquote") == 0)
		c->quote += (unsigned)delta;
	else if (strcmp(name, "li") == 0)
		c->items += (unsigned)delta;
	else if (strcmp(name, "figcaption") == 0 ||
	    strcmp(name, "caption") == 0)
		c->caption += (unsigned)delta;
	else if (strcmp(name, "figure") == 0)
		c->figure += (unsigned)delta;
	else if (strcmp(name, "tr") == 0) {
		if (delta > 0 && c->row == NULL && is_data_row(n))
			c->row = (xmlNode *)n;
		else if (delta < 0 && c->row == n)
			c->row = NULL;
	}
}

/* --- links and images (--links, --images) ------------------------------ */

static struct mark *
add_mark(struct mark **v, size_t *n, size_t *cap)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*v = xrealloc(*v, *cap * sizeof(**v));
	}
	memset(&(*v)[*n], 0, sizeof(**v));
	return &(*v)[(*n)++];
}

/* A link's text is the text added between its start and its end, when
 * no block ended in between (a link around a block is no inline link). */
static void
mark_link(struct seg_ctx *c, const xmlNode *n, int leaving)
{
	struct mark	*m;

	if (!leaving) {
		m = add_mark(&c->open, &c->nopen, &c->capopen);
		m->seg = c->nsegs;
		m->start = c->text.len;
		m->node = n;
		return;
	}
	if (c->nopen == 0 || c->open[c->nopen - 1].node != n)
		return;
	m = &c->open[--c->nopen];
	if (m->seg != c->nsegs || m->start < c->start ||
	    c->text.len <= m->start)
		return;
	m->end = c->text.len;
	m->url = dom_attr(n, "href");
	*add_mark(&c->links, &c->nlinks, &c->caplinks) = *m;
}

/* Where lazy-loading pages keep the real address. */
static const char *
image_url(const xmlNode *n)
{
	static const char *const attrs[] = { "data-src", "data-original",
	    "data-lazy-src", "data-srcset", "srcset", "src" };
	const char	*v;
	size_t		 k;

	for (k = 0; k < sizeof(attrs) / sizeof(attrs[0]); k++)
		if ((v = dom_attr(n, attrs[k])) != NULL && *v != '\0' &&
		    strncmp(v, "data:", 5) != 0)
			return v;
	return NULL;
}

static void
mark_image(struct seg_ctx *c, const xmlNode *n)
{
	struct mark	*m;
	const char	*url;

	if ((url = image_url(n)) == NULL)
		return;
	m = add_mark(&c->images, &c->nimages, &c->capimages);
	m->seg = c->nsegs;
	m->url = url;
	m->node = n;
	m->owner = c->depth > 0 ? dom_info(c->stack[c->depth - 1]) : NULL;
}

/* A heading's permalink anchor on documentation sites: <a href="#id">¶
 * </a>.  A mark, not text. */
static int
is_permalink_mark(const xmlNode *n)
{
	static const char *const marks[] = { "\xc2\xb6", "\xc2\xa7",
	    "#", "\xf0\x9f\x94\x97" };	/* ¶ § # 🔗 */
	const char	*href, *t;
	size_t		 k;

	if (!dom_is(n, "a") || (href = dom_attr(n, "href")) == NULL ||
	    href[0] != '#' || n->children == NULL ||
	    n->children != n->last || n->children->type != XML_TEXT_NODE ||
	    (t = (const char *)n->children->content) == NULL)
		return 0;
	while (*t == ' ' || *t == '\n' || *t == '\t')
		t++;
	for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++)
		if (strncmp(t, marks[k], strlen(marks[k])) == 0 &&
		    t[strspn(t + strlen(marks[k]), " \n\t") +
		    strlen(marks[k])] == '\0')
			return 1;
	return 0;
}

static enum dom_step
seg_visit(xmlNode *n, int leaving, void *arg)
{
	struct seg_ctx	*c = arg;
	unsigned	 f;

	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (!leaving && n->content != NULL &&
		    !(c->noscript && looks_like_markup(n->content)))
			append_text(c, (const char *)n->content);
		return DOM_SKIP;
	}
	if (n->type != XML_ELEMENT_NODE || dom_info(n) == NULL)
		return DOM_SKIP;
	f = dom_tag_flags(n);
	if (f & TAG_DROP)
		return DOM_SKIP;
	if (is_permalink_mark(n))	/* entered and left unseen */
		return DOM_SKIP;
	if (dom_is_link(n)) {
		/* Links set side by side ("<a>08/08/2017</a><a>by Ann</a>")
		 * are items a style sheet spaces apart, not one word. */
		if (!leaving && !c->pre && n->prev != NULL &&
		    n->prev->type == XML_ELEMENT_NODE && dom_is_link(n->prev) &&
		    c->text.len > c->start &&
		    c->text.data[c->text.len - 1] != ' ')
			buf_putc(&c->text, ' ');
		if (!leaving)
			c->in_link++;
		else if (c->in_link > 0)
			c->in_link--;
		if (c->want_links)
			mark_link(c, n, leaving);
	}
	if (c->want_images && !leaving && dom_is(n, "img"))
		mark_image(c, n);
	if (dom_is(n, "noscript")) {
		if (!leaving)
			c->noscript++;
		else if (c->noscript > 0)
			c->noscript--;
	}
	if (!leaving)
		find_stamp(c, n);
	if (f & TAG_BREAK) {
		if (leaving)
			return DOM_SKIP;
		if (c->pre)
			buf_putc(&c->text, '\n');
		else if (c->row == NULL)
			flush(c);
		return DOM_SKIP;
	}
	if (!(f & TAG_BLOCK))
		return DOM_DESCEND;
	if (is_cell_in_row(c, n)) {
		if (!leaving && c->text.len > c->start)
			buf_puts(&c->text, " | ");
		return DOM_DESCEND;
	}
	flush(c);
	if (leaving) {
		count_block(c, n, -1);
		c->depth--;
	} else {
		count_block(c, n, 1);
		push(c, n);
	}
	return DOM_DESCEND;
}

/* Measure root and cut it into blocks; with o, note links and images
 * as asked. */
static void
segment(xmlNode *root, struct seg_ctx *c, struct dom_measure *m,
    const struct extract_opts *o)
{
	memset(c, 0, sizeof(*c));
	c->want_links = o != NULL && o->links;
	c->want_images = o != NULL && o->images;
	dom_measure(root, m);
	dom_walk(root, seg_visit, c);
	flush(c);
}

static void
segments_free(struct seg_ctx *c, struct dom_measure *m)
{
	dom_measure_free(m);
	buf_free(&c->text);
	free(c->segs);
	free(c->stack);
	free(c->stamps);
	free(c->links);
	free(c->images);
	free(c->open);
}

/* --- scoring ----------------------------------------------------------- */

static float
tag_weight(const xmlNode *n, const struct node_info *i)
{
	static const struct {
		const char	*tag;
		float		 w;
	} w[] = {
		{ "div", 5 }, { "article", 10 }, { "main", 5 },
		{ "section", 2 }, { "pre", 3 }, { "td", 3 },
		{ "blockquote", 3 }, { "address", -3 }, { "ol", -3 },
		{ "ul", -3 }, { "dl", -3 }, { "dd", -3 }, { "dt", -3 },
		{ "li", -3 }, { "form", -3 }, { "th", -5 }, { "h1", -5 },
		{ "h2", -5 }, { "h3", -5 }, { "h4", -5 }, { "h5", -5 },
		{ "h6", -5 },
	};
	size_t	 k;
	float	 s = (float)hints_weight(n);

	if (i->hints & HINT_BODY)
		s += 30;
	for (k = 0; k < sizeof(w) / sizeof(w[0]); k++)
		if (strcmp((const char *)n->name, w[k].tag) == 0)
			return s + w[k].w;
	return s;
}

static void
add_score(struct node_info *i, float s)
{
	if (!i->scored) {
		i->scored = 1;
		i->score = tag_weight(i->node, i);
	}
	i->score += s;
}

static float
link_density(const struct node_info *i)
{
	return i->text ? (float)i->link / (float)i->text : 0;
}

/* One line of --explain for a container. */
static void
explain_node(struct buf *ex, const char *what, const struct node_info *i)
{
	if (ex == NULL)
		return;
	buf_printf(ex, "%s: ", what);
	dom_describe(i->node, ex);
	buf_printf(ex, " score %.1f, %u characters, %u in links\n",
	    i->scored ? (double)i->score : 0.0, i->text, i->link);
}

/* Give each block's prose to the containers above it. */
static void
score_segments(struct seg_ctx *c, xmlNode *body)
{
	size_t		 k;
	int		 level;
	xmlNode		*n;
	float		 s;

	for (k = 0; k < c->nsegs; k++) {
		const struct seg *g = &c->segs[k];

		if (g->chars < 25 || g->kind == BLOCK_HEADING ||
		    g->kind == BLOCK_CAPTION || g->owner == NULL)
			continue;
		s = 1 + (float)g->commas + (g->chars >= 300 ? 3 :
		    (float)(g->chars / 100));
		if (g->chars)
			s *= 1 - (float)g->link / (float)g->chars;
		n = g->owner->node;
		/* A paragraph-like owner passes its score up; an owner that
		 * mixes text and blocks is a candidate itself. */
		if (g->owner->blocks == 0 && n != body)
			n = n->parent;
		for (level = 0; n != NULL && level < 5 &&
		    dom_info(n) != NULL; level++, n = n->parent) {
			add_score(dom_info(n), s / (level == 0 ? 1 :
			    level == 1 ? 2 : (float)level * 3));
			if (n == body)
				break;
		}
	}
}

static int
contains(const struct node_info *a, const struct node_info *b)
{
	return a->order <= b->order && b->order < a->end;
}

#define NTOP 5
#define SMALL_TEXT 200	/* characters below which a container is small */
#define GOOD_PROSE 80	/* characters of a paragraph of real prose */

/* The thresholds each mode draws its lines with. */
struct tuning {
	float		 block_links;	/* a block this much linked goes */
	float		 container_links; /* a container this much linked goes */
	int		 widen;		/* gather an article cut in parts */
	unsigned	 widen_pct;	/* prose share of what widening adds */
	unsigned	 lead_min;	/* characters of a lead paragraph */
	int		 orphans;	/* drop headings left without content */
};

static const struct tuning tunings[] = {
	[EXTRACT_BALANCED] =	{ 0.5f, 0.2f, 1, 75, 50, 1 },
	[EXTRACT_PRECISION] =	{ 0.35f, 0.15f, 0, 90, 80, 1 },
	[EXTRACT_RECALL] =	{ 0.7f, 0.35f, 1, 60, 30, 0 },
};
#define WIDEN_MIN 300	/* prose a wider container must add: more than
			   one author bio or site blurb */

/* The best containers by final score, best first. */
static size_t
top_candidates(struct dom_measure *m, struct node_info **top)
{
	size_t	 k, j, n = 0;

	for (k = 0; k < m->n; k++) {
		struct node_info *i = &m->info[k];

		if (!i->scored)
			continue;
		i->score *= 1 - link_density(i);
		/* A class name worth +25 makes no article of a caption: a
		 * container's score counts fully only with prose under it. */
		if (i->text < SMALL_TEXT)
			i->score *= (float)i->text / SMALL_TEXT;
		for (j = n; j > 0 && top[j - 1]->score < i->score; j--)
			if (j < NTOP)
				top[j] = top[j - 1];
		if (j < NTOP) {
			top[j] = i;
			if (n < NTOP)
				n++;
		}
	}
	return n;
}

/* Readability's rule: when three of the strongest candidates share an
 * ancestor with the best, the article is that ancestor. */
static struct node_info *
shared_ancestor(struct node_info **top, size_t ntop, xmlNode *body)
{
	struct node_info	*alt[NTOP], *best = top[0], *a;
	size_t			 nalt = 0, k, hits;
	xmlNode			*p;

	for (k = 0; k < ntop; k++)
		if (top[k]->score >= 0.75f * best->score)
			alt[nalt++] = top[k];
	if (nalt < 3)
		return best;
	for (p = best->node->parent; p != NULL && p != body; p = p->parent) {
		if ((a = dom_info(p)) == NULL)
			break;
		for (k = hits = 0; k < nalt; k++)
			hits += contains(a, alt[k]);
		if (hits >= 3)
			return a;
	}
	return best;
}

/* Climb while a parent scores about as well: the article's wrapper
 * usually collects more of its prose than any one part. */
static struct node_info *
climb(struct node_info *top, xmlNode *body)
{
	float		 last = top->score, threshold = top->score / 3;
	xmlNode		*p;
	struct node_info *pi;

	for (p = top->node->parent; p != NULL && p != body; p = p->parent) {
		if ((pi = dom_info(p)) == NULL)
			break;
		if (!pi->scored)
			continue;
		if (pi->score < threshold)
			break;
		if (pi->score > last) {
			top = pi;
			break;
		}
		last = pi->score;
	}
	/* An only child says nothing its parent does not. */
	for (p = top->node->parent; p != NULL && p != body &&
	    dom_info(p) != NULL; p = p->parent) {
		const xmlNode *k;
		int elems = 0;

		for (k = p->children; k != NULL; k = k->next)
			if (k->type == XML_ELEMENT_NODE)
				elems++;
		if (elems != 1)
			break;
		top = dom_info(p);
	}
	return top;
}

/*
 * An article cut into several containers (sections between images, a
 * second body after an inline box) is gathered by climbing while what
 * each step adds is mostly real prose; a step that brings in menus,
 * teasers or link lists stops the climb.
 */
static struct node_info *
widen_to_prose(struct node_info *best, xmlNode *body,
    const struct tuning *tune)
{
	struct node_info	*cur = best, *pi;
	xmlNode			*p;
	unsigned		 add_good, add_text;

	/* Never as far as <body>: what sits directly in it is the page,
	 * not the article. */
	for (p = best->node->parent; p != NULL && p != body &&
	    (pi = dom_info(p)) != NULL; p = p->parent) {
		add_good = pi->good - cur->good;
		add_text = pi->text - cur->text;
		if (add_text > 0 && (add_good < WIDEN_MIN ||
		    add_good * 100 < add_text * tune->widen_pct))
			break;
		if (add_text > 0)
			best = pi;
		cur = pi;
	}
	return best;
}

static int
ends_sentence(const char *s, size_t len)
{
	while (len > 0 && is_space((unsigned char)s[len - 1]))
		len--;
	return len > 0 && (s[len - 1] == '.' || s[len - 1] == '!' ||
	    s[len - 1] == '?' || s[len - 1] == ':' || s[len - 1] == '"');
}

static int
ends_with(const char *s, size_t len, char c)
{
	while (len > 0 && is_space((unsigned char)s[len - 1]))
		len--;
	return len > 0 && s[len - 1] == c;
}

static int
same_class(const xmlNode *a, const xmlNode *b)
{
	const char	*ca = dom_attr(a, "class"), *cb = dom_attr(b, "class");

	return ca != NULL && cb != NULL && *ca != '\0' && strcmp(ca, cb) == 0;
}

/* Readability's sibling rule: parts of the article that sit beside the
 * best container (a lead paragraph, a second body div). */
static int
sibling_belongs(const struct node_info *top, const xmlNode *s,
    struct buf *tmp)
{
	const struct node_info	*si = dom_info(s);
	float			 threshold, bonus = 0, ld;

	if (si == NULL)
		return 0;
	threshold = top->score * 0.2f > 10 ? top->score * 0.2f : 10;
	if (same_class(top->node, s))
		bonus = top->score * 0.2f;
	if (si->scored && si->score + bonus >= threshold)
		return 1;
	if (!dom_is(s, "p"))
		return 0;
	ld = link_density(si);
	if (si->text > 80 && ld < 0.25f)
		return 1;
	if (si->text > 0 && si->text <= 80 && si->link == 0) {
		buf_reset(tmp);
		dom_text(s, tmp);
		return ends_sentence(tmp->data, tmp->len);
	}
	return 0;
}

static void
mark_selected(struct node_info *top, xmlNode *body)
{
	xmlNode		*parent = top->node->parent, *s;
	struct buf	 tmp = BUF_INIT;

	top->state |= NODE_ROOT;
	if (top->node == body || parent == NULL || dom_info(parent) == NULL) {
		buf_free(&tmp);
		return;
	}
	for (s = parent->children; s != NULL; s = s->next)
		if (s != top->node && s->type == XML_ELEMENT_NODE &&
		    sibling_belongs(top, s, &tmp))
			dom_info(s)->state |= NODE_ROOT;
	buf_free(&tmp);
}

/* An article cut into sections by the template repeats the element that
 * holds each section: same tag, same class.  Those that score like a
 * part of the article join the chosen one, wherever they stand. */
static void
mark_parts(struct dom_measure *m, const struct node_info *first,
    const struct node_info *root)
{
	const char	*cls = dom_attr(first->node, "class");
	float		 min = first->score * 0.2f > 10 ? first->score * 0.2f : 10;
	size_t		 k;

	if (cls == NULL || *cls == '\0')
		return;
	for (k = 0; k < m->n; k++) {
		struct node_info *i = &m->info[k];
		const char *c;

		if (!i->scored || i->score < min || contains(root, i) ||
		    contains(i, root) ||
		    strcmp((const char *)i->node->name,
		    (const char *)first->node->name) != 0 ||
		    (c = dom_attr(i->node, "class")) == NULL ||
		    strcmp(c, cls) != 0)
			continue;
		i->state |= NODE_ROOT;
	}
}

static unsigned
prose(const struct node_info *i)
{
	return i->text - i->link;
}

/* Readability's conditional cleaning, for one container inside the
 * article: forms, link lists and other furniture without prose.  A
 * container that holds most of the article's prose is the article,
 * whatever its class says. */
static int
is_furniture(const struct node_info *i, const struct tuning *tune)
{
	const xmlNode	*n = i->node;
	int		 weight, is_list;
	float		 ld = link_density(i);

	if (!(dom_is(n, "div") || dom_is(n, "section") || dom_is(n, "ul") ||
	    dom_is(n, "ol") || dom_is(n, "table") || dom_is(n, "form") ||
	    dom_is(n, "fieldset") || dom_is(n, "aside") ||
	    dom_is(n, "header") || dom_is(n, "footer")))
		return 0;
	if ((i->hints & HINT_BODY) || prose(i) * 2 >= i->region)
		return 0;
	weight = hints_weight(n);
	if (weight < 0 && (float)weight + (i->scored ? i->score : 0) < 0)
		return 1;
	if (i->commas >= 10)
		return 0;
	/* Links around real paragraphs (a call to action, a share bar)
	 * do not make the paragraphs furniture: the block filter sees to
	 * the links. */
	if (i->good > 0)
		return 0;
	is_list = dom_is(n, "ul") || dom_is(n, "ol");
	if (!is_list && weight < 25 && ld > tune->container_links &&
	    i->text < 1000)
		return 1;
	if (ld > 0.5f)
		return 1;
	return 0;
}

/* A paragraph of real prose: long, hardly linked. */
static int
is_good_prose(const struct seg *g)
{
	return g->chars >= GOOD_PROSE && g->link * 10 < g->chars &&
	    g->kind != BLOCK_HEADING;
}

/* Sum the characters of real prose below every element: owners first,
 * then children into parents in reverse preorder, so it stays linear. */
static void
count_good(struct dom_measure *m, const struct seg_ctx *c)
{
	size_t			 k;
	struct node_info	*p;

	for (k = 0; k < c->nsegs; k++)
		if (c->segs[k].owner != NULL && is_good_prose(&c->segs[k]))
			c->segs[k].owner->good += c->segs[k].chars;
	for (k = m->n; k-- > 0;)
		if (m->info[k].node->parent != NULL &&
		    (p = dom_info(m->info[k].node->parent)) != NULL)
			p->good += m->info[k].good;
}

/* One preorder pass over the measured elements: what is in, what is out.
 * A parent always comes before its children in the array. */
static void
mark_regions(struct dom_measure *m, const struct tuning *tune,
    struct buf *ex)
{
	size_t	 k;

	for (k = 0; k < m->n; k++) {
		struct node_info *i = &m->info[k], *p;

		p = i->node->parent != NULL ? dom_info(i->node->parent) : NULL;
		if (p != NULL) {
			i->state |= p->state & (NODE_IN | NODE_OUT);
			i->region = p->region;
		}
		if (i->state & NODE_ROOT) {
			i->state |= NODE_IN;
			i->region = prose(i);
		}
		else if ((i->state & NODE_IN) && !(i->state & NODE_OUT) &&
		    is_furniture(i, tune)) {
			i->state |= NODE_OUT;
			explain_node(ex, "clean", i);
		}
	}
}

static int
seg_in(const struct seg *g)
{
	return g->owner != NULL && (g->owner->state & NODE_IN) &&
	    !(g->owner->state & NODE_OUT);
}

/* --- cleaning single blocks ---------------------------------------------- */

struct filter {
	struct article	*a;
	const struct extract_opts *opts;
	const struct tuning *tune;
	enum date_order	 order;		/* how to read 06/07/2024 here */
	struct buf	 title;		/* normalized, for comparison */
	struct buf	 author;
	struct buf	 tmp;
	size_t		 kept;		/* content blocks so far */
	int		 at_end;	/* the block is the content's last */
	int		 author_is_site; /* the markup's author names the site:
					   a byline on the page names the
					   person */
};

/* Case-insensitive for ASCII, exact otherwise: enough to spot the title
 * repeated as a heading. */
static int
same_text(const char *a, const char *b)
{
	for (; *a != '\0' && *b != '\0'; a++, b++) {
		char ca = *a, cb = *b;
		if (ca >= 'A' && ca <= 'Z')
			ca |= 0x20;
		if (cb >= 'A' && cb <= 'Z')
			cb |= 0x20;
		if (ca != cb)
			return 0;
	}
	return *a == *b;
}

/* A line of at most a dozen words with no sentence outside its date. */
static int
is_meta_line(const char *s, size_t len, size_t dstart, size_t dend)
{
	size_t	 k, words = 1;

	if (len > 100)
		return 0;
	for (k = 0; k < len; k++) {
		if (k >= dstart && k < dend)
			continue;
		if (s[k] == ' ')
			words++;
		if ((s[k] == '.' || s[k] == '!' || s[k] == '?') &&
		    (k + 1 == len || s[k + 1] == ' ') && k > 0 &&
		    !(s[k - 1] >= '0' && s[k - 1] <= '9'))
			return 0;
	}
	return words <= 12;
}

/* "16:20", "9:45", "5:00 AM", "16:20 Uhr": a clock time and nothing
 * more. */
static int
is_bare_time(const char *t, size_t len)
{
	static const char *const marks[] = { "am", "pm", "a.m.", "p.m.",
	    "uhr", "h" };
	size_t	 k, colon = 0, digits = 0, end, m;

	while (len > 0 && t[len - 1] == ' ')
		len--;
	for (k = 0; k < len; k++) {
		if (t[k] >= '0' && t[k] <= '9')
			digits++;
		else if ((t[k] == ':' || t[k] == '.') && colon == 0)
			colon = k;
		else
			break;
	}
	end = k;
	/* "9.45" alone is a number: a dot needs "pm" or "Uhr" after. */
	if (colon > 0 && t[colon] == '.' && end == len)
		return 0;
	if (!(colon > 0 && colon <= 2 && digits >= 3 && digits <= 4 &&
	    end - colon - 1 == 2))
		return 0;
	if (end == len)
		return 1;
	if (t[end] == ' ')
		end++;
	for (m = 0; m < sizeof(marks) / sizeof(marks[0]); m++)
		if (len - end == strlen(marks[m]) &&
		    strncasecmp(t + end, marks[m], len - end) == 0)
			return 1;
	return 0;
}

/* The words of t[0, len): runs of characters between spaces. */
static size_t
count_words(const char *t, size_t len)
{
	size_t	 k, words = 0;

	for (k = 0; k < len; k++)
		words += t[k] != ' ' && (k == 0 || t[k - 1] == ' ');
	return words;
}

/* A relative date in t[0, len) of at most maxwords words. */
static int
is_short_relative(const char *t, size_t len, size_t maxwords)
{
	static const struct date ref = { 2000, 1, 1, 12, 0, 0, 0, 0 };
	struct date	 d;

	return count_words(t, len) <= maxwords &&
	    date_relative(t, len, &ref, &d);
}

/* "2 hours ago", "vor 3 Tagen", "вчера": a relative date of three words
 * at most, and nothing else. */
static int
is_bare_relative(const char *t, size_t len)
{
	return is_short_relative(t, len, 3);
}

/* A word that stands beside dates on a date line: a separator, a time
 * ("05:25", "9.45pm"), "AM", a zone ("CST"). */
static int
is_date_filler(const char *w, size_t n)
{
	size_t	 k, caps = 0;

	if (strspn(w, "/|-,:\xc2\xb7\xe2\x80\x93\x94\xa2") >= n)
		return 1;	/* separators: / | - , : · – — • */
	if (w[0] >= '0' && w[0] <= '9')
		return 1;
	if ((n == 2 || n == 4) && (strncasecmp(w, "am", 2) == 0 ||
	    strncasecmp(w, "pm", 2) == 0 || strncasecmp(w, "a.m.", n) == 0 ||
	    strncasecmp(w, "p.m.", n) == 0))
		return 1;
	for (k = 0; k < n; k++)
		caps += w[k] >= 'A' && w[k] <= 'Z';
	return n <= 4 && caps == n;
}

/* "Posted: Nov 20, 2020 / 05:25 PM CST / Updated: Nov 20, 2020 / 07:16
 * PM CST": two dates or more with their times and labels, and at most
 * three words besides. */
static int
is_dates_line(const char *text, size_t len)
{
	struct date	 d;
	size_t		 start, end, pos = 0, k, w, labels = 0;
	int		 dates = 0;
	char		 rest[256];
	size_t		 rn = 0;

	while (pos < len && date_find(text + pos, len - pos, DATE_ORDER_DMY,
	    &d, &start, &end)) {
		if (d.year == 0 || rn + start + 1 >= sizeof(rest))
			return 0;
		memcpy(rest + rn, text + pos, start);
		rn += start;
		rest[rn++] = ' ';
		pos += end;
		dates++;
	}
	if (dates < 2 || rn + (len - pos) >= sizeof(rest))
		return 0;
	memcpy(rest + rn, text + pos, len - pos);
	rn += len - pos;
	rest[rn] = '\0';
	for (k = 0; k < rn; k += w) {
		while (k < rn && rest[k] == ' ')
			k++;
		for (w = 0; k + w < rn && rest[k + w] != ' '; w++)
			continue;
		/* Little words do not count: "le", "à", "am", "on". */
		if (w > 2 && !is_date_filler(rest + k, w) && ++labels > 3)
			return 0;
	}
	return 1;
}

/* A line that is a date and little else ("Published: 21.06.2024, 13:32").
 * Either reading of 06/07/2024 makes it a date line. */
static int
is_date_line(const char *text, size_t len, unsigned chars)
{
	static const enum date_order orders[] = { DATE_ORDER_DMY,
	    DATE_ORDER_MDY };
	struct date	 d;
	size_t		 start, end, k;

	const char	*colon;

	if (len == 0 || chars > 120)
		return 0;
	/* "Monday", "16:20", "2 hours ago", alone: a date strip's day, a
	 * news ticker's time. */
	if (chars <= 20 && (date_is_weekday(text, len) ||
	    is_bare_time(text, len) || is_bare_relative(text, len)))
		return 1;
	if (chars > 60)
		return is_dates_line(text, len);
	/* "Veröffentlichung: 2. Februar 2022": the label does not count;
	 * "Updated: 9.45pm" is a time alone. */
	if ((colon = memchr(text, ':', len < 30 ? len : 30)) != NULL &&
	    colon[1] == ' ') {
		len -= (size_t)(colon + 2 - text);
		text = colon + 2;
		if (chars <= 40 && is_bare_time(text, len))
			return 1;
	}
	/* "21 jun 2024, 13:32 · Atualizado há 3 horas": an update told
	 * as a relative date after the date is part of the line. */
	for (k = 0; k < 2; k++)
		if (date_find(text, len, orders[k], &d, &start, &end))
			return d.year != 0 && ((end - start) * 10 >= len * 5 ||
			    is_dates_line(text, len) || (start <= 12 &&
			    len - end <= 40 &&
			    is_short_relative(text + end, len - end, 5)));
	return 0;
}

/* "Nachricht vom 06.11.2023", "Aktualisiert am 06. Mär. 2023": two
 * words at most and then a date that ends the line, a time aside.  Only
 * above the story: closing it, "First published February 1, 2016" is
 * the story's own line. */
static int
is_labelled_date(const char *text, size_t len, unsigned chars)
{
	struct date	 d;
	size_t		 start, end;

	if (chars > 50 || !date_find(text, len, DATE_ORDER_DMY, &d, &start,
	    &end) || d.year == 0 || start == 0)
		return 0;
	while (end < len && text[end] == ' ')
		end++;
	return count_words(text, start) <= 2 && (end == len ||
	    is_bare_time(text + end, len - end));
}

/* "PTI | July 9, 2020 | Updated 08:24 IST": parts between bars, one a
 * date, the others names, agencies or labelled times. */
static int
is_meta_parts(const char *t, unsigned chars)
{
	struct date	 d;
	const char	*bar, *p;
	size_t		 n, start, end, parts = 0;
	int		 dates = 0;

	if (chars > 80 || strstr(t, " | ") == NULL)
		return 0;
	for (p = t; p != NULL; p = bar != NULL ? bar + 3 : NULL) {
		bar = strstr(p, " | ");
		n = bar != NULL ? (size_t)(bar - p) : strlen(p);
		if (n == 0 || n > 40)
			return 0;
		parts++;
		if (date_find(p, n, DATE_ORDER_DMY, &d, &start, &end) &&
		    d.year != 0)
			dates++;
		else if (!byline_looks_like_name(p, n))
			return 0;
	}
	return parts >= 2 && parts <= 4 && dates == 1;
}

/* "Follow AP's coverage of the war at https://apnews.com/hub/…": the
 * story's last line asks to go to an address it ends with. */
static int
is_link_call(const char *t)
{
	static const char *const verbs[] = { "follow", "read", "find",
	    "see", "watch", "listen", "sign", "subscribe", "get",
	    "download", "visit", "more" };
	const char	*last = strrchr(t, ' ');
	size_t		 w = strcspn(t, " ");

	if (last == NULL || !(strncmp(last + 1, "http://", 7) == 0 ||
	    strncmp(last + 1, "https://", 8) == 0 ||
	    strncmp(last + 1, "www.", 4) == 0))
		return 0;
	return str_is_one_of(t, w, verbs, sizeof(verbs) / sizeof(verbs[0]));
}

/* At most three words, no sentence's punctuation: a place or a job. */
static int
is_short_label(const char *t, size_t len)
{
	size_t	 k;

	for (k = 0; k < len; k++)
		if (strchr(".!?:;,", t[k]) != NULL)
			return 0;
	return len > 0 && count_words(t, len) <= 3;
}

/* "Hindustan Times, Bhubaneswar", "Environment correspondent, Example
 * News": the paper's name and the place it reports from or the
 * writer's job, a byline's second line.  f->tmp holds the block. */
static int
is_site_and_place(const struct filter *f, unsigned chars)
{
	const char	*site = f->a->site_name, *t = f->tmp.data;
	size_t		 n, len = f->tmp.len;

	if (site == NULL || chars > 60 || (n = strlen(site)) < 3 ||
	    len < n + 3)
		return 0;
	if (strncasecmp(t, site, n) == 0 && t[n] == ',' && t[n + 1] == ' ')
		return ((t[n + 2] >= 'A' && t[n + 2] <= 'Z') ||
		    (unsigned char)t[n + 2] >= 0xC0) &&
		    is_short_label(t + n + 2, len - n - 2);
	return strncasecmp(t + len - n, site, n) == 0 &&
	    t[len - n - 1] == ' ' && t[len - n - 2] == ',' &&
	    is_short_label(t, len - n - 2);
}

/* A colon, ASCII or ideographic, at s (NUL-terminated). */
static int
is_colon(const char *s)
{
	return *s == ':' || strncmp(s, "\xef\xbc\x9a", 3) == 0;
}

/* "04.02.2022 | 13:10 Uhr | Uta Helkenberg", "06.11.2023 13:30 von
 * Olga": near the top, the name after a date line's date is the
 * author's when the markup named none. */
/* The name after the date of a date line, as its offset and length in
 * f->tmp; 0 when there is none. */
static size_t
date_line_name(struct filter *f, size_t *off, size_t *datestart)
{
	struct date	 d;
	size_t		 start, end, n, at, k;
	const char	*rest;

	if (!date_find(f->tmp.data, f->tmp.len, DATE_ORDER_DMY, &d, &start,
	    &end))
		return 0;
	*datestart = start;
	rest = f->tmp.data + end;
	rest += strspn(rest, " |-–—·•,:");
	/* A clock time the date left behind: "13:10 Uhr |". */
	while (*rest >= '0' && *rest <= '9')
		rest += strspn(rest, "0123456789:.");
	if (strncasecmp(rest, " uhr", 4) == 0)
		rest += 4;
	rest += strspn(rest, " |-–—·•,:");
	if (*rest == '\0' || (n = byline_name(rest, &at)) == 0 ||
	    (!(rest[at] >= 'A' && rest[at] <= 'Z') &&
	    (unsigned char)rest[at] < 0xC0))
		return 0;
	/* A colon in the name or after it: "来源：新华网", "Quelle: dpa",
	 * "Güncelleme: 21.06.2024" are labels, no names. */
	for (k = at; k < at + n; k++)
		if (is_colon(rest + k))
			return 0;
	while (rest[k] == ' ')
		k++;
	if (is_colon(rest + k))
		return 0;
	/* "· Mis à jour le 22/06/2024": words that label a second date. */
	if (date_find(rest + k, strlen(rest + k), DATE_ORDER_DMY, &d, &start,
	    &end))
		return 0;
	*off = (size_t)(rest - f->tmp.data) + at;
	return n;
}

static void
name_after_date(struct filter *f)
{
	size_t	 off, n, ds;

	if (f->a->author != NULL || f->kept >= 5 ||
	    (n = date_line_name(f, &off, &ds)) == 0)
		return;
	f->a->author = arena_strndup(f->a->arena, f->tmp.data + off, n);
	f->a->ev.author = "byline";
	if (byline_is_no_author(f->a->author))
		f->a->author = NULL;
}

/* "11.12.2019 - Amelie Loevenich": a date, then a name and nothing
 * more, near the top of the story. */
static int
is_date_and_name(struct filter *f, unsigned chars)
{
	size_t	 off, n, ds;

	return chars <= 60 && f->kept < 5 &&
	    (n = date_line_name(f, &off, &ds)) > 0 && ds <= 2 &&
	    off + n == f->tmp.len && strchr(f->tmp.data + off, ' ') != NULL;
}

/* "Euer HansEhrlich", "Liebe Grüße, Anna" closing the story: the writer
 * signs it, when nothing else named the author.  The line stays. */
static void
signed_by(struct filter *f, unsigned chars)
{
	size_t	 start, n;

	if (f->a->author != NULL || chars > 60 ||
	    (n = byline_signature(buf_cstr(&f->tmp), &start)) == 0)
		return;
	f->a->author = arena_strndup(f->a->arena, f->tmp.data + start, n);
	f->a->ev.author = "signature";
	if (byline_is_no_author(f->a->author))
		f->a->author = NULL;
}

/* The story's last paragraph about its author: it opens with
 * the author's name and goes on with a verb in lower case ("Alice Wu
 * fell down the rabbit hole of politics aged 12, …", "Anna Berger ist
 * Redakteurin …").  f->tmp holds the block's text. */
static int
is_author_bio(const struct filter *f, unsigned chars)
{
	size_t	 n = f->author.len;
	const char *t = f->tmp.data;

	return n >= 5 && chars <= 600 && f->tmp.len > n + 2 &&
	    strchr(f->author.data, ';') == NULL &&
	    strncmp(t, f->author.data, n) == 0 && t[n] == ' ' &&
	    t[n + 1] >= 'a' && t[n + 1] <= 'z';
}

/* Near the top, or closing the story ("… geht weiter. / Von Cosima
 * Künzel"), the way German papers sign, the byline text[start, start +
 * n) names the author when the markup named none, only the site, or one
 * word ("L-MAG", "Nils": a handle or a brand) where the byline gives a
 * full name.  Returns 1: the block is a byline. */
static int
take_byline(struct filter *f, const char *text, size_t start, size_t n)
{
	if ((f->a->author == NULL || f->author_is_site ||
	    (strchr(f->a->author, ' ') == NULL &&
	    memchr(text + start, ' ', n) != NULL)) &&
	    (f->kept < 10 || f->at_end)) {
		f->author_is_site = 0;
		f->a->author = arena_strndup(f->a->arena, text + start, n);
		f->a->ev.author = "byline";
		if (byline_is_no_author(f->a->author))
			f->a->author = NULL;
	}
	return 1;
}

/* A short line that opens like a byline ("Von Daniela Obers", "By JANE
 * DOE", "이용민 기자"); near the top of the story it names the author when
 * the markup did not. */
static int
is_byline(const char *text, size_t len, unsigned chars, struct filter *f)
{
	size_t	 start, n;
	const char *comma;
	int	 signed_with_role;

	/* Closing the story, a label may sign a longer line with the
	 * author's role: "Autorin: Uta Staschewski, Projektleiterin der
	 * HSS in Tunesien." */
	signed_with_role = f->at_end && chars <= 120 && byline_labelled(text);
	/* "By Alex Heath, a deputy editor and author of …", "By Daniel
	 * Kahn Gillmor, Senior Staff Technologist, ACLU …": the byline with
	 * the author's role or a line of biography, near the top. */
	if (f->author.len > 0 && chars <= 300 && f->kept < 5 &&
	    (n = byline_opener_len(text)) > 0 &&
	    strncmp(text + n, f->author.data, f->author.len) == 0 &&
	    text[n + f->author.len] == ',')
		return 1;
	if (chars > 80 && !signed_with_role)
		return 0;
	if (f->author.len > 0 && strstr(text, f->author.data) != NULL &&
	    len <= f->author.len + 30)
		return 1;
	if (chars <= 60 && (n = byline_title_after(text, &start)) > 0)
		return take_byline(f, text, start, n);
	if (!byline_opens(text) || ((chars > 60 || ends_sentence(text, len)) &&
	    !signed_with_role))
		return 0;
	n = byline_name(text, &start);
	if (signed_with_role && n > 0 &&
	    (comma = memchr(text + start, ',', n)) != NULL)
		n = (size_t)(comma - (text + start));
	if (n > 0 && !byline_looks_like_name(text + start, n))
		return 0;	/* "Vom S-Bahnhof Potsdam mit der Tram …" */
	/* The name starts with a capital (or a non-ASCII letter). */
	if (n == 0 || (!(text[start] >= 'A' && text[start] <= 'Z') &&
	    (unsigned char)text[start] < 0xC0))
		return 0;
	return take_byline(f, text, start, n);
}


/* A heading that is a short kicker and then the title: "Thema
 * Verbraucherschutz Mehr Transparenz bei Preisanpassungen". */
static int
has_kicker(const struct filter *f)
{
	size_t	 len = f->tmp.len, tl = f->title.len;

	return tl >= 15 && len > tl && len - tl <= 40 &&
	    f->tmp.data[len - tl - 1] == ' ' &&
	    memcmp(f->tmp.data + len - tl, f->title.data, tl) == 0;
}

/* 1 when the title is "text SEP something" or "something SEP text". */
static int
is_title_part(const char *text, size_t len, const struct filter *f)
{
	static const char *const seps[] = { " - ", " | ", " – ", " — ",
	    " :: ", " · ", " » " };
	const char	*t = f->title.data;
	size_t		 tl = f->title.len, k, sl;

	if (len < 12 || len >= tl)
		return 0;
	for (k = 0; k < sizeof(seps) / sizeof(seps[0]); k++) {
		sl = strlen(seps[k]);
		if (tl < len + sl)
			continue;
		if (strncmp(t, text, len) == 0 &&
		    strncmp(t + len, seps[k], sl) == 0)
			return 1;
		if (strcmp(t + tl - len, text) == 0 &&
		    strncmp(t + tl - len - sl, seps[k], sl) == 0)
			return 1;
	}
	return 0;
}

/* A block that starts with one of the site's own boilerplate phrases
 * (--rules) and is not much longer than it. */
static int
is_rule_phrase(const char *text, const char *const *phrases)
{
	size_t	 n, len = strlen(text);

	for (; phrases != NULL && *phrases != NULL; phrases++)
		if ((n = strlen(*phrases)) <= len && len <= 2 * n + 20 &&
		    strncasecmp(text, *phrases, n) == 0)
			return 1;
	return 0;
}

/* "350", "1.2K" alone in a paragraph: a count of comments, views or
 * shares, or a chart's axis, not a sentence of the story. */
static int
is_bare_count(const char *t, size_t len)
{
	size_t	 k, digits = 0;

	while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == '\n'))
		len--;
	/* "1." numbers the item that follows. */
	if (len == 0 || len > 6 || t[len - 1] == '.')
		return 0;
	for (k = 0; k < len; k++) {
		if (t[k] >= '0' && t[k] <= '9')
			digits++;
		else if (strchr(" .,kKM", t[k]) == NULL)
			return 0;
	}
	return digits > 0;
}

/* "Quelle: dpa", "2024-06-21 来源：新华网": a label names the source.
 * Whether the line stays is for the other rules. */
static void
read_source_label(struct filter *f, const char *text, size_t len)
{
	size_t	 start, end;

	if (f->a->label_agency == NULL &&
	    agency_label(text, len, &start, &end) != NULL)
		f->a->label_agency = arena_strndup(f->a->arena, text + start,
		    end - start);
}

/* text[0, len) opens with "©" after any blanks; or, when spelt is set,
 * with the word "Copyright" and then "©", "(c)" or a year. */
static int
opens_with_copyright(const char *text, size_t len, int spelt)
{
	size_t	 k = 0;

	while (k < len && (text[k] == ' ' || text[k] == '\n'))
		k++;
	if (spelt && k + 10 < len &&
	    strncasecmp(text + k, "copyright ", 10) == 0) {
		k += 10;
		if (text[k] >= '0' && text[k] <= '9')
			return 1;
		if (k + 3 <= len && strncasecmp(text + k, "(c)", 3) == 0)
			return 1;
	}
	return k + 2 <= len && memcmp(text + k, "\xc2\xa9", 2) == 0;
}

/* Why a block in the article is furniture after all, or NULL to keep
 * it. */
static const char *
drop_reason(const struct seg *g, const char *text, struct filter *f)
{
	float	 ld = g->chars ? (float)g->link / (float)g->chars : 0;
	size_t	 plen;

	if (g->kind == BLOCK_CAPTION && f->opts->no_captions)
		return "caption (--no-captions)";
	if (g->chars < 120 && g->kind != BLOCK_CAPTION)
		read_source_label(f, text, g->len);
	/* Mostly links, unless its own words make a clause ("Thanks to
	 * evilpie, users can now import logins from Keepass(XC)"). */
	if (ld >= f->tune->block_links && (g->chars < 300 || ld >= 0.8f) &&
	    !(ld < 0.8f && g->chars - g->link >= 40))
		return "mostly links";
	/* Short, linked, or no sentence (a label, a credit, a call to
	 * action ending in "!"): the phrase makes it furniture. */
	if (g->chars < 120 && hints_boiler_phrase(text, g->len, &plen) &&
	    (g->chars < 50 || ld >= 0.3f || (g->chars < 100 &&
	    (!ends_sentence(text, g->len) || ends_with(text, g->len, '!')))))
		return "boilerplate phrase";
	if (g->chars < 250 && g->kind != BLOCK_PRE &&
	    hints_page_notice(text, g->len))
		return "a notice about the page";
	if (g->kind == BLOCK_PARAGRAPH && is_bare_count(text, g->len))
		return "a counter";
	/* "© Franca Wohlt": a picture's credit on a line of its own;
	 * "Copyright © ANTARA 2024" closing the story (a licence's text
	 * opens with one).  In plain text such a line may end the page's
	 * footer: textin.c. */
	if (g->chars <= 60 && opens_with_copyright(text, g->len, f->at_end))
		return "a credit line";

	if (g->kind == BLOCK_PRE)
		return NULL;
	buf_reset(&f->tmp);
	norm_text(text, g->len, 0, &f->tmp);
	if (f->at_end && is_author_bio(f, g->chars))
		return "the author's biography";
	if (f->at_end)
		signed_by(f, g->chars);
	if (is_rule_phrase(buf_cstr(&f->tmp), f->opts->phrases))
		return "a boilerplate phrase of the site's rules";
	if (f->title.len > 0 && (g->kind == BLOCK_HEADING || f->kept < 3)) {
		if (same_text(buf_cstr(&f->tmp), f->title.data) ||
		    (g->kind == BLOCK_HEADING && f->kept == 0 && has_kicker(f)))
			return "the title";
		if (is_title_part(f->tmp.data, f->tmp.len, f)) {
			/* "Site - Headline" in <title>, "Headline" in the
			 * page: the page shows which part is the headline. */
			f->a->title = article_strdup(f->a, f->tmp.data);
			f->a->ev.title = "visible text";
			buf_reset(&f->title);
			buf_puts(&f->title, f->tmp.data);
			return "the title";
		}
	}
	if (f->kept < 3 && is_site_and_place(f, g->chars))
		return "the paper and its place";
	if (is_date_line(f->tmp.data, f->tmp.len, g->chars) ||
	    is_date_and_name(f, g->chars) || (f->kept < 2 &&
	    is_labelled_date(buf_cstr(&f->tmp), f->tmp.len, g->chars))) {
		name_after_date(f);
		return "a date line";
	}
	if (f->kept < 3 && g->kind == BLOCK_PARAGRAPH &&
	    is_meta_parts(buf_cstr(&f->tmp), g->chars))
		return "a line of the story's metadata";
	/* A caption that credits the author for the picture ("Dig a hole
	 * in the oasis. (Lucy Akins)") describes the picture. */
	if (g->kind != BLOCK_CAPTION &&
	    is_byline(buf_cstr(&f->tmp), f->tmp.len, g->chars, f))
		return "the byline";
	return NULL;
}

/* How numeric dates read in the page's language: en-US writes 06/21,
 * most of the world 21.06; plain "en" could be either. */
static enum date_order
order_for_lang(const char *lang)
{
	if (lang == NULL || strncasecmp(lang, "en", 2) == 0)
		return lang != NULL && strncasecmp(lang, "en-us", 5) == 0 ?
		    DATE_ORDER_MDY : DATE_ORDER_UNKNOWN;
	return DATE_ORDER_DMY;
}

static void
filter_init(struct filter *f, struct article *a,
    const struct extract_opts *o)
{
	memset(f, 0, sizeof(*f));
	f->a = a;
	f->opts = o;
	f->tune = &tunings[o->mode <= EXTRACT_RECALL ? o->mode :
	    EXTRACT_BALANCED];
	f->order = order_for_lang(a->lang);
	if (a->title != NULL)
		norm_text(a->title, strlen(a->title), 0, &f->title);
	if (a->author != NULL)
		norm_text(a->author, strlen(a->author), 0, &f->author);
	f->author_is_site = a->author != NULL && ((a->site_name != NULL &&
	    strstr(a->site_name, a->author) != NULL) ||
	    (a->ev.author != NULL && strcmp(a->ev.author, "site owner") == 0));
}

static void
filter_free(struct filter *f)
{
	buf_free(&f->title);
	buf_free(&f->author);
	buf_free(&f->tmp);
}

/* A standfirst or lead between the headline and the chosen container:
 * prose, not a link, not cleaned away. */
static int
is_lead(const struct seg *g, size_t k, size_t t, size_t first,
    const struct tuning *tune)
{
	return t < k && k < first && g->chars >= tune->lead_min &&
	    g->link * 10 < g->chars * 3 && g->owner != NULL &&
	    !(g->owner->state & NODE_OUT) &&
	    (g->kind == BLOCK_PARAGRAPH || g->kind == BLOCK_HEADING);
}

/* A heading that closes with a full stop ("Berliner*innen und ihre
 * Besucher."): a sentence set large, which introduces nothing. */
static int
is_prose_heading(const char *t, size_t n)
{
	while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\n'))
		n--;
	return n > 1 && t[n - 1] == '.' && t[n - 2] != '.';
}

/* A heading with nothing of its own below it: the next block kept is
 * a heading of the same or a higher rank, or there is none.  What it
 * introduced (a related list, a comment thread) was cleaned away. */
static int
is_orphan_heading(const struct seg_ctx *c, const char **why, size_t k)
{
	size_t	 j;

	if (c->segs[k].kind != BLOCK_HEADING ||
	    is_prose_heading(c->text.data + c->segs[k].off, c->segs[k].len))
		return 0;
	for (j = k + 1; j < c->nsegs && why[j] != NULL; j++)
		;
	/* Headings set one after the other as styled text are no orphans:
	 * something must have been dropped between. */
	if (j == k + 1)
		return 0;
	return j == c->nsegs || (c->segs[j].kind == BLOCK_HEADING &&
	    c->segs[j].level <= c->segs[k].level);
}

/* "Read more on this:" before a link list that was cleaned away. */
static int
is_orphan_intro(const struct seg_ctx *c, const char **why, size_t k)
{
	const struct seg	*g = &c->segs[k], *next;

	if (g->chars > 100 || g->len == 0 ||
	    c->text.data[g->off + g->len - 1] != ':' || k + 1 == c->nsegs ||
	    why[k + 1] == NULL)
		return 0;
	next = &c->segs[k + 1];
	return next->link * 2 >= next->chars;
}

/* A heading that opens a section of furniture ("Über den Autor",
 * "Related", "Comments") takes the short blocks under it along, up to the
 * next heading of its rank; a long paragraph there means the heading
 * was misread, and the section stays. */
static void
drop_furniture_sections(const struct seg_ctx *c, const char **why,
    struct filter *f)
{
	static const char section[] = "in a section of furniture";
	size_t		 k, j, end;

	for (k = 0; k < c->nsegs; k++) {
		if (c->segs[k].kind != BLOCK_HEADING || why[k] == NULL ||
		    strcmp(why[k], "boilerplate phrase") != 0)
			continue;
		for (end = k + 1; end < c->nsegs &&
		    !(c->segs[end].kind == BLOCK_HEADING &&
		    c->segs[end].level <= c->segs[k].level); end++)
			if (why[end] == NULL && c->segs[end].chars >= 400)
				break;
		if (end < c->nsegs && c->segs[end].kind != BLOCK_HEADING)
			continue;
		for (j = k + 1; j < end; j++)
			if (why[j] == NULL) {
				why[j] = section;
				f->kept--;
			}
	}
}

/* Backwards, so a chain of empty headings goes at once; but a page of
 * nothing but headings (a gallery) keeps them. */
static void
drop_orphans(const struct seg_ctx *c, const char **why, struct filter *f)
{
	static const char orphan[] = "introduces nothing that was kept";
	size_t		 k, before = f->kept;

	for (k = c->nsegs; k-- > 0;)
		if (why[k] == NULL && (is_orphan_heading(c, why, k) ||
		    is_orphan_intro(c, why, k))) {
			why[k] = orphan;
			f->kept--;
		}
	if (f->kept == 0 && before > 0)
		for (k = 0; k < c->nsegs; k++)
			if (why[k] == orphan)
				why[k] = NULL;
}

/* A block's text, cut at 60 bytes, for --explain. */
static void
explain_text(struct buf *ex, const struct seg_ctx *c, size_t k)
{
	const char	*text;
	size_t		 n;

	if (k >= c->nsegs) {
		buf_puts(ex, "no block");
		return;
	}
	text = c->text.data + c->segs[k].off;
	n = c->segs[k].len > 60 ? 60 : c->segs[k].len;
	while (n < c->segs[k].len && n > 0 &&
	    ((unsigned char)text[n] & 0xC0) == 0x80)
		n--;
	buf_printf(ex, "\"%.*s%s\"", (int)n, text,
	    n < c->segs[k].len ? "…" : "");
}

/* One line of --explain for a block: the decision, the kind, the text. */
static void
explain_seg(struct buf *ex, const struct seg_ctx *c, size_t k,
    const char *why)
{
	const struct seg	*g = &c->segs[k];
	const char		*text = c->text.data + g->off;
	size_t			 n = g->len > 70 ? 70 : g->len;

	if (ex == NULL)
		return;
	while (n < g->len && n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
		n--;
	buf_printf(ex, "  %-4s %-10s %s%.*s%s%s%s\n", why == NULL ? "keep" :
	    "drop", block_kind_name(g->kind), "\"", (int)n, text,
	    n < g->len ? "…\"" : "\"", why != NULL ? "  -- " : "",
	    why != NULL ? why : "");
}

static const char *
region_reason(const struct seg *g)
{
	if (g->owner == NULL || !(g->owner->state & NODE_IN))
		return "outside the article";
	return "in a container cleaned away";
}

/* An address from the page, absolute against the page's own when it
 * is known; NULL for script pseudo-links. */
static char *
absolute_url(const struct article *a, const char *u)
{
	xmlChar	*abs;
	char	*out;

	while (*u == ' ' || *u == '\t' || *u == '\n')
		u++;
	if (*u == '\0' || strncasecmp(u, "javascript:", 11) == 0)
		return NULL;
	if (a->url == NULL || strstr(u, "://") != NULL ||
	    (abs = xmlBuildURI((const xmlChar *)u,
	    (const xmlChar *)a->url)) == NULL)
		return xstrdup(u);
	out = xstrdup((const char *)abs);
	xmlFree(abs);
	return out;
}

/* The links whose text lies in block k.  Links are noted in block
 * order, so *next walks them once for the whole page. */
static void
attach_links(struct seg_ctx *c, struct article *a, struct block *b,
    size_t k, size_t *next)
{
	struct link	*v = NULL;
	size_t		 i, n = 0, s, e;

	while (*next < c->nlinks && c->links[*next].seg < k)
		(*next)++;
	for (i = *next; i < c->nlinks && c->links[i].seg == k; i++) {
		const struct mark *m = &c->links[i];

		if (m->url == NULL)
			continue;
		for (s = m->start; s < m->end && c->text.data[s] == ' '; s++)
			;
		for (e = m->end; e > s && c->text.data[e - 1] == ' '; e--)
			;
		if (e == s)
			continue;
		v = xrealloc(v, (n + 1) * sizeof(*v));
		if ((v[n].href = absolute_url(a, m->url)) == NULL)
			continue;
		v[n].text = xstrndup(c->text.data + s, e - s);
		n++;
	}
	if (n > 0)
		article_set_links(a, b, v, n);
	for (i = 0; i < n; i++) {
		free(v[i].text);
		free(v[i].href);
	}
	free(v);
}

/* Icons, logos, avatars, tracking pixels and spacers are no part of the
 * story. */
static int
is_decoration(const xmlNode *n, const char *url)
{
	static const char *const words[] = { "logo", "icon", "avatar",
	    "sprite", "pixel", "spacer", "blank.gif", "1x1", "emoji",
	    "badge", "gravatar" };
	const char	*w = dom_attr(n, "width"), *h = dom_attr(n, "height");
	size_t		 k;

	if ((w != NULL && atoi(w) > 0 && atoi(w) < 60) ||
	    (h != NULL && atoi(h) > 0 && atoi(h) < 60))
		return 1;
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (strstr(url, words[k]) != NULL)
			return 1;
	return 0;
}

/* The caption of the figure an image stands in, or NULL. */
static const char *
figure_caption(const xmlNode *img, struct buf *tmp)
{
	const xmlNode	*fig = img->parent, *k;
	int		 up;

	for (up = 0; fig != NULL && up < 4 && !dom_is(fig, "figure"); up++)
		fig = fig->parent;
	if (fig == NULL || !dom_is(fig, "figure"))
		return NULL;
	for (k = fig; k != NULL; k = dom_next(k, fig, 0))
		if (dom_is(k, "figcaption")) {
			buf_reset(tmp);
			dom_text(k, tmp);
			return tmp->len > 0 ? buf_cstr(tmp) : NULL;
		}
	return NULL;
}

/* The images inside the article, each before the first kept block that
 * follows it. */
static void
attach_images(struct seg_ctx *c, struct article *a, const char **why,
    struct buf *tmp)
{
	size_t	 i, j, k, *kept = xcalloc(c->nsegs + 1, sizeof(*kept));
	char	*src;

	/* kept[k]: blocks kept before segment k. */
	for (k = 0; k < c->nsegs; k++)
		kept[k + 1] = kept[k] + (why[k] == NULL);
	for (i = 0; i < c->nimages; i++) {
		const struct mark *m = &c->images[i];

		if (m->owner == NULL || !(m->owner->state & NODE_IN) ||
		    (m->owner->state & NODE_OUT) ||
		    is_decoration(m->node, m->url) ||
		    (src = absolute_url(a, m->url)) == NULL)
			continue;
		/* srcset: the first address. */
		src[strcspn(src, " ,")] = '\0';
		for (j = 0; j < a->nimages && strcmp(a->images[j].src, src); j++)
			;
		if (j == a->nimages)
			article_add_image(a, src, dom_attr(m->node, "alt"),
			    figure_caption(m->node, tmp),
			    kept[m->seg < c->nsegs ? m->seg : c->nsegs]);
		free(src);
	}
	free(kept);
}

/* The last block of the chosen content, or nsegs. */
static size_t
last_content(const struct seg_ctx *c)
{
	size_t	 k;

	for (k = c->nsegs; k-- > 0;)
		if (seg_in(&c->segs[k]))
			return k;
	return c->nsegs;
}

/*
 * The story ends with text: a heading or a label ending in a colon
 * ("Weitere Informationen:", "Related") that the last kept blocks are
 * introduces nothing left in the article; what it introduced was
 * dropped.
 */
static void
drop_dangling_headings(const struct seg_ctx *c, const char **why)
{
	size_t	 k, from = c->nsegs;

	for (k = c->nsegs; k-- > 0;) {
		const struct seg *g = &c->segs[k];
		const char *t = c->text.data + g->off;
		size_t n = g->len;

		if (why[k] != NULL)
			continue;
		while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\n'))
			n--;
		if (g->kind == BLOCK_HEADING ||
		    (g->chars <= 60 && n > 0 && t[n - 1] == ':')) {
			from = k;
			continue;
		}
		/* Text stands before them: they go.  (A page of headings
		 * alone keeps them: they are all it has.) */
		for (k = from; k < c->nsegs; k++)
			if (why[k] == NULL)
				why[k] = "a heading that introduces nothing left";
		return;
	}
}

/* "(vyp/kna)", "(pm – gs)", "jan ram", "ASS // JMR", "MD": the editors
 * sign with their initials on a line of their own, in lower case (in
 * brackets, or bare with spaces between), or in capitals (alone, two or
 * three). */
static int
is_initials_line(const char *t, size_t len)
{
	size_t	 k, run = 0, groups = 0, longest = 0;
	int	 bracketed, upper = -1, up, marked = 0;
	char	 ch;

	if (len < 2 || len > 24)
		return 0;
	if ((bracketed = t[0] == '(' && t[len - 1] == ')')) {
		t++;
		len -= 2;
	}
	for (k = 0; k <= len; k++) {
		ch = k < len ? t[k] : ' ';
		if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
			up = ch <= 'Z';
			if ((upper != -1 && up != upper) || ++run > 4)
				return 0;
			upper = up;
		} else if (ch == '/' || ch == ' ' || ch == '-' ||
		    (k + 3 <= len && memcmp(t + k, "\xe2\x80\x93", 3) == 0)) {
			if (run == 1)
				return 0;
			marked |= ch != ' ';
			if (ch == '\xe2')
				k += 2;		/* the en dash */
			groups += run > 0;
			longest = run > longest ? run : longest;
			run = 0;
		} else
			return 0;
	}
	if (groups == 1)
		return upper == 1 && longest <= 3;
	/* "jan ram": ČTK's desk codes, lower case, bare */
	if (upper == 0 && !bracketed && !marked)
		return groups >= 2 && groups <= 4 && len <= 16;
	return groups >= 2 && marked && (upper == 1 || bracketed);
}

/* The mark a wire story or a press release ends with, on a line of its
 * own: "（完）", "<끝>", "###", "-30-", "(END)". */
static int
is_end_mark(const char *t, size_t len)
{
	static const char *const marks[] = { "（完）", "(完)", "<끝>",
	    "〈끝〉", "###", "-30-", "- 30 -", "(END)", "(end)", "/ENDS" };
	size_t	 k;

	for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++)
		if (strlen(marks[k]) == len && memcmp(t, marks[k], len) == 0)
			return 1;
	return 0;
}

/* The block's element holds nothing but one bold or italic element:
 * "<p><strong>Minh Anh</strong></p>". */
static int
set_apart(const xmlNode *p)
{
	const xmlNode	*n, *only = NULL;
	const xmlChar	*s;

	for (n = p->children; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE) {
			for (s = n->content; s != NULL && *s != '\0'; s++)
				if (*s != ' ' && *s != '\n' && *s != '\t' &&
				    *s != '\r')
					return 0;
		} else if (n->type == XML_ELEMENT_NODE) {
			if (only != NULL)
				return 0;
			only = n;
		}
	}
	return only != NULL && (dom_is(only, "strong") || dom_is(only, "b") ||
	    dom_is(only, "em") || dom_is(only, "i"));
}

/* Every word of t opens with a capital letter, in any script that has
 * them, and is short enough for a name: "Weitere Informationen" set
 * bold is a heading. */
static int
words_capitalised(const char *t)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	const char	*w, *sp;
	size_t		 len;

	for (w = t; w != NULL; w = sp != NULL ? sp + 1 : NULL) {
		sp = strchr(w, ' ');
		len = sp != NULL ? (size_t)(sp - w) : strlen(w);
		n = utf8proc_iterate((const uint8_t *)w, -1, &c);
		if (n <= 0 || utf8proc_category(c) != UTF8PROC_CATEGORY_LU ||
		    len > 12)
			return 0;
	}
	return 1;
}

/* "<p><strong>Minh Anh</strong></p>" closing the story, the way
 * Vietnamese and German papers sign: a name of two to four words set
 * apart names the author when nothing else did, and as text it is a
 * byline.  Another author's name stays (it may be a quote's). */
static int
signs_in_bold(const struct seg *g, struct filter *f)
{
	const char	*t = buf_cstr(&f->tmp);
	size_t		 words = count_words(t, f->tmp.len);

	if (g->owner == NULL || !set_apart(g->owner->node) ||
	    !byline_looks_like_name(t, f->tmp.len) ||
	    strpbrk(t, "0123456789.,:;!?()") != NULL || words < 2 ||
	    words > 4 || !words_capitalised(t))
		return 0;
	if (f->a->author == NULL) {
		f->a->author = arena_strdup(f->a->arena, t);
		f->a->ev.author = "signature";
		return 1;
	}
	return strcmp(f->a->author, t) == 0;
}

/* "AGERPRES/(AS - autor: Ana Stan, editor: Mihai Ion)": the agency
 * signs with its credits in brackets after a slash; the author they
 * name is the story's when nothing else named one.  f->tmp holds the
 * line; the agency's span goes to *start, *end. */
static int
signs_with_credits(struct filter *f, size_t *start, size_t *end)
{
	const char	*t = buf_cstr(&f->tmp), *slash, *label;
	size_t		 n, at, cut;

	if ((slash = strchr(t, '/')) == NULL || slash[1] != '(' ||
	    t[f->tmp.len - 1] != ')' ||
	    agency_id(t, (size_t)(slash - t)) == NULL)
		return 0;
	*start = 0;
	*end = (size_t)(slash - t);
	if (f->a->author == NULL && (label = strstr(slash, "autor: ")) !=
	    NULL && (n = byline_name(label, &at)) > 0) {
		if ((cut = strcspn(label + at, ",)")) < n)
			n = cut;
		f->a->author = arena_strndup(f->a->arena, label + at, n);
		f->a->ev.author = "signature";
	}
	return 1;
}

/* "___", "* * *", "---": a line that only rules the page. */
static int
is_rule_line(const char *t, size_t len)
{
	size_t	 k, marks = 0;

	for (k = 0; k < len; k++)
		if (strchr("_-*=~", t[k]) != NULL)
			marks++;
		else if (t[k] != ' ')
			return 0;
	return marks >= 3;
}

/*
 * What closes a story under its last paragraph, from the bottom up: the
 * agency that signs it ("aja/PAP", "(APA/AP)" alone: it becomes the
 * source, pipeline.c; as text it is a byline), the editors' initials and
 * the wire's end mark ("ASS // JMR" over "Lusa/Fim"), a call to follow
 * a link ("Follow AP's coverage … at https://…") and a rule that now
 * ends the page.
 */
static void
drop_closing_lines(struct seg_ctx *c, const char **why, struct filter *f)
{
	size_t	 k, start, end, round;
	int	 shortline;

	for (round = 0; round < 3; round++) {
		for (k = c->nsegs; k-- > 0;)
			if (why[k] == NULL)
				break;
		if (k == SIZE_MAX || c->segs[k].kind != BLOCK_PARAGRAPH ||
		    c->segs[k].chars >= 200)
			return;
		shortline = c->segs[k].chars <= 48;
		buf_reset(&f->tmp);
		norm_text(c->text.data + c->segs[k].off, c->segs[k].len, 0,
		    &f->tmp);
		if (shortline && is_initials_line(f->tmp.data, f->tmp.len))
			why[k] = "the editors' initials";
		else if (shortline && is_end_mark(f->tmp.data, f->tmp.len))
			why[k] = "the wire's end mark";
		else if ((shortline && agency_signature(f->tmp.data,
		    f->tmp.len, 1, &start, &end) != NULL) ||
		    (c->segs[k].chars <= 120 &&
		    signs_with_credits(f, &start, &end))) {
			if (f->a->signed_agency == NULL)
				f->a->signed_agency = arena_strndup(
				    f->a->arena, f->tmp.data + start,
				    end - start);
			why[k] = "the agency's signature";
		} else if (is_link_call(buf_cstr(&f->tmp)))
			why[k] = "a call to follow a link";
		else if (shortline && signs_in_bold(&c->segs[k], f))
			why[k] = "the author's signature";
		else if (shortline && is_rule_line(f->tmp.data, f->tmp.len))
			why[k] = "a rule with nothing after it";
		else
			return;
	}
}

/* "Verkehr", "Politique" set above the headline: the story's first
 * block kept, a label of three words at most, stands right before the
 * title.  The title goes first in every output, so the label would
 * read as the story's first paragraph. */
static void
drop_kicker(struct seg_ctx *c, const char **why, size_t t)
{
	const struct seg *g;
	const char	*s;
	size_t		 k, j, n;

	if (t >= c->nsegs || why[t] == NULL)
		return;
	for (k = t; k-- > 0 && why[k] != NULL;)
		;
	if (k == SIZE_MAX)
		return;
	for (j = 0; j < k; j++)
		if (why[j] == NULL)
			return;
	g = &c->segs[k];
	s = c->text.data + g->off;
	n = g->len;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n'))
		n--;
	if (g->chars > 30 || n == 0 || strchr(".!?:", s[n - 1]) != NULL ||
	    (g->kind != BLOCK_PARAGRAPH && g->kind != BLOCK_HEADING))
		return;
	if (count_words(s, n) <= 3)
		why[k] = "a kicker above the headline";
}

static size_t
emit(struct seg_ctx *c, struct article *a, struct filter *f, size_t t,
    struct buf *ex)
{
	const char	**why = xcalloc(c->nsegs ? c->nsegs : 1, sizeof(*why));
	size_t		 k, first, last = last_content(c), nextlink = 0;

	for (first = 0; first < c->nsegs && !seg_in(&c->segs[first]); first++)
		;
	for (k = 0; k < c->nsegs; k++) {
		const struct seg *g = &c->segs[k];

		f->at_end = k == last;
		if (!(seg_in(g) || is_lead(g, k, t, first, f->tune)))
			why[k] = region_reason(g);
		else if ((why[k] = drop_reason(g, c->text.data + g->off, f))
		    == NULL)
			f->kept++;
	}
	f->at_end = 0;
	drop_kicker(c, why, t);
	drop_closing_lines(c, why, f);
	drop_furniture_sections(c, why, f);
	if (f->tune->orphans) {
		drop_orphans(c, why, f);
		drop_dangling_headings(c, why);
	}
	if (ex != NULL)
		buf_puts(ex, "blocks:\n");
	for (k = f->kept = 0; k < c->nsegs; k++) {
		struct block *b;

		explain_seg(ex, c, k, why[k]);
		if (why[k] != NULL)
			continue;
		b = article_add_block(a, c->segs[k].kind, c->segs[k].level,
		    c->text.data + c->segs[k].off, c->segs[k].len);
		if (c->want_links)
			attach_links(c, a, b, k, &nextlink);
		f->kept++;
	}
	if (c->want_images)
		attach_images(c, a, why, &f->tmp);
	free(why);
	return f->kept;
}

/* --- the date next to the title ----------------------------------------- */

/* Blocks between the headline and its date, at most.  A portal's own
 * date strip and the times of its news lists stand further away. */
#define DATE_REACH 8

static int
seg_is_title(const struct seg *g, const char *text, struct filter *f)
{
	/* Some templates set the headline in a styled div, not an h1:
	 * any block that reads as the title, link aside, is the title,
	 * with or without a kicker in front. */
	if (f->title.len == 0)
		return g->kind == BLOCK_HEADING && g->level == 1;
	if (g->link * 2 > g->chars || (g->kind != BLOCK_HEADING &&
	    f->title.len < 15))
		return 0;
	buf_reset(&f->tmp);
	norm_text(text, g->len, 0, &f->tmp);
	return same_text(buf_cstr(&f->tmp), f->title.data) || has_kicker(f);
}

/* Where the headline is among the blocks, or nsegs. */
static size_t
title_seg_index(struct seg_ctx *c, struct filter *f)
{
	size_t	 k;

	for (k = 0; k < c->nsegs; k++)
		if (seg_is_title(&c->segs[k], c->text.data + c->segs[k].off, f))
			return k;
	return c->nsegs;
}

/* Where the headline is: the block that reads as the title, else the
 * first h1, else where the content starts. */
static size_t
title_index(struct seg_ctx *c, struct filter *f)
{
	size_t	 k;

	if ((k = title_seg_index(c, f)) < c->nsegs)
		return k;
	for (k = 0; k < c->nsegs; k++)
		if (c->segs[k].kind == BLOCK_HEADING && c->segs[k].level == 1)
			return k;
	for (k = 0; k < c->nsegs; k++)
		if (seg_in(&c->segs[k]))
			return k;
	return c->nsegs;
}

/* The last words before a date say it is the day of a change, not of
 * the publication: "Last updated 04 Jun 2020", "Aktualisiert am …". */
static int
follows_update_label(const char *s, size_t start)
{
	static const char *const labels[] = { "updated", "update",
	    "modified", "aktualisiert", "geändert", "mis à jour",
	    "actualizado", "aggiornato", "zaktualizowano", "bijgewerkt",
	    "güncellendi", "güncelleme", "atualizado", "обновлено", "оновлено",
	    "modifié", "modificado", "modificato", "actualización",
	    "atualização", "aggiornamento", "aktualizacja",
	    "stand:",	/* German: "Stand: 07.11.2023, 07:30 Uhr" */
	    "수정", "更新", "تحديث", "अपडेट" };
	char	 low[48];
	size_t	 from = start > sizeof(low) - 1 ? start - (sizeof(low) - 1) : 0;
	size_t	 k, n = start - from;

	for (k = 0; k < n; k++)
		low[k] = (s[from + k] >= 'A' && s[from + k] <= 'Z') ?
		    (char)(s[from + k] + 'a' - 'A') : s[from + k];
	low[n] = '\0';
	for (k = 0; k < sizeof(labels) / sizeof(labels[0]); k++)
		if (strstr(low, labels[k]) != NULL)
			return 1;
	return 0;
}

/* A line that is a full date (with a label or a time around it), not a
 * link and not one item of a list of dated links.  A date labelled as
 * an update gives way to the next one on the line ("Last updated 04 Jun
 * 2020, originally created 17 Jun 2019"); with none, *update says the
 * one found is the day of a change (update may be NULL: then none). */
static int
seg_date(const struct seg *g, const char *text, enum date_order order,
    struct filter *f, struct date *d, int close, int *update)
{
	size_t	 start, end, s2, e2;
	struct date	 first;

	/* A linked date or one item of a list is a news list's, unless it
	 * stands right at the headline (a permalink, the meta list). */
	if (g->chars > 100 || (!close && (g->link * 2 > g->chars ||
	    g->kind == BLOCK_LIST_ITEM)))
		return 0;
	buf_reset(&f->tmp);
	norm_text(text, g->len, 0, &f->tmp);
	if (!date_find(f->tmp.data, f->tmp.len, order, d, &start, &end) ||
	    d->year == 0 || d->day == 0)
		return 0;
	if (update != NULL)
		*update = 0;
	if (follows_update_label(f->tmp.data, start)) {
		first = *d;
		if (date_find(f->tmp.data + end, f->tmp.len - end, order, d,
		    &s2, &e2) && d->year != 0 && d->day != 0 &&
		    !follows_update_label(f->tmp.data + end, s2))
			return 1;
		if (update == NULL)
			return 0;
		*d = first;
		*update = 1;
	}
	/* Mostly a date, a meta line that opens with one ("27. Januar
	 * 2014 by Barbara Russ / Kategorien: Event"), or a short line of
	 * names and labels around one ("Peter Grimm / 07.11.2023 / 09:30"):
	 * no sentence. */
	return (end - start) * 10 >= f->tmp.len * 4 || start <= 3 ||
	    is_meta_line(f->tmp.data, f->tmp.len, start, end);
}

/* Blocks after the text where a post's footer sentence may stand. */
#define FOOTER_REACH 40

/* A short sentence that says when the post was published ("Dieser
 * Beitrag wurde am Samstag, 3. Dezember 2011 veröffentlicht", "Posted
 * on June 3, 2015 by Ann"), and its date.  The verbs, lower case, in
 * the languages of date.c. */
static int
publication_sentence(const struct seg *g, const char *text,
    struct filter *f, struct date *d)
{
	static const char *const verbs[] = { "published", "posted",
	    "written", "veröffentlicht", "publiziert", "geschrieben",
	    "erstellt", "publié", "publicado", "publicada", "pubblicato",
	    "opublikowano", "opublikowany", "опубликовано", "gepubliceerd",
	    "geplaatst", "yayınlandı", "yayımlandı", "publicat" };
	size_t	 start, end, k;

	if (g->chars > 300 || g->link * 2 > g->chars)
		return 0;
	buf_reset(&f->tmp);
	norm_text(text, g->len, 0, &f->tmp);
	for (k = 0; k < f->tmp.len; k++)
		if (f->tmp.data[k] >= 'A' && f->tmp.data[k] <= 'Z')
			f->tmp.data[k] += 'a' - 'A';
	for (k = 0; k < sizeof(verbs) / sizeof(verbs[0]); k++)
		if (strstr(buf_cstr(&f->tmp), verbs[k]) != NULL)
			break;
	return k < sizeof(verbs) / sizeof(verbs[0]) &&
	    date_find(f->tmp.data, f->tmp.len, f->order, d, &start, &end) &&
	    d->year != 0 && d->day != 0;
}

static size_t
distance(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/* The first block of the chosen content after block from (the
 * headline, which the content often holds), or nsegs. */
static size_t
first_content_after(const struct seg_ctx *c, size_t from)
{
	size_t	 k;

	for (k = from + 1; k < c->nsegs; k++)
		if (seg_in(&c->segs[k]))
			return k;
	return c->nsegs;
}

static int
opens_with_date(const struct seg_ctx *c, size_t k, struct filter *f,
    struct date *d)
{
	size_t	 start, end, n = c->segs[k].len < 80 ? c->segs[k].len : 80;

	buf_reset(&f->tmp);
	norm_text(c->text.data + c->segs[k].off, n, 0, &f->tmp);
	return date_find(f->tmp.data, f->tmp.len, f->order, d, &start,
	    &end) && start <= 2 && d->year != 0 && d->day != 0;
}

/* The date line k also says when the story changed: "Publié le 5 avril
 * 2024 à 18h03, mis à jour le 6 avril 2024 à 08h10", "입력 2021.06.21
 * 13:32 수정 2021.06.21 15:10".  The later date after an update's label
 * is the modified date. */
static void
line_update(struct seg_ctx *c, size_t k, struct filter *f,
    struct article *a)
{
	struct date	 d;
	size_t		 start, end, s2, e2;
	char		 iso[40];

	buf_reset(&f->tmp);
	norm_text(c->text.data + c->segs[k].off, c->segs[k].len, 0, &f->tmp);
	if (!date_find(f->tmp.data, f->tmp.len, f->order, &d, &start, &end))
		return;
	while (end < f->tmp.len && date_find(f->tmp.data + end,
	    f->tmp.len - end, f->order, &d, &s2, &e2)) {
		if (d.year != 0 && d.day != 0 &&
		    follows_update_label(f->tmp.data + end, s2) &&
		    date_format(&d, iso, sizeof(iso)) > 0) {
			a->modified = article_strdup(a, iso);
			a->ev.modified = "visible text";
			return;
		}
		end += e2;
	}
}

/* The date printed next to the headline: a <time>, a date line, a
 * relative date with --now, or the date the story opens with.  Returns
 * 1 and fills *best and *ev, or 0. */
static int
find_visible_date(struct seg_ctx *c, struct filter *f, size_t t,
    struct date *best, const char **ev, int *is_update, size_t *at)
{
	struct date	 d, changed;
	size_t		 k, dist, raw, bestdist = SIZE_MAX, upddist = SIZE_MAX;
	size_t		 best_k = SIZE_MAX;	/* the block of a visible best */
	int		 update;
	size_t		 lo = t > DATE_REACH ? t - DATE_REACH : 0;

	for (k = 0; k < c->nstamps; k++) {
		dist = distance(c->stamps[k].seg, t);
		/* A <time> in a link is a permalink next to the title, or an
		 * item of a list of dated links further away. */
		if ((c->stamps[k].in_link && dist > 3) || dist > DATE_REACH ||
		    dist >= bestdist ||
		    !date_parse(c->stamps[k].datetime,
		    strlen(c->stamps[k].datetime), f->order, &d) ||
		    d.year == 0 || d.day == 0)
			continue;
		*best = d;
		bestdist = dist;
		*ev = "time element";
	}
	/* A date labelled as a change ("Aktualisiert am …") is kept
	 * aside: the last resort.  Of two as near, the one under the
	 * headline: above it, outside the story, stands the portal's date
	 * strip, which counts one block further. */
	for (k = lo; k < c->nsegs && k <= t + DATE_REACH; k++) {
		if (k == t)
			continue;
		raw = distance(k, t);
		dist = raw + (k < t && !seg_in(&c->segs[k]));
		if (dist > bestdist ||
		    (dist == bestdist && !(k > t && best_k < t)) ||
		    !seg_date(&c->segs[k], c->text.data + c->segs[k].off,
		    f->order, f, &d, raw <= 2, &update))
			continue;
		if (update) {
			if (dist < upddist) {
				changed = d;
				upddist = dist;
			}
			continue;
		}
		*best = d;
		bestdist = dist;
		best_k = k;
		*ev = "visible text";
	}
	*is_update = 0;
	*at = c->nsegs;
	if (bestdist != SIZE_MAX) {
		if (best_k != SIZE_MAX)
			*at = best_k;
		return 1;
	}
	/* None at the headline: a blog's post footer ("Dieser Artikel
	 * wurde am 14. Dezember 2015 veröffentlicht") just after the text;
	 * a sentence that says so may stand below a list of links. */
	if ((k = last_content(c)) < c->nsegs)
		for (lo = k > 0 ? k - 1 : 0; lo < c->nsegs &&
		    lo <= k + FOOTER_REACH; lo++)
			if ((lo <= k + 4 && seg_date(&c->segs[lo], c->text.data +
			    c->segs[lo].off, f->order, f, best, 0, NULL)) ||
			    publication_sentence(&c->segs[lo], c->text.data +
			    c->segs[lo].off, f, best)) {
				*ev = "visible text";
				return 1;
			}
	/* "2 hours ago", "вчера, 13:32" at the headline, when the caller
	 * said when the page was fetched (--now). */
	if (f->opts->has_now)
		for (k = t > DATE_REACH ? t - DATE_REACH : 0; k < c->nsegs &&
		    k <= t + DATE_REACH; k++)
			if (c->segs[k].chars <= 100 &&
			    date_relative(c->text.data + c->segs[k].off,
			    c->segs[k].len, &f->opts->now, best)) {
				*ev = "relative to --now";
				return 1;
			}
	/* "(18.01.2018) Deutschlands Landwirte …": the story opens with
	 * its date. */
	if ((k = first_content_after(c, t)) < c->nsegs &&
	    opens_with_date(c, k, f, best)) {
		*ev = "visible text";
		return 1;
	}
	if (upddist != SIZE_MAX) {
		*best = changed;
		*is_update = 1;
		*ev = "visible text";
		return 1;
	}
	return 0;
}

/*
 * 1 when local, a day before or after the UTC time utc, can be the same
 * moment on a clock somewhere: offsets run from -12:00 to +14:00, so
 * 23:12 UTC is never the day before anywhere, and 08:16 UTC never the
 * day after.  With a time on both, the offset they imply must be one.
 */
static int
local_day_of(const struct date *utc, const struct date *local)
{
	long	 days = date_days(local->year, local->month, local->day) -
	    date_days(utc->year, utc->month, utc->day);
	long	 off;

	if ((days != 1 && days != -1) || utc->hour < 0)
		return 0;
	if (local->hour >= 0) {
		off = days * 1440 + (local->hour * 60 + local->minute) -
		    (utc->hour * 60 + utc->minute);
		return off >= -12 * 60 && off <= 14 * 60;
	}
	return days == -1 ? utc->hour < 12 : utc->hour >= 10;
}

/*
 * The visible date when the markup gave none; and when the markup gave a
 * UTC time whose day the page itself prints one day off, the page's day:
 * the publisher's calendar, as readers see it.
 */
static void
visible_date(struct seg_ctx *c, struct article *a, struct filter *f,
    struct buf *ex)
{
	struct date	 vis, meta;
	const char	*ev = NULL;
	size_t		 t = title_index(c, f), at;
	char		 iso[40];
	int		 found, update;

	if (t == c->nsegs)
		return;
	found = find_visible_date(c, f, t, &vis, &ev, &update, &at) &&
	    date_format(&vis, iso, sizeof(iso)) > 0;
	if (found && !update && at < c->nsegs && a->modified == NULL)
		line_update(c, at, f, a);
	if (found && a->date == NULL) {
		/* A change's date only: the page's one date all the same. */
		a->date = article_strdup(a, iso);
		a->ev.date = update ? "visible text (updated)" : ev;
	} else if (found && update) {
		if (a->modified == NULL) {
			a->modified = article_strdup(a, iso);
			a->ev.modified = "visible text";
		}
	} else if (found && date_parse(a->date, strlen(a->date),
	    DATE_ORDER_UNKNOWN, &meta) && meta.has_offset &&
	    meta.offset == 0 && local_day_of(&meta, &vis)) {
		a->date = article_strdup(a, iso);
		a->ev.date = "visible text (the page's day of a UTC time)";
	} else if (found && date_republished(a->date, a->modified, &vis)) {
		/* The page prints at its headline the day its markup calls
		 * the last change: the story was published again then, and
		 * readers date it so. */
		a->date = article_strdup(a, iso);
		a->ev.date = "visible text (republished)";
	}
	if (ex != NULL) {
		buf_printf(ex, "date: looked around block %zu (", t);
		explain_text(ex, c, t);
		buf_printf(ex, "): %s\n", found ? iso : "none");
	}
}

struct filter;
static size_t	 title_seg_index(struct seg_ctx *, struct filter *);

/* The headline is where the article starts: a candidate that holds it,
 * or whose text begins just below it, is worth more than one that does
 * not (a popup, a shipping note, a comment thread elsewhere). */
#define TITLE_REACH 12

static void
favour_near_title(struct node_info **top, size_t ntop, struct seg_ctx *c,
    size_t t)
{
	size_t			 k, j, first;
	struct node_info	*tmp;

	if (t >= c->nsegs)
		return;
	for (k = 0; k < ntop; k++) {
		if (contains(top[k], c->segs[t].owner)) {
			top[k]->score *= 1.5f;
			continue;
		}
		for (first = t + 1; first < c->nsegs && first <= t +
		    TITLE_REACH; first++)
			if (contains(top[k], c->segs[first].owner)) {
				top[k]->score *= 1.5f;
				break;
			}
	}
	for (k = 1; k < ntop; k++)
		for (j = k; j > 0 && top[j - 1]->score < top[j]->score; j--) {
			tmp = top[j];
			top[j] = top[j - 1];
			top[j - 1] = tmp;
		}
}

static struct node_info *
choose(struct dom_measure *m, xmlNode *body, struct seg_ctx *c, size_t t,
    const struct tuning *tune, struct node_info **first, struct buf *ex)
{
	struct node_info	*top[NTOP], *best;
	size_t			 ntop, k;

	*first = NULL;
	if ((ntop = top_candidates(m, top)) == 0)
		return dom_info(body);
	favour_near_title(top, ntop, c, t);
	*first = top[0];
	for (k = 0; k < ntop; k++)
		explain_node(ex, "candidate", top[k]);
	best = shared_ancestor(top, ntop, body);
	best = climb(best, body);
	if (tune->widen)
		best = widen_to_prose(best, body, tune);
	/* A container that scores about as well as the part it holds is
	 * the article (the recipe around its ingredients); two parts that
	 * score alike and hold nothing of each other are both the article
	 * (the ingredients and the steps). */
	for (k = 1; k < ntop && tune->widen; k++)
		if (contains(top[k], best) &&
		    top[k]->score >= 0.9f * top[0]->score)
			best = top[k];
	explain_node(ex, "chosen", best);
	for (k = 1; k < ntop && tune->widen; k++)
		if (top[k]->score >= 0.8f * top[0]->score &&
		    !contains(best, top[k]) && !contains(top[k], best)) {
			top[k]->state |= NODE_ROOT;
			explain_node(ex, "also", top[k]);
		}
	return best;
}

size_t
extract(xmlNode *body, struct article *a, const struct extract_opts *o,
    struct buf *ex)
{
	struct dom_measure	 m;
	struct seg_ctx		 c;
	struct node_info	*root, *first;
	struct filter		 f;
	size_t			 n = 0, t;

	if (body == NULL)
		return 0;
	segment(body, &c, &m, o);
	score_segments(&c, body);
	filter_init(&f, a, o);
	count_good(&m, &c);
	t = title_seg_index(&c, &f);
	if ((root = choose(&m, body, &c, t, f.tune, &first, ex)) != NULL) {
		mark_selected(root, body);
		if (first != NULL && f.tune->widen)
			mark_parts(&m, first, root);
		mark_regions(&m, f.tune, ex);
		visible_date(&c, a, &f, ex);
		n = emit(&c, a, &f, t, ex);
	}
	filter_free(&f);
	segments_free(&c, &m);
	return n;
}

void
extract_comments(xmlNode *threads, struct article *a,
    const struct extract_opts *o)
{
	struct dom_measure	 m;
	struct seg_ctx		 c;
	size_t			 k;

	(void)o;
	if (threads == NULL || threads->children == NULL)
		return;
	segment(threads, &c, &m, NULL);
	for (k = 0; k < c.nsegs; k++) {
		const struct seg *g = &c.segs[k];
		const char *text = c.text.data + g->off;
		size_t plen;

		/* "Reply", "Antworten", a name linked to a profile, the
		 * thread's own heading ("2 comments"). */
		if (g->kind == BLOCK_HEADING || g->link * 2 >= g->chars ||
		    (g->chars < 40 &&
		    hints_boiler_phrase(text, g->len, &plen)))
			continue;
		article_add_comment(a, text, g->len);
	}
	segments_free(&c, &m);
}
