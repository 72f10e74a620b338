/* SPDX-License-Identifier: ISC */
/*
 * Bytes in any charset -> UTF-8.
 *
 * The charset is chosen in the HTML standard's order: a byte order mark,
 * the caller's hint, the <meta> prescan of the first 1024 bytes, an XML
 * declaration, and last a guess from the bytes.  A declaration the bytes
 * clearly contradict (UTF-8 declared on cp1251 bytes, or the reverse)
 * loses to the bytes, because a mislabelled page decoded "correctly" is
 * unreadable.  Nothing is ever dropped: whatever cannot be decoded
 * becomes U+FFFD and decoding goes on.
 *
 * UTF-8, UTF-16, x-user-defined and the four single-byte charsets the
 * detector chooses among are decoded here; everything else goes through
 * iconv, one handle per call, so that threads share nothing.
 */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset_labels.h"
#include "decode.h"
#include "xalloc.h"

#define PRESCAN_MAX	1024	/* the standard's prescan window */
#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * The high halves of the charsets the detector chooses among, from
 * glibc's tables; the bytes glibc leaves undefined are the C1 controls
 * of the same value, as in the WHATWG indexes.
 */
static const uint16_t tab_1252[128] = {
	/* 80 */ 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	/* 88 */ 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	/* 90 */ 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	/* 98 */ 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
	/* A0 */ 0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
	/* A8 */ 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
	/* B0 */ 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
	/* B8 */ 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
	/* C0 */ 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
	/* C8 */ 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
	/* D0 */ 0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
	/* D8 */ 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
	/* E0 */ 0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
	/* E8 */ 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
	/* F0 */ 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
	/* F8 */ 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};
static const uint16_t tab_1250[128] = {
	/* 80 */ 0x20AC, 0x0081, 0x201A, 0x0083, 0x201E, 0x2026, 0x2020, 0x2021,
	/* 88 */ 0x0088, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179,
	/* 90 */ 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	/* 98 */ 0x0098, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A,
	/* A0 */ 0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7,
	/* A8 */ 0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B,
	/* B0 */ 0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
	/* B8 */ 0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C,
	/* C0 */ 0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,
	/* C8 */ 0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E,
	/* D0 */ 0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7,
	/* D8 */ 0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
	/* E0 */ 0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7,
	/* E8 */ 0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F,
	/* F0 */ 0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,
	/* F8 */ 0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
};
static const uint16_t tab_1251[128] = {
	/* 80 */ 0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
	/* 88 */ 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
	/* 90 */ 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	/* 98 */ 0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
	/* A0 */ 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
	/* A8 */ 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
	/* B0 */ 0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
	/* B8 */ 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
	/* C0 */ 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
	/* C8 */ 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
	/* D0 */ 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
	/* D8 */ 0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
	/* E0 */ 0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
	/* E8 */ 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
	/* F0 */ 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
	/* F8 */ 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};
static const uint16_t tab_koi8r[128] = {
	/* 80 */ 0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524,
	/* 88 */ 0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,
	/* 90 */ 0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,
	/* 98 */ 0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,
	/* A0 */ 0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556,
	/* A8 */ 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
	/* B0 */ 0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565,
	/* B8 */ 0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9,
	/* C0 */ 0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
	/* C8 */ 0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,
	/* D0 */ 0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432,
	/* D8 */ 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
	/* E0 */ 0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413,
	/* E8 */ 0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,
	/* F0 */ 0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
	/* F8 */ 0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
};

/* Output: a growing NUL-terminated UTF-8 buffer. */
struct obuf {
	char	*p;
	size_t	 len;
	size_t	 cap;		/* always > len: room for the NUL */
};

static void
ob_init(struct obuf *ob, size_t size)
{
	ob->cap = size + 1;
	ob->p = xmalloc(ob->cap);
	ob->len = 0;
}

/* Room for n more bytes and the NUL. */
static void
ob_reserve(struct obuf *ob, size_t n)
{
	size_t	 need = ob->len + n + 1;

	if (need <= ob->cap)
		return;
	while (ob->cap < need)
		ob->cap *= 2;
	ob->p = xrealloc(ob->p, ob->cap);
}

static void
ob_put(struct obuf *ob, const void *p, size_t n)
{
	ob_reserve(ob, n);
	memcpy(ob->p + ob->len, p, n);
	ob->len += n;
}

