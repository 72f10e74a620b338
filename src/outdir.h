/* SPDX-License-Identifier: ISC */
/* -O DIR: one file per document under DIR, named after its input path
 * or URL, written whole or not at all, never outside DIR. */
#ifndef OUTDIR_H
#define OUTDIR_H

#include <stddef.h>

struct buf;
struct doc;
struct outdir;

/* Open (creating it if needed) the folder; NULL with *why set. */
struct outdir	*outdir_open(const char *dir, const char *ext,
		    const char **why);
void		 outdir_close(struct outdir *);

/*
 * The file name for a document, relative to the folder, into rel: the
 * input path mirrored (a record of a WARC or JSON Lines file: that
 * file's path, then the host and path of its URL), every component made
 * safe ("..", "/", NUL and control characters cannot survive), long
 * components shortened with a hash, the format's extension in place of
 * the page's.  A name given earlier in the run gets "~2", "~3", ...
 * Deterministic for the same inputs in the same order, so that
 * --skip-existing finds the files of an interrupted run.
 */
void		 outdir_name(struct outdir *, const struct doc *,
		    struct buf *rel);

/* 1 when the file exists (as a file, not a link). */
int		 outdir_exists(struct outdir *, const char *rel);

/*
 * Write data to rel through a temporary file in the same folder and a
 * rename, creating folders on the way without following symbolic
 * links.  Returns 0, or -1 with the reason in err.
 */
int		 outdir_write(struct outdir *, const char *rel,
		    const char *data, size_t len, char *err, size_t errsize);

/* Turn one path component into a safe file name (exposed for tests). */
void		 outdir_safe_component(const char *s, size_t len,
		    struct buf *out);

#endif
