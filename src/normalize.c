/* SPDX-License-Identifier: ISC */
/* Text normalization: utf8proc for composition, a small table here for
 * what counts as space and what is removed; ASCII punctuation; wrapping
 * by display columns. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "article.h"
#include "buf.h"
#include "normalize.h"
#include "xalloc.h"

enum cp_class { CP_KEEP, CP_SPACE, CP_NEWLINE, CP_DROP };

static enum cp_class
classify(int32_t c)
{
	if (c < 0x80) {
		if (c == '\n')
			return CP_NEWLINE;
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' ||
		    c == '\v')
			return CP_SPACE;
		return c < 0x20 || c == 0x7f ? CP_DROP : CP_KEEP;
	}
	switch (c) {
	case 0x00AD:	/* soft hyphen */
	case 0x180E:	/* Mongolian vowel separator (was a space) */
	case 0x200B:	/* zero width space */
	case 0x2060:	/* word joiner */
	case 0xFEFF:	/* zero width no-break space / BOM */
	case 0xFFFE:	/* noncharacters: not allowed in XML */
	case 0xFFFF:
		return CP_DROP;
	case 0x0085:	/* next line */
	case 0x2028:	/* line separator */
	case 0x2029:	/* paragraph separator */
		return CP_NEWLINE;
	default:
		break;
	}
	/* ZWJ and ZWNJ stay: they change meaning in Persian, Indic scripts
	 * and emoji sequences. */
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_ZS:
		return CP_SPACE;
	case UTF8PROC_CATEGORY_CC:
		return CP_DROP;
	default:
		return CP_KEEP;
	}
}

/* NFC (or NFKC) of s; NULL when nothing changes or utf8proc fails. */
static uint8_t *
compose(const char *s, size_t len, int flags, size_t *outlen)
{
	utf8proc_uint8_t	*res = NULL;
	utf8proc_ssize_t	 n;
	size_t			 i;
	int			 opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE;

	if (flags & NORM_NFKC)
		opts |= UTF8PROC_COMPAT;
	else {
		/* Below U+0300 there is nothing for NFC to change. */
		for (i = 0; i < len; i++)
			if ((unsigned char)s[i] >= 0xCC)
				break;
		if (i == len)
			return NULL;
	}
	n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
	    &res, (utf8proc_option_t)opts);
	if (n < 0)
		return NULL;
	*outlen = (size_t)n;
	return res;
}

/*
 * The ASCII for typographic punctuation, or NULL.  An em dash is two
 * hyphens, as typewriters wrote it, so that it stays apart from the en
 * dash and the hyphen; guillemets are the double quotes they stand for.
 */
static const char *
ascii_punct(int32_t c)
{
	switch (c) {
	case 0x2018:	/* ‘ */
	case 0x2019:	/* ’ */
	case 0x201A:	/* ‚ */
	case 0x201B:	/* ‛ */
	case 0x2039:	/* ‹ */
	case 0x203A:	/* › */
		return "'";
	case 0x00AB:	/* « */
	case 0x00BB:	/* » */
	case 0x201C:	/* “ */
	case 0x201D:	/* ” */
	case 0x201E:	/* „ */
	case 0x201F:	/* ‟ */
		return "\"";
	case 0x2010:	/* hyphen */
	case 0x2011:	/* non-breaking hyphen */
	case 0x2012:	/* figure dash */
	case 0x2013:	/* en dash */
	case 0x2212:	/* minus sign */
		return "-";
	case 0x2014:	/* em dash */
	case 0x2015:	/* horizontal bar */
		return "--";
	case 0x2026:	/* … */
		return "...";
	default:
		return NULL;
	}
}

static void
put_space(struct buf *out, size_t start, int keep_lines)
{
	if (keep_lines || (out->len > start && out->data[out->len - 1] != ' '))
		buf_putc(out, ' ');
}

static void
put_newline(struct buf *out, size_t start, int keep_lines)
{
	if (!keep_lines) {
		put_space(out, start, 0);
		return;
	}
	while (out->len > start && out->data[out->len - 1] == ' ')
		out->len--;
	buf_putc(out, '\n');
}

