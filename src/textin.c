/* SPDX-License-Identifier: ISC */
/*
 * Plain-text input: a page already turned into text, the portal's menus,
 * date strips, share lines, news lists and footers still in it.
 *
 * Each line is first read on its own (textin_classify): prose, a short
 * sentence, a label or headline, a date, or furniture (a boilerplate
 * phrase of hints.c, a menu, a link, share buttons, a cookie or
 * copyright notice, a dated item of a news list, figures).  Then the
 * article is found among them, as jusText does with paragraphs: the
 * longest run of prose that short furniture does not break (gap_cost);
 * the headline just above it; the date nearest the headline (the
 * portal's date strip stands further away); the byline; the section, a
 * breadcrumb's last step or a lone label above the headline.  Nothing
 * here is tied to one site: the phrase tables are hints.c's, the dates
 * date.c's, the bylines byline.c's.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "arena.h"
#include "article.h"
#include "buf.h"
#include "byline.h"
#include "date.h"
#include "extract.h"
#include "hints.h"
#include "normalize.h"
#include "textin.h"
#include "xalloc.h"

#define SNIFF_BYTES	4096	/* how much of the input detection reads */
#define GAP_MAX		3	/* what may stand between two paragraphs of
				   one story (see gap_cost) */
#define GAP_MERGE	6	/* the same across a list of links, when
				   the story goes on after it (goes_on) */
#define TITLE_REACH	10	/* lines above the text where the headline
				   may stand */
#define DATE_REACH	6	/* lines between the headline and its date */
#define LABEL_REACH	6	/* lines above the headline to its section */
#define SITE_REACH	20	/* lines at the top where the site's name
				   may stand */

enum line_end {
	END_NONE,
	END_STOP,		/* . … 。 */
	END_MARK,		/* ? ! */
	END_COLON		/* : ; — the sentence goes on below */
};

enum line_flags {
	LF_HEADER	= 1 << 0,	/* a boilerplate phrase alone on its
					   line ("Recent news"): a list
					   follows */
	LF_FOOTER	= 1 << 1,	/* a cookie or copyright notice */
	LF_COPYRIGHT	= 1 << 2,	/* "© 2024 Harbour Herald Ltd." */
	LF_BYLINE	= 1 << 3,	/* "By Jane Doe" */
	LF_LABEL	= 1 << 4,	/* one to three words, a capital, no
					   digits: a rubric or a menu item */
	LF_CRUMB	= 1 << 5,	/* "News › Local › Transport" */
	LF_BULLET	= 1 << 6,	/* "• ", "* " in front: a list item */
	LF_DASH		= 1 << 7,	/* "- ", "1. " in front: a list item,
					   or dialogue, or a numbered
					   paragraph */
	LF_CAPTION	= 1 << 8,	/* "… Photo: Reuters": a picture's
					   caption or credit */
	LF_MENU		= 1 << 9	/* "Home | News | Sport" */
};

/* What a line became. */
enum role {
	R_NONE,			/* not decided yet */
	R_DROP,
	R_PARAGRAPH,
	R_HEADING,
	R_LIST_ITEM,
	R_TITLE,
	R_DATE,
	R_SECTION,
	R_SITE,
	R_AUTHOR,
	R_URL,
	R__MAX
};

static const char *const role_names[R__MAX] = {
	"?", "drop", "paragraph", "heading", "list-item", "title", "date",
	"section", "site-name", "author", "url"
};

static const char *const class_names[TEXTIN__MAX] = {
	"blank", "boiler", "date", "short", "near", "prose"
};

struct lstats {
	unsigned	 chars;		/* code points */
	unsigned	 weight;	/* chars, CJK ones counted thrice: what
					   the line says, in Latin letters */
	unsigned	 words;		/* tokens with a letter or digit; CJK
					   characters count half a word */
	unsigned	 letters, digits;
	unsigned	 upper, lower;	/* words by their first letter */
	int		 first_lower;	/* the first letter is lower case */
	int		 end;		/* enum line_end */
};

struct tline {
	size_t		 off, len;	/* as written (may span line breaks
					   once unwrapped) */
	size_t		 noff, nlen;	/* normalized, in textin.norm */
	size_t		 lineno;	/* its first line, from 1 */
	size_t		 indent;	/* leading spaces as written */
	int		 blank_before;	/* a blank line above it */
	struct lstats	 st;
	enum textin_class cls;
	const char	*why;		/* what made it that class */
	unsigned	 flags;		/* enum line_flags */
	enum role	 role;
	const char	*fate;		/* why it has that role, or NULL */
};

struct run {
	size_t		 start, end;	/* lines, end included */
	unsigned long	 score;
};

struct textin {
	const char		*src;
	struct tline		*lines;		/* the lines with text */
	size_t			 n, cap;
	struct buf		 norm;		/* their normalized text */
	struct buf		 tmp;
	struct article		*a;
	const struct extract_opts *o;
	struct run		*runs;		/* of prose (find_runs) */
	size_t			 nruns, capruns;
	struct run		 body;		/* the story's lines */
	size_t			 title;		/* line, or n */
	size_t			 subtitle;	/* a standfirst written as a
						   headline, or n */
	char			 iso[40];	/* the date found (explain) */
};

/* --- characters ----------------------------------------------------- */

/* The code point at s[i] (U+FFFD for a bad byte); *step its length. */
static int32_t
cp_at(const char *s, size_t n, size_t i, size_t *step)
{
	utf8proc_int32_t	 c;
	utf8proc_ssize_t	 k;

	if ((unsigned char)s[i] < 0x80) {
		*step = 1;
		return (unsigned char)s[i];
	}
	k = utf8proc_iterate((const uint8_t *)s + i,
	    (utf8proc_ssize_t)(n - i), &c);
	if (k <= 0) {
		*step = 1;
		return 0xFFFD;
	}
	*step = (size_t)k;
	return c;
}

/* Scripts written without spaces, where a character is half a word. */
static int
is_cjk(int32_t c)
{
	return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
	    (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xAC00 && c <= 0xD7AF);
}

