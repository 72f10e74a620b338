/* SPDX-License-Identifier: ISC */
/* Plain-text input: pages already turned into text (copy and paste, old
 * scrapers, browser dumps), the portal's boilerplate still in them.  The
 * lines are classified one by one, then the article is found among them:
 * the run of prose, the headline above it, and the date, section and
 * byline around the headline. */
#ifndef TEXTIN_H
#define TEXTIN_H

#include <stddef.h>

struct article;
struct buf;
struct extract_opts;

/* What one line is, read on its own. */
enum textin_class {
	TEXTIN_BLANK,		/* nothing but spaces */
	TEXTIN_BOILER,		/* page furniture: a menu, a phrase such as
				   "All news", a link, share buttons, a
				   cookie or copyright line, a news list's
				   dated item, figures */
	TEXTIN_DATE,		/* a date and little else */
	TEXTIN_SHORT,		/* a label or a headline: no sentence */
	TEXTIN_NEAR,		/* a short sentence */
	TEXTIN_PROSE,		/* a paragraph of prose */
	TEXTIN__MAX
};

/*
 * 1 when the decoded input (UTF-8) is text rather than a web page: its
 * first few kilobytes hold no markup.  A page may open with text (a
 * server's error message) but then has tags.
 */
int	 textin_is_text(const char *utf8, size_t len);

/*
 * Find the article in a text dump of len bytes of UTF-8 and fill a:
 * title, date (and modified), author, section (or site_name), url when
 * a does not have one yet (evidence in a->ev), and the body as blocks,
 * each non-empty line of prose one paragraph (hard-wrapped text is
 * joined first).  Blocks hold the lines as written; the caller
 * normalizes.  With o->has_now, "2 hours ago" near the headline is a
 * date.  At most max_lines non-blank lines are read (0: no limit).
 * When explain is not NULL, each line's class and fate are written to
 * it.  Returns the number of blocks added (0: no article found), or -1
 * when the text has more than max_lines lines.  Never prints.
 */
long	 textin_extract(const char *utf8, size_t len, struct article *a,
	    const struct extract_opts *o, size_t max_lines,
	    struct buf *explain);

/*
 * The class of one line on its own (its neighbours decide the rest);
 * *why, when not NULL, gets what decided it ("boilerplate phrase",
 * "a menu", ...).  For the unit tests and --explain.
 */
enum textin_class textin_classify(const char *line, size_t len,
	    const char **why);

/* The class's name: "blank", "boiler", "date", "short", "near",
 * "prose". */
const char	*textin_class_name(enum textin_class);

#endif
