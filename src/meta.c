/* SPDX-License-Identifier: ISC */
/* Metadata candidates from markup and the visible page, and the choice
 * among them. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <utf8proc.h>
#include <libxml/uri.h>

#include "arena.h"
#include "agency.h"
#include "article.h"
#include "buf.h"
#include "byline.h"
#include "date.h"
#include "dom.h"
#include "hints.h"
#include "meta.h"
#include "meta_priv.h"
#include "normalize.h"
#include "url.h"
#include "xalloc.h"

struct meta *
meta_new(struct article *a)
{
	struct meta	*m = xcalloc(1, sizeof(*m));

	m->a = a;
	m->ld_rank = -1;
	return m;
}

void
meta_free(struct meta *m)
{
	free(m);
}

void
meta_set_explain(struct meta *m, struct buf *explain)
{
	m->explain = explain;
}

/* Named references that survive a second escaping in meta content. */
static const struct {
	const char	*name;
	int32_t		 cp;
} entities[] = {
	{ "amp", '&' }, { "apos", '\'' }, { "bdquo", 0x201E },
	{ "gt", '>' }, { "hellip", 0x2026 }, { "laquo", 0xAB },
	{ "ldquo", 0x201C }, { "lsquo", 0x2018 }, { "lt", '<' },
	{ "mdash", 0x2014 }, { "nbsp", 0xA0 }, { "ndash", 0x2013 },
	{ "quot", '"' }, { "raquo", 0xBB }, { "rdquo", 0x201D },
	{ "rsquo", 0x2019 },
};

/* One character reference at s ("&#039;", "&#x27;", "&amp;"): its code
 * point and length, or 0. */
static size_t
entity_at(const char *s, int32_t *cp)
{
	const char	*p = s + 1;
	char		*end;
	long		 v;
	size_t		 k, n;

	if (*p == '#') {
		p++;
		v = (*p == 'x' || *p == 'X') ? strtol(p + 1, &end, 16) :
		    strtol(p, &end, 10);
		if (end == p || *end != ';' || v <= 0 || v > 0x10FFFF ||
		    (v >= 0xD800 && v <= 0xDFFF))
			return 0;
		*cp = (int32_t)v;
		return (size_t)(end - s) + 1;
	}
	for (k = 0; k < sizeof(entities) / sizeof(entities[0]); k++) {
		n = strlen(entities[k].name);
		if (strncmp(p, entities[k].name, n) == 0 && p[n] == ';') {
			*cp = entities[k].cp;
			return n + 2;
		}
	}
	return 0;
}

/*
 * Decode character references left in a value that was escaped twice
 * ("d&amp;#039;actions" in the markup): the parser undid one level, the
 * page's CMS added the other.  In place: the result is never longer.
 */
static void
unescape_twice_escaped(char *s)
{
	char		*w = s;
	int32_t		 cp;
	size_t		 n;

	for (; *s != '\0'; s++) {
		if (*s == '&' && (n = entity_at(s, &cp)) > 0) {
			w += utf8proc_encode_char(cp, (uint8_t *)w);
			s += n - 1;
			continue;
		}
		*w++ = *s;
	}
	*w = '\0';
}

/* Keep the first non-empty value of a candidate. */
static void
set_first(struct meta *m, char **field, const char *value)
{
	const char	*p;

	if (*field != NULL || value == NULL)
		return;
	for (p = value; *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
	    p++)
		;
	if (*p == '\0')
		return;
	*field = arena_strdup(m->a->arena, p);
	if (strchr(*field, '&') != NULL)
		unescape_twice_escaped(*field);
	/* "su&nbsp;mamá", "会見で　明らかに": compared with the page's
	 * headings, which are folded alike. */
	norm_fold_spaces(*field);
	if (field == &m->og_title || field == &m->tw_title ||
	    field == &m->html_title || field == &m->ld_headline)
		meta_cap_title(*field);
	if (**field == '\0')
		*field = NULL;
}

void
meta_cap_title(char *s)
{
	size_t	 n = strlen(s);

	if (n <= MAX_TITLE)
		return;
	/* Back to the start of a character. */
	for (n = MAX_TITLE; n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80; n--)
		continue;
	s[n] = '\0';
}

/* --- <meta> ------------------------------------------------------------ */

enum mfield {
	M_OG_TITLE, M_TW_TITLE, M_PUBLISHED, M_MODIFIED, M_AUTHOR, M_SITE,
	M_APP, M_SECTION, M_LANG, M_OG_LOCALE, M_OG_URL, M_OG_DESC, M_DESC
};

/* Names and properties of <meta> that carry a field (lower case). */
static const struct {
	const char	*name;
	enum mfield	 field;
} meta_names[] = {
	{ "og:title", M_OG_TITLE },
	{ "twitter:title", M_TW_TITLE },
	{ "dc.title", M_TW_TITLE },	/* below og:title, like twitter's */
	{ "article:published_time", M_PUBLISHED },
	{ "og:article:published_time", M_PUBLISHED },
	{ "article:published", M_PUBLISHED },
	{ "datepublished", M_PUBLISHED },
	{ "pubdate", M_PUBLISHED },
	{ "publishdate", M_PUBLISHED },
	{ "publish-date", M_PUBLISHED },
	{ "publish_date", M_PUBLISHED },
	{ "published_time", M_PUBLISHED },
	{ "article.published", M_PUBLISHED },
	{ "dc.date.issued", M_PUBLISHED },
	{ "dc.date", M_PUBLISHED },
	{ "dcterms.date", M_PUBLISHED },
	{ "dcterms.created", M_PUBLISHED },
	{ "dc.date.created", M_PUBLISHED },
	{ "sailthru.date", M_PUBLISHED },
	{ "parsely-pub-date", M_PUBLISHED },
	{ "citation_publication_date", M_PUBLISHED },
	{ "date", M_PUBLISHED },
	{ "article:modified_time", M_MODIFIED },
	{ "og:updated_time", M_MODIFIED },
	{ "datemodified", M_MODIFIED },
	{ "dcterms.modified", M_MODIFIED },
	{ "author", M_AUTHOR },
	{ "article:author", M_AUTHOR },
	{ "dc.creator", M_AUTHOR },
	{ "dcterms.creator", M_AUTHOR },
	{ "sailthru.author", M_AUTHOR },
	{ "parsely-author", M_AUTHOR },
	{ "citation_author", M_AUTHOR },
	{ "byl", M_AUTHOR },
	{ "cxenseparse:author", M_AUTHOR },
	{ "og:site_name", M_SITE },
	{ "application-name", M_APP },
	{ "article:section", M_SECTION },
	{ "og:article:section", M_SECTION },
	{ "parsely-section", M_SECTION },
	{ "section", M_SECTION },
	{ "content-language", M_LANG },
	{ "language", M_LANG },
	{ "dc.language", M_LANG },
	{ "og:locale", M_OG_LOCALE },
	{ "og:url", M_OG_URL },
	{ "og:description", M_OG_DESC },
	{ "twitter:description", M_OG_DESC },
	{ "description", M_DESC },
};

static char **
meta_slot(struct meta *m, enum mfield f)
{
	switch (f) {
	case M_OG_TITLE:	return &m->og_title;
	case M_TW_TITLE:	return &m->tw_title;
	case M_PUBLISHED:	return &m->meta_published;
	case M_MODIFIED:	return &m->meta_modified;
	case M_AUTHOR:		return &m->meta_author;
	case M_SITE:		return &m->og_site;
	case M_APP:		return &m->app_name;
	case M_SECTION:		return &m->meta_section;
	case M_LANG:		return &m->meta_lang;
	case M_OG_LOCALE:	return &m->og_locale;
	case M_OG_URL:		return &m->og_url;
	case M_OG_DESC:		return &m->og_description;
	case M_DESC:		return &m->meta_description;
	}
	return NULL;
}