/* Trim spaces at the end; with keep_lines, blank lines at both ends. */
static void
trim(struct buf *out, size_t start, int keep_lines)
{
	size_t	 lead = start;

	while (out->len > start && (out->data[out->len - 1] == ' ' ||
	    (keep_lines && out->data[out->len - 1] == '\n')))
		out->len--;
	if (keep_lines)
		while (lead < out->len && (out->data[lead] == '\n' ||
		    out->data[lead] == ' ')) {
			/* Only whole blank lines go at the start. */
			size_t	e = lead;
			while (e < out->len && out->data[e] == ' ')
				e++;
			if (e < out->len && out->data[e] != '\n')
				break;
			lead = e + 1;
		}
	if (lead > start) {
		memmove(out->data + start, out->data + lead, out->len - lead);
		out->len -= lead - start;
	}
	if (out->data != NULL)
		out->data[out->len] = '\0';
}

/* The code point at s[i] and its length in bytes; an invalid sequence
 * reads as U+FFFD one byte long. */
static utf8proc_ssize_t
decode_at(const char *s, size_t len, size_t i, utf8proc_int32_t *c)
{
	utf8proc_ssize_t n;

	if ((unsigned char)s[i] < 0x80) {
		*c = (unsigned char)s[i];
		return 1;
	}
	if ((n = utf8proc_iterate((const uint8_t *)s + i,
	    (utf8proc_ssize_t)(len - i), c)) < 0) {
		*c = 0xFFFD;
		return 1;
	}
	return n;
}

void
norm_fold_spaces(char *s)
{
	size_t			 i, o = 0, len = strlen(s);
	utf8proc_int32_t	 c;
	utf8proc_ssize_t	 n;
	int			 space = 0;

	for (i = 0; i < len; i += (size_t)n) {
		n = decode_at(s, len, i, &c);
		switch (classify(c)) {
		case CP_SPACE:
		case CP_NEWLINE:
			space = o > 0;
			break;
		case CP_DROP:
			break;
		default:
			if (space)
				s[o++] = ' ';
			space = 0;
			memmove(s + o, s + i, (size_t)n);
			o += (size_t)n;
		}
	}
	s[o] = '\0';
}

void
norm_text(const char *s, size_t len, int flags, struct buf *out)
{
	const int	 keep_lines = flags & NORM_KEEP_LINES;
	const size_t	 start = out->len;
	uint8_t		*composed;
	size_t		 clen, i;
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	uint8_t		 enc[4];
	const char	*a;

	if ((composed = compose(s, len, flags, &clen)) != NULL) {
		s = (const char *)composed;
		len = clen;
	}
	for (i = 0; i < len; i += (size_t)n) {
		n = decode_at(s, len, i, &c);
		switch (classify(c)) {
		case CP_SPACE:
			put_space(out, start, keep_lines);
			break;
		case CP_NEWLINE:
			put_newline(out, start, keep_lines);
			break;
		case CP_DROP:
			break;
		case CP_KEEP:
			if (c < 0x80)
				buf_putc(out, (char)c);
			else if ((flags & NORM_ASCII_PUNCT) &&
			    (a = ascii_punct(c)) != NULL)
				buf_puts(out, a);
			else
				buf_put(out, enc, (size_t)
				    utf8proc_encode_char(c, enc));
			break;
		}
	}
	trim(out, start, keep_lines);
	free(composed);
}

/*
 * Wrapping.
 */

struct wrap {
	struct buf	*out;
	int		 width;
	int		 col;		/* of the output line so far */
	int		 started;	/* a word is on the output line */
};

/* One code point; an invalid byte is U+FFFD. */
static size_t
get_cp(const char *s, size_t len, int32_t *c)
{
	utf8proc_ssize_t	 n;

	if ((unsigned char)s[0] < 0x80) {
		*c = (unsigned char)s[0];
		return 1;
	}
	if ((n = utf8proc_iterate((const uint8_t *)s, (utf8proc_ssize_t)len,
	    c)) < 1) {
		*c = 0xFFFD;
		return 1;
	}
	return (size_t)n;
}