static int
is_letter(int32_t c)
{
	utf8proc_category_t k = utf8proc_category(c);

	return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

static int
is_space_cp(int32_t c)
{
	return c == ' ' || c == '\t' ||
	    utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}

/* Lower-case s into out (replacing what it held). */
static const char *
fold(const char *s, size_t n, struct buf *out)
{
	uint8_t	 enc[4];
	size_t	 i, step;

	buf_reset(out);
	for (i = 0; i < n; i += step)
		buf_put(out, enc, (size_t)utf8proc_encode_char(
		    utf8proc_tolower(cp_at(s, n, i, &step)), enc));
	return buf_cstr(out);
}

/* --- is it text at all ---------------------------------------------- */

/* Elements that pages are made of; a word in angle brackets in a text
 * ("<URL>") is not one of them. */
static const char *const html_tags[] = {
	"a", "article", "aside", "b", "blockquote", "body", "br", "button",
	"center", "code", "dd", "div", "dl", "dt", "em", "figcaption",
	"figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5",
	"h6", "head", "header", "hr", "html", "i", "iframe", "img", "input",
	"li", "link", "main", "meta", "nav", "noscript", "ol", "option", "p",
	"pre", "script", "section", "select", "small", "span", "strong",
	"style", "sub", "sup", "table", "tbody", "td", "textarea", "th",
	"thead", "time", "title", "tr", "u", "ul",
};

/* The length of the tag name at s ("div" in "<div class"), when it is
 * an element's; else 0. */
static size_t
tag_at(const char *s, size_t n)
{
	size_t	 k, i;

	for (i = 0; i < n && i < 12; i++)
		if (!(((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ||
		    (i > 0 && s[i] >= '0' && s[i] <= '9')))
			break;
	if (i == 0 || (i < n && strchr(" \t\r\n>/", s[i]) == NULL))
		return 0;
	for (k = 0; k < sizeof(html_tags) / sizeof(html_tags[0]); k++)
		if (strlen(html_tags[k]) == i &&
		    strncasecmp(s, html_tags[k], i) == 0)
			return i;
	return 0;
}

int
textin_is_text(const char *s, size_t len)
{
	size_t	 n = len < SNIFF_BYTES ? len : SNIFF_BYTES, i = 0, tags = 0;

	if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < n && strchr(" \t\r\n\f", s[i]) != NULL && s[i] != '\0')
		i++;
	/* Markup from the first byte on is a page, however broken. */
	if (i < n && s[i] == '<')
		return 0;
	for (; i + 1 < n; i++) {
		if (s[i] != '<')
			continue;
		if (strncasecmp(s + i + 1, "!doctype", n - i - 1 < 8 ?
		    n - i - 1 : 8) == 0 || strncmp(s + i + 1, "!--",
		    n - i - 1 < 3 ? n - i - 1 : 3) == 0)
			return 0;
		tags += tag_at(s + i + 1 + (s[i + 1] == '/'),
		    n - i - 1 - (s[i + 1] == '/')) > 0;
	}
	/* A tag or two may be left in a text ("<br>"); a page has many. */
	return tags < 3;
}

/* --- one line on its own --------------------------------------------- */

/* How the line ends, past closing quotes and brackets. */
static int
line_end(const char *t, size_t n)
{
	static const char *const closers[] = { "\"", "'", ")", "]", "*",
	    "\xe2\x80\x9d", "\xe2\x80\x99", "\xc2\xbb", "\xe3\x80\x8d",
	    "\xe3\x80\x8f", "\xef\xbc\x89" };	/* ” ’ » 」 』 ） */
	size_t	 k, cl;

	for (;;) {
		for (k = 0; k < sizeof(closers) / sizeof(closers[0]); k++) {
			cl = strlen(closers[k]);
			if (n >= cl && memcmp(t + n - cl, closers[k], cl) == 0)
				break;
		}
		if (k == sizeof(closers) / sizeof(closers[0]))
			break;
		n -= strlen(closers[k]);
	}
	if (n == 0)
		return END_NONE;
	if (t[n - 1] == '.' || (n >= 3 && (memcmp(t + n - 3, "\xe2\x80\xa6",
	    3) == 0 || memcmp(t + n - 3, "\xe3\x80\x82", 3) == 0)))
		return END_STOP;			/* … 。 */
	if (t[n - 1] == '?' || t[n - 1] == '!' || (n >= 3 &&
	    (memcmp(t + n - 3, "\xef\xbc\x9f", 3) == 0 ||
	    memcmp(t + n - 3, "\xef\xbc\x81", 3) == 0)))
		return END_MARK;			/* ？ ！ */
	if (t[n - 1] == ':' || t[n - 1] == ';')
		return END_COLON;
	return END_NONE;
}

/* Counts of a normalized line (single spaces, none at the ends). */
static void
line_stats(const char *t, size_t n, struct lstats *st)
{
	size_t	 i, step;
	int32_t	 c;
	int	 alnum = 0, initial = 0, first = 1;
	unsigned cjk = 0;

	memset(st, 0, sizeof(*st));
	for (i = 0; i < n; i += step) {
		c = cp_at(t, n, i, &step);
		st->chars++;
		if (c == ' ') {
			st->words += alnum;
			alnum = initial = 0;
			continue;
		}
		cjk += is_cjk(c);
		if (c >= '0' && c <= '9') {
			st->digits++;
			alnum = initial = 1;
		} else if (is_letter(c)) {
			st->letters++;
			alnum = 1;
			if (!initial) {
				utf8proc_category_t k = utf8proc_category(c);

				st->upper += k == UTF8PROC_CATEGORY_LU ||
				    k == UTF8PROC_CATEGORY_LT;
				st->lower += k == UTF8PROC_CATEGORY_LL;
				if (first)
					st->first_lower = k ==
					    UTF8PROC_CATEGORY_LL;
				initial = 1;
				first = 0;
			}
		}
	}
	st->words += alnum + cjk / 2;
	st->weight = st->chars + 2 * cjk;
	st->end = line_end(t, n);
}

/* The words of t (cut at spaces and punctuation) one at a time: *start
 * gets where the next begins and *i moves past it; returns its length,
 * 0 at the end. */
static size_t
next_word(const char *t, size_t n, size_t *i, size_t *start)
{
	static const char sep[] = " ,|/()[]:!?\"";
	size_t	 k = *i;

	while (k < n && strchr(sep, t[k]) != NULL)
		k++;
	*start = k;
	while (k < n && strchr(sep, t[k]) == NULL)
		k++;
	*i = k;
	return k - *start;
}

/* Whether a word has a letter or a digit ("·" and "—" have none). */
static int
has_alnum(const char *w, size_t n)
{
	size_t	 i, step;
	int32_t	 c;

	for (i = 0; i < n; i += step) {
		c = cp_at(w, n, i, &step);
		if ((c >= '0' && c <= '9') || is_letter(c))
			return 1;
	}
	return 0;
}

/* --- dates ---------------------------------------------------------- */

struct dspan {
	size_t		 s, e;
	struct date	 d;
};

/* The complete dates of a line, in order; returns how many. */
static size_t
date_spans(const char *t, size_t n, struct dspan *sp, size_t max)
{
	struct date	 d;
	size_t		 k = 0, p = 0, s, e;

	/* Text gives no language to tell 06/07 by: day first, as most of
	 * the world writes it (a number above 12 still decides). */
	while (k < max && p < n && date_find(t + p, n - p, DATE_ORDER_DMY,
	    &d, &s, &e) && d.year != 0 && d.day != 0 && e > 0) {
		sp[k].s = p + s;
		sp[k].e = p + e;
		sp[k++].d = d;
		p += e;
	}
	return k;
}

static int
in_spans(size_t i, const struct dspan *sp, size_t nsp)
{
	size_t	 k;

	for (k = 0; k < nsp; k++)
		if (i >= sp[k].s && i < sp[k].e)
			return 1;
	return 0;
}

/* Words with a letter outside the dates; *sentence when a sentence ends
 * outside them ("... said on 21 June 2024. The ..."). */
static size_t
words_outside(const char *t, size_t n, const struct dspan *sp, size_t nsp,
    int *sentence)
{
	size_t	 i = 0, s, wl, k, words = 0, letters;

	*sentence = 0;
	while ((wl = next_word(t, n, &i, &s)) > 0) {
		if (in_spans(s, sp, nsp))
			continue;
		for (k = s, letters = 0; k < s + wl; k++)
			letters += ((t[k] | 0x20) >= 'a' && (t[k] | 0x20) <=
			    'z') || (unsigned char)t[k] >= 0xC0;
		words += letters > 0;
		/* "Mi.", "Uhr." are abbreviations; "said." ends one. */
		if (letters >= 4 && t[s + wl - 1] == '.')
			*sentence = 1;
	}
	return words;
}

/* A line that is a date and little else: "21 June 2024, 13:32",
 * "Published 14 May 2024, 09:15 | Updated 14 May 2024, 11:02",
 * "Flag Sunday, 21 July 2024". */
static int
is_date_line(const char *t, size_t n, const struct lstats *st)
{
	struct dspan	 sp[4];
	size_t		 k, nsp, covered = 0, words;
	int		 sentence;

	if (st->chars > 120 || (nsp = date_spans(t, n, sp, 4)) == 0)
		return 0;
	for (k = 0; k < nsp; k++)
		covered += sp[k].e - sp[k].s;
	words = words_outside(t, n, sp, nsp, &sentence);
	return !sentence && words <= 6 && (covered * 10 >= n * 4 ||
	    words <= 3);
}

/* Words that say a date is the last change, not the publication. */
static const char *const update_words[] = {
	"updated", "update", "modified", "edited", "aktualisiert",
	"geändert", "обновлено", "обновлен", "абноўлена", "оновлено",
	"mis à jour", "modifié", "actualizado", "actualización", "aggiornato",
	"atualizado", "zaktualizowano", "aktualizacja", "bijgewerkt",
	"güncellendi", "güncelleme",
};

static int
labelled_update(const char *t, size_t s, struct buf *tmp)
{
	size_t	 from = s > 32 ? s - 32 : 0, k;
	const char *low;

	while (from > 0 && ((unsigned char)t[from] & 0xC0) == 0x80)
		from--;
	low = fold(t + from, s - from, tmp);
	for (k = 0; k < sizeof(update_words) / sizeof(update_words[0]); k++)
		if (strstr(low, update_words[k]) != NULL)
			return 1;
	return 0;
}

/* --- furniture -------------------------------------------------------- */

static int
contains_any(const char *low, const char *const *words, size_t n)
{
	size_t	 k;

	for (k = 0; k < n; k++)
		if (strstr(low, words[k]) != NULL)
			return 1;
	return 0;
}

/* Cookie notices say "cookie" in every language that has them. */
static int
is_cookie(const char *low, const struct lstats *st)
{
	static const char *const w[] = { "cookie", "куки", "ciasteczk" };

	return st->chars < 300 && contains_any(low, w, sizeof(w) / sizeof(*w));
}

/* A year from 1900 to 2099 standing alone in t. */
static int
has_year(const char *t)
{
	const char	*p;

	for (p = t; *p != '\0'; p++)
		if (((p[0] == '1' && p[1] == '9') ||
		    (p[0] == '2' && p[1] == '0')) &&
		    p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9' &&
		    (p == t || !(p[-1] >= '0' && p[-1] <= '9')) &&
		    !(p[4] >= '0' && p[4] <= '9'))
			return 1;
	return 0;
}

/* The page's copyright notice: the rights reserved, or the sign and a
 * year.  "© Reuters" under a picture is a credit, not the footer. */
static int
is_copyright(const char *low, const struct lstats *st)
{
	static const char *const rights[] = { "all rights reserved",
	    "alle rechte vorbehalten", "все права защищены",
	    "усе правы абаронены", "всі права захищені",
	    "wszelkie prawa zastrzeżone", "todos los derechos reservados",
	    "tous droits réservés", "tutti i diritti riservati",
	    "todos os direitos reservados", "alle rechten voorbehouden",
	    "tüm hakları saklıdır", "版权所有" };
	static const char *const signs[] = { "\xc2\xa9", "(c)", "copyright" };

	if (st->chars >= 300)
		return 0;
	return contains_any(low, rights, sizeof(rights) / sizeof(*rights)) ||
	    (contains_any(low, signs, sizeof(signs) / sizeof(*signs)) &&
	    has_year(low));
}

static int
has_scheme(const char *w, size_t n)
{
	size_t	 k;

	for (k = 1; k + 3 <= n; k++)
		if (memcmp(w + k, "://", 3) == 0)
			return 1;
	return 0;
}

/* "https://…", "www.site.by", "t.me/channel", "news@site.com",
 * "@handle". */
static int
is_link_word(const char *w, size_t n)
{
	const char	*dot, *at;

	if (has_scheme(w, n) ||
	    (n > 4 && strncasecmp(w, "www.", 4) == 0) || (n > 1 && w[0] == '@'))
		return 1;
	at = memchr(w, '@', n);
	dot = memchr(w, '.', n);
	if (at != NULL && dot != NULL && memchr(at, '.', n - (size_t)(at - w))
	    != NULL)
		return 1;
	/* domain.tld/path */
	return dot != NULL && dot > w && (size_t)(dot - w) + 3 < n &&
	    (dot[1] | 0x20) >= 'a' && (dot[1] | 0x20) <= 'z' &&
	    memchr(dot, '/', n - (size_t)(dot - w)) != NULL;
}

/* A short line with a link in it, or one that is mostly links. */
static int
is_link_line(const char *t, size_t n, const struct lstats *st)
{
	size_t	 i = 0, s, wl, words = 0, links = 0;

	while ((wl = next_word(t, n, &i, &s)) > 0) {
		words++;
		links += is_link_word(t + s, wl);
	}
	return links > 0 && (st->chars < 150 || links * 2 >= words);
}

/* Share buttons and follow-us rows: the networks' names. */
static int
is_social(const char *low, size_t n)
{
	static const char *const nets[] = { "facebook", "twitter", "x",
	    "telegram", "whatsapp", "viber", "vk", "vkontakte", "вконтакте",
	    "одноклассники", "ok", "linkedin", "instagram", "youtube",
	    "pinterest", "reddit", "tiktok", "threads", "mastodon", "bluesky",
	    "flipboard", "xing", "rss", "email", "e-mail", "mail", "messenger",
	    "skype", "дзен", "wykop", "meneame", "tumblr" };
	size_t	 i = 0, s, wl, k, words = 0, hits = 0;

	while ((wl = next_word(low, n, &i, &s)) > 0) {
		if (!has_alnum(low + s, wl))
			continue;
		words++;
		for (k = 0; k < sizeof(nets) / sizeof(nets[0]); k++)
			if (strlen(nets[k]) == wl &&
			    memcmp(low + s, nets[k], wl) == 0) {
				hits++;
				break;
			}
	}
	return hits > 0 && words <= 12 && hits * 10 >= words * 6;
}

/* Separators of menus and breadcrumbs, standing between spaces. */
static const struct {
	const char	*s;
	int		 crumb;		/* a path: "News › Local" */
} seps[] = {
	{ "|", 0 }, { "\xc2\xb7", 0 }, { "\xe2\x80\xa2", 0 }, { "\xc2\xa6", 0 },
	{ "::", 0 }, { "\xe2\x80\xba", 1 }, { "\xc2\xbb", 1 }, { ">", 1 },
	{ "/", 1 }, { "\xe2\x86\x92", 1 }, { "\xe2\x9f\xa9", 1 },
};

/* The separator of a menu at t[i] (after a space), or -1. */
static int
sep_at(const char *t, size_t n, size_t i)
{
	size_t	 k, sl;

	for (k = 0; k < sizeof(seps) / sizeof(seps[0]); k++) {
		sl = strlen(seps[k].s);
		if (i + sl <= n && memcmp(t + i, seps[k].s, sl) == 0 &&
		    (i + sl == n || t[i + sl] == ' ') && (i == 0 ||
		    t[i - 1] == ' '))
			return (int)k;
	}
	return -1;
}

/* Runs of characters between single spaces. */
static unsigned
count_words(const char *t, size_t n)
{
	unsigned	 w = 0;
	size_t		 i;

	for (i = 0; i < n; i++)
		w += t[i] != ' ' && (i == 0 || t[i - 1] == ' ');
	return w;
}

struct segment {
	size_t		 off, len;
	unsigned	 words;
};

/* Cut a line at its menu separators; returns how many segments (at most
 * max), and sets *crumb when every separator is a path's. */
static size_t
segments(const char *t, size_t n, struct segment *sg, size_t max,
    int *crumb)
{
	size_t	 i, k = 0, start = 0;
	int	 s;

	*crumb = 1;
	memset(sg, 0, max * sizeof(*sg));
	for (i = 0; i <= n && k < max; i++) {
		s = i < n ? sep_at(t, n, i) : -1;
		if (i < n && s < 0)
			continue;
		sg[k].off = start;
		sg[k].len = i - start;
		while (sg[k].len > 0 && t[sg[k].off + sg[k].len - 1] == ' ')
			sg[k].len--;
		sg[k].words = count_words(t + sg[k].off, sg[k].len);
		k++;
		if (s >= 0) {
			*crumb &= seps[s].crumb;
			i += strlen(seps[s].s);
			start = i + 1;
		}
	}
	return k;
}

/* "Home | News | Sport" (menu) or "News › Local › Transport" (a
 * breadcrumb, whose last step may be the headline). */
static int
menu_kind(const char *t, size_t n, const struct lstats *st, int *crumb)
{
	struct segment	 sg[24];
	size_t		 k, nsg;

	if (st->chars > 200 || st->end == END_STOP || st->end == END_MARK ||
	    (nsg = segments(t, n, sg, 24, crumb)) < 2)
		return 0;
	for (k = 0; k < nsg; k++) {
		if (sg[k].len == 0 && k + 1 < nsg)
			return 0;
		if (sg[k].words > 3 && !(*crumb && k + 1 == nsg))
			return 0;
	}
	return 1;
}

/* "19:04 Belarus prepares …", "21.06.2024 Grain harvest underway …":
 * an item of a list of dated links. */
static int
is_news_item(const char *t, size_t n, const struct lstats *st)
{
	struct dspan	 sp[1];
	size_t		 i = 0;
	int		 sentence;

	if (st->end == END_STOP && st->weight >= 80)
		return 0;
	while (i < n && i < 2 && t[i] >= '0' && t[i] <= '9')
		i++;
	if (i > 0 && i + 3 < n && (t[i] == ':' || t[i] == '.') &&
	    t[i + 1] >= '0' && t[i + 1] <= '5' && t[i + 2] >= '0' &&
	    t[i + 2] <= '9' && t[i + 3] == ' ' && st->words >= 4)
		return 1;
	return date_spans(t, n, sp, 1) == 1 && sp[0].s <= 1 &&
	    words_outside(t, n, sp, 1, &sentence) >= 3;
}

/*
 * A leading bullet: its length in bytes with the space after it, to be
 * cut; numbers ("1. ") stay and give 0.  *flags gets LF_BULLET for a
 * bullet sign, LF_DASH for a hyphen or a number, which open dialogue
 * ("- Wreszcie! - mówi") and numbered paragraphs as often as list
 * items.  En and em dashes open dialogue only.
 */
static size_t
bullet_len(const char *t, size_t n, unsigned *flags)
{
	static const int32_t marks[] = { '-', '*', 0x2022, 0x00B7, 0x25AA,
	    0x25BA, 0x25E6, 0x2023, 0x25CB, 0x25A0, 0x25CF };
	size_t	 k, step, i = 0;
	int32_t	 c;

	if (n == 0)
		return 0;
	c = cp_at(t, n, 0, &step);
	for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++)
		if (c == marks[k] && step < n && t[step] == ' ') {
			*flags |= c == '-' ? LF_DASH : LF_BULLET;
			return step + 1;
		}
	while (i < n && i < 2 && t[i] >= '0' && t[i] <= '9')
		i++;
	if (i > 0 && i + 1 < n && (t[i] == '.' || t[i] == ')') &&
	    t[i + 1] == ' ')
		*flags |= LF_DASH;
	return 0;
}

/* "By Jane Doe", "Von Anna Berger", "Автор: Иван Петров". */
static int
is_byline(const char *t, size_t n, const struct lstats *st)
{
	size_t	 start;

	if (st->chars > 80 || st->end == END_STOP || !byline_opens(t) ||
	    byline_name(t, &start) == 0)
		return 0;
	return (t[start] >= 'A' && t[start] <= 'Z') ||
	    (unsigned char)t[start] >= 0xC0;
}

/* A boilerplate phrase of hints.c on a line that is short, linked or
 * no sentence; alone on its line it heads a list. */
static int
is_phrase(const char *t, size_t n, const struct lstats *st, int *header)
{
	size_t	 plen, i, s, words = 0;

	if (st->chars >= 120 || !hints_boiler_phrase(t, n, &plen) ||
	    !(st->chars < 50 || (st->chars < 100 && (st->end == END_NONE ||
	    st->end == END_COLON || t[n - 1] == '!'))))
		return 0;
	for (i = plen; next_word(t, n, &i, &s) > 0;)
		words++;
	*header = words <= 2;
	return 1;
}

/* The comments under a story: whatever follows is readers' text. */
static int
opens_comments(const char *low)
{
	static const char *const w[] = { "comment", "kommentar", "коммент",
	    "коментар", "камент", "komentar", "comentar", "leave a reply",
	    "yorum", "reacties", "reactions" };
	size_t	 k;

	for (k = 0; k < sizeof(w) / sizeof(w[0]); k++)
		if (strncmp(low, w[k], strlen(w[k])) == 0)
			return 1;
	return 0;
}

/* A picture's credit, in the caption or alone: "Photo: Reuters",
 * "Foto: dpa", "Фото: БЕЛТА", "(Zdjęcie: PAP)". */
static int
is_credit(const char *low)
{
	static const char *const w[] = { "photo:", "photo :", "photos:",
	    "picture:", "image:", "credit:", "crédit photo", "foto:",
	    "fotos:", "bild:", "фото:", "zdjęcie:", "fot. ", "imagen:",
	    "immagine:", "\xc2\xa9" };

	return contains_any(low, w, sizeof(w) / sizeof(w[0]));
}

/* Mostly figures: prices, rates, a pager ("1 2 3 … 10 Next"). */
static int
is_figures(const struct lstats *st)
{
	return st->chars < 80 && st->letters < 20 &&
	    st->digits * 10 >= (st->letters + st->digits) * 4;
}

/* The classes of text that are not furniture, by how much prose. */
static enum textin_class
prose_class(const struct lstats *st)
{
	if (st->end == END_STOP && st->weight >= 80 && st->words >= 8)
		return TEXTIN_PROSE;
	/* Long enough to be a paragraph whatever its end, if its words
	 * read as a sentence, not as a row of capitalized menu items. */
	if (st->weight >= 160 && st->words >= 15 && (st->lower * 4 >=
	    st->words || st->weight > st->chars))
		return TEXTIN_PROSE;
	if ((st->end == END_STOP || st->end == END_MARK) && st->words >= 4)
		return TEXTIN_NEAR;
	if (st->end == END_COLON && st->words >= 6)
		return TEXTIN_NEAR;
	return TEXTIN_SHORT;
}

/* One to three words, the first with a capital (or in a script
 * without case), no figures, no sentence: a rubric ("Government
 * Bodies", "Local news", "Политика") or a menu item. */
static int
is_label(const struct lstats *st)
{
	return st->words >= 1 && st->words <= 3 && st->chars <= 40 &&
	    st->digits == 0 && st->end == END_NONE && !st->first_lower &&
	    st->lower <= 1;
}

/* The furniture tests, in order; NULL when the line is none. */
static const char *
furniture(const char *t, size_t n, const struct lstats *st,
    unsigned *flags, struct buf *tmp)
{
	const char	*low = fold(t, n, tmp);
	int		 header = 0, crumb = 0;

	if (is_cookie(low, st)) {
		*flags |= LF_FOOTER;
		return "a cookie notice";
	}
	if (is_copyright(low, st)) {
		*flags |= LF_FOOTER | LF_COPYRIGHT;
		return "a copyright line";
	}
	if (st->letters + st->digits == 0)
		return "no words";
	if (is_link_line(t, n, st))
		return "a link or an address";
	if (is_phrase(t, n, st, &header)) {
		*flags |= header ? LF_HEADER : 0;
		if (header && opens_comments(low)) {
			*flags |= LF_FOOTER;
			return "the comments' heading";
		}
		return "boilerplate phrase";
	}
	if (is_social(low, tmp->len))
		return "share or follow buttons";
	if (menu_kind(t, n, st, &crumb)) {
		*flags |= crumb ? LF_CRUMB : LF_MENU;
		return crumb ? "a breadcrumb" : "a menu";
	}
	if (is_news_item(t, n, st))
		return "a dated link (a news list)";
	if (is_figures(st))
		return "figures";
	return NULL;
}

/* Classify the normalized line t; fills *st and *flags. */
static enum textin_class
classify(const char *t, size_t n, struct lstats *st, unsigned *flags,
    const char **why, struct buf *tmp)
{
	enum textin_class c;

	line_stats(t, n, st);
	*flags = 0;
	if (n == 0) {
		*why = "blank";
		return TEXTIN_BLANK;
	}
	(void)bullet_len(t, n, flags);
	if (is_date_line(t, n, st)) {
		*why = "a date";
		return TEXTIN_DATE;
	}
	if (is_byline(t, n, st)) {
		*flags |= LF_BYLINE;
		*why = "a byline";
		return TEXTIN_SHORT;
	}
	if ((*why = furniture(t, n, st, flags, tmp)) != NULL)
		return TEXTIN_BOILER;
	if (st->chars < 200 && is_credit(fold(t, n, tmp)))
		*flags |= LF_CAPTION;
	c = prose_class(st);
	if (c == TEXTIN_SHORT && is_label(st))
		*flags |= LF_LABEL;
	*why = (*flags & LF_CAPTION) ? "a picture's caption" :
	    c == TEXTIN_PROSE ? "prose" : c == TEXTIN_NEAR ?
	    "a short sentence" : (*flags & LF_LABEL) ? "a label" :
	    "no sentence";
	return (*flags & LF_CAPTION) ? TEXTIN_SHORT : c;
}

enum textin_class
textin_classify(const char *line, size_t len, const char **why)
{
	struct buf	 norm = BUF_INIT, tmp = BUF_INIT;
	struct lstats	 st;
	unsigned	 flags;
	const char	*w;
	enum textin_class c;

	norm_text(line, len, 0, &norm);
	c = classify(buf_cstr(&norm), norm.len, &st, &flags, &w, &tmp);
	if (why != NULL)
		*why = w;
	buf_free(&norm);
	buf_free(&tmp);
	return c;
}

const char *
textin_class_name(enum textin_class c)
{
	return c < TEXTIN__MAX ? class_names[c] : "?";
}

/* --- lines ------------------------------------------------------------- */

static const char *
ntext(const struct textin *tx, const struct tline *l)
{
	return tx->norm.data + l->noff;
}

/* Normalize a line's text and count it. */
static void
measure(struct textin *tx, struct tline *l)
{
	l->noff = tx->norm.len;
	norm_text(tx->src + l->off, l->len, 0, &tx->norm);
	l->nlen = tx->norm.len - l->noff;
	buf_putc(&tx->norm, '\0');
	line_stats(ntext(tx, l), l->nlen, &l->st);
}

/* The length of the line break at s[i], or 0. */
static size_t
break_at(const char *s, size_t n, size_t i)
{
	if (s[i] == '\n' || s[i] == '\f' || s[i] == '\v')
		return 1;
	if (s[i] == '\r')
		return i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
	if ((unsigned char)s[i] == 0xC2 && i + 1 < n &&
	    (unsigned char)s[i + 1] == 0x85)
		return 2;				/* NEL */
	if ((unsigned char)s[i] == 0xE2 && i + 2 < n &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0xA8 ||
	    (unsigned char)s[i + 2] == 0xA9))
		return 3;				/* LS, PS */
	return 0;
}

