# artex — see README.md.  GNU make.
VERSION	 = 0.1.0

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
DATADIR	?= $(PREFIX)/share
DESTDIR	?=
INSTALL	?= install
PKG_CONFIG ?= pkg-config
DEPS	 = libxml-2.0 libutf8proc jansson zlib

CC	?= cc
CFLAGS	?= -O2 -g
WFLAGS	 = -std=c11 -Wall -Wextra -Werror -Wmissing-prototypes \
	   -Wstrict-prototypes -Wwrite-strings -Wshadow -Wno-unused-parameter
DEPCFLAGS := $(shell $(PKG_CONFIG) --cflags $(DEPS))
DEPLIBS	  := $(shell $(PKG_CONFIG) --libs $(DEPS))
ALL_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -DARTEX_VERSION='"$(VERSION)"' \
	   -Isrc $(DEPCFLAGS) $(CPPFLAGS)
LDLIBS	+= $(DEPLIBS) -lpthread
SAN	 = -fsanitize=address,undefined -fno-sanitize-recover=all \
	   -fno-omit-frame-pointer

# Everything in src/ but main.c is the internal library that the binary,
# the unit tests and the fuzzer link.  BUILD lets the sanitizer build live
# beside the normal one.
BUILD	?= build
LIBSRCS	 = $(filter-out src/main.c,$(wildcard src/*.c))
LIBOBJS	 = $(LIBSRCS:src/%.c=$(BUILD)/%.o)
UNITS	 = $(patsubst tests/unit/%.c,$(BUILD)/%,$(wildcard tests/unit/t_*.c))
FUZZERS	 = artex text warc
REPLAYS	 = $(FUZZERS:%=$(BUILD)/replay_%)
FUZZ_TIME ?= 60
FUZZ_CC	?= clang
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all
ARTEX	?= ./artex

all: artex

artex: $(BUILD)/artex
	cp $(BUILD)/artex $@

$(BUILD)/artex: $(BUILD)/main.o $(BUILD)/libartex.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(BUILD)/main.o $(BUILD)/libartex.a $(LDLIBS)

$(BUILD)/libartex.a: $(LIBOBJS)
	rm -f $@
	$(AR) rcs $@ $(LIBOBJS)

$(BUILD)/%.o: src/%.c | $(BUILD)
	$(CC) $(WFLAGS) $(CFLAGS) $(ALL_CPPFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/t_%: tests/unit/t_%.c tests/unit/harness.h tests/unit/cases.h $(BUILD)/libartex.a
	$(CC) $(WFLAGS) $(CFLAGS) $(ALL_CPPFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libartex.a $(LDLIBS)

# The fuzz harnesses without libFuzzer, for make check (tests/fuzz/).
$(BUILD)/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(BUILD)/libartex.a
	$(CC) $(WFLAGS) $(CFLAGS) $(ALL_CPPFLAGS) $(LDFLAGS) -o $@ \
	    tests/fuzz/fuzz_$*.c tests/fuzz/replay.c $(BUILD)/libartex.a $(LDLIBS)

$(BUILD):
	mkdir -p $(BUILD)

units: $(UNITS) $(REPLAYS) $(BUILD)/artex

# The whole suite, then the whole suite again under ASan+UBSan; one line
# "N passed, N failed" at the end.
check: units
	$(MAKE) --no-print-directory BUILD=build/asan CFLAGS="-O1 -g $(SAN)" \
	    LDFLAGS="$(SAN)" units
	tests/check.sh build build/asan

# The suite once, without the sanitizer build (quicker while working).
check-fast: units
	tests/check.sh build

valgrind: units
	ARTEX_NO_SANDBOX=1 VALGRIND="valgrind -q --suppressions=$(CURDIR)/tests/valgrind.supp --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99" \
	    tests/check.sh build

regen: $(BUILD)/artex $(BUILD)/t_render
	tests/golden.sh --regen $(BUILD)/artex

eval: $(BUILD)/artex
	tests/eval/eval.sh $(BUILD)/artex

bench: $(BUILD)/artex
	tests/bench.sh $(BUILD)/artex

lint:
	mandoc -Tlint -Wwarning man/artex.1 man/artex-rules.5

# libFuzzer: the library built with coverage, each harness linked with
# the fuzzer, then run for FUZZ_TIME seconds (see tests/fuzz/README.md).
fuzz-build:
	$(MAKE) --no-print-directory BUILD=build/fuzz CC=$(FUZZ_CC) \
	    CFLAGS="-O1 -g -fsanitize=fuzzer-no-link $(FUZZ_SAN)" \
	    build/fuzz/libartex.a
	for f in $(FUZZERS); do \
	    $(FUZZ_CC) $(WFLAGS) -O1 -g -fsanitize=fuzzer $(FUZZ_SAN) \
	    $(ALL_CPPFLAGS) -o build/fuzz/fuzz_$$f tests/fuzz/fuzz_$$f.c \
	    build/fuzz/libartex.a $(LDLIBS) || exit 1; done

fuzz: fuzz-build
	FUZZ_TIME=$(FUZZ_TIME) tests/fuzz/run.sh build/fuzz

deps:
	tests/install-deps.sh

install: artex
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(DATADIR)/artex/rules
	$(INSTALL) -m 0755 artex $(DESTDIR)$(BINDIR)/artex
	$(INSTALL) -m 0644 man/artex.1 $(DESTDIR)$(MANDIR)/man1/artex.1
	$(INSTALL) -m 0644 man/artex-rules.5 $(DESTDIR)$(MANDIR)/man5/artex-rules.5
	$(INSTALL) -m 0644 rules/*.rules $(DESTDIR)$(DATADIR)/artex/rules/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/artex $(DESTDIR)$(MANDIR)/man1/artex.1 \
	    $(DESTDIR)$(MANDIR)/man5/artex-rules.5
	rm -rf $(DESTDIR)$(DATADIR)/artex

clean:
	rm -rf build artex

.PHONY: all units check check-fast valgrind regen eval bench lint deps \
	install uninstall clean fuzz fuzz-build

-include $(LIBOBJS:.o=.d) $(BUILD)/main.d
