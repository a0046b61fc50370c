"""The load test's quick variant end to end: the bot in webhook mode, a worker on the Redis queue (or local
workers where no redis-server exists), every update answered, nothing lost, nothing twice."""

from __future__ import annotations

import asyncio
import os
import re
import sys

import pytest

from tests.e2e.conftest import ROOT

pytestmark = pytest.mark.e2e


async def test_quick_loadtest_loses_and_duplicates_nothing() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "loadtest", "--quick", cwd=ROOT, env={**os.environ, "BOT_TOKEN": ""},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(proc.communicate(), 280)
    text = out.decode("utf-8", "replace")
    assert proc.returncode == 0, text
    assert "lost 0, duplicated 0" in text, text
    assert "command answer  p50" in text and "card delivered  p50" in text, text
    counts = re.search(r"\((\d+) commands answered, (\d+) cards", text)
    assert counts and int(counts.group(1)) > 0 and int(counts.group(2)) > 0, text
