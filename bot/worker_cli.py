"""`python -m bot worker`: an analysis worker for the Redis job queue (REDIS_URL); any number, on any machine."""

from __future__ import annotations

import logging

from bot.config import load_settings
from bot.logs import setup_logging

log = logging.getLogger("bot.worker")


def run_worker_command() -> int:
    settings = load_settings()
    setup_logging(settings.log_level, None)
    if not settings.redis_url:
        log.error("REDIS_URL is not set: a worker takes its jobs from the Redis queue, e.g. "
                  "REDIS_URL=redis://127.0.0.1:6379/0 (without it the bot runs its own local workers)")
        return 2
    from processing.remote import run_worker

    log.info("worker: %d analysis process(es), job limit %d s", settings.analysis_workers,
             settings.job_timeout_seconds)
    return run_worker(settings.redis_url, processes=settings.analysis_workers,
                      job_timeout=settings.job_timeout_seconds)
