/* SPDX-License-Identifier: ISC */
/*
 * Site rules: an INI-like file of [host] sections and "key = value"
 * lines (artex-rules(5)).  Expressions are compiled once at load time to
 * report mistakes with their file and line, then kept as text and
 * compiled again where they are used: a compiled XPath expression is not
 * promised to be safe to share between threads.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <libxml/xpath.h>

#include "article.h"
#include "buf.h"
#include "byline.h"
#include "date.h"
#include "dom.h"
#include "rules.h"
#include "url.h"
#include "xalloc.h"

enum key { K_CONTENT, K_TITLE, K_DATE, K_AUTHOR, K_SECTION, K_DROP,
    K_BOILERPLATE, K__MAX };

static const char *const key_names[K__MAX] = { "content", "title", "date",
    "author", "section", "drop", "boilerplate" };

#define SINGLE_KEYS K_DROP	/* keys before this one hold one value */

struct site_rules {
	char		**hosts;
	size_t		  nhosts;
	char		 *one[SINGLE_KEYS];
	char		**drops;
	size_t		  ndrops;
	char		**phrases;	/* NULL-terminated */
	size_t		  nphrases;
};

struct rules {
	struct site_rules *v;
	size_t		   n;
};

/*
 * Loading.
 */

static void
push_str(char ***v, size_t *n, const char *s, int terminate)
{
	*v = xrealloc(*v, (*n + 1 + (terminate != 0)) * sizeof(char *));
	(*v)[(*n)++] = xstrdup(s);
	if (terminate)
		(*v)[*n] = NULL;
}

static char *
trim(char *s)
{
	char	*e;

	while (*s == ' ' || *s == '\t')
		s++;
	for (e = s + strlen(s); e > s && (e[-1] == ' ' || e[-1] == '\t' ||
	    e[-1] == '\r'); e--)
		;
	*e = '\0';
	return s;
}

static int
valid_xpath(const char *expr)
{
	xmlXPathCompExprPtr	 c = xmlXPathCompile((const xmlChar *)expr);

	if (c == NULL)
		return 0;
	xmlXPathFreeCompExpr(c);
	return 1;
}

