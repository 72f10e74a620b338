/* SPDX-License-Identifier: ISC */
/* src/date.c against the case tables dates.txt and relative.txt (their
 * formats are described at the top of each file), plus direct checks of
 * what a table cannot say: the calendar, comparison, formatting precision,
 * byte ranges, and that date_find() and date_relative() stay linear on
 * long hostile input. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "date.h"
#include "harness.h"
#include "cases.h"

#define OUTLEN	64

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* \t \n \s (space) \\ \xHH, so that a case can hold what a line cannot
 * show: leading spaces, tabs, stray bytes. */
static size_t
unescape(const char *in, char *out)
{
	size_t	 n = 0;
	int	 hi, lo;

	while (*in != '\0') {
		if (*in != '\\' || in[1] == '\0') {
			out[n++] = *in++;
			continue;
		}
		in++;
		switch (*in) {
		case 't':
			out[n++] = '\t';
			break;
		case 'n':
			out[n++] = '\n';
			break;
		case 's':
			out[n++] = ' ';
			break;
		case 'x':
			if ((hi = hexval(in[1])) >= 0 &&
			    (lo = hexval(in[2])) >= 0) {
				out[n++] = (char)(hi << 4 | lo);
				in += 2;
				break;
			}
			/* FALLTHROUGH */
		default:
			out[n++] = *in;
			break;
		}
		in++;
	}
	out[n] = '\0';
	return n;
}

/* The date as the table writes it: ISO 8601, or "--MM-DD..." when it has
 * no year.  date_format() must refuse the latter. */
static void
show(const struct date *d, char *out, const char *ctx)
{
	struct date	 tmp;
	char		 buf[OUTLEN];

	if (d->year != 0) {
		if (date_format(d, out, OUTLEN) == 0)
			strcpy(out, "(unformattable)");
		return;
	}
	INT_EQ(date_format(d, buf, sizeof(buf)), 0, ctx);
	tmp = *d;
	tmp.year = 2000;	/* a leap year: 29 February stays valid */
	if (date_format(&tmp, buf, sizeof(buf)) == 0)
		strcpy(out, "(unformattable)");
	else
		snprintf(out, OUTLEN, "-%s", buf + 4);
}

struct flags {
	int		 parse;
	int		 find;
	enum date_order	 order;
};

static void
read_flags(const char *line, struct flags *f, const char *ctx)
{
	char	 buf[CASE_LINELEN], *w, *save = NULL;

	f->parse = 1;
	f->find = 0;
	f->order = DATE_ORDER_UNKNOWN;
	snprintf(buf, sizeof(buf), "%s", line);
	for (w = strtok_r(buf, " ", &save); w != NULL;
	    w = strtok_r(NULL, " ", &save)) {
		if (strcmp(w, "find") == 0) {
			f->parse = 0;
			f->find = 1;
		} else if (strcmp(w, "both") == 0)
			f->parse = f->find = 1;
		else if (strcmp(w, "dmy") == 0)
			f->order = DATE_ORDER_DMY;
		else if (strcmp(w, "mdy") == 0)
			f->order = DATE_ORDER_MDY;
		else if (strcmp(w, "-") != 0)
			OK(0, "%s: unknown flag \"%s\"", ctx, w);
	}
}

static void
run_case(struct cases *c, const char *name)
{
	struct flags	 f;
	struct date	 d;
	char		 in[CASE_LINELEN], got[OUTLEN], ctx[256];
	char		 span[CASE_LINELEN];
	size_t		 len, start, end;

	snprintf(ctx, sizeof(ctx), "%s:%d: %.120s", name, c->lineno,
	    c->line[0]);
	if (c->nlines < 2) {
		OK(0, "%s: a case needs an input and an expected line", ctx);
		return;
	}
	read_flags(c->nlines > 2 ? c->line[2] : "", &f, ctx);
	len = unescape(c->line[0], in);
	if (f.parse) {
		memset(&d, 0x55, sizeof(d));
		if (date_parse(in, len, f.order, &d))
			show(&d, got, ctx);
		else
			strcpy(got, "-");
		STR_EQ(got, c->line[1], ctx);
	}
	if (!f.find)
		return;
	memset(&d, 0x55, sizeof(d));
	if (date_find(in, len, f.order, &d, &start, &end)) {
		show(&d, got, ctx);
		OK(start < end && end <= len, "%s: range [%zu, %zu) of %zu",
		    ctx, start, end, len);
		if (start < end && end <= len && c->nlines > 3) {
			memcpy(span, in + start, end - start);
			span[end - start] = '\0';
			STR_EQ(span, c->line[3], ctx);
		}
	} else
		strcpy(got, "-");
	STR_EQ(got, c->line[1], ctx);
}

