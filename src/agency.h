/* SPDX-License-Identifier: ISC */
/* News agencies: the names they go by, and one stable short name each
 * (source_id): "БЕЛТА" and "BelTA" are the same agency. */
#ifndef AGENCY_H
#define AGENCY_H

#include <stddef.h>

/*
 * The stable short name of an agency written as name ("Associated
 * Press", "ТАСС", "INTERFAX.RU", "Reuters"), case and script variants
 * included, or NULL when name is no agency artex knows.
 */
const char	*agency_id(const char *name, size_t len);

/*
 * The first agency named in text as the source of a report ("BelTA
 * learned from…", "…, TASS reported", "сообщает корреспондент БЕЛТА"):
 * sets [*start, *end) to the name as written and returns its id, or
 * NULL.
 */
const char	*agency_attribution(const char *text, size_t len, size_t *start,
		    size_t *end);

#endif