/* Values that are links or handles, not names ("article:author" is often
 * a profile URL). */
static int
is_link_value(const char *v)
{
	return strncmp(v, "http://", 7) == 0 ||
	    strncmp(v, "https://", 8) == 0 || v[0] == '/' || v[0] == '@';
}

/* "Developed By Heba Musa": who built the site, not who wrote. */
static int
is_site_credit(const char *v)
{
	static const char *const credits[] = { "developed by",
	    "designed by", "powered by", "hosted by", "design by",
	    "entwickelt von", "réalisé par", "desarrollado por" };
	size_t	 k;

	while (*v == ' ')
		v++;
	for (k = 0; k < sizeof(credits) / sizeof(credits[0]); k++)
		if (strncasecmp(v, credits[k], strlen(credits[k])) == 0)
			return 1;
	return 0;
}

/* Labels that name the author in twitter:labelN / twitter:dataN pairs
 * (written by blog and CMS plugins), lower case. */
static const char *const author_labels[] = {
	"written by", "verfasst von", "geschrieben von", "écrit par",
	"escrito por", "scritto da", "napisane przez", "автор",
	"geschreven door", "yazan",
};

/* twitter:dataN whose twitter:labelN says "Written by". */
static void
read_twitter_label(struct meta *m, const xmlNode *n, const char *key,
    const char *content)
{
	size_t	 k;

	if (strncasecmp(key, "twitter:label", 13) == 0) {
		for (k = 0; k < sizeof(author_labels) / sizeof(author_labels[0]);
		    k++)
			if (strcasecmp(content, author_labels[k]) == 0)
				m->author_label = key[13];
	} else if (strncasecmp(key, "twitter:data", 12) == 0 &&
	    m->author_label != '\0' && key[12] == m->author_label)
		set_first(m, &m->label_author, content);
}

/* The longest list of scholarly authors taken, in bytes. */
#define MAX_SCHOLARLY	4000

/* Keys whose values libraries and journals write "Last, First", one
 * meta element per author. */
static int
is_scholarly_author_key(const char *key)
{
	return strcasecmp(key, "citation_author") == 0 ||
	    strcasecmp(key, "dc.creator") == 0 ||
	    strcasecmp(key, "dc:creator") == 0 ||
	    strcasecmp(key, "dcterms.creator") == 0;
}

/* a (alen bytes), sep, b (blen bytes), in the arena. */
static char *
join3(struct meta *m, const char *a, size_t alen, const char *sep,
    const char *b, size_t blen)
{
	size_t	 sl = strlen(sep);
	char	*out = arena_alloc(m->a->arena, alen + sl + blen + 1);

	memcpy(out, a, alen);
	memcpy(out + alen, sep, sl);
	memcpy(out + alen + sl, b, blen);
	out[alen + sl + blen] = '\0';
	return out;
}

/* "Kooman, F." -> "F. Kooman", "Jong, Michiel de" -> "Michiel de
 * Jong": one word, a comma, a given name of one to three words.  "Jane
 * Doe, Reuters" (two words before the comma) stays as it is. */
static char *
uninvert_name(struct meta *m, const char *v)
{
	const char	*comma = strchr(v, ','), *given;

	while (*v == ' ')
		v++;
	if (comma == NULL || strchr(comma + 1, ',') != NULL ||
	    memchr(v, ' ', (size_t)(comma - v)) != NULL || comma == v)
		return NULL;
	for (given = comma + 1; *given == ' '; given++)
		continue;
	if (meta_word_count(given) < 1 || meta_word_count(given) > 3 ||
	    !((*given >= 'A' && *given <= 'Z') ||
	    (unsigned char)*given >= 0xC0))
		return NULL;
	return join3(m, given, strlen(given), " ", v, (size_t)(comma - v));
}

/* One author of a scholarly key, added to those before it.  A page may
 * hold thousands: past a list choose_author() would take, none more
 * (each addition copies the list). */
static void
add_scholarly_author(struct meta *m, const char *content)
{
	char	*name = uninvert_name(m, content);

	if (name == NULL)
		name = arena_strdup(m->a->arena, content);
	if (m->scholarly == NULL)
		m->scholarly = name;
	else if (strlen(m->scholarly) + strlen(name) < MAX_SCHOLARLY &&
	    strstr(m->scholarly, name) == NULL)
		m->scholarly = join3(m, m->scholarly, strlen(m->scholarly),
		    "; ", name, strlen(name));
}

/* One name of a <meta>, "dc:creator" read as "dc.creator". */
static void
read_meta_key(struct meta *m, const xmlNode *n, const char *key,
    const char *content)
{
	size_t	 k;

	if (strncasecmp(key, "twitter:", 8) == 0)
		read_twitter_label(m, n, key, content);
	for (k = 0; k < sizeof(meta_names) / sizeof(meta_names[0]); k++) {
		const char *name = meta_names[k].name;

		if (strcasecmp(key, name) != 0 &&
		    !(strncasecmp(key, "dc:", 3) == 0 &&
		    strncmp(name, "dc.", 3) == 0 &&
		    strcasecmp(key + 3, name + 3) == 0))
			continue;
		if (meta_names[k].field == M_AUTHOR && is_link_value(content))
			return;
		/* name="author" may give the publisher and another key
		 * the person ("Badische Zeitung", "Lisa Petrich"). */
		if (meta_names[k].field == M_AUTHOR && is_site_credit(content))
			return;
		if (meta_names[k].field == M_AUTHOR &&
		    is_scholarly_author_key(key)) {
			add_scholarly_author(m, content);
			return;
		}
		if (meta_names[k].field == M_AUTHOR && m->meta_author != NULL &&
		    strcmp(m->meta_author, content) != 0)
			set_first(m, &m->meta_author2, content);
		set_first(m, meta_slot(m, meta_names[k].field), content);
		return;
	}
}

static void
read_meta(struct meta *m, const xmlNode *n)
{
	const char	*key, *content, *p;
	char		 one[64];
	size_t		 len;

	if ((content = dom_attr(n, "content")) == NULL)
		return;
	if ((key = dom_attr(n, "property")) == NULL &&
	    (key = dom_attr(n, "name")) == NULL &&
	    (key = dom_attr(n, "itemprop")) == NULL &&
	    (key = dom_attr(n, "http-equiv")) == NULL)
		return;
	/* RDFa lets one property attribute name several:
	 * property="dc:creator twitter:site_name". */
	for (p = key; *p != '\0'; p += len) {
		p += strspn(p, " \t\n");
		if ((len = strcspn(p, " \t\n")) == 0)
			break;
		if (len < sizeof(one)) {
			memcpy(one, p, len);
			one[len] = '\0';
			read_meta_key(m, n, one, content);
		}
	}
}

static void
read_link(struct meta *m, const xmlNode *n)
{
	const char	*rel = dom_attr(n, "rel");

	if (rel != NULL && strcasecmp(rel, "canonical") == 0)
		set_first(m, &m->canonical, dom_attr(n, "href"));
}

/* --- JSON-LD ------------------------------------------------------------ */

/* How much an @type says "this is the article": higher is better. */
static int
ld_type_rank(const char *type)
{
	static const char *const article_types[] = {
		"BlogPosting", "LiveBlogPosting", "Report",
		"SocialMediaPosting", "DiscussionForumPosting", "Review",
		"Recipe", "HowTo",
	};
	size_t	 k, n = strlen(type);

	for (k = 0; k < sizeof(article_types) / sizeof(article_types[0]); k++)
		if (strcmp(type, article_types[k]) == 0)
			return 3;
	/* Article and its kinds: NewsArticle, ReportageNewsArticle,
	 * OpinionNewsArticle, TechArticle, ScholarlyArticle, … */
	if (n >= 7 && strcmp(type + n - 7, "Article") == 0)
		return 3;
	/* Pages that are not articles but carry their own dates: a
	 * question, a video, a podcast episode. */
	if (strcmp(type, "Question") == 0 || strcmp(type, "QAPage") == 0 ||
	    strcmp(type, "VideoObject") == 0 ||
	    strcmp(type, "PodcastEpisode") == 0 ||
	    strcmp(type, "CreativeWork") == 0)
		return 2;
	if (strcmp(type, "WebPage") == 0 || strcmp(type, "ItemPage") == 0)
		return 1;
	return 0;
}

