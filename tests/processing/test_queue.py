"""The fair queue and the article service: chats take turns, nothing is lost across a restart."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from analysis.model import Analysis
from processing import worker
from processing.pool import WorkerCrashed
from processing.queue import FairQueue, Job
from processing.service import ArticleService, QueueFull
from storage import Article, Storage


async def test_chats_take_turns() -> None:
    queue = FairQueue()
    for i in range(50):
        queue.put(Job(chat_id=1, article_id=i))
    queue.put(Job(chat_id=2, article_id=100))
    queue.put(Job(chat_id=3, article_id=200))
    order = [(await queue.get()).chat_id for _ in range(6)]
    assert order == [1, 2, 3, 1, 1, 1]


def test_position_counts_the_turns_of_other_chats() -> None:
    queue = FairQueue()
    for i in range(10):
        queue.put(Job(chat_id=1, article_id=i))
    assert queue.put(Job(chat_id=2, article_id=100)) == 2  # one of chat 1, then this one
    assert queue.put(Job(chat_id=2, article_id=101)) == 4
    assert queue.position(1) == 12
    assert queue.position(3) == 0


class StubPool:
    """Runs the analysis in-process; can be told to crash like a dying worker, or to have a job dropped under it
    (the executor cancelling its future, as a broken pool's shutdown does)."""

    workers = 1

    def __init__(self, crashes: int = 0, gate: asyncio.Event | None = None, dropped: int = 0) -> None:
        self.crashes = crashes
        self.dropped = dropped
        self.gate = gate
        self.seen: list[str] = []
        self.log: list[tuple[str, int | str]] = []  # what ran, in order: ("analysis", text) / ("call", arg)

    async def run(self, fn: Any, *args: Any, timeout: float | None = None, key: str | None = None) -> Any:
        if self.gate is not None:
            await self.gate.wait()
        if fn is not worker.analyze_article:
            self.log.append(("call", args[0]))
            await asyncio.sleep(0.01)
            return fn(*args)
        (text,) = args
        self.seen.append(text)
        self.log.append(("analysis", text))
        if self.dropped:
            self.dropped -= 1
            raise asyncio.CancelledError
        if self.crashes:
            self.crashes -= 1
            raise WorkerCrashed("killed")
        return {"analysis": Analysis(summary=f"summary of {text}").to_dict(), "quote_keys": None,
                "fingerprint": "", "bands": []}


async def _service(storage: Storage, pool: StubPool, sent: list[Article], **kw: Any) -> ArticleService:
    async def on_done(article: Article) -> None:
        sent.append(article)
        await storage.mark_card_sent(article.chat_id, article.id)

    return ArticleService(storage, pool, on_done, **kw)  # type: ignore[arg-type]


async def _wait(predicate: Any, timeout: float = 5) -> None:
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.01)


async def test_pending_articles_resume_at_start_and_cards_go_out_once(database: str | Path) -> None:
    path = database
    storage = await Storage.open(path)
    await storage.ensure_chat(1)
    first, _ = await storage.add_article(1, "первая статья")
    second, _ = await storage.add_article(1, "вторая статья")
    await storage.save_analysis(1, second.id, Analysis(summary="готово"))  # analysed, card not sent: a crash
    await storage.close()

    storage = await Storage.open(path)
    sent: list[Article] = []
    service = await _service(storage, StubPool(), sent)
    assert await service.start() == 2
    await _wait(lambda: len(sent) == 2)
    assert {a.id for a in sent} == {first.id, second.id}
    assert all(a.status == "done" for a in sent)
    await service.stop()
    await storage.close()

    storage = await Storage.open(path)  # a second restart has nothing left to do
    again: list[Article] = []
    service = await _service(storage, StubPool(), again)
    assert await service.start() == 0
    await service.stop()
    await storage.close()
    assert again == []


async def test_a_crashing_worker_is_retried_then_given_up(database: str | Path) -> None:
    storage = await Storage.open(database)
    await storage.ensure_chat(1)
    sent: list[Article] = []
    pool = StubPool(crashes=1)
    service = await _service(storage, pool, sent)
    await service.start()
    article, _ = await storage.add_article(1, "статья")
    service.submit(article)
    await _wait(lambda: len(sent) == 1)
    assert sent[0].status == "done" and len(pool.seen) == 2

    pool.crashes = 5
    poison, _ = await storage.add_article(1, "ядовитая статья")
    service.submit(poison)
    await _wait(lambda: len(sent) == 2)
    assert sent[1].status == "failed"
    await service.stop()
    await storage.close()


