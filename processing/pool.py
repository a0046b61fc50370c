"""A pool of worker processes for the NLP, awaited from the event loop."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from processing import worker

log = logging.getLogger(__name__)
T = TypeVar("T")


class WorkerCrashed(RuntimeError):
    """The worker died while running a job (killed, out of memory, a native crash)."""


class WorkerPool:
    """ProcessPoolExecutor with models loaded once per worker, restarted when a worker dies.

    `spawn` start method: the bot process has threads (aiosqlite, the event loop's executor), and forking a
    process with threads can deadlock; spawn also keeps natasha out of the bot process's memory.
    """

    def __init__(self, workers: int = 1) -> None:
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None
        self._closed = False

    def _ensure(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=worker.init_worker,
            )
        return self._executor

    async def start(self) -> None:
        """Start the workers and wait until their models are loaded, so the first article is not slow."""
        executor = self._ensure()
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(executor, worker.rss_mb) for _ in range(self.workers)))

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        """Run fn(*args) in a worker. A job over `timeout` seconds is a runaway: its worker is killed (the pool
        restarts) and WorkerCrashed is raised, so one pathological input cannot hold the only worker forever."""
        if self._closed:
            raise WorkerCrashed("the pool is shut down")
        loop = asyncio.get_running_loop()
        executor = self._ensure()
        try:
            return await asyncio.wait_for(loop.run_in_executor(executor, fn, *args), timeout)
        except BrokenProcessPool as exc:
            log.error("a worker process died; restarting the pool")
            self._discard()
            raise WorkerCrashed(str(exc)) from exc
        except TimeoutError as exc:
            log.error("%s took over %s s; killing its worker", getattr(fn, "__name__", fn), timeout)
            if self._executor is executor:
                self._executor = None
                await _stop(executor)
            raise WorkerCrashed(f"timed out after {timeout} s") from exc

    async def worker_rss_mb(self) -> dict[int, float]:
        """Peak RSS of each worker process by pid (asks a few times, so that every worker answers)."""
        loop = asyncio.get_running_loop()
        executor = self._ensure()
        answers = await asyncio.gather(*(loop.run_in_executor(executor, worker.rss_mb)
                                         for _ in range(self.workers * 4)))
        return dict(answers)

    def _discard(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    async def close(self) -> None:
        """Stop the workers; a job still running is abandoned (its article stays pending and resumes at start)."""
        self._closed = True
        executor, self._executor = self._executor, None
        if executor is not None:
            await _stop(executor)


async def _stop(executor: ProcessPoolExecutor) -> None:
    processes = list((getattr(executor, "_processes", None) or {}).values())
    for proc in processes:
        proc.terminate()
    await asyncio.to_thread(_reap, processes)
    executor.shutdown(wait=False, cancel_futures=True)


def _reap(processes: list[Any]) -> None:
    for proc in processes:
        proc.join(timeout=3)
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=1)
