#!/usr/bin/env bash
# dev/compare_snapshots.sh BEFORE AFTER: names every snapshot file that differs (nothing = identical).
status=0
for f in "$1"/*.json "$1"/*.err; do
  b="$2/$(basename "$f")"
  if ! cmp -s "$f" "$b"; then echo "DIFF $(basename "$f")"; status=1; fi
done
exit $status
