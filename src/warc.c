/* SPDX-License-Identifier: ISC */
/*
 * WARC records: a version line, named fields, a blank line, a block of
 * Content-Length bytes, two line ends.  A response block is an HTTP
 * response as it came over the wire, so its body may still be chunked
 * or compressed; both are undone here.  Everything streams: a record
 * that is not wanted is skipped without being held in memory.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <zlib.h>

#include "buf.h"
#include "stream.h"
#include "warc.h"

#define LINE_MAX_LEN	65536	/* longest header line kept */
#define MAX_HEADERS	512	/* fields per header block */

enum coding { CODING_NONE, CODING_GZIP, CODING_DEFLATE, CODING_OTHER };

struct record {
	char			 type[32];
	char			 content_type[256];
	unsigned long long	 length;
	int			 have_length;
};

struct http {
	int		 status;
	char		 content_type[256];
	int		 chunked;
	enum coding	 coding;
};

int
warc_sniff(const unsigned char *p, size_t n)
{
	return n >= 6 && memcmp(p, "WARC/", 5) == 0 &&
	    p[5] >= '0' && p[5] <= '9';
}

static void
copy_value(char *dst, size_t size, const char *v)
{
	size_t	 n = strlen(v);

	while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t'))
		n--;
	if (n >= size)
		n = size - 1;
	memcpy(dst, v, n);
	dst[n] = '\0';
}

/* "Name: value" -> value when the name matches, else NULL. */
static const char *
field(const char *line, const char *name)
{
	size_t	 n = strlen(name);

	if (strncasecmp(line, name, n) != 0 || line[n] != ':')
		return NULL;
	for (line += n + 1; *line == ' ' || *line == '\t'; line++)
		;
	return line;
}

/* The media type without parameters, lower-cased, into dst. */
static void
media_type(const char *ct, char *dst, size_t size)
{
	size_t	 k;

	for (k = 0; k + 1 < size && ct[k] != '\0' && ct[k] != ';' &&
	    ct[k] != ' '; k++)
		dst[k] = (char)(ct[k] >= 'A' && ct[k] <= 'Z' ? ct[k] + 32 :
		    ct[k]);
	dst[k] = '\0';
}

/* The charset parameter of a Content-Type, "" if none. */
static void
ct_charset(const char *ct, char *dst, size_t size)
{
	const char	*p;
	size_t		 k = 0;

	dst[0] = '\0';
	for (p = ct; (p = strchr(p, ';')) != NULL;) {
		/* p may reach the end of the string: strchr stops there. */
		for (p++; *p == ' '; p++)
			;
		if (strncasecmp(p, "charset=", 8) != 0)
			continue;
		p += 8;
		if (*p == '"' || *p == '\'')
			p++;
		while (k + 1 < size && p[k] != '\0' && p[k] != '"' &&
		    p[k] != '\'' && p[k] != ';' && p[k] != ' ')
			k++;
		memcpy(dst, p, k);
		dst[k] = '\0';
		return;
	}
}

static int
is_html_type(const char *ct)
{
	char	 mt[64];

	media_type(ct, mt, sizeof(mt));
	return strcmp(mt, "text/html") == 0 ||
	    strcmp(mt, "application/xhtml+xml") == 0;
}

/*
 * The version line of the next record; blank lines (the end of the last
 * record) are passed over, and junk is skipped to the next version line
 * so that one damaged record does not lose the rest.  Returns 1, 0 at
 * the end, -1 when no record starts where one should.
 */
static int
version_line(struct stream *s, struct buf *line, int first)
{
	int	 cut, junk = 0;

	for (;;) {
		buf_reset(line);
		if (!stream_getline(s, line, LINE_MAX_LEN, &cut))
			return junk && first ? -1 : 0;
		if (line->len == 0)
			continue;
		if (line->len >= 6 && warc_sniff((unsigned char *)line->data,
		    line->len))
			return 1;
		if (first)
			return -1;
		junk = 1;
	}
}

static int
read_record_header(struct stream *s, struct buf *line, struct record *r,
    struct warc_page *pg)
{
	const char	*v;
	char		*end;
	int		 cut, k;