static void
ob_cp(struct obuf *ob, uint32_t cp)
{
	char	*s;

	ob_reserve(ob, 4);
	s = ob->p + ob->len;
	if (cp < 0x80) {
		s[0] = (char)cp;
		ob->len += 1;
	} else if (cp < 0x800) {
		s[0] = (char)(0xC0 | cp >> 6);
		s[1] = (char)(0x80 | (cp & 0x3F));
		ob->len += 2;
	} else if (cp < 0x10000) {
		s[0] = (char)(0xE0 | cp >> 12);
		s[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		s[2] = (char)(0x80 | (cp & 0x3F));
		ob->len += 3;
	} else {
		s[0] = (char)(0xF0 | cp >> 18);
		s[1] = (char)(0x80 | (cp >> 12 & 0x3F));
		s[2] = (char)(0x80 | (cp >> 6 & 0x3F));
		s[3] = (char)(0x80 | (cp & 0x3F));
		ob->len += 4;
	}
}

static void
ob_fffd(struct obuf *ob, size_t *nrep)
{
	ob_put(ob, "\xEF\xBF\xBD", 3);
	(*nrep)++;
}

static void
ob_finish(struct obuf *ob, struct decoded *out)
{
	ob->p[ob->len] = '\0';
	out->text = ob->p;
	out->len = ob->len;
}

static void
copy_name(char *dst, size_t size, const char *src)
{
	size_t	 n = strlen(src);

	if (n >= size)
		n = size - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

static int
is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static unsigned char
lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/*
 * UTF-8.
 */

struct u8stats {
	size_t	 nmb;		/* valid multi-byte sequences */
	size_t	 nbad;		/* maximal invalid subparts */
	size_t	 nnul;		/* NUL bytes */
};

#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL

/*
 * Whether the 8 bytes at p are all ASCII and none is NUL: a zero byte
 * borrows into its own high bit when ONES is subtracted.
 */
static int
ascii8(const unsigned char *p)
{
	uint64_t	 w;

	memcpy(&w, p, sizeof(w));
	return (((w - ONES) | w) & HIGHS) == 0;
}

/*
 * The sequence at p (p[0] >= 0x80, n > 0): its length when valid, else
 * minus the length of its maximal invalid subpart, which becomes one
 * U+FFFD (the WHATWG decoder's rule: overlongs, surrogates and code
 * points past U+10FFFF fail on the second byte).
 */
static int
u8_seq(const unsigned char *p, size_t n)
{
	unsigned char	 c = p[0], lo = 0x80, hi = 0xBF;
	size_t		 need, i;

	if (c >= 0xC2 && c <= 0xDF)
		need = 1;
	else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else
		return -1;
	for (i = 1; i <= need; i++) {
		if (i >= n || p[i] < lo || p[i] > hi)
			return -(int)i;
		lo = 0x80;
		hi = 0xBF;
	}
	return (int)need + 1;
}

static void
u8_scan(const unsigned char *p, size_t n, struct u8stats *st)
{
	size_t	 i = 0;
	int	 k;

	memset(st, 0, sizeof(*st));
	while (i < n) {
		while (i + 8 <= n && ascii8(p + i))
			i += 8;
		if (i >= n)
			break;
		if (p[i] < 0x80) {
			if (p[i] == '\0')
				st->nnul++;
			i++;
		} else if ((k = u8_seq(p + i, n - i)) > 0) {
			st->nmb++;
			i += (size_t)k;
		} else {
			st->nbad++;
			i += (size_t)-k;
		}
	}
}

/* Copies valid runs whole; invalid subparts and NULs become U+FFFD. */
static void
u8_repair(const unsigned char *p, size_t n, const struct u8stats *st,
    struct obuf *ob, size_t *nrep)
{
	size_t	 i = 0, start = 0;
	int	 k;

	ob_init(ob, n + 2 * (st->nbad + st->nnul));
	while (i < n) {
		while (i + 8 <= n && ascii8(p + i))
			i += 8;
		if (i >= n)
			break;
		if (p[i] != '\0' && p[i] < 0x80) {
			i++;
			continue;
		}
		k = p[i] == '\0' ? -1 : u8_seq(p + i, n - i);
		if (k > 0) {
			i += (size_t)k;
			continue;
		}
		ob_put(ob, p + start, i - start);
		ob_fffd(ob, nrep);
		i += (size_t)-k;
		start = i;
	}
	ob_put(ob, p + start, n - start);
}

/*
 * UTF-16, decoded here rather than by iconv for the WHATWG treatment of
 * lone surrogates and of an odd last byte (one U+FFFD each).
 */
static uint32_t
u16_unit(const unsigned char *p, int be)
{
	return be ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
}

static void
u16_decode(const unsigned char *p, size_t n, int be, struct obuf *ob,
    size_t *nrep)
{
	size_t		 i;
	uint32_t	 u, lo;

	ob_init(ob, n / 2 * 3 + 3);
	for (i = 0; i + 1 < n; i += 2) {
		u = u16_unit(p + i, be);
		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
			lo = u16_unit(p + i + 2, be);
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				ob_cp(ob, 0x10000 + ((u - 0xD800) << 10) +
				    (lo - 0xDC00));
				i += 2;
				continue;
			}
		}
		if (u == 0 || (u >= 0xD800 && u <= 0xDFFF))
			ob_fffd(ob, nrep);
		else
			ob_cp(ob, u);
	}
	if (i < n)
		ob_fffd(ob, nrep);
}

/*
 * Single-byte charsets with a table here; tab NULL is x-user-defined,
 * whose high bytes are U+F780..U+F7FF.
 */
static void
sb_decode(const uint16_t *tab, const unsigned char *p, size_t n,
    struct obuf *ob, size_t *nrep)
{
	size_t	 i = 0, j;

	ob_init(ob, n + n / 2 + 16);
	while (i < n) {
		for (j = i; j < n && p[j] != '\0' && p[j] < 0x80; j++)
			continue;
		if (j > i) {
			ob_put(ob, p + i, j - i);
			i = j;
			continue;
		}
		if (p[i] == '\0')
			ob_fffd(ob, nrep);
		else if (tab != NULL)
			ob_cp(ob, tab[p[i] - 0x80]);
		else
			ob_cp(ob, 0xF780 + p[i] - 0x80);
		i++;
	}
}

static const uint16_t *
sb_table(int id)
{
	switch (id) {
	case CS_WINDOWS_1250:
		return tab_1250;
	case CS_WINDOWS_1251:
		return tab_1251;
	case CS_WINDOWS_1252:
		return tab_1252;
	case CS_KOI8_R:
		return tab_koi8r;
	default:
		return NULL;
	}
}

/*
 * iconv.
 */

/* A byte iconv rejects: what WHATWG makes of it, else U+FFFD. */
static void
iconv_bad(const struct charset *cs, unsigned char b, struct obuf *ob,
    size_t *nrep)
{
	if ((cs->flags & CSF_C1) && b >= 0x80 && b <= 0x9F)
		ob_cp(ob, b);
	else if ((cs->flags & CSF_EURO80) && b == 0x80)
		ob_cp(ob, 0x20AC);
	else
		ob_fffd(ob, nrep);
}

/* Room for iconv to make progress: a few characters at least. */
#define ICONV_ROOM	32