static int
run_table(const char *dir, const char *file)
{
	struct cases	 c;
	char		 path[1024];
	int		 n = 0;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	if (cases_open(&c, path) == -1) {
		OK(0, "cannot open %s", path);
		return 0;
	}
	while (cases_next(&c) > 0) {
		run_case(&c, file);
		n++;
	}
	cases_close(&c);
	return n;
}

/*
 * relative.txt: line 1 the input, line 2 now (ISO 8601, read with
 * date_parse()), line 3 what date_relative() gives, as date_format()
 * writes it, or "-".  date_parse() and date_find() must find no date in
 * the input unless an optional line 4 says "date".
 */
static void
run_relative_case(struct cases *c, const char *name)
{
	struct date	 now, d;
	char		 in[CASE_LINELEN], got[OUTLEN], ctx[256];
	size_t		 len, start, end;

	snprintf(ctx, sizeof(ctx), "%s:%d: %.120s", name, c->lineno,
	    c->line[0]);
	if (c->nlines < 3) {
		OK(0, "%s: a case needs an input, now and an expected line",
		    ctx);
		return;
	}
	if (!date_parse(c->line[1], strlen(c->line[1]), DATE_ORDER_UNKNOWN,
	    &now)) {
		OK(0, "%s: now \"%s\" does not parse", ctx, c->line[1]);
		return;
	}
	len = unescape(c->line[0], in);
	memset(&d, 0x55, sizeof(d));
	if (date_relative(in, len, &now, &d)) {
		if (date_format(&d, got, sizeof(got)) == 0)
			strcpy(got, "(unformattable)");
	} else
		strcpy(got, "-");
	STR_EQ(got, c->line[2], ctx);
	if (c->nlines > 3 && strcmp(c->line[3], "date") == 0)
		return;
	INT_EQ(date_parse(in, len, DATE_ORDER_DMY, &d), 0, ctx);
	INT_EQ(date_find(in, len, DATE_ORDER_DMY, &d, &start, &end), 0, ctx);
}

static int
run_relative(const char *dir, const char *file)
{
	struct cases	 c;
	char		 path[1024];
	int		 n = 0;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	if (cases_open(&c, path) == -1) {
		OK(0, "cannot open %s", path);
		return 0;
	}
	while (cases_next(&c) > 0) {
		run_relative_case(&c, file);
		n++;
	}
	cases_close(&c);
	return n;
}

static struct date
mkdate(int y, int mo, int d, int h, int mi, int s, int has_off, int off)
{
	struct date	 r;

	r.year = y;
	r.month = mo;
	r.day = d;
	r.hour = h;
	r.minute = mi;
	r.second = s;
	r.has_offset = has_off;
	r.offset = off;
	return r;
}

static void
check_weekday(void)
{
	INT_EQ(date_is_weekday("Monday", 6), 1, "Monday");
	INT_EQ(date_is_weekday(" Montag, ", 9), 1, "Montag, with spaces");
	INT_EQ(date_is_weekday("понедельник", strlen("понедельник")), 1,
	    "понедельник");
	INT_EQ(date_is_weekday("Sábado", strlen("Sábado")), 1, "Sábado");
	INT_EQ(date_is_weekday("Mar", 3), 0, "Mar: a month, too");
	INT_EQ(date_is_weekday("Monday morning", 14), 0, "more than a day");
	INT_EQ(date_is_weekday("Mondays", 7), 0, "another word");
	INT_EQ(date_is_weekday("", 0), 0, "empty");
}

