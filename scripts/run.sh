#!/usr/bin/env bash
# Sets everything up on first use, then runs the bot (the demo when BOT_TOKEN is not set).
# Arguments pass through: scripts/run.sh demo | analyze FILE... | bench
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/python -m bot "$@"
