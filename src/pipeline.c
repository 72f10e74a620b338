/* SPDX-License-Identifier: ISC */
/*
 * The pipeline: decode -> parse -> metadata -> prune -> extract ->
 * normalize -> dateline -> render.  The dateline is read after
 * normalization (DESIGN.md has it before) because its patterns are
 * simpler and safer on text whose spaces are already folded.  Input that
 * is already text (textin.c) takes the place of parse, metadata, prune
 * and extract; the stages after are the same.
 */
#include <string.h>
#include <time.h>

#include "agency.h"
#include "arena.h"
#include "article.h"
#include "buf.h"
#include "dateline.h"
#include "date.h"
#include "decode.h"
#include "diag.h"
#include "dom.h"
#include "extract.h"
#include "ldbody.h"
#include "meta.h"
#include "mojibake.h"
#include "normalize.h"
#include "pipeline.h"
#include "prune.h"
#include "rules.h"
#include "textin.h"
#include "xmlmem.h"

/* Signatures of files that are surely not web pages. */
static const char *
binary_kind(const unsigned char *p, size_t len)
{
	static const struct {
		const char	*magic;
		size_t		 n;
		const char	*kind;
	} sigs[] = {
		{ "\x89PNG\r\n\x1a\n", 8, "a PNG image" },
		{ "\x1f\x8b", 2, "gzip-compressed data" },
		{ "%PDF-", 5, "a PDF document" },
		{ "PK\x03\x04", 4, "a ZIP archive" },
		{ "\xff\xd8\xff", 3, "a JPEG image" },
		{ "GIF8", 4, "a GIF image" },
		{ "\x7f" "ELF", 4, "an executable" },
		{ "BZh", 3, "bzip2-compressed data" },
		{ "\xfd" "7zXZ", 5, "xz-compressed data" },
		{ "\x28\xb5\x2f\xfd", 4, "zstd-compressed data" },
		{ "RIFF", 4, "a RIFF media file" },
		{ "OggS", 4, "an Ogg media file" },
		{ "wOFF", 4, "a web font" },
	};
	size_t	 k, ctl = 0, n = len < 1024 ? len : 1024;

	for (k = 0; k < sizeof(sigs) / sizeof(sigs[0]); k++)
		if (len >= sigs[k].n && memcmp(p, sigs[k].magic, sigs[k].n) == 0)
			return sigs[k].kind;
	/* Control bytes other than white space and ESC (ISO-2022) are rare
	 * in text in any charset but UTF-16, which has a BOM or is caught
	 * below: more than one byte in twenty is not text. */
	for (k = 0; k < n; k++)
		if (p[k] < 0x20 && p[k] != '\t' && p[k] != '\n' &&
		    p[k] != '\r' && p[k] != '\f' && p[k] != 0x1b)
			ctl++;
	return ctl * 20 > n ? "binary data" : NULL;
}

/* UTF-16 without a byte order mark: ASCII markup with every other byte
 * zero. */
static const char *
utf16_without_bom(const unsigned char *p, size_t len)
{
	size_t	 k, even = 0, odd = 0, n = len < 512 ? len & ~(size_t)1 : 512;

	if (n < 8)
		return NULL;
	for (k = 0; k < n; k += 2) {
		even += p[k] == 0;
		odd += p[k + 1] == 0;
	}
	if (odd * 10 >= n / 2 * 9 && even == 0)
		return "UTF-16LE";
	if (even * 10 >= n / 2 * 9 && odd == 0)
		return "UTF-16BE";
	return NULL;
}

static int
has_utf16_bom(const unsigned char *p, size_t len)
{
	return len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) ||
	    (p[0] == 0xFE && p[1] == 0xFF));
}

static void
report_charset(const struct decoded *dec, struct diag *d)
{
	if (dec->unknown_label[0] != '\0')
		diag_add(d, DIAG_WARNING, "unknown charset label \"%s\" "
		    "ignored", dec->unknown_label);
	if (dec->overruled)
		diag_add(d, DIAG_WARNING, "page declares %s but its bytes "
		    "are %s", dec->declared, dec->charset);
	if (dec->nreplaced > 0)
		diag_add(d, DIAG_WARNING, "%zu invalid byte sequence%s "
		    "replaced by U+FFFD", dec->nreplaced,
		    dec->nreplaced == 1 ? "" : "s");
	if (dec->source == CHARSET_FROM_BYTES && dec->confidence < 60)
		diag_add(d, DIAG_WARNING, "charset %s is a guess (confidence "
		    "%d%%)", dec->charset, dec->confidence);
}