static void
iconv_run(iconv_t cd, const struct charset *cs, const unsigned char *p,
    size_t n, struct obuf *ob, size_t *nrep)
{
	char	*in = (char *)p, *o;	/* iconv(3) predates const */
	size_t	 inleft = n, oleft, r;

	while (inleft > 0) {
		ob_reserve(ob, ICONV_ROOM);
		o = ob->p + ob->len;
		oleft = ob->cap - ob->len - 1;
		r = iconv(cd, &in, &inleft, &o, &oleft);
		ob->len = (size_t)(o - ob->p);
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG) {
			ob_reserve(ob, ob->cap);
		} else if (errno == EINVAL) {
			/* An incomplete sequence ends the input. */
			ob_fffd(ob, nrep);
			break;
		} else {
			/* EILSEQ: skip one byte and resynchronize. */
			iconv_bad(cs, (unsigned char)*in, ob, nrep);
			in++;
			inleft--;
		}
	}
}

/* Emits what a converter holds back (BIG5-HKSCS waits for combiners). */
static void
iconv_flush(iconv_t cd, struct obuf *ob)
{
	char	*o;
	size_t	 oleft, r;

	for (;;) {
		ob_reserve(ob, ICONV_ROOM);
		o = ob->p + ob->len;
		oleft = ob->cap - ob->len - 1;
		r = iconv(cd, NULL, NULL, &o, &oleft);
		ob->len = (size_t)(o - ob->p);
		if (r != (size_t)-1 || errno != E2BIG)
			break;
		ob_reserve(ob, ob->cap);
	}
}

/*
 * NUL bytes are cut out before iconv sees them, since they would come
 * out as NULs; no charset here has 0x00 inside a multi-byte character.
 */
static int
iconv_decode(int id, const unsigned char *p, size_t n, struct obuf *ob,
    size_t *nrep)
{
	const struct charset	*cs = &charset_table[id];
	const unsigned char	*nul;
	iconv_t			 cd;
	size_t			 start, end;

	if (cs->iconv == NULL ||
	    (cd = iconv_open("UTF-8", cs->iconv)) == (iconv_t)-1)
		return -1;
	ob_init(ob, n + n / 2 + 16);
	for (start = 0; start < n; start = end + 1) {
		nul = memchr(p + start, '\0', n - start);
		end = nul != NULL ? (size_t)(nul - p) : n;
		iconv_run(cd, cs, p + start, end - start, ob, nrep);
		iconv_flush(cd, ob);
		if (nul != NULL)
			ob_fffd(ob, nrep);
	}
	iconv_close(cd);
	return 0;
}

/*
 * Declarations: the WHATWG "prescan a byte stream to determine its
 * encoding" and the XML declaration.
 */

/* A label from the page; an unknown one is kept for the caller to see. */
static int
get_encoding(const unsigned char *s, size_t n, char *unknown, size_t size)
{
	size_t	 i, k;
	int	 id;

	if ((id = charset_lookup((const char *)s, n)) >= 0)
		return id;
	while (n > 0 && is_space(s[0])) {
		s++;
		n--;
	}
	while (n > 0 && is_space(s[n - 1]))
		n--;
	if (n == 0 || unknown[0] != '\0')
		return -1;
	/* Page bytes: keep it printable ASCII, whatever the page held. */
	for (i = k = 0; i < n && k + 1 < size; i++, k++)
		unknown[k] = s[i] > 0x20 && s[i] < 0x7F ? (char)s[i] : '?';
	unknown[k] = '\0';
	return -1;
}

struct pscan {
	const unsigned char	*p;
	size_t			 n;
	size_t			 pos;
};

#define ATTR_NAMESZ	16	/* longer names match nothing we want */

struct attr {
	char		 name[ATTR_NAMESZ];
	size_t		 nlen;
	unsigned char	 value[PRESCAN_MAX + 1];
	size_t		 vlen;
};

enum { ATTR_END = -1, ATTR_NONE, ATTR_OK };

static void
attr_name_add(struct attr *a, unsigned char c)
{
	if (a->nlen < ATTR_NAMESZ - 1)
		a->name[a->nlen] = (char)c;
	a->nlen++;
}

static void
attr_value_add(struct attr *a, unsigned char c)
{
	if (a->vlen < PRESCAN_MAX)
		a->value[a->vlen++] = c;
}

static int
attr_is(const struct attr *a, const char *name)
{
	size_t	 n = strlen(name);

	return a->nlen == n && memcmp(a->name, name, n) == 0;
}

/* Skips ASCII whitespace; 0 when the window ends first. */
static int
ps_skip_space(struct pscan *s)
{
	while (s->pos < s->n && is_space(s->p[s->pos]))
		s->pos++;
	return s->pos < s->n;
}

/* The value after '=': quoted, or up to whitespace or '>'. */
static int
get_value(struct pscan *s, struct attr *a)
{
	unsigned char	 c, q;

	if (!ps_skip_space(s))
		return ATTR_END;
	c = s->p[s->pos];
	if (c == '"' || c == '\'') {
		q = c;
		for (;;) {
			if (++s->pos >= s->n)
				return ATTR_END;
			if ((c = s->p[s->pos]) == q) {
				s->pos++;
				return ATTR_OK;
			}
			attr_value_add(a, lower(c));
		}
	}
	if (c == '>')
		return ATTR_OK;
	for (;;) {
		attr_value_add(a, lower(c));
		if (++s->pos >= s->n)
			return ATTR_END;
		c = s->p[s->pos];
		if (is_space(c) || c == '>')
			return ATTR_OK;
	}
}

