/* SPDX-License-Identifier: ISC */
/*
 * The batch.  The main thread reads documents into a ring of job slots
 * and writes finished jobs from the head of the ring, so the output
 * keeps the input order; worker threads take any slot that is ready.
 * The ring holds at most 2 x jobs + 2 documents, so memory does not
 * grow with the number of inputs.  Only this thread prints.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"
#include "buf.h"
#include "decode.h"
#include "diag.h"
#include "dom.h"
#include "input.h"
#include "outdir.h"
#include "progress.h"
#include "sandbox.h"
#include "xalloc.h"
#include "xmlmem.h"

enum job_state { JOB_FREE, JOB_READY, JOB_BUSY, JOB_DONE };

struct job {
	struct doc	 doc;
	struct buf	 out;		/* the rendered article */
	struct buf	 explain;
	struct diag	 diag;
	int		 rc;		/* 0: an article; -1: none */
	enum job_state	 state;
};

struct writer {
	FILE		*fp;
	const char	*name;
	int		 failed;
	size_t		 written;	/* articles so far */
};

struct batch {
	const struct batch_opts	*o;
	struct job		*jobs;		/* the ring */
	size_t			 njobs, head, count;
	pthread_mutex_t		 mu;
	pthread_cond_t		 ready, done;
	int			 stop;
	pthread_t		*threads;
	int			 nthreads;
	struct writer		 w;
	struct outdir		*od;
	struct buf		 rel;		/* -O file name */
	struct buf		 file;		/* -O file contents */
	struct tally		 tally;
	struct progress		 prog;
	int			 status;
};

/*
 * Output.
 */

static void
put(struct writer *w, const char *s, size_t len)
{
	if (w->failed || len == 0)
		return;
	if (fwrite(s, 1, len, w->fp) != len)
		w->failed = errno ? errno : EIO;
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
	int	 err = w->failed;

	errno = 0;
	if (fflush(w->fp) != 0 || ferror(w->fp))
		err = err ? err : errno ? errno : EIO;
	if (fclose(w->fp) != 0 && err == 0)
		err = errno ? errno : EIO;
	if (err) {
		fprintf(stderr, "artex: %s: write error: %s\n", w->name,
		    strerror(err));
		return -1;
	}
	return 0;
}

/*
 * Workers.
 */

static void
run_job(const struct batch_opts *o, struct job *j)
{
	struct process_opts	 po = o->process;
	const struct doc	*d = &j->doc;

	diag_init(&j->diag);
	buf_reset(&j->out);
	buf_reset(&j->explain);
	/* The record's own URL and charset beat the command line's
	 * defaults, but an explicit --charset is obeyed. */
	if (d->url != NULL) {
		po.url = d->url;
		po.url_evidence = d->url_from;
	}
	if (po.charset == NULL && d->charset != NULL)
		po.charset = charset_canonical(d->charset);
	po.retrieved = d->retrieved;
	po.input = d->name;
	po.keep_metadata = o->errors_inline;
	j->rc = artex_process(&po, d->bytes.data, d->bytes.len, &j->out,
	    o->explain ? &j->explain : NULL, &j->diag);
}

/* The oldest ready job, or NULL; called with the lock held. */
static struct job *
find_ready(struct batch *b)
{
	size_t	 k;

	for (k = 0; k < b->count; k++) {
		struct job *j = &b->jobs[(b->head + k) % b->njobs];

		if (j->state == JOB_READY)
			return j;
	}
	return NULL;
}

static void *
worker(void *arg)
{
	struct batch	*b = arg;
	struct job	*j;

	dom_init_thread();
	for (;;) {
		pthread_mutex_lock(&b->mu);
		while (!b->stop && (j = find_ready(b)) == NULL)
			pthread_cond_wait(&b->ready, &b->mu);
		if (b->stop) {
			pthread_mutex_unlock(&b->mu);
			xmlmem_thread_done();
			return NULL;
		}
		j->state = JOB_BUSY;
		pthread_mutex_unlock(&b->mu);
		run_job(b->o, j);
		pthread_mutex_lock(&b->mu);
		j->state = JOB_DONE;
		pthread_cond_signal(&b->done);
		pthread_mutex_unlock(&b->mu);
	}
}

