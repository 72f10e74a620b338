#!/bin/sh
# Every fixture's JSON and XML output, and every golden file, validated
# against tests/schema/artex.schema.json (python3-jsonschema) and
# tests/schema/artex.rng (xmllint), so the documented field names cannot
# drift.
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
	[ -f "$base.expected.json" ] && cp "$base.expected.json" "$tmp/$n.golden.json"
	[ -f "$base.expected.xml" ] && cp "$base.expected.xml" "$tmp/$n.golden.xml"
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