/* The standard's "get an attribute", names and values lower-cased. */
static int
get_attr(struct pscan *s, struct attr *a)
{
	unsigned char	 c;

	a->nlen = a->vlen = 0;
	while (s->pos < s->n && (is_space(s->p[s->pos]) ||
	    s->p[s->pos] == '/'))
		s->pos++;
	if (s->pos >= s->n)
		return ATTR_END;
	if (s->p[s->pos] == '>')
		return ATTR_NONE;
	for (;; s->pos++) {
		if (s->pos >= s->n)
			return ATTR_END;
		c = s->p[s->pos];
		if (c == '=' && a->nlen > 0) {
			s->pos++;
			return get_value(s, a);
		}
		if (is_space(c))
			break;
		if (c == '/' || c == '>')
			return ATTR_OK;
		attr_name_add(a, lower(c));
	}
	if (!ps_skip_space(s))
		return ATTR_END;
	if (s->p[s->pos] != '=')
		return ATTR_OK;
	s->pos++;
	return get_value(s, a);
}

static size_t
find(const unsigned char *s, size_t n, size_t from, const char *what)
{
	size_t	 k = strlen(what);

	for (; from + k <= n; from++)
		if (memcmp(s + from, what, k) == 0)
			return from;
	return (size_t)-1;
}

/* The standard's "extracting a character encoding from a meta element". */
static int
content_charset(const unsigned char *s, size_t n, char *unknown,
    size_t size)
{
	size_t	 i = 0, k, e;

	for (;;) {
		if ((k = find(s, n, i, "charset")) == (size_t)-1)
			return -1;
		k += 7;
		while (k < n && is_space(s[k]))
			k++;
		if (k < n && s[k] == '=')
			break;
		i = k;
	}
	k++;
	while (k < n && is_space(s[k]))
		k++;
	if (k >= n)
		return -1;
	if (s[k] == '"' || s[k] == '\'') {
		for (e = k + 1; e < n && s[e] != s[k]; e++)
			continue;
		if (e >= n)
			return -1;
		return get_encoding(s + k + 1, e - k - 1, unknown, size);
	}
	for (e = k; e < n && !is_space(s[e]) && s[e] != ';'; e++)
		continue;
	return get_encoding(s + k, e - k, unknown, size);
}

enum { PS_NEXT = -1, PS_ABORT = -2, CHARSET_NULL = -2 };

/*
 * A <meta>'s attributes: the charset it declares, PS_NEXT when it
 * declares none, PS_ABORT when the window ends inside it.
 */
static int
ps_meta(struct pscan *s, char *unknown, size_t size)
{
	struct attr	 a;
	unsigned	 seen = 0;
	int		 r, id, charset = CHARSET_NULL;
	int		 got_pragma = 0, need_pragma = -1;

	while ((r = get_attr(s, &a)) == ATTR_OK) {
		if (attr_is(&a, "http-equiv") && !(seen & 1)) {
			seen |= 1;
			if (a.vlen == 12 && memcmp(a.value, "content-type",
			    12) == 0)
				got_pragma = 1;
		} else if (attr_is(&a, "content") && !(seen & 2)) {
			seen |= 2;
			if (charset == CHARSET_NULL && (id = content_charset(
			    a.value, a.vlen, unknown, size)) >= 0) {
				charset = id;
				need_pragma = 1;
			}
		} else if (attr_is(&a, "charset") && !(seen & 4)) {
			seen |= 4;
			charset = get_encoding(a.value, a.vlen, unknown, size);
			need_pragma = 0;
		}
	}
	if (r == ATTR_END)
		return PS_ABORT;
	if (need_pragma == -1 || (need_pragma == 1 && !got_pragma) ||
	    charset < 0)
		return PS_NEXT;
	/* A page that could declare itself in ASCII is not UTF-16. */
	if (charset == CS_UTF16BE || charset == CS_UTF16LE)
		return CS_UTF8;
	if (charset == CS_X_USER_DEFINED)
		return CS_WINDOWS_1252;
	return charset;
}

static int
ci_prefix(const unsigned char *s, size_t n, const char *lc)
{
	size_t	 i;

	for (i = 0; lc[i] != '\0'; i++)
		if (i >= n || lower(s[i]) != (unsigned char)lc[i])
			return 0;
	return 1;
}

/* Index of the first byte at or after from that matches, else -1. */
static size_t
find_byte(const struct pscan *s, size_t from, int (*match)(unsigned char))
{
	for (; from < s->n; from++)
		if (match(s->p[from]))
			return from;
	return (size_t)-1;
}

static int
is_gt(unsigned char c)
{
	return c == '>';
}

static int
is_space_or_gt(unsigned char c)
{
	return is_space(c) || c == '>';
}

/* The standard's prescan: a csid, or -1. */
static int
prescan(const unsigned char *p, size_t n, char *unknown, size_t size)
{
	struct pscan		 s;
	struct attr		 a;
	const unsigned char	*q;
	size_t			 left, k;
	int			 r;

	s.p = p;
	s.n = n < PRESCAN_MAX ? n : PRESCAN_MAX;
	for (s.pos = 0; s.pos < s.n; s.pos++) {
		q = s.p + s.pos;
		left = s.n - s.pos;
		if (q[0] != '<')
			continue;
		if (left >= 4 && memcmp(q, "<!--", 4) == 0) {
			/* "<!-->" closes too: the dashes may be shared. */
			if ((k = find(s.p, s.n, s.pos + 2, "-->")) ==
			    (size_t)-1)
				return -1;
			s.pos = k + 2;
		} else if (left >= 6 && ci_prefix(q, left, "<meta") &&
		    (is_space(q[5]) || q[5] == '/')) {
			s.pos += 5;
			if ((r = ps_meta(&s, unknown, size)) >= 0)
				return r;
			if (r == PS_ABORT)
				return -1;
		} else if ((left >= 2 && is_alpha(q[1])) ||
		    (left >= 3 && q[1] == '/' && is_alpha(q[2]))) {
			/* Another tag: its attribute values hide nothing. */
			if ((k = find_byte(&s, s.pos + 1, is_space_or_gt)) ==
			    (size_t)-1)
				return -1;
			s.pos = k;
			while ((r = get_attr(&s, &a)) == ATTR_OK)
				continue;
			if (r == ATTR_END)
				return -1;
		} else if (left >= 2 && (q[1] == '!' || q[1] == '/' ||
		    q[1] == '?')) {
			if ((k = find_byte(&s, s.pos + 1, is_gt)) ==
			    (size_t)-1)
				return -1;
			s.pos = k;
		}
	}
	return -1;
}