static size_t
indent_of(const char *s, size_t n)
{
	size_t	 i = 0, step;

	while (i < n && is_space_cp(cp_at(s, n, i, &step)))
		i += step;
	return i;
}

/* Keep one line with text; blank ones only mark the next. */
static int
add_line(struct textin *tx, size_t off, size_t len, size_t lineno,
    int *blank, size_t max)
{
	struct tline	 l;

	memset(&l, 0, sizeof(l));
	l.off = off;
	l.len = len;
	l.lineno = lineno;
	measure(tx, &l);
	if (l.nlen == 0) {
		tx->norm.len = l.noff;
		*blank = 1;
		return 0;
	}
	if (max > 0 && tx->n >= max)
		return -1;
	l.blank_before = *blank;
	l.indent = indent_of(tx->src + off, len);
	*blank = 0;
	if (tx->n == tx->cap) {
		tx->cap = tx->cap ? tx->cap * 2 : 64;
		tx->lines = xrealloc(tx->lines, tx->cap * sizeof(*tx->lines));
	}
	tx->lines[tx->n++] = l;
	return 0;
}

/* Cut the text into lines; -1 past max lines with text. */
static int
split_lines(struct textin *tx, size_t len, size_t max)
{
	size_t	 i, start = 0, lineno = 1, b;
	int	 blank = 0;

	for (i = 0; i <= len; i++) {
		b = i < len ? break_at(tx->src, len, i) : 1;
		if (b == 0)
			continue;
		if (add_line(tx, start, i - start, lineno++, &blank, max) == -1)
			return -1;
		i += b - 1;
		start = i + 1;
	}
	return 0;
}

