/* SPDX-License-Identifier: ISC */
/* Datelines: the case table datelines.txt, plus the invariants every
 * match must keep and a pass over every prefix of every case so the
 * sanitizers see any read past the end. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "harness.h"
#include "cases.h"

#define NFIELDS 7	/* text|place|region|date|source[|body[|reporter]] */

static const char *const names[NFIELDS] = {
	"text", "place", "region", "date", "source", "body", "reporter"
};

/* Splits line at '|' in place; returns the number of fields. */
static int
split(char *line, char *field[NFIELDS])
{
	int	 n = 0;
	char	*p = line;

	for (;;) {
		if (n == NFIELDS)
			return n + 1;
		field[n++] = p;
		if ((p = strchr(p, '|')) == NULL)
			return n;
		*p++ = '\0';
	}
}

static void
span_str(const char *s, const struct span *sp, char *out, size_t size)
{
	size_t	 n = sp->len < size - 1 ? sp->len : size - 1;

	memcpy(out, s + sp->off, n);
	out[n] = '\0';
}

static int
span_inside(const struct span *sp, size_t end)
{
	return sp->len == 0 || (sp->off <= end && sp->len <= end - sp->off);
}

/* What holds for any match: spans inside the text, the text at 0, only
 * the dash and punctuation between the text and the body. */
static int
invariants(const char *s, size_t len, const struct dateline_match *m)
{
	const struct span	*parts[] = {
		&m->place, &m->region, &m->date, &m->source, &m->reporter
	};
	size_t			 i;

	if (m->text.off != 0 || m->text.len == 0 || m->text.len > len ||
	    m->body < m->text.len || m->body >= len)
		return 0;
	for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		if (!span_inside(parts[i], m->text.len))
			return 0;
	for (i = m->text.len; i < m->body; i++) {
		if ((s[i] >= '0' && s[i] <= '9') ||
		    ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
			return 0;
	}
	return s[m->body] != ' ';
}

static void
check_fields(const char *para, const struct dateline_match *m,
    char *field[], int nf, int lineno)
{
	const struct span	*spans[] = {
		&m->text, &m->place, &m->region, &m->date, &m->source
	};
	char			 got[CASE_LINELEN], ctx[128];
	size_t			 blen;
	int			 i;

	for (i = 0; i < 5; i++) {
		span_str(para, spans[i], got, sizeof(got));
		snprintf(ctx, sizeof(ctx), "line %d %s", lineno, names[i]);
		STR_EQ(got, field[i], ctx);
	}
	snprintf(ctx, sizeof(ctx), "line %d invariants", lineno);
	OK(invariants(para, strlen(para), m), "%s", ctx);
	if (nf < 6)
		return;
	blen = strlen(field[5]);
	snprintf(ctx, sizeof(ctx), "line %d body", lineno);
	OK(strncmp(para + m->body, field[5], blen) == 0,
	    "%s: got \"%.*s\", want \"%s\"", ctx, (int)blen, para + m->body,
	    field[5]);
	if (nf < 7)
		return;
	span_str(para, &m->reporter, got, sizeof(got));
	snprintf(ctx, sizeof(ctx), "line %d reporter", lineno);
	STR_EQ(got, field[6], ctx);
}

/*
 * Every prefix of the paragraph, in a buffer of exactly that size and
 * with no NUL after it: a read past len trips the address sanitizer.
 */
static int
prefixes_ok(const char *para)
{
	struct dateline_match	 m;
	size_t			 len = strlen(para), n;
	char			*buf;
	int			 ok = 1;

	for (n = 0; n <= len; n++) {
		if ((buf = malloc(n > 0 ? n : 1)) == NULL)
			return 0;
		memcpy(buf, para, n);
		if (dateline_parse(buf, n, &m) && !invariants(buf, n, &m))
			ok = 0;
		free(buf);
	}
	return ok;
}

static void
run_case(struct cases *c)
{
	struct dateline_match	 m;
	char			*field[NFIELDS], ctx[64];
	const char		*para = c->line[0];
	int			 got, nf;

	if (c->nlines != 2) {
		OK(0, "line %d: want 2 lines, got %d", c->lineno, c->nlines);
		return;
	}
	got = dateline_parse(para, strlen(para), &m);
	snprintf(ctx, sizeof(ctx), "line %d prefixes", c->lineno);
	OK(prefixes_ok(para), "%s", ctx);
	if (strcmp(c->line[1], "-") == 0) {
		OK(!got, "line %d: want no dateline, got \"%.*s\"", c->lineno,
		    (int)m.text.len, para);
		OK(m.text.len == 0 && m.body == 0,
		    "line %d: match not cleared", c->lineno);
		return;
	}
	nf = split(c->line[1], field);
	if (nf < 5 || nf > NFIELDS) {
		OK(0, "line %d: want 5 to 7 fields, got %d", c->lineno, nf);
		return;
	}
	OK(got, "line %d: want a dateline in \"%s\"", c->lineno, para);
	if (got)
		check_fields(para, &m, field, nf, c->lineno);
}

/* Odd inputs that do not fit the table. */
static void
edge_cases(void)
{
	struct dateline_match	 m;
	static const char	 nul[] = "MINSK (BelTA) - A\0B";

	OK(!dateline_parse("", 0, &m), "empty text");
	OK(!dateline_parse(NULL, 0, &m), "NULL text");
	OK(!dateline_parse("MINSK (BelTA) -", 15, &m), "nothing after dash");
	OK(dateline_parse(nul, sizeof(nul) - 1, &m) && m.body == 16,
	    "NUL inside the body");
	OK(!dateline_parse("\xff\xfe (AP) - x", 11, &m), "invalid UTF-8");
	OK(!dateline_parse("\xd0 (AP) - The", 12, &m), "truncated UTF-8");
}

int
main(int argc, char *argv[])
{
	struct cases	 c;
	char		 path[1024];
	const char	*dir = argc > 1 ? argv[1] : "tests/unit";
	int		 ncases = 0;

	snprintf(path, sizeof(path), "%s/datelines.txt", dir);
	if (cases_open(&c, path) == -1)
		return 1;
	while (cases_next(&c) > 0) {
		run_case(&c);
		ncases++;
	}
	cases_close(&c);
	OK(ncases >= 150, "only %d cases in %s", ncases, path);
	edge_cases();
	return t_summary();
}
