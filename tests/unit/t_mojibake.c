/* SPDX-License-Identifier: ISC */
/* mojibake_repair() against tests/unit/mojibake.txt, and on inputs made
 * here: long texts, broken UTF-8, every byte. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cases.h"
#include "harness.h"
#include "mojibake.h"

/* Expand the table's escapes: \s \n \xHH \\. */
static size_t
unescape(const char *in, char *out)
{
	size_t	 n = 0;
	char	 hex[3] = { 0 };

	if (strcmp(in, "EMPTY") == 0) {
		out[0] = '\0';
		return 0;
	}
	for (; *in != '\0'; in++) {
		if (*in != '\\' || in[1] == '\0') {
			out[n++] = *in;
			continue;
		}
		switch (*++in) {
		case 's':
			out[n++] = ' ';
			break;
		case 'n':
			out[n++] = '\n';
			break;
		case 'x':
			hex[0] = in[1];
			hex[1] = in[2];
			out[n++] = (char)strtol(hex, NULL, 16);
			in += 2;
			break;
		default:
			out[n++] = *in;
			break;
		}
	}
	out[n] = '\0';
	return n;
}

static void
check_table(const char *dir)
{
	struct cases	 c;
	struct buf	 out = BUF_INIT;
	char		 path[512], in[CASE_LINELEN], want[CASE_LINELEN];
	char		 ctx[64];
	size_t		 n, got;

	snprintf(path, sizeof(path), "%s/mojibake.txt", dir);
	if (cases_open(&c, path) == -1) {
		OK(0, "cannot open %s", path);
		return;
	}
	while (cases_next(&c) > 0) {
		snprintf(ctx, sizeof(ctx), "mojibake.txt:%d", c.lineno);
		if (c.nlines != 3) {
			OK(0, "%s: want 3 lines, got %d", ctx, c.nlines);
			continue;
		}
		n = unescape(c.line[0], in);
		if (strcmp(c.line[1], "=") == 0)
			memcpy(want, in, n + 1);
		else
			unescape(c.line[1], want);
		buf_reset(&out);
		got = mojibake_repair(in, n, &out);
		STR_EQ(buf_cstr(&out), want, ctx);
		INT_EQ(got, strtol(c.line[2], NULL, 10), ctx);
	}
	cases_close(&c);
	buf_free(&out);
}

/* Appends s to out n times. */
static void
repeat(struct buf *out, const char *s, size_t n)
{
	while (n-- > 0)
		buf_puts(out, s);
}

/* A long text: one run, every sequence mended, nothing else changed. */
static void
check_long(void)
{
	struct buf	 in = BUF_INIT, want = BUF_INIT, out = BUF_INIT;

	repeat(&in, "Ã©tÃ© Ã\xC2\xA0 Paris, ", 20000);
	repeat(&want, "été à Paris, ", 20000);
	INT_EQ(mojibake_repair(in.data, in.len, &out), 1, "long 1252");
	OK(out.len == want.len && memcmp(out.data, want.data, out.len) == 0,
	    "long 1252: text differs");
	buf_reset(&in);
	buf_reset(&want);
	buf_reset(&out);
	repeat(&in, "Новости дня, ", 5000);
	repeat(&in, "РњРёРЅСЃРє ", 1);
	repeat(&in, "Новости дня, ", 5000);
	repeat(&want, "Новости дня, ", 5000);
	repeat(&want, "Минск ", 1);
	repeat(&want, "Новости дня, ", 5000);
	INT_EQ(mojibake_repair(in.data, in.len, &out), 1, "long 1251");
	OK(out.len == want.len && memcmp(out.data, want.data, out.len) == 0,
	    "long 1251: text differs");
	buf_free(&in);
	buf_free(&want);
	buf_free(&out);
}

/*
 * Whatever the input, invalid UTF-8 included: mending only shortens the
 * text, and when nothing is mended the output is the input.
 */
static void
check_bytes(void)
{
	struct buf	 out = BUF_INIT;
	char		 s[4];
	size_t		 bad = 0, n;
	int		 a, b;

	for (a = 0; a < 256; a++)
		for (b = 0; b < 256; b++) {
			s[0] = (char)a;
			s[1] = (char)b;
			s[2] = (char)0xC3;
			s[3] = (char)0xA9;
			buf_reset(&out);
			n = mojibake_repair(s, 4, &out);
			if (out.len > 4 || (n == 0 && (out.len != 4 ||
			    memcmp(out.data, s, 4) != 0)))
				bad++;
		}
	INT_EQ(bad, 0, "every byte pair");
	buf_reset(&out);
	INT_EQ(mojibake_repair("\xC3\x83\xC2", 3, &out), 0, "cut short");
	STR_EQ(buf_cstr(&out), "\xC3\x83\xC2", "cut short");
	buf_reset(&out);
	INT_EQ(mojibake_repair(NULL, 0, &out), 0, "NULL");
	buf_free(&out);
}

int
main(int argc, char *argv[])
{
	check_table(argc > 1 ? argv[1] : "tests/unit");
	check_long();
	check_bytes();
	return t_summary();
}
