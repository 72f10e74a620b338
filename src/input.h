/* SPDX-License-Identifier: ISC */
/* What the batch reads: files, folders (-r), lists of paths (-i),
 * standard input, WARC files and JSON Lines, turned into one document
 * at a time, in order, each read only when it is asked for. */
#ifndef INPUT_H
#define INPUT_H

#include <stddef.h>

#include "buf.h"

enum input_format {
	INPUT_AUTO,	/* WARC when the content says so, else a page */
	INPUT_HTML,	/* every input is one page */
	INPUT_TEXT,	/* every input is one page as plain text; -r
			   takes .txt files too */
	INPUT_WARC,	/* every input is a WARC file */
	INPUT_JSONL	/* lines of {"url": ..., "html": ...} */
};

struct doc;

struct input_opts {
	int			 recursive;	/* -r: walk folders */
	const char		*list;		/* -i FILE ("-": stdin) */
	int			 list_nul;	/* -0: the list is NUL-
						   separated */
	enum input_format	 format;
	size_t			 max_size;	/* bytes per document */
	/* Asked, in input order, before a document's bytes are read (a
	 * WARC record's: before they are processed); returning 0 gives
	 * the document with skipped set and no bytes.  It may set
	 * outname. */
	int			(*want)(void *ctx, struct doc *);
	void			*want_ctx;
};

struct doc {
	char		*name;		/* for messages: the path, "(stdin)",
					   or "PATH: record N (URL)" */
	char		*path;		/* the input it came from, "-" for
					   stdin */
	unsigned long	 record;	/* WARC record or JSONL line number;
					   0 for a whole file */
	char		*url;		/* WARC-Target-URI or "url", or NULL */
	const char	*url_from;	/* "WARC-Target-URI", "jsonl": where
					   url came from (static) */
	char		*charset;	/* the transport's charset, or NULL */
	char		*retrieved;	/* capture time, or NULL */
	char		*outname;	/* set by want (-O), or NULL */
	struct buf	 bytes;		/* the page */
	char		 error[256];	/* why it could not be read, or "" */
	int		 skipped;	/* not wanted (see want) */
	int		 container;	/* a WARC or JSONL file that failed as a
					   whole: error says why */
};

struct inputs;

/*
 * Iterate over the inputs args[0..n-1] (files, folders, "-"), then the
 * paths of o->list; with neither, standard input.  o is copied.
 */
struct inputs	*inputs_new(const struct input_opts *, char *const *args,
		    int n);

/*
 * The next document, whose fields replace d's (initialize d with
 * DOC_INIT and free it with doc_free).  Returns 1, or 0 when there are
 * no more.  Unreadable inputs come back as documents with error set.
 */
int		 inputs_next(struct inputs *, struct doc *d);
void		 inputs_free(struct inputs *);

#define DOC_INIT { NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, BUF_INIT, \
	"", 0, 0 }
void		 doc_clear(struct doc *);	/* keeps the byte buffer */
void		 doc_free(struct doc *);

/* The HTML-like look of a file name (".html", ".htm", ".php", ...):
 * 1 yes, 0 surely not (".css", ".png"), -1 cannot tell. */
int		 input_name_is_html(const char *name);

#endif
