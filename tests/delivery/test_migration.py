"""A group that became a supergroup: its waiting articles are queued again under the new id."""

from __future__ import annotations

from handlers.migration import move_chat
from storage import Article, Storage


class Queue:
    def __init__(self) -> None:
        self.submitted: list[Article] = []

    def submit(self, article: Article) -> int:
        self.submitted.append(article)
        return 0


async def test_waiting_articles_follow_the_chat(storage: Storage) -> None:
    await storage.ensure_chat(-7, "group", "Редакция")
    waiting, _ = await storage.add_article(-7, "Статья, которую ещё разбирают, о бюджете и налогах")
    queue = Queue()
    assert await move_chat(storage, queue, -7, -1007)  # type: ignore[arg-type]
    assert [(a.id, a.chat_id) for a in queue.submitted] == [(waiting.id, -1007)]
    assert await storage.get_article(-7, waiting.id) is None
    assert not await move_chat(storage, queue, -7, -1007)  # type: ignore[arg-type]