/*
 * The standard's "get an XML encoding", looking only inside the
 * declaration that opens the document, and UTF-16 text whose first
 * characters are "<?x".
 */
static int
xml_decl(const unsigned char *p, size_t n, char *unknown, size_t size)
{
	size_t	 lim, i, e;
	int	 id;

	if (n >= 6 && memcmp(p, "<\0?\0x\0", 6) == 0)
		return CS_UTF16LE;
	if (n >= 6 && memcmp(p, "\0<\0?\0x", 6) == 0)
		return CS_UTF16BE;
	if (n < 5 || memcmp(p, "<?xml", 5) != 0)
		return -1;
	lim = n < PRESCAN_MAX ? n : PRESCAN_MAX;
	for (i = 5; i < lim && p[i] != '>'; i++)
		continue;
	lim = i;
	if ((i = find(p, lim, 5, "encoding")) == (size_t)-1)
		return -1;
	for (i += 8; i < lim && p[i] <= 0x20; i++)
		continue;
	if (i >= lim || p[i] != '=')
		return -1;
	for (i++; i < lim && p[i] <= 0x20; i++)
		continue;
	if (i >= lim || (p[i] != '"' && p[i] != '\''))
		return -1;
	for (e = i + 1; e < lim && p[e] != p[i]; e++)
		if (p[e] <= 0x20)
			return -1;
	if (e >= lim)
		return -1;
	id = get_encoding(p + i + 1, e - i - 1, unknown, size);
	if (id == CS_UTF16BE || id == CS_UTF16LE)
		id = CS_UTF8;
	else if (id == CS_X_USER_DEFINED)
		id = CS_WINDOWS_1252;
	return id;
}

/*
 * Detection among windows-1252, windows-1251, KOI8-R and windows-1250,
 * when the bytes are not UTF-8 and nothing usable is declared.
 *
 * A small naive Bayes model: each reading of the high bytes is scored
 * against the letter frequencies of the languages written in that
 * charset, and against how often such letters sit next to each other
 * (nearly always in Cyrillic words, seldom in Latin ones).  Capitals
 * cost extra and a capital right after a small letter more, which is
 * what tells windows-1251 from KOI8-R: their cases are swapped.
 */

#define SB_1252		0x01
#define SB_1250		0x02
#define SB_1251		0x04
#define SB_KOI8R	0x08

struct sbcand {
	int		 id;
	unsigned	 bit;
	const uint16_t	*tab;
	unsigned char	 lo, up;	/* buckets (byte >> 5 & 3) of small
					   and capital letters */
};

static const struct sbcand sbcands[] = {
	/* First wins ties: windows-1252 is the standard's fallback. */
	{ CS_WINDOWS_1252,	SB_1252,	tab_1252,	3, 2 },
	{ CS_WINDOWS_1251,	SB_1251,	tab_1251,	3, 2 },
	{ CS_KOI8_R,		SB_KOI8R,	tab_koi8r,	2, 3 },
	{ CS_WINDOWS_1250,	SB_1250,	tab_1250,	3, 2 },
};

struct lang {
	unsigned	 charsets;	/* SB_* it is written in */
	unsigned	 adj;		/* per mille: a non-ASCII letter's
					   letter neighbour is non-ASCII */
	struct {
		uint16_t	 cp;	/* small letter */
		uint16_t	 freq;	/* relative frequency */
	} ch[36];
};

