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

/*
 * The agency that signs a story at its end, as German, Austrian and
 * Polish papers do: the whole of text is the signature ("aja/PAP",
 * "(APA/AP)", "dpa") when whole is set, else the parentheses that close
 * its last sentence ("… sagte er. (dpa)").  Editors' initials may stand
 * beside the agency; an agency written in lower case ("kna") counts only
 * where the agency writes itself so ("dpa", "epd"), for initials look
 * the same.  Sets [*start, *end) to the name as written and returns its
 * id, or NULL.
 */
const char	*agency_signature(const char *text, size_t len, int whole,
		    size_t *start, size_t *end);

/*
 * An agency a label names as the source: "Source: Reuters", "Quelle:
 * dpa", "来源：新华社", "Источник: ТАСС", also inside a short line of date
 * and label ("2024-06-21 13:32 来源：新华网").  Sets [*start, *end) to
 * the name as written and returns its id, or NULL.
 */
const char	*agency_label(const char *text, size_t len, size_t *start,
		    size_t *end);

#endif