/*
 * The end of the grapheme cluster at s[i], and its width: its widest
 * character's (a base and its marks are one column, an emoji sequence
 * joined by ZWJ two).  state carries the break rules from one cluster to
 * the next, as utf8proc wants every break asked in order.
 */
static size_t
cluster(const char *s, size_t len, size_t i, int32_t *state, int *width)
{
	int32_t	 c, d;
	size_t	 j, n;

	j = i + get_cp(s + i, len - i, &c);
	*width = utf8proc_charwidth(c);
	while (j < len) {
		n = get_cp(s + j, len - j, &d);
		if (utf8proc_grapheme_break_stateful(c, d, state))
			break;
		if (utf8proc_charwidth(d) > *width)
			*width = utf8proc_charwidth(d);
		j += n;
		c = d;
	}
	return j;
}

/* Chinese and Japanese: scripts that break between any two characters. */
static int
is_cjk(int32_t c)
{
	if (c >= 0x3130 && c <= 0x318F)
		return 0;	/* Hangul jamo: Korean breaks at spaces */
	return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 &&
	    c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 &&
	    c <= 0xFF9F) || (c >= 0x20000 && c <= 0x3FFFF);
}

/* Punctuation and small kana a line must not start with. */
static const char no_break_before[] =
    ")]},.:;!?%’”»、。，．・：；？！」』）］｝〕〉》】〙〗〟ー々〻ゝゞヽヾ"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ｡｣､･ｰ";

/* Punctuation a line must not end with. */
static const char no_break_after[] = "([{‘“«「『（［｛〔〈《【〘〖〝｢";

static int
in_chars(int32_t c, const char *set)
{
	int32_t	 d;
	size_t	 i = 0, len = strlen(set);

	while (i < len) {
		i += get_cp(set + i, len - i, &d);
		if (d == c)
			return 1;
	}
	return 0;
}

/*
 * Whether a line may break between two clusters that start with a and b,
 * neither of them a space: next to a Chinese or Japanese character, as
 * those scripts do between any two, unless b closes (、。」 small kana) or
 * a opens (「（).
 */
static int
cjk_break(int32_t a, int32_t b)
{
	if (!is_cjk(a) && !is_cjk(b))
		return 0;
	return !in_chars(b, no_break_before) && !in_chars(a, no_break_after);
}

/* A word, with the spaces before it (the indentation on a new line). */
static void
wrap_word(struct wrap *w, const char *sp, size_t nsp, const char *word,
    size_t wlen, int width, int first)
{
	if (!w->started) {
		if (first) {
			buf_put(w->out, sp, nsp);
			w->col += (int)nsp;
		}
	} else if (w->col + (int)nsp + width <= w->width) {
		buf_put(w->out, sp, nsp);
		w->col += (int)nsp;
	} else {
		buf_putc(w->out, '\n');
		w->col = 0;
	}
	buf_put(w->out, word, wlen);
	w->col += width;
	w->started = 1;
}

/*
 * Words end at spaces, and also between Chinese or Japanese characters.
 * A word wider than the line (a long address) stays whole on a line of
 * its own: a cut word reads, or copies, as two.
 */
static void
wrap_line(struct wrap *w, const char *s, size_t len)
{
	size_t	 i = 0, e, sp = 0, nsp = 0, word = 0;
	int32_t	 state = 0, c, prev = ' ';
	int	 cw, ww = 0, inword = 0, first = 1;

	w->col = 0;
	w->started = 0;
	while (i < len) {
		e = cluster(s, len, i, &state, &cw);
		get_cp(s + i, len - i, &c);
		if (e == i + 1 && s[i] == ' ') {
			if (inword) {
				wrap_word(w, s + sp, nsp, s + word, i - word,
				    ww, first);
				first = inword = 0;
				nsp = 0;
			}
			if (nsp++ == 0)
				sp = i;
		} else {
			if (inword && cjk_break(prev, c)) {
				wrap_word(w, s + sp, nsp, s + word, i - word,
				    ww, first);
				first = inword = 0;
				nsp = 0;
			}
			if (!inword) {
				inword = 1;
				word = i;
				ww = 0;
			}
			ww += cw;
		}
		prev = c;
		i = e;
	}
	if (inword)
		wrap_word(w, s + sp, nsp, s + word, len - word, ww, first);
}