static void
check_valid(void)
{
	INT_EQ(date_valid_ymd(2024, 2, 29), 1, "2024 is leap");
	INT_EQ(date_valid_ymd(2023, 2, 29), 0, "2023 is not leap");
	INT_EQ(date_valid_ymd(2000, 2, 29), 1, "2000 is leap");
	INT_EQ(date_valid_ymd(1900, 2, 29), 0, "1900 is not leap");
	INT_EQ(date_valid_ymd(2100, 2, 29), 0, "2100 is not leap");
	INT_EQ(date_valid_ymd(2024, 2, 30), 0, "30 February");
	INT_EQ(date_valid_ymd(2024, 4, 31), 0, "31 April");
	INT_EQ(date_valid_ymd(2024, 6, 31), 0, "31 June");
	INT_EQ(date_valid_ymd(2024, 12, 31), 1, "31 December");
	INT_EQ(date_valid_ymd(2024, 1, 31), 1, "31 January");
	INT_EQ(date_valid_ymd(2024, 13, 1), 0, "month 13");
	INT_EQ(date_valid_ymd(2024, 0, 1), 0, "month 0");
	INT_EQ(date_valid_ymd(2024, 1, 0), 0, "day 0");
	INT_EQ(date_valid_ymd(0, 1, 1), 0, "year 0");
	INT_EQ(date_valid_ymd(-5, 1, 1), 0, "negative year");
}

static void
check_cmp(void)
{
	struct date	 a, b;

	a = mkdate(2024, 6, 21, -1, -1, -1, 0, 0);
	b = mkdate(2024, 6, 21, 0, 0, -1, 0, 0);
	INT_EQ(date_cmp(&a, &b), 0, "no time is 00:00");
	b.minute = 1;
	OK(date_cmp(&a, &b) < 0, "00:00 < 00:01");
	OK(date_cmp(&b, &a) > 0, "00:01 > no time");
	a = mkdate(2024, 6, 21, 13, 32, 5, 0, 0);
	b = mkdate(2024, 6, 21, 13, 32, 59, 1, 180);
	INT_EQ(date_cmp(&a, &b), 0, "seconds and offsets do not count");
	b = mkdate(2023, 12, 31, 23, 59, -1, 0, 0);
	OK(date_cmp(&a, &b) > 0, "year first");
	b = mkdate(2024, 7, 1, -1, -1, -1, 0, 0);
	OK(date_cmp(&a, &b) < 0, "then month");
	b = mkdate(2024, 6, 20, 23, 59, -1, 0, 0);
	OK(date_cmp(&a, &b) > 0, "then day");
	b = mkdate(2024, 6, 21, 14, 0, -1, 0, 0);
	OK(date_cmp(&a, &b) < 0, "then hour");
	INT_EQ(date_cmp(&a, &a), 0, "equal to itself");
}

static void
check_format(void)
{
	struct date	 d;
	char		 buf[OUTLEN];
	size_t		 n;

	d = mkdate(2024, 6, 21, -1, -1, -1, 0, 0);
	n = date_format(&d, buf, sizeof(buf));
	STR_EQ(buf, "2024-06-21", "date only");
	INT_EQ(n, 10, "date only: length");
	d.hour = 13;
	d.minute = 32;
	n = date_format(&d, buf, sizeof(buf));
	STR_EQ(buf, "2024-06-21T13:32", "minutes");
	INT_EQ(n, 16, "minutes: length");
	d.second = 5;
	date_format(&d, buf, sizeof(buf));
	STR_EQ(buf, "2024-06-21T13:32:05", "seconds");
	d.has_offset = 1;
	d.offset = 180;
	n = date_format(&d, buf, sizeof(buf));
	STR_EQ(buf, "2024-06-21T13:32:05+03:00", "offset");
	INT_EQ(n, 25, "offset: length");
	d.offset = -330;
	date_format(&d, buf, sizeof(buf));
	STR_EQ(buf, "2024-06-21T13:32:05-05:30", "negative offset");
	d.offset = 0;
	date_format(&d, buf, sizeof(buf));
	STR_EQ(buf, "2024-06-21T13:32:05Z", "offset 0 is Z");
	d.second = -1;
	date_format(&d, buf, sizeof(buf));
	STR_EQ(buf, "2024-06-21T13:32Z", "Z without seconds");
	d = mkdate(2024, 6, 21, -1, -1, -1, 1, 180);
	date_format(&d, buf, sizeof(buf));
	STR_EQ(buf, "2024-06-21", "an offset without a time is not written");
	d = mkdate(1999, 1, 2, 0, 0, -1, 0, 0);
	date_format(&d, buf, sizeof(buf));
	STR_EQ(buf, "1999-01-02T00:00", "midnight is a time");
	d = mkdate(0, 6, 21, 13, 32, -1, 0, 0);
	INT_EQ(date_format(&d, buf, sizeof(buf)), 0, "no year");
	STR_EQ(buf, "", "no year: empty string");
	d = mkdate(2024, 6, 0, -1, -1, -1, 0, 0);
	INT_EQ(date_format(&d, buf, sizeof(buf)), 0, "no day");
	d = mkdate(2023, 2, 29, -1, -1, -1, 0, 0);
	INT_EQ(date_format(&d, buf, sizeof(buf)), 0, "invalid date");
	d = mkdate(2024, 6, 21, 13, 32, 5, 1, 180);
	INT_EQ(date_format(&d, buf, 10), 0, "buffer too small");
	INT_EQ(date_format(&d, buf, 26), 25, "buffer just large enough");
}

