#!/bin/sh
# Every fixture's JSON and XML output, and every golden file, validated
# against tests/schema/artex.schema.json (python3-jsonschema) and
# tests/schema/artex.rng (xmllint), so the documented field names cannot
# drift; every fixture's TEI against tests/schema/tei-subset.rng, and its
# HTML against tests/schema/html-subset.rng (read as XML, which it also
# is) and through libxml2's HTML parser; the same for a run of all the
# fixtures at once (one <teiCorpus>, one HTML document) and for the
# renderers' unit goldens (tests/unit/render).
#   tests/schema.sh ARTEX
set -u
ARTEX=${1:-./artex}
here=$(dirname "$0")
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A Python that has jsonschema: the one on PATH, or Debian's.
PY=
for p in python3 /usr/bin/python3; do
	if command -v "$p" >/dev/null 2>&1 &&
	    "$p" -c 'import jsonschema' 2>/dev/null; then
		PY=$p
		break
	fi
done

n=0
for input in $(find "$here/fixtures" -name '*.html' | sort); do
	base=${input%.html}
	args=
	[ -f "$base.args" ] && args=$(cat "$base.args")
	n=$((n + 1))
	# shellcheck disable=SC2086
	"$ARTEX" -f json $args "$input" > "$tmp/$n.json" 2>/dev/null
	# shellcheck disable=SC2086
	"$ARTEX" -f xml $args "$input" > "$tmp/$n.xml" 2>/dev/null
	# shellcheck disable=SC2086
	"$ARTEX" -f xmltei $args "$input" > "$tmp/$n.tei" 2>/dev/null
	# shellcheck disable=SC2086
	"$ARTEX" -f html $args "$input" > "$tmp/$n.html" 2>/dev/null
	[ -f "$base.expected.json" ] && cp "$base.expected.json" "$tmp/$n.golden.json"
	[ -f "$base.expected.xml" ] && cp "$base.expected.xml" "$tmp/$n.golden.xml"
	[ -f "$base.expected.tei.xml" ] && cp "$base.expected.tei.xml" "$tmp/$n.golden.tei"
	[ -f "$base.expected.html.xml" ] && cp "$base.expected.html.xml" "$tmp/$n.golden.html"
done
# A run: one document for all the fixtures but the charset pages.
pages=$(find "$here/fixtures" -name '*.html' ! -path '*/charset/*' | sort)
# shellcheck disable=SC2086
"$ARTEX" -f xmltei --links --images $pages > "$tmp/run.tei" 2>/dev/null
# shellcheck disable=SC2086
"$ARTEX" -f html --links --images $pages > "$tmp/run.html" 2>/dev/null
for f in "$here"/unit/render/*.tei.xml; do
	[ -f "$f" ] && cp "$f" "$tmp/unit.$(basename "$f" .tei.xml).tei"
done
for f in "$here"/unit/render/*.html; do
	[ -f "$f" ] && cp "$f" "$tmp/unit.$(basename "$f")"
done

# xmllint's HTML parser knows HTML 4 only: it may not know HTML5's
# elements, but it must have nothing else to say.
html_parse() {
	xmllint --html --noout "$1" 2>&1 | grep -E 'error|warning' |
	    grep -v -E 'Tag (article|header|time|figure|figcaption|aside) invalid'
}

for x in "$tmp"/*.tei; do
	[ -s "$x" ] || continue
	if xmllint --noout --relaxng "$here/schema/tei-subset.rng" "$x" 2>"$tmp/err"; then
		pass=$((pass + 1))
	else
		echo "FAIL $x: $(head -3 "$tmp/err")"
		fail=$((fail + 1))
	fi
done

for x in "$tmp"/*.html; do
	[ -s "$x" ] || continue
	if ! xmllint --noout --relaxng "$here/schema/html-subset.rng" "$x" 2>"$tmp/err"; then
		echo "FAIL $x: $(head -3 "$tmp/err")"
		fail=$((fail + 1))
	elif html_parse "$x" > "$tmp/err"; then
		echo "FAIL $x (HTML parser): $(head -3 "$tmp/err")"
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
done

for x in "$tmp"/*.xml; do
	[ -s "$x" ] || continue
	if xmllint --noout --relaxng "$here/schema/artex.rng" "$x" 2>"$tmp/err"; then
		pass=$((pass + 1))
	else
		echo "FAIL $x: $(head -3 "$tmp/err")"
		fail=$((fail + 1))
	fi
done

if [ -z "$PY" ]; then
	echo "FAIL no python3 with jsonschema (Debian: python3-jsonschema)"
	fail=$((fail + 1))
else
	out=$("$PY" - "$here/schema/artex.schema.json" "$tmp"/*.json <<'PYEOF'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft7Validator.check_schema(schema)
v = jsonschema.Draft7Validator(schema)
ok = bad = 0
for path in sys.argv[2:]:
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        errs = list(v.iter_errors(json.loads(line)))
        if errs:
            bad += 1
            print("FAIL %s: %s" % (path, errs[0].message))
        else:
            ok += 1
print("%d %d" % (ok, bad))
PYEOF
)
	printf '%s\n' "$out" | grep FAIL
	pass=$((pass + $(printf '%s\n' "$out" | tail -1 | cut -d' ' -f1)))
	fail=$((fail + $(printf '%s\n' "$out" | tail -1 | cut -d' ' -f2)))
fi
echo "schema: $pass passed, $fail failed"
[ $fail = 0 ]
