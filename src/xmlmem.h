/* SPDX-License-Identifier: ISC */
/*
 * libxml2's memory during one document.  A parsed page is hundreds of
 * thousands of small blocks that all die together when the document is
 * freed; taking them from a per-thread bump allocator instead of malloc
 * makes parsing and freeing markedly cheaper (see make bench).
 */
#ifndef XMLMEM_H
#define XMLMEM_H

/* Install the allocator in libxml2; before xmlInitParser(), once. */
void	 xmlmem_install(void);

/*
 * Between begin and end, libxml2's allocations in this thread come from
 * the thread's arena; end releases them all at once, so every document
 * and string allocated by libxml2 since begin must have been freed (or
 * be dead).  Blocks from before begin are freed normally whenever.
 */
void	 xmlmem_begin(void);
void	 xmlmem_end(void);

/* Give the thread's arena memory back (at thread exit). */
void	 xmlmem_thread_done(void);

#endif
