"""What runs inside a worker process. Top-level functions only, so they pickle by name.

The NLP is CPU-bound Python (natasha, numpy) that holds the GIL for tens of milliseconds per sentence: in a
thread it would still stall the event loop. Separate processes give the bot its own core and isolate a
crash or a runaway article from it.
"""

from __future__ import annotations

import contextlib
import logging
import os
from typing import Any

log = logging.getLogger(__name__)


def init_worker() -> None:
    """Load the models once per worker, and yield the CPU to the bot process when both want it."""
    with contextlib.suppress(OSError):  # not permitted on some systems
        os.nice(5)
    from analysis import analyze

    analyze("Президент заявил, что модели загружены.")  # loads and exercises every model once


def analyze_text(text: str) -> dict[str, Any]:
    from analysis import analyze

    return analyze(text).to_dict()


def rss_mb() -> tuple[int, float]:
    """This process's id and peak resident memory in MB, for the benchmark and the logs."""
    import resource

    return os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
