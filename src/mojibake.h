/* SPDX-License-Identifier: ISC */
/* Text decoded twice: UTF-8 read as windows-1252, Latin-1 or windows-1251
 * and written out as UTF-8 again, put back when the evidence is
 * unambiguous (see mojibake.c for the rules). */
#ifndef MOJIBAKE_H
#define MOJIBAKE_H

#include <stddef.h>

struct buf;

/*
 * Append the len bytes of UTF-8 at s to out, mended: "Ã©" -> "é",
 * "â€™" -> "’", "РњРёРЅСЃРє" -> "Минск", text encoded twice or more
 * mended by passes.  Call it once per text run (a block, a title, a
 * metadata value), before normalization folds the no-break spaces the
 * repair reads ("Ã" + U+00A0 is "à").  Correct text, in any language,
 * comes out unchanged.  Returns the number of runs of words mended: 0
 * means out got s as it was.  Text without a character that could start
 * a broken sequence costs one quick scan.  Pure and thread-safe.
 */
size_t	 mojibake_repair(const char *s, size_t len, struct buf *out);

#endif
