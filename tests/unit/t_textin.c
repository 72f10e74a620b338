/* SPDX-License-Identifier: ISC */
/* textin.c against tests/unit/textin.txt: the line classifier, the
 * text-or-page sniffing, and whole small dumps; then every prefix of
 * every case through the extractor, for the sanitizers. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "buf.h"
#include "cases.h"
#include "extract.h"
#include "harness.h"
#include "textin.h"

/* Expand the table's escapes: \s \t \n \r \xHH \\. */
static size_t
unescape(const char *in, char *out)
{
	size_t	 n = 0;
	char	 hex[3] = { 0 };

	for (; *in != '\0'; in++) {
		if (*in != '\\' || in[1] == '\0') {
			out[n++] = *in;
			continue;
		}
		switch (*++in) {
		case 's': out[n++] = ' '; break;
		case 't': out[n++] = '\t'; break;
		case 'n': out[n++] = '\n'; break;
		case 'r': out[n++] = '\r'; break;
		case 'x':
			hex[0] = in[1];
			hex[1] = in[2];
			out[n++] = (char)strtol(hex, NULL, 16);
			in += 2;
			break;
		default: out[n++] = *in; break;
		}
	}
	out[n] = '\0';
	return n;
}

/* "class" or "class|why" for one line. */
static void
check_class(const char *in, size_t n, const char *want, const char *ctx)
{
	const char	*why, *bar = strchr(want, '|');
	enum textin_class c = textin_classify(in, n, &why);
	char		 got[256];

	if (bar == NULL)
		snprintf(got, sizeof(got), "%s", textin_class_name(c));
	else
		snprintf(got, sizeof(got), "%s|%s", textin_class_name(c), why);
	STR_EQ(got, want, ctx);
}

static const char *
or_null(const char *s)
{
	return s != NULL ? s : "-";
}

/* A whole dump: "title|date|modified|author|section|site|nblocks". */
static void
check_extract(const char *in, size_t n, const char *want, const char *ctx)
{
	struct extract_opts	 o;
	struct article		*a = article_new();
	char			 got[1024];
	long			 nb;

	memset(&o, 0, sizeof(o));
	nb = textin_extract(in, n, a, &o, 0, NULL);
	snprintf(got, sizeof(got), "%s|%s|%s|%s|%s|%s|%ld", or_null(a->title),
	    or_null(a->date), or_null(a->modified), or_null(a->author),
	    or_null(a->section), or_null(a->site_name), nb);
	STR_EQ(got, want, ctx);
	article_free(a);
}

/* Every prefix through the extractor and the classifier, with the
 * explanation: nothing to compare, only memory to get right. */
static void
prefixes(const char *in, size_t n)
{
	struct extract_opts	 o;
	struct buf		 ex = BUF_INIT;
	struct article		*a;
	size_t			 k;
	char			*copy;

	memset(&o, 0, sizeof(o));
	for (k = 0; k <= n; k++) {
		/* An exact-size copy, so that a read past the end shows. */
		copy = malloc(k + 1);
		memcpy(copy, in, k);
		a = article_new();
		(void)textin_extract(copy, k, a, &o, 0, &ex);
		(void)textin_classify(copy, k, NULL);
		(void)textin_is_text(copy, k);
		article_free(a);
		free(copy);
		buf_reset(&ex);
	}
	buf_free(&ex);
}

int
main(int argc, char **argv)
{
	struct cases	 c;
	char		 path[512], in[CASE_LINELEN], ctx[64];
	size_t		 n;

	snprintf(path, sizeof(path), "%s/textin.txt",
	    argc > 1 ? argv[1] : "tests/unit");
	if (cases_open(&c, path) == -1)
		return 1;
	while (cases_next(&c) >= 2) {
		n = unescape(c.line[0], in);
		snprintf(ctx, sizeof(ctx), "textin.txt:%d", c.lineno);
		if (strcmp(c.line[1], "text") == 0 ||
		    strcmp(c.line[1], "html") == 0)
			INT_EQ(textin_is_text(in, n), c.line[1][0] == 't', ctx);
		else if (strcmp(c.line[1], "extract") == 0 && c.nlines > 2)
			check_extract(in, n, c.line[2], ctx);
		else
			check_class(in, n, c.line[1], ctx);
		prefixes(in, n);
	}
	cases_close(&c);
	return t_summary();
}
