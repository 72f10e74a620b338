/* SPDX-License-Identifier: ISC */
/*
 * libFuzzer harness for the input layer: the bytes as a WARC (or
 * WARC.gz) file and as JSON Lines, read through the same iterator as the
 * command line, from a memory-backed file.
 */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "input.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
read_all(int fd, enum input_format f)
{
	struct input_opts	 o;
	struct inputs		*in;
	struct doc		 d = DOC_INIT;
	char			 path[64];
	char			*args[1];

	memset(&o, 0, sizeof(o));
	o.format = f;
	o.max_size = 1 << 20;
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	args[0] = path;
	lseek(fd, 0, SEEK_SET);
	in = inputs_new(&o, args, 1);
	while (inputs_next(in, &d))
		;
	doc_free(&d);
	inputs_free(in);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int	 fd = memfd_create("fuzz", MFD_CLOEXEC);

	if (fd == -1)
		return 0;
	if (write(fd, data, size) == (ssize_t)size) {
		read_all(fd, INPUT_WARC);
		read_all(fd, INPUT_JSONL);
	}
	close(fd);
	return 0;
}
