/* SPDX-License-Identifier: ISC */
/* A buffered input stream over a file descriptor that inflates gzip
 * (one member or many, as WARC.gz files are) on the fly, so that pages,
 * WARC files and JSON Lines can all arrive compressed. */
#ifndef STREAM_H
#define STREAM_H

#include <stddef.h>
#include <sys/types.h>

#include <zlib.h>

struct buf;

#define STREAM_BUFSZ	65536

struct stream {
	int		 fd;
	int		 gzip;		/* the bytes are being inflated */
	int		 eof;		/* nothing more to decode */
	const char	*error;		/* why reading failed, or NULL */
	z_stream	 z;
	unsigned char	 raw[STREAM_BUFSZ];	/* bytes as read */
	size_t		 rawlen;
	unsigned char	 out[STREAM_BUFSZ];	/* bytes as decoded */
	size_t		 outpos, outlen;
	unsigned long long consumed;	/* decoded bytes handed out */
};

/*
 * Start reading fd (not closed by the stream).  Gzip is recognized by
 * its magic bytes.  Returns 0, or -1 with s->error set.
 */
int	 stream_open(struct stream *, int fd);
void	 stream_close(struct stream *);

/*
 * Make at least n decoded bytes available at *p unless the stream ends
 * first (n <= STREAM_BUFSZ).  Returns how many are available; reading
 * errors set s->error.
 */
size_t	 stream_peek(struct stream *, size_t n, const unsigned char **p);

/* Read up to n bytes; returns the count, 0 at the end or on error. */
size_t	 stream_read(struct stream *, void *, size_t n);

/*
 * Append one line, without its "\n" (or "\r\n"), to line.  Returns 1, or
 * 0 at the end of the stream.  A line longer than max bytes is cut at
 * max and the rest of it skipped; *cut says so.
 */
int	 stream_getline(struct stream *, struct buf *line, size_t max,
	    int *cut);

/* Append up to n bytes to b; returns how many were appended. */
size_t	 stream_append(struct stream *, struct buf *b, size_t n);

/* Discard up to n bytes; returns how many were skipped. */
unsigned long long stream_skip(struct stream *, unsigned long long n);

#endif
