#!/bin/sh
# make eval: artex on the development corpora in ../shared/corpus, scored
# against their expectations; one table at the end.  The outputs of the
# last run stay in eval/last/ so a regression can be diffed page by page.
# A measurement, not a test: it is not part of make check.
set -eu
ARTEX=${1:-./artex}
CORPUS=${CORPUS:-../shared/corpus}
OUT=${EVAL_OUT:-eval/last}
case $ARTEX in /*) ;; *) ARTEX=$(pwd)/$ARTEX ;; esac
if [ ! -d "$CORPUS/snippets" ] || [ ! -d "$CORPUS/readability" ]; then
	echo "eval: skipped: no corpus at $CORPUS (set CORPUS=...)"
	exit 0
fi
rm -rf "$OUT"
mkdir -p "$OUT/snippets" "$OUT/readability" "$OUT/dates"
start=$(date +%s)

# One process per page, two at a time: a crash or a failure loses only
# that page, and shows up as a missing or empty output.
export ARTEX OUT
ls "$CORPUS/snippets/html" | sed 's/\.html\.gz$//' |
    xargs -P 2 -I{} sh -c 'gzip -dc "$0/snippets/html/{}.html.gz" | "$ARTEX" -f json > "$1/snippets/{}.json" 2> "$1/snippets/{}.err" || true' "$CORPUS" "$OUT"
ls "$CORPUS/readability" | xargs -P 2 -I{} sh -c '"$ARTEX" -f json "$0/readability/{}/source.html" > "$1/readability/{}.json" 2> "$1/readability/{}.err" || true' "$CORPUS" "$OUT"
ls "$CORPUS/dates/html" | sed 's/\.gz$//' |
    xargs -P 2 -I{} sh -c 'gzip -dc "$0/dates/html/{}.gz" | "$ARTEX" -f json > "$1/dates/{}.json" 2> "$1/dates/{}.err" || true' "$CORPUS" "$OUT"
end=$(date +%s)
python3 "$(dirname "$0")/score.py" "$CORPUS" "$OUT"
echo "($((end - start)) s for the three sets, one process per page)"