/* Frequencies of the non-ASCII letters (relative, per language). */
static const struct lang langs[] = {
	/* French */
	{ SB_1252, 30, { { 0xE9, 500 }, { 0xE8, 80 }, { 0xE0, 90 },
	    { 0xEA, 50 }, { 0xE7, 30 }, { 0xF4, 15 }, { 0xE2, 15 },
	    { 0xEE, 10 }, { 0xFB, 8 }, { 0xF9, 8 }, { 0xEB, 3 },
	    { 0xEF, 5 }, { 0x153, 8 } } },
	/* German */
	{ SB_1252, 20, { { 0xFC, 300 }, { 0xE4, 250 }, { 0xF6, 200 },
	    { 0xDF, 200 }, { 0xE9, 5 } } },
	/* Spanish */
	{ SB_1252, 20, { { 0xE1, 200 }, { 0xE9, 200 }, { 0xED, 220 },
	    { 0xF3, 250 }, { 0xFA, 60 }, { 0xF1, 110 }, { 0xFC, 5 },
	    { 0xBF, 15 }, { 0xA1, 10 } } },
	/* Portuguese: "ção" puts two together */
	{ SB_1252, 150, { { 0xE3, 200 }, { 0xE7, 160 }, { 0xE9, 160 },
	    { 0xE1, 170 }, { 0xED, 70 }, { 0xF3, 70 }, { 0xEA, 70 },
	    { 0xFA, 20 }, { 0xE2, 20 }, { 0xF5, 50 }, { 0xE0, 20 },
	    { 0xF4, 20 } } },
	/* Italian */
	{ SB_1252, 10, { { 0xE0, 250 }, { 0xE8, 300 }, { 0xE9, 50 },
	    { 0xEC, 100 }, { 0xF2, 150 }, { 0xF9, 150 } } },
	/* Swedish, Danish, Norwegian, Finnish */
	{ SB_1252, 30, { { 0xE5, 250 }, { 0xE4, 250 }, { 0xF6, 200 },
	    { 0xF8, 180 }, { 0xE6, 130 }, { 0xE9, 10 } } },
	/* Czech */
	{ SB_1250, 100, { { 0xE1, 210 }, { 0xED, 180 }, { 0xE9, 110 },
	    { 0xFD, 100 }, { 0x11B, 120 }, { 0x10D, 90 }, { 0x159, 90 },
	    { 0x161, 70 }, { 0x17E, 80 }, { 0x16F, 50 }, { 0xFA, 10 },
	    { 0x148, 5 }, { 0x165, 5 }, { 0x10F, 5 } } },
	/* Slovak */
	{ SB_1250, 60, { { 0xE1, 200 }, { 0xED, 120 }, { 0xE9, 80 },
	    { 0xFD, 80 }, { 0x10D, 80 }, { 0x161, 70 }, { 0x17E, 70 },
	    { 0xFA, 60 }, { 0xF4, 20 }, { 0x13E, 40 }, { 0x165, 40 },
	    { 0x148, 30 }, { 0x10F, 20 }, { 0xE4, 10 }, { 0x155, 5 },
	    { 0x13A, 5 } } },
	/* Polish */
	{ SB_1250, 60, { { 0x142, 180 }, { 0x119, 110 }, { 0x105, 100 },
	    { 0xF3, 85 }, { 0x15B, 66 }, { 0x17C, 83 }, { 0x107, 40 },
	    { 0x144, 20 }, { 0x17A, 6 } } },
	/* Hungarian */
	{ SB_1250, 40, { { 0xE9, 390 }, { 0xE1, 340 }, { 0xF3, 100 },
	    { 0xF6, 100 }, { 0x151, 90 }, { 0xED, 70 }, { 0xFC, 60 },
	    { 0xFA, 30 }, { 0x171, 30 } } },
	/* Croatian, Slovenian, Bosnian */
	{ SB_1250, 20, { { 0x10D, 300 }, { 0x161, 250 }, { 0x17E, 250 },
	    { 0x107, 100 }, { 0x111, 50 } } },
	/* Romanian, with the cedilla forms windows-1250 has */
	{ SB_1250, 30, { { 0x103, 300 }, { 0xE2, 100 }, { 0xEE, 150 },
	    { 0x15F, 200 }, { 0x163, 200 } } },
	/* Russian */
	{ SB_1251 | SB_KOI8R, 900, { { 0x43E, 1097 }, { 0x435, 845 },
	    { 0x430, 801 }, { 0x438, 735 }, { 0x43D, 670 }, { 0x442, 626 },
	    { 0x441, 547 }, { 0x440, 473 }, { 0x432, 454 }, { 0x43B, 440 },
	    { 0x43A, 349 }, { 0x43C, 321 }, { 0x434, 298 }, { 0x43F, 281 },
	    { 0x443, 262 }, { 0x44F, 201 }, { 0x44B, 190 }, { 0x44C, 174 },
	    { 0x433, 170 }, { 0x437, 165 }, { 0x431, 159 }, { 0x447, 144 },
	    { 0x439, 121 }, { 0x445, 97 }, { 0x436, 94 }, { 0x448, 73 },
	    { 0x44E, 64 }, { 0x446, 48 }, { 0x449, 36 }, { 0x44D, 32 },
	    { 0x444, 26 }, { 0x44A, 4 }, { 0x451, 4 } } },
	/* Ukrainian */
	{ SB_1251, 900, { { 0x43E, 940 }, { 0x430, 840 }, { 0x43D, 650 },
	    { 0x456, 570 }, { 0x438, 610 }, { 0x432, 530 }, { 0x442, 500 },
	    { 0x435, 480 }, { 0x440, 460 }, { 0x441, 410 }, { 0x43A, 360 },
	    { 0x43B, 350 }, { 0x443, 340 }, { 0x434, 300 }, { 0x43C, 300 },
	    { 0x43F, 280 }, { 0x44F, 220 }, { 0x437, 230 }, { 0x44C, 150 },
	    { 0x433, 150 }, { 0x431, 160 }, { 0x447, 120 }, { 0x445, 110 },
	    { 0x436, 90 }, { 0x446, 80 }, { 0x439, 120 }, { 0x448, 80 },
	    { 0x44E, 80 }, { 0x457, 90 }, { 0x454, 80 }, { 0x449, 80 },
	    { 0x444, 30 }, { 0x491, 10 } } },
	/* Belarusian */
	{ SB_1251, 900, { { 0x430, 900 }, { 0x43E, 600 }, { 0x43D, 600 },
	    { 0x456, 600 }, { 0x435, 550 }, { 0x440, 450 }, { 0x44B, 400 },
	    { 0x441, 400 }, { 0x442, 400 }, { 0x43B, 350 }, { 0x43A, 350 },
	    { 0x432, 350 }, { 0x45E, 250 }, { 0x434, 300 }, { 0x446, 200 },
	    { 0x43C, 300 }, { 0x43F, 250 }, { 0x443, 300 }, { 0x44F, 250 },
	    { 0x44C, 200 }, { 0x437, 200 }, { 0x431, 150 }, { 0x433, 150 },
	    { 0x447, 150 }, { 0x439, 100 }, { 0x445, 100 }, { 0x436, 80 },
	    { 0x448, 80 }, { 0x44E, 60 }, { 0x451, 100 }, { 0x44D, 60 },
	    { 0x444, 20 } } },
};

/* Punctuation any of these languages' text uses. */
static const uint16_t common_punct[] = {
	0x00A0, 0x00A7, 0x00A9, 0x00AB, 0x00AD, 0x00AE, 0x00B0, 0x00B4,
	0x00B7, 0x00BB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C,
	0x201D, 0x201E, 0x2022, 0x2026, 0x2039, 0x203A, 0x20AC, 0x2116,
	0x2122,
};

struct sbstats {
	size_t	 hist[128];	/* bytes 0x80-0xFF */
	size_t	 adj;		/* high byte next to a high byte */
	size_t	 mixed;		/* high byte next to an ASCII letter */
	size_t	 pair[4][4];	/* adjacent high bytes by (b >> 5 & 3) */
};

