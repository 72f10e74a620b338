/* SPDX-License-Identifier: ISC */
/* The WHATWG Encoding Standard's encodings and their labels, with the
 * glibc iconv name that decodes each one. */
#ifndef CHARSET_LABELS_H
#define CHARSET_LABELS_H

#include <stddef.h>
#include <stdint.h>

/* In the order of the standard's table. */
enum csid {
	CS_UTF8,
	CS_IBM866,
	CS_ISO8859_2,
	CS_ISO8859_3,
	CS_ISO8859_4,
	CS_ISO8859_5,
	CS_ISO8859_6,
	CS_ISO8859_7,
	CS_ISO8859_8,
	CS_ISO8859_8_I,
	CS_ISO8859_10,
	CS_ISO8859_13,
	CS_ISO8859_14,
	CS_ISO8859_15,
	CS_ISO8859_16,
	CS_KOI8_R,
	CS_KOI8_U,
	CS_MACINTOSH,
	CS_WINDOWS_874,
	CS_WINDOWS_1250,
	CS_WINDOWS_1251,
	CS_WINDOWS_1252,
	CS_WINDOWS_1253,
	CS_WINDOWS_1254,
	CS_WINDOWS_1255,
	CS_WINDOWS_1256,
	CS_WINDOWS_1257,
	CS_WINDOWS_1258,
	CS_X_MAC_CYRILLIC,
	CS_GBK,
	CS_GB18030,
	CS_BIG5,
	CS_EUC_JP,
	CS_ISO2022_JP,
	CS_SHIFT_JIS,
	CS_EUC_KR,
	CS_REPLACEMENT,
	CS_UTF16BE,
	CS_UTF16LE,
	CS_X_USER_DEFINED,
	CS_COUNT
};

/* How iconv's gaps are filled where WHATWG defines the byte. */
#define CSF_C1		0x01	/* undefined 0x80-0x9F are C1 controls
				   (the windows-* code pages) */
#define CSF_EURO80	0x02	/* 0x80 is U+20AC (GBK, gb18030) */

struct charset {
	const char	*name;		/* WHATWG name */
	const char	*iconv;		/* glibc name; NULL when no iconv
					   converter applies (replacement,
					   x-user-defined) */
	unsigned	 flags;		/* CSF_* */
};

extern const struct charset charset_table[CS_COUNT];

/* The enum csid of a label (ASCII whitespace trimmed, any case), or -1. */
int	 charset_lookup(const char *label, size_t len);

/*
 * The high half of a single-byte charset decode.c decodes or detects:
 * entry b - 0x80 is the code point of byte b as glibc reads it (U+FFFD
 * where the byte is undefined).  NULL for the other charsets.
 */
const uint16_t *charset_high(int id);

/*
 * For the multi-byte charsets the detector tells apart (Shift_JIS,
 * EUC-JP, GBK, Big5, EUC-KR): the two-byte codes (lead << 8 | trail) of
 * the commonest characters of the language written in it, sorted; *n is
 * their number.  NULL (and *n 0) for the other charsets.
 */
const uint16_t *charset_freq(int id, size_t *n);

#endif
