#!/usr/bin/env bash
# Prints the validation tables of the three historical scenarios, the seventeen
# eras out of sample (judged by the era-independent targets) and the
# Cold War's tick-length report, as docs/VALIDATION.md shows them (20 seeds,
# the default constants). Exit codes of failing targets are ignored.
set -u
cd "$(dirname "$0")/.."
go build -o "${TMPDIR:-/tmp}/entente-tables" ./cmd/entente || exit 1
bin="${TMPDIR:-/tmp}/entente-tables"
out=$(mktemp -d)
for s in cold-war 21st-century europe-1871 europe-1920 europe-1846 middle-east asia-1950 americas-1950 africa-1960 europe-1816 asia-1990 americas-1870 africa-1990 middle-east-1990 americas-1990 europe-1990 asia-1870 americas-1920 asia-1920 americas-1846; do
  echo "\`go run ./cmd/entente validate $s\`"
  echo
  echo '```'
  "$bin" validate "$s" -o "$out/$s" 2>/dev/null | grep -v '^wrote '
  echo '```'
  echo
done
echo "\`go run ./cmd/entente validate cold-war --ticks-per-year 1,4,12\`"
echo
echo '```'
"$bin" validate cold-war --ticks-per-year 1,4,12 2>/dev/null
echo '```'
rm -rf "$out"
