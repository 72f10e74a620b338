#!/bin/sh
# Charset fixtures: every tests/fixtures/charset/NAME.html must give, as
# text (title, blank line, body), exactly NAME.expected: the article
# whatever the page's charset, its declaration, or a wrong one.  A page
# without its NAME.expected fails, so that none goes untested.  Pages
# whose text went through a wrong charset before (*double*) need the
# mojibake repair in the pipeline.
#   tests/charset.sh [ARTEX]
set -u
ARTEX=${1:-./artex}
dir=$(dirname "$0")/fixtures/charset
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8

for input in "$dir"/*.html; do
	[ -f "$input" ] || continue
	name=$(basename "$input" .html)
	expected=${input%.html}.expected
	if [ ! -f "$expected" ]; then
		echo "FAIL $name: no $name.expected"
		fail=$((fail + 1))
		continue
	fi
	${VALGRIND:-} "$ARTEX" -f text "$input" > "$tmp/out" 2> "$tmp/err"
	rc=$?
	if [ "$rc" != 0 ]; then
		echo "FAIL $name: exit status $rc"
		sed 's/^/  /' "$tmp/err"
		fail=$((fail + 1))
	elif ! diff -u "$expected" "$tmp/out" > "$tmp/diff"; then
		echo "FAIL $name"
		head -20 "$tmp/diff"
		fail=$((fail + 1))
	else
		echo "ok $name"
		pass=$((pass + 1))
	fi
done
echo "charset: $pass passed, $fail failed"
[ $fail = 0 ]