static int
ld_rank(json_t *obj)
{
	json_t	*t = json_object_get(obj, "@type"), *v;
	size_t	 k;
	int	 best = 0, r;

	if (json_is_string(t))
		return ld_type_rank(json_string_value(t));
	json_array_foreach(t, k, v)
		if (json_is_string(v) &&
		    (r = ld_type_rank(json_string_value(v))) > best)
			best = r;
	return best;
}

/* A name from a string, an object with "name", or the first of a list;
 * several names of a list are joined with "; ". */
/* The object of the document whose "@id" is id (Yoast and other
 * generators link the article to its author this way), or NULL. */
static json_t *
ld_find_id(json_t *v, const char *id, int depth)
{
	json_t		*e, *hit;
	const char	*key;
	size_t		 k;

	if (depth > 6)
		return NULL;
	if (json_is_array(v)) {
		json_array_foreach(v, k, e)
			if ((hit = ld_find_id(e, id, depth + 1)) != NULL)
				return hit;
	} else if (json_is_object(v)) {
		e = json_object_get(v, "@id");
		if (json_is_string(e) && strcmp(json_string_value(e), id) == 0 &&
		    json_object_get(v, "name") != NULL)
			return v;
		json_object_foreach(v, key, e)
			if ((hit = ld_find_id(e, id, depth + 1)) != NULL)
				return hit;
	}
	return NULL;
}

static int
ld_is_organization(json_t *v)
{
	json_t		*t = json_object_get(v, "@type");
	const char	*s;

	if (json_is_array(t))
		t = json_array_get(t, 0);
	return json_is_string(t) && (s = json_string_value(t)) != NULL &&
	    (strstr(s, "Organization") != NULL || strcmp(s, "Corporation") == 0 ||
	    strcmp(s, "WebSite") == 0 || strcmp(s, "Brand") == 0);
}

/*
 * A person named by a first name or a handle ("Nils") whose own
 * description opens with the full name ("Nils Pickert ist freier
 * Autor …"): the full name, one or two capitalised words more.
 * Returns 1 when it wrote it.
 */
static int
ld_full_name(json_t *person, struct buf *out)
{
	const char	*name = json_string_value(json_object_get(person,
	    "name"));
	const char	*bio = json_string_value(json_object_get(person,
	    "description"));
	size_t		 n, end, words = 0;

	if (name == NULL || bio == NULL || strchr(name, ' ') != NULL ||
	    (n = strlen(name)) < 2 || strncmp(bio, name, n) != 0 ||
	    bio[n] != ' ')
		return 0;
	for (end = n; bio[end] == ' ' && words < 2; words++) {
		size_t	 w = end + 1;

		/* A word of letters that starts with a capital; "Müller"
		 * and "Łukasz" start with a byte above ASCII. */
		if (!((bio[w] >= 'A' && bio[w] <= 'Z') ||
		    (unsigned char)bio[w] >= 0xc3))
			break;
		while (bio[w] != '\0' && bio[w] != ' ' && bio[w] != ',' &&
		    bio[w] != '.' && bio[w] != ';' && bio[w] != ':' &&
		    bio[w] != '(')
			w++;
		end = w;
	}
	/* "Nils Pickert ist …": the words after the name end there. */
	if (end == n || (bio[end] != ' ' && bio[end] != ',' &&
	    bio[end] != '\0' && bio[end] != '.'))
		return 0;
	if (out->len > 0)
		buf_puts(out, "; ");
	buf_put(out, bio, end);
	return 1;
}

/* The names in a JSON-LD value; with authors, leaving organizations
 * out. */
static void
ld_names(json_t *root, json_t *v, struct buf *out, int depth, int authors)
{
	json_t	*e, *id;
	size_t	 k;

	if (depth > 3 || v == NULL)
		return;
	if (json_is_string(v)) {
		if (out->len > 0)
			buf_puts(out, "; ");
		buf_puts(out, json_string_value(v));
	} else if (json_is_object(v)) {
		if (json_object_get(v, "name") == NULL &&
		    json_is_string(id = json_object_get(v, "@id")) &&
		    (e = ld_find_id(root, json_string_value(id), 0)) != NULL)
			v = e;
		/* An author typed as an organization is the publisher
		 * speaking: the byline, if any, names the person. */
		if (authors && ld_is_organization(v))
			return;
		if (authors && ld_full_name(v, out))
			return;
		ld_names(root, json_object_get(v, "name"), out, depth + 1,
		    authors);
	} else if (json_is_array(v)) {
		json_array_foreach(v, k, e)
			ld_names(root, e, out, depth + 1, authors);
	}
}