struct span_case {
	const char	*in;
	size_t		 start, end;
	const char	*iso;
};

static void
check_ranges(void)
{
	static const struct span_case cs[] = {
		{ "Posted on Friday, June 21, 2024 at 1:32 pm by X",
		  10, 42, "2024-06-21T13:32" },
		{ "21.06.2024", 0, 10, "2024-06-21" },
		{ "x 13:32, 21 June 2024.", 2, 21, "2024-06-21T13:32" },
		{ "MINSK, 21 June (BelTA)", 7, 14, NULL },
		{ "2021.06.2024 and 22.06.2024", 17, 27, "2024-06-22" },
		{ "\xd0\x9c\xd0\x98\xd0\x9d\xd0\xa1\xd0\x9a, 14 \xd0\xbc"
		  "\xd0\xb0\xd1\x8f 2024 \xd0\xb3.", 12, 30, "2024-05-14" },
	};
	struct date	 d;
	char		 buf[OUTLEN], ctx[128];
	size_t		 k, start, end;

	for (k = 0; k < sizeof(cs) / sizeof(cs[0]); k++) {
		snprintf(ctx, sizeof(ctx), "range of \"%.80s\"", cs[k].in);
		start = end = 12345;
		INT_EQ(date_find(cs[k].in, strlen(cs[k].in),
		    DATE_ORDER_UNKNOWN, &d, &start, &end), 1, ctx);
		INT_EQ(start, cs[k].start, ctx);
		INT_EQ(end, cs[k].end, ctx);
		if (cs[k].iso == NULL)
			INT_EQ(d.year, 0, ctx);
		else {
			date_format(&d, buf, sizeof(buf));
			STR_EQ(buf, cs[k].iso, ctx);
		}
	}
	/* The length is honoured: no reading past it. */
	INT_EQ(date_find("21 June 2024", 7, DATE_ORDER_UNKNOWN, &d, &start,
	    &end), 1, "length cuts the year off");
	INT_EQ(d.year, 0, "length cuts the year off: no year");
	INT_EQ(date_parse("21.06.2024", 7, DATE_ORDER_UNKNOWN, &d), 0,
	    "length cuts 21.06.2|024");
	INT_EQ(date_parse("21.06.2024", 8, DATE_ORDER_UNKNOWN, &d), 1,
	    "length cuts 21.06.20|24, which is 21.06.20");
	INT_EQ(d.year, 2020, "21.06.20 is in 2020");
	INT_EQ(date_find("", 0, DATE_ORDER_UNKNOWN, &d, &start, &end), 0,
	    "empty text");
	INT_EQ(date_parse("", 0, DATE_ORDER_UNKNOWN, &d), 0, "empty string");
}

/* What a table cannot say: a bad now, the length honoured, *d left
 * alone on failure. */
