/* SPDX-License-Identifier: ISC */
/* Bytes in any charset -> UTF-8, with the charset they came from. */
#ifndef DECODE_H
#define DECODE_H

#include <stddef.h>

/* Where the charset decision came from. */
enum charset_source {
	CHARSET_FROM_BOM,
	CHARSET_FROM_CALLER,	/* --charset, or a transport hint */
	CHARSET_FROM_META,	/* <meta charset> / http-equiv prescan */
	CHARSET_FROM_XML,	/* <?xml encoding=...?> */
	CHARSET_FROM_BYTES,	/* detected: no declaration, or one the bytes
				   contradict */
	CHARSET_FROM_DEFAULT	/* nothing to go on: windows-1252 */
};

struct decoded {
	char		*text;		/* UTF-8, NUL-terminated; owned */
	size_t		 len;
	char		 charset[32];	/* WHATWG name: "UTF-8", "windows-1251" */
	enum charset_source source;
	char		 declared[32];	/* the page's <meta> or XML declaration,
					   WHATWG name, recorded even when a
					   BOM or the caller won; "" when none
					   or unknown */
	char		 unknown_label[32]; /* a declared label that is not in
					   the WHATWG table (bytes outside
					   printable ASCII shown as '?'), ""
					   when none */
	int		 overruled;	/* the declaration lost to the bytes,
					   which are then the source */
	size_t		 nreplaced;	/* invalid sequences and NULs ->
					   U+FFFD */
	int		 confidence;	/* 0-100: 100 for a BOM, the caller's
					   charset or a declaration the bytes
					   agree with; for a detected charset,
					   how far the bytes favour it over the
					   likeliest other (50 a coin toss, 99
					   beyond doubt); 0 for empty input.
					   Lowered to the share of non-ASCII
					   characters that decoded when some
					   became U+FFFD */
};

/*
 * Decode len bytes.  hint is the caller's charset label (NULL for none);
 * check it with charset_canonical() first: an unknown one is ignored.
 * A hint or a BOM is obeyed even when the bytes disagree; a page's own
 * declaration is not (see overruled).  Returns 0 and fills *out (free
 * with decoded_free), or -1 when iconv cannot convert from the chosen
 * charset at all: out->text is then NULL, and out->charset names the
 * charset for the error message.  Safe to call from several threads.
 */
int	 decode(const char *bytes, size_t len, const char *hint,
	    struct decoded *out);
void	 decoded_free(struct decoded *);	/* NULL-safe */

/*
 * The WHATWG encoding name for a label ("latin1" -> "windows-1252",
 * "gb2312" -> "GBK"), case- and space-insensitive; NULL if unknown.
 */
const char *charset_canonical(const char *label);

#endif
