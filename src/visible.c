/* SPDX-License-Identifier: ISC */
/* The visible pass of the metadata stage: what the page shows before the
 * boilerplate is pruned, namely the h1 and h2 headlines, bylines (by
 * class, after a label, in the article's rail), labelled dates, and the
 * section in a breadcrumb or rubric.  meta.c chooses among these and the
 * markup's values. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "article.h"
#include "buf.h"
#include "byline.h"
#include "date.h"
#include "dom.h"
#include "hints.h"
#include "meta.h"
#include "meta_priv.h"
#include "normalize.h"
#include "strtab.h"

#define NBYLINES 16

/* A byline candidate and where it stands in the page. */
struct byline {
	char		*name;
	unsigned	 pos;
};

struct visible_ctx {
	struct meta	*m;
	struct buf	 t;
	struct buf	 marks;		/* names a byline box marks */
	int		 seen_h1;
	unsigned	 pos;		/* elements seen so far */
	unsigned	 h1pos;		/* where the first h1 stands */
	unsigned	 prose;		/* the page's text outside links */
	unsigned	 in_article;	/* depth inside article and main */
	const xmlNode	*boiler;	/* the boilerplate we are inside */
	int		 boiler_share;	/* it is a share bar */
	struct byline	 bylines[NBYLINES];
	size_t		 nbylines;
};

static const char *const home_words[] = {
	"home", "homepage", "home page", "start", "startseite", "accueil",
	"inicio", "portada", "главная", "главная страница", "галоўная",
	"головна", "strona główna", "news", "новости", "навіны", "новини",
	"nachrichten", "actualités", "noticias", "wiadomości",
};

static int
is_home_word(const char *s)
{
	return str_is_one_of(s, strlen(s), home_words, sizeof(home_words) /
	    sizeof(home_words[0]));
}

/* "von Fred Hüning 31.10.2023", "07": a rubric box may hold the byline
 * and the date, or a number, which name no section. */
static int
names_section(const char *s)
{
	struct date	 d;
	size_t		 start, end, k, len = strlen(s);

	for (k = 0; k < len && !isalpha((unsigned char)s[k]) &&
	    (unsigned char)s[k] < 0x80; k++)
		;
	return k < len && !date_find(s, len, DATE_ORDER_DMY, &d, &start,
	    &end);
}

/* A breadcrumb's section is its last link that is neither home nor the
 * story itself; a rubric is one short label. */
static int
read_section(struct visible_ctx *c, xmlNode *n)
{
	const struct node_info	*i = dom_info(n);
	xmlNode			*k;
	char			*last = NULL;
	int			 links = 0;

	/* The measure rules out the large first, without a walk: rubric
	 * classes nest too. */
	if (i == NULL || i->text > 300 || i->end - i->order > 256)
		return 0;
	buf_reset(&c->t);
	dom_text(n, &c->t);
	if (c->t.len > 300)
		return 0;

	for (k = n; k != NULL; k = dom_next(k, n, 0)) {
		/* A rubric box that holds the headline: walk on to it. */
		if (dom_is(k, "h1"))
			return 0;
		if (!dom_is(k, "a"))
			continue;
		buf_reset(&c->t);
		dom_text(k, &c->t);
		links++;
		if (c->t.len == 0 || c->t.len > 60 || is_home_word(c->t.data))
			continue;
		last = arena_strdup(c->m->a->arena, c->t.data);
	}
	if (links == 0) {
		buf_reset(&c->t);
		dom_text(n, &c->t);
		/* "Fama: ", a label before the story's date line */
		while (c->t.len > 0 && (c->t.data[c->t.len - 1] == ':' ||
		    c->t.data[c->t.len - 1] == ' '))
			c->t.data[--c->t.len] = '\0';
		if (c->t.len > 0 && c->t.len <= 40 && !is_home_word(c->t.data))
			last = arena_strdup(c->m->a->arena, c->t.data);
	}
	if (last != NULL && c->m->crumb_section == NULL && names_section(last))
		c->m->crumb_section = last;
	return 1;
}

/* Labels that a byline element may hold instead of a name, with or
 * without a colon ("Auteur:"). */
