/* SPDX-License-Identifier: ISC */
/*
 * Mojibake repair: UTF-8 text that was read as windows-1252, Latin-1 or
 * windows-1251 and written out again as UTF-8, once or more.  Each such
 * character is a run of two to four characters ("Ã©" for é, "â€™" for ’,
 * "Рё" for и) whose bytes in that charset are one UTF-8 sequence.
 *
 * The text is read word by word (words end at ASCII white space; the
 * no-break space that is byte 0xA0 stays inside them).  A word is
 * mendable when each of its non-ASCII letters belongs to such a
 * sequence: a legitimate word nearly always has a letter that does not
 * ("SÃO", "РОССИЯ", "ЦЕНТР»").  Consecutive mendable and ASCII words
 * make a run, and a run is mended, whole, when the evidence is
 * unambiguous: a word of two sequences or more, or one sequence that
 * legitimate text does not write (see strong_seq()).  Each sequence must
 * also decode to a character the readers of the source charset write:
 * Latin, Greek, Cyrillic, Hebrew and Arabic letters, punctuation and
 * common symbols, CJK, emoji.  So "CAFÉ”" (ɔ, an IPA letter), "Р»" and
 * "Ä…" alone stay as they are.  Text encoded twice is mended by passes,
 * at most MAXPASS of them, each with windows-1252 then windows-1251.
 *
 * The checks were tried on the development corpus (656 pages): the four
 * pages it mends hold real mojibake (a CSS arrow encoded three times,
 * German and French words in attributes), and nothing else changes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "buf.h"
#include "mojibake.h"
#include "xalloc.h"

#define MAXPASS	4

enum lens { LENS_1252, LENS_1251 };

/* windows-1252 0x80-0x9F; the five bytes it leaves undefined are C1. */
static const uint16_t hi_1252[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* windows-1251 0x80-0xBF; 0xC0-0xFF are А-я in order. */
static const uint16_t hi_1251[64] = {
	0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
	0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
	0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
	0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
	0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
	0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
	0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
};

static int
table_byte(const uint16_t *tab, size_t n, uint32_t cp)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (tab[i] == cp)
			return (int)(0x80 + i);
	return -1;
}

/*
 * The byte that reads as cp in the lens, or -1.  C1 controls are their
 * own bytes in both: that is how Latin-1 reads 0x80-0x9F.
 */
static int
lens_byte(enum lens lens, uint32_t cp)
{
	if (cp < 0xA0)
		return (int)cp;
	if (lens == LENS_1252)
		return cp <= 0xFF ? (int)cp : table_byte(hi_1252, 32, cp);
	if (cp >= 0x410 && cp <= 0x44F)
		return (int)(cp - 0x410 + 0xC0);
	return table_byte(hi_1251, 64, cp);
}

/* Whether cp can start a sequence in the lens: its byte is C2-F4. */
static int
maybe_lead(enum lens lens, uint32_t cp)
{
	if (lens == LENS_1252)
		return cp >= 0xC2 && cp <= 0xF4;
	return cp >= 0x412 && cp <= 0x443;
}

/* The code point at s and its length; an invalid byte reads as U+FFFD. */
static size_t
get_cp(const char *s, size_t len, uint32_t *cp)
{
	utf8proc_int32_t	 c;
	utf8proc_ssize_t	 n;

	if ((unsigned char)s[0] < 0x80) {
		*cp = (unsigned char)s[0];
		return 1;
	}
	n = utf8proc_iterate((const utf8proc_uint8_t *)s,
	    (utf8proc_ssize_t)len, &c);
	if (n < 1) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = (uint32_t)c;
	return (size_t)n;
}

static int
in(uint32_t cp, uint32_t lo, uint32_t hi)
{
	return cp >= lo && cp <= hi;
}

/* Characters of three and four bytes in UTF-8 that pages hold. */
static int
plausible_wide(uint32_t cp)
{
	return in(cp, 0x0900, 0x0E7F) ||	/* Indic, Thai */
	    in(cp, 0x10A0, 0x11FF) ||		/* Georgian, jamo */
	    in(cp, 0x1E00, 0x1EFF) ||		/* Vietnamese */
	    in(cp, 0x2010, 0x205E) || in(cp, 0x20A0, 0x20CF) ||
	    in(cp, 0x2100, 0x27BF) ||		/* symbols, arrows, math */
	    in(cp, 0x2E80, 0x9FFF) ||		/* CJK, kana */
	    in(cp, 0xAC00, 0xD7A3) ||		/* hangul */
	    in(cp, 0xF900, 0xFAFF) || in(cp, 0xFE30, 0xFE4F) ||
	    in(cp, 0xFF00, 0xFFEF) ||
	    in(cp, 0x1F000, 0x1FAFF) ||		/* emoji */
	    in(cp, 0x20000, 0x3FFFF);
}