/* The reporters a Chinese or Korean dateline names ("张三 李四",
 * "홍길동·김철수") are the authors when nothing else named one; a space
 * parts two Chinese names ("·" and "、" part any, article.c). */
static void
set_reporters(struct article *a, const char *s, size_t len)
{
	struct buf	 names = BUF_INIT;
	size_t		 k;

	for (k = 0; k < len; k++)
		if (s[k] == ' ')
			buf_puts(&names, "; ");
		else
			buf_putc(&names, s[k]);
	article_set_authors(a, buf_cstr(&names), "dateline");
	buf_free(&names);
}

/* "<strong>Jakarta</strong> - <p>Seorang …": the dateline stands in a
 * block of its own, a dash closing it, and opens the paragraph after
 * it. */
static int
opens_next(const struct article *a, size_t k, struct dateline_match *m)
{
	const char	*t = a->blocks[k].text, *next;
	char		 joined[512];
	size_t		 n = strlen(t), nn;

	while (n > 0 && t[n - 1] == ' ')
		n--;
	if (n == 0 || n > 120 || k + 1 >= a->nblocks ||
	    a->blocks[k + 1].kind != BLOCK_PARAGRAPH ||
	    !(t[n - 1] == '-' || (n >= 3 && (memcmp(t + n - 3,
	    "\xe2\x80\x94", 3) == 0 || memcmp(t + n - 3, "\xe2\x80\x93",
	    3) == 0))))
		return 0;
	next = a->blocks[k + 1].text;
	nn = strlen(next);
	if (nn > sizeof(joined) - n - 2)
		nn = sizeof(joined) - n - 2;
	memcpy(joined, t, n);
	joined[n] = ' ';
	memcpy(joined + n + 1, next, nn);
	joined[n + 1 + nn] = '\0';
	return dateline_parse(joined, n + 1 + nn, m) && m->body > n;
}

static struct dateline *
make_dateline(struct article *a, int strip)
{
	struct dateline_match	 m;
	struct dateline		*d;
	const char		*t = NULL;
	size_t			 k;

	/* The dateline opens the story: one of the first paragraphs, after
	 * any headings, captions or a standfirst above it. */
	for (k = 0; k < a->nblocks && k < 4; k++) {
		if (a->blocks[k].kind != BLOCK_PARAGRAPH)
			continue;
		t = a->blocks[k].text;
		if (dateline_parse(t, strlen(t), &m))
			break;
		if (opens_next(a, k, &m)) {
			article_join_next(a, k);
			t = a->blocks[k].text;
			if (dateline_parse(t, strlen(t), &m))
				break;
		}
	}
	if (k == a->nblocks || k == 4)
		return NULL;
	d = arena_alloc(a->arena, sizeof(*d));
#define SPAN(s) ((s).len ? arena_strndup(a->arena, t + (s).off, (s).len) : NULL)
	d->text = SPAN(m.text);
	d->place = SPAN(m.place);
	d->region = SPAN(m.region);
	d->date = SPAN(m.date);
	d->source = SPAN(m.source);
#undef SPAN
	if (a->author == NULL && m.reporter.len > 0)
		set_reporters(a, t + m.reporter.off, m.reporter.len);
	/* --strip-dateline: the story starts after it. */
	if (strip && m.body > 0 && m.body < strlen(t))
		a->blocks[k].text = arena_strdup(a->arena, t + m.body);
	return d;
}

/* The agency that signs the story: a last line of its own, which the
 * extractor took out of the text (plain text keeps it), or parentheses
 * closing the last paragraph. */
static void
find_signature(struct article *a)
{
	size_t	 k, start, end;

	if (a->signed_agency != NULL) {
		a->source = a->signed_agency;
		a->ev.source = "signature";
		return;
	}
	for (k = a->nblocks; k-- > 0;)
		if (a->blocks[k].kind == BLOCK_PARAGRAPH)
			break;
	if (k == SIZE_MAX || (agency_signature(a->blocks[k].text,
	    strlen(a->blocks[k].text), 0, &start, &end) == NULL &&
	    agency_signature(a->blocks[k].text, strlen(a->blocks[k].text), 1,
	    &start, &end) == NULL))
		return;
	a->source = arena_strndup(a->arena, a->blocks[k].text + start,
	    end - start);
	a->ev.source = "signature";
}

/* The agency of the dateline, else one the first paragraphs attribute
 * the story to ("BelTA learned from…", ", TASS reported"), else one the
 * byline names, else the site; source_id when the agency is known. */
