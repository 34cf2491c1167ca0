#!/usr/bin/env bash
# Quality gate: evaluate the coder on the three gold sets (and the project's invented development
# set) and fail when a headline score falls below its floor in eval/baseline.json, or when a gold
# file changed (docs/evaluation.md).
# The gold data lives outside the repository: ${LEGATION_SHARED:-../shared}/data/external/.
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED="${LEGATION_SHARED:-../shared}"
EXTERNAL="$SHARED/data/external"
GOLD=(
  "$EXTERNAL/plover-gsr-cameo/plover_gsr_cameo.jsonl"
  "$EXTERNAL/petr2-gsr-validation/petr2_gsr_validation.jsonl"
  "$EXTERNAL/conflibert-cameo/conflibert_cameo_test.jsonl"
)
# the project's own invented development set (in the repository; see eval/devsets/README.md)
DEVSETS=("eval/devsets/invented_wire.jsonl")

if [ ! -d "$EXTERNAL" ]; then
  echo "quality gate: no shared gold folder at $EXTERNAL (set LEGATION_SHARED); gating the development set only"
  GOLD=()
fi
for f in "${GOLD[@]}"; do
  if [ ! -f "$f" ]; then
    echo "quality gate: gold file missing: $f" >&2
    exit 1
  fi
done

PY="${PYTHON:-python}"
if [ -x .venv/bin/python ] && [ -z "${PYTHON:-}" ]; then PY=.venv/bin/python; fi

# `legation evaluate` when the main CLI is installed, else the evaluate command on its own
if "$PY" -c "import legation.cli" >/dev/null 2>&1; then
  CMD=("$PY" -m legation evaluate)
else
  CMD=("$PY" -m legation.evaluate.cli evaluate)
fi
"${CMD[@]}" --gate eval/baseline.json --misses 5 "$@" ${GOLD[@]+"${GOLD[@]}"} "${DEVSETS[@]}"