static void
start_workers(struct batch *b)
{
	pthread_attr_t	 attr;
	int		 k;

	if (b->o->jobs <= 1)
		return;
	pthread_attr_init(&attr);
	/* Our walks are iterative, but libxml2 recurses on some deep
	 * trees: give workers the main thread's usual stack. */
	pthread_attr_setstacksize(&attr, (size_t)8 << 20);
	b->threads = xcalloc((size_t)b->o->jobs, sizeof(pthread_t));
	for (k = 0; k < b->o->jobs; k++) {
		if (pthread_create(&b->threads[k], &attr, worker, b) != 0)
			break;
		b->nthreads++;
	}
	pthread_attr_destroy(&attr);
}

static void
stop_workers(struct batch *b)
{
	int	 k;

	pthread_mutex_lock(&b->mu);
	b->stop = 1;
	pthread_cond_broadcast(&b->ready);
	pthread_mutex_unlock(&b->mu);
	for (k = 0; k < b->nthreads; k++)
		pthread_join(b->threads[k], NULL);
	free(b->threads);
	b->threads = NULL;
	b->nthreads = 0;
}

/*
 * Finishing a job: messages, then the output.
 */

static void
message(struct batch *b, const char *name, const char *level,
    const char *text)
{
	progress_clear(&b->prog);
	fprintf(stderr, "artex: %s: %s%s\n", name, level, text);
}

/* The reason an article-less job failed, for the tally and the error
 * record. */
static const char *
failure_reason(const struct job *j)
{
	size_t	 k;

	if (j->doc.error[0] != '\0')
		return j->doc.error;
	for (k = 0; k < j->diag.n; k++)
		if (j->diag.msg[k].level == DIAG_ERROR)
			return j->diag.msg[k].text;
	return "no article";
}

static void
print_diag(struct batch *b, const struct job *j)
{
	const struct diag	*d = &j->diag;
	size_t			 k;

	for (k = 0; k < d->n; k++) {
		if (d->msg[k].level != DIAG_ERROR &&
		    (!b->o->verbose || b->o->quiet))
			continue;
		message(b, j->doc.name, d->msg[k].level == DIAG_WARNING ?
		    "warning: " : d->msg[k].level == DIAG_NOTE ? "note: " : "",
		    d->msg[k].text);
	}
}

static void
write_stream(struct batch *b, const struct job *j)
{
	const struct renderer	*r = b->o->process.renderer;

	if (b->w.written++ > 0)
		put(&b->w, r->sep, strlen(r->sep));
	put(&b->w, j->out.data, j->out.len);
}

/* -O: the whole document, framed as a file of its own. */
static void
write_file(struct batch *b, const struct job *j)
{
	const struct renderer	*r = b->o->process.renderer;
	char			 err[512];

	buf_reset(&b->file);
	if (r->begin != NULL)
		r->begin(&b->file, &b->o->process.render);
	buf_put(&b->file, j->out.data, j->out.len);
	if (r->end != NULL)
		r->end(&b->file, &b->o->process.render);
	if (j->doc.outname == NULL) {
		message(b, j->doc.name, "", "no output file name");
		b->status = EXIT_SOME_FAILED;
		return;
	}
	if (outdir_write(b->od, j->doc.outname, b->file.data, b->file.len,
	    err, sizeof(err)) == -1) {
		message(b, j->doc.name, "", err);
		b->status = EXIT_SOME_FAILED;
	}
}

static void
fail_job(struct batch *b, struct job *j)
{
	const struct renderer	*r = b->o->process.renderer;
	const char		*why = failure_reason(j);
	struct buf		 rec = BUF_INIT;

	if (j->doc.error[0] != '\0')
		message(b, j->doc.name, "", j->doc.error);
	else
		print_diag(b, j);
	tally_failure(&b->tally, why);
	b->status = EXIT_SOME_FAILED;
	if (b->o->errors_inline && b->od == NULL && r->error != NULL) {
		/* The page's own record, with its metadata, when it was
		 * read but held no article (a document that failed before
		 * it was processed has its output cleared). */
		if (j->out.len == 0)
			r->error(&rec, j->doc.name, j->doc.url, why, NULL);
		else
			buf_put(&rec, j->out.data, j->out.len);
		if (b->w.written++ > 0)
			put(&b->w, r->sep, strlen(r->sep));
		put(&b->w, rec.data, rec.len);
		buf_free(&rec);
	}
}

