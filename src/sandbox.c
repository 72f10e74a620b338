/* SPDX-License-Identifier: ISC */
/*
 * Landlock, through its three system calls (glibc has no wrappers).
 * The rights handled grow with the kernel's ABI version; a right the
 * kernel does not know is not asked for, so one binary runs on old and
 * new kernels alike.  Paths that do not exist get no rule: opening them
 * then fails as it would have anyway.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "sandbox.h"

#if defined(__linux__) && defined(SYS_landlock_create_ruleset)

#define FS_EXECUTE	(1ULL << 0)
#define FS_WRITE_FILE	(1ULL << 1)
#define FS_READ_FILE	(1ULL << 2)
#define FS_READ_DIR	(1ULL << 3)
#define FS_REMOVE_DIR	(1ULL << 4)
#define FS_REMOVE_FILE	(1ULL << 5)
#define FS_MAKE_CHAR	(1ULL << 6)
#define FS_MAKE_DIR	(1ULL << 7)
#define FS_MAKE_REG	(1ULL << 8)
#define FS_MAKE_SOCK	(1ULL << 9)
#define FS_MAKE_FIFO	(1ULL << 10)
#define FS_MAKE_BLOCK	(1ULL << 11)
#define FS_MAKE_SYM	(1ULL << 12)
#define FS_REFER	(1ULL << 13)	/* ABI 2 */
#define FS_TRUNCATE	(1ULL << 14)	/* ABI 3 */
#define FS_IOCTL_DEV	(1ULL << 15)	/* ABI 5 */
#define NET_BIND_TCP	(1ULL << 0)	/* ABI 4 */
#define NET_CONNECT_TCP	(1ULL << 1)
#define SCOPE_ABSTRACT_UNIX (1ULL << 0)	/* ABI 6 */
#define SCOPE_SIGNAL	(1ULL << 1)

#define RULE_PATH_BENEATH 1
#define CREATE_RULESET_VERSION (1U << 0)

/* The kernel's structures, with the fields of later ABIs. */
struct ruleset_attr {
	uint64_t	 handled_access_fs;
	uint64_t	 handled_access_net;
	uint64_t	 scoped;
};

struct path_beneath_attr {
	uint64_t	 allowed_access;
	int32_t		 parent_fd;
} __attribute__((packed));

#define FS_READ		(FS_READ_FILE | FS_READ_DIR)
#define FS_FILE_ONLY	(FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | \
			 FS_TRUNCATE | FS_IOCTL_DEV)

/* Where shared libraries and iconv's converters are loaded from, and
 * the process's own /proc entry (sanitizers and valgrind read it). */
static const char *const system_dirs[] = { "/usr", "/lib", "/lib64",
    "/lib32", "/etc", "/proc/self" };

static uint64_t
fs_rights(int abi)
{
	uint64_t	 r = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE |
	    FS_READ_DIR | FS_REMOVE_DIR | FS_REMOVE_FILE | FS_MAKE_CHAR |
	    FS_MAKE_DIR | FS_MAKE_REG | FS_MAKE_SOCK | FS_MAKE_FIFO |
	    FS_MAKE_BLOCK | FS_MAKE_SYM;

	if (abi >= 2)
		r |= FS_REFER;
	if (abi >= 3)
		r |= FS_TRUNCATE;
	if (abi >= 5)
		r |= FS_IOCTL_DEV;
	return r;
}

/* Allow rights beneath path (a file: the file rights among them). */
static int
allow(int ruleset, const char *path, uint64_t rights, uint64_t handled)
{
	struct path_beneath_attr	 pb;
	struct stat			 st;
	int				 fd, rc;

	if ((fd = open(path, O_PATH | O_CLOEXEC)) == -1)
		return errno == ENOENT || errno == ENOTDIR || errno == EACCES ?
		    0 : -1;
	if (fstat(fd, &st) == -1) {
		close(fd);
		return -1;
	}
	if (!S_ISDIR(st.st_mode))
		rights &= FS_FILE_ONLY;
	pb.allowed_access = rights & handled;
	pb.parent_fd = fd;
	rc = pb.allowed_access == 0 ? 0 : (int)syscall(SYS_landlock_add_rule,
	    ruleset, RULE_PATH_BENEATH, &pb, 0);
	close(fd);
	return rc;
}

static size_t
attr_size(int abi)
{
	return abi >= 6 ? sizeof(struct ruleset_attr) :
	    abi >= 4 ? 2 * sizeof(uint64_t) : sizeof(uint64_t);
}

static int
add_rules(int ruleset, const struct sandbox *s, uint64_t handled)
{
	size_t	 k;

	for (k = 0; k < sizeof(system_dirs) / sizeof(system_dirs[0]); k++)
		if (allow(ruleset, system_dirs[k], FS_READ | FS_EXECUTE,
		    handled) == -1)
			return -1;
	if (s->read_anywhere && allow(ruleset, "/", FS_READ, handled) == -1)
		return -1;
	for (k = 0; k < s->nread; k++)
		if (allow(ruleset, s->read[k], FS_READ, handled) == -1)
			return -1;
	if (s->write != NULL && allow(ruleset, s->write, FS_READ |
	    FS_WRITE_FILE | FS_MAKE_REG | FS_MAKE_DIR | FS_REMOVE_FILE |
	    FS_TRUNCATE | FS_REFER, handled) == -1)
		return -1;
	return 0;
}

int
sandbox_enter(const struct sandbox *s, const char **why)
{
	struct ruleset_attr	 attr;
	int			 abi, ruleset;

	abi = (int)syscall(SYS_landlock_create_ruleset, NULL, 0,
	    CREATE_RULESET_VERSION);
	if (abi <= 0)
		return 0;
	memset(&attr, 0, sizeof(attr));
	attr.handled_access_fs = fs_rights(abi);
	if (abi >= 4)
		attr.handled_access_net = NET_BIND_TCP | NET_CONNECT_TCP;
	if (abi >= 6)
		attr.scoped = SCOPE_ABSTRACT_UNIX | SCOPE_SIGNAL;
	ruleset = (int)syscall(SYS_landlock_create_ruleset, &attr,
	    attr_size(abi), 0);
	if (ruleset == -1) {
		*why = strerror(errno);
		return -1;
	}
	if (add_rules(ruleset, s, attr.handled_access_fs) == -1 ||
	    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == -1 ||
	    syscall(SYS_landlock_restrict_self, ruleset, 0) == -1) {
		*why = strerror(errno);
		close(ruleset);
		return -1;
	}
	close(ruleset);
	return abi;
}

#else

int
sandbox_enter(const struct sandbox *s, const char **why)
{
	(void)s;
	(void)why;
	return 0;
}

#endif
