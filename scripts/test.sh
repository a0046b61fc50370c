#!/usr/bin/env bash
# Sets everything up on first use, then runs the linter and the whole test suite (unit, eval, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
