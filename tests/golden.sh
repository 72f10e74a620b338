#!/bin/sh
# Golden fixtures: for every tests/fixtures/**/NAME.html (or .htm, .txt
# input) and every NAME.expected.EXT beside it, run artex in that format
# with the extra arguments of NAME.args and compare byte for byte:
#   txt -f text, json, xml, md -f markdown, html.xml -f html (the HTML,
#   which is also well-formed XML, under a name that no test or -r walk
#   takes for a page), tei.xml -f xmltei
# NAME.expected.rc, when present, is the exit status wanted (default 0).
#   tests/golden.sh [--regen] ARTEX
# --regen rewrites the expected files from the current output, and the
# hand-built articles of tests/unit/render (t_render beside ARTEX): review
# the change with git diff; never regenerate to hide a failure.  It
# creates the missing files of every fixture, but for the md, html.xml
# and tei.xml of the charset/ pages, which test decoding, not formats.
set -u
regen=0
if [ "${1:-}" = --regen ]; then regen=1; shift; fi
ARTEX=${1:-./artex}
dir=$(dirname "$0")/fixtures
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8

for input in $(find "$dir" -name '*.html' | sort); do
	base=${input%.html}
	args=
	[ -f "$base.args" ] && args=$(cat "$base.args")
	want_rc=0
	[ -f "$base.expected.rc" ] && want_rc=$(cat "$base.expected.rc")
	for fmt in txt json xml md html.xml tei.xml; do
		expected=$base.expected.$fmt
		if [ ! -f "$expected" ]; then
			[ $regen = 1 ] || continue
			case $fmt/$input in
			txt/*|json/*|xml/*) ;;
			*/"$dir"/charset/*) continue ;;
			esac
		fi
		case $fmt in
		txt) f=text ;;
		md) f=markdown ;;
		html.xml) f=html ;;
		tei.xml) f=xmltei ;;
		*) f=$fmt ;;
		esac
		# shellcheck disable=SC2086
		${VALGRIND:-} "$ARTEX" -f $f $args "$input" > "$tmp/out" 2> "$tmp/err"
		rc=$?
		if [ $regen = 1 ]; then
			cp "$tmp/out" "$expected"
			continue
		fi
		if [ "$rc" != "$want_rc" ]; then
			echo "FAIL $expected: exit status $rc, want $want_rc"
			sed 's/^/  /' "$tmp/err"
			fail=$((fail + 1))
		elif ! diff -u "$expected" "$tmp/out" > "$tmp/diff"; then
			echo "FAIL $expected"
			head -40 "$tmp/diff"
			fail=$((fail + 1))
		else
			pass=$((pass + 1))
		fi
	done
done
if [ $regen = 1 ]; then
	t_render=$(dirname "$ARTEX")/t_render
	if [ -x "$t_render" ]; then
		"$t_render" "$(dirname "$0")/unit" --regen > /dev/null
	fi
	echo "regenerated: review with git diff tests/fixtures tests/unit/render"
fi
echo "golden: $pass passed, $fail failed"
[ $fail = 0 ]