	memset(r, 0, sizeof(*r));
	pg->url[0] = pg->date[0] = pg->charset[0] = '\0';
	for (k = 0; k < MAX_HEADERS; k++) {
		buf_reset(line);
		if (!stream_getline(s, line, LINE_MAX_LEN, &cut))
			return -1;
		if (line->len == 0)
			return r->have_length ? 0 : -1;
		buf_cstr(line);
		if ((v = field(line->data, "WARC-Type")) != NULL)
			copy_value(r->type, sizeof(r->type), v);
		else if ((v = field(line->data, "Content-Type")) != NULL)
			copy_value(r->content_type, sizeof(r->content_type), v);
		else if ((v = field(line->data, "WARC-Target-URI")) != NULL) {
			/* WARC 1.0 wrote it in angle brackets. */
			if (*v == '<')
				v++;
			copy_value(pg->url, sizeof(pg->url), v);
			if ((end = strchr(pg->url, '>')) != NULL)
				*end = '\0';
		} else if ((v = field(line->data, "WARC-Date")) != NULL)
			copy_value(pg->date, sizeof(pg->date), v);
		else if ((v = field(line->data, "Content-Length")) != NULL) {
			r->length = strtoull(v, &end, 10);
			r->have_length = end != v;
		}
	}
	return -1;
}

/* The HTTP status line and header fields at the start of a response
 * block; *used counts the bytes they took. */
static int
read_http_header(struct stream *s, struct buf *line, unsigned long long avail,
    struct http *h, struct warc_page *pg)
{
	unsigned long long	 start = s->consumed;
	const char		*v;
	int			 cut, k;

	memset(h, 0, sizeof(*h));
	buf_reset(line);
	if (!stream_getline(s, line, LINE_MAX_LEN, &cut) ||
	    strncmp(buf_cstr(line), "HTTP/", 5) != 0)
		return -1;
	if ((v = strchr(line->data, ' ')) != NULL)
		h->status = atoi(v + 1);
	for (k = 0; k < MAX_HEADERS && s->consumed - start < avail; k++) {
		buf_reset(line);
		if (!stream_getline(s, line, LINE_MAX_LEN, &cut))
			return -1;
		if (line->len == 0)
			return s->consumed - start <= avail ? 0 : -1;
		buf_cstr(line);
		if ((v = field(line->data, "Content-Type")) != NULL) {
			copy_value(h->content_type, sizeof(h->content_type), v);
			ct_charset(v, pg->charset, sizeof(pg->charset));
		} else if ((v = field(line->data, "Transfer-Encoding")) !=
		    NULL)
			h->chunked = strncasecmp(v, "chunked", 7) == 0;
		else if ((v = field(line->data, "Content-Encoding")) != NULL)
			h->coding = strncasecmp(v, "gzip", 4) == 0 ||
			    strncasecmp(v, "x-gzip", 6) == 0 ? CODING_GZIP :
			    strncasecmp(v, "deflate", 7) == 0 ?
			    CODING_DEFLATE : strncasecmp(v, "identity", 8) ==
			    0 ? CODING_NONE : CODING_OTHER;
	}
	return -1;
}

/* Undo chunked transfer coding in place; a damaged chunk list keeps
 * what came before it. */
static void
dechunk(struct buf *b)
{
	size_t		 in = 0, out = 0, size;
	char		*end;

	while (in < b->len) {
		size = strtoul(b->data + in, &end, 16);
		if (end == b->data + in)
			break;
		while (end < b->data + b->len && *end != '\n')
			end++;
		in = (size_t)(end - b->data) + 1;
		if (size == 0 || in >= b->len)
			break;
		if (size > b->len - in)
			size = b->len - in;
		memmove(b->data + out, b->data + in, size);
		out += size;
		in += size;
		while (in < b->len && (b->data[in] == '\r' ||
		    b->data[in] == '\n'))
			in++;
	}
	b->len = out;
	if (b->data != NULL)
		b->data[out] = '\0';
}

