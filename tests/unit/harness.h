/* SPDX-License-Identifier: ISC */
/* A tiny test harness (after cmark's api_test/harness.h): each test program
 * counts its checks and ends with one line "N passed, N failed". */
#ifndef HARNESS_H
#define HARNESS_H

#include <stdio.h>
#include <string.h>

static int	 t_passed, t_failed;

#define OK(cond, ...)							\
	do {								\
		if (cond) {						\
			t_passed++;					\
		} else {						\
			t_failed++;					\
			fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
			fprintf(stderr, __VA_ARGS__);			\
			fputc('\n', stderr);				\
		}							\
	} while (0)

#define STR_EQ(got, want, ctx)						\
	do {								\
		const char *g_ = (got), *w_ = (want);			\
		OK((g_ == NULL && w_ == NULL) ||			\
		    (g_ != NULL && w_ != NULL && strcmp(g_, w_) == 0),	\
		    "%s: got \"%s\", want \"%s\"", (ctx),		\
		    g_ ? g_ : "(null)", w_ ? w_ : "(null)");		\
	} while (0)

#define INT_EQ(got, want, ctx)						\
	do {								\
		long g_ = (long)(got), w_ = (long)(want);		\
		OK(g_ == w_, "%s: got %ld, want %ld", (ctx), g_, w_);	\
	} while (0)

static inline int
t_summary(void)
{
	printf("%d passed, %d failed\n", t_passed, t_failed);
	return t_failed ? 1 : 0;
}

#endif
