"""The real worker pool: a runaway job is killed and the pool keeps serving; a closed pool refuses work."""

from __future__ import annotations

import time

import pytest

from processing.pool import WorkerCrashed, WorkerPool


async def test_a_runaway_job_is_killed_and_the_next_one_runs() -> None:
    pool = WorkerPool(1)
    try:
        started = time.monotonic()
        with pytest.raises(WorkerCrashed, match="timed out"):
            await pool.run(time.sleep, 60, timeout=2)
        assert time.monotonic() - started < 30
        assert await pool.run(pow, 2, 10, timeout=60) == 1024  # a fresh worker took over
    finally:
        await pool.close()
    with pytest.raises(WorkerCrashed):
        await pool.run(pow, 2, 3)
