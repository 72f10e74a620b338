/* SPDX-License-Identifier: ISC */
/*
 * The renderers on articles built by hand, with what the extractor may
 * not give yet (links, images, every kind of block, nested lists, text
 * that looks like markup):
 *  - each format's output against tests/unit/render/NAME.FORMAT
 *    ("t_render DIR --regen" rewrites them; review with git diff);
 *  - the XML, TEI and HTML outputs against their RELAX NG schemas in
 *    tests/schema, and the JSON parsed back;
 *  - Markdown escaping against the table tests/unit/markdown.txt;
 *  - the helpers of render_util.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "arena.h"
#include "article.h"
#include "buf.h"
#include "cases.h"
#include "harness.h"
#include "render.h"
#include "render_util.h"

static const char	*dir = "tests/unit";
static int		 regen;

static struct block *
add(struct article *a, enum block_kind kind, int level, const char *text)
{
	return article_add_block(a, kind, level, text, strlen(text));
}

/* A link; article_set_links copies it. */
static struct link
ln(const char *text, const char *href)
{
	struct link	 l;

	l.text = (char *)text;
	l.href = (char *)href;
	return l;
}

/* Every kind of block, links where they are hard to place, images
 * before a caption, inside a list and after the last block. */
static struct article *
kitchen(void)
{
	struct article	*a = article_new();
	struct block	*b;
	struct link	 l[3];

	a->title = article_strdup(a, "Talks in *Minsk* end: #1 & <more>");
	a->date = article_strdup(a, "2024-06-21T13:32");
	a->modified = article_strdup(a, "2024-06-22T08:00:00+03:00");
	article_set_authors(a, "Jane Doe and John Roe", "byline");
	a->source = article_strdup(a, "BelTA");
	a->source_id = article_strdup(a, "BelTA");
	a->site_name = article_strdup(a, "The \"Ledger\"");
	a->section = article_strdup(a, "Politics");
	a->lang = article_strdup(a, "en_GB");
	a->url = article_strdup(a, "https://example.org/news/a b(1)");
	a->description = article_strdup(a, "Talks ended.");
	a->charset = article_strdup(a, "UTF-8");
	a->charset_confidence = 100;
	a->dateline = arena_alloc(a->arena, sizeof(*a->dateline));
	memset(a->dateline, 0, sizeof(*a->dateline));
	a->dateline->text = article_strdup(a, "MINSK, 21 June (BelTA)");
	a->dateline->place = article_strdup(a, "MINSK");
	a->dateline->date = article_strdup(a, "21 June");
	a->dateline->source = article_strdup(a, "BelTA");

	b = add(a, BLOCK_PARAGRAPH, 0, "MINSK, 21 June (BelTA) - Talks "
	    "*began* in Minsk at 10_00 [local]; see the report.");
	l[0] = ln("Minsk", "https://example.org/minsk");
	l[1] = ln("the report", "https://example.org/r (2).pdf?a=1&b=<2>");
	article_set_links(a, b, l, 2);
	add(a, BLOCK_HEADING, 2, "Results #1");
	b = add(a, BLOCK_PARAGRAPH, 0, "1. Not a list, AT&T & &amp; "
	    "<b>bold</b> `code` ~~gone~~ \\ end");
	add(a, BLOCK_LIST_ITEM, 1, "first");
	b = add(a, BLOCK_LIST_ITEM, 2, "nested with a link");
	l[0] = ln("a link", "https://example.org/l");
	article_set_links(a, b, l, 1);
	add(a, BLOCK_LIST_ITEM, 4, "deeper than its parent allows");
	add(a, BLOCK_LIST_ITEM, 1, "# second");
	add(a, BLOCK_QUOTE, 0, "\"We agreed,\" he said.");
	add(a, BLOCK_QUOTE, 0, "> Nothing more.");
	add(a, BLOCK_PRE, 0, "```\n  code <x> & y\n````");
	add(a, BLOCK_TABLE_ROW, 0, "City | Price");
	b = add(a, BLOCK_TABLE_ROW, 0, "x|y | 1 | 2 | 3");
	l[0] = ln("x|y", "https://example.org/xy");
	l[1] = ln("2 | 3", "https://example.org/across");	/* two cells */
	l[2] = ln("nowhere", "https://example.org/missing");
	article_set_links(a, b, l, 3);
	add(a, BLOCK_TABLE_ROW, 0, "Lyon");
	add(a, BLOCK_CAPTION, 0, "The hall, on Friday");
	add(a, BLOCK_HEADING, 3, "Details");
	add(a, BLOCK_PARAGRAPH, 0, "- not a list + or > a quote");
	add(a, BLOCK_HEADING, 1, "Second part");
	add(a, BLOCK_PARAGRAPH, 0, "2024) also not a list.");
	add(a, BLOCK_CAPTION, 0, "A caption with no image");

	article_add_image(a, "https://example.org/top.jpg", "A \"hall\"",
	    NULL, 0);
	article_add_image(a, "https://example.org/in list.jpg", NULL,
	    "Inside the list", 4);
	article_add_image(a, "https://example.org/hall.jpg", "Hall",
	    "The hall, on Friday", 13);
	article_add_image(a, "https://example.org/end.jpg", "", "The end",
	    a->nblocks);
	article_add_comment(a, "First! *yay*", 12);
	article_add_comment(a, "1. agreed", 9);
	return a;
}