static void
sb_count(const unsigned char *p, size_t n, struct sbstats *st)
{
	uint64_t	 w;
	size_t		 i = 0;
	unsigned char	 c, d;

	memset(st, 0, sizeof(*st));
	while (i < n) {
		while (i + 8 <= n) {
			memcpy(&w, p + i, sizeof(w));
			if (w & HIGHS)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if ((c = p[i]) < 0x80) {
			i++;
			continue;
		}
		st->hist[c - 0x80]++;
		if (i > 0 && is_alpha(p[i - 1]))
			st->mixed++;
		if (i + 1 < n) {
			d = p[i + 1];
			if (d >= 0x80) {
				st->adj++;
				st->pair[c >> 5 & 3][d >> 5 & 3]++;
			} else if (is_alpha(d))
				st->mixed++;
		}
		i++;
	}
}

/*
 * log2(x) in 1/256ths, x >= 1, by repeated squaring of the mantissa:
 * no libm.
 */
static int32_t
log2q(uint32_t x)
{
	uint64_t	 m;
	int32_t		 k = 0, r, bit;

	while ((x >> k) > 1)
		k++;
	m = (uint64_t)x << (31 - k) >> 1;	/* in [1, 2) as Q30 */
	r = k * 256;
	for (bit = 128; bit > 0; bit >>= 1) {
		m = m * m >> 30;
		if (m >= 2ULL << 30) {
			m >>= 1;
			r += bit;
		}
	}
	return r;
}

/* log2(num / den) in 1/256ths. */
static int32_t
lg(uint32_t num, uint32_t den)
{
	return log2q(num) - log2q(den);
}

/* The small letter of cp; whether cp was a capital. */
static int
fold(uint32_t cp, uint32_t *small)
{
	*small = cp;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		*small = cp + 0x20;
	else if (cp == 0x178)
		*small = 0xFF;
	else if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A &&
	    cp <= 0x177) || cp == 0x490) {
		if (!(cp & 1))
			*small = cp + 1;
	} else if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 &&
	    cp <= 0x17E)) {
		if (cp & 1)
			*small = cp + 1;
	} else if (cp >= 0x410 && cp <= 0x42F)
		*small = cp + 0x20;
	else if (cp >= 0x400 && cp <= 0x40F)
		*small = cp + 0x50;
	return *small != cp;
}

static int
is_letter(uint32_t cp)
{
	return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	    (cp >= 0x400 && cp <= 0x4FF);
}

static int
is_common_punct(uint32_t cp)
{
	size_t	 i;

	for (i = 0; i < NITEMS(common_punct); i++)
		if (common_punct[i] == cp)
			return 1;
	return 0;
}

/* The model's fixed costs, log2 of a probability in 1/256ths. */
struct costs {
	int32_t	 foreign;	/* a letter the language does not use */
	int32_t	 punct;		/* common punctuation */
	int32_t	 symbol;	/* any other symbol */
	int32_t	 control;	/* a C1 control: never in text */
	int32_t	 capital;	/* a capital rather than a small letter */
	int32_t	 smallcap;	/* a capital right after a small letter */
};

static int32_t
char_cost(uint32_t cp, const struct lang *lang, int32_t lsum,
    const struct costs *c)
{
	uint32_t	 small;
	int32_t		 r;
	size_t		 i;
	int		 capital;

	capital = fold(cp, &small);
	for (i = 0; i < NITEMS(lang->ch) && lang->ch[i].cp != 0; i++)
		if (lang->ch[i].cp == small)
			break;
	if (i < NITEMS(lang->ch) && lang->ch[i].cp != 0)
		r = log2q(lang->ch[i].freq) - lsum;
	else if (is_letter(small))
		r = c->foreign;
	else if (is_common_punct(cp))
		return c->punct;
	else if (cp >= 0x80 && cp <= 0x9F)
		return c->control;
	else
		return c->symbol;
	return capital ? r + c->capital : r;
}

static int64_t
sb_score(const struct sbcand *cand, const struct lang *lang,
    const struct sbstats *st, const struct costs *c)
{
	int64_t		 s = 0;
	uint32_t	 sum = 0;
	int32_t		 lsum;
	size_t		 i;

	for (i = 0; i < NITEMS(lang->ch) && lang->ch[i].cp != 0; i++)
		sum += lang->ch[i].freq;
	lsum = log2q(sum);
	for (i = 0; i < 128; i++)
		if (st->hist[i] != 0)
			s += (int64_t)st->hist[i] *
			    char_cost(cand->tab[i], lang, lsum, c);
	s += (int64_t)st->adj * lg(lang->adj, 1000);
	s += (int64_t)st->mixed * lg(1000 - lang->adj, 1000);
	s += (int64_t)st->pair[cand->lo][cand->up] * c->smallcap;
	return s;
}

static int
detect_sb(const unsigned char *p, size_t n)
{
	struct sbstats	 st;
	struct costs	 c;
	int64_t		 s, best = INT64_MIN;
	size_t		 i, j;
	int		 id = CS_WINDOWS_1252;

	sb_count(p, n, &st);
	c.foreign = lg(1, 500);
	c.punct = lg(1, 20);
	c.symbol = lg(1, 10000);
	c.control = lg(1, 1000000);
	c.capital = lg(1, 10);
	c.smallcap = lg(1, 100);
	for (i = 0; i < NITEMS(sbcands); i++)
		for (j = 0; j < NITEMS(langs); j++) {
			if (!(langs[j].charsets & sbcands[i].bit))
				continue;
			s = sb_score(&sbcands[i], &langs[j], &st, &c);
			if (s > best) {
				best = s;
				id = sbcands[i].id;
			}
		}
	return id;
}

/*
 * The choice.
 */

struct input {
	const unsigned char	*p;
	size_t			 n;
	struct u8stats		 st;
	int			 have_st;
};