/*
 * Text wrapped at a width (lynx, w3m, e-mail) breaks its paragraphs
 * into lines that end near the margin and go on, often in lower case,
 * on the next.  No line is wider than the margin.  Returns the width,
 * or 0 when the lines are not wrapped.
 */
static unsigned
wrap_width(const struct textin *tx)
{
	size_t		 k, pairs = 0;
	unsigned	 w = 0;

	/* A long address does not wrap; it says nothing of the width. */
	for (k = 0; k < tx->n; k++)
		if (tx->lines[k].st.chars > w && tx->lines[k].st.words > 1)
			w = tx->lines[k].st.chars;
	if (w > 100 || w < 40)
		return 0;
	for (k = 0; k + 1 < tx->n; k++)
		pairs += tx->lines[k].st.chars * 4 >= w * 3 &&
		    !tx->lines[k + 1].blank_before &&
		    tx->lines[k + 1].st.first_lower;
	return pairs >= 3 ? w : 0;
}

/* Lines that stand on their own however long: furniture, dates,
 * bylines, list items. */
static int
stands_alone(const struct tline *l)
{
	return l->cls == TEXTIN_BOILER || l->cls == TEXTIN_DATE ||
	    (l->flags & (LF_BYLINE | LF_BULLET | LF_DASH));
}

