/* SPDX-License-Identifier: ISC */
/* Helpers of the structured renderers: links and images placed in the
 * flow, runs of blocks, attribute values.  See render_util.h. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "buf.h"
#include "render_util.h"
#include "xalloc.h"

void
ru_spans_init(struct ru_spans *s, const struct block *b, int links)
{
	s->b = b;
	s->nlinks = links ? b->nlinks : 0;
	s->next = 0;
	s->pos = 0;
}

void
ru_spans_put(struct ru_spans *s, size_t from, size_t to,
    const struct ru_emit *e)
{
	const struct link	*l;
	const char		*text = s->b->text, *f;
	size_t			 at = from, off, len;

	for (; s->next < s->nlinks; s->next++) {
		l = &s->b->links[s->next];
		if (l->text == NULL || l->href == NULL || *l->text == '\0' ||
		    *l->href == '\0' ||
		    (f = strstr(text + s->pos, l->text)) == NULL)
			continue;	/* nowhere to put it */
		off = (size_t)(f - text);
		len = strlen(l->text);
		if (off >= to)
			break;		/* a later range's */
		s->pos = off + len;
		if (off < at || off + len > to)
			continue;	/* across a range's edge */
		if (off > at)
			e->text(e->ctx, text + at, off - at);
		e->link(e->ctx, text + off, len, l->href);
		at = off + len;
	}
	if (to > at)
		e->text(e->ctx, text + at, to - at);
}

struct fig_key {
	size_t	 before, index;
};

