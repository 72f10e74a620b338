/* SPDX-License-Identifier: ISC */
/* After the outputs are open: the process may read only beneath its
 * inputs (and the system's libraries), write only beneath its output
 * folder, and open no network connection.  Linux Landlock. */
#ifndef SANDBOX_H
#define SANDBOX_H

#include <stddef.h>

struct sandbox {
	const char	**read;		/* files and folders to read */
	size_t		  nread;
	int		  read_anywhere; /* inputs not known yet (-i, stdin
					   lists): only writing is fenced */
	const char	 *write;	/* the -O folder, or NULL */
};

/*
 * Enter the sandbox, for this thread and those it starts later.
 * Returns the Landlock ABI version in force (> 0), 0 when the kernel
 * has no Landlock (nothing is restricted), or -1 with *why set when it
 * could not be set up.
 */
int	 sandbox_enter(const struct sandbox *, const char **why);

#endif
