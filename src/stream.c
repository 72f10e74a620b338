/* SPDX-License-Identifier: ISC */
/* Buffered reading with transparent gzip: zlib's inflate over our own
 * buffers rather than gzdopen(), so the first bytes can be looked at
 * (is it WARC?) without being lost, and stdin works like a file. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "stream.h"

/* Read more raw bytes after those not yet inflated (gzip only).
 * Returns the count added, 0 at the end of the file or on error. */
static size_t
read_raw(struct stream *s)
{
	size_t	 keep = s->z.avail_in;
	ssize_t	 n;

	if (keep > 0 && s->z.next_in != s->raw)
		memmove(s->raw, s->z.next_in, keep);
	s->rawlen = keep;
	s->z.next_in = s->raw;
	do
		n = read(s->fd, s->raw + keep, sizeof(s->raw) - keep);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		s->error = strerror(errno);
		return 0;
	}
	s->rawlen += (size_t)n;
	s->z.avail_in = (uInt)s->rawlen;
	return (size_t)n;
}

/* A gzip member ended: another may follow (WARC.gz holds one per
 * record); anything else after it is ignored, as gzip -d does. */
static int
next_member(struct stream *s)
{
	while (s->z.avail_in < 2 && read_raw(s) > 0)
		;
	if (s->z.avail_in < 2 || s->z.next_in[0] != 0x1f ||
	    s->z.next_in[1] != 0x8b)
		return 0;
	return inflateReset(&s->z) == Z_OK;
}

/* Inflate into out[outlen..]; returns bytes produced. */
static size_t
inflate_some(struct stream *s)
{
	size_t	 room = sizeof(s->out) - s->outlen;
	int	 rc;

	for (;;) {
		if (s->z.avail_in == 0 && read_raw(s) == 0) {
			if (s->error == NULL)
				s->error = "truncated gzip data";
			return 0;
		}
		s->z.next_out = s->out + s->outlen;
		s->z.avail_out = (uInt)room;
		rc = inflate(&s->z, Z_NO_FLUSH);
		if (rc == Z_STREAM_END && !next_member(s))
			s->eof = 1;
		else if (rc != Z_OK && rc != Z_STREAM_END &&
		    rc != Z_BUF_ERROR) {
			s->error = "corrupt gzip data";
			return 0;
		}
		if (room - s->z.avail_out > 0 || s->eof)
			return room - s->z.avail_out;
	}
}

/* Decode more bytes after those buffered; returns how many. */
static size_t
fill(struct stream *s)
{
	size_t	 n;
	ssize_t	 r;

	if (s->eof || s->error != NULL)
		return 0;
	if (s->outpos > 0) {
		memmove(s->out, s->out + s->outpos, s->outlen - s->outpos);
		s->outlen -= s->outpos;
		s->outpos = 0;
	}
	if (s->outlen == sizeof(s->out))
		return 0;
	if (s->gzip)
		n = inflate_some(s);
	else {
		do
			r = read(s->fd, s->out + s->outlen,
			    sizeof(s->out) - s->outlen);
		while (r < 0 && errno == EINTR);
		if (r < 0)
			s->error = strerror(errno);
		n = r > 0 ? (size_t)r : 0;
		if (r == 0)
			s->eof = 1;
	}
	if (s->error != NULL)
		s->eof = 1;
	s->outlen += n;
	return n;
}

int
stream_open(struct stream *s, int fd)
{
	ssize_t	 n;

	memset(s, 0, sizeof(*s));
	s->fd = fd;
	/* The first bytes go to out[]; they are moved to raw[] if they are
	 * gzip's magic. */
	do
		n = read(fd, s->out, sizeof(s->out));
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		s->error = strerror(errno);
		return -1;
	}
	s->outlen = (size_t)n;
	if (n == 0)
		s->eof = 1;
	if (n < 2 || s->out[0] != 0x1f || s->out[1] != 0x8b)
		return 0;
	memcpy(s->raw, s->out, (size_t)n);
	s->rawlen = (size_t)n;
	s->outlen = 0;
	if (inflateInit2(&s->z, 16 + MAX_WBITS) != Z_OK) {
		s->error = "cannot start gzip decompression";
		return -1;
	}
	s->gzip = 1;
	s->z.next_in = s->raw;
	s->z.avail_in = (uInt)s->rawlen;
	return 0;
}

void
stream_close(struct stream *s)
{
	if (s->gzip)
		inflateEnd(&s->z);
	s->gzip = 0;
}

size_t
stream_peek(struct stream *s, size_t n, const unsigned char **p)
{
	if (n > sizeof(s->out))
		n = sizeof(s->out);
	while (s->outlen - s->outpos < n && fill(s) > 0)
		;
	*p = s->out + s->outpos;
	return s->outlen - s->outpos < n ? s->outlen - s->outpos : n;
}

/* Hand out up to n buffered bytes, filling first when empty. */
static size_t
take(struct stream *s, size_t n, const unsigned char **p)
{
	size_t	 have;

	if (s->outpos == s->outlen) {
		s->outpos = s->outlen = 0;
		if (fill(s) == 0)
			return 0;
	}
	have = s->outlen - s->outpos;
	if (n > have)
		n = have;
	*p = s->out + s->outpos;
	s->outpos += n;
	s->consumed += n;
	return n;
}

size_t
stream_read(struct stream *s, void *dst, size_t n)
{
	const unsigned char	*p;
	size_t			 got = 0, k;

	while (got < n && (k = take(s, n - got, &p)) > 0) {
		memcpy((char *)dst + got, p, k);
		got += k;
	}
	return got;
}

size_t
stream_append(struct stream *s, struct buf *b, size_t n)
{
	const unsigned char	*p;
	size_t			 got = 0, k;

	while (got < n && (k = take(s, n - got, &p)) > 0) {
		buf_put(b, p, k);
		got += k;
	}
	return got;
}

unsigned long long
stream_skip(struct stream *s, unsigned long long n)
{
	const unsigned char	*p;
	unsigned long long	 got = 0;
	size_t			 k, want;

	while (got < n) {
		want = n - got > sizeof(s->out) ? sizeof(s->out) :
		    (size_t)(n - got);
		if ((k = take(s, want, &p)) == 0)
			break;
		got += k;
	}
	return got;
}

int
stream_getline(struct stream *s, struct buf *line, size_t max, int *cut)
{
	const unsigned char	*p, *nl;
	size_t			 have, k, start = line->len;
	int			 any = 0;

	*cut = 0;
	for (;;) {
		if (s->outpos == s->outlen && fill(s) == 0 &&
		    s->outpos == s->outlen)
			break;
		p = s->out + s->outpos;
		have = s->outlen - s->outpos;
		nl = memchr(p, '\n', have);
		k = nl != NULL ? (size_t)(nl - p) : have;
		any = 1;
		if (line->len - start + k > max) {
			*cut = 1;
			k = max > line->len - start ? max - (line->len - start)
			    : 0;
		}
		buf_put(line, p, k);
		if (nl != NULL) {
			k = (size_t)(nl - p) + 1;
			s->outpos += k;
			s->consumed += k;
			break;
		}
		s->outpos += have;
		s->consumed += have;
	}
	if (line->len > start && line->data[line->len - 1] == '\r')
		line->data[--line->len] = '\0';
	return any;
}