/* The least an article can be: one paragraph, no metadata. */
static struct article *
minimal(void)
{
	struct article	*a = article_new();

	a->charset = article_strdup(a, "UTF-8");
	add(a, BLOCK_PARAGRAPH, 0, "Just a paragraph.");
	return a;
}

/* A run as the batch writes it: begin, articles and separators, end. */
static void
render_run(const struct renderer *r, const struct render_opts *o,
    struct article **v, size_t n, struct buf *out)
{
	size_t	 k;

	if (r->begin != NULL)
		r->begin(out, o);
	for (k = 0; k < n; k++) {
		if (k > 0)
			buf_puts(out, r->sep);
		r->article(out, v[k], o);
	}
	if (r->end != NULL)
		r->end(out, o);
}

static char *
slurp(const char *path)
{
	FILE	*fp = fopen(path, "rb");
	char	*s;
	long	 n;

	if (fp == NULL)
		return NULL;
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	s = malloc((size_t)n + 1);
	s[fread(s, 1, (size_t)n, fp)] = '\0';
	fclose(fp);
	return s;
}

/* The output against its golden file, or the golden file rewritten. */
static void
golden(const char *name, const char *got)
{
	char	 path[512];
	char	*want;
	FILE	*fp;

	snprintf(path, sizeof(path), "%s/render/%s", dir, name);
	if (regen) {
		if ((fp = fopen(path, "wb")) == NULL) {
			perror(path);
			OK(0, "cannot write %s", path);
			return;
		}
		fputs(got, fp);
		fclose(fp);
		return;
	}
	if ((want = slurp(path)) == NULL) {
		OK(0, "%s: missing (t_render %s --regen)", path, dir);
		return;
	}
	OK(strcmp(got, want) == 0, "%s differs; the output is:\n%s", path,
	    got);
	free(want);
}

