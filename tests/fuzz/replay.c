/* SPDX-License-Identifier: ISC */
/*
 * Without libFuzzer: feed each file named on the command line to a
 * harness once, so that make check replays the inputs the fuzzers once
 * found (tests/fuzz/regressions/) in the normal and sanitizer builds.
 * Prints "N passed, 0 failed"; a crash ends the run.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int	 LLVMFuzzerInitialize(int *, char ***) __attribute__((weak));
int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
main(int argc, char **argv)
{
	FILE	*fp;
	char	*data;
	long	 n;
	int	 k, done = 0;

	if (LLVMFuzzerInitialize != NULL)
		LLVMFuzzerInitialize(&argc, &argv);
	for (k = 1; k < argc; k++) {
		if ((fp = fopen(argv[k], "rb")) == NULL) {
			perror(argv[k]);
			return 1;
		}
		fseek(fp, 0, SEEK_END);
		n = ftell(fp);
		rewind(fp);
		if ((data = malloc((size_t)n + 1)) == NULL ||
		    fread(data, 1, (size_t)n, fp) != (size_t)n) {
			fprintf(stderr, "%s: cannot read\n", argv[k]);
			return 1;
		}
		fclose(fp);
		LLVMFuzzerTestOneInput((const uint8_t *)data, (size_t)n);
		free(data);
		done++;
	}
	printf("%d passed, 0 failed\n", done);
	return 0;
}