static int
is_author_label(const char *s)
{
	static const char *const labels[] = { "by", "von", "par", "por",
	    "di", "door", "af", "av", "de", "author", "authors", "autor",
	    "autorin", "autoren", "auteur", "auteurs", "autore", "autori",
	    "autores", "autorka", "autorzy", "yazar", "forfatter",
	    "författare", "kirjoittaja", "автор", "автори", "авторы",
	    "аўтар", "text", "texte", "texto", "testo", "tekst", "текст",
	    "written by", "posted by", "posted", "published", "publiziert",
	    "veröffentlicht", "veröffentlicht von", "geschrieben",
	    "geschrieben von", "follow", "folgen" };
	char	 word[48];
	size_t	 n = strlen(s);

	while (n > 0 && (s[n - 1] == ':' || s[n - 1] == ' '))
		n--;
	if (n == 0 || n >= sizeof(word))
		return n == 0;
	memcpy(word, s, n);
	word[n] = '\0';
	return str_is_one_of(word, strlen(word), labels, sizeof(labels) /
	    sizeof(labels[0]));
}

/* A byline inside a link around much more text: a teaser of another
 * story ("<a href="/jung-cool-blasmusik">… <span class="…autor">Von
 * Clara Müller</span></a>"), not a link to the author's page.  A few
 * levels up only. */
static int
in_teaser_link(const xmlNode *n, size_t len)
{
	const xmlNode		*a;
	const struct node_info	*i;
	int			 k;

	/* The measure's count, not a walk: a page may put thousands of
	 * bylines in one link. */
	for (a = n, k = 0; a != NULL && a->type == XML_ELEMENT_NODE && k < 6;
	    a = a->parent, k++)
		if (dom_is(a, "a"))
			return (i = dom_info(a)) != NULL && i->text > 2 * len + 20;
	return 0;
}

/* More text or elements than a byline, or a name or a date after a
 * label, holds. */
static int
too_big_for_a_value(const xmlNode *n)
{
	const struct node_info	*i = dom_info(n);

	return i == NULL || i->text > 120 || i->end - i->order > 64;
}

static void
push_byline(struct visible_ctx *c, const xmlNode *from, char *name)
{
	if (c->m->explain != NULL) {
		buf_puts(c->m->explain, "byline: ");
		dom_describe(from, c->m->explain);
		buf_printf(c->m->explain, " gives \"%s\"\n", name);
	}
	c->bylines[c->nbylines].name = name;
	c->bylines[c->nbylines].pos = c->pos;
	c->nbylines++;
}

/* An element of an author box that may hold the name alone: a heading,
 * or an element whose class says "name" ("author-info__name"). */
static int
may_hold_name(const xmlNode *n)
{
	const char	*cls;

	return ((dom_tag_flags(n) & TAG_HEADING) && !dom_is(n, "h1")) ||
	    ((cls = dom_attr(n, "class")) != NULL && strstr(cls, "name"));
}

/* href holds the name's last word, in lower case: a profile's address
 * ("/in/ingahoeltmann" for Inga Hoeltmann). */
static int
href_names(const xmlNode *a, const char *name)
{
	const char	*href = dom_attr(a, "href"), *last, *h;
	size_t		 n;

	if (href == NULL || (last = strrchr(name, ' ')) == NULL)
		return 0;
	n = strlen(++last);
	for (h = href; n >= 3 && *h != '\0'; h++)
		if (strncasecmp(h, last, n) == 0)
			return 1;
	return 0;
}

/* Something in the box vouches that e's text is a name: its class says
 * "name", or a link in it or around it leads to the person's page. */
static int
vouched_name(const xmlNode *e, const char *name)
{
	const xmlNode	*k;
	const char	*cls;

	if ((cls = dom_attr(e, "class")) != NULL && strstr(cls, "name"))
		return 1;
	if (e->parent != NULL && dom_is(e->parent, "a") &&
	    href_names(e->parent, name))
		return 1;
	/* e is small (too_big_for_a_value() let it through). */
	for (k = e; k != NULL; k = dom_next(k, e, 0))
		if (dom_is(k, "a") && href_names(k, name))
			return 1;
	return 0;
}

/* A person's name, as an author box sets it: words of letters, with
 * dots, hyphens and apostrophes ("Jean-Luc O'Neill"), no "//" or "&". */
static int
is_plain_name(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x80 && !isalpha((unsigned char)*s) &&
		    strchr(" .-'", *s) == NULL)
			return 0;
	return 1;
}

/* An author box (photo, name, "Follow", a biography, share buttons)
 * names its author in its first heading or name element: "Inga
 * Hoeltmann" in <h3> inside <div class="author-info">.  The first few
 * elements only, so nested boxes stay linear. */