static void
check_relative(void)
{
	struct date	 now, d, keep;
	char		 buf[OUTLEN];

	now = mkdate(2024, 3, 1, 1, 0, -1, 0, 0);
	INT_EQ(date_relative("2 hours ago", 11, &now, &d), 1, "2 hours ago");
	date_format(&d, buf, sizeof(buf));
	STR_EQ(buf, "2024-02-29T23:00", "2 hours ago across 29 February");
	INT_EQ(date_relative("2 hours ago", 7, &now, &d), 0,
	    "length cuts \"ago\" off");
	INT_EQ(date_relative("", 0, &now, &d), 0, "empty text");
	d = keep = mkdate(1999, 9, 9, 9, 9, 9, 1, 99);
	INT_EQ(date_relative("nothing here", 12, &now, &d), 0, "no date");
	INT_EQ(memcmp(&d, &keep, sizeof(d)), 0, "*d left alone");
	now = mkdate(2023, 2, 29, -1, -1, -1, 0, 0);
	INT_EQ(date_relative("yesterday", 9, &now, &d), 0, "invalid now");
	now = mkdate(0, 6, 21, -1, -1, -1, 0, 0);
	INT_EQ(date_relative("yesterday", 9, &now, &d), 0, "now without year");
	now = mkdate(2024, 6, 21, 24, 0, -1, 0, 0);
	INT_EQ(date_relative("yesterday", 9, &now, &d), 0, "now at 24:00");
	now = mkdate(2024, 6, 21, 13, 32, 5, 1, 180);
	INT_EQ(date_relative("5 minutes ago", 13, &now, &d), 1,
	    "offset kept");
	INT_EQ(d.has_offset, 1, "offset kept: has_offset");
	INT_EQ(d.offset, 180, "offset kept: offset");
	INT_EQ(d.second, -1, "offset kept: no seconds");
}

/* Long input made of near-dates.  Not a timed test (make bench measures
 * speed): a quadratic parser would take hours on a megabyte, so the
 * suite would not finish; here each run must simply come back, with
 * the parsers' answers consistent. */
static void
check_linear(void)
{
	static const char *const units[] = {
		"1.2.3.4 ", "a1", "21 ", "June 2 May 3 x", "13:32 ",
		"21 June, ", "9", "\xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8f 1 ",
		"hier ", "2 hours 3 ", "vor 2 ", "il y a un ",
		"a ", "day before ",
	};
	struct date	 d, now = mkdate(2024, 6, 21, 13, 32, -1, 0, 0);
	char		*big, ctx[64];
	size_t		 k, n, ul, size = 1 << 20, start, end;
	int		 found;

	if ((big = malloc(size)) == NULL) {
		OK(0, "out of memory");
		return;
	}
	for (k = 0; k < sizeof(units) / sizeof(units[0]); k++) {
		ul = strlen(units[k]);
		for (n = 0; n + ul <= size; n += ul)
			memcpy(big + n, units[k], ul);
		found = date_find(big, n, DATE_ORDER_DMY, &d, &start, &end);
		date_parse(big, n, DATE_ORDER_DMY, &d);
		date_relative(big, n, &now, &d);
		snprintf(ctx, sizeof(ctx), "1 MB of \"%.20s\"", units[k]);
		OK(!found || (start < end && end <= n), "%s: a range inside "
		    "the text", ctx);
	}
	free(big);
}

/* A page printing the day its markup calls the last change. */
static void
check_republished(void)
{
	struct date	 apr3 = mkdate(2019, 4, 3, -1, -1, -1, 0, 0);
	struct date	 aug21 = mkdate(2017, 8, 21, -1, -1, -1, 0, 0);

	OK(date_republished("2017-08-21T13:09:00Z", "2019-04-03T08:04:01Z",
	    &apr3), "modified's day shown: republished");
	OK(!date_republished("2017-08-21T13:09:00Z", "2019-04-03T08:04:01Z",
	    &aug21), "published's day shown: not");
	OK(!date_republished("2019-04-03T09:00:00Z", "2019-04-03T18:00:00Z",
	    &apr3), "modified the same day: not");
	OK(!date_republished("2017-08-21", NULL, &apr3), "no modified: not");
	OK(!date_republished(NULL, "2019-04-03", &apr3), "no published: not");
	OK(!date_republished("2019-05-01", "2019-04-03", &apr3),
	    "modified before published: not");
}

int
main(int argc, char *argv[])
{
	const char	*dir = argc > 1 ? argv[1] : "tests/unit";
	int		 n;

	n = run_table(dir, "dates.txt");
	printf("dates.txt: %d cases\n", n);
	n = run_relative(dir, "relative.txt");
	printf("relative.txt: %d cases\n", n);
	check_valid();
	check_weekday();
	check_cmp();
	check_format();
	check_ranges();
	check_relative();
	check_linear();
	check_republished();
	return t_summary();
}
