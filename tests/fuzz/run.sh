#!/bin/sh
# make fuzz: run each harness for FUZZ_TIME seconds (the page harness)
# or a third of it (the others), from seeds made here.  Exits non-zero
# on the first crash, leak or timeout; its input is left in DIR.
#   tests/fuzz/run.sh DIR
set -eu
dir=$1
here=$(cd "$(dirname "$0")" && pwd)
t=${FUZZ_TIME:-60}
small=$((t / 3 > 5 ? t / 3 : 5))
for f in artex text warc; do mkdir -p "$dir/corpus-$f"; done
# Seeds: the fixtures, the unit tables' lines, a WARC and JSON Lines.
for p in $(find "$here/../fixtures" -name '*.html'); do
	# The first byte picks the options: try a few.
	for o in a b; do
		{ printf '%s' "$o"; cat "$p"; } > "$dir/corpus-artex/$o-$(basename "$p")"
	done
done
for tab in dates datelines relative normalize mojibake authors; do
	[ -f "$here/../unit/$tab.txt" ] || continue
	grep -v "^#" "$here/../unit/$tab.txt" | grep . | head -3000 |
	    awk -v d="$dir/corpus-text" -v t="$tab" '{ print > (d "/" t "-" NR) }'
done
python3 "$here/../batch/mkwarc.py" "$here/../fixtures" "$dir/corpus-warc/seed.warc" > /dev/null
python3 "$here/../batch/mkwarc.py" "$here/../fixtures" "$dir/corpus-warc/seed.warc.gz" > /dev/null
run() {	# run NAME SECONDS
	echo "fuzz_$1: $2 s"
	"$dir/fuzz_$1" -max_total_time="$2" -timeout=10 -rss_limit_mb=2048 \
	    -max_len=262144 -dict="$here/html.dict" -print_final_stats=1 \
	    -artifact_prefix="$dir/" "$dir/corpus-$1" 2>&1 |
	    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' || true
	# libFuzzer's status is lost in the pipe: a written artifact is the
	# failure.
	for a in "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-*; do
		[ -e "$a" ] || continue
		echo "fuzz_$1: FAILED; input in $a"
		exit 1
	done
}
run artex "$t"
run text "$small"
run warc "$small"
echo "fuzz: no crash, leak, timeout or out-of-memory"
