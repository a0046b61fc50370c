"""Worker processes for the CPU work (NLP, page and file extraction), awaited from the event loop.

Each worker is its own single-process executor (a "slot"), and a slot runs one job at a time. That gives three
properties a shared ProcessPoolExecutor cannot:
- a job's time limit counts from the moment its worker starts it, not from when it was queued behind others;
- a runaway job is stopped by killing its own worker only: jobs running in other workers are not touched;
- a worker that dies breaks only its own executor, and only that slot is replaced.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from processing import worker

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Loading natasha's models takes seconds; a worker that has not loaded them in this time is stuck.
START_TIMEOUT = 180.0
#: Address-space ceiling of a worker. natasha's models need about 1 GB of address space, a 5 MB file's
#: parse a few hundred MB more; a decompression bomb meets MemoryError here instead of the machine's OOM killer.
MEMORY_LIMIT_MB = 1536


class WorkerCrashed(RuntimeError):
    """The job did not finish in its worker: killed for its time limit, out of memory, a native crash, or the
    pool shut down."""


class _Slot:
    """One worker process and the executor that feeds it; replaced whole when the process dies or is killed."""

    def __init__(self, index: int, memory_limit_mb: int | None) -> None:
        self.index = index
        self._memory_limit_mb = memory_limit_mb
        self._executor: ProcessPoolExecutor | None = None
        self._ready = False
        self._closed = False
        self._lock = asyncio.Lock()

    async def _started(self) -> ProcessPoolExecutor:
        """The slot's executor with its worker up and its models loaded (started here when needed)."""
        async with self._lock:
            if self._closed:
                raise WorkerCrashed("the pool is shut down")
            if self._executor is None:
                self._executor = ProcessPoolExecutor(
                    max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                    initializer=worker.init_worker, initargs=(self._memory_limit_mb, os.getpid()))
                self._ready = False
            executor = self._executor
            if not self._ready:
                loop = asyncio.get_running_loop()
                try:
                    await asyncio.wait_for(loop.run_in_executor(executor, worker.rss_mb), START_TIMEOUT)
                except (BrokenProcessPool, TimeoutError, asyncio.CancelledError) as exc:
                    await self.discard(executor)
                    if isinstance(exc, asyncio.CancelledError):
                        raise
                    raise WorkerCrashed(f"worker {self.index} did not start: {exc!r}") from exc
                self._ready = True
            return executor

    async def run(self, fn: Callable[..., T], args: tuple[Any, ...], timeout: float | None) -> T:
        executor = await self._started()
        loop = asyncio.get_running_loop()
        try:
            future = loop.run_in_executor(executor, fn, *args)
        except (RuntimeError, BrokenProcessPool) as exc:  # shut down between the two lines above
            raise WorkerCrashed(f"the worker is gone: {exc}") from exc
        try:
            return await asyncio.wait_for(future, timeout)  # the clock starts now: the worker is idle and ready
        except BrokenProcessPool as exc:
            log.error("worker %d died running %s; starting a new one", self.index, _name(fn))
            await self.discard(executor)
            raise WorkerCrashed(f"the worker died: {exc}") from exc
        except TimeoutError as exc:
            log.error("%s took over %s s; killing worker %d (the others keep their jobs)", _name(fn), timeout,
                      self.index)
            await self.discard(executor)
            raise WorkerCrashed(f"timed out after {timeout} s") from exc
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise  # our caller is being cancelled (shutdown): that is theirs to handle
            # The executor dropped the job without our asking (it was shut down under it): a failure, not a
            # cancellation of the caller, who must keep running.
            raise WorkerCrashed("the job was dropped by its worker") from None

    async def discard(self, executor: ProcessPoolExecutor) -> None:
        """Stop `executor` if it is still this slot's; a replacement started meanwhile is left alone."""
        if self._executor is executor:
            self._executor = None
            self._ready = False
        await _stop(executor)

    async def rss_mb(self) -> tuple[int, float]:
        executor = await self._started()
        return await asyncio.get_running_loop().run_in_executor(executor, worker.rss_mb)

    async def close(self) -> None:
        self._closed = True
        executor, self._executor = self._executor, None
        if executor is not None:
            await _stop(executor)


class WorkerPool:
    """`workers` worker processes; `run` gives a job to an idle one and returns its result.

    The interface is deliberately small (start, run, close) so that a remote job queue can stand in for it.
    `spawn` start method: the bot process has threads (aiosqlite, the event loop's executor), and forking a
    process with threads can deadlock; spawn also keeps natasha out of the bot process's memory.
    """

    def __init__(self, workers: int = 1, *, memory_limit_mb: int | None = MEMORY_LIMIT_MB) -> None:
        self.workers = workers
        self._slots = [_Slot(i, memory_limit_mb) for i in range(workers)]
        self._idle: asyncio.Queue[_Slot] | None = None
        self._warm_up: asyncio.Task[None] | None = None
        self._closed = False

    def _queue(self) -> asyncio.Queue[_Slot]:
        if self._idle is None:
            self._idle = asyncio.Queue()
            for slot in self._slots:
                self._idle.put_nowait(slot)
        return self._idle

    def start(self) -> None:
        """Start the workers in the background, so their models load while the bot connects; `close` ends
        the warm-up wherever it is, without leaving an unretrieved error behind."""
        if self._warm_up is None and not self._closed:
            self._warm_up = asyncio.create_task(self._start_all(), name="worker-warm-up")

    async def wait_started(self) -> None:
        self.start()
        if self._warm_up is not None:
            await asyncio.shield(self._warm_up)

    async def _start_all(self) -> None:
        results = await asyncio.gather(*(slot._started() for slot in self._slots), return_exceptions=True)
        for slot, result in zip(self._slots, results, strict=True):
            if isinstance(result, BaseException):
                log.warning("worker %d did not start: %r (it is tried again with its first job)", slot.index, result)

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float | None = None,
                  key: str | None = None) -> T:
        """Run fn(*args) in an idle worker. `timeout` counts from when the worker starts the job; a job over it
        is a runaway, and only its own worker is killed (WorkerCrashed). `key` names the job for a remote queue
        (processing.remote); in-process there is nothing to share it with."""
        if self._closed:
            raise WorkerCrashed("the pool is shut down")
        idle = self._queue()
        slot = await idle.get()
        try:
            if self._closed:
                raise WorkerCrashed("the pool is shut down")
            return await slot.run(fn, args, timeout)
        finally:
            idle.put_nowait(slot)

    async def worker_rss_mb(self) -> dict[int, float]:
        """Peak RSS of each worker process by pid."""
        answers = await asyncio.gather(*(slot.rss_mb() for slot in self._slots))
        return dict(answers)

    async def close(self) -> None:
        """Stop the workers; a job still running is abandoned (its work stays pending and resumes at start)."""
        self._closed = True
        if self._warm_up is not None:
            self._warm_up.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._warm_up
        await asyncio.gather(*(slot.close() for slot in self._slots), return_exceptions=True)


def _name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__name__", repr(fn))


async def _stop(executor: ProcessPoolExecutor) -> None:
    processes = list((getattr(executor, "_processes", None) or {}).values())
    for proc in processes:
        with contextlib.suppress(Exception):
            proc.terminate()
    await asyncio.to_thread(_reap, processes)
    executor.shutdown(wait=False, cancel_futures=True)


def _reap(processes: list[Any]) -> None:
    for proc in processes:
        proc.join(timeout=3)
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=1)