/* "[belta.by eng.belta.by]": the hosts, lower-cased. */
static int
start_section(struct rules *r, char *line, struct buf *err,
    const char *where)
{
	struct site_rules	*s;
	char			*h, *save = NULL, *p;

	r->v = xrealloc(r->v, (r->n + 1) * sizeof(*r->v));
	s = &r->v[r->n++];
	memset(s, 0, sizeof(*s));
	s->phrases = xcalloc(1, sizeof(char *));
	line[strlen(line) - 1] = '\0';
	for (h = strtok_r(line + 1, " \t,", &save); h != NULL;
	    h = strtok_r(NULL, " \t,", &save)) {
		for (p = h; *p != '\0'; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p += 'a' - 'A';
			else if (*p == '/' || *p == ':') {
				buf_printf(err, "%s: '%s' is not a host name",
				    where, h);
				return -1;
			}
		push_str(&s->hosts, &s->nhosts, h, 0);
	}
	if (s->nhosts == 0) {
		buf_printf(err, "%s: a [host] line names no host", where);
		return -1;
	}
	return 0;
}

static int
add_rule(struct rules *r, char *line, struct buf *err, const char *where)
{
	struct site_rules	*s;
	char			*eq = strchr(line, '='), *key, *val;
	int			 k;

	if (eq == NULL) {
		buf_printf(err, "%s: expected 'key = value' or '[host]'", where);
		return -1;
	}
	*eq = '\0';
	key = trim(line);
	val = trim(eq + 1);
	for (k = 0; k < K__MAX && strcasecmp(key, key_names[k]) != 0; k++)
		;
	if (k == K__MAX) {
		buf_printf(err, "%s: unknown key '%s' (content, drop, title, "
		    "date, author, section, boilerplate)", where, key);
		return -1;
	}
	if (r->n == 0) {
		buf_printf(err, "%s: '%s' before any [host] line", where, key);
		return -1;
	}
	if (*val == '\0') {
		buf_printf(err, "%s: '%s' has no value", where, key);
		return -1;
	}
	if (k != K_BOILERPLATE && !valid_xpath(val)) {
		buf_printf(err, "%s: invalid XPath expression: %s", where, val);
		return -1;
	}
	s = &r->v[r->n - 1];
	if (k < SINGLE_KEYS) {
		if (s->one[k] != NULL) {
			buf_printf(err, "%s: '%s' given twice for this host",
			    where, key);
			return -1;
		}
		s->one[k] = xstrdup(val);
	} else if (k == K_DROP)
		push_str(&s->drops, &s->ndrops, val, 0);
	else
		push_str(&s->phrases, &s->nphrases, val, 1);
	return 0;
}

static int
load_file(struct rules *r, const char *path, struct buf *err)
{
	FILE	*fp;
	char	*line = NULL, *t, where[512];
	size_t	 cap = 0;
	int	 no = 0, rc = 0;

	if ((fp = fopen(path, "r")) == NULL) {
		buf_printf(err, "%s: %s", path, strerror(errno));
		return -1;
	}
	while (rc == 0 && getline(&line, &cap, fp) != -1) {
		no++;
		line[strcspn(line, "\n")] = '\0';
		t = trim(line);
		if (*t == '\0' || *t == '#' || *t == ';')
			continue;
		snprintf(where, sizeof(where), "%s:%d", path, no);
		if (*t == '[' && t[strlen(t) - 1] == ']')
			rc = start_section(r, t, err, where);
		else
			rc = add_rule(r, t, err, where);
	}
	free(line);
	fclose(fp);
	return rc;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.rules file of a folder, in name order. */
static int
load_dir(struct rules *r, const char *dir, struct buf *err)
{
	struct dirent	*e;
	DIR		*d;
	char		**names = NULL, path[4096];
	size_t		 n = 0, k, len;
	int		 rc = 0;

	if ((d = opendir(dir)) == NULL) {
		buf_printf(err, "%s: %s", dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL)
		if ((len = strlen(e->d_name)) > 6 && e->d_name[0] != '.' &&
		    strcmp(e->d_name + len - 6, ".rules") == 0)
			push_str(&names, &n, e->d_name, 0);
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof(char *), cmp_str);
	for (k = 0; k < n; k++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[k]);
		if (rc == 0)
			rc = load_file(r, path, err);
		free(names[k]);
	}
	free(names);
	return rc;
}

struct rules *
rules_load(const char *const *paths, size_t n, struct buf *err)
{
	struct rules	*r = xcalloc(1, sizeof(*r));
	struct stat	 st;
	size_t		 k;
	int		 rc = 0;

	dom_init_thread();	/* libxml2's own messages stay quiet */
	for (k = 0; rc == 0 && k < n; k++) {
		if (stat(paths[k], &st) == -1) {
			buf_printf(err, "%s: %s", paths[k], strerror(errno));
			rc = -1;
		} else if (S_ISDIR(st.st_mode))
			rc = load_dir(r, paths[k], err);
		else
			rc = load_file(r, paths[k], err);
	}
	if (rc == -1) {
		rules_free(r);
		return NULL;
	}
	return r;
}

static void
free_strs(char **v, size_t n)
{
	size_t	 k;

	for (k = 0; k < n; k++)
		free(v[k]);
	free(v);
}

void
rules_free(struct rules *r)
{
	size_t	 k, j;

	if (r == NULL)
		return;
	for (k = 0; k < r->n; k++) {
		free_strs(r->v[k].hosts, r->v[k].nhosts);
		for (j = 0; j < SINGLE_KEYS; j++)
			free(r->v[k].one[j]);
		free_strs(r->v[k].drops, r->v[k].ndrops);
		free_strs(r->v[k].phrases, r->v[k].nphrases);
	}
	free(r->v);
	free(r);
}

size_t
rules_count(const struct rules *r)
{
	return r != NULL ? r->n : 0;
}

/*
 * Choosing.
 */

/* host is rule or a subdomain of it; returns the length matched. */
static size_t
host_match(const char *host, const char *rule)
{
	size_t	 h = strlen(host), r = strlen(rule);

	if (h == r && strcmp(host, rule) == 0)
		return r;
	if (h > r && host[h - r - 1] == '.' && strcmp(host + h - r, rule) == 0)
		return r;
	return 0;
}

const struct site_rules *
rules_for(const struct rules *r, const char *url)
{
	const struct site_rules	*best = NULL;
	char			 host[256];
	size_t			 k, j, m, bestlen = 0;

	if (r == NULL || url == NULL || !url_host(url, host, sizeof(host)))
		return NULL;
	/* The most specific host wins; rules are not merged. */
	for (k = 0; k < r->n; k++)
		for (j = 0; j < r->v[k].nhosts; j++)
			if ((m = host_match(host, r->v[k].hosts[j])) > bestlen) {
				bestlen = m;
				best = &r->v[k];
			}
	return best;
}

/*
 * Applying.
 */

static xmlXPathObjectPtr
eval(htmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr	 ctx = xmlXPathNewContext(doc);
	xmlXPathObjectPtr	 obj;

	if (ctx == NULL)
		return NULL;
	obj = xmlXPathEvalExpression((const xmlChar *)expr, ctx);
	xmlXPathFreeContext(ctx);
	return obj;
}

static int
removable(const xmlNode *n)
{
	return n != NULL && (n->type == XML_ELEMENT_NODE ||
	    n->type == XML_TEXT_NODE) && n->parent != NULL &&
	    n->parent->type != XML_DOCUMENT_NODE &&
	    n->parent->type != XML_HTML_DOCUMENT_NODE;
}

size_t
rules_drop(const struct site_rules *s, htmlDocPtr doc, struct buf *explain)
{
	xmlXPathObjectPtr	 obj;
	xmlNodeSetPtr		 set;
	size_t			 k, total = 0;
	int			 i;

	for (k = 0; s != NULL && k < s->ndrops; k++) {
		if ((obj = eval(doc, s->drops[k])) == NULL)
			continue;
		set = obj->nodesetval;
		/* Unlink every match first: one may lie inside another, and
		 * freeing the outer one would free the inner one too. */
		for (i = 0; set != NULL && i < set->nodeNr; i++)
			if (removable(set->nodeTab[i]))
				xmlUnlinkNode(set->nodeTab[i]);
			else
				set->nodeTab[i] = NULL;
		for (i = 0; set != NULL && i < set->nodeNr; i++)
			if (set->nodeTab[i] != NULL) {
				if (explain != NULL) {
					buf_puts(explain, "prune: rule drop ");
					dom_describe(set->nodeTab[i], explain);
					buf_putc(explain, '\n');
				}
				xmlFreeNode(set->nodeTab[i]);
				set->nodeTab[i] = NULL;
				total++;
			}
		xmlXPathFreeObject(obj);
	}
	return total;
}

xmlNode *
rules_content(const struct site_rules *s, htmlDocPtr doc)
{
	xmlXPathObjectPtr	 obj;
	xmlNode			*n = NULL;
	int			 i;

	if (s == NULL || s->one[K_CONTENT] == NULL ||
	    (obj = eval(doc, s->one[K_CONTENT])) == NULL)
		return NULL;
	for (i = 0; obj->nodesetval != NULL && i < obj->nodesetval->nodeNr;
	    i++)
		if (obj->nodesetval->nodeTab[i]->type == XML_ELEMENT_NODE) {
			n = obj->nodesetval->nodeTab[i];
			break;
		}
	xmlXPathFreeObject(obj);
	return n;
}

/* The string value of an expression (a node set: its first node's). */
static char *
string_of(htmlDocPtr doc, const char *expr, struct article *a)
{
	xmlXPathObjectPtr	 obj = eval(doc, expr);
	xmlChar			*v;
	char			*out = NULL, *t;

	if (obj == NULL)
		return NULL;
	if ((v = xmlXPathCastToString(obj)) != NULL) {
		t = trim((char *)v);
		if (*t != '\0')
			out = article_strdup(a, t);
		xmlFree(v);
	}
	xmlXPathFreeObject(obj);
	return out;
}

static char *
date_of(htmlDocPtr doc, const char *expr, struct article *a)
{
	struct date	 d;
	size_t		 start, end;
	char		*s = string_of(doc, expr, a), iso[40];

	if (s == NULL)
		return NULL;
	if (!date_parse(s, strlen(s), DATE_ORDER_UNKNOWN, &d) &&
	    !date_find(s, strlen(s), DATE_ORDER_DMY, &d, &start, &end))
		return NULL;
	if (date_format(&d, iso, sizeof(iso)) == 0)
		return NULL;
	return article_strdup(a, iso);
}

void
rules_meta(const struct site_rules *s, htmlDocPtr doc, struct article *a)
{
	char	*v;
	size_t	 start, n;

	if (s == NULL)
		return;
	if (s->one[K_TITLE] != NULL &&
	    (v = string_of(doc, s->one[K_TITLE], a)) != NULL) {
		a->title = v;
		a->ev.title = "rule";
	}
	if (s->one[K_DATE] != NULL &&
	    (v = date_of(doc, s->one[K_DATE], a)) != NULL) {
		a->date = v;
		a->ev.date = "rule";
	}
	if (s->one[K_AUTHOR] != NULL &&
	    (v = string_of(doc, s->one[K_AUTHOR], a)) != NULL) {
		/* A byline as the page writes it: "By JANE DOE, Agency". */
		if ((n = byline_name(v, &start)) > 0)
			v[start + n] = '\0', v += start;
		a->author = v;
		a->ev.author = "rule";
	}
	if (s->one[K_SECTION] != NULL &&
	    (v = string_of(doc, s->one[K_SECTION], a)) != NULL) {
		a->section = v;
		a->ev.section = "rule";
	}
}

const char *const *
rules_phrases(const struct site_rules *s)
{
	static const char *const none[] = { NULL };

	return s != NULL ? (const char *const *)s->phrases : none;
}