static char *
name_in_author_box(struct visible_ctx *c, const xmlNode *box)
{
	const xmlNode		*e;
	const struct node_info	*i = dom_info(box);
	char			*name;
	int			 k;

	/* A box, not the article that a class names its author on. */
	if (i == NULL || i->text > 800)
		return NULL;
	for (e = dom_next(box, box, 0), k = 0; e != NULL && k < 48;
	    e = dom_next(e, box, 0), k++) {
		if (e->type != XML_ELEMENT_NODE || !may_hold_name(e) ||
		    too_big_for_a_value(e))
			continue;
		buf_reset(&c->t);
		dom_text_words(e, &c->t);
		if (c->t.len < 5 || c->t.len > 60 || is_author_label(c->t.data))
			continue;
		if ((name = meta_clean_byline(c->m, c->t.data)) != NULL &&
		    strchr(name, ' ') != NULL && !is_author_label(name) &&
		    name[0] >= 'A' && name[0] <= 'Z' && is_plain_name(name) &&
		    byline_looks_like_name(name, strlen(name)) &&
		    !byline_is_no_author(name) && vouched_name(e, name))
			return name;
	}
	return NULL;
}

/* Is e marked as the author itself: microdata (itemprop="author") or a
 * link rel="author"?  (Not itemprop="name": breadcrumbs use it too.) */
static int
is_marked_name(const xmlNode *e)
{
	const char	*v;

	return ((v = dom_attr(e, "itemprop")) != NULL &&
	    strcmp(v, "author") == 0) ||
	    (dom_is(e, "a") && (v = dom_attr(e, "rel")) != NULL &&
	    strcasecmp(v, "author") == 0);
}

/* The names a byline box marks, joined with "; " in c->marks: "Tech
 * Insider" beside <span itemprop="author">Alex Perry</span> is the
 * publisher.  The first few elements only; empty when none is marked. */
static void
marked_names_in(struct visible_ctx *c, const xmlNode *box)
{
	const xmlNode	*e;
	int		 k, skip = 0;
	size_t		 before;

	buf_reset(&c->marks);
	for (e = dom_next(box, box, 0), k = 0; e != NULL && k < 32;
	    e = dom_next(e, box, skip), k++) {
		skip = 0;
		if (e->type != XML_ELEMENT_NODE || !is_marked_name(e))
			continue;
		before = c->marks.len;
		if (before > 0)
			buf_puts(&c->marks, "; ");
		dom_text_words(e, &c->marks);
		if (c->marks.len == before + (before > 0 ? 2 : 0)) {
			if (before > 0) {	/* an empty mark: no "; " */
				c->marks.len = before;
				c->marks.data[before] = '\0';
			}
			continue;
		}
		skip = 1;
	}
}

/* The one element inside a byline box that is marked as the author too
 * and has text, or NULL: "<div class=created_and_author>Danmark - 10.
 * marts 2020 <div class=author>Af Ritzau</div></div>" names its author
 * in the inner element; the box's first words are a section.  Two marked
 * elements ("By <span class=author>A</span> and <span class=author>B
 * </span>") are read together, in the box. */
static const xmlNode *
lone_author_child(const xmlNode *box)
{
	const xmlNode		*e, *lone = NULL;
	const struct node_info	*i;
	const char		*rel;

	for (e = dom_next(box, box, 0); e != NULL; e = dom_next(e, box, 0)) {
		if (e->type != XML_ELEMENT_NODE)
			continue;
		if (!(hints_of(e) & HINT_AUTHOR) &&
		    !((rel = dom_attr(e, "rel")) != NULL &&
		    strcasecmp(rel, "author") == 0))
			continue;
		if ((i = dom_info(e)) == NULL || i->text == 0)
			continue;
		if (lone == NULL)
			lone = e;
		else if (i->order >= dom_info(lone)->end)
			return NULL;	/* a second one, not inside the first */
	}
	return lone;
}

/* An element that names the author; a long one (an author box with a
 * biography) is searched further for a shorter name inside. */
static enum dom_step
add_byline(struct visible_ctx *c, xmlNode *n)
{
	const xmlNode	*lone;
	char		*name;

	/* Too long or too many elements for a byline: look inside, by the
	 * measure's counts (nested author boxes must not walk their
	 * subtree once per level). */
	if (too_big_for_a_value(n)) {
		if (c->nbylines < NBYLINES && !in_teaser_link(n, 0) &&
		    (name = name_in_author_box(c, n)) != NULL) {
			push_byline(c, n, name);
			return DOM_SKIP;
		}
		return DOM_DESCEND;
	}
	if ((lone = lone_author_child(n)) != NULL) {
		buf_reset(&c->t);
		dom_text_words(lone, &c->t);
		if (!is_author_label(buf_cstr(&c->t)))
			return DOM_DESCEND;
	}
	buf_reset(&c->t);
	dom_text_words(n, &c->t);
	if (c->t.len == 0 || c->t.len > 120)
		return DOM_DESCEND;
	if (is_author_label(c->t.data) || c->nbylines == NBYLINES ||
	    in_teaser_link(n, c->t.len))
		return DOM_SKIP;
	marked_names_in(c, n);
	if ((name = meta_clean_byline(c->m, c->marks.len > 0 ?
	    c->marks.data : c->t.data)) == NULL ||
	    is_author_label(name))
		return DOM_DESCEND;	/* a name may stand in a child */
	push_byline(c, n, name);
	return DOM_SKIP;
}

