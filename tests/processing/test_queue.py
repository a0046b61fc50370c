"""The fair queue and the article service: chats take turns, nothing is lost across a restart."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from analysis.model import Analysis
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
    """Runs the analysis in-process; can be told to crash like a dying worker."""

    workers = 1

    def __init__(self, crashes: int = 0, gate: asyncio.Event | None = None) -> None:
        self.crashes = crashes
        self.gate = gate
        self.seen: list[str] = []

    async def run(self, fn: Any, text: str, timeout: float | None = None) -> dict[str, Any]:
        if self.gate is not None:
            await self.gate.wait()
        self.seen.append(text)
        if self.crashes:
            self.crashes -= 1
            raise WorkerCrashed("killed")
        return Analysis(summary=f"summary of {text}").to_dict()


async def _service(storage: Storage, pool: StubPool, sent: list[Article], **kw: Any) -> ArticleService:
    async def on_done(article: Article) -> None:
        sent.append(article)
        await storage.mark_card_sent(article.chat_id, article.id)

    return ArticleService(storage, pool, on_done, **kw)  # type: ignore[arg-type]


async def _wait(predicate: Any, timeout: float = 5) -> None:
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.01)


async def test_pending_articles_resume_at_start_and_cards_go_out_once(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
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


async def test_a_crashing_worker_is_retried_then_given_up(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "bot.sqlite3")
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


async def test_queue_limits_per_chat(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "bot.sqlite3")
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


async def test_stop_leaves_unstarted_work_pending(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "bot.sqlite3")
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
