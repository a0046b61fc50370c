"""The Redis job queue (arq) behind the same interface as the local `WorkerPool`: `start`, `run`, `close`.

Why arq: its execution is pessimistic. A job stays in the queue until a worker has stored its result; a worker
running it holds an "in progress" key that expires `job timeout + 10 s` after it started, so a worker killed
mid-job (SIGKILL, OOM, a lost machine) leaves the job to be run again by another worker. Results are kept in
Redis until the bot has taken them; the bot deletes a result only once it holds it (for an analysis: right
before storing it, and an article found pending at the next start is simply analysed again).

Fairness stays with the bot: `ArticleService`'s fair per-chat queue decides the order, and only `in_flight`
jobs per bot instance are on Redis at any moment (one consumer per slot), so one chat's fifty articles never
fill the Redis queue ahead of everyone else.

Idempotence: an analysis's job id is derived from its article (`analysis-<id>`). Two instances (or one
restarted instance) asking for the same article share one job and its result, and a result for an article
already stored is ignored by `Storage.save_analysis`.

The bot process imports nothing of the NLP here: the worker functions are named, not pickled, and the models
live only in `python -m bot worker` processes (each runs a local `WorkerPool`, so a runaway job is still killed
and memory-capped on its machine).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from processing import worker
from processing.pool import WorkerCrashed, WorkerPool

log = logging.getLogger(__name__)
T = TypeVar("T")

#: The only functions a job may name; a job naming anything else fails (nothing arbitrary runs on a worker).
FUNCTIONS: dict[str, Callable[..., Any]] = {
    f.__name__: f for f in (worker.analyze_text, worker.analyze_article, worker.extract_page, worker.extract_file,
                             worker.render_chart)
}
JOB = "run_call"
#: How long a result waits in Redis for a bot that went away before taking it (it asks again at its start).
KEEP_RESULT_SECONDS = 3600
#: A job killed this many times (its worker died each time) is a poison job: it fails instead of killing more.
MAX_TRIES = 3
#: How long (about) a job waits for an unreachable Redis before its work counts as failed.
REDIS_PATIENCE = 60.0


class RemotePool:
    """Jobs on the Redis queue at `redis_url`; `workers` is how many this bot instance keeps there at once."""

    def __init__(self, redis_url: str, *, in_flight: int = 4, poll_delay: float = 0.05) -> None:
        self.workers = in_flight
        self._url = redis_url
        self._poll_delay = poll_delay
        self._redis: Any = None
        self._lock = asyncio.Lock()
        self._closed = False

    def start(self) -> None:
        """Nothing to warm up here: the models are loaded by the workers. Redis is connected on first use."""

    async def wait_started(self) -> None:
        await self._connect()

    async def _connect(self) -> Any:
        async with self._lock:
            if self._closed:
                raise WorkerCrashed("the job queue is closed")
            if self._redis is None:
                from arq import create_pool
                from arq.connections import RedisSettings

                self._redis = await create_pool(RedisSettings.from_dsn(self._url))
            return self._redis

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float | None = None,
                  key: str | None = None) -> T:
        """Run fn(*args) on a worker and return its result (its exception is raised here).

        `key`: the job's id when the work has one of its own (an article): the same key is one job, whoever
        asks. Raises WorkerCrashed when the job could not be done (timed out, its workers kept dying).
        """
        from arq.constants import result_key_prefix
        from arq.jobs import Job, ResultNotFound
        from arq.worker import JobExecutionFailed
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError

        name = getattr(fn, "__name__", "")
        if FUNCTIONS.get(name) is not fn:
            raise ValueError(f"{name or fn!r} is not a worker job")
        job_id = key or f"call-{uuid.uuid4().hex}"
        pause = 0.5
        redis: Any = None
        while True:
            try:
                redis = await self._connect()
                job = await redis.enqueue_job(JOB, name, args, timeout, _job_id=job_id)
                if job is None:  # queued, running or finished already (another instance, or before a restart)
                    job = Job(job_id, redis)
                result = await job.result(poll_delay=self._poll_delay)
                break
            except (JobExecutionFailed, ResultNotFound, TimeoutError) as exc:
                await self._forget(redis, result_key_prefix + job_id)
                raise WorkerCrashed(f"job {job_id} failed: {exc!r}") from exc
            except (OSError, RedisConnectionError, RedisTimeoutError) as exc:
                # Redis restarting or unreachable: the job (same id) is asked for again, never marked failed.
                if pause > REDIS_PATIENCE:
                    raise WorkerCrashed(f"Redis unreachable: {exc!r}") from exc
                log.warning("job %s: Redis unreachable (%r); trying again in %.1f s", job_id, exc, pause)
                if redis is not None:
                    await self._reset(redis)
                await asyncio.sleep(pause)
                pause *= 2
            except asyncio.CancelledError:
                raise  # the job runs on; its result waits in Redis for whoever asks for this key next
            except Exception:
                await self._forget(redis, result_key_prefix + job_id)  # the job's own error (WorkerCrashed,
                raise  # a refused file): taken, so a later job with the same id runs afresh
        await self._forget(redis, result_key_prefix + job_id)
        return result  # type: ignore[no-any-return]

    async def _reset(self, redis: Any) -> None:
        async with self._lock:
            if self._redis is redis:
                self._redis = None
        with contextlib.suppress(Exception):
            await redis.aclose()

    @staticmethod
    async def _forget(redis: Any, key: str) -> None:
        """The result is taken: a later job with the same id (a failed article sent again) runs afresh."""
        with contextlib.suppress(Exception):
            await redis.delete(key)

    async def close(self) -> None:
        self._closed = True
        async with self._lock:
            redis, self._redis = self._redis, None
        if redis is not None:
            with contextlib.suppress(Exception):
                await redis.aclose()


# --- the worker side (`python -m bot worker`) --------------------------------------------------------------


async def run_call(ctx: dict[str, Any], name: str, args: tuple[Any, ...], timeout: float | None) -> Any:
    """One job, run in this worker's own process pool: its time and memory limits hold on every machine."""
    fn = FUNCTIONS.get(name)
    if fn is None:
        raise ValueError(f"unknown job function {name!r}")
    pool: WorkerPool = ctx["pool"]
    limit: float = ctx["limit"]
    return await pool.run(fn, *args, timeout=min(timeout or limit, limit))


def run_worker(redis_url: str, *, processes: int = 1, job_timeout: int = 60) -> int:
    """Take jobs from the queue until SIGTERM/SIGINT. `processes` analysis processes (models loaded once each,
    before the first job is taken); each runs one job at a time."""
    from arq import Worker, func
    from arq.connections import RedisSettings

    async def startup(ctx: dict[str, Any]) -> None:
        pool = WorkerPool(processes)
        ctx["pool"] = pool
        # The worker's own limit stays under arq's, so a runaway is killed here and reported, not cancelled.
        ctx["limit"] = max(1.0, job_timeout - 3.0)
        await pool.wait_started()
        log.info("worker ready: %d analysis process(es), models loaded", processes)

    async def shutdown(ctx: dict[str, Any]) -> None:
        pool = ctx.get("pool")
        if pool is not None:
            await pool.close()

    arq_worker = Worker(
        functions=[func(run_call, name=JOB, max_tries=MAX_TRIES, timeout=job_timeout)],
        redis_settings=RedisSettings.from_dsn(redis_url), on_startup=startup, on_shutdown=shutdown,
        max_jobs=processes, job_timeout=job_timeout, keep_result=KEEP_RESULT_SECONDS, poll_delay=0.05,
        retry_jobs=True, handle_signals=True,
    )
    arq_worker.run()
    return 0
