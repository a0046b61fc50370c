"""The real worker pool: limits count from a job's start, a runaway kills only its own worker, memory is capped."""

from __future__ import annotations

import asyncio
import time

import pytest

from processing import worker
from processing.pool import WorkerCrashed, WorkerPool, _Slot


def allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


async def test_a_runaway_job_is_killed_and_the_next_one_runs() -> None:
    pool = WorkerPool(1, memory_limit_mb=None)
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


async def test_the_time_limit_counts_from_when_the_worker_starts_the_job() -> None:
    pool = WorkerPool(1, memory_limit_mb=None)
    try:
        await pool.wait_started()
        first = asyncio.create_task(pool.run(time.sleep, 2, timeout=30))
        await asyncio.sleep(0.2)
        # Waits ~2 s behind the first job, then takes no time at all: its 1 s limit is not spent waiting.
        assert await pool.run(pow, 2, 5, timeout=1) == 32
        await first
    finally:
        await pool.close()


async def test_a_timeout_kills_only_the_runaways_worker() -> None:
    pool = WorkerPool(2, memory_limit_mb=None)
    try:
        await pool.wait_started()
        innocent = asyncio.create_task(pool.run(time.sleep, 3, timeout=60))
        await asyncio.sleep(0.2)
        with pytest.raises(WorkerCrashed, match="timed out"):
            await pool.run(time.sleep, 60, timeout=1)
        assert await innocent is None  # the other worker's job finished untouched
    finally:
        await pool.close()


async def test_a_worker_has_a_memory_ceiling_and_survives_hitting_it() -> None:
    pool = WorkerPool(1, memory_limit_mb=1536)
    try:
        assert await pool.run(worker.address_space_limit, timeout=60) == 1536 * 1024 * 1024
        with pytest.raises(MemoryError):
            await pool.run(allocate, 4096, timeout=60)
        assert await pool.run(allocate, 10, timeout=60) == 10 * 1024 * 1024
    finally:
        await pool.close()


async def test_closing_while_the_workers_warm_up_leaves_nothing_behind() -> None:
    errors: list[dict] = []
    asyncio.get_running_loop().set_exception_handler(lambda _loop, context: errors.append(context))
    pool = WorkerPool(2, memory_limit_mb=None)
    pool.start()
    await asyncio.sleep(0.5)  # the workers are being spawned, their models loading
    await pool.close()
    import gc

    gc.collect()
    await asyncio.sleep(0.1)
    assert errors == []


async def test_a_late_failure_of_an_old_worker_cannot_discard_its_replacement() -> None:
    from concurrent.futures import ProcessPoolExecutor

    slot = _Slot(0, None)
    old, fresh = ProcessPoolExecutor(1), ProcessPoolExecutor(1)
    slot._executor, slot._ready = fresh, True  # the old one broke and was replaced meanwhile
    await slot.discard(old)
    assert slot._executor is fresh and slot._ready
    await slot.close()
