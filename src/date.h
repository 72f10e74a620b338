/* SPDX-License-Identifier: ISC */
/* Dates written in many languages and formats -> ISO 8601.
 * Pure functions over UTF-8 strings: no allocation, no global state. */
#ifndef DATE_H
#define DATE_H

#include <stddef.h>

/* A date as precise as the text gave it. */
struct date {
	int	 year;		/* 0 when the text gave none ("21 June") */
	int	 month;		/* 1-12 */
	int	 day;		/* 1-31; 0 when the text gave none */
	int	 hour;		/* 0-23, or -1 when no time was given */
	int	 minute;	/* 0-59, or -1 */
	int	 second;	/* 0-60, or -1 when not given */
	int	 has_offset;	/* the text gave a UTC offset or zone */
	int	 offset;	/* minutes east of UTC, when has_offset */
};

/* How to read an ambiguous numeric date such as 06/07/2024. */
enum date_order {
	DATE_ORDER_UNKNOWN,	/* leave ambiguous dates unparsed */
	DATE_ORDER_DMY,
	DATE_ORDER_MDY
};

/*
 * Parse s (len bytes), which should hold one date and little else:
 * an attribute value (ISO 8601, RFC 2822, "2024-06-21 13:32") or a short
 * visible string ("21 June 2024, 13:32", "14 мая 2024 г.").  Surrounding
 * words that are not part of the date are allowed only if they are short
 * labels ("Published:", "Updated", a weekday).  Returns 1 and fills *d on
 * success, 0 otherwise.  Rejects invalid calendar dates (31 June) and
 * relative dates ("2 hours ago").
 *
 * Finds the date as date_find() does, then allows at most four words and
 * no other digit around it.  Also takes "20240621" when it is the whole
 * string.  Years are 1900..2100.  Numeric dates: dots are day first
 * (21.06.2024, 21.06.24); with slashes or dashes a number above 12 tells
 * the order, else the enum decides, and DATE_ORDER_UNKNOWN gives no date.
 * Two-digit years (00-69 -> 20xx, 70-99 -> 19xx) only with dots or
 * slashes.  A date without a year (year 0) only with a month name:
 * "21 June", "June 21".
 */
int	 date_parse(const char *s, size_t len, enum date_order, struct date *d);

/*
 * Find the first date in free text.  Returns 1, fills *d and sets
 * [*start, *end) to the byte range of the date (time included when it is
 * attached to it), or 0 when the text holds no date.
 *
 * The first complete date (day, month, year) wins; only when there is
 * none is the first date without a year returned ("MINSK, 21 June
 * (BelTA)").  A weekday just before the date ("Friday, ", "Fri, ",
 * "пятница, ") is part of the range, though it is not checked.  No
 * match starts or ends inside a longer number or word.  Linear in len;
 * no allocation.
 */
int	 date_find(const char *s, size_t len, enum date_order, struct date *d,
	    size_t *start, size_t *end);

/*
 * Resolve a relative date written in text ("2 hours ago", "vor 3 Tagen",
 * "вчера", "yesterday, 13:32", "hace 2 días", "il y a 3 heures", "today
 * at 9:15", "сегодня, 12:07", "5 минут назад", "wczoraj", "ieri",
 * "gestern um 18:30") against now.  Returns 1 and fills *d with the
 * resolved date (as precise as the text: a day for "yesterday", a time
 * for "2 hours ago" / "yesterday 13:32", the minute for "5 minutes ago"),
 * or 0 when s holds no relative date.
 *
 * English, German, French, Spanish, Italian, Portuguese, Dutch, Polish,
 * Russian, Ukrainian, Belarusian and Turkish.  An amount is digits or a
 * small number word ("an hour ago", "vor einem Tag"), up to three of
 * them ("1 hour 20 minutes ago"); units run from seconds to years.
 * Months and years keep the day of the month, clamped to the month's
 * last day.  The first relative date in the text wins; none starts or
 * ends inside a word or a number.  "in 2 days", "2 hours" and "hours
 * ago" are none.  French "hier" counts only with a time after it or as
 * the whole string (in German it means "here").
 *
 * now must be a valid date; it is read as wall time, and its offset, if
 * any, is kept in *d (the offset of a time in the text wins).  Without a
 * time in now, what needs one ("2 hours ago") gives 0, and "just now"
 * gives the day.  Results are in 1900..2100 and carry no seconds unless
 * an attached time gave them.  *d is left alone on failure.  Linear in
 * len; no allocation.  date_parse() and date_find() never resolve
 * relative dates.
 */
int	 date_relative(const char *s, size_t len, const struct date *now,
	    struct date *d);

/*
 * Write d as ISO 8601, only as precise as it is: "2024-06-21",
 * "2024-06-21T13:32", "2024-06-21T13:32:05", "...+03:00" or "...Z" when it
 * has an offset.  A date without a year or day cannot be written: returns
 * 0.  Otherwise returns the length written (NUL-terminated; size >= 32).
 *
 * An offset of zero is always written "Z", whether the text said "Z",
 * "+00:00", "GMT" or "UTC".  An offset is written only after a time.
 */
size_t	 date_format(const struct date *d, char *buf, size_t size);

/* 1 when the year/month/day triple exists in the Gregorian calendar
 * (years 1..9999; the parsers accept only 1900..2100). */
int	 date_valid_ymd(int year, int month, int day);

/* s[0..len) is a weekday's name and nothing more ("Monday", "Montag",
 * "понедельник"; not the abbreviations, which are words too), case and
 * spaces at the ends aside. */
int	 date_is_weekday(const char *s, size_t len);

/* Days since 1970-01-01 of a Gregorian date (negative before). */
long	 date_days(int year, int month, int day);

/* Compare two dates by their (year, month, day, hour, minute); <0, 0, >0.
 * A missing time counts as 00:00; seconds and offsets are ignored. */
int	 date_cmp(const struct date *, const struct date *);

/*
 * 1 when a page that shows the day shown, while its markup says
 * published and modified (ISO 8601 strings, as artex writes them), was
 * published again: shown is modified's day, a later one than
 * published's.
 */
int	 date_republished(const char *published, const char *modified,
	    const struct date *shown);

#endif
