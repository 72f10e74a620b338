/* SPDX-License-Identifier: ISC */
/*
 * libFuzzer harness over the whole path of one page: decode, parse,
 * metadata, pruning, extraction, normalization, dateline, and every
 * renderer.  The first byte chooses the options, so option-dependent
 * paths (comments, modes, --strip-dateline, --ascii-punct, --width,
 * mojibake repair, a charset hint) are fuzzed too; the rest is the page.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <libxml/parser.h>

#include "buf.h"
#include "diag.h"
#include "dom.h"
#include "normalize.h"
#include "pipeline.h"
#include "render.h"

int	 LLVMFuzzerInitialize(int *, char ***);
int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	xmlInitParser();
	dom_init_thread();
	return 0;
}

static void
set_options(struct process_opts *o, uint8_t b)
{
	static const char *const hints[] = { NULL, "windows-1251", "UTF-8",
	    "Shift_JIS" };

	memset(o, 0, sizeof(*o));
	o->extract.mode = (enum extract_mode)(b % 3);
	o->extract.comments = (b >> 2) & 1;
	o->extract.no_captions = (b >> 3) & 1;
	o->strip_dateline = (b >> 4) & 1;
	o->keep_mojibake = (b >> 5) & 1;
	o->norm_flags = (b >> 6) & 1 ? NORM_ASCII_PUNCT : 0;
	o->render.width = (b >> 7) & 1 ? 20 : 0;
	o->charset = hints[(b >> 5) & 3];
	o->url = (b & 1) ? "https://example.org/news/2024/06/21/story" : NULL;
	o->max_nodes = 100000;
	o->render.links = o->extract.links = (b >> 1) & 1;
	o->render.images = o->extract.images = (b >> 2) & 1;
	o->render.standalone = (b >> 3) & 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct renderer *const rs[] = { &render_text,
	    &render_json, &render_xml, &render_markdown, &render_html,
	    &render_tei };
	struct process_opts	 o;
	struct buf		 out = BUF_INIT, ex = BUF_INIT;
	struct diag		 d;
	size_t			 k;

	if (size == 0)
		return 0;
	set_options(&o, data[0]);
	for (k = 0; k < sizeof(rs) / sizeof(rs[0]); k++) {
		o.renderer = rs[k];
		diag_init(&d);
		buf_reset(&out);
		buf_reset(&ex);
		artex_process(&o, (const char *)data + 1, size - 1, &out,
		    k == 0 ? &ex : NULL, &d);
	}
	buf_free(&out);
	buf_free(&ex);
	return 0;
}
