/* SPDX-License-Identifier: ISC */
/* Text normalization: utf8proc for composition, a small table here for
 * what counts as space and what is removed. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "article.h"
#include "buf.h"
#include "normalize.h"

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

	if ((composed = compose(s, len, flags, &clen)) != NULL) {
		s = (const char *)composed;
		len = clen;
	}
	for (i = 0; i < len; i += (size_t)n) {
		if ((unsigned char)s[i] < 0x80) {
			c = (unsigned char)s[i];
			n = 1;
		} else if ((n = utf8proc_iterate((const uint8_t *)s + i,
		    (utf8proc_ssize_t)(len - i), &c)) < 0) {
			c = 0xFFFD;
			n = 1;
		}
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
			else
				buf_put(out, enc, (size_t)
				    utf8proc_encode_char(c, enc));
			break;
		}
	}
	trim(out, start, keep_lines);
	free(composed);
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

/* Normalize a list of blocks in place, dropping the empty ones. */
static size_t
norm_blocks(struct article *a, struct block *v, size_t n, int flags,
    struct buf *tmp)
{
	size_t	 i, kept;
	int	 bflags;

	for (i = kept = 0; i < n; i++) {
		bflags = flags;
		if (v[i].kind == BLOCK_PRE)
			bflags |= NORM_KEEP_LINES;
		v[i].text = norm_field(a, v[i].text, bflags, tmp);
		if (v[i].text != NULL)
			v[kept++] = v[i];
	}
	return kept;
}

void
norm_article(struct article *a, int flags)
{
	char	**fields[] = { &a->title, &a->date, &a->modified, &a->author,
	    &a->source, &a->site_name, &a->section, &a->lang, &a->url,
	    &a->description, &a->charset };
	struct buf	 tmp = BUF_INIT;
	size_t		 i;

	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		*fields[i] = norm_field(a, *fields[i], flags, &tmp);
	a->nblocks = norm_blocks(a, a->blocks, a->nblocks, flags, &tmp);
	a->ncomments = norm_blocks(a, a->comments, a->ncomments, flags, &tmp);
	buf_free(&tmp);
}