static void
find_source(struct article *a)
{
	const char	*id;
	size_t		 k, start, end;

	if (a->dateline != NULL && a->dateline->source != NULL) {
		a->source = a->dateline->source;
		a->ev.source = "dateline";
	}
	for (k = 0; a->source == NULL && k < a->nblocks && k < 3; k++) {
		const char *t = a->blocks[k].text;

		if (a->blocks[k].kind != BLOCK_PARAGRAPH ||
		    (id = agency_attribution(t, strlen(t), &start, &end)) ==
		    NULL)
			continue;
		a->source = arena_strndup(a->arena, t + start, end - start);
		a->ev.source = "attribution";
	}
	/* "Quelle: dpa", "来源：新华社": a label names it. */
	if (a->source == NULL && a->label_agency != NULL) {
		a->source = a->label_agency;
		a->ev.source = "label";
	}
	/* "… sagte er. (dpa)", "aja/PAP": the agency signs the story. */
	if (a->source == NULL)
		find_signature(a);
	/* "Af Ritzau", "By AFP": the author's field names the agency. */
	if (a->source == NULL && a->byline_agency != NULL) {
		a->source = a->byline_agency;
		a->ev.source = "author";
	}
	if (a->source == NULL && a->site_name != NULL) {
		a->source = a->site_name;
		a->ev.source = a->ev.site_name;
	}
	if (a->source != NULL && (id = agency_id(a->source,
	    strlen(a->source))) != NULL)
		a->source_id = article_strdup(a, id);
}

/* A publication date after the page was fetched is a clock on the page,
 * not the story's date. */
static void
drop_future_date(struct article *a, const struct extract_opts *o)
{
	struct date	 d;

	if (!o->has_now || a->date == NULL ||
	    !date_parse(a->date, strlen(a->date), DATE_ORDER_UNKNOWN, &d) ||
	    date_cmp(&d, &o->now) <= 0)
		return;
	a->date = NULL;
	a->ev.date = NULL;
}

/*
 * Text that was decoded twice somewhere before us ("Ã©", "РњРёРЅСЃРє") is
 * mended run by run, before normalization folds the no-break spaces
 * the repair reads.
 */
static char *
mend(struct article *a, char *s, struct buf *tmp)
{
	size_t	 n;

	if (s == NULL)
		return NULL;
	buf_reset(tmp);
	if ((n = mojibake_repair(s, strlen(s), tmp)) == 0)
		return s;
	a->mended += n;
	return article_strdup(a, buf_cstr(tmp));
}

static void
mend_article(struct article *a, struct diag *d)
{
	char		**fields[] = { &a->title, &a->author, &a->site_name,
	    &a->section, &a->description };
	struct buf	 tmp = BUF_INIT;
	size_t		 k;

	for (k = 0; k < sizeof(fields) / sizeof(fields[0]); k++)
		*fields[k] = mend(a, *fields[k], &tmp);
	for (k = 0; k < a->nblocks; k++)
		a->blocks[k].text = mend(a, a->blocks[k].text, &tmp);
	for (k = 0; k < a->ncomments; k++)
		a->comments[k].text = mend(a, a->comments[k].text, &tmp);
	buf_free(&tmp);
	if (a->mended > 0)
		diag_add(d, DIAG_NOTE, "mended %zu run%s of text decoded twice "
		    "(mojibake)", a->mended, a->mended == 1 ? "" : "s");
}

/* --ascii-punct: every text field, the dateline's and the authors'. */
static char *
ascii(struct article *a, char *s, struct buf *tmp)
{
	if (s == NULL)
		return NULL;
	buf_reset(tmp);
	norm_text(s, strlen(s), NORM_ASCII_PUNCT, tmp);
	return article_strdup(a, buf_cstr(tmp));
}

static void
ascii_article(struct article *a, int flags)
{
	struct dateline	*dl = a->dateline;
	struct buf	 tmp = BUF_INIT;
	size_t		 k;

	norm_article(a, flags);
	a->source = ascii(a, a->source, &tmp);
	for (k = 0; k < a->nauthors; k++)
		a->authors[k] = ascii(a, a->authors[k], &tmp);
	if (dl != NULL) {
		dl->text = ascii(a, dl->text, &tmp);
		dl->place = ascii(a, dl->place, &tmp);
		dl->region = ascii(a, dl->region, &tmp);
		dl->date = ascii(a, dl->date, &tmp);
		dl->source = ascii(a, dl->source, &tmp);
	}
	buf_free(&tmp);
}

/*
 * Limits: a page with more elements than max_nodes is refused as soon
 * as the parser passes that many (dom_parse), and the time budget is
 * checked between stages, each of which is linear in the page.
 */

