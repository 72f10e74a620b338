/* SPDX-License-Identifier: ISC */
/* normalize.c against tests/unit/normalize.txt: norm_text(), and
 * norm_wrap() for the cases flagged wrap=N. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cases.h"
#include "harness.h"
#include "normalize.h"

/* Expand the table's escapes: \s \t \n \xHH \\. */
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

int
main(int argc, char **argv)
{
	struct cases	 c;
	struct buf	 out = BUF_INIT;
	char		 path[512], in[CASE_LINELEN], want[CASE_LINELEN];
	char		 ctx[64];
	size_t		 n;
	int		 flags, width;
	const char	*w;

	snprintf(path, sizeof(path), "%s/normalize.txt",
	    argc > 1 ? argv[1] : "tests/unit");
	if (cases_open(&c, path) == -1)
		return 1;
	while (cases_next(&c) >= 2) {
		n = unescape(c.line[0], in);
		unescape(c.line[1], want);
		if (strcmp(want, "EMPTY") == 0)
			want[0] = '\0';
		flags = width = 0;
		if (c.nlines > 2 && strstr(c.line[2], "nfkc"))
			flags |= NORM_NFKC;
		if (c.nlines > 2 && strstr(c.line[2], "pre"))
			flags |= NORM_KEEP_LINES;
		if (c.nlines > 2 && strstr(c.line[2], "ascii"))
			flags |= NORM_ASCII_PUNCT;
		if (c.nlines > 2 && (w = strstr(c.line[2], "wrap=")) != NULL)
			width = atoi(w + 5);
		buf_reset(&out);
		if (width != 0)
			norm_wrap(in, n, width, &out);
		else
			norm_text(in, n, flags, &out);
		snprintf(ctx, sizeof(ctx), "normalize.txt:%d", c.lineno);
		STR_EQ(buf_cstr(&out), want, ctx);
	}
	cases_close(&c);
	buf_free(&out);
	return t_summary();
}