void
norm_wrap(const char *s, size_t len, int width, struct buf *out)
{
	struct wrap	 w;
	const char	*nl;
	size_t		 i = 0, e;

	if (width <= 0) {
		buf_put(out, s, len);
		return;
	}
	w.out = out;
	w.width = width;
	while (i < len) {
		nl = memchr(s + i, '\n', len - i);
		e = nl != NULL ? (size_t)(nl - s) : len;
		wrap_line(&w, s + i, e - i);
		if (nl != NULL)
			buf_putc(out, '\n');
		i = e + 1;
	}
	if (out->data == NULL)
		buf_put(out, "", 0);
}

/* Normalize one string into the article's arena; NULL when empty. */
static char *
norm_field(struct article *a, const char *s, int flags, struct buf *tmp)
{
	if (s == NULL)
		return NULL;
	buf_reset(tmp);
	norm_text(s, strlen(s), flags, tmp);
	return tmp->len > 0 ? article_strdup(a, buf_cstr(tmp)) : NULL;
}

/* A block's links, normalized as its text was; empty ones go. */
static void
norm_links(struct article *a, struct block *b, int flags, struct buf *tmp)
{
	size_t	 i, kept;

	for (i = kept = 0; i < b->nlinks; i++) {
		b->links[i].text = norm_field(a, b->links[i].text, flags, tmp);
		if (b->links[i].text != NULL)
			b->links[kept++] = b->links[i];
	}
	b->nlinks = kept;
}

/* Normalize a list of blocks in place, dropping the empty ones; with
 * before, before[i] becomes the number of blocks kept ahead of the i-th
 * (i <= n), so that positions among the blocks can follow. */
static size_t
norm_blocks(struct article *a, struct block *v, size_t n, int flags,
    struct buf *tmp, size_t *before)
{
	size_t	 i, kept;
	int	 bflags;

	for (i = kept = 0; i < n; i++) {
		if (before != NULL)
			before[i] = kept;
		bflags = flags;
		if (v[i].kind == BLOCK_PRE)
			bflags |= NORM_KEEP_LINES;
		v[i].text = norm_field(a, v[i].text, bflags, tmp);
		if (v[i].text != NULL) {
			norm_links(a, &v[i], flags, tmp);
			v[kept++] = v[i];
		}
	}
	if (before != NULL)
		before[n] = kept;
	return kept;
}

/* Image captions and alt texts; positions follow the blocks. */
static void
norm_images(struct article *a, const size_t *before, int flags,
    struct buf *tmp)
{
	size_t	 i;

	for (i = 0; i < a->nimages; i++) {
		a->images[i].alt = norm_field(a, a->images[i].alt, flags, tmp);
		a->images[i].caption = norm_field(a, a->images[i].caption,
		    flags, tmp);
		if (before != NULL)
			a->images[i].before = before[a->images[i].before];
	}
}

void
norm_article(struct article *a, int flags)
{
	char	**fields[] = { &a->title, &a->date, &a->modified, &a->author,
	    &a->source, &a->site_name, &a->section, &a->lang, &a->url,
	    &a->description, &a->charset };
	struct buf	 tmp = BUF_INIT;
	size_t		 i, *before = NULL;

	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		*fields[i] = norm_field(a, *fields[i], flags, &tmp);
	if (a->nimages > 0)
		before = xcalloc(a->nblocks + 1, sizeof(*before));
	a->nblocks = norm_blocks(a, a->blocks, a->nblocks, flags, &tmp,
	    before);
	a->ncomments = norm_blocks(a, a->comments, a->ncomments, flags, &tmp,
	    NULL);
	norm_images(a, before, flags, &tmp);
	free(before);
	buf_free(&tmp);
}