static int
fig_cmp(const void *pa, const void *pb)
{
	const struct fig_key	*a = pa, *b = pb;

	if (a->before != b->before)
		return a->before < b->before ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

void
ru_figs_init(struct ru_figs *f, const struct article *a, int images)
{
	struct fig_key	*keys;
	size_t		 k;

	f->a = a;
	f->order = NULL;
	f->n = f->next = 0;
	if (!images || a->nimages == 0)
		return;
	/* The extractor appends images in page order, but a stable sort
	 * costs little and keeps a stray index from reordering the rest. */
	keys = xcalloc(a->nimages, sizeof(*keys));
	for (k = 0; k < a->nimages; k++) {
		keys[k].before = a->images[k].before > a->nblocks ?
		    a->nblocks : a->images[k].before;
		keys[k].index = k;
	}
	qsort(keys, a->nimages, sizeof(*keys), fig_cmp);
	f->order = xcalloc(a->nimages, sizeof(*f->order));
	for (k = 0; k < a->nimages; k++)
		f->order[k] = keys[k].index;
	f->n = a->nimages;
	free(keys);
}

void
ru_figs_free(struct ru_figs *f)
{
	free(f->order);
	f->order = NULL;
	f->n = f->next = 0;
}

const struct image *
ru_figs_next(struct ru_figs *f, size_t k)
{
	const struct image	*im;
	size_t			 before;

	if (f->next >= f->n)
		return NULL;
	im = &f->a->images[f->order[f->next]];
	before = im->before > f->a->nblocks ? f->a->nblocks : im->before;
	if (before > k)
		return NULL;
	f->next++;
	return im;
}

int
ru_fig_caption(const struct article *a, const struct image *im, size_t k)
{
	return im->before == k && k < a->nblocks &&
	    a->blocks[k].kind == BLOCK_CAPTION && im->caption != NULL &&
	    strcmp(im->caption, a->blocks[k].text) == 0;
}

void
ru_walk_blocks(const struct article *a, int images, const struct ru_walk *w)
{
	const struct image	*im;
	struct ru_figs		 f;
	size_t			 k, end;
	int			 skip;

	ru_figs_init(&f, a, images);
	for (k = 0;; k = end) {
		skip = 0;
		while ((im = ru_figs_next(&f, k)) != NULL) {
			skip |= ru_fig_caption(a, im, k);
			w->image(w->ctx, im);
		}
		if (k >= a->nblocks)
			break;
		end = skip ? k + 1 : ru_run_end(a, k);
		if (!skip)
			w->run(w->ctx, k, end);
	}
	ru_figs_free(&f);
}

size_t
ru_run_end(const struct article *a, size_t k)
{
	enum block_kind	 kind = a->blocks[k].kind;
	size_t		 j = k + 1;

	if (kind != BLOCK_LIST_ITEM && kind != BLOCK_QUOTE &&
	    kind != BLOCK_TABLE_ROW)
		return j;
	while (j < a->nblocks && a->blocks[j].kind == kind)
		j++;
	return j;
}

int
ru_list_depth(int level, int prev)
{
	int	 d = level < 1 ? 1 : level;

	return d > prev + 1 ? prev + 1 : d;
}

int
ru_heading(int level)
{
	return level < 2 ? 2 : level > 6 ? 6 : level;
}

size_t
ru_cell_end(const char *text, size_t from)
{
	const char	*p = strstr(text + from, " | ");

	return p != NULL ? (size_t)(p - text) : strlen(text);
}

size_t
ru_cells(const char *text)
{
	size_t	 n = 1, at = 0, len = strlen(text);

	while ((at = ru_cell_end(text, at)) < len) {
		at += 3;
		n++;
	}
	return n;
}

static int
is_hex(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

/* Where the host of an absolute URI ends (brackets are legal before it,
 * for IPv6 literals); 0 when there is none. */
static size_t
host_end(const char *uri)
{
	const char	*p = strstr(uri, "://");

	if (p == NULL)
		return 0;
	p += 3;
	return (size_t)(p - uri) + strcspn(p, "/?#");
}

void
ru_href(struct buf *out, const char *uri)
{
	static const char	 hex[] = "0123456789ABCDEF";
	const unsigned char	*s = (const unsigned char *)uri;
	size_t			 k, host = host_end(uri);
	int			 hash = 0, bad;

	for (k = 0; s[k] != '\0'; k++) {
		bad = s[k] <= 0x20 || s[k] == 0x7f ||
		    strchr("\"<>\\^`{|}", s[k]) != NULL ||
		    ((s[k] == '[' || s[k] == ']') && k >= host) ||
		    (s[k] == '#' && hash++ > 0) ||
		    (s[k] == '%' && !(is_hex(s[k + 1]) && is_hex(s[k + 2])));
		if (bad) {
			buf_putc(out, '%');
			buf_putc(out, hex[s[k] >> 4]);
			buf_putc(out, hex[s[k] & 15]);
		} else
			buf_putc(out, (char)s[k]);
	}
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

const char *
ru_lang(const char *lang, char *out, size_t size)
{
	size_t	 k, run = 0;
	int	 c;

	if (lang == NULL || *lang == '\0' || strlen(lang) >= size)
		return NULL;
	for (k = 0; lang[k] != '\0'; k++) {
		c = lang[k] == '_' ? '-' : lang[k];
		if (c == '-') {
			if (run == 0)
				return NULL;
			run = 0;
		} else if (is_alpha(c) || (k > run && c >= '0' && c <= '9')) {
			/* letters first; digits only in later subtags */
			if (++run > 8)
				return NULL;
		} else
			return NULL;
		out[k] = (char)c;
	}
	out[k] = '\0';
	return run > 0 ? out : NULL;
}

static int
digits(const char *s, size_t n)
{
	size_t	 k;

	for (k = 0; k < n; k++)
		if (s[k] < '0' || s[k] > '9')
			return 0;
	return 1;
}

const char *
ru_xsd_date(const char *iso, char *out, size_t size)
{
	const char	*t, *zone;

	if (iso == NULL || size < 32 || !digits(iso, 4) || iso[4] != '-' ||
	    !digits(iso + 5, 2) || iso[7] != '-' || !digits(iso + 8, 2))
		return NULL;
	if (iso[10] == '\0') {
		memcpy(out, iso, 11);
		return out;
	}
	t = iso + 11;
	if (iso[10] != 'T' || !digits(t, 2) || t[2] != ':' ||
	    !digits(t + 3, 2))
		return NULL;
	zone = t + 5;
	if (zone[0] == ':' && digits(zone + 1, 2))
		zone += 3;
	if (!(zone[0] == '\0' || (zone[0] == 'Z' && zone[1] == '\0') ||
	    ((zone[0] == '+' || zone[0] == '-') && digits(zone + 1, 2) &&
	    zone[3] == ':' && digits(zone + 4, 2) && zone[6] == '\0')))
		return NULL;
	/* XML Schema's dateTime wants the seconds the model may leave out */
	memcpy(out, iso, 16);
	if (t[5] == ':')
		memcpy(out + 16, t + 5, 3);
	else
		memcpy(out + 16, ":00", 3);
	memcpy(out + 19, zone, strlen(zone) + 1);
	return out;
}

const char *
ru_show_date(const char *iso, char *out, size_t size)
{
	char		 xsd[64];
	const char	*zone;

	if (iso == NULL || size < 32)
		return NULL;
	if (ru_xsd_date(iso, xsd, sizeof(xsd)) == NULL || xsd[10] == '\0') {
		/* a plain date, or a form of its own: as it is */
		snprintf(out, size, "%s", iso);
		return out;
	}
	zone = xsd + 19;
	snprintf(out, size, "%.10s %.*s%s%s", xsd,
	    strncmp(xsd + 16, ":00", 3) == 0 ? 5 : 8, xsd + 11,
	    *zone == '\0' ? "" : " ", *zone == 'Z' ? "UTC" : zone);
	return out;
}
