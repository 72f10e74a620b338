/* SPDX-License-Identifier: ISC */
/* WARC (ISO 28500) records, read one at a time from a stream: each HTML
 * response becomes a page with its URL, charset and capture time. */
#ifndef WARC_H
#define WARC_H

#include <stddef.h>

struct buf;
struct stream;

struct warc_page {
	unsigned long	 record;	/* 1-based record number */
	char		 url[4096];	/* WARC-Target-URI, "" if none */
	char		 date[64];	/* WARC-Date: the capture time */
	char		 charset[64];	/* HTTP Content-Type charset, "" */
	const char	*error;		/* the page could not be had, or
					   NULL; static text */
};

/*
 * Read records until the next HTML page (a response with an HTML
 * content type and a 2xx status, or an HTML resource record), whose body
 * (de-chunked and inflated) replaces the contents of body.  A body over
 * max bytes gives the page with error set.  Other records are skipped;
 * *skipped counts them.  Returns 1 for a page, 0 at the end of the
 * stream, -1 when the stream is not WARC or broken beyond resync
 * (*why says how).
 */
int	 warc_next(struct stream *, size_t max, struct warc_page *,
	    struct buf *body, unsigned long *skipped, const char **why);

/* The stream starts with a WARC record. */
int	 warc_sniff(const unsigned char *p, size_t n);

#endif
