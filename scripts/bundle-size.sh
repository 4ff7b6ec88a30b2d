#!/usr/bin/env bash
# The first download of the web app (wasm + JS + CSS that index.html loads), brotli-compressed.
# Prints the figure and fails above the budget.
set -euo pipefail
budget=${BUNDLE_BUDGET:-307200} # 300 KB
dist=${1:-dist}
total=0
for f in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css; do
  [ -e "$f" ] || continue
  size=$(brotli -c -q 11 "$f" | wc -c)
  printf '  %-48s %8d bytes raw %8d brotli\n' "$(basename "$f")" "$(wc -c <"$f")" "$size"
  total=$((total + size))
done
printf 'first download (brotli): %d bytes = %d KB (budget %d KB, goal 170 KB)\n' \
  "$total" "$((total / 1024))" "$((budget / 1024))"
if [ "$total" -gt "$budget" ]; then
  echo "FAIL: over the bundle budget" >&2
  exit 1
fi