static void
silent(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* The output parses as XML and validates against tests/schema/rng. */
static void
valid(const char *name, const char *got, const char *rng)
{
	char			 path[512];
	xmlRelaxNGParserCtxtPtr	 pc;
	xmlRelaxNGPtr		 schema;
	xmlRelaxNGValidCtxtPtr	 vc;
	xmlDocPtr		 doc;

	snprintf(path, sizeof(path), "%s/../schema/%s", dir, rng);
	doc = xmlReadMemory(got, (int)strlen(got), name, NULL, XML_PARSE_NONET);
	OK(doc != NULL, "%s: not well-formed XML", name);
	if (doc == NULL)
		return;
	pc = xmlRelaxNGNewParserCtxt(path);
	schema = xmlRelaxNGParse(pc);
	OK(schema != NULL, "%s: cannot read", path);
	if (schema != NULL) {
		vc = xmlRelaxNGNewValidCtxt(schema);
		xmlRelaxNGSetValidErrors(vc, silent, silent, NULL);
		OK(xmlRelaxNGValidateDoc(vc, doc) == 0,
		    "%s: does not validate against %s (xmllint --relaxng)",
		    name, rng);
		xmlRelaxNGFreeValidCtxt(vc);
		xmlRelaxNGFree(schema);
	}
	xmlRelaxNGFreeParserCtxt(pc);
	xmlFreeDoc(doc);
}

/* Each JSON line parses, with links and images only when asked. */
static void
json_ok(const char *name, const char *got, int on)
{
	const char	*line = got, *nl;
	json_t		*j, *b;
	json_error_t	 err;

	for (; *line != '\0'; line = nl + 1) {
		nl = strchr(line, '\n');
		j = json_loadb(line, (size_t)(nl - line), 0, &err);
		OK(j != NULL, "%s: %s", name, err.text);
		if (j == NULL)
			return;
		b = json_array_get(json_object_get(j, "blocks"), 0);
		OK((json_object_get(b, "links") != NULL) == on,
		    "%s: links %s", name, on ? "missing" : "not asked for");
		OK((json_object_get(j, "images") != NULL) == on,
		    "%s: images %s", name, on ? "missing" : "not asked for");
		json_decref(j);
	}
}

static void
formats(void)
{
	static const struct {
		const struct renderer	*r;
		const char		*ext, *rng;
	} fmt[] = {
		{ &render_markdown, "md", NULL },
		{ &render_html, "html", "html-subset.rng" },
		{ &render_tei, "tei.xml", "tei-subset.rng" },
		{ &render_json, "json", NULL },
		{ &render_xml, "xml", "artex.rng" },
	};
	struct article		*v[2] = { kitchen(), minimal() };
	struct render_opts	 o;
	struct buf		 out = BUF_INIT;
	char			 name[128];
	size_t			 k;
	int			 on, alone;

	for (k = 0; k < sizeof(fmt) / sizeof(fmt[0]); k++)
		for (on = 0; on < 2; on++)
			for (alone = 0; alone < 2; alone++) {
				memset(&o, 0, sizeof(o));
				o.links = o.images = on;
				o.standalone = alone;
				if (alone && fmt[k].r != &render_html &&
				    fmt[k].r != &render_tei)
					continue;
				buf_reset(&out);
				/* the kitchen alone, then a run of two */
				render_run(fmt[k].r, &o, v, 1, &out);
				snprintf(name, sizeof(name), "kitchen%s%s.%s",
				    on ? "-links-images" : "",
				    alone ? "-standalone" : "", fmt[k].ext);
				golden(name, buf_cstr(&out));
				if (fmt[k].rng != NULL)
					valid(name, buf_cstr(&out), fmt[k].rng);
				if (fmt[k].r == &render_json)
					json_ok(name, buf_cstr(&out), on);
				if (alone)
					continue;
				buf_reset(&out);
				render_run(fmt[k].r, &o, v, 2, &out);
				snprintf(name, sizeof(name), "run%s.%s",
				    on ? "-links-images" : "", fmt[k].ext);
				golden(name, buf_cstr(&out));
				if (fmt[k].rng != NULL)
					valid(name, buf_cstr(&out), fmt[k].rng);
			}
	buf_free(&out);
	article_free(v[0]);
	article_free(v[1]);
}

/* Expand the table's escapes: \s (space), \n, \x23 ('#'); other
 * backslashes are the Markdown's own. */
static void
unescape(const char *in, char *out)
{
	for (; *in != '\0'; in++)
		if (in[0] == '\\' && in[1] == 's') {
			*out++ = ' ';
			in++;
		} else if (in[0] == '\\' && in[1] == 'n') {
			*out++ = '\n';
			in++;
		} else if (strncmp(in, "\\x23", 4) == 0) {
			*out++ = '#';
			in += 3;
		} else
			*out++ = *in;
	*out = '\0';
}

/* markdown.txt: a paragraph's text, then the Markdown it becomes;
 * a third line "kind=K" makes it another kind of block. */
static void
markdown_table(void)
{
	struct render_opts	 o;
	struct cases		 c;
	struct article		*a;
	struct buf		 out = BUF_INIT;
	char			 path[512], in[CASE_LINELEN], want[CASE_LINELEN];
	char			 ctx[64];
	enum block_kind		 kind;
	int			 n;

	memset(&o, 0, sizeof(o));
	snprintf(path, sizeof(path), "%s/markdown.txt", dir);
	if (cases_open(&c, path) == -1) {
		OK(0, "%s: cannot open", path);
		return;
	}
	while ((n = cases_next(&c)) > 0) {
		snprintf(ctx, sizeof(ctx), "markdown.txt:%d", c.lineno);
		OK(n >= 2, "%s: a case is two lines or three", ctx);
		if (n < 2)
			continue;
		unescape(c.line[0], in);
		unescape(c.line[1], want);
		strcat(want, "\n");
		kind = BLOCK_PARAGRAPH;
		if (c.nlines > 2 && strcmp(c.line[2], "kind=heading") == 0)
			kind = BLOCK_HEADING;
		else if (c.nlines > 2 && strcmp(c.line[2], "kind=row") == 0)
			kind = BLOCK_TABLE_ROW;
		a = article_new();
		add(a, kind, 2, in);
		buf_reset(&out);
		render_markdown.article(&out, a, &o);
		if (kind == BLOCK_TABLE_ROW) {	/* the row, not the rule */
			out.len = strcspn(buf_cstr(&out), "\n") + 1;
			out.data[out.len] = '\0';
		}
		STR_EQ(buf_cstr(&out), want, ctx);
		article_free(a);
	}
	cases_close(&c);
	buf_free(&out);
}

static void
href(const char *in, const char *want)
{
	struct buf	 b = BUF_INIT;

	ru_href(&b, in);
	STR_EQ(buf_cstr(&b), want, in);
	buf_free(&b);
}

static void
helpers(void)
{
	char	 s[64];

	href("https://example.org/a b", "https://example.org/a%20b");
	href("https://[::1]:8080/x[1]#f#g", "https://[::1]:8080/x%5B1%5D#f%23g");
	href("/p?q=\"<v>\"&r=%zz%41", "/p?q=%22%3Cv%3E%22&r=%25zz%41");
	href("https://пример.рф/путь", "https://пример.рф/путь");
	href("a\\b{c}|d^e`f", "a%5Cb%7Bc%7D%7Cd%5Ee%60f");
	STR_EQ(ru_lang("en_GB", s, sizeof(s)), "en-GB", "en_GB");
	STR_EQ(ru_lang("zh-Hant-TW", s, sizeof(s)), "zh-Hant-TW", "zh");
	STR_EQ(ru_lang("es-419", s, sizeof(s)), "es-419", "es-419");
	STR_EQ(ru_lang("english", s, sizeof(s)), "english", "english");
	STR_EQ(ru_lang("en gb", s, sizeof(s)), NULL, "space");
	STR_EQ(ru_lang("1en", s, sizeof(s)), NULL, "digit first");
	STR_EQ(ru_lang("en--gb", s, sizeof(s)), NULL, "empty subtag");
	STR_EQ(ru_lang("en-", s, sizeof(s)), NULL, "trailing -");
	STR_EQ(ru_lang("", s, sizeof(s)), NULL, "empty");
	STR_EQ(ru_lang("toolongtag", s, sizeof(s)), NULL, "9 letters");
	STR_EQ(ru_xsd_date("2024-06-21", s, sizeof(s)), "2024-06-21",
	    "date");
	STR_EQ(ru_xsd_date("2024-06-21T13:32", s, sizeof(s)),
	    "2024-06-21T13:32:00", "no seconds");
	STR_EQ(ru_xsd_date("2024-06-21T13:32Z", s, sizeof(s)),
	    "2024-06-21T13:32:00Z", "Z");
	STR_EQ(ru_xsd_date("2024-06-21T13:32:05+03:00", s, sizeof(s)),
	    "2024-06-21T13:32:05+03:00", "offset");
	STR_EQ(ru_xsd_date("2024-06-21T13:32+0300", s, sizeof(s)), NULL,
	    "bad offset");
	STR_EQ(ru_xsd_date("2024-06", s, sizeof(s)), NULL, "month");
	STR_EQ(ru_xsd_date("21 June", s, sizeof(s)), NULL, "words");
	STR_EQ(ru_show_date("2024-06-21T13:32", s, sizeof(s)),
	    "2024-06-21 13:32", "shown");
	STR_EQ(ru_show_date("2024-06-21T13:32:00+02:00", s, sizeof(s)),
	    "2024-06-21 13:32 +02:00", "no :00 seconds");
	STR_EQ(ru_show_date("2024-06-21T13:32:07Z", s, sizeof(s)),
	    "2024-06-21 13:32:07 UTC", "seconds, UTC");
	STR_EQ(ru_show_date("2024-06-21", s, sizeof(s)), "2024-06-21",
	    "a date");
	INT_EQ(ru_list_depth(3, 0), 1, "first item");
	INT_EQ(ru_list_depth(3, 1), 2, "one deeper at most");
	INT_EQ(ru_list_depth(0, 2), 1, "level 0");
	INT_EQ(ru_heading(1), 2, "h1 below the title");
	INT_EQ(ru_heading(9), 6, "h9 capped");
}

int
main(int argc, char **argv)
{
	if (argc > 1)
		dir = argv[1];
	regen = argc > 2 && strcmp(argv[2], "--regen") == 0;
	xmlInitParser();
	formats();
	if (!regen) {
		markdown_table();
		helpers();
	}
	xmlCleanupParser();
	return t_summary();
}