static int
is_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* Code ("GROUP BY period") and forms ("Von: [Mitglied]") hold such
 * words too.  Looked up a few levels only: a page cannot make this
 * walk long. */
static int
in_code_or_form(const xmlNode *n)
{
	int	 k;

	for (k = 0; n != NULL && n->type == XML_ELEMENT_NODE && k < 10;
	    n = n->parent, k++)
		if (dom_is(n, "pre") || dom_is(n, "code") ||
		    dom_is(n, "form") || dom_is(n, "label"))
			return 1;
	return 0;
}

enum label { LABEL_NONE, LABEL_NAME, LABEL_DATE };

/*
 * Labels that stand alone in their own element before what they name:
 * the author ("<h4>Autor</h4><p><a>Nikolai Huke</a></p>", "<b>Von:</b>
 * <br> Götz Warnke") or the publication date ("<dt>Datum</dt><dd>
 * 12.01.2017</dd>").  Lower case (ASCII folded), without the colon.
 */
static const struct {
	const char	*text;
	enum label	 kind;
} labels[] = {
	{ "autor", LABEL_NAME }, { "autorin", LABEL_NAME },
	{ "autoren", LABEL_NAME }, { "author", LABEL_NAME },
	{ "authors", LABEL_NAME }, { "von", LABEL_NAME }, { "by", LABEL_NAME },
	{ "text", LABEL_NAME }, { "verfasser", LABEL_NAME },
	{ "verfasst von", LABEL_NAME }, { "auteur", LABEL_NAME },
	{ "auteurs", LABEL_NAME }, { "par", LABEL_NAME },
	{ "autore", LABEL_NAME }, { "autori", LABEL_NAME },
	{ "autorzy", LABEL_NAME }, { "written by", LABEL_NAME },
	{ "\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80", LABEL_NAME },	/* автор */
	{ "datum", LABEL_DATE }, { "date", LABEL_DATE },
	{ "published", LABEL_DATE }, { "published on", LABEL_DATE },
	{ "posted", LABEL_DATE }, { "posted on", LABEL_DATE },
	{ "publication date", LABEL_DATE },
	{ "ver\xc3\xb6""ffentlicht", LABEL_DATE },	/* veröffentlicht */
	{ "ver\xc3\xb6""ffentlicht am", LABEL_DATE },
	{ "erschienen", LABEL_DATE }, { "erschienen am", LABEL_DATE },
	{ "erstellt am", LABEL_DATE }, { "publi\xc3\xa9 le", LABEL_DATE },
	{ "date de publication", LABEL_DATE }, { "fecha", LABEL_DATE },
	{ "publicado", LABEL_DATE }, { "data", LABEL_DATE },
	{ "pubblicato", LABEL_DATE }, { "gepubliceerd", LABEL_DATE },
};

static enum label
label_kind(const char *s, size_t len)
{
	char	 low[24];
	size_t	 k;

	while (len > 0 && (s[len - 1] == ':' || is_blank(s[len - 1])))
		len--;
	while (len > 0 && is_blank(*s))
		s++, len--;
	if (len == 0 || len >= sizeof(low))
		return LABEL_NONE;
	for (k = 0; k < len; k++)
		low[k] = (s[k] >= 'A' && s[k] <= 'Z') ? s[k] + 32 : s[k];
	low[len] = '\0';
	/* "Автор" starts with a capital that ASCII folding leaves. */
	if (len == 10 && memcmp(low, "\xd0\x90", 2) == 0)
		memcpy(low, "\xd0\xb0", 2);
	for (k = 0; k < sizeof(labels) / sizeof(labels[0]); k++)
		if (strcmp(low, labels[k].text) == 0)
			return labels[k].kind;
	return LABEL_NONE;
}

