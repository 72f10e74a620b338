/* SPDX-License-Identifier: ISC */
/* Decision traces for tuning the extractor: built only with
 * -DARTEX_TRACE (make trace), compiled out otherwise, so the library
 * never prints in a real build. */
#ifndef TRACE_H
#define TRACE_H

#ifdef ARTEX_TRACE
#include <stdio.h>
#define TRACE(...) fprintf(stderr, __VA_ARGS__)
#else
#define TRACE(...) ((void)0)
#endif

#endif
