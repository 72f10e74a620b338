/* SPDX-License-Identifier: ISC */
/*
 * Bytes in any charset -> UTF-8.
 *
 * The charset is chosen in the HTML standard's order: a byte order mark,
 * the caller's hint, the <meta> prescan of the first 1024 bytes, an XML
 * declaration, and last a guess from the bytes: UTF-8, ISO-2022-JP by
 * its escapes, the CJK multi-byte charsets by valid sequences and common
 * characters, then a dozen single-byte charsets by letter statistics.  A
 * declaration the bytes clearly contradict (UTF-8 declared on cp1251
 * bytes or the reverse, Shift_JIS bytes declared EUC-JP, KOI8-R declared
 * windows-1251) loses to the bytes, because a mislabelled page decoded
 * "correctly" is unreadable.  Nothing is ever dropped: whatever cannot be
 * decoded becomes U+FFFD and decoding goes on.
 *
 * UTF-8, UTF-16, x-user-defined, windows-1250/1251/1252 and KOI8-R are
 * decoded here; everything else goes through iconv, one handle per call,
 * so that threads share nothing.
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
	case CS_WINDOWS_1251:
	case CS_WINDOWS_1252:
	case CS_KOI8_R:
		return charset_high(id);
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
 * Detection, for pages that declare nothing usable and for declarations
 * in doubt.  It reads a sample: the input up to its SAMPLE_HIGH-th byte
 * above 0x7F.  That is far more than the statistics need to settle, and
 * bounds the work on long pages; the ASCII between is skipped 8 bytes at
 * a time.
 */
#define SAMPLE_HIGH	16384

struct sample {
	const unsigned char	*p;
	size_t			 n;
	size_t			 nhigh;	/* bytes above 0x7F */
	int			 cut;	/* the input goes on past the sample */
};