/* An element whose whole text is a label, in one short text child. */
static enum label
label_element(const xmlNode *n)
{
	const xmlNode	*t = n->children;
	const char	*s;
	size_t		 len;
	enum label	 kind;

	if (t == NULL || t->next != NULL || t->type != XML_TEXT_NODE ||
	    t->content == NULL)
		return LABEL_NONE;
	s = (const char *)t->content;
	len = strlen(s);
	if ((kind = label_kind(s, len)) == LABEL_NONE || in_code_or_form(n))
		return LABEL_NONE;
	return kind;
}

/* A text node of blanks only: layout between elements. */
static int
is_blank_text(const xmlNode *n)
{
	const char	*t = (const char *)n->content;

	return n->type == XML_TEXT_NODE &&
	    (t == NULL || t[strspn(t, " \t\r\n")] == '\0');
}

/* The next sibling that is an element or a text with more than blanks,
 * or NULL. */
static xmlNode *
next_element_or_text(const xmlNode *n)
{
	xmlNode	*s;

	for (s = n->next; s != NULL; s = s->next)
		if (s->type == XML_ELEMENT_NODE ||
		    (s->type == XML_TEXT_NODE && !is_blank_text(s)))
			return s;
	return NULL;
}

/* n's only child that is not blank text, or NULL when it has none or
 * several. */
static xmlNode *
only_child(const xmlNode *n)
{
	xmlNode	*k, *found = NULL;

	for (k = n->children; k != NULL; k = k->next) {
		if (is_blank_text(k))
			continue;
		if (found != NULL)
			return NULL;
		found = k;
	}
	return found;
}

/* The text after a label element in its parent, blanks folded, up to
 * the first element with text; 0 when a form field follows. */
static int
text_after_label(struct visible_ctx *c, xmlNode *label)
{
	xmlNode	*s;
	int	 up;

	/* "<p class="label"><strong>By</strong></p><div><p>Todd Bates</p>
	 * </div>": a label alone in its wrappers reads on after them. */
	for (up = 0; up < 3 && next_element_or_text(label) == NULL &&
	    label->parent != NULL && label->parent->type == XML_ELEMENT_NODE &&
	    only_child(label->parent) == label; up++)
		label = label->parent;
	buf_reset(&c->t);
	for (s = label->next; s != NULL && c->t.len < 120; s = s->next) {
		if (s->type == XML_TEXT_NODE)
			dom_text(s, &c->t);
		else if (s->type == XML_ELEMENT_NODE && !dom_is(s, "br")) {
			/* A form field, or more than a name or a date holds
			 * (by the measure: labels nested in what follows
			 * them must not walk it once per level). */
			if (dom_is(s, "input") || dom_is(s, "select") ||
			    too_big_for_a_value(s))
				return 0;
			dom_text(s, &c->t);	/* <dd>, <p>, <a>, … */
			break;
		}
	}
	return c->t.len > 0 && c->t.len <= 120;
}

/* The first labelled full date of the page, as ISO 8601. */
static void
add_labelled_date(struct visible_ctx *c, xmlNode *label)
{
	struct date	 d;
	size_t		 start, end;
	char		 iso[40];

	if (c->m->label_date != NULL || !text_after_label(c, label) ||
	    !date_find(c->t.data, c->t.len, DATE_ORDER_UNKNOWN, &d, &start,
	    &end) || start > 3 || d.year == 0 || d.day == 0 ||
	    date_format(&d, iso, sizeof(iso)) == 0)
		return;
	c->m->label_date = arena_strdup(c->m->a->arena, iso);
}

/* The name after a label element: the text of what follows it in the
 * same parent, up to the first element with text. */
static void
add_labelled_byline(struct visible_ctx *c, xmlNode *label)
{
	char	*name;

	/* A name starts with a capital (or a letter without case). */
	if (!text_after_label(c, label) || c->nbylines == NBYLINES ||
	    (name = meta_clean_byline(c->m, c->t.data)) == NULL ||
	    (name[0] >= 'a' && name[0] <= 'z') ||
	    is_author_label(name) || byline_is_no_author(name))
		return;
	c->bylines[c->nbylines].name = name;
	c->bylines[c->nbylines].pos = c->pos;
	c->nbylines++;
}

/* The byline nearest the headline: an author named in a teaser list or
 * a comment further down is someone else. */
static char *
nearest_byline(const struct visible_ctx *c)
{
	size_t		 k, best = 0;
	unsigned	 d, bestd = (unsigned)-1;

	if (c->nbylines == 0)
		return NULL;
	if (!c->seen_h1)
		return c->bylines[0].name;
	for (k = 0; k < c->nbylines; k++) {
		d = c->bylines[k].pos > c->h1pos ? c->bylines[k].pos - c->h1pos :
		    c->h1pos - c->bylines[k].pos;
		if (d < bestd) {
			bestd = d;
			best = k;
		}
	}
	return c->bylines[best].name;
}

