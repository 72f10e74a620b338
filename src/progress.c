/* SPDX-License-Identifier: ISC */
/* Progress and tally: only batch.c calls these, from its main thread. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "progress.h"

#define REDRAW_EVERY	0.25	/* seconds */

double
progress_clock(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void
progress_start(struct progress *p, int on, size_t total)
{
	memset(p, 0, sizeof(*p));
	p->on = on;
	p->total = total;
	p->start = p->last = progress_clock();
}

static void
put_duration(char *b, size_t size, double s)
{
	long	 t = (long)(s + 0.5);

	if (t >= 3600)
		snprintf(b, size, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60,
		    t % 60);
	else
		snprintf(b, size, "%ld:%02ld", t / 60, t % 60);
}

void
progress_update(struct progress *p, const struct tally *t)
{
	double	 now, rate;
	char	 left[32] = "";
	size_t	 done = t->docs;

	if (!p->on)
		return;
	now = progress_clock();
	if (now - p->last < REDRAW_EVERY && p->shown)
		return;
	p->last = now;
	rate = now > p->start ? done / (now - p->start) : 0;
	fputs("\r\033[K", stderr);
	if (p->total > 0 && done <= p->total) {
		fprintf(stderr, "artex: %zu/%zu", done, p->total);
		if (rate > 0 && done < p->total)
			put_duration(left, sizeof(left),
			    (p->total - done) / rate);
	} else
		fprintf(stderr, "artex: %zu", done);
	fprintf(stderr, " documents, %.0f/s, %zu failed", rate, t->failed);
	if (left[0] != '\0')
		fprintf(stderr, ", %s left", left);
	fflush(stderr);
	p->shown = 1;
}

void
progress_end(struct progress *p, const struct tally *t)
{
	if (!p->on)
		return;
	p->shown = 0;	/* forces the redraw */
	progress_update(p, t);
	fputc('\n', stderr);
	p->shown = 0;
}

void
progress_clear(struct progress *p)
{
	if (!p->shown)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	p->shown = 0;
}

void
tally_failure(struct tally *t, const char *reason)
{
	char	 key[64];
	size_t	 k, n = strcspn(reason, ":(");

	while (n > 0 && reason[n - 1] == ' ')
		n--;
	if (n >= sizeof(key))
		n = sizeof(key) - 1;
	memcpy(key, reason, n);
	key[n] = '\0';
	t->failed++;
	for (k = 0; k < t->nreasons; k++)
		if (strcmp(t->reason[k].text, key) == 0)
			break;
	if (k == t->nreasons) {
		if (k >= TALLY_REASONS - 1) {
			/* The last slot collects the rest. */
			k = TALLY_REASONS - 1;
			snprintf(t->reason[k].text, sizeof(key), "other");
			t->nreasons = TALLY_REASONS;
		} else {
			memcpy(t->reason[k].text, key, n + 1);
			t->nreasons++;
		}
	}
	t->reason[k].n++;
}

void
tally_print(const struct tally *t, double seconds)
{
	size_t	 k;

	fprintf(stderr, "artex: %zu document%s, %zu article%s, %zu failed",
	    t->docs, t->docs == 1 ? "" : "s", t->articles,
	    t->articles == 1 ? "" : "s", t->failed);
	for (k = 0; k < t->nreasons; k++)
		fprintf(stderr, "%s%s: %zu", k == 0 ? " (" : ", ",
		    t->reason[k].text, t->reason[k].n);
	if (t->nreasons > 0)
		fputc(')', stderr);
	if (t->skipped > 0)
		fprintf(stderr, ", %zu skipped", t->skipped);
	fprintf(stderr, "; %.2f s, %.0f documents/s, %.1f MB/s\n", seconds,
	    seconds > 0 ? t->docs / seconds : 0,
	    seconds > 0 ? t->bytes / seconds / 1e6 : 0);
}
