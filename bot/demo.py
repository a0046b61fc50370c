"""`python -m bot demo`: the whole pipeline on the bundled sample articles, printed to the terminal.

Analysis, storage in the configured SQLite file (under a chat of its own, so a real chat's data is never
touched), who-said-what lookups and a digest preview: what a user would see, without Telegram.
"""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import Sequence
from pathlib import Path

from analysis import analyze
from bot.config import Settings, load_settings
from delivery.sender import Delivery, Status
from render.cards import article_card, quote_line
from render.text import plural
from storage import Storage
from storage.backend import redacted

DEMO_CHAT_ID = -1  # no Telegram chat has this id
SAMPLES = Path(__file__).with_name("samples")
_TAG = re.compile(r"<[^>]+>")


def plain(fragment: str) -> str:
    return html.unescape(_TAG.sub("", fragment))


async def _demo(settings: Settings) -> None:
    storage = await Storage.open(settings.database)
    try:
        await storage.forget_chat(DEMO_CHAT_ID)
        await storage.ensure_chat(DEMO_CHAT_ID, "private", "demo")
        for path in sorted(SAMPLES.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            article, _ = await storage.add_article(DEMO_CHAT_ID, text)
            await storage.save_analysis(DEMO_CHAT_ID, article.id, analyze(text))
            done = await storage.get_article(DEMO_CHAT_ID, article.id)
            assert done is not None
            actors = await storage.article_actors(DEMO_CHAT_ID, article.id)
            quotes = await storage.article_quotes(DEMO_CHAT_ID, article.id)
            print(f"\n=== {path.name} ===")
            print(plain("\n".join(article_card(done, actors, quotes))))
        print("\n=== Кто чаще всего упоминался (/actors) ===")
        top = await storage.top_actors(DEMO_CHAT_ID, limit=8)
        for actor in top:
            print(f"  {actor.name} ({actor.type}) — {actor.mentions}")
        print("\n=== Кто что сказал (/who) ===")
        speakers = [a for a in top if a.type == "PER"][:3]
        for actor in speakers:
            query = actor.name.split()[-1]
            found = await storage.find_actors(DEMO_CHAT_ID, query)
            quotes, total = await storage.quotes_by_actors(DEMO_CHAT_ID, [a.id for a in found], limit=3)
            print(f"\n/who {query}: {total} {plural(total, 'цитата', 'цитаты', 'цитат')}")
            for q in quotes:
                print("  " + plain(quote_line(q)))
        await _digest_preview(storage, settings)
    finally:
        await storage.close()
    where = redacted(settings.database_url) if settings.database_url else settings.database_path
    print(f"\nДанные демо сохранены в {where} (чат {DEMO_CHAT_ID}).")
    print("Чтобы запустить бота, получите токен у @BotFather и запишите BOT_TOKEN=... в файл .env.")


class PrintSender:
    """The demo's stand-in for Telegram: what would be sent to the chat is printed."""

    async def send(self, chat_id: int, messages: Sequence[str]) -> Delivery:
        for message in messages:
            print(plain(message))
        return Delivery(Status.SENT, len(messages), chat_id)


async def _digest_preview(storage: Storage, settings: Settings) -> None:
    from digest.service import DigestService

    print("\n=== Сводка за сутки (/digest) ===")
    await DigestService(storage, PrintSender(), default_timezone=settings.default_timezone).send_digest(DEMO_CHAT_ID)


def run_demo(settings: Settings | None = None) -> int:
    asyncio.run(_demo(settings or load_settings()))
    return 0