/* Whether wrapped line k goes on in line k + 1: it reaches near the
 * margin, and the next is no line of its own. */
static int
continues(const struct textin *tx, size_t k, unsigned width)
{
	const struct tline *l = &tx->lines[k], *next = &tx->lines[k + 1];

	return !next->blank_before && l->st.chars * 10 >= width * 6 &&
	    next->indent <= l->indent && !stands_alone(next) &&
	    (l->cls != TEXTIN_BOILER && l->cls != TEXTIN_DATE);
}

static void
classify_line(struct textin *tx, struct tline *l)
{
	l->cls = classify(ntext(tx, l), l->nlen, &l->st, &l->flags, &l->why,
	    &tx->tmp);
}

/* Join the lines of wrapped paragraphs: a line is then a paragraph, as
 * in text that was never wrapped. */
static void
unwrap(struct textin *tx)
{
	unsigned	 width = wrap_width(tx);
	size_t		 k, out = 0, last;

	if (width == 0)
		return;
	for (k = 0; k < tx->n; k = last + 1) {
		struct tline l = tx->lines[k];

		for (last = k; last + 1 < tx->n && continues(tx, last, width);
		    last++)
			;
		if (last > k) {
			l.len = tx->lines[last].off + tx->lines[last].len -
			    l.off;
			measure(tx, &l);
			classify_line(tx, &l);
		}
		tx->lines[out++] = l;
	}
	tx->n = out;
}

/* --- the story: the longest run of prose ------------------------------ */

/* What a line costs the run that reaches across it to the next prose:
 * short furniture little, a heading over a list more, a footer all. */
static unsigned
gap_cost(const struct tline *l)
{
	switch (l->cls) {
	case TEXTIN_PROSE:
	case TEXTIN_NEAR:
		return 0;
	case TEXTIN_BOILER:
		if (l->flags & LF_FOOTER)
			return GAP_MAX + 1;
		return l->flags & LF_HEADER ? 2 : 1;
	case TEXTIN_SHORT:
		/* The items of a list in the story. */
		return (l->flags & (LF_BULLET | LF_DASH)) &&
		    l->st.words >= 3 ? 0 : 1;
	default:
		return 1;
	}
}

/* Close a run: its score is the text of its sentences. */
static void
add_run(struct textin *tx, struct run *r)
{
	size_t	 k;

	r->score = 0;
	for (k = r->start; k <= r->end; k++)
		if (tx->lines[k].cls == TEXTIN_PROSE ||
		    tx->lines[k].cls == TEXTIN_NEAR)
			r->score += tx->lines[k].st.weight;
	if (tx->nruns == tx->capruns) {
		tx->capruns = tx->capruns ? tx->capruns * 2 : 16;
		tx->runs = xrealloc(tx->runs, tx->capruns * sizeof(*tx->runs));
	}
	tx->runs[tx->nruns++] = *r;
}

/* The runs of seed lines (prose, or short sentences too), each joined
 * across gaps that cost at most GAP_MAX; returns how many. */
static size_t
find_runs(struct textin *tx, int near_too)
{
	struct run	 cur = { 0, 0, 0 };
	unsigned	 cost = 0;
	size_t		 k;
	int		 open = 0;

	tx->nruns = 0;
	for (k = 0; k < tx->n; k++) {
		const struct tline *l = &tx->lines[k];

		if (!(l->cls == TEXTIN_PROSE || (near_too &&
		    l->cls == TEXTIN_NEAR))) {
			cost += open ? gap_cost(l) : 0;
			continue;
		}
		if (open && cost <= GAP_MAX)
			cur.end = k;
		else {
			if (open)
				add_run(tx, &cur);
			cur.start = cur.end = k;
			open = 1;
		}
		cost = 0;
	}
	if (open)
		add_run(tx, &cur);
	return tx->nruns;
}

/*
 * Whether run other, next to the story's run r, is the story going on
 * across a list of links ("Read more:" and two headlines): the gap
 * costs at most GAP_MERGE, and below the story other has paragraphs of
 * prose, not one teaser of a "Related" box.  Above, one paragraph is
 * the story's opening when a boilerplate heading in the gap explains
 * it.
 */
static int
goes_on(const struct textin *tx, const struct run *r, const struct run *other)
{
	const struct run *up = other->start < r->start ? other : r;
	const struct run *down = up == r ? other : r;
	unsigned	 cost = 0;
	size_t		 k, prose = 0;
	int		 header = 0;

	for (k = up->end + 1; k < down->start; k++) {
		cost += gap_cost(&tx->lines[k]);
		header |= (tx->lines[k].flags & LF_HEADER) != 0;
	}
	for (k = other->start; k <= other->end; k++)
		prose += tx->lines[k].cls == TEXTIN_PROSE;
	return cost <= GAP_MERGE && (prose >= 2 || (other == up && header &&
	    prose >= 1));
}