/* Inflate a gzip or deflate (zlib or raw) body; NULL when it is not. */
static const char *
inflate_body(struct buf *b, enum coding c, size_t max)
{
	struct buf	 out = BUF_INIT;
	unsigned char	 chunk[65536];
	z_stream	 z;
	int		 rc;

	memset(&z, 0, sizeof(z));
	/* 32 + MAX_WBITS: gzip or zlib header, told apart by zlib. */
	if (inflateInit2(&z, c == CODING_GZIP ? 16 + MAX_WBITS :
	    32 + MAX_WBITS) != Z_OK)
		return "cannot start decompression";
	z.next_in = (unsigned char *)b->data;
	z.avail_in = (uInt)b->len;
	do {
		z.next_out = chunk;
		z.avail_out = sizeof(chunk);
		rc = inflate(&z, Z_NO_FLUSH);
		if (rc != Z_OK && rc != Z_STREAM_END)
			break;
		buf_put(&out, chunk, sizeof(chunk) - z.avail_out);
		if (out.len > max) {
			rc = Z_MEM_ERROR;
			break;
		}
	} while (rc != Z_STREAM_END && z.avail_in > 0);
	inflateEnd(&z);
	if (out.len > max) {
		buf_free(&out);
		return "larger than the size limit";
	}
	if (rc != Z_STREAM_END && out.len == 0) {
		buf_free(&out);
		return "corrupt compressed content";
	}
	buf_free(b);
	*b = out;
	return NULL;
}

/* Read the rest of the block as the page body. */
static void
take_body(struct stream *s, unsigned long long left, size_t max,
    const struct http *h, struct buf *body, struct warc_page *pg)
{
	if (left > max) {
		stream_skip(s, left);
		pg->error = "larger than the size limit";
		return;
	}
	if (stream_append(s, body, (size_t)left) < left) {
		pg->error = "truncated record";
		return;
	}
	if (h == NULL)
		return;
	if (h->chunked)
		dechunk(body);
	if (h->coding == CODING_OTHER)
		pg->error = "content encoding not supported (only gzip and "
		    "deflate)";
	else if (h->coding != CODING_NONE)
		pg->error = inflate_body(body, h->coding, max);
}

/* One record: 1 a page, 0 skipped, -1 broken. */
static int
one_record(struct stream *s, size_t max, struct warc_page *pg,
    struct buf *body, struct buf *line)
{
	struct record		 r;
	struct http		 h;
	unsigned long long	 start, used;

	if (read_record_header(s, line, &r, pg) == -1)
		return -1;
	start = s->consumed;
	if (strcmp(r.type, "resource") == 0 && is_html_type(r.content_type)) {
		take_body(s, r.length, max, NULL, body, pg);
		return 1;
	}
	if (strcmp(r.type, "response") != 0 ||
	    strncasecmp(r.content_type, "application/http", 16) != 0) {
		stream_skip(s, r.length);
		return 0;
	}
	if (read_http_header(s, line, r.length, &h, pg) == -1) {
		used = s->consumed - start;
		stream_skip(s, used < r.length ? r.length - used : 0);
		return 0;
	}
	used = s->consumed - start;
	if (!is_html_type(h.content_type) || h.status < 200 ||
	    h.status > 299) {
		stream_skip(s, r.length - used);
		return 0;
	}
	take_body(s, r.length - used, max, &h, body, pg);
	return 1;
}

int
warc_next(struct stream *s, size_t max, struct warc_page *pg,
    struct buf *body, unsigned long *skipped, const char **why)
{
	struct buf	 line = BUF_INIT;
	int		 rc;

	*why = NULL;
	for (;;) {
		rc = version_line(s, &line, pg->record == 0);
		if (rc <= 0) {
			if (rc == -1)
				*why = "not a WARC file";
			break;
		}
		pg->record++;
		pg->error = NULL;
		buf_reset(body);
		if ((rc = one_record(s, max, pg, body, &line)) == 1)
			break;
		if (rc == 0)
			(*skipped)++;
		else if (s->eof) {
			*why = "truncated WARC record";
			rc = -1;
			break;
		}
	}
	buf_free(&line);
	if (rc == 0 && s->error != NULL) {
		*why = s->error;
		rc = -1;
	}
	return rc;
}