static void
sample_take(const unsigned char *p, size_t n, struct sample *s)
{
	uint64_t	 w;
	size_t		 i = 0, nhigh = 0;

	while (i < n) {
		while (i + 8 <= n) {
			memcpy(&w, p + i, sizeof(w));
			if (w & HIGHS)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (p[i++] >= 0x80 && ++nhigh == SAMPLE_HIGH)
			break;
	}
	s->p = p;
	s->n = i;
	s->nhigh = nhigh;
	s->cut = i < n;
}

/* Evidence in bits -> confidence: 50 for a coin toss, 99 at 32 bits. */
static int
bits_confidence(int64_t bits)
{
	if (bits <= 0)
		return 50;
	if (bits >= 32)
		return 99;
	return 50 + (int)(bits * 49 / 32);
}

/*
 * ISO-2022-JP is 7-bit: its escapes into JIS X 0208 (ESC $ B, ESC $ @)
 * are all there is to see, and nothing else writes them.
 */
static int
has_jis_escape(const unsigned char *p, size_t n)
{
	const unsigned char	*e;
	size_t			 i = 0;

	while (i < n && (e = memchr(p + i, 0x1B, n - i)) != NULL) {
		i = (size_t)(e - p) + 1;
		if (n - i >= 2 && p[i] == '$' && (p[i + 1] == 'B' ||
		    p[i + 1] == '@'))
			return 1;
	}
	return 0;
}

/*
 * Multi-byte charsets: Shift_JIS, EUC-JP, GBK (and gb18030), Big5 and
 * EUC-KR.  Each reading of the sample is checked for valid sequences
 * (as the Windows variants glibc decodes define them), then scored by
 * how much of the text the commonest characters of its language make up:
 * about two thirds in real text, a few per cent when the bytes are
 * another charset's, since the same byte pairs mean unrelated characters.
 *
 * Each *_seq() gets p[0] >= 0x80 and returns the length of the character
 * at p, -1 when it is invalid, 0 when the input ends inside it.
 */

static int
in_range(unsigned char c, unsigned char lo, unsigned char hi)
{
	return c >= lo && c <= hi;
}

static int
sjis_seq(const unsigned char *p, size_t n)
{
	if (in_range(p[0], 0xA1, 0xDF))
		return 1;	/* half-width katakana */
	if (!in_range(p[0], 0x81, 0x9F) && !in_range(p[0], 0xE0, 0xFC))
		return -1;
	if (n < 2)
		return 0;
	return in_range(p[1], 0x40, 0x7E) || in_range(p[1], 0x80, 0xFC) ?
	    2 : -1;
}

static int
eucjp_seq(const unsigned char *p, size_t n)
{
	if (p[0] == 0x8F) {	/* JIS X 0212 */
		if (n < 3)
			return n == 2 && !in_range(p[1], 0xA1, 0xFE) ? -1 : 0;
		return in_range(p[1], 0xA1, 0xFE) &&
		    in_range(p[2], 0xA1, 0xFE) ? 3 : -1;
	}
	if (p[0] != 0x8E && !in_range(p[0], 0xA1, 0xFE))
		return -1;
	if (n < 2)
		return 0;
	if (p[0] == 0x8E)	/* half-width katakana */
		return in_range(p[1], 0xA1, 0xDF) ? 2 : -1;
	return in_range(p[1], 0xA1, 0xFE) ? 2 : -1;
}

static int
gbk_seq(const unsigned char *p, size_t n)
{
	if (p[0] == 0x80)
		return 1;	/* the euro sign */
	if (p[0] == 0xFF)
		return -1;
	if (n < 2)
		return 0;
	if (in_range(p[1], 0x40, 0x7E) || in_range(p[1], 0x80, 0xFE))
		return 2;
	if (!in_range(p[1], 0x30, 0x39))
		return -1;
	/* gb18030's four-byte form */
	if (n < 4)
		return n == 3 && !in_range(p[2], 0x81, 0xFE) ? -1 : 0;
	return in_range(p[2], 0x81, 0xFE) && in_range(p[3], 0x30, 0x39) ?
	    4 : -1;
}

static int
big5_seq(const unsigned char *p, size_t n)
{
	if (!in_range(p[0], 0x81, 0xFE))
		return -1;
	if (n < 2)
		return 0;
	return in_range(p[1], 0x40, 0x7E) || in_range(p[1], 0xA1, 0xFE) ?
	    2 : -1;
}

static int
euckr_seq(const unsigned char *p, size_t n)
{
	if (!in_range(p[0], 0x81, 0xFE))
		return -1;
	if (n < 2)
		return 0;
	if (in_range(p[1], 0xA1, 0xFE))
		return 2;
	/* CP949's extension: the rest of the hangul syllables */
	if (p[0] <= 0xC6 && (in_range(p[1], 0x41, 0x5A) ||
	    in_range(p[1], 0x61, 0x7A) || in_range(p[1], 0x81, 0xA0)))
		return 2;
	return -1;
}

struct mbcand {
	int	  id;
	int	(*seq)(const unsigned char *, size_t);
};

static const struct mbcand mbcands[] = {
	{ CS_SHIFT_JIS,	sjis_seq },
	{ CS_EUC_JP,	eucjp_seq },
	{ CS_GBK,	gbk_seq },
	{ CS_BIG5,	big5_seq },
	{ CS_EUC_KR,	euckr_seq },
};

#define NMB	NITEMS(mbcands)

struct mbstats {
	size_t	 nchar;		/* valid characters above ASCII */
	size_t	 nbad;		/* invalid sequences */
	size_t	 ncommon;	/* among the language's commonest */
};

static int
freq_cmp(const void *key, const void *elem)
{
	return (int)*(const uint16_t *)key - (int)*(const uint16_t *)elem;
}

/*
 * One reading of the sample.  It stops early once invalid sequences are
 * twice as frequent as mb_fits() allows: Cyrillic or Greek text read as
 * GBK gets there within a few words.
 */
static void
mb_scan(const struct mbcand *c, const struct sample *s, struct mbstats *st)
{
	const unsigned char	*p = s->p;
	const uint16_t		*freq;
	size_t			 i = 0, n = s->n, nfreq;
	uint16_t		 code;
	uint64_t		 w;
	int			 k;

	memset(st, 0, sizeof(*st));
	freq = charset_freq(c->id, &nfreq);
	while (i < n) {
		while (i + 8 <= n) {
			memcpy(&w, p + i, sizeof(w));
			if (w & HIGHS)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((k = c->seq(p + i, n - i)) == 0) {
			/* A sample may end inside a character. */
			if (!s->cut)
				st->nbad++;
			break;
		}
		if (k < 0) {
			i++;
			if (++st->nbad >= 16 && st->nbad * 25 > st->nchar)
				break;
			continue;
		}
		st->nchar++;
		if (k == 2) {
			code = (uint16_t)(p[i] << 8 | p[i + 1]);
			if (bsearch(&code, freq, nfreq, sizeof(*freq),
			    freq_cmp) != NULL)
				st->ncommon++;
		}
		i += (size_t)k;
	}
}

/*
 * Text in this charset: under 2% invalid sequences, and at least 30% of
 * the characters among the language's commonest.
 */
static int
mb_fits(const struct mbstats *st)
{
	size_t	 total = st->nchar + st->nbad;

	return st->ncommon > 0 && st->nbad * 50 <= total &&
	    st->ncommon * 10 >= total * 3;
}

/* Whether a's common characters make up more of its text than b's. */
static int
mb_better(const struct mbstats *a, const struct mbstats *b)
{
	return (uint64_t)a->ncommon * (b->nchar + b->nbad) >
	    (uint64_t)b->ncommon * (a->nchar + a->nbad);
}

/* Scans every candidate; the index of the best that fits, or -1. */
static int
mb_detect(const struct sample *s, struct mbstats *st)
{
	size_t	 k;
	int	 best = -1;

	for (k = 0; k < NMB; k++) {
		mb_scan(&mbcands[k], s, &st[k]);
		if (mb_fits(&st[k]) && (best < 0 ||
		    mb_better(&st[k], &st[best])))
			best = (int)k;
	}
	return best;
}

/* Strong evidence: enough text, mostly common characters, clean. */
static int
mb_strong(const struct mbstats *st)
{
	return mb_fits(st) && st->ncommon >= 10 &&
	    st->ncommon * 2 >= st->nchar + st->nbad;
}

static int
mb_index(int id)
{
	size_t	 k;

	if (id == CS_GB18030)
		id = CS_GBK;
	for (k = 0; k < NMB; k++)
		if (mbcands[k].id == id)
			return (int)k;
	return -1;
}

/*
 * How far the best reading's share of common characters is ahead of the
 * runner-up's (among those that fit at all), scaled down below 20
 * characters of evidence.
 */
static int
mb_confidence(const struct mbstats *st, int best)
{
	uint64_t	 r1, r2 = 0, r, total;
	size_t		 k;
	int		 conf;

	total = st[best].nchar + st[best].nbad;
	r1 = st[best].ncommon * 1000 / total;
	for (k = 0; k < NMB; k++) {
		if ((int)k == best || !mb_fits(&st[k]))
			continue;
		r = st[k].ncommon * 1000 / (st[k].nchar + st[k].nbad);
		if (r > r2)
			r2 = r;
	}
	conf = r2 >= r1 ? 1 : (int)((r1 - r2) * 100 / r1);
	if (total < 20)
		conf = conf * (int)total / 20;
	return conf < 1 ? 1 : conf > 99 ? 99 : conf;
}

/*
 * Single-byte charsets: windows-1252, windows-1251, KOI8-R, windows-1250,
 * KOI8-U, ISO-8859-2, ISO-8859-5, IBM866, windows-1253 (Greek), -1254
 * (Turkish), -1255 (Hebrew) and -1256 (Arabic).
 *
 * A small naive Bayes model: each reading of the high bytes is scored
 * against the letter frequencies of the languages written in that
 * charset, and against how often such letters sit next to each other
 * (nearly always in Cyrillic, Greek, Hebrew or Arabic words, seldom in
 * Latin ones).  Capitals cost extra and a capital right after a small
 * letter more, which is what tells windows-1251 from KOI8-R: their cases
 * are swapped.  A letter standing alone costs extra too unless the
 * language writes it as a word ("в", "à", "ο"), which keeps "½ cup" and
 * "3 × 4" from reading as Cyrillic.
 */

#define SB_1252		0x001
#define SB_1250		0x002
#define SB_1251		0x004
#define SB_KOI8R	0x008
#define SB_KOI8U	0x010
#define SB_8859_2	0x020
#define SB_8859_5	0x040
#define SB_866		0x080
#define SB_1253		0x100
#define SB_1254		0x200
#define SB_1255		0x400
#define SB_1256		0x800
#define SB_CYRILLIC	(SB_1251 | SB_KOI8R | SB_KOI8U | SB_8859_5 | SB_866)

struct sbcand {
	int		 id;
	unsigned	 bit;
	unsigned	 prior;		/* bits: how rare the charset is on the
					   web, which only matters when there
					   are a few high bytes to go on */
};

static const struct sbcand sbcands[] = {
	/* First wins ties: windows-1252 is the standard's fallback, and
	 * the common charset of each script comes before the rarer ones
	 * that read the same bytes the same way. */
	{ CS_WINDOWS_1252,	SB_1252,	0 },
	{ CS_WINDOWS_1251,	SB_1251,	0 },
	{ CS_KOI8_R,		SB_KOI8R,	2 },
	{ CS_WINDOWS_1250,	SB_1250,	1 },
	{ CS_KOI8_U,		SB_KOI8U,	4 },
	{ CS_ISO8859_2,		SB_8859_2,	3 },
	{ CS_ISO8859_5,		SB_8859_5,	8 },
	{ CS_IBM866,		SB_866,		8 },
	{ CS_WINDOWS_1253,	SB_1253,	2 },
	{ CS_WINDOWS_1254,	SB_1254,	2 },
	{ CS_WINDOWS_1255,	SB_1255,	2 },
	{ CS_WINDOWS_1256,	SB_1256,	2 },
};

enum { NSB = NITEMS(sbcands) };

struct lang {
	unsigned	 charsets;	/* SB_* it is written in */
	unsigned	 adj;		/* per mille: a non-ASCII letter's
					   letter neighbour is non-ASCII */
	uint16_t	 solo[8];	/* non-ASCII letters that are words on
					   their own ("à", "в", "ο") */
	struct {
		uint16_t	 cp;	/* small letter */
		uint16_t	 freq;	/* relative frequency */
	} ch[36];
};

/* Frequencies of the non-ASCII letters (relative, per language). */
static const struct lang langs[] = {
	/* French */
	{ SB_1252, 30, { 0xE0 },
	    { { 0xE9, 500 }, { 0xE8, 80 }, { 0xE0, 90 }, { 0xEA, 50 },
	    { 0xE7, 30 }, { 0xF4, 15 }, { 0xE2, 15 }, { 0xEE, 10 },
	    { 0xFB, 8 }, { 0xF9, 8 }, { 0xEB, 3 }, { 0xEF, 5 },
	    { 0x153, 8 } } },
	/* German */
	{ SB_1252, 20, { 0 },
	    { { 0xFC, 300 }, { 0xE4, 250 }, { 0xF6, 200 }, { 0xDF, 200 },
	    { 0xE9, 5 } } },
	/* Spanish */
	{ SB_1252, 20, { 0 },
	    { { 0xE1, 200 }, { 0xE9, 200 }, { 0xED, 220 }, { 0xF3, 250 },
	    { 0xFA, 60 }, { 0xF1, 110 }, { 0xFC, 5 }, { 0xBF, 15 },
	    { 0xA1, 10 } } },
	/* Portuguese: "ção" puts two together */
	{ SB_1252, 150, { 0xE0, 0xE9 },
	    { { 0xE3, 200 }, { 0xE7, 160 }, { 0xE9, 160 }, { 0xE1, 170 },
	    { 0xED, 70 }, { 0xF3, 70 }, { 0xEA, 70 }, { 0xFA, 20 },
	    { 0xE2, 20 }, { 0xF5, 50 }, { 0xE0, 20 }, { 0xF4, 20 } } },
	/* Italian */
	{ SB_1252, 10, { 0xE8 },
	    { { 0xE0, 250 }, { 0xE8, 300 }, { 0xE9, 50 }, { 0xEC, 100 },
	    { 0xF2, 150 }, { 0xF9, 150 } } },
	/* Swedish, Danish, Norwegian, Finnish */
	{ SB_1252, 30, { 0 },
	    { { 0xE5, 250 }, { 0xE4, 250 }, { 0xF6, 200 }, { 0xF8, 180 },
	    { 0xE6, 130 }, { 0xE9, 10 } } },
	/* Czech */
	{ SB_1250 | SB_8859_2, 100, { 0 },
	    { { 0xE1, 210 }, { 0xED, 180 }, { 0xE9, 110 }, { 0xFD, 100 },
	    { 0x11B, 120 }, { 0x10D, 90 }, { 0x159, 90 }, { 0x161, 70 },
	    { 0x17E, 80 }, { 0x16F, 50 }, { 0xFA, 10 }, { 0x148, 5 },
	    { 0x165, 5 }, { 0x10F, 5 } } },
	/* Slovak */
	{ SB_1250 | SB_8859_2, 60, { 0 },
	    { { 0xE1, 200 }, { 0xED, 120 }, { 0xE9, 80 }, { 0xFD, 80 },
	    { 0x10D, 80 }, { 0x161, 70 }, { 0x17E, 70 }, { 0xFA, 60 },
	    { 0xF4, 20 }, { 0x13E, 40 }, { 0x165, 40 }, { 0x148, 30 },
	    { 0x10F, 20 }, { 0xE4, 10 }, { 0x155, 5 }, { 0x13A, 5 } } },
	/* Polish */
	{ SB_1250 | SB_8859_2, 60, { 0 },
	    { { 0x142, 180 }, { 0x119, 110 }, { 0x105, 100 }, { 0xF3, 85 },
	    { 0x15B, 66 }, { 0x17C, 83 }, { 0x107, 40 }, { 0x144, 20 },
	    { 0x17A, 6 } } },
	/* Hungarian */
	{ SB_1250 | SB_8859_2, 40, { 0x151 },
	    { { 0xE9, 390 }, { 0xE1, 340 }, { 0xF3, 100 }, { 0xF6, 100 },
	    { 0x151, 90 }, { 0xED, 70 }, { 0xFC, 60 }, { 0xFA, 30 },
	    { 0x171, 30 } } },
	/* Croatian, Slovenian, Bosnian */
	{ SB_1250 | SB_8859_2, 20, { 0 },
	    { { 0x10D, 300 }, { 0x161, 250 }, { 0x17E, 250 }, { 0x107, 100 },
	    { 0x111, 50 } } },
	/* Romanian, with the cedilla forms these charsets have */
	{ SB_1250 | SB_8859_2, 30, { 0 },
	    { { 0x103, 300 }, { 0xE2, 100 }, { 0xEE, 150 }, { 0x15F, 200 },
	    { 0x163, 200 } } },
	/* Turkish; İ folds to ı here, close enough for a capital */
	{ SB_1254, 120, { 0 },
	    { { 0x131, 510 }, { 0xFC, 200 }, { 0x15F, 180 }, { 0xE7, 120 },
	    { 0x11F, 110 }, { 0xF6, 80 }, { 0xE2, 5 }, { 0xEE, 2 },
	    { 0xFB, 2 } } },
	/* Russian */
	{ SB_CYRILLIC, 900,
	    { 0x430, 0x432, 0x438, 0x43A, 0x43E, 0x441, 0x443, 0x44F },
	    { { 0x43E, 1097 }, { 0x435, 845 }, { 0x430, 801 }, { 0x438, 735 },
	    { 0x43D, 670 }, { 0x442, 626 }, { 0x441, 547 }, { 0x440, 473 },
	    { 0x432, 454 }, { 0x43B, 440 }, { 0x43A, 349 }, { 0x43C, 321 },
	    { 0x434, 298 }, { 0x43F, 281 }, { 0x443, 262 }, { 0x44F, 201 },
	    { 0x44B, 190 }, { 0x44C, 174 }, { 0x433, 170 }, { 0x437, 165 },
	    { 0x431, 159 }, { 0x447, 144 }, { 0x439, 121 }, { 0x445, 97 },
	    { 0x436, 94 }, { 0x448, 73 }, { 0x44E, 64 }, { 0x446, 48 },
	    { 0x449, 36 }, { 0x44D, 32 }, { 0x444, 26 }, { 0x44A, 4 },
	    { 0x451, 4 } } },
	/* Ukrainian */
	{ SB_1251 | SB_KOI8U | SB_8859_5, 900,
	    { 0x430, 0x432, 0x437, 0x439, 0x43E, 0x443, 0x44F, 0x456 },
	    { { 0x43E, 940 }, { 0x430, 840 }, { 0x43D, 650 }, { 0x456, 570 },
	    { 0x438, 610 }, { 0x432, 530 }, { 0x442, 500 }, { 0x435, 480 },
	    { 0x440, 460 }, { 0x441, 410 }, { 0x43A, 360 }, { 0x43B, 350 },
	    { 0x443, 340 }, { 0x434, 300 }, { 0x43C, 300 }, { 0x43F, 280 },
	    { 0x44F, 220 }, { 0x437, 230 }, { 0x44C, 150 }, { 0x433, 150 },
	    { 0x431, 160 }, { 0x447, 120 }, { 0x445, 110 }, { 0x436, 90 },
	    { 0x446, 80 }, { 0x439, 120 }, { 0x448, 80 }, { 0x44E, 80 },
	    { 0x457, 90 }, { 0x454, 80 }, { 0x449, 80 }, { 0x444, 30 },
	    { 0x491, 10 } } },
	/* Belarusian */
	{ SB_1251, 900, { 0x430, 0x437, 0x443, 0x456 },
	    { { 0x430, 900 }, { 0x43E, 600 }, { 0x43D, 600 }, { 0x456, 600 },
	    { 0x435, 550 }, { 0x440, 450 }, { 0x44B, 400 }, { 0x441, 400 },
	    { 0x442, 400 }, { 0x43B, 350 }, { 0x43A, 350 }, { 0x432, 350 },
	    { 0x45E, 250 }, { 0x434, 300 }, { 0x446, 200 }, { 0x43C, 300 },
	    { 0x43F, 250 }, { 0x443, 300 }, { 0x44F, 250 }, { 0x44C, 200 },
	    { 0x437, 200 }, { 0x431, 150 }, { 0x433, 150 }, { 0x447, 150 },
	    { 0x439, 100 }, { 0x445, 100 }, { 0x436, 80 }, { 0x448, 80 },
	    { 0x44E, 60 }, { 0x451, 100 }, { 0x44D, 60 }, { 0x444, 20 } } },
	/* Bulgarian: ъ common, no ы or э */
	{ SB_1251 | SB_KOI8R | SB_8859_5 | SB_866, 900,
	    { 0x430, 0x432, 0x438, 0x43E, 0x441, 0x44F },
	    { { 0x430, 1050 }, { 0x43E, 880 }, { 0x438, 830 }, { 0x435, 810 },
	    { 0x442, 720 }, { 0x43D, 700 }, { 0x440, 520 }, { 0x441, 450 },
	    { 0x432, 440 }, { 0x43B, 340 }, { 0x43A, 340 }, { 0x434, 330 },
	    { 0x43F, 300 }, { 0x43C, 290 }, { 0x44A, 220 }, { 0x44F, 210 },
	    { 0x437, 180 }, { 0x433, 160 }, { 0x443, 150 }, { 0x431, 120 },
	    { 0x447, 120 }, { 0x439, 70 }, { 0x449, 70 }, { 0x436, 60 },
	    { 0x446, 60 }, { 0x448, 60 }, { 0x445, 50 }, { 0x44E, 30 },
	    { 0x444, 20 }, { 0x44C, 5 } } },
	/* Serbian, Cyrillic */
	{ SB_1251, 900, { 0x430, 0x438, 0x43A, 0x43E, 0x441, 0x443 },
	    { { 0x430, 1150 }, { 0x438, 980 }, { 0x43E, 900 }, { 0x435, 840 },
	    { 0x43D, 560 }, { 0x441, 500 }, { 0x440, 480 }, { 0x442, 470 },
	    { 0x458, 460 }, { 0x43A, 360 }, { 0x432, 350 }, { 0x434, 350 },
	    { 0x443, 330 }, { 0x43C, 290 }, { 0x43B, 290 }, { 0x43F, 280 },
	    { 0x437, 160 }, { 0x433, 160 }, { 0x431, 150 }, { 0x447, 100 },
	    { 0x45B, 90 }, { 0x448, 70 }, { 0x45A, 60 }, { 0x436, 60 },
	    { 0x446, 60 }, { 0x459, 40 }, { 0x445, 20 }, { 0x444, 20 },
	    { 0x452, 20 }, { 0x45F, 5 } } },
	/* Greek */
	{ SB_1253, 900, { 0x3AE, 0x3B7, 0x3BF },
	    { { 0x3B1, 1110 }, { 0x3BF, 980 }, { 0x3B9, 760 }, { 0x3B5, 810 },
	    { 0x3C4, 860 }, { 0x3C3, 430 }, { 0x3C2, 270 }, { 0x3BD, 630 },
	    { 0x3B7, 450 }, { 0x3C5, 420 }, { 0x3C1, 440 }, { 0x3C0, 420 },
	    { 0x3BA, 420 }, { 0x3BC, 330 }, { 0x3BB, 270 }, { 0x3C9, 180 },
	    { 0x3B4, 170 }, { 0x3B3, 180 }, { 0x3C7, 110 }, { 0x3B8, 120 },
	    { 0x3C6, 80 }, { 0x3B2, 70 }, { 0x3BE, 50 }, { 0x3B6, 40 },
	    { 0x3C8, 15 }, { 0x3AC, 220 }, { 0x3AD, 160 }, { 0x3AF, 170 },
	    { 0x3CC, 170 }, { 0x3CD, 80 }, { 0x3AE, 120 }, { 0x3CE, 70 },
	    { 0x3CA, 10 }, { 0x3CB, 3 }, { 0x390, 3 }, { 0x3B0, 1 } } },
	/* Hebrew */
	{ SB_1255, 900, { 0 },
	    { { 0x5D9, 1100 }, { 0x5D5, 1050 }, { 0x5D4, 870 }, { 0x5DC, 740 },
	    { 0x5D0, 630 }, { 0x5DE, 600 }, { 0x5E8, 560 }, { 0x5EA, 530 },
	    { 0x5D1, 480 }, { 0x5E9, 450 }, { 0x5E0, 330 }, { 0x5E2, 330 },
	    { 0x5DB, 280 }, { 0x5DD, 280 }, { 0x5D3, 270 }, { 0x5E7, 240 },
	    { 0x5D7, 230 }, { 0x5E4, 160 }, { 0x5DF, 160 }, { 0x5E1, 130 },
	    { 0x5D2, 130 }, { 0x5E6, 120 }, { 0x5D8, 120 }, { 0x5D6, 90 },
	    { 0x5DA, 60 }, { 0x5E3, 30 }, { 0x5E5, 20 } } },
	/* Arabic */
	{ SB_1256, 900, { 0x648 },
	    { { 0x627, 1250 }, { 0x644, 1100 }, { 0x64A, 800 }, { 0x645, 600 },
	    { 0x648, 550 }, { 0x646, 550 }, { 0x631, 450 }, { 0x62A, 420 },
	    { 0x628, 370 }, { 0x639, 320 }, { 0x647, 300 }, { 0x62F, 280 },
	    { 0x641, 250 }, { 0x629, 250 }, { 0x642, 230 }, { 0x633, 210 },
	    { 0x643, 200 }, { 0x623, 200 }, { 0x62D, 180 }, { 0x62C, 130 },
	    { 0x634, 90 }, { 0x649, 90 }, { 0x635, 90 }, { 0x625, 80 },
	    { 0x62E, 70 }, { 0x637, 70 }, { 0x636, 50 }, { 0x632, 40 },
	    { 0x62B, 40 }, { 0x630, 40 }, { 0x63A, 40 }, { 0x626, 40 },
	    { 0x621, 30 }, { 0x638, 20 }, { 0x622, 10 }, { 0x624, 10 } } },
};

/* Symbols of Western text: fractions, prices, areas, "nº". */
static const uint16_t common_symbol[] = {
	0x00A2, 0x00A3, 0x00A5, 0x00AA, 0x00B1, 0x00B2, 0x00B5, 0x00BA,
	0x00BC, 0x00BD, 0x00BE, 0x00D7,
};

/* Punctuation any of these languages' text uses. */
static const uint16_t common_punct[] = {
	0x00A0, 0x00A7, 0x00A9, 0x00AB, 0x00AD, 0x00AE, 0x00B0, 0x00B4,
	0x00B7, 0x00BB, 0x0387, 0x05BE, 0x05F3, 0x05F4, 0x060C, 0x061B,
	0x061F, 0x0640, 0x200E, 0x200F, 0x2013, 0x2014, 0x2018, 0x2019,
	0x201A, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026, 0x2039, 0x203A,
	0x20AA, 0x20AC, 0x2116, 0x2122,
};

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
	else if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
		*small = cp + 0x20;	/* Α-Ω, Ϊ, Ϋ */
	else if (cp == 0x386)
		*small = 0x3AC;
	else if (cp >= 0x388 && cp <= 0x38A)
		*small = cp + 0x25;	/* Έ Ή Ί */
	else if (cp == 0x38C)
		*small = 0x3CC;
	else if (cp == 0x38E || cp == 0x38F)
		*small = cp + 0x3F;	/* Ύ Ώ */
	return *small != cp;
}

static int
is_letter(uint32_t cp)
{
	return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	    (cp >= 0x386 && cp <= 0x3CE && cp != 0x387) ||
	    (cp >= 0x400 && cp <= 0x4FF) ||
	    (cp >= 0x5D0 && cp <= 0x5EA) ||
	    (cp >= 0x621 && cp <= 0x64A) || (cp >= 0x671 && cp <= 0x6D3);
}

static int
in_list(uint32_t cp, const uint16_t *v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (v[i] == cp)
			return 1;
	return 0;
}

/* Per byte 0x80-0xFF, bit k: candidate k reads a small / capital letter. */
struct sbclass {
	uint16_t	 small[128];
	uint16_t	 cap[128];
};

static void
sb_classify(const uint16_t *tabs[NSB], struct sbclass *cl)
{
	uint32_t	 small;
	size_t		 k, b;

	memset(cl, 0, sizeof(*cl));
	for (k = 0; k < NSB; k++)
		for (b = 0; b < 128; b++) {
			if (!is_letter(tabs[k][b]))
				continue;
			if (fold(tabs[k][b], &small))
				cl->cap[b] |= (uint16_t)(1U << k);
			else
				cl->small[b] |= (uint16_t)(1U << k);
		}
}

struct sbstats {
	size_t	 hist[128];	/* bytes 0x80-0xFF */
	size_t	 alone[128];	/* the same without a letter on either
				   side: a one-letter word, or a symbol */
	size_t	 adj;		/* high byte next to a high byte */
	size_t	 mixed;		/* high byte next to an ASCII letter */
	size_t	 smallcap[NSB];	/* a capital right after a small letter,
				   per candidate */
};

/* A byte that may be part of a word: an ASCII letter, or not ASCII. */
static int
is_wordbyte(unsigned char c)
{
	return c >= 0x80 || is_alpha(c);
}

static void
sb_count(const struct sample *s, const struct sbclass *cl,
    struct sbstats *st)
{
	const unsigned char	*p = s->p;
	uint64_t		 w;
	size_t			 i = 0, k, n = s->n;
	unsigned		 x;
	unsigned char		 c, d;

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
		if ((i == 0 || !is_wordbyte(p[i - 1])) &&
		    (i + 1 == n || !is_wordbyte(p[i + 1])))
			st->alone[c - 0x80]++;
		if (i + 1 < n) {
			d = p[i + 1];
			if (d >= 0x80) {
				st->adj++;
				x = cl->small[c - 0x80] & cl->cap[d - 0x80];
				for (k = 0; x != 0; k++, x >>= 1)
					if (x & 1)
						st->smallcap[k]++;
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

/* The model's fixed costs, log2 of a probability in 1/256ths. */
struct costs {
	int32_t	 foreign;	/* a letter the language does not use */
	int32_t	 punct;		/* common punctuation */
	int32_t	 csymbol;	/* a common symbol */
	int32_t	 symbol;	/* any other symbol */
	int32_t	 control;	/* a C1 control or an undefined byte: never
				   in text */
	int32_t	 capital;	/* a capital rather than a small letter */
	int32_t	 smallcap;	/* a capital right after a small letter */
	int32_t	 alone;		/* a letter alone that is no word */
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
	else if (in_list(cp, common_punct, NITEMS(common_punct)))
		return c->punct;
	else if (in_list(cp, common_symbol, NITEMS(common_symbol)))
		return c->csymbol;
	else if ((cp >= 0x80 && cp <= 0x9F) || cp == 0xFFFD)
		return c->control;
	else
		return c->symbol;
	return capital ? r + c->capital : r;
}

static int64_t
sb_score(const uint16_t *tab, size_t k, const struct lang *lang,
    const struct sbstats *st, const struct costs *c)
{
	int64_t		 s = 0;
	uint32_t	 sum = 0, small;
	int32_t		 lsum;
	size_t		 i;

	for (i = 0; i < NITEMS(lang->ch) && lang->ch[i].cp != 0; i++)
		sum += lang->ch[i].freq;
	lsum = log2q(sum);
	for (i = 0; i < 128; i++) {
		if (st->hist[i] == 0)
			continue;
		s += (int64_t)st->hist[i] * char_cost(tab[i], lang, lsum, c);
		if (st->alone[i] != 0 && is_letter(tab[i])) {
			fold(tab[i], &small);
			if (!in_list(small, lang->solo, NITEMS(lang->solo)))
				s += (int64_t)st->alone[i] * c->alone;
		}
	}
	s += (int64_t)st->adj * lg(lang->adj, 1000);
	s += (int64_t)st->mixed * lg(1000 - lang->adj, 1000);
	s += (int64_t)st->smallcap[k] * c->smallcap;
	return s;
}

struct sbresult {
	const uint16_t	*tabs[NSB];
	struct sbstats	 st;
	int64_t		 score[NSB];	/* its likeliest language's */
	int		 best;		/* index into sbcands */
};

static void
sb_detect(const struct sample *s, struct sbresult *r)
{
	struct sbclass	 cl;
	struct costs	 c;
	int64_t		 sc;
	size_t		 k, j;

	c.foreign = lg(1, 500);
	c.punct = lg(1, 20);
	c.csymbol = lg(1, 200);
	c.symbol = lg(1, 10000);
	c.control = lg(1, 1000000);
	c.capital = lg(1, 10);
	c.smallcap = lg(1, 100);
	c.alone = lg(1, 50);
	for (k = 0; k < NSB; k++)
		r->tabs[k] = charset_high(sbcands[k].id);
	sb_classify(r->tabs, &cl);
	sb_count(s, &cl, &r->st);
	r->best = 0;
	for (k = 0; k < NSB; k++) {
		r->score[k] = INT64_MIN;
		for (j = 0; j < NITEMS(langs); j++) {
			if (!(langs[j].charsets & sbcands[k].bit))
				continue;
			sc = sb_score(r->tabs[k], k, &langs[j], &r->st, &c) -
			    (int64_t)sbcands[k].prior * 256;
			if (sc > r->score[k])
				r->score[k] = sc;
		}
		if (r->score[k] > r->score[r->best])
			r->best = (int)k;
	}
}

/* How many high bytes of the sample two candidates read differently. */
static size_t
sb_ndiff(const struct sbresult *r, int a, int b)
{
	size_t	 i, n = 0;

	for (i = 0; i < 128; i++)
		if (r->tabs[a][i] != r->tabs[b][i])
			n += r->st.hist[i];
	return n;
}

/* Bits by which the best beats the likeliest reading that differs. */
static int
sb_confidence(const struct sbresult *r)
{
	int64_t	 second = INT64_MIN;
	int	 k;

	for (k = 0; k < NSB; k++)
		if (k != r->best && r->score[k] > second &&
		    sb_ndiff(r, k, r->best) > 0)
			second = r->score[k];
	if (second == INT64_MIN)
		return 99;
	return bits_confidence((r->score[r->best] - second) / 256);
}

static int
sb_index(int id)
{
	int	 k;

	for (k = 0; k < NSB; k++)
		if (sbcands[k].id == id)
			return k;
	return -1;
}

/*
 * The choice.
 */

struct input {
	const unsigned char	*p;
	size_t			 n;
	struct u8stats		 st;
	struct sample		 smp;
	int			 have_st;
	int			 have_smp;
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

static const struct sample *
input_sample(struct input *in)
{
	if (!in->have_smp) {
		sample_take(in->p, in->n, &in->smp);
		in->have_smp = 1;
	}
	return &in->smp;
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

static int
utf8_confidence(const struct u8stats *st)
{
	if (st->nmb == 0 && st->nbad == 0)
		return 100;	/* ASCII reads the same in any of them */
	if (st->nbad == 0)
		return st->nmb >= 3 ? 99 : 90;
	return (int)(99 * st->nmb / (st->nmb + st->nbad));
}

static int
is_ascii(const struct u8stats *st)
{
	return st->nmb == 0 && st->nbad == 0;
}

/* ISO-2022-JP's escapes, and at most a few stray high bytes. */
static int
is_jis(struct input *in)
{
	const struct u8stats	*st = input_stats(in);

	return st->nmb == 0 && st->nbad < 16 && has_jis_escape(in->p, in->n);
}

/* Not UTF-8: a CJK charset if its characters fit, else a single-byte one. */
static int
detect_legacy(struct input *in, struct decoded *out)
{
	const struct sample	*s = input_sample(in);
	struct mbstats		 mb[NMB];
	struct sbresult		 r;
	int			 k;

	if ((k = mb_detect(s, mb)) >= 0) {
		out->confidence = mb_confidence(mb, k);
		return mbcands[k].id;
	}
	sb_detect(s, &r);
	out->confidence = sb_confidence(&r);
	return sbcands[r.best].id;
}

/* No declaration: UTF-8 if the bytes are, else a guess. */
static int
detect(struct input *in, struct decoded *out)
{
	const struct u8stats	*st;

	if (in->n == 0) {
		out->source = CHARSET_FROM_DEFAULT;
		out->confidence = 0;
		return CS_WINDOWS_1252;
	}
	out->source = CHARSET_FROM_BYTES;
	st = input_stats(in);
	if (is_jis(in)) {
		out->confidence = 99;
		return CS_ISO2022_JP;
	}
	if (mostly_utf8(st)) {
		out->confidence = utf8_confidence(st);
		return CS_UTF8;
	}
	return detect_legacy(in, out);
}

static int
overrule(struct decoded *out, int id)
{
	out->overruled = 1;
	out->source = CHARSET_FROM_BYTES;
	return id;
}

/*
 * A declared CJK charset stands if its characters fit.  It loses to
 * another CJK charset whose characters fit far better (Shift_JIS bytes
 * declared EUC-JP, GBK declared Big5), or, when the bytes are not valid
 * in it at all and no CJK charset fits, to the single-byte guess.
 */
static int
check_mb(struct input *in, int decl, int di, struct decoded *out)
{
	const struct sample	*s = input_sample(in);
	struct mbstats		 mb[NMB];
	struct sbresult		 r;
	size_t			 total;
	int			 k;

	mb_scan(&mbcands[di], s, &mb[di]);
	if (mb_fits(&mb[di]))
		return decl;
	k = mb_detect(s, mb);
	total = mb[di].nchar + mb[di].nbad;
	if (k >= 0 && k != di && (mb[di].nbad * 50 > total ||
	    mb[k].ncommon * (total + 1) >= 2 * mb[di].ncommon *
	    (mb[k].nchar + mb[k].nbad))) {
		out->confidence = mb_confidence(mb, k);
		return overrule(out, mbcands[k].id);
	}
	if (k < 0 && total >= 8 && mb[di].nbad * 10 > total) {
		sb_detect(s, &r);
		out->confidence = sb_confidence(&r);
		return overrule(out, sbcands[r.best].id);
	}
	return decl;
}

/*
 * A single-byte or other declared charset loses to a CJK charset only
 * on strong evidence, and to another single-byte charset only when the
 * bytes read far better in it: by at least 16 bits, and a bit for each
 * high byte the two read differently (KOI8-U and KOI8-R differ in eight
 * letters only).  Mislabelled text gives 1.3 to 10 bits a byte; text in
 * a language the model does not know, correctly declared, well under
 * one.  Charsets the model does not know stand.
 */
static int
check_sb(struct input *in, int decl, struct decoded *out)
{
	const struct sample	*s = input_sample(in);
	struct mbstats		 mb[NMB];
	struct sbresult		 r;
	int64_t			 margin;
	size_t			 ndiff;
	int			 k, di;

	if (s->nhigh == 0)
		return decl;
	if ((k = mb_detect(s, mb)) >= 0 && mb_strong(&mb[k])) {
		out->confidence = mb_confidence(mb, k);
		return overrule(out, mbcands[k].id);
	}
	if ((di = sb_index(decl)) < 0)
		return decl;
	sb_detect(s, &r);
	if (r.best == di || (ndiff = sb_ndiff(&r, r.best, di)) == 0)
		return decl;
	margin = (r.score[r.best] - r.score[di]) / 256;
	if (margin < 16 || margin < (int64_t)ndiff)
		return decl;
	out->confidence = sb_confidence(&r);
	return overrule(out, sbcands[r.best].id);
}

/* A declaration stands unless the bytes say plainly otherwise. */
static int
check_declared(struct input *in, int decl, struct decoded *out)
{
	const struct u8stats	*st;
	int			 di;

	out->confidence = 100;
	if (decl == CS_UTF16BE || decl == CS_UTF16LE ||
	    decl == CS_REPLACEMENT)
		return decl;
	st = input_stats(in);
	if (decl != CS_ISO2022_JP && is_jis(in)) {
		out->confidence = 99;
		return overrule(out, CS_ISO2022_JP);
	}
	if (is_ascii(st))
		return decl;
	if (decl == CS_UTF8) {
		/* A few bad bytes in a UTF-8 page are just that. */
		if (mostly_utf8(st))
			return decl;
		overrule(out, decl);
		return detect_legacy(in, out);
	}
	/*
	 * Valid UTF-8 under another label: one pair may be an accident
	 * ("Ã©" typed in latin1), two or more valid sequences with under 1%
	 * invalid are not.
	 */
	if (st->nmb >= 2 && st->nbad * 100 < st->nmb) {
		out->confidence = utf8_confidence(st);
		return overrule(out, CS_UTF8);
	}
	/* ISO-2022-JP is 7-bit: high bytes without its escapes are not it. */
	if (decl == CS_ISO2022_JP) {
		if (has_jis_escape(in->p, in->n))
			return decl;
		overrule(out, decl);
		return detect_legacy(in, out);
	}
	if ((di = mb_index(decl)) >= 0)
		return check_mb(in, decl, di, out);
	return check_sb(in, decl, out);
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
	out->confidence = 100;
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

/*
 * U+FFFD made by the decoder lowers the confidence to the share of the
 * non-ASCII characters that came through.
 */
static void
replaced_confidence(struct decoded *out)
{
	const unsigned char	*p = (const unsigned char *)out->text;
	size_t			 i, nchar = 0;
	int			 conf;

	if (out->nreplaced == 0)
		return;
	for (i = 0; i < out->len; i++)
		if (p[i] >= 0xC0)
			nchar++;
	if (nchar < out->nreplaced)
		nchar = out->nreplaced;
	conf = (int)(100 - 100 * out->nreplaced / nchar);
	if (conf < out->confidence)
		out->confidence = conf;
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
	if (convert(id, &in, out) == -1)
		return -1;
	replaced_confidence(out);
	return 0;
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