/* Documentation sites end headings with a permalink anchor: "Evolve:
 * Shared Mutable History¶"; it goes, as does a dangling separator. */
static void
drop_permalink_mark(struct buf *t)
{
	static const char *const marks[] = { "\xc2\xb6", "\xc2\xa7",
	    "\xf0\x9f\x94\x97" };	/* ¶ § 🔗 ("C#" is a name) */
	size_t	 k, n;

	for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++) {
		n = strlen(marks[k]);
		if (t->len > n && memcmp(t->data + t->len - n, marks[k], n) == 0) {
			t->len -= n;
			break;
		}
	}
	/* A separator left by what was taken out after it ("Energiewende
	 * und … :" without its <small> topic) ends no headline either. */
	while (t->len > 0 && (t->data[t->len - 1] == ' ' ||
	    t->data[t->len - 1] == ':' || t->data[t->len - 1] == '|'))
		t->len--;
	if (t->data != NULL)
		t->data[t->len] = '\0';
}

/*
 * The text of a headline without its kicker: "<h1><span>Tunesien</span>
 * Große Aufgaben für die neue Regierung</h1>" reads "Große Aufgaben …".
 * A kicker is a first child element of at most five words with at least
 * three more words after it, which do not go on in lower case: in
 * "<span>Ehezoff</span> der Pochers eskaliert" the span is styling.
 */
static void
headline_text(const xmlNode *n, struct buf *out)
{
	const xmlNode	*k, *first = NULL;
	struct buf	 head = BUF_INIT;
	size_t		 start;
	int		 depth;

	/* "<h1><a><span>Kicker</span> Headline</a></h1>": look inside an
	 * element that holds the whole headline. */
	for (depth = 0; depth < 3 && n->children != NULL &&
	    n->children == n->last && n->children->type == XML_ELEMENT_NODE;
	    depth++)
		n = n->children;
	for (k = n->children; k != NULL; k = k->next) {
		if (k->type == XML_TEXT_NODE && !is_blank_text(k))
			break;		/* text comes first: no kicker */
		if (k->type == XML_ELEMENT_NODE) {
			first = k;
			break;
		}
	}
	/* "<h1>Dezuka Suisan: … <small>Welcome to the Flavor Capital
	 * …</small></h1>": small print in a headline is its subtitle. */
	dom_text_except(n, "small", out);
	drop_permalink_mark(out);
	if (first == NULL)
		return;
	dom_text(first, &head);
	start = head.len;
	if (head.len > 0 && head.len < out->len &&
	    strncmp(out->data, head.data, head.len) == 0 &&
	    meta_word_count(head.data) <= 5 &&
	    meta_word_count(out->data + start) >= 3 &&
	    !(out->data[start + (out->data[start] == ' ')] >= 'a' &&
	    out->data[start + (out->data[start] == ' ')] <= 'z')) {
		while (out->data[start] == ' ' || out->data[start] == ':')
			start++;
		memmove(out->data, out->data + start, out->len - start + 1);
		out->len -= start;
	}
	buf_free(&head);
}

/* A layout class such as "one-sidebar" on the page's wrapper must not
 * hide the byline: an element with half the page's prose is no
 * furniture (as prune_boilerplate() judges it). */
/* A small sidebar inside the <article> ("Tech-Sidebar" with "Por
 * Alberto Ávila" and the date) is the story's own rail: read for its
 * byline.  Comments, menus and sharing stay skipped. */
static int
is_article_rail(const struct visible_ctx *c, const xmlNode *n, unsigned h)
{
	const struct node_info	*i = dom_info(n);

	return c->in_article > 0 && i != NULL && i->text < 300 &&
	    (h & HINT_BOILER) && !(h & (HINT_COMMENTS | HINT_FOOTER)) &&
	    !dom_is(n, "nav") && !dom_is(n, "footer") && !dom_is(n, "aside");
}

static int
holds_prose(const struct visible_ctx *c, const xmlNode *n)
{
	const struct node_info	*i = dom_info(n);

	return i != NULL && (i->text - i->link) * 2 >= c->prose;
}

/* An address that is the site's front page: "/", "./", "index.html",
 * "https://host" or "https://host/". */
static int
is_home_href(const char *h)
{
	const char	*p;

	if ((p = strstr(h, "://")) != NULL) {
		if ((h = strchr(p + 3, '/')) == NULL)
			return 1;
	} else if (h[0] == '.' && h[1] == '/')
		h++;
	if (*h == '/')
		h++;
	return *h == '\0' || strncmp(h, "index.", 6) == 0;
}