/* The story: the run with the most text, joined with the runs that go
 * on from it.  Returns 0 when there is no run. */
static int
best_run(struct textin *tx, int near_too)
{
	size_t	 k, best = 0, lo, hi;

	if (find_runs(tx, near_too) == 0)
		return 0;
	for (k = 1; k < tx->nruns; k++)
		if (tx->runs[k].score > tx->runs[best].score)
			best = k;
	for (hi = best; hi + 1 < tx->nruns && goes_on(tx, &tx->runs[hi],
	    &tx->runs[hi + 1]); hi++)
		;
	for (lo = best; lo > 0 && goes_on(tx, &tx->runs[lo],
	    &tx->runs[lo - 1]); lo--)
		;
	tx->body = tx->runs[best];
	tx->body.start = tx->runs[lo].start;
	tx->body.end = tx->runs[hi].end;
	return 1;
}

/* Short sentences next to the run belong to it: a one-line lead above,
 * a closing line below. */
static void
widen(const struct textin *tx, struct run *r)
{
	while (r->start > 0 && tx->lines[r->start - 1].cls == TEXTIN_NEAR &&
	    tx->lines[r->start - 1].st.end == END_STOP)
		r->start--;
	while (r->end + 1 < tx->n && tx->lines[r->end + 1].cls == TEXTIN_NEAR)
		r->end++;
}

/* --- around the story ------------------------------------------------ */

/* "Reading time: 3 min", "Temps de lecture : 3 min", "Lesezeit: 4
 * Minuten": a label and a figure, not a headline with a colon in it. */
static int
is_label_value(const char *t, size_t n)
{
	const char	*colon = NULL;
	size_t		 i, s, wl, words = 0, digits = 0;

	for (i = 0; i < n; i++)
		if (t[i] == ':')
			colon = t + i;
	if (colon == NULL)
		return 0;
	for (i = (size_t)(colon - t) + 1; (wl = next_word(t, n, &i, &s)) > 0;) {
		words++;
		digits += t[s] >= '0' && t[s] <= '9';
	}
	return words <= 2 && digits > 0;
}

/* A line that can be a headline: minwords words or more, no sentence
 * ending in a stop or a colon, no byline, list item or caption. */
static int
is_headline(const struct textin *tx, const struct tline *l,
    unsigned minwords)
{
	if ((l->cls != TEXTIN_SHORT && l->cls != TEXTIN_NEAR) ||
	    is_label_value(ntext(tx, l), l->nlen) ||
	    (l->flags & (LF_BYLINE | LF_BULLET | LF_DASH | LF_CAPTION)) ||
	    l->st.end == END_COLON ||
	    l->st.end == END_STOP)
		return 0;
	return l->st.words >= minwords && l->st.chars <= 300;
}

/* Standfirsts often end without a stop (Spanish and Italian papers
 * always): of two headlines one under the other, the upper and shorter
 * is the title, the lower and longer opens the story. */
static size_t
above_subtitle(struct textin *tx, size_t k)
{
	const struct tline *up = k > 0 ? &tx->lines[k - 1] : NULL;

	if (up == NULL || !is_headline(tx, up, 4) ||
	    up->st.chars >= tx->lines[k].st.chars ||
	    tx->lines[k].st.words < 8)
		return k;
	tx->subtitle = k;
	return k - 1;
}

/* The headline: the nearest line above the story that reads as one,
 * past the date, byline, labels, share lines, captions and a
 * standfirst (a paragraph or two) between them. */
static size_t
find_title(struct textin *tx)
{
	size_t	 k, seen, prose;
	int	 pass;

	for (pass = 0; pass < 2; pass++)
		for (k = tx->body.start, seen = prose = 0; k-- > 0 &&
		    seen < TITLE_REACH; seen++) {
			const struct tline *l = &tx->lines[k];

			if ((l->cls == TEXTIN_PROSE && ++prose > 2) ||
			    (l->flags & LF_FOOTER))
				break;
			if (is_headline(tx, l, pass == 0 ? 4 : 3))
				return above_subtitle(tx, k);
		}
	return tx->n;
}

/* The standfirst under the headline opens the story, whatever stands
 * between it and the text (byline, date, share buttons, a picture). */
static void
find_lead(struct textin *tx)
{
	size_t	 k;

	for (k = tx->title + 1; k < tx->body.start; k++)
		if (k == tx->subtitle || tx->lines[k].cls == TEXTIN_PROSE ||
		    (tx->lines[k].cls == TEXTIN_NEAR &&
		    tx->lines[k].st.end == END_STOP)) {
			tx->body.start = k;
			return;
		}
}

static void
set_role(struct tline *l, enum role r, const char *fate)
{
	l->role = r;
	l->fate = fate;
}

/* Line k's dates: the first published one (*pub) and the first that is
 * labelled an update (*mod); returns 1 when there is a published one. */
static int
line_dates(struct textin *tx, size_t k, struct date *pub, int *has_mod,
    struct date *mod)
{
	const struct tline *l = &tx->lines[k];
	struct dspan	 sp[4];
	size_t		 i, nsp = date_spans(ntext(tx, l), l->nlen, sp, 4);
	int		 has_pub = 0;

	*has_mod = 0;
	for (i = 0; i < nsp; i++) {
		if (labelled_update(ntext(tx, l), sp[i].s, &tx->tmp)) {
			if (!*has_mod)
				*mod = sp[i].d;
			*has_mod = 1;
		} else if (!has_pub) {
			*pub = sp[i].d;
			has_pub = 1;
		}
	}
	return has_pub;
}

/* A byline's name as the author, when none is known yet. */
static int
take_author(struct textin *tx, const struct tline *l)
{
	const char	*t = ntext(tx, l);
	char		*name;
	size_t		 start, n;

	if (tx->a->author != NULL || !byline_opens(t) ||
	    (n = byline_name(t, &start)) == 0)
		return 0;
	name = arena_strndup(tx->a->arena, t + start, n);
	if (byline_is_no_author(name))
		return 0;
	tx->a->author = name;
	tx->a->ev.author = "byline";
	return 1;
}

/* Bylines from just above the headline to just below the story: the
 * first names the author; all are furniture. */
static void
find_author(struct textin *tx, size_t anchor)
{
	size_t	 k = anchor > 3 ? anchor - 3 : 0;

	for (; k < tx->n && k <= tx->body.end + 2; k++) {
		struct tline *l = &tx->lines[k];

		if (!(l->flags & LF_BYLINE) || l->role != R_NONE)
			continue;
		if (take_author(tx, l))
			set_role(l, R_AUTHOR, NULL);
		else
			set_role(l, R_DROP, "a byline");
	}
}

static void
set_date(struct textin *tx, const struct date *d, const char *ev)
{
	if (date_format(d, tx->iso, sizeof(tx->iso)) == 0)
		return;
	tx->a->date = article_strdup(tx->a, tx->iso);
	tx->a->ev.date = ev;
}

static void
set_modified(struct textin *tx, const struct date *d)
{
	char	 iso[40];

	if (tx->a->modified != NULL || date_format(d, iso, sizeof(iso)) == 0)
		return;
	tx->a->modified = article_strdup(tx->a, iso);
	tx->a->ev.modified = "visible text";
}

/*
 * How well date line k (with a publication date pub) fits the story
 * whose headline is line anchor; lower is better.  Under the headline
 * comes first, nearest first; above it, nearest, a time of day winning
 * over the same distance without: the portal's date strip (today's
 * date, no time) stands above the menus and the headline.
 */
static size_t
date_rank(size_t k, size_t anchor, const struct date *pub)
{
	if (k > anchor)
		return k - anchor;
	return DATE_REACH + 4 * (anchor - k) + (pub->hour < 0 ? 2 : 0);
}

/* The date line that fits the headline best (date_rank) and gives a
 * publication date; lines that only say when the story was updated
 * give the modified date.  Returns the line, or n. */
