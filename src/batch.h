/* SPDX-License-Identifier: ISC */
/* Inputs to outputs: read each input, run the pipeline, write the
 * results in input order, report failures without stopping. */
#ifndef BATCH_H
#define BATCH_H

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
	const char		*output;	/* -o FILE, or NULL: stdout */
	int			 verbose;	/* print warnings too */
	int			 explain;	/* the extractor's reasoning on
						   stderr */
	size_t			 max_size;	/* bytes per input */
};

/*
 * Process inputs[0..n-1] ("-" is standard input; n == 0 reads standard
 * input).  Returns an exit status from the enum above.
 */
int	 batch_run(const struct batch_opts *, char *const *inputs, int n);

#endif