/* A heading that is the site's logo: its text all in a link to the front
 * page ("<h1><a href="/">Archive of Our Own <sup>beta</sup></a></h1>"). */
static int
is_logo(xmlNode *n)
{
	xmlNode			*k;
	const char		*href;
	const struct node_info	*ik, *in = dom_info(n);

	for (k = n->children; k != NULL; k = k->next)
		if (k->type == XML_ELEMENT_NODE && dom_is(k, "a") &&
		    (href = dom_attr(k, "href")) != NULL)
			return is_home_href(href) && in != NULL &&
			    (ik = dom_info(k)) != NULL &&
			    ik->text * 5 >= in->text * 4;
	return 0;
}

static int
is_headline_prop(const xmlNode *n)
{
	const char	*v = dom_attr(n, "itemprop");

	return v != NULL && strcasecmp(v, "headline") == 0 &&
	    !(dom_tag_flags(n) & TAG_HEADING);
}

static int
is_share_bar(const xmlNode *n)
{
	const char	*v;

	return ((v = dom_attr(n, "class")) != NULL && strstr(v, "share")) ||
	    ((v = dom_attr(n, "id")) != NULL && strstr(v, "share"));
}

/*
 * A share bar's part without links holds the story's date and byline,
 * set beside the buttons: <div class="social-share"><div><h5>23.01.2019
 * </h5><div>By Urs Gehriger</div></div><div>…buttons…</div></div>.  A
 * small element with no link, whose whole text is a date or a byline.
 * Returns 1 when it read one.
 */
static int
read_share_bar_item(struct visible_ctx *c, const xmlNode *n)
{
	const struct node_info	*i = dom_info(n);
	struct date		 d;
	size_t			 start, end;
	char			 iso[40], *name;

	if (i == NULL || i->link > 0 || i->text == 0 || i->text > 80 ||
	    i->end - i->order > 4)
		return 0;
	buf_reset(&c->t);
	dom_text_words(n, &c->t);
	if (c->m->share_date == NULL &&
	    date_find(c->t.data, c->t.len, DATE_ORDER_UNKNOWN, &d, &start,
	    &end) && start == 0 && end == c->t.len && d.year != 0 &&
	    d.day != 0 && date_format(&d, iso, sizeof(iso)) > 0) {
		c->m->share_date = arena_strdup(c->m->a->arena, iso);
		return 1;
	}
	if (byline_opens(c->t.data) && c->nbylines < NBYLINES &&
	    (name = meta_clean_byline(c->m, c->t.data)) != NULL &&
	    !is_author_label(name)) {
		push_byline(c, n, name);
		return 1;
	}
	return 0;
}

/* Under the headline, a small element whose text opens with a byline's
 * label and goes on with the date: "Autor: Jan Kowalski | Opublikowano:
 * 21.06.2024, 13:32", the story's meta line.  The label vouches for the
 * name however the element is named.  Returns 1 when it read one. */
static int
read_labelled_line(struct visible_ctx *c, const xmlNode *n)
{
	const struct node_info	*i = dom_info(n);
	const xmlNode		*t = n->children;
	const char		*s;
	char			*name;
	struct date		 d;
	size_t			 start, end;

	if (i == NULL || i->text == 0 || i->text > 150 ||
	    i->link * 2 > i->text || t == NULL || t->type != XML_TEXT_NODE ||
	    t->content == NULL || c->nbylines >= NBYLINES)
		return 0;
	s = (const char *)t->content;
	s += strspn(s, " \t\r\n");
	if (!byline_labelled(s))
		return 0;
	buf_reset(&c->t);
	dom_text_words(n, &c->t);
	if (!byline_labelled(c->t.data) ||
	    !date_find(c->t.data, c->t.len, DATE_ORDER_UNKNOWN, &d, &start,
	    &end) || d.year == 0 ||
	    (name = meta_clean_byline(c->m, c->t.data)) == NULL ||
	    is_author_label(name) || strchr(name, ',') != NULL)
		return 0;
	push_byline(c, n, name);
	return 1;
}

/* Append a headline's text, unless empty, to list (at most 4). */
static void
add_headline(struct visible_ctx *c, const xmlNode *n, char **list, int *count)
{
	if (*count == 4)
		return;
	buf_reset(&c->t);
	headline_text(n, &c->t);
	if (c->t.len == 0)
		return;
	list[*count] = arena_strdup(c->m->a->arena, c->t.data);
	norm_fold_spaces(list[*count]);
	meta_cap_title(list[*count]);
	if (*list[*count] != '\0')
		(*count)++;
}