static size_t
nearest_date(struct textin *tx, size_t anchor)
{
	struct date	 pub, mod;
	size_t		 k, best = tx->n, rank, bestrank = SIZE_MAX;
	int		 has_mod;

	for (k = anchor > DATE_REACH ? anchor - DATE_REACH : 0;
	    k < tx->body.start && k <= anchor + DATE_REACH; k++) {
		if (tx->lines[k].cls != TEXTIN_DATE)
			continue;
		if (line_dates(tx, k, &pub, &has_mod, &mod)) {
			if ((rank = date_rank(k, anchor, &pub)) < bestrank) {
				best = k;
				bestrank = rank;
			}
		} else if (has_mod && tx->a->modified == NULL) {
			set_modified(tx, &mod);
			set_role(&tx->lines[k], R_DATE, "the last update");
		}
	}
	/* None at the headline: a post footer ("Published on …") just
	 * below the story. */
	for (k = tx->body.end + 1; best == tx->n && k < tx->n &&
	    k <= tx->body.end + 3; k++)
		if (tx->lines[k].cls == TEXTIN_DATE &&
		    line_dates(tx, k, &pub, &has_mod, &mod))
			best = k;
	return best;
}

/* "2 hours ago", "вчера, 13:32" near the headline, with --now. */
static int
relative_date(struct textin *tx, size_t anchor)
{
	struct date	 d;
	size_t		 k;

	if (!tx->o->has_now)
		return 0;
	for (k = anchor > DATE_REACH ? anchor - DATE_REACH : 0;
	    k < tx->body.start && k <= anchor + DATE_REACH; k++) {
		struct tline *l = &tx->lines[k];

		if (l->role != R_NONE || l->st.chars > 100 ||
		    !date_relative(ntext(tx, l), l->nlen, &tx->o->now, &d))
			continue;
		set_date(tx, &d, "relative to --now");
		set_role(l, R_DATE, tx->iso);
		return 1;
	}
	return 0;
}

/* "(18.01.2018) Deutschlands Landwirte …": the story opens with its
 * date. */
static void
opening_date(struct textin *tx)
{
	const struct tline *l = &tx->lines[tx->body.start];
	struct date	 d;
	size_t		 s, e;

	if (date_find(ntext(tx, l), l->nlen < 80 ? l->nlen : 80,
	    DATE_ORDER_DMY, &d, &s, &e) && s <= 2 && d.year != 0 && d.day != 0)
		set_date(tx, &d, "visible text");
}

static void
find_dates(struct textin *tx, size_t anchor)
{
	struct date	 pub, mod;
	size_t		 k = nearest_date(tx, anchor);
	int		 has_mod;

	if (k < tx->n) {
		(void)line_dates(tx, k, &pub, &has_mod, &mod);
		set_date(tx, &pub, "visible text");
		if (has_mod)
			set_modified(tx, &mod);
		set_role(&tx->lines[k], R_DATE, tx->iso);
		/* "Von Anna Berger | 03.09.2024, 17:45 Uhr" */
		(void)take_author(tx, &tx->lines[k]);
	} else if (!relative_date(tx, anchor))
		opening_date(tx);
}

/* The step of a breadcrumb that names the section: the last, unless it
 * is the headline itself. */
static int
crumb_section(struct textin *tx, const struct tline *l)
{
	const char	*t = ntext(tx, l);
	struct segment	 sg[24];
	size_t		 k, nsg;
	int		 crumb;

	if ((nsg = segments(t, l->nlen, sg, 24, &crumb)) < 2)
		return 0;
	k = nsg - 1;
	if (sg[k].words > 3 || (tx->title < tx->n &&
	    sg[k].len == tx->lines[tx->title].nlen &&
	    memcmp(ntext(tx, &tx->lines[tx->title]), t + sg[k].off,
	    sg[k].len) == 0))
		k--;
	if (sg[k].len == 0)
		return 0;
	tx->a->section = arena_strndup(tx->a->arena, t + sg[k].off,
	    sg[k].len);
	tx->a->ev.section = "breadcrumb";
	return 1;
}

/* A label next to other labels is an item of a menu. */
static int
in_label_run(const struct textin *tx, size_t k)
{
	const struct tline *l = tx->lines;

	return (k > 0 && k - 1 != tx->title && !l[k].blank_before &&
	    (l[k - 1].flags & LF_LABEL)) || (k + 1 < tx->n &&
	    k + 1 != tx->title && !l[k + 1].blank_before &&
	    (l[k + 1].flags & LF_LABEL));
}

/* The words are the site's name when the copyright line names it. */
static int
is_site_name(struct textin *tx, const char *t, size_t n)
{
	struct buf	 low = BUF_INIT;
	size_t		 k;
	int		 found = 0;

	if (n < 3)
		return 0;
	(void)fold(t, n, &low);
	for (k = 0; k < tx->n && !found; k++)
		if (tx->lines[k].flags & LF_COPYRIGHT)
			found = strstr(fold(ntext(tx, &tx->lines[k]),
			    tx->lines[k].nlen, &tx->tmp), low.data) != NULL;
	buf_free(&low);
	return found;
}

/* The section: a breadcrumb above the headline, else a lone label
 * (not an item of a menu) a few lines above it, past the dates and
 * furniture between.  A label the copyright line repeats is the site's
 * name. */
static void
find_section(struct textin *tx, size_t anchor)
{
	size_t	 k, seen;

	for (k = anchor, seen = 0; k-- > 0 && seen < LABEL_REACH + 4; seen++)
		if ((tx->lines[k].flags & LF_CRUMB) &&
		    crumb_section(tx, &tx->lines[k])) {
			set_role(&tx->lines[k], R_SECTION, NULL);
			return;
		}
	for (k = anchor, seen = 0; k-- > 0 && seen < LABEL_REACH; seen++) {
		struct tline *l = &tx->lines[k];

		if (l->cls == TEXTIN_PROSE || l->cls == TEXTIN_NEAR ||
		    (l->flags & LF_FOOTER))
			return;
		if (!(l->flags & LF_LABEL) || l->role != R_NONE)
			continue;
		if (in_label_run(tx, k))
			return;
		if (is_site_name(tx, ntext(tx, l), l->nlen)) {
			tx->a->site_name = arena_strndup(tx->a->arena,
			    ntext(tx, l), l->nlen);
			tx->a->ev.site_name = "visible text";
			set_role(l, R_SITE, "named by the copyright line");
			return;
		}
		tx->a->section = arena_strndup(tx->a->arena, ntext(tx, l),
		    l->nlen);
		tx->a->ev.section = "visible text";
		set_role(l, R_SECTION, NULL);
		return;
	}
}

/* The site's name: a short line above the headline that the copyright
 * line repeats ("Harbour Herald" … "© 2024 Harbour Herald Ltd."). */
static void
find_site(struct textin *tx, size_t anchor)
{
	struct segment	 sg[24];
	size_t		 k, n;
	int		 crumb;

	for (k = 0; k < anchor && k < SITE_REACH && tx->a->site_name == NULL;
	    k++) {
		struct tline *l = &tx->lines[k];
		const char *t = ntext(tx, l);

		/* "Diario del Sur | Málaga": the menu's first item. */
		n = l->nlen;
		if ((l->flags & LF_MENU) && segments(t, n, sg, 24, &crumb) > 1)
			n = sg[0].len;
		else if (l->cls != TEXTIN_SHORT || l->st.words > 5 ||
		    l->st.end != END_NONE)
			continue;
		if (l->role != R_NONE || !is_site_name(tx, t, n))
			continue;
		tx->a->site_name = arena_strndup(tx->a->arena, t, n);
		tx->a->ev.site_name = "visible text";
		set_role(l, R_SITE, "named by the copyright line");
	}
}

/* Scrapers write the page's address first: "https://…", "URL: …". */
static void
find_url(struct textin *tx)
{
	size_t	 k, i;

	for (k = 0; k < tx->n && k < 3 && tx->a->url == NULL; k++) {
		struct tline	*l = &tx->lines[k];
		const char	*t = ntext(tx, l), *sp = strchr(t, ' ');

		i = sp != NULL && sp[-1] == ':' ? (size_t)(sp - t) + 1 : 0;
		if ((strncmp(t + i, "http://", 7) != 0 &&
		    strncmp(t + i, "https://", 8) != 0) ||
		    strchr(t + i, ' ') != NULL)
			continue;
		tx->a->url = article_strdup(tx->a, t + i);
		tx->a->ev.url = "visible text";
		set_role(l, R_URL, NULL);
	}
}

