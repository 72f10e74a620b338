/* SPDX-License-Identifier: ISC */
/* Diagnostics: a small fixed list per document, so recording can never
 * fail or grow without bound on a hostile page. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"

void
diag_init(struct diag *d)
{
	memset(d, 0, sizeof(*d));
}

void
diag_add(struct diag *d, enum diag_level level, const char *fmt, ...)
{
	va_list	 ap;

	if (level == DIAG_ERROR)
		d->failed = 1;
	if (d->n == DIAG_MAX) {
		d->dropped++;
		return;
	}
	d->msg[d->n].level = level;
	va_start(ap, fmt);
	vsnprintf(d->msg[d->n].text, sizeof(d->msg[d->n].text), fmt, ap);
	va_end(ap);
	d->n++;
}