static void
finish_job(struct batch *b, struct job *j)
{
	if (j->doc.skipped) {
		b->tally.skipped++;
		return;
	}
	b->tally.docs++;
	b->tally.bytes += j->doc.bytes.len;
	if (b->o->explain && j->explain.len > 0) {
		progress_clear(&b->prog);
		fprintf(stderr, "artex: %s: explain\n%s", j->doc.name,
		    buf_cstr(&j->explain));
	}
	if (j->doc.error[0] != '\0' || j->rc == -1) {
		fail_job(b, j);
		return;
	}
	print_diag(b, j);
	b->tally.articles++;
	if (b->od != NULL)
		write_file(b, j);
	else
		write_stream(b, j);
}

/*
 * The ring.
 */

/* -O: every document is named as it is read, in input order, so that
 * names (and their "~2" suffixes) are the same in a resumed run; with
 * --skip-existing, one whose file is there is not redone. */
static int
want_doc(void *ctx, struct doc *d)
{
	struct batch	*b = ctx;

	outdir_name(b->od, d, &b->rel);
	d->outname = xstrdup(buf_cstr(&b->rel));
	return !b->o->skip_existing || !outdir_exists(b->od, d->outname);
}

/* Read the next document into the slot after the last; 0 at the end. */
static int
fill_one(struct batch *b, struct inputs *in)
{
	struct job	*j = &b->jobs[(b->head + b->count) % b->njobs];

	if (!inputs_next(in, &j->doc))
		return 0;
	pthread_mutex_lock(&b->mu);
	b->count++;
	if (j->doc.error[0] != '\0' || j->doc.skipped) {
		buf_reset(&j->out);	/* the slot's last document's */
		j->rc = -1;
		j->state = JOB_DONE;
	} else if (b->nthreads == 0) {
		pthread_mutex_unlock(&b->mu);
		run_job(b->o, j);
		pthread_mutex_lock(&b->mu);
		j->state = JOB_DONE;
	} else {
		j->state = JOB_READY;
		pthread_cond_signal(&b->ready);
	}
	pthread_mutex_unlock(&b->mu);
	return 1;
}

/* Write the finished jobs at the head; with wait, wait for the head to
 * finish first. */
static void
drain(struct batch *b, int wait)
{
	struct job	*j;

	for (;;) {
		pthread_mutex_lock(&b->mu);
		while (wait && b->count > 0 &&
		    b->jobs[b->head].state != JOB_DONE)
			pthread_cond_wait(&b->done, &b->mu);
		j = &b->jobs[b->head];
		if (b->count == 0 || j->state != JOB_DONE) {
			pthread_mutex_unlock(&b->mu);
			return;
		}
		pthread_mutex_unlock(&b->mu);
		if (!b->w.failed)
			finish_job(b, j);
		progress_update(&b->prog, &b->tally);
		pthread_mutex_lock(&b->mu);
		j->state = JOB_FREE;
		b->head = (b->head + 1) % b->njobs;
		b->count--;
		pthread_mutex_unlock(&b->mu);
		wait = 0;
	}
}

static void
run_ring(struct batch *b, struct inputs *in)
{
	int	 more = 1;

	while (more || b->count > 0) {
		while (more && b->count < b->njobs && !b->w.failed) {
			more = fill_one(b, in);
			drain(b, 0);
		}
		if (b->w.failed)
			more = 0;
		drain(b, 1);
	}
}

static size_t
known_total(const struct batch_opts *o, int n)
{
	return o->input.recursive || o->input.list != NULL ||
	    o->input.format == INPUT_WARC || o->input.format == INPUT_JSONL ?
	    0 : (size_t)(n > 0 ? n : 1);
}