/* Everything around the story, nearest the headline first. */
static void
around(struct textin *tx)
{
	size_t	 anchor;

	tx->title = find_title(tx);
	anchor = tx->title < tx->n ? tx->title : tx->body.start;
	if (tx->title < tx->n) {
		struct tline *l = &tx->lines[tx->title];

		tx->a->title = arena_strndup(tx->a->arena, ntext(tx, l),
		    l->nlen);
		tx->a->ev.title = "visible text";
		set_role(l, R_TITLE, NULL);
	}
	find_author(tx, anchor);
	find_dates(tx, anchor);
	find_section(tx, anchor);
	find_site(tx, anchor);
	find_url(tx);
	if (tx->title < tx->n)
		find_lead(tx);
}

/* --- the blocks ---------------------------------------------------------- */

static int
is_prose(const struct tline *l)
{
	return l->cls == TEXTIN_PROSE || l->cls == TEXTIN_NEAR ||
	    (l->cls == TEXTIN_SHORT && (l->st.end == END_STOP ||
	    l->st.end == END_MARK));
}

/* A short line between two paragraphs (furniture aside): a
 * subheading. */
static int
is_subheading(const struct textin *tx, size_t k)
{
	const struct tline *l = &tx->lines[k];
	size_t		 up = k, down = k;

	while (up > tx->body.start && tx->lines[up - 1].cls == TEXTIN_BOILER)
		up--;
	while (down < tx->body.end && tx->lines[down + 1].cls == TEXTIN_BOILER)
		down++;
	return up > tx->body.start && down < tx->body.end &&
	    l->st.words <= 20 && l->st.end == END_NONE &&
	    is_prose(&tx->lines[up - 1]) && is_prose(&tx->lines[down + 1]);
}

/* What a short line in the story is; *header says a boilerplate
 * heading is still over it. */
static enum role
short_role(struct textin *tx, size_t k, const char **fate)
{
	const struct tline *l = &tx->lines[k];

	if (l->st.end == END_STOP || l->st.end == END_MARK)
		return R_PARAGRAPH;
	if (l->flags & LF_CAPTION) {
		*fate = "a picture's caption";
		return R_DROP;
	}
	if ((l->flags & (LF_BULLET | LF_DASH)) && l->st.words >= 2)
		return R_LIST_ITEM;
	if (is_subheading(tx, k))
		return R_HEADING;
	*fate = "a short line among the paragraphs";
	return R_DROP;
}

/* The role of line k inside the story. */
static enum role
body_role(struct textin *tx, size_t k, int *header, const char **fate)
{
	const struct tline *l = &tx->lines[k];

	*fate = NULL;
	/* A boilerplate heading ("Read more:") rules the lines right under
	 * it, up to a blank line. */
	if (l->blank_before)
		*header = 0;
	if (tx->title < tx->n && strcmp(ntext(tx, l),
	    ntext(tx, &tx->lines[tx->title])) == 0) {
		*fate = "the title again";
		return R_DROP;
	}
	if (k == tx->subtitle)
		return R_PARAGRAPH;
	switch (l->cls) {
	case TEXTIN_PROSE:
	case TEXTIN_NEAR:
		*header = 0;
		return (l->flags & LF_BULLET) ? R_LIST_ITEM : R_PARAGRAPH;
	case TEXTIN_BOILER:
		*header |= (l->flags & LF_HEADER) != 0;
		*fate = l->why;
		return R_DROP;
	case TEXTIN_SHORT:
		if (*header) {
			*fate = "listed under a boilerplate heading";
			return R_DROP;
		}
		return short_role(tx, k, fate);
	default:
		*fate = "a date line in the text";
		return R_DROP;
	}
}

/* The line as written, without its leading spaces, and a list item
 * without its bullet. */
static const char *
raw_text(const struct textin *tx, const struct tline *l, int item,
    size_t *len)
{
	const char	*s = tx->src + l->off + l->indent;
	size_t		 n = l->len - l->indent, step, cut;
	unsigned	 flags = 0;

	if (item && bullet_len(ntext(tx, l), l->nlen, &flags) > 0) {
		(void)cp_at(s, n, 0, &step);
		while (step < n && is_space_cp(cp_at(s, n, step, &cut)))
			step += cut;
		s += step;
		n -= step;
	}
	*len = n;
	return s;
}

static const enum block_kind kinds[R__MAX] = {
	[R_PARAGRAPH] = BLOCK_PARAGRAPH, [R_HEADING] = BLOCK_HEADING,
	[R_LIST_ITEM] = BLOCK_LIST_ITEM,
};

/* Append the story's blocks to the article; returns how many. */
static size_t
emit(struct textin *tx)
{
	const char	*fate, *s;
	size_t		 k, len, nblocks = 0;
	int		 header = 0;
	enum role	 r;

	for (k = tx->body.start; k <= tx->body.end; k++) {
		struct tline *l = &tx->lines[k];

		if (l->role != R_NONE)
			continue;
		r = body_role(tx, k, &header, &fate);
		set_role(l, r, fate);
		if (r != R_PARAGRAPH && r != R_HEADING && r != R_LIST_ITEM)
			continue;
		s = raw_text(tx, l, r == R_LIST_ITEM, &len);
		article_add_block(tx->a, kinds[r], r == R_HEADING ? 2 :
		    r == R_LIST_ITEM ? 1 : 0, s, len);
		nblocks++;
	}
	return nblocks;
}

/* Lines outside the story: why each goes. */
static void
drop_the_rest(struct textin *tx)
{
	size_t	 k;

	for (k = 0; k < tx->n; k++) {
		struct tline *l = &tx->lines[k];

		if (l->role != R_NONE)
			continue;
		set_role(l, R_DROP, l->cls == TEXTIN_BOILER ? l->why :
		    l->cls == TEXTIN_DATE ? "a date away from the headline" :
		    "outside the story");
	}
}

/* The bytes of the first max characters of t. */
static size_t
prefix_chars(const char *t, size_t n, size_t max)
{
	size_t	 i = 0, step;

	while (i < n && max-- > 0) {
		(void)cp_at(t, n, i, &step);
		i += step;
	}
	return i;
}

/* --explain: each line's number, class, role and fate. */
static void
explain_lines(const struct textin *tx, struct buf *ex)
{
	size_t	 k, n;

	if (tx->body.score > 0)
		buf_printf(ex, "text: %zu lines with text; the story runs from "
		    "line %zu to line %zu\n", tx->n,
		    tx->lines[tx->body.start].lineno,
		    tx->lines[tx->body.end].lineno);
	else
		buf_printf(ex, "text: %zu lines with text; no prose\n", tx->n);
	buf_puts(ex, "lines:\n");
	for (k = 0; k < tx->n; k++) {
		const struct tline *l = &tx->lines[k];
		const char	*t = ntext(tx, l);

		n = prefix_chars(t, l->nlen, 70);
		buf_printf(ex, "  %5zu %-6s %-10s \"%.*s%s\"%s%s\n", l->lineno,
		    class_names[l->cls], role_names[l->role], (int)n, t,
		    n < l->nlen ? "…" : "", l->fate != NULL ? "  -- " : "",
		    l->fate != NULL ? l->fate : "");
	}
}

static void
classify_all(struct textin *tx)
{
	size_t	 k;

	for (k = 0; k < tx->n; k++)
		classify_line(tx, &tx->lines[k]);
}

long
textin_extract(const char *utf8, size_t len, struct article *a,
    const struct extract_opts *o, size_t max_lines, struct buf *explain)
{
	struct textin	 tx;
	long		 n = 0;

	memset(&tx, 0, sizeof(tx));
	tx.src = utf8;
	tx.a = a;
	tx.o = o;
	if (split_lines(&tx, len, max_lines) == -1) {
		n = -1;
		goto out;
	}
	classify_all(&tx);
	unwrap(&tx);
	tx.title = tx.subtitle = tx.n;
	/* Paragraphs of prose seed the story; a story of short sentences
	 * only is seeded by them. */
	if (best_run(&tx, 0) || best_run(&tx, 1)) {
		widen(&tx, &tx.body);
		around(&tx);
		n = (long)emit(&tx);
	}
	drop_the_rest(&tx);
	if (explain != NULL)
		explain_lines(&tx, explain);
out:
	free(tx.lines);
	free(tx.runs);
	buf_free(&tx.norm);
	buf_free(&tx.tmp);
	return n;
}