static const struct u8stats *
input_stats(struct input *in)
{
	if (!in->have_st) {
		u8_scan(in->p, in->n, &in->st);
		in->have_st = 1;
	}
	return &in->st;
}

/*
 * More valid multi-byte sequences than invalid ones: UTF-8 with some
 * damage.  Legacy text almost never forms even one valid sequence: a
 * letter in 0xC0-0xFF is followed by another letter or by ASCII.
 */
static int
mostly_utf8(const struct u8stats *st)
{
	return st->nbad == 0 || st->nmb > st->nbad;
}

/* No declaration: UTF-8 if the bytes are, else a guess. */
static int
detect(struct input *in, struct decoded *out)
{
	if (in->n == 0) {
		out->source = CHARSET_FROM_DEFAULT;
		return CS_WINDOWS_1252;
	}
	out->source = CHARSET_FROM_BYTES;
	if (mostly_utf8(input_stats(in)))
		return CS_UTF8;
	return detect_sb(in->p, in->n);
}

/* A declaration stands unless the bytes say plainly otherwise. */
static int
check_declared(struct input *in, int decl, struct decoded *out)
{
	const struct u8stats	*st;

	if (decl == CS_UTF16BE || decl == CS_UTF16LE)
		return decl;
	st = input_stats(in);
	if (decl == CS_UTF8) {
		/* A few bad bytes in a UTF-8 page are just that. */
		if (mostly_utf8(st))
			return decl;
		out->overruled = 1;
		out->source = CHARSET_FROM_BYTES;
		return detect_sb(in->p, in->n);
	}
	/*
	 * Valid UTF-8 under another label: one pair may be an accident
	 * ("Ã©" typed in latin1), two or more valid sequences with under 1%
	 * invalid are not.
	 */
	if (st->nmb >= 2 && st->nbad * 100 < st->nmb) {
		out->overruled = 1;
		out->source = CHARSET_FROM_BYTES;
		return CS_UTF8;
	}
	return decl;
}

/* The page's own declaration, <meta> first: a csid or -1. */
static int
declared(const unsigned char *p, size_t n, enum charset_source *src,
    struct decoded *out)
{
	int	 id;

	*src = CHARSET_FROM_META;
	id = prescan(p, n, out->unknown_label, sizeof(out->unknown_label));
	if (id < 0) {
		*src = CHARSET_FROM_XML;
		id = xml_decl(p, n, out->unknown_label,
		    sizeof(out->unknown_label));
	}
	if (id >= 0)
		copy_name(out->declared, sizeof(out->declared),
		    charset_table[id].name);
	return id;
}

static int
bom(const unsigned char *p, size_t n, size_t *skip)
{
	if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
		*skip = 3;
		return CS_UTF8;
	}
	if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
		*skip = 2;
		return CS_UTF16LE;
	}
	if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
		*skip = 2;
		return CS_UTF16BE;
	}
	*skip = 0;
	return -1;
}

static int
choose(struct input *in, int bomid, const char *hint, struct decoded *out)
{
	enum charset_source	 src;
	int			 decl, id;

	/* Recorded whatever wins, for the caller's diagnostics. */
	decl = declared(in->p, in->n, &src, out);
	if (bomid >= 0) {
		out->source = CHARSET_FROM_BOM;
		return bomid;
	}
	if (hint != NULL && (id = charset_lookup(hint, strlen(hint))) >= 0) {
		out->source = CHARSET_FROM_CALLER;
		return id;
	}
	if (decl >= 0) {
		out->source = src;
		return check_declared(in, decl, out);
	}
	return detect(in, out);
}

static int
convert(int id, struct input *in, struct decoded *out)
{
	const struct u8stats	*st;
	struct obuf		 ob;
	const uint16_t		*tab;

	switch (id) {
	case CS_UTF8:
		st = input_stats(in);
		if (st->nbad == 0 && st->nnul == 0) {
			ob_init(&ob, in->n);
			ob_put(&ob, in->p, in->n);
		} else
			u8_repair(in->p, in->n, st, &ob, &out->nreplaced);
		break;
	case CS_UTF16BE:
	case CS_UTF16LE:
		u16_decode(in->p, in->n, id == CS_UTF16BE, &ob,
		    &out->nreplaced);
		break;
	case CS_X_USER_DEFINED:
		sb_decode(NULL, in->p, in->n, &ob, &out->nreplaced);
		break;
	case CS_REPLACEMENT:
		/* The standard's answer to charsets used for attacks. */
		ob_init(&ob, 3);
		if (in->n > 0)
			ob_fffd(&ob, &out->nreplaced);
		break;
	default:
		if ((tab = sb_table(id)) != NULL)
			sb_decode(tab, in->p, in->n, &ob, &out->nreplaced);
		else if (iconv_decode(id, in->p, in->n, &ob,
		    &out->nreplaced) == -1)
			return -1;
		break;
	}
	ob_finish(&ob, out);
	return 0;
}

int
decode(const char *bytes, size_t len, const char *hint, struct decoded *out)
{
	struct input	 in;
	size_t		 skip;
	int		 bomid, id;

	memset(out, 0, sizeof(*out));
	memset(&in, 0, sizeof(in));
	if (bytes == NULL) {
		bytes = "";
		len = 0;
	}
	in.p = (const unsigned char *)bytes;
	bomid = bom(in.p, len, &skip);
	in.p += skip;
	in.n = len - skip;
	id = choose(&in, bomid, hint, out);
	copy_name(out->charset, sizeof(out->charset), charset_table[id].name);
	return convert(id, &in, out);
}

void
decoded_free(struct decoded *d)
{
	if (d == NULL)
		return;
	free(d->text);
	d->text = NULL;
	d->len = 0;
}

const char *
charset_canonical(const char *label)
{
	int	 id;

	if (label == NULL)
		return NULL;
	id = charset_lookup(label, strlen(label));
	return id >= 0 ? charset_table[id].name : NULL;
}
