/* SPDX-License-Identifier: ISC */
/*
 * libFuzzer harness for the text parsers on their own: dates (absolute
 * and relative), datelines, agency attributions, bylines, mojibake
 * repair and normalization, each on the same bytes.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "agency.h"
#include "buf.h"
#include "byline.h"
#include "date.h"
#include "dateline.h"
#include "mojibake.h"
#include "normalize.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dateline_match	 m;
	struct date		 d, now;
	struct buf		 out = BUF_INIT;
	size_t			 start, end;
	char			*s, iso[64];
	int			 order;

	/* The parsers take NUL-terminated text as well as lengths. */
	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	for (order = 0; order < 3; order++) {
		if (date_parse(s, size, (enum date_order)order, &d))
			date_format(&d, iso, sizeof(iso));
		if (date_find(s, size, (enum date_order)order, &d, &start,
		    &end) && (start > end || end > size))
			abort();
	}
	memset(&now, 0, sizeof(now));
	date_parse("2024-06-21T13:32+03:00", 22, DATE_ORDER_UNKNOWN, &now);
	if (date_relative(s, size, &now, &d))
		date_format(&d, iso, sizeof(iso));
	if (dateline_parse(s, size, &m) && m.body > size)
		abort();
	if (agency_attribution(s, size, &start, &end) != NULL &&
	    (start > end || end > size))
		abort();
	byline_name(s, &start);
	byline_opens(s);
	mojibake_repair(s, size, &out);
	buf_reset(&out);
	norm_text(s, size, NORM_NFKC | NORM_ASCII_PUNCT, &out);
	buf_reset(&out);
	norm_wrap(s, size, 7, &out);
	buf_free(&out);
	free(s);
	return 0;
}