static int
setup(struct batch *b, const struct batch_opts *o, int n)
{
	const char	*why;

	memset(b, 0, sizeof(*b));
	b->o = o;
	b->status = EXIT_ALL_OK;
	b->njobs = (size_t)(o->jobs > 1 ? 2 * o->jobs + 2 : 1);
	b->jobs = xcalloc(b->njobs, sizeof(*b->jobs));
	pthread_mutex_init(&b->mu, NULL);
	pthread_cond_init(&b->ready, NULL);
	pthread_cond_init(&b->done, NULL);
	progress_start(&b->prog, o->quiet ? 0 : o->progress >= 0 ?
	    o->progress : isatty(STDERR_FILENO), known_total(o, n));
	if (o->output_dir != NULL) {
		if ((b->od = outdir_open(o->output_dir,
		    o->process.renderer->ext, &why)) == NULL) {
			fprintf(stderr, "artex: %s: %s\n", o->output_dir, why);
			return -1;
		}
		return 0;
	}
	return open_writer(&b->w, o->output);
}

static void
teardown(struct batch *b)
{
	size_t	 k;

	for (k = 0; k < b->njobs; k++) {
		doc_free(&b->jobs[k].doc);
		buf_free(&b->jobs[k].out);
		buf_free(&b->jobs[k].explain);
	}
	free(b->jobs);
	buf_free(&b->rel);
	buf_free(&b->file);
	outdir_close(b->od);
	pthread_mutex_destroy(&b->mu);
	pthread_cond_destroy(&b->ready);
	pthread_cond_destroy(&b->done);
}

/*
 * Once the outputs are open, fence the process in: read beneath the
 * inputs, write beneath the -O folder (Landlock, where the kernel has
 * it).  The paths of a -i list are not known yet, so with one only
 * writing is fenced.
 */
static void
enter_sandbox(const struct batch_opts *o, char *const *args, int n)
{
	struct sandbox	 s;
	const char	**paths = xcalloc((size_t)n + 1, sizeof(char *));
	const char	*why = NULL;
	int		 k, abi;

	memset(&s, 0, sizeof(s));
	for (k = 0; k < n; k++)
		if (strcmp(args[k], "-") != 0)
			paths[s.nread++] = args[k];
	if (o->input.list != NULL) {
		if (strcmp(o->input.list, "-") != 0)
			paths[s.nread++] = o->input.list;
		s.read_anywhere = 1;
	}
	s.read = paths;
	s.write = o->output_dir;
	abi = sandbox_enter(&s, &why);
	if (o->verbose && !o->quiet) {
		if (abi > 0)
			fprintf(stderr, "artex: note: sandbox: Landlock ABI %d\n",
			    abi);
		else
			fprintf(stderr, "artex: note: no sandbox: %s\n",
			    abi == 0 ? "Landlock is not available" : why);
	}
	free(paths);
}

int
batch_run(const struct batch_opts *o, char *const *args, int n)
{
	const struct renderer	*r = o->process.renderer;
	struct input_opts	 io = o->input;
	struct batch		 b;
	struct inputs		*in;
	struct buf		 frame = BUF_INIT;
	int			 status;

	if (setup(&b, o, n) == -1) {
		teardown(&b);
		return EXIT_OUTPUT;
	}
	if (b.od != NULL) {
		io.want = want_doc;
		io.want_ctx = &b;
	}
	/* ARTEX_NO_SANDBOX: for valgrind and debuggers, which do not know
	 * Landlock's system calls. */
	if (!o->no_sandbox && getenv("ARTEX_NO_SANDBOX") == NULL)
		enter_sandbox(o, args, n);
	in = inputs_new(&io, args, n);
	dom_init_thread();
	if (b.od == NULL && r->begin != NULL) {
		r->begin(&frame, &o->process.render);
		put(&b.w, frame.data, frame.len);
	}
	start_workers(&b);
	run_ring(&b, in);
	stop_workers(&b);
	if (b.od == NULL && r->end != NULL) {
		buf_reset(&frame);
		r->end(&frame, &o->process.render);
		put(&b.w, frame.data, frame.len);
	}
	buf_free(&frame);
	progress_end(&b.prog, &b.tally);
	if (o->verbose && !o->quiet)
		tally_print(&b.tally, progress_clock() - b.prog.start);
	inputs_free(in);
	xmlmem_thread_done();
	status = b.status;
	if (b.od == NULL && close_writer(&b.w) == -1)
		status = EXIT_OUTPUT;
	teardown(&b);
	return status;
}
