/* SPDX-License-Identifier: ISC */
/* News datelines at the start of a story: "MINSK, 21 June (BelTA) -",
 * "WASHINGTON (AP) —", "MOSCOW, June 21. /TASS/.", "МИНСК, 14 мая (БЕЛТА) -".
 * Pure functions: results are byte ranges into the caller's text. */
#ifndef DATELINE_H
#define DATELINE_H

#include <stddef.h>

struct span {
	size_t	 off;
	size_t	 len;		/* 0 when absent */
};

struct dateline_match {
	struct span	 text;	 /* the whole dateline, without the dash
				    that ends it: "MINSK, 21 June (BelTA)" */
	struct span	 place;	 /* "MINSK", "KANSAS CITY" */
	struct span	 region; /* "Mo." in "KANSAS CITY, Mo. (AP) —" */
	struct span	 date;	 /* "21 June", "June 21" as written */
	struct span	 source; /* the agency as written: "BelTA", "AP" */
	struct span	 reporter; /* whom a Chinese or Korean dateline
				    names: "张三 李四", "홍길동·김철수" */
	size_t		 body;	 /* where the story proper starts */
};

/*
 * Recognize a dateline at the very start of text (UTF-8, already
 * normalized: single spaces, no leading space).  Returns 1 and fills *m,
 * or 0 when the paragraph does not start with a dateline ("NATO, the
 * alliance ...", "UPDATE 2-").
 */
int	 dateline_parse(const char *text, size_t len, struct dateline_match *m);

#endif
