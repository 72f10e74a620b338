#!/bin/sh
# make check: every suite against each build given (build, build/asan):
# the unit tests, the golden fixtures, the command-line tests and the
# schema validation.  Ends with one line "N passed, N failed".
#   tests/check.sh BUILD...
set -u
cd "$(dirname "$0")/.."
total_pass=0 total_fail=0

# Run one suite; its last line says "... N passed, N failed".
suite() {
	out=$("$@" 2>&1)
	rc=$?
	printf '%s\n' "$out" | grep -v '^ok ' | sed 's/^/    /'
	last=$(printf '%s\n' "$out" | tail -n 1)
	p=$(printf '%s\n' "$last" | grep -o '[0-9]* passed' | grep -o '[0-9]*')
	f=$(printf '%s\n' "$last" | grep -o '[0-9]* failed' | grep -o '[0-9]*')
	if [ -z "$p" ] || [ -z "$f" ]; then
		# A suite that died without its summary counts as one failure.
		p=0 f=1
	elif [ "$rc" != 0 ] && [ "$f" = 0 ]; then
		f=1
	fi
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
}

for build in "$@"; do
	echo "== $build"
	for t in "$build"/t_*; do
		[ -x "$t" ] || continue
		echo "  $(basename "$t")"
		suite ${VALGRIND:-} "$t" tests/unit
	done
	# What the fuzzers once found, and the fixtures, through the
	# harnesses (tests/fuzz/).
	echo "  fuzz replay"
	suite ${VALGRIND:-} "$build/replay_artex" $(find tests/fixtures -name '*.html') \
	    $(find tests/fuzz/regressions/artex -type f)
	suite ${VALGRIND:-} "$build/replay_text" tests/unit/*.txt \
	    $(find tests/fuzz/regressions/text -type f)
	suite ${VALGRIND:-} "$build/replay_warc" $(find tests/fuzz/regressions/warc -type f)
	echo "  golden"
	suite tests/golden.sh "$build/artex"
	echo "  cli"
	suite tests/cli.sh "$build/artex"
	echo "  batch"
	suite tests/batch.sh "$build/artex"
	echo "  charset"
	suite tests/charset.sh "$build/artex"
	echo "  hostile"
	suite tests/hostile.sh "$build/artex"
	echo "  rules"
	suite tests/rules.sh "$build/artex"
	echo "  textin"
	suite tests/textin.sh "$build/artex"
	echo "  schema"
	suite tests/schema.sh "$build/artex"
done
echo "== man pages"
if command -v mandoc >/dev/null 2>&1; then
	suite sh -c 'mandoc -Tlint -Wwarning man/artex.1 man/artex-rules.5 && echo "2 passed, 0 failed"'
else
	echo "    FAIL mandoc is not installed"
	total_fail=$((total_fail + 1))
fi
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" = 0 ]