static int
plausible(enum lens lens, uint32_t cp)
{
	if (lens == LENS_1251)
		return in(cp, 0x00A0, 0x00FF) || in(cp, 0x0400, 0x045F) ||
		    cp == 0x490 || cp == 0x491 || in(cp, 0x2010, 0x2044) ||
		    cp == 0x20AC || cp == 0x2116 || cp == 0x2122 ||
		    in(cp, 0x1F000, 0x1FAFF);
	/* windows-1252's own characters, and C1 controls, come out of the
	 * first pass over text encoded twice. */
	return in(cp, 0x0080, 0x017F) || cp == 0x0192 || cp == 0x02C6 ||
	    cp == 0x02DC || in(cp, 0x0218, 0x021B) ||
	    in(cp, 0x0300, 0x036F) ||		/* decomposed accents */
	    in(cp, 0x0370, 0x03FF) || in(cp, 0x0400, 0x04FF) ||
	    in(cp, 0x05B0, 0x05F4) || in(cp, 0x0600, 0x06FF) ||
	    plausible_wide(cp);
}

/* A sequence found: bytes [start, end) of the text read as cp. */
struct seq {
	size_t		 start, end;
	uint32_t	 cp;
	int		 strong;	/* legitimate text does not write it */
};

/* The continuation bytes UTF-8 allows after lead b at position 1. */
static void
second_range(int b, int *lo, int *hi)
{
	*lo = 0x80;
	*hi = 0xBF;
	if (b == 0xE0)
		*lo = 0xA0;
	else if (b == 0xED)
		*hi = 0x9F;
	else if (b == 0xF0)
		*lo = 0x90;
	else if (b == 0xF4)
		*hi = 0x8F;
}

/* Closing punctuation that legitimate text puts after a letter. */
static int
closing(uint32_t c)
{
	return c == 0x2019 || c == 0x201D || c == 0x00BB || c == 0x2026;
}

/*
 * Whether legitimate text never writes this sequence: Ã or Â before a
 * symbol (what UTF-8 Latin-1 letters become), three bytes led by 0xE2,
 * â in windows-1252 and в in windows-1251 (UTF-8 punctuation: "â€™",
 * "вЂ”"), and four bytes (emoji).  A Latin letter before a closing quote
 * at the end of a word can be just that ("IRMÃ”"), and other letters
 * before two symbols too ("difficulté »", with a no-break space): those
 * prove nothing alone.  last is the sequence's last character, rest what
 * follows it in the word.
 */
static int
strong_seq(enum lens lens, int lead, size_t need, uint32_t last,
    const char *rest, size_t nrest)
{
	size_t	 i;

	if (need == 3)
		return 1;
	if (need == 2)
		return lead == 0xE2;
	if (lens != LENS_1252 || lead > 0xC3)
		return 0;
	if (!closing(last))
		return 1;
	for (i = 0; i < nrest; i++)
		if ((unsigned char)rest[i] >= 0x80 ||
		    utf8proc_category((unsigned char)rest[i]) !=
		    UTF8PROC_CATEGORY_PO)
			return 1;
	return 0;
}

/*
 * Whether the characters at s[i] read in the lens are one UTF-8
 * sequence of a plausible character; fills q.
 */
static int
match(enum lens lens, const char *s, size_t len, size_t i, struct seq *q)
{
	uint32_t	 c, cp;
	size_t		 j = i, k, need;
	int		 b, lead, lo, hi;

	j += get_cp(s + j, len - j, &c);
	if (!maybe_lead(lens, c) || (b = lead = lens_byte(lens, c)) < 0)
		return 0;
	need = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
	cp = (uint32_t)b & (b < 0xE0 ? 0x1F : b < 0xF0 ? 0x0F : 0x07);
	second_range(b, &lo, &hi);
	for (k = 0; k < need; k++) {
		if (j >= len)
			return 0;
		j += get_cp(s + j, len - j, &c);
		if ((b = lens_byte(lens, c)) < lo || b > hi)
			return 0;
		cp = cp << 6 | ((uint32_t)b & 0x3F);
		lo = 0x80;
		hi = 0xBF;
	}
	if (!plausible(lens, cp))
		return 0;
	q->start = i;
	q->end = j;
	q->cp = cp;
	q->strong = strong_seq(lens, lead, need, c, s + j, len - j);
	return 1;
}

static int
is_letter(uint32_t cp)
{
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return 1;
	default:
		return 0;
	}
}

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == '\f' || c == '\v';
}

/* The sequences of a run of words, and the evidence they make. */
struct run {
	struct seq	*v;
	size_t		 n, cap;
	size_t		 start;		/* first byte of the run */
	size_t		 nstrong;	/* strong sequences */
	size_t		 maxword;	/* most sequences in one word */
};

static void
run_add(struct run *r, const struct seq *q)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->v = xrealloc(r->v, r->cap * sizeof(*r->v));
	}
	r->v[r->n++] = *q;
}