async def test_queue_limits_per_chat(database: str | Path) -> None:
    storage = await Storage.open(database)
    await storage.ensure_chat(1)
    gate = asyncio.Event()
    sent: list[Article] = []
    service = await _service(storage, StubPool(gate=gate), sent, max_queue=10, max_queue_per_chat=2)
    await service.start()
    for i in range(3):
        article, _ = await storage.add_article(1, f"статья {i}")
        service.submit(article)
    await asyncio.sleep(0.05)  # the first one is taken by the consumer, two wait
    try:
        service.check_room(1)
    except QueueFull as exc:
        assert "очереди" in str(exc)
    else:
        raise AssertionError("a full per-chat queue must refuse")
    service.check_room(2)  # other chats are not affected
    gate.set()
    await _wait(lambda: len(sent) == 3)
    await service.stop()
    await storage.close()


async def test_stop_leaves_unstarted_work_pending(database: str | Path) -> None:
    storage = await Storage.open(database)
    await storage.ensure_chat(1)
    gate = asyncio.Event()
    service = await _service(storage, StubPool(gate=gate), [])
    await service.start()
    for i in range(3):
        article, _ = await storage.add_article(1, f"статья {i}")
        service.submit(article)
    await service.stop(grace=0.1)
    assert len(await storage.unfinished_articles()) == 3
    await storage.close()


async def test_a_job_dropped_under_the_consumer_does_not_stop_the_queue(database: str | Path) -> None:
    storage = await Storage.open(database)
    await storage.ensure_chat(1)
    sent: list[Article] = []
    service = await _service(storage, StubPool(dropped=1), sent)
    await service.start()
    first, _ = await storage.add_article(1, "статья, которую бросили")
    service.submit(first)
    second, _ = await storage.add_article(1, "следующая статья")
    service.submit(second)
    await _wait(lambda: any(a.id == second.id for a in sent))  # the consumer is alive and drained the queue
    await service.stop()
    await storage.close()


async def test_extraction_takes_turns_with_other_chats_analyses(database: str | Path) -> None:
    """One chat's thirty links cannot hold the workers while another chat waits for its article."""
    storage = await Storage.open(database)
    await storage.ensure_chat(2)
    gate = asyncio.Event()
    pool = StubPool(gate=gate)
    service = await _service(storage, pool, [])
    await service.start()
    links = [asyncio.create_task(service.extract(1, abs, -n, timeout=10)) for n in range(30)]
    await asyncio.sleep(0.01)
    article, _ = await storage.add_article(2, "статья другого чата")
    service.submit(article)
    gate.set()
    assert await asyncio.gather(*links) == list(range(30))
    order = [kind for kind, _ in pool.log]
    assert order.index("analysis") <= 2, order  # the other chat's article came up within a turn or two
    await service.stop()
    await storage.close()


async def test_extraction_errors_reach_the_caller_and_limits_apply(database: str | Path) -> None:
    storage = await Storage.open(database)
    service = await _service(storage, StubPool(), [], max_queue_per_chat=2)
    await service.start()
    with pytest.raises(ValueError):
        await service.extract(1, int, "не число", timeout=10)
    gate = asyncio.Event()
    service._pool.gate = gate  # type: ignore[attr-defined]
    waiting = [asyncio.create_task(service.extract(1, abs, 0, timeout=10))]
    await asyncio.sleep(0.05)  # taken by the consumer, waiting in the worker
    waiting += [asyncio.create_task(service.extract(1, abs, -n, timeout=10)) for n in (1, 2)]
    await asyncio.sleep(0.05)  # two queued: the chat's share is used up
    with pytest.raises(QueueFull):
        await service.extract(1, abs, -9, timeout=10)
    gate.set()
    assert await asyncio.gather(*waiting) == [0, 1, 2]
    await service.stop()
    await storage.close()


async def test_stop_cancels_queued_extractions(database: str | Path) -> None:
    storage = await Storage.open(database)
    service = await _service(storage, StubPool(gate=asyncio.Event()), [])
    await service.start()
    waiting = asyncio.create_task(service.extract(1, abs, -1, timeout=10))
    queued = asyncio.create_task(service.extract(1, abs, -2, timeout=10))
    await asyncio.sleep(0.05)
    await service.stop(grace=0.1)
    for task in (waiting, queued):
        with pytest.raises(asyncio.CancelledError):
            await task
    await storage.close()