static const char *
ld_string(json_t *obj, const char *key)
{
	json_t	*v = json_object_get(obj, key);

	if (json_is_array(v))
		v = json_array_get(v, 0);
	if (json_is_object(v))
		v = json_object_get(v, "@id") ? json_object_get(v, "@id") :
		    json_object_get(v, "name");
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static void
ld_take(struct meta *m, json_t *root, json_t *obj, int rank)
{
	struct buf	 names = BUF_INIT;
	const char	*s;

	/* A better-ranked object replaces what a weaker one gave. */
	if (rank > m->ld_rank) {
		m->ld_headline = m->ld_published = m->ld_modified = NULL;
		m->ld_author = m->ld_section = m->ld_url = NULL;
		m->ld_description = m->ld_body = NULL;
		m->ld_rank = rank;
	} else if (rank < m->ld_rank)
		return;
	if ((s = ld_string(obj, "headline")) == NULL)
		s = ld_string(obj, "name");
	set_first(m, &m->ld_headline, s);
	if ((s = ld_string(obj, "datePublished")) == NULL &&
	    (s = ld_string(obj, "dateCreated")) == NULL)
		s = ld_string(obj, "uploadDate");
	set_first(m, &m->ld_published, s);
	set_first(m, &m->ld_modified, ld_string(obj, "dateModified"));
	ld_names(root, json_object_get(obj, "author"), &names, 0, 1);
	if (names.len > 0)
		set_first(m, &m->ld_author, names.data);
	buf_reset(&names);
	ld_names(root, json_object_get(obj, "publisher"), &names, 2, 0);
	if (names.len > 0)
		set_first(m, &m->ld_publisher, names.data);
	set_first(m, &m->ld_section, ld_string(obj, "articleSection"));
	set_first(m, &m->ld_lang, ld_string(obj, "inLanguage"));
	if ((s = ld_string(obj, "url")) == NULL)
		s = ld_string(obj, "mainEntityOfPage");
	set_first(m, &m->ld_url, s);
	set_first(m, &m->ld_description, ld_string(obj, "description"));
	if (m->ld_body == NULL &&
	    (s = ld_string(obj, "articleBody")) != NULL)
		m->ld_body = arena_strdup(m->a->arena, s);
	buf_free(&names);
}

static void
ld_walk(struct meta *m, json_t *root, json_t *v, int depth)
{
	json_t		*e;
	size_t		 k;
	int		 rank;
	const char	*type;

	if (depth > 4)
		return;
	if (json_is_array(v)) {
		json_array_foreach(v, k, e)
			ld_walk(m, root, e, depth + 1);
		return;
	}
	if (!json_is_object(v))
		return;
	if ((rank = ld_rank(v)) > 0)
		ld_take(m, root, v, rank);
	else if ((type = ld_string(v, "@type")) != NULL &&
	    (strstr(type, "Organization") != NULL ||
	    strcmp(type, "WebSite") == 0))
		set_first(m, &m->ld_publisher, ld_string(v, "name"));
	ld_walk(m, root, json_object_get(v, "@graph"), depth + 1);
}

/* JSON-LD as found on pages: wrapped in comments or CDATA markers, with
 * raw line breaks inside strings.  Clean what strict JSON rejects. */
static void
read_jsonld(struct meta *m, const xmlNode *script)
{
	xmlChar		*raw = xmlNodeGetContent(script);
	char		*s, *p, *start;
	json_t		*v;
	json_error_t	 err;

	if (raw == NULL)
		return;
	s = (char *)raw;
	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	if ((p = strstr(s, "<![CDATA[")) != NULL)
		s = p + 9;
	if ((p = strstr(s, "]]>")) != NULL)
		*p = '\0';
	/* Several values back to back, or junk after one: read value by
	 * value, each up to where jansson stops. */
	for (start = strpbrk(s, "{["); start != NULL;
	    start = strpbrk(start, "{[")) {
		v = json_loadb(start, strlen(start), JSON_DISABLE_EOF_CHECK,
		    &err);
		if (v == NULL)
			break;
		ld_walk(m, v, v, 0);
		json_decref(v);
		if (err.position <= 0)
			break;
		start += err.position;
	}
	xmlFree(raw);
}

/* --- the markup pass ---------------------------------------------------- */

static enum dom_step
markup_visit(xmlNode *n, int leaving, void *arg)
{
	struct meta	*m = arg;
	const char	*type;
	struct buf	 t = BUF_INIT;

	if (leaving || n->type != XML_ELEMENT_NODE)
		return DOM_SKIP;
	if (dom_is(n, "html")) {
		set_first(m, &m->html_lang, dom_attr(n, "lang"));
		set_first(m, &m->html_lang, dom_attr(n, "xml:lang"));
	} else if (dom_is(n, "meta")) {
		read_meta(m, n);
	} else if (dom_is(n, "link")) {
		read_link(m, n);
	} else if (dom_is(n, "title")) {
		if (m->html_title == NULL) {
			dom_text(n, &t);
			set_first(m, &m->html_title, buf_cstr(&t));
		}
		buf_free(&t);
		return DOM_SKIP;
	} else if (dom_is(n, "script")) {
		type = dom_attr(n, "type");
		if (type != NULL && strcasecmp(type, "application/ld+json") == 0)
			read_jsonld(m, n);
		return DOM_SKIP;
	} else if (dom_is(n, "style") || dom_is(n, "svg")) {
		return DOM_SKIP;
	}
	return DOM_DESCEND;
}

void
meta_read_markup(struct meta *m, htmlDocPtr doc)
{
	xmlNode	*root = xmlDocGetRootElement(doc);

	if (root != NULL)
		dom_walk(root, markup_visit, m);
}

/* Strip "By", "Von", "Автор:" and what follows a separator from a
 * byline: "By Jane Doe | June 21, 2024" -> "Jane Doe". */
/* After a "name", a colon and a date: the name was the date's label
 * ("प्रकाशित: 21 जून 2024", "Publié : 5 avril 2024"). */
static int
labels_a_date(const char *rest)
{
	struct date	 d;
	size_t		 start, end;

	rest += strspn(rest, " ");
	if (*rest == ':')
		rest++;
	else if (strncmp(rest, "\xef\xbc\x9a", 3) == 0)	/* ： */
		rest += 3;
	else
		return 0;
	rest += strspn(rest, " ");
	return date_find(rest, strlen(rest), DATE_ORDER_UNKNOWN, &d, &start,
	    &end) && start == 0;
}

char *
meta_clean_byline(struct meta *m, const char *s)
{
	const char	*bar;
	char		*out;
	size_t		 start, len, alen;

	if ((len = byline_name(s, &start)) == 0 || labels_a_date(s + start +
	    len))
		return NULL;
	/* "Por María López | EFE": the agency after the bar stays, as
	 * "María López, EFE", to be the source (article.c). */
	if ((bar = strrchr(s, '|')) != NULL && bar >= s + start + len &&
	    bar[1] == ' ' && (alen = strlen(bar + 2)) > 0 &&
	    agency_id(bar + 2, alen) != NULL) {
		out = arena_alloc(m->a->arena, len + alen + 3);
		memcpy(out, s + start, len);
		memcpy(out + len, ", ", 2);
		memcpy(out + len + 2, bar + 2, alen + 1);
		return out;
	}
	return arena_strndup(m->a->arena, s + start, len);
}

/* --- choosing ----------------------------------------------------------- */

static int
contains_ci(const char *hay, const char *needle)
{
	size_t	 n = strlen(needle);

	if (n == 0)
		return 0;
	for (; *hay != '\0'; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return 1;
	return 0;
}

/* hay ends with needle, and is longer. */
static int
ends_with_ci(const char *hay, const char *needle)
{
	size_t	 h = strlen(hay), n = strlen(needle);

	return n > 0 && h > n && strcasecmp(hay + h - n, needle) == 0;
}

static const char *const title_seps[] = { " | ", " || ", " - ", " – ",
    " — ", " :: ", " » ", " « ", " · ", " • ", " / " };

/* The last occurrence of sep in t, or NULL. */
static const char *
last_sep(const char *t, const char *sep)
{
	const char	*p, *last = NULL;

	for (p = strstr(t, sep); p != NULL; p = strstr(p + 1, sep))
		last = p;
	return last;
}

/* Every word of s is a label of the page's host ("Python Wiki" on
 * wiki.python.org, "BBC News" on news.bbc.co.uk): the site's name spelt
 * from its address. */
static int
spells_host(struct meta *m, const char *s)
{
	char		 host[256], word[64];
	const char	*h;
	size_t		 n, hl;
	int		 words = 0;

	if (m->a->url == NULL || !url_host(m->a->url, host, sizeof(host)))
		return 0;
	for (;;) {
		s += strspn(s, " ");
		if (*s == '\0')
			return words > 0;
		if ((n = strcspn(s, " ")) >= sizeof(word))
			return 0;
		memcpy(word, s, n);
		word[n] = '\0';
		for (h = host; *h != '\0'; h += hl + (h[hl] == '.')) {
			hl = strcspn(h, ".");
			if (hl == n && strncasecmp(h, word, n) == 0)
				break;
		}
		if (*h == '\0' || strcasecmp(word, "www") == 0)
			return 0;
		words++;
		s += n;
	}
}

/* A short part of a title (four words at most) one of whose words is
 * the name in the page's address: "sheego ♥ Magazin" on
 * www.sheego.de. */
static int
names_host(struct meta *m, const char *s)
{
	char		 host[256];
	const char	*label, *w;
	size_t		 n, words = 0, ln;
	int		 hit = 0;

	if ((label = url_site_label(m->a->url, host, sizeof(host))) == NULL ||
	    (ln = strlen(label)) < 3)
		return 0;
	for (w = s; *w != '\0'; w += n) {
		w += strspn(w, " ");
		if ((n = strcspn(w, " ")) == 0)
			break;
		words++;
		hit |= n == ln && strncasecmp(w, label, n) == 0;
	}
	return hit && words <= 4;
}

/* Length of the title without a trailing or leading part that names the
 * site ("Headline | Site", "Site - Headline"). */
static char *
strip_site(struct meta *m, const char *t)
{
	const char	*names[3] = { m->og_site, m->ld_publisher, m->app_name };
	size_t		 k, j, n, len = strlen(t);

	for (k = 0; k < sizeof(title_seps) / sizeof(title_seps[0]); k++) {
		const char *sep = title_seps[k], *p;
		size_t sl = strlen(sep);

		for (j = 0; j < 3; j++) {
			if (names[j] == NULL || (n = strlen(names[j])) == 0)
				continue;
			/* "Headline | Site" */
			if (len > n + sl && strncmp(t + len - n - sl, sep, sl)
			    == 0 && strncasecmp(t + len - n, names[j], n) == 0)
				return arena_strndup(m->a->arena, t,
				    len - n - sl);
			/* "Site | Headline" */
			if (len > n + sl && strncasecmp(t, names[j], n) == 0 &&
			    strncmp(t + n, sep, sl) == 0)
				return arena_strdup(m->a->arena, t + n + sl);
		}
		/* A long tail of site words: "Headline - Rubric | A | B". */
		if (k == 0 && (p = strstr(t, sep)) != NULL &&
		    strstr(p + sl, sep) != NULL)
			return arena_strndup(m->a->arena, t,
			    (size_t)(p - t));
		/* "Headline - Python Wiki" on wiki.python.org: the last
		 * part spells the host; "Magic Cleaning | sheego ♥ Magazin"
		 * on sheego.de names it. */
		if ((p = last_sep(t, sep)) != NULL && p > t &&
		    (spells_host(m, p + sl) || names_host(m, p + sl)))
			return arena_strndup(m->a->arena, t,
			    (size_t)(p - t));
	}
	return arena_strdup(m->a->arena, t);
}

/* The lead byte of a CJK character or of full-width punctuation
 * (U+3000-U+9FFF, U+FF00-U+FFEF): three bytes each.  Not Cyrillic, whose
 * hyphenated words ("Северо-Запад") are words. */
static int
is_cjk_lead(unsigned char c)
{
	return (c >= 0xe3 && c <= 0xe9) || c == 0xef;
}

/*
 * "武汉的声音：有英勇的你，才有英雄的城！-新华网", "…新台阶_科技_腾讯网":
 * Chinese and Japanese titles join the site and its section with a bare
 * "-", "_" or "|".  A short last part (four characters at most) after
 * one set between wide characters goes, twice at most, while a long
 * headline stays.
 */
static void
strip_cjk_tail(char *t)
{
	size_t	 len = strlen(t), k, round;

	for (round = 0; round < 2; round++) {
		for (k = len; k-- > 1;)
			if ((t[k] == '-' || t[k] == '_' || t[k] == '|') &&
			    k >= 3 && is_cjk_lead((unsigned char)t[k - 3]) &&
			    k + 1 < len && is_cjk_lead((unsigned char)t[k + 1]))
				break;
		/* 12 bytes: four characters of three bytes. */
		if (k < 18 || len - k - 1 > 12)
			return;	/* none, or a long part: the headline's */
		t[k] = '\0';
		len = k;
	}
}

/* "Headline – My website" in <title>, with no site name to go by: a
 * short last part after a separator names the site when what stands
 * before it reads as a headline. */
static char *
strip_tail(struct meta *m, char *t)
{
	static const char *const seps[] = { " | ", " – ", " — ", " - ",
	    " :: ", " » ", " · " };
	char	*best = NULL, *p;
	size_t	 k;

	/* "Code | Get your Frontend JavaScript Code Covered": a word or two
	 * of the site before a pipe, a headline after it. */
	if ((p = strstr(t, " | ")) != NULL && strstr(p + 3, " | ") == NULL) {
		*p = '\0';
		k = (size_t)meta_word_count(t);
		*p = ' ';
		if (k <= 2 && meta_word_count(p + 3) >= 4)
			return p + 3;
	}
	for (k = 0; k < sizeof(seps) / sizeof(seps[0]); k++)
		if ((p = (char *)last_sep(t, seps[k])) != NULL &&
		    (best == NULL || p > best))
			best = p;
	if (best == NULL) {
		strip_cjk_tail(t);
		return t;
	}
	if (meta_word_count(best) > 6)
		return t;
	*best = '\0';
	if (meta_word_count(t) < 3) {
		*best = ' ';
		return t;
	}
	(void)m;
	return t;
}

int
meta_word_count(const char *s)
{
	int	 n = 0, in = 0;

	for (; *s != '\0'; s++) {
		if (*s == ' ')
			in = 0;
		else if (!in) {
			in = 1;
			n++;
		}
	}
	return n;
}

/* "Gregory Szorc's Digital Home | Mercurial's Journey to …" with no h1
 * and the story's own h2 reading "Mercurial's Journey to …": the part
 * of the <title> that a heading repeats is the headline. */
static const char *
title_part_in_h2(struct meta *m)
{
	enum { NSEPS = sizeof(title_seps) / sizeof(title_seps[0]) };
	const char	*t = m->html_title, *p, *start, *next[NSEPS];
	size_t		 k, n, sl = 3;
	int		 j;

	if (t == NULL || m->nh2 == 0)
		return NULL;
	/* Each separator's next place, searched again only once passed:
	 * a title of thousands of parts stays linear. */
	for (k = 0; k < NSEPS; k++)
		next[k] = strstr(t, title_seps[k]);
	for (start = t; start != NULL; start = p != NULL ? p + sl : NULL) {
		p = NULL;
		for (k = 0; k < NSEPS; k++) {
			if (next[k] != NULL && next[k] < start)
				next[k] = strstr(start, title_seps[k]);
			if (next[k] != NULL && (p == NULL || next[k] < p)) {
				p = next[k];
				sl = strlen(title_seps[k]);
			}
		}
		n = p != NULL ? (size_t)(p - start) : strlen(start);
		if (start == t && p == NULL)
			return NULL;	/* no separator: nothing to choose */
		for (j = 0; j < m->nh2; j++)
			if (strlen(m->h2[j]) == n && n >= 12 &&
			    strncasecmp(m->h2[j], start, n) == 0)
				return m->h2[j];
	}
	return NULL;
}

/* "Der historische Purzelbaum (2021/5)" in og:title over an h2 "Der
 * historische Purzelbaum": the markup added an issue or an edition in
 * parentheses to the headline the page shows. */
static const char *
h2_before_paren(const struct meta *m, const char *t)
{
	size_t	 n, tl;
	int	 k;

	if (t == NULL || (tl = strlen(t)) == 0 || t[tl - 1] != ')')
		return NULL;
	for (k = 0; k < m->nh2; k++) {
		n = strlen(m->h2[k]);
		if (n >= 8 && tl > n + 3 && strncmp(t, m->h2[k], n) == 0 &&
		    t[n] == ' ' && t[n + 1] == '(' &&
		    memchr(t + n + 2, '(', tl - n - 2) == NULL)
			return m->h2[k];
	}
	return NULL;
}

/* The page's one h1.  When it sets several, those set twice or more
 * are a widget repeated ("Unser Newsletter!" in the sidebar and the
 * footer), and an h1 in a box that looks like boilerplate may be the
 * one left. */
static const char *
lone_h1(const struct meta *m)
{
	const char	*all[8], *lone = NULL;
	int		 n = 0, k, j, repeated;

	if (m->nh1 == 1)
		return m->h1[0];
	if (m->nh1 == 0)
		return NULL;
	for (k = 0; k < m->nh1; k++)
		all[n++] = m->h1[k];
	for (k = 0; k < m->nboxed_h1; k++)
		all[n++] = m->boxed_h1[k];
	for (k = 0; k < n; k++) {
		for (repeated = 0, j = 0; j < n; j++)
			if (j != k && strcmp(all[j], all[k]) == 0)
				repeated = 1;
		if (repeated)
			continue;
		if (lone != NULL)
			return NULL;
		lone = all[k];
	}
	return lone;
}

/* The <title> without a last part that the page's h1 or logo repeats:
 * the site's banner ("Enchufla Figuren - Salsa-Figuren - Rueda in
 * Berlin" under <h1><a href="/">Salsa-Figuren - Rueda in Berlin</a>). */
static const char *
story_part(struct meta *m)
{
	const char	*t = m->html_title, *h;
	size_t		 k, j, tl = strlen(t), hl, sl;

	for (k = 0; k <= (size_t)m->nh1; k++) {
		if ((h = k < (size_t)m->nh1 ? m->h1[k] : m->logo) == NULL)
			continue;
		hl = strlen(h);
		for (j = 0; j < sizeof(title_seps) / sizeof(title_seps[0]);
		    j++) {
			sl = strlen(title_seps[j]);
			if (hl >= 4 && tl > hl + sl &&
			    strcmp(t + tl - hl, h) == 0 &&
			    strncmp(t + tl - hl - sl, title_seps[j], sl) == 0 &&
			    meta_word_count(t) - meta_word_count(h) >= 3)
				return arena_strndup(m->a->arena, t,
				    tl - hl - sl);
		}
	}
	return t;
}

static int same_letters(const char *, const char *);

/* s is the site's name, or spells its host ("Anwalt Niemeyer" on
 * www.anwaltniemeyer.de). */
static int
names_the_site(struct meta *m, const char *s)
{
	char		 host[256];
	const char	*label;

	if ((m->og_site != NULL && strcasecmp(s, m->og_site) == 0) ||
	    (m->app_name != NULL && strcasecmp(s, m->app_name) == 0))
		return 1;
	return (label = url_site_label(m->a->url, host, sizeof(host))) !=
	    NULL && same_letters(s, label);
}

static const char *
choose_title(struct meta *m, const char **ev)
{
	const char	*marked[3] = { m->ld_headline, m->og_title,
	    m->html_title };
	char		*story = NULL;
	const char	*part;
	int		 k, j;

	/* The <title> without the site's part: an h1 that only that part
	 * confirms is the site's logo ("Story - Chapter 1 [Site]"). */
	if (m->html_title != NULL)
		story = strip_tail(m, strip_site(m, story_part(m)));
	/* A kicker set in the h1 before the headline that the markup
	 * names alone ("Medienmitteilung der Direktion: Impfen und …"). */
	for (k = 0; k < m->nh1; k++)
		for (j = 0; j < 3; j++) {
			const char *t = j == 0 ? story : marked[j - 1];

			if (t != NULL && meta_word_count(t) >= 4 &&
			    ends_with_ci(m->h1[k], t))
				return *ev = "h1", t;
		}
	/* The visible headline, when the markup confirms it; of several
	 * h1s confirmed, the longest: "La Prensa", the logo's h1, is in
	 * "Headline | La Prensa" too. */
	*ev = "h1";
	part = NULL;
	for (k = 0; k < m->nh1; k++)
		for (j = 0; j < 3; j++)
			if (marked[j] != NULL && strlen(m->h1[k]) >= 8 &&
			    contains_ci(marked[j], m->h1[k]) &&
			    (j < 2 || contains_ci(story, m->h1[k]) ||
			    strcasecmp(marked[j], m->h1[k]) == 0) &&
			    (part == NULL || strlen(m->h1[k]) > strlen(part)))
				part = m->h1[k];
	if (part != NULL)
		return part;
	/* An h1 in a box that looks like boilerplate, when the markup
	 * gives it word for word. */
	for (k = 0; k < m->nboxed_h1; k++)
		for (j = 0; j < 2; j++)
			if (marked[j] != NULL &&
			    meta_word_count(m->boxed_h1[k]) >= 3 &&
			    strcasecmp(marked[j], m->boxed_h1[k]) == 0)
				return m->boxed_h1[k];
	/* One headline set in h1, a sentence long: what readers see
	 * beats a title written for search engines. */
	if ((part = lone_h1(m)) != NULL && meta_word_count(part) >= 4 &&
	    !(story != NULL && contains_ci(m->html_title, part) &&
	    !contains_ci(story, part)))
		return part;
	/* The title names the site alone ("Anwalt Niemeyer" on
	 * anwaltniemeyer.de): the page's one h1, however short, heads it. */
	if ((part = lone_h1(m)) != NULL && story != NULL &&
	    names_the_site(m, story))
		return part;
	if (m->ld_headline != NULL)
		return *ev = "json-ld", strip_site(m, m->ld_headline);
	if ((part = title_part_in_h2(m)) != NULL)
		return *ev = "title element", part;
	if ((part = h2_before_paren(m, m->og_title)) != NULL)
		return *ev = "h2", part;
	if (m->og_title != NULL)
		return *ev = "meta", strip_site(m, m->og_title);
	if (m->tw_title != NULL)
		return *ev = "meta", strip_site(m, m->tw_title);
	if (m->html_title != NULL)
		return *ev = "title element",
		    strip_tail(m, strip_site(m, story_part(m)));
	*ev = "h1";
	return m->nh1 > 0 ? m->h1[0] : NULL;
}

/* "23.01.2022 - Dorothea Wierer darf …": a numeric date set before the
 * headline with a dash or a bar is the date, not the headline's.  (A
 * date in words may be the headline's subject: "1. Mai: …".) */
static char *
drop_date_prefix(char *t)
{
	static const char *const seps[] = { " - ", " \xe2\x80\x93 ",
	    " \xe2\x80\x94 ", " | " };
	struct date	 d;
	size_t		 start, end, k, n;

	if (t == NULL || t[0] < '0' || t[0] > '9' ||
	    !date_find(t, strlen(t), DATE_ORDER_DMY, &d, &start, &end) ||
	    start != 0 || d.year == 0 || d.day == 0)
		return t;
	/* Digits and separators only: "23.01.2022", "2022-01-23". */
	for (k = 0; k < end; k++)
		if (!((t[k] >= '0' && t[k] <= '9') || t[k] == '.' ||
		    t[k] == '-' || t[k] == '/'))
			return t;
	for (k = 0; k < sizeof(seps) / sizeof(seps[0]); k++) {
		n = strlen(seps[k]);
		if (strncmp(t + end, seps[k], n) == 0 && t[end + n] != '\0')
			return t + end + n;
	}
	return t;
}

/* An ISO 8601 value as precise as its source, or NULL. */
static char *
iso_date(struct meta *m, const char *s)
{
	struct date	 d;
	char		 out[40];

	if (s == NULL || !date_parse(s, strlen(s), DATE_ORDER_UNKNOWN, &d) ||
	    date_format(&d, out, sizeof(out)) == 0)
		return NULL;
	return arena_strdup(m->a->arena, out);
}

/* The first of two dates that parses; *ev names where it came from. */
static char *
first_date(struct meta *m, const char *ld, const char *meta,
    const char **ev)
{
	char	*d;

	if ((d = iso_date(m, ld)) != NULL)
		*ev = "json-ld";
	else if ((d = iso_date(m, meta)) != NULL)
		*ev = "meta";
	return d;
}

static const char *
first_of(const char *a, const char *b, const char *c)
{
	return a != NULL ? a : b != NULL ? b : c;
}

/* first_of(), telling which one: ea, eb or ec in *ev. */
static char *
first_ev(const char *a, const char *ea, const char *b, const char *eb,
    const char *c, const char *ec, const char **ev)
{
	const char	*v = first_of(a, b, c);

	*ev = v == NULL ? NULL : v == a ? ea : v == b ? eb : ec;
	return (char *)v;
}

/* 1 when two names spell the same letters, case and spaces aside. */
static int
same_letters(const char *a, const char *b)
{
	for (;;) {
		while (*a == ' ' || *a == '.' || *a == '-' || *a == '_')
			a++;
		while (*b == ' ' || *b == '.' || *b == '-' || *b == '_')
			b++;
		if (*a == '\0' || *b == '\0')
			return *a == *b;
		if ((*a | 0x20) != (*b | 0x20))
			return 0;
		a++;
		b++;
	}
}

/* One word that spells the site's name or its host's ("L-MAG" on
 * l-mag.de, "stylegart" on stylegart.de): the brand signing, not a
 * person.  A person's name has two words at least; "Alexander Klier"
 * on alexander-klier.net stays. */
static int
is_brand(struct meta *m, const char *a, const char *site)
{
	char		 host[256];
	const char	*label;

	if (strchr(a, ' ') != NULL)
		return 0;
	if (site != NULL && same_letters(a, site))
		return 1;
	/* The host's own name: "l-mag" in www.l-mag.de. */
	return (label = url_site_label(m->a->url, host, sizeof(host))) !=
	    NULL && same_letters(a, label);
}

/* A conjunction joins two names at p: " and ", " & ", " und ", … */
static size_t
joins_names(const char *p)
{
	static const char *const joins[] = { " and ", " & ", " und ",
	    " et ", " y ", " e ", " i ", " и ", "; " };
	size_t	 k, n;

	for (k = 0; k < sizeof(joins) / sizeof(joins[0]); k++)
		if (strncmp(p, joins[k], n = strlen(joins[k])) == 0)
			return n;
	return 0;
}

/* The byline under the headline names everyone the markup's names do,
 * and more: "JANE DOE" in JSON-LD, "By JANE DOE and JOHN ROE" on the
 * page (the markup kept the first author only).  A conjunction must
 * join a markup name to the next: after a comma a role may follow
 * ("Daniel Kahn Gillmor, Senior Staff Technologist, …"). */
static int
byline_names_more(const char *names, const char *byline)
{
	const char	*p, *q, *at;
	size_t		 n, b, names_n = 0, joins = 0;
	int		 joined = 0;

	for (p = names; p != NULL; p = q != NULL ? q + 2 : NULL) {
		q = strstr(p, "; ");
		n = q != NULL ? (size_t)(q - p) : strlen(p);
		if (n == 0)
			return 0;
		for (at = byline; *at != '\0'; at++)
			if (strncasecmp(at, p, n) == 0)
				break;
		if (*at == '\0')
			return 0;
		for (b = 1; b <= 5 && (size_t)(at - byline) >= b; b++)
			joined |= joins_names(at - b) == b;
		joined |= joins_names(at + n) > 0;
		names_n++;
	}
	/* More names than the markup's: as many joins at least. */
	for (at = byline; *at != '\0'; at++)
		joins += joins_names(at) > 0 || strncmp(at, ", ", 2) == 0;
	return joined && joins >= names_n;
}

/* The markup's author, unless it names no person or only the site
 * while the page shows a byline. */
static char *
choose_author(struct meta *m, const char **ev)
{
	enum { LD, SCHOLARLY, META, META2, LABEL, NCANDS };
	static const char *const evs[NCANDS] = { "json-ld", "meta", "meta",
	    "meta", "meta" };
	const char	*cands[NCANDS] = { m->ld_author, m->scholarly,
	    m->meta_author, m->meta_author2, m->label_author };
	const char	*site = first_of(m->og_site, m->ld_publisher,
	    m->app_name);
	char		*a;
	size_t		 k;

	for (k = 0; k < NCANDS; k++) {
		/* The second key stands in for a publisher only. */
		if (k == META2 && m->byline != NULL)
			continue;
		if (cands[k] == NULL)
			continue;
		/* Scholarly keys hold clean names, one per element, and a
		 * paper may have dozens: joined, they are no byline. */
		if (k == SCHOLARLY)
			a = strlen(cands[k]) < MAX_SCHOLARLY ?
			    arena_strdup(m->a->arena, cands[k]) : NULL;
		else
			a = strlen(cands[k]) <= 200 ?
			    meta_clean_byline(m, cands[k]) : NULL;
		if (a == NULL || byline_is_no_author(a))
			continue;
		/* A paper or a company ("Auto Illustrierte", "… GmbH")
		 * where the byline may name the person. */
		if (k != SCHOLARLY && byline_is_organization(a, strlen(a)))
			continue;
		/* The site signing, while a byline or another key names
		 * someone else. */
		if ((m->byline != NULL || (k == META &&
		    m->meta_author2 != NULL)) &&
		    site != NULL &&
		    (strcasecmp(a, site) == 0 || contains_ci(site, a)))
			continue;
		if (is_brand(m, a, site))
			continue;
		/* "Nils" or "nilspickert" in the markup, "Nils Pickert" in
		 * the byline: the account name stands for the byline. */
		if (m->byline != NULL && strchr(a, ' ') == NULL &&
		    ((strncmp(m->byline, a, strlen(a)) == 0 &&
		    m->byline[strlen(a)] == ' ') || same_letters(a, m->byline)))
			return *ev = "byline", m->byline;
		if (k != SCHOLARLY && m->byline != NULL &&
		    byline_names_more(a, m->byline))
			return *ev = "byline", m->byline;
		return *ev = evs[k], a;
	}
	*ev = "byline";
	/* "Revised Edition": a byline element that names no person leaves
	 * the author open for the story's own byline (extract.c). */
	if (m->byline != NULL && (byline_is_no_author(m->byline) ||
	    (byline_is_organization(m->byline, strlen(m->byline)) &&
	    agency_id(m->byline, strlen(m->byline)) == NULL)))
		return NULL;
	return m->byline;
}

/* One part of a site's name or title as its owner's name: "Dr.
 * Alexander Klier", "Gregory Szorc's Digital Home".  The honorific and
 * what follows the possessive go; without either, a part that spells
 * the host is as likely a brand ("Zoo Berlin", "Jamaica Observer"). */
static char *
owner_name(struct meta *m, const char *s, size_t len)
{
	static const char *const honorifics[] = { "Dr. ", "Prof. ",
	    "Prof. Dr. ", "Dr.-Ing. " };
	const char	*p;
	size_t		 k, n;
	int		 personal = 0;

	for (k = sizeof(honorifics) / sizeof(honorifics[0]); k-- > 0;) {
		n = strlen(honorifics[k]);
		if (len > n && strncmp(s, honorifics[k], n) == 0) {
			s += n;
			len -= n;
			personal = 1;
			break;
		}
	}
	for (p = s; p < s + len; p++)
		if ((p[0] == '\'' && p + 1 < s + len && p[1] == 's') ||
		    (strncmp(p, "\xe2\x80\x99s", 4) == 0 && p + 4 <= s + len)) {
			len = (size_t)(p - s);
			personal = 1;
			break;
		}
	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (!personal || len < 5 || len > 40 || memchr(s, ' ', len) == NULL ||
	    !byline_looks_like_name(s, len))
		return NULL;
	return arena_strndup(m->a->arena, s, len);
}

/*
 * A personal site: its name, or a part of its title, is a person's name
 * that spells the host ("Dr. Alexander Klier" on alexander-klier.net,
 * "Gregory Szorc's Digital Home" on gregoryszorc.com).  The owner
 * wrote the page when nothing else names an author.
 */
static char *
site_owner(struct meta *m)
{
	const char	*cands[3] = { m->og_site, m->app_name, m->html_title };
	char		 host[256], *name;
	const char	*s, *end, *sep, *label;
	size_t		 k, j, len;

	if ((label = url_site_label(m->a->url, host, sizeof(host))) == NULL)
		return NULL;
	for (k = 0; k < 3; k++) {
		if ((s = cands[k]) == NULL || strlen(s) > 300)
			continue;
		/* Each part between the title's separators. */
		for (; *s != '\0'; s = end) {
			len = strlen(s);
			end = s + len;
			for (j = 0; j < sizeof(title_seps) / sizeof(title_seps[0]);
			    j++)
				if ((sep = strstr(s, title_seps[j])) != NULL &&
				    (size_t)(sep - s) < len) {
					len = (size_t)(sep - s);
					end = sep + strlen(title_seps[j]);
				}
			if ((name = owner_name(m, s, len)) != NULL &&
			    same_letters(name, label))
				return name;
		}
	}
	return NULL;
}

static char *
choose_lang(struct meta *m, const char **ev)
{
	char	*l = first_ev(m->html_lang, "html lang", m->meta_lang, "meta",
	    m->ld_lang, "json-ld", ev);
	char	*p;

	if (l == NULL && m->og_locale != NULL) {
		*ev = "meta";
		l = arena_strdup(m->a->arena, m->og_locale);
		for (p = l; *p != '\0'; p++)
			if (*p == '_')
				*p = '-';
	}
	return l;
}

/* Resolve a page-given link against the caller's address. */
static char *
choose_url(struct meta *m, const char *base, const char **ev)
{
	const char	*u = first_ev(m->canonical, "canonical link", m->og_url,
	    "meta", m->ld_url, "json-ld", ev);
	xmlChar		*abs;
	char		*out;

	if (u == NULL) {
		*ev = base != NULL ? "--url" : NULL;
		return base != NULL ? arena_strdup(m->a->arena, base) : NULL;
	}
	if (base == NULL || strstr(u, "://") != NULL)
		return arena_strdup(m->a->arena, u);
	if ((abs = xmlBuildURI((const xmlChar *)u, (const xmlChar *)base))
	    == NULL)
		return arena_strdup(m->a->arena, u);
	out = arena_strdup(m->a->arena, (const char *)abs);
	xmlFree(abs);
	return out;
}

const char *
meta_ld_body(const struct meta *m)
{
	return m->ld_body;
}

const char *
meta_page_url(const struct meta *m)
{
	return m->canonical != NULL ? m->canonical : m->og_url != NULL ?
	    m->og_url : m->ld_url;
}

/* One --explain line for a candidate, its value cut at 120 bytes on a
 * character's start. */
static void
explain_value(struct buf *ex, const char *what, const char *value)
{
	size_t	 n = strlen(value);

	if (n > 120)
		for (n = 120; n > 0 && ((unsigned char)value[n] & 0xC0) == 0x80;
		    n--)
			continue;
	buf_printf(ex, "meta: %s \"%.*s%s\"\n", what, (int)n, value,
	    value[n] != '\0' ? "…" : "");
}

/* --explain: the candidates the choice weighs, by where they stand. */
static void
explain_candidates(const struct meta *m)
{
	const struct {
		const char	*what, *value;
	} one[] = {
		{ "json-ld headline", m->ld_headline },
		{ "og:title", m->og_title }, { "twitter:title", m->tw_title },
		{ "<title>", m->html_title }, { "logo h1", m->logo },
		{ "json-ld author", m->ld_author },
		{ "meta author", m->meta_author },
		{ "second meta author", m->meta_author2 },
		{ "labelled author", m->label_author },
		{ "byline", m->byline },
		{ "json-ld datePublished", m->ld_published },
		{ "meta published", m->meta_published },
	};
	size_t	 k;
	int	 j;

	if (m->explain == NULL)
		return;
	for (k = 0; k < sizeof(one) / sizeof(one[0]); k++)
		if (one[k].value != NULL)
			explain_value(m->explain, one[k].what, one[k].value);
	for (j = 0; j < m->nh1; j++)
		explain_value(m->explain, "h1", m->h1[j]);
	for (j = 0; j < m->nboxed_h1; j++)
		explain_value(m->explain, "h1 in a box", m->boxed_h1[j]);
	for (j = 0; j < m->nh2; j++)
		explain_value(m->explain, "h2", m->h2[j]);
}

void
meta_decide(struct meta *m, const char *url)
{
	struct article	*a = m->a;
	struct evidence	*ev = &a->ev;

	a->url = choose_url(m, url, &ev->url);	/* the title knows the host */
	explain_candidates(m);
	a->title = drop_date_prefix((char *)choose_title(m, &ev->title));
	a->date = first_date(m, m->ld_published, m->meta_published, &ev->date);
	a->modified = first_date(m, m->ld_modified, m->meta_modified,
	    &ev->modified);
	a->site_name = first_ev(m->og_site, "meta", m->ld_publisher,
	    "json-ld", m->app_name, "meta", &ev->site_name);
	a->section = first_ev(m->ld_section, "json-ld", m->meta_section,
	    "meta", m->crumb_section, "breadcrumb", &ev->section);
	a->lang = choose_lang(m, &ev->lang);
	a->author = choose_author(m, &ev->author);	/* knows the host */
	if (a->author == NULL && (a->author = site_owner(m)) != NULL)
		ev->author = "site owner";
	a->description = first_ev(m->og_description, "meta",
	    m->meta_description, "meta", m->ld_description, "json-ld",
	    &ev->description);
}

/* /2024/06/21/ in the address, as a date. */
static int
url_date(const char *u, struct date *d)
{
	const char	*p;
	int		 y, mo, day;

	if (u == NULL)
		return 0;
	for (p = u; *p != '\0'; p++)
		if (*p == '/' && sscanf(p, "/%4d/%2d/%2d", &y, &mo, &day) == 3 &&
		    y >= 1990 && date_valid_ymd(y, mo, day)) {
			memset(d, 0, sizeof(*d));
			d->year = y;
			d->month = mo;
			d->day = day;
			d->hour = d->minute = d->second = -1;
			return 1;
		}
	return 0;
}

/* The page shows day, an ISO 8601 string, as the day its markup calls
 * the last change (date.h). */
static int
republished_on(const struct article *a, const char *day)
{
	struct date	 shown;

	return date_parse(day, strlen(day), DATE_ORDER_UNKNOWN, &shown) &&
	    date_republished(a->date, a->modified, &shown);
}

/*
 * The date in the address: the last resort when the page gave none, and
 * the publisher's own calendar day when the page gave a UTC time that
 * falls on the day after or before it (an evening story in New York
 * is dated the next day in UTC).
 */
void
meta_date_fallback(struct meta *m)
{
	struct date	 ud, got;
	char		 out[16];
	long		 apart;

	/* A date the page labels ("Datum: 12.01.2017") where the
	 * extractor found none at the headline: the template set it
	 * aside, in a box the boilerplate pruning took. */
	if (m->a->date == NULL && m->label_date != NULL) {
		m->a->date = m->label_date;
		m->a->ev.date = "visible text (labelled)";
		return;
	}
	if (m->share_date != NULL && (m->a->date == NULL ||
	    republished_on(m->a, m->share_date))) {
		m->a->ev.date = m->a->date == NULL ?
		    "visible text (share bar)" : "visible text (republished)";
		m->a->date = m->share_date;
		return;
	}
	if (!url_date(m->a->url, &ud))
		return;
	if (m->a->date != NULL) {
		if (!date_parse(m->a->date, strlen(m->a->date),
		    DATE_ORDER_UNKNOWN, &got) || !got.has_offset ||
		    got.offset != 0)
			return;
		apart = date_days(got.year, got.month, got.day) -
		    date_days(ud.year, ud.month, ud.day);
		/* Only where a clock can show that day: a day before needs
		 * an early UTC hour (before 10:00, Hawaii's midnight), a day
		 * after a late one. */
		if (!((apart == 1 && got.hour >= 0 && got.hour < 10) ||
		    (apart == -1 && got.hour >= 10)))
			return;
	}
	date_format(&ud, out, sizeof(out));
	m->a->date = arena_strdup(m->a->arena, out);
	m->a->ev.date = "url";
}