/*
 * Unambiguous: a word of two sequences or more (a Cyrillic word read as
 * windows-1251 is nothing else), or a strong sequence.
 */
static int
run_unambiguous(const struct run *r)
{
	return r->maxword >= 2 || r->nstrong > 0;
}

/* Writes the run's text up to end, mended if it can be; 1 if it was. */
static int
run_flush(struct run *r, const char *s, size_t end, struct buf *out)
{
	uint8_t	 enc[4];
	size_t	 pos = r->start, i;
	int	 mend = run_unambiguous(r);

	for (i = 0; mend && i < r->n; i++) {
		buf_put(out, s + pos, r->v[i].start - pos);
		buf_put(out, enc, (size_t)utf8proc_encode_char(
		    (utf8proc_int32_t)r->v[i].cp, enc));
		pos = r->v[i].end;
	}
	buf_put(out, s + pos, end - pos);
	r->n = r->nstrong = r->maxword = 0;
	r->start = end;
	return mend;
}

/* Whether the ASCII letters of the word are two capitals or more, alone. */
static int
caps_word(const char *s, size_t start, size_t end)
{
	size_t	 i, nup = 0;

	for (i = start; i < end; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
		if (s[i] >= 'A' && s[i] <= 'Z')
			nup++;
	}
	return nup >= 2;
}

/*
 * A strong sequence counts as one unless, in a word of ASCII capitals,
 * it reads as a small letter: "IRMÃ»" is a Portuguese word before a
 * guillemet, not "IRMû".
 */
static int
strong(const struct seq *q, int caps)
{
	return q->strong && !(caps && utf8proc_category(
	    (utf8proc_int32_t)q->cp) == UTF8PROC_CATEGORY_LL);
}

/*
 * The word [start, end): adds its sequences to the run and returns 1,
 * or returns 0 when one of its letters is no part of a sequence.
 */
static int
scan_word(enum lens lens, const char *s, size_t start, size_t end,
    struct run *r)
{
	struct seq	 q;
	size_t		 i = start, first = r->n, k;
	uint32_t	 c;
	int		 caps;

	while (i < end) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		if (match(lens, s, end, i, &q)) {
			run_add(r, &q);
			i = q.end;
			continue;
		}
		i += get_cp(s + i, end - i, &c);
		if (is_letter(c)) {
			r->n = first;
			return 0;
		}
	}
	caps = caps_word(s, start, end);
	for (k = first; k < r->n; k++)
		r->nstrong += (size_t)strong(&r->v[k], caps);
	if (r->n - first > r->maxword)
		r->maxword = r->n - first;
	return 1;
}

/* One pass with one lens; the number of runs mended. */
static size_t
repair_pass(enum lens lens, const char *s, size_t len, struct buf *out)
{
	struct run	 r;
	size_t		 i = 0, start, nmended = 0;

	memset(&r, 0, sizeof(r));
	while (i < len) {
		while (i < len && is_space((unsigned char)s[i]))
			i++;
		for (start = i; i < len && !is_space((unsigned char)s[i]); i++)
			continue;
		if (start < i && !scan_word(lens, s, start, i, &r))
			nmended += (size_t)run_flush(&r, s, start, out);
	}
	nmended += (size_t)run_flush(&r, s, len, out);
	free(r.v);
	return nmended;
}

/* Whether any character could start a sequence in either lens. */
static int
suspect(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i;

	/* U+00C2-00F4 and U+0412-0443 */
	for (i = 0; i + 1 < len; i++)
		if ((p[i] == 0xC3 && p[i + 1] >= 0x82 && p[i + 1] <= 0xB4) ||
		    (p[i] == 0xD0 && p[i + 1] >= 0x92) ||
		    (p[i] == 0xD1 && p[i + 1] <= 0x83))
			return 1;
	return 0;
}

size_t
mojibake_repair(const char *s, size_t len, struct buf *out)
{
	struct buf	 a = BUF_INIT, b = BUF_INIT, *cur = NULL, *next = &a;
	size_t		 n, k, total = 0;
	int		 pass, lens;

	if (!suspect(s, len)) {
		buf_put(out, s, len);
		return 0;
	}
	for (pass = 0; pass < MAXPASS; pass++) {
		n = 0;
		for (lens = LENS_1252; lens <= LENS_1251; lens++) {
			buf_reset(next);
			k = repair_pass((enum lens)lens, cur ? cur->data : s,
			    cur ? cur->len : len, next);
			if (k == 0)
				continue;
			n += k;
			cur = next;
			next = cur == &a ? &b : &a;
		}
		if (n == 0)
			break;
		total += n;
	}
	buf_put(out, cur ? cur->data : s, cur ? cur->len : len);
	buf_free(&a);
	buf_free(&b);
	return total;
}
