/* SPDX-License-Identifier: ISC */
/* The progress line on stderr, and the end-of-run tally (-v). */
#ifndef PROGRESS_H
#define PROGRESS_H

#include <stddef.h>

#define TALLY_REASONS 16

struct tally {
	size_t	 docs;		/* documents seen */
	size_t	 articles;	/* ... that gave an article */
	size_t	 failed;	/* ... that did not */
	size_t	 skipped;	/* --skip-existing */
	size_t	 bytes;		/* input bytes processed */
	struct {
		char	 text[64];
		size_t	 n;
	}	 reason[TALLY_REASONS];	/* failures by reason */
	size_t	 nreasons;
};

struct progress {
	int	 on;
	double	 start, last;	/* seconds */
	size_t	 total;		/* documents expected, 0: unknown */
	int	 shown;		/* a line is on the terminal */
};

double	 progress_clock(void);
void	 progress_start(struct progress *, int on, size_t total);
/* Redraw, at most a few times a second. */
void	 progress_update(struct progress *, const struct tally *);
/* The last state, on a line of its own, if progress is shown. */
void	 progress_end(struct progress *, const struct tally *);
/* Clear the line so that a message can be printed. */
void	 progress_clear(struct progress *);

/* Count a failure under its reason (the message up to any detail). */
void	 tally_failure(struct tally *, const char *reason);
/* One line: documents, articles, failures by reason, time, rate. */
void	 tally_print(const struct tally *, double seconds);

#endif