static double
now_seconds(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
report_timeout(const struct process_opts *o, struct diag *d)
{
	diag_add(d, DIAG_ERROR, "took longer than the time budget (%g s; "
	    "see --timeout)", o->timeout);
}

static int
over_budget(const struct process_opts *o, double start, struct diag *d)
{
	if (o->timeout <= 0 || now_seconds() - start <= o->timeout)
		return 0;
	report_timeout(o, d);
	return 1;
}

/* Everything that reads the tree; the article is complete afterwards.
 * Returns the number of blocks, or -1 when the time ran out. */
static long
understand(const struct process_opts *o, htmlDocPtr doc, struct article *a,
    double start, struct buf *explain, struct diag *d)
{
	struct meta		*m = meta_new(a);
	const struct site_rules	*site;
	struct extract_opts	 eo = o->extract;
	xmlNode			*body, *threads = NULL, *content;
	struct dom_measure	 dm;
	long			 n = -1;

	meta_set_explain(m, explain);
	meta_read_markup(m, doc);
	/* The site's rules, if any: their drops go first, so that nothing
	 * after sees what they remove. */
	site = rules_for(o->rules, o->url != NULL ? o->url : meta_page_url(m));
	rules_drop(site, doc, explain);
	body = dom_body(doc);
	if (o->extract.comments)
		threads = xmlNewDocNode(doc, NULL, (const xmlChar *)"div", NULL);
	content = body;
	if (body != NULL) {
		prune_invisible(body, explain);
		/* A content rule's element is the article: boilerplate is
		 * pruned inside it, never it. */
		if ((content = rules_content(site, doc)) == NULL)
			content = body;
		/* One measure serves both: the tree does not change in
		 * between. */
		dom_measure(body, &dm);
		meta_read_visible(m, body);
		meta_decide(m, o->url);
		rules_meta(site, doc, a);
		if (!over_budget(o, start, d))
			prune_boilerplate(content, a->title, threads, explain);
		dom_measure_free(&dm);
	} else {
		meta_decide(m, o->url);
		rules_meta(site, doc, a);
	}
	eo.phrases = rules_phrases(site);
	if (!d->failed && !over_budget(o, start, d)) {
		n = (long)extract(content, a, &eo, explain);
		/* The structured data's text where the page shows less. */
		n += (long)ldbody_append(a, meta_ld_body(m), explain);
	}
	if (threads != NULL) {
		if (n > 0)
			extract_comments(threads, a, &o->extract);
		xmlFreeNode(threads);
	}
	meta_date_fallback(m);
	meta_free(m);
	/* A walk cut short by the budget left its stage unfinished. */
	if (dom_expired() && !d->failed) {
		report_timeout(o, d);
		n = -1;
	}
	return n;
}

/* The fetch time: a field of its own, and the reference for relative
 * dates and for dates "from the future" unless --now gave one. */
static void
set_retrieved(struct process_opts *o, struct article *a)
{
	struct date	 d;
	char		 iso[40];

	if (o->retrieved == NULL || !date_parse(o->retrieved,
	    strlen(o->retrieved), DATE_ORDER_UNKNOWN, &d) || d.year == 0)
		return;
	date_format(&d, iso, sizeof(iso));
	a->retrieved = article_strdup(a, iso);
	if (!o->extract.has_now) {
		o->extract.has_now = 1;
		o->extract.now = d;
	}
}

/* The page's tree, read by the stages that understand markup; *doc is
 * the caller's to free.  Returns the number of blocks, or -1. */
static long
read_page(const struct process_opts *o, const struct decoded *dec,
    htmlDocPtr *doc, struct article *a, double start, struct buf *explain,
    struct diag *d)
{
	int	 too_many;

	/* The walks watch the clock from here (parsing cannot be cut). */
	dom_set_deadline(o->timeout > 0 ? o->timeout - (now_seconds() - start) :
	    0);
	if ((*doc = dom_parse(dec->text, dec->len, o->max_nodes, &too_many)) ==
	    NULL) {
		diag_add(d, DIAG_ERROR, "cannot parse the page");
		return -1;
	}
	if (too_many) {
		diag_add(d, DIAG_ERROR, "more than %zu elements (see "
		    "--max-nodes)", o->max_nodes);
		return -1;
	}
	if (over_budget(o, start, d))
		return -1;
	return understand(o, *doc, a, start, explain, d);
}

/* Text already taken out of a page (copy and paste, old scrapers): its
 * lines stand for the tree, and the limit on elements is one on lines.
 * Returns the number of blocks, or -1. */
static long
read_text(const struct process_opts *o, const struct decoded *dec,
    struct article *a, struct buf *explain, struct diag *d)
{
	long	 n;

	if (explain != NULL)
		buf_printf(explain, "input: plain text (%s)\n",
		    o->page_format == PAGE_TEXT ? "--input-format text" :
		    "no markup at its start");
	if (o->url != NULL) {
		a->url = article_strdup(a, o->url);
		a->ev.url = "--url";
	}
	if ((n = textin_extract(dec->text, dec->len, a, &o->extract,
	    o->max_nodes, explain)) == -1)
		diag_add(d, DIAG_ERROR, "more than %zu lines (see "
		    "--max-nodes)", o->max_nodes);
	return n;
}

static int
is_text(const struct process_opts *o, const struct decoded *dec)
{
	if (o->page_format != PAGE_AUTO)
		return o->page_format == PAGE_TEXT;
	return textin_is_text(dec->text, dec->len);
}

/* The fields that follow from the others: the authors' list, the
 * source. */
static void
finish_metadata(const struct process_opts *o, struct article *a)
{
	article_set_authors(a, a->author, a->ev.author);
	find_source(a);
	if (o->norm_flags & NORM_ASCII_PUNCT)
		ascii_article(a, o->norm_flags);
}

/* A page read, with no article text in it: the error, and with
 * keep_metadata the renderer's error record with what the page told
 * about itself. */
static void
no_article_text(const struct process_opts *o, struct article *a,
    struct buf *out, struct diag *d)
{
	static const char	 why[] = "no article text found";

	diag_add(d, DIAG_ERROR, "%s", why);
	if (!o->keep_metadata || o->renderer->error == NULL)
		return;
	drop_future_date(a, &o->extract);
	finish_metadata(o, a);
	o->renderer->error(out, o->input != NULL ? o->input : "-", o->url,
	    why, a);
}

int
artex_process(const struct process_opts *opts, const char *bytes,
    size_t len, struct buf *out, struct buf *explain, struct diag *d)
{
	struct process_opts po = *opts, *o = &po;
	struct decoded	 dec;
	double		 start = now_seconds();
	htmlDocPtr	 doc = NULL;
	struct article	*a = NULL;
	const char	*kind, *hint = o->charset;
	long		 n;
	int		 rc = -1;

	memset(&dec, 0, sizeof(dec));
	if (len == 0) {
		diag_add(d, DIAG_ERROR, "empty input");
		return -1;
	}
	if (hint == NULL)
		hint = utf16_without_bom((const unsigned char *)bytes, len);
	/* UTF-16 text is half NUL bytes: its BOM or its shape vouches for
	 * it. */
	if (hint == NULL && !has_utf16_bom((const unsigned char *)bytes, len) &&
	    (kind = binary_kind((const unsigned char *)bytes, len)) != NULL) {
		diag_add(d, DIAG_ERROR, "not a web page: %s", kind);
		return -1;
	}
	if (decode(bytes, len, hint, &dec) == -1) {
		diag_add(d, DIAG_ERROR, "cannot decode from %s", dec.charset);
		goto out;
	}
	report_charset(&dec, d);
	xmlmem_begin();
	a = article_new();
	a->charset = article_strdup(a, dec.charset);
	a->charset_confidence = dec.confidence;
	set_retrieved(o, a);
	/* Past this, text and pages are one article: the same
	 * normalization, dateline, source and rendering. */
	if (is_text(o, &dec))
		n = read_text(o, &dec, a, explain, d);
	else
		n = read_page(o, &dec, &doc, a, start, explain, d);
	if (n == -1)
		goto out;
	if (n == 0) {
		norm_article(a, o->norm_flags & ~NORM_ASCII_PUNCT);
		no_article_text(o, a, out, d);
		goto out;
	}
	if (o->url_evidence != NULL && o->url != NULL) {
		a->url = article_strdup(a, o->url);
		a->ev.url = o->url_evidence;
	}
	if (!o->keep_mojibake)
		mend_article(a, d);
	/* ASCII punctuation comes last: the dateline patterns read the
	 * dashes as the page wrote them. */
	norm_article(a, o->norm_flags & ~NORM_ASCII_PUNCT);
	if (a->nblocks == 0) {
		no_article_text(o, a, out, d);
		goto out;
	}
	drop_future_date(a, &o->extract);
	a->dateline = make_dateline(a, o->strip_dateline);
	finish_metadata(o, a);
	o->renderer->article(out, a, &o->render);
	rc = 0;
out:
	article_free(a);
	if (doc != NULL)
		xmlFreeDoc(doc);
	xmlmem_end();
	decoded_free(&dec);
	return rc;
}