/* Inside boilerplate only h1s count, and a share bar's date and byline:
 * a page may set its headline in a box named a teaser; the markup's
 * title must confirm it (meta.c). */
static enum dom_step
in_boilerplate(struct visible_ctx *c, xmlNode *n, int leaving)
{
	if (leaving) {
		if (n == c->boiler)
			c->boiler = NULL;
		return DOM_SKIP;
	}
	if (c->boiler_share && !dom_is(n, "h1") && read_share_bar_item(c, n))
		return DOM_SKIP;
	if (!dom_is(n, "h1"))
		return DOM_DESCEND;
	add_headline(c, n, c->m->boxed_h1, &c->m->nboxed_h1);
	return DOM_SKIP;
}

static enum dom_step
visible_visit(xmlNode *n, int leaving, void *arg)
{
	struct visible_ctx	*c = arg;
	unsigned		 h;

	if (n->type != XML_ELEMENT_NODE)
		return DOM_SKIP;
	if (c->boiler != NULL)
		return in_boilerplate(c, n, leaving);
	if (leaving) {
		if ((dom_is(n, "article") || dom_is(n, "main")) &&
		    c->in_article > 0)
			c->in_article--;
		return DOM_SKIP;
	}
	if (dom_is(n, "article") || dom_is(n, "main"))
		c->in_article++;
	c->pos++;
	h = hints_of(n);
	/* An h1, or what microdata calls the headline when it is set in
	 * a styled div. */
	if (dom_is(n, "h1") && c->m->logo == NULL && is_logo(n)) {
		add_headline(c, n, &c->m->logo, &(int){ 0 });	/* one */
		return DOM_SKIP;
	}
	if ((dom_is(n, "h1") || is_headline_prop(n)) && !is_logo(n)) {
		if (!c->seen_h1)
			c->h1pos = c->pos;
		if (c->m->nh1 == 4)
			return DOM_SKIP;
		add_headline(c, n, c->m->h1, &c->m->nh1);
		c->seen_h1 = 1;
		return DOM_SKIP;
	}
	if (dom_is(n, "h2") && c->m->nh2 < 4) {
		add_headline(c, n, c->m->h2, &c->m->nh2);
		return DOM_SKIP;
	}
	if ((h & HINT_COMMENTS) && !dom_is(n, "body"))
		return DOM_SKIP;
	if (c->seen_h1 && read_labelled_line(c, n))
		return DOM_SKIP;
	/* A rubric or breadcrumb is a small element; "category-news" on
	 * the article itself names its section but is not a label. */
	if ((h & HINT_SECTION) && !c->seen_h1 && c->m->crumb_section == NULL &&
	    !dom_is(n, "body") && read_section(c, n))
		return DOM_SKIP;
	if (!dom_is(n, "body") && !dom_is(n, "article") &&
	    !dom_is(n, "main") && !(dom_is(n, "header") && c->in_article) &&
	    !holds_prose(c, n) && !is_article_rail(c, n, h) &&
	    ((h & (HINT_BOILER | HINT_FOOTER)) ||
	    ((h & HINT_FURNITURE) && !(h & HINT_CONTENT)) ||
	    dom_is(n, "nav") || dom_is(n, "footer"))) {
		c->boiler = n;	/* its h1s only, and a share bar's text */
		c->boiler_share = is_share_bar(n);
		return DOM_DESCEND;
	}
	/* The author of a picture (prune.c). */
	if ((h & HINT_AUTHOR) && dom_within(n, "figure", 6))
		return DOM_SKIP;
	if ((h & HINT_AUTHOR) || (dom_is(n, "a") && dom_attr(n, "rel") &&
	    strcasecmp(dom_attr(n, "rel"), "author") == 0))
		return add_byline(c, n);
	switch (label_element(n)) {
	case LABEL_NAME:
		add_labelled_byline(c, n);
		return DOM_SKIP;
	case LABEL_DATE:
		add_labelled_date(c, n);
		return DOM_SKIP;
	case LABEL_NONE:
		break;
	}
	return DOM_DESCEND;
}

void
meta_read_visible(struct meta *m, xmlNode *body)
{
	struct visible_ctx	 c;

	memset(&c, 0, sizeof(c));
	c.m = m;
	if (body != NULL) {
		if (dom_info(body) != NULL)
			c.prose = dom_info(body)->text - dom_info(body)->link;
		dom_walk(body, visible_visit, &c);
	}
	m->byline = nearest_byline(&c);
	buf_free(&c.t);
	buf_free(&c.marks);
}

