/* SPDX-License-Identifier: ISC */
/* The batch loop: one document at a time, in order; a failure is
 * reported and the batch goes on. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "buf.h"
#include "diag.h"
#include "dom.h"
#include "xalloc.h"

/* Read a whole file or stream; on failure errno-style text in *why. */
static int
read_all(int fd, size_t max, struct buf *b, const char **why)
{
	char	 chunk[65536];
	ssize_t	 n;

	for (;;) {
		n = read(fd, chunk, sizeof(chunk));
		if (n == 0)
			return 0;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			*why = strerror(errno);
			return -1;
		}
		if (b->len + (size_t)n > max) {
			*why = "larger than the size limit";
			return -1;
		}
		buf_put(b, chunk, (size_t)n);
	}
}

static int
read_input(const char *path, size_t max, struct buf *b, const char **why)
{
	struct stat	 st;
	int		 fd, rc;

	if (strcmp(path, "-") == 0)
		return read_all(STDIN_FILENO, max, b, why);
	if ((fd = open(path, O_RDONLY)) == -1) {
		*why = strerror(errno);
		return -1;
	}
	if (fstat(fd, &st) == -1 || S_ISDIR(st.st_mode)) {
		*why = S_ISDIR(st.st_mode) ? "is a directory" :
		    strerror(errno);
		close(fd);
		return -1;
	}
	rc = read_all(fd, max, b, why);
	close(fd);
	return rc;
}

static const char *
display_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "(stdin)" : path;
}

static void
print_diag(const char *path, const struct diag *d, int verbose)
{
	size_t	 k;

	for (k = 0; k < d->n; k++) {
		if (d->msg[k].level != DIAG_ERROR && !verbose)
			continue;
		fprintf(stderr, "artex: %s: %s%s\n", display_name(path),
		    d->msg[k].level == DIAG_WARNING ? "warning: " :
		    d->msg[k].level == DIAG_NOTE ? "note: " : "",
		    d->msg[k].text);
	}
}

struct writer {
	FILE		*fp;
	const char	*name;
	int		 failed;
	size_t		 written;	/* articles so far */
};

static void
put(struct writer *w, const char *s, size_t len)
{
	if (w->failed || len == 0)
		return;
	if (fwrite(s, 1, len, w->fp) != len)
		w->failed = 1;
}

static int
open_writer(struct writer *w, const char *output)
{
	memset(w, 0, sizeof(*w));
	w->fp = stdout;
	w->name = "standard output";
	if (output != NULL && strcmp(output, "-") != 0) {
		if ((w->fp = fopen(output, "w")) == NULL) {
			fprintf(stderr, "artex: %s: %s\n", output,
			    strerror(errno));
			return -1;
		}
		w->name = output;
	}
	return 0;
}

static int
close_writer(struct writer *w)
{
	int	 err = w->failed || ferror(w->fp);

	err |= fclose(w->fp) != 0;
	if (err) {
		fprintf(stderr, "artex: %s: write error: %s\n", w->name,
		    errno ? strerror(errno) : "unknown");
		return -1;
	}
	return 0;
}

/* One input: read, process, write.  Returns 0 when it gave an article. */
static int
one_input(const struct batch_opts *o, const char *path, struct writer *w,
    struct buf *in, struct buf *out)
{
	struct diag	 d;
	struct buf	 ex = BUF_INIT;
	const char	*why = NULL;
	int		 rc;

	diag_init(&d);
	buf_reset(in);
	buf_reset(out);
	if (read_input(path, o->max_size, in, &why) == -1) {
		fprintf(stderr, "artex: %s: %s\n", display_name(path), why);
		return -1;
	}
	rc = artex_process(&o->process, in->data, in->len, out,
	    o->explain ? &ex : NULL, &d);
	if (o->explain) {
		fprintf(stderr, "artex: %s: explain\n%s", display_name(path),
		    buf_cstr(&ex));
		buf_free(&ex);
	}
	if (rc == -1) {
		print_diag(path, &d, o->verbose);
		return -1;
	}
	print_diag(path, &d, o->verbose);
	if (w->written++ > 0)
		put(w, o->process.renderer->sep,
		    strlen(o->process.renderer->sep));
	put(w, out->data, out->len);
	return 0;
}

int
batch_run(const struct batch_opts *o, char *const *inputs, int n)
{
	static char	 dash[] = "-";
	char *const	 stdin_only[] = { dash };
	const struct renderer *r = o->process.renderer;
	struct writer	 w;
	struct buf	 in = BUF_INIT, out = BUF_INIT;
	int		 k, status = EXIT_ALL_OK;

	if (n == 0) {
		inputs = stdin_only;
		n = 1;
	}
	if (open_writer(&w, o->output) == -1)
		return EXIT_OUTPUT;
	dom_init_thread();
	if (r->begin != NULL) {
		r->begin(&out, &o->process.render);
		put(&w, out.data, out.len);
	}
	for (k = 0; k < n && !w.failed; k++)
		if (one_input(o, inputs[k], &w, &in, &out) == -1)
			status = EXIT_SOME_FAILED;
	if (r->end != NULL) {
		buf_reset(&out);
		r->end(&out, &o->process.render);
		put(&w, out.data, out.len);
	}
	buf_free(&in);
	buf_free(&out);
	if (close_writer(&w) == -1)
		return EXIT_OUTPUT;
	return status;
}
