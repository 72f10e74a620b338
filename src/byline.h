/* SPDX-License-Identifier: ISC */
/* Author names from bylines as pages write them: "By Jane Doe | June 21",
 * "Von Max Muster, 21.06.2024", "Автор: Иван Петров".  Pure functions. */
#ifndef BYLINE_H
#define BYLINE_H

#include <stddef.h>

/*
 * The name in a byline: sets *start and returns its length in bytes
 * (openers such as "By", dates, times, separators and trailing
 * lower-case words cut away), or 0 when none is left.
 */
size_t	 byline_name(const char *s, size_t *start);

/* 1 when s opens like a byline ("By ", "Von ", "Par ", "Text: ", …). */
int	 byline_opens(const char *s);

/* The length of that opening, or 0. */
size_t	 byline_opener_len(const char *s);

/* 1 when s opens with a label that says a name follows ("Autorin: ",
 * "Text: "), not a word that also starts sentences ("Von", "By"). */
int	 byline_labelled(const char *s);

/* 1 when a name is no person's: a CMS account ("admin"), a link, a
 * bare domain, a weekday. */
int	 byline_is_no_author(const char *s);

/* 1 when the n bytes at s read as names: at most eight words, each
 * capitalised but for particles ("von", "de la") and joiners ("and"). */
int	 byline_looks_like_name(const char *s, size_t n);

/*
 * 1 when the len bytes at s name a company, a paper or an agency where
 * names stand: "The Washington Post", "… Zeitung GmbH", "AP National",
 * "Reuters Editorial".  One word is never one (a name or a handle).
 */
int	 byline_is_organization(const char *s, size_t len);

/*
 * The name in a closing salutation ("Euer HansEhrlich", "Liebe Grüße,
 * Anna", "Cheers, Tom", "Bisous, Marie"): sets *start and returns its
 * length, or 0 when s is no such line.
 */
size_t	 byline_signature(const char *s, size_t *start);

/*
 * A Korean byline, the title after the name: "이용민 기자", "홍길동
 * 특파원 hong@yna.co.kr", "홍길동·김철수 기자".  Returns the length of the
 * name(s) at *start, or 0.
 */
size_t	 byline_title_after(const char *s, size_t *start);

/* s[0, len) is a rank or beat that stands before a role ("Senior",
 * "Environment", "Diplomatic"). */
int	 byline_is_beat(const char *s, size_t len);

/* s[0, len) is a job that follows a name ("correspondent", "Writer"). */
int	 byline_is_role_word(const char *s, size_t len);

#endif
