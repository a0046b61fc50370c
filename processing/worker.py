"""What runs inside a worker process. Top-level functions only, so they pickle by name.

The NLP is CPU-bound Python (natasha, numpy) that holds the GIL for tens of milliseconds per sentence: in a
thread it would still stall the event loop. Separate processes give the bot its own core and isolate a
crash or a runaway article from it. Page and file extraction (trafilatura, pypdf, python-docx) run here too:
they are CPU work on input that anyone can send, so they get the same time and memory limits.
"""

from __future__ import annotations

import contextlib
import logging
import os
from typing import Any

log = logging.getLogger(__name__)


def _die_with(parent_pid: int) -> None:
    """End this worker when the bot process ends, however it ends.

    A SIGKILLed bot cannot stop its workers, and a worker would wait on its job queue forever (it holds both
    ends of that pipe itself): each kill would leave 300 MB of models behind. Linux sends PDEATHSIG at the
    parent's death; a parent already gone before that was set up shows as a changed parent id.
    """
    import signal

    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:
        os._exit(0)


def init_worker(memory_limit_mb: int | None = None, parent_pid: int | None = None) -> None:
    """Cap the worker's memory, load the models once, and yield the CPU to the bot process when both want it."""
    if parent_pid is not None:
        _die_with(parent_pid)
    # One BLAS thread: the pool is the parallelism, and each idle BLAS thread reserves address space.
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    if memory_limit_mb:
        import resource

        limit = memory_limit_mb * 1024 * 1024
        with contextlib.suppress(ValueError, OSError):  # a lower hard limit set by the system stays
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    with contextlib.suppress(OSError):  # not permitted on some systems
        os.nice(5)
    from analysis import analyze

    analyze("Президент заявил, что модели загружены.")  # loads and exercises every model once


def analyze_text(text: str) -> dict[str, Any]:
    from analysis import analyze

    return analyze(text).to_dict()


def analyze_article(text: str) -> dict[str, Any]:
    """The analysis (contract JSON) plus what storing it needs and is CPU work: each quote's search keys and the
    article's MinHash signature and LSH bands. Done here so the bot process neither lemmatises nor loads numpy."""
    from analysis import analyze
    from analysis.keys import text_keys
    from processing.fingerprint import fingerprint

    analysis = analyze(text)
    signature, bands = fingerprint(text)
    return {
        "analysis": analysis.to_dict(),
        "quote_keys": [" ".join(text_keys(q.text)) for q in analysis.quotes],
        "fingerprint": signature,
        "bands": bands,
    }


def render_chart(title: str, days: list[str], series: list[tuple[str, list[int]]]) -> bytes:
    """A PNG chart of daily counts: one line per series, Russian labels, sized for a phone screen.

    matplotlib (Agg, no display) costs ~40 MB and tens of milliseconds of CPU per chart: it runs here, in a
    worker, so the bot process never imports it and its event loop never waits on it.
    """
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [f"{d[8:10]}.{d[5:7]}" for d in days]
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=130)
    try:
        for name, values in series:
            ax.plot(range(len(days)), values, marker="o", markersize=3, linewidth=2, label=name)
        step = max(1, len(days) // 8)
        ax.set_xticks(range(0, len(days), step))
        ax.set_xticklabels(labels[::step], fontsize=10)
        ax.set_title(title, fontsize=14)
        ax.set_ylabel("в день", fontsize=11)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        if series:
            ax.legend(fontsize=10, loc="upper left")
        fig.tight_layout()
        out = io.BytesIO()
        fig.savefig(out, format="png")
        return out.getvalue()
    finally:
        plt.close(fig)


def extract_page(html: str, url: str | None, max_chars: int) -> Any:
    """The article of a fetched page (intake.links.ExtractedArticle or None), its text cut to max_chars + 1."""
    import dataclasses

    from intake.links import extract_article

    article = extract_article(html, url)
    if article is not None and len(article.text) > max_chars:
        article = dataclasses.replace(article, text=article.text[: max_chars + 1])
    return article


def extract_file(name: str, data: bytes, mime: str | None, max_chars: int) -> str:
    """The text of a user's file (raises intake.files.UnsupportedFile with the user's answer)."""
    from intake.files import extract_file_text

    return extract_file_text(name, data, mime, max_chars=max_chars)


def rss_mb() -> tuple[int, float]:
    """This process's id and peak resident memory in MB, for the benchmark and the logs."""
    import resource

    return os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def address_space_limit() -> int:
    """RLIMIT_AS of this process (for tests: the ceiling is really set in the worker)."""
    import resource

    return resource.getrlimit(resource.RLIMIT_AS)[0]
