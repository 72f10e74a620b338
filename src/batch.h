/* SPDX-License-Identifier: ISC */
/* Inputs to outputs: documents read in order, processed by worker
 * threads, written in input order to one stream or one file each;
 * failures reported without stopping. */
#ifndef BATCH_H
#define BATCH_H

#include "input.h"
#include "pipeline.h"

/* Exit statuses (documented in artex.1 and --help). */
enum {
	EXIT_ALL_OK	= 0,	/* every input gave an article */
	EXIT_SOME_FAILED = 1,	/* an input could not be read or had none */
	EXIT_USAGE	= 2,	/* bad command line; nothing was read */
	EXIT_OUTPUT	= 3	/* output could not be written; no memory */
};

struct batch_opts {
	struct process_opts	 process;
	struct input_opts	 input;
	const char		*output;	/* -o FILE, or NULL: stdout */
	const char		*output_dir;	/* -O DIR: a file per input */
	int			 skip_existing;	/* with -O: resume */
	int			 errors_inline;	/* json: a record per failure */
	int			 jobs;		/* worker threads, >= 1 */
	int			 verbose;	/* warnings, and a summary */
	int			 quiet;		/* errors only */
	int			 progress;	/* -1: when stderr is a
						   terminal; 0 never; 1 always */
	int			 explain;	/* the extractor's reasoning on
						   stderr */
	int			 no_sandbox;	/* --no-sandbox */
};

/*
 * Process inputs[0..n-1] and the input list of o->input (see input.h).
 * Returns an exit status from the enum above.
 */
int	 batch_run(const struct batch_opts *, char *const *inputs, int n);

#endif
