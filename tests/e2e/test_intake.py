"""Articles however they arrive, end to end: a link to a page, a file, a split paste, an album."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer

from tests.e2e.fake_api import FakeTelegram
from tests.intake.conftest import build_app
from tests.intake.test_files import docx_bomb, pdf_with_pages

pytestmark = pytest.mark.e2e
SAMPLES = Path(__file__).resolve().parents[2] / "bot" / "samples"
CHAT = 3003


@pytest.fixture
async def site() -> AsyncIterator[TestServer]:
    release = asyncio.Event()
    server = TestServer(build_app(release), host="127.0.0.1")
    await server.start_server()
    yield server
    release.set()
    await server.close()


@pytest.fixture
async def bot(bot_factory, telegram: FakeTelegram):
    proc = bot_factory(FETCH_ALLOW_PRIVATE="true", FETCH_TIMEOUT_SECONDS="2", FETCH_MAX_BYTES="100000")
    await proc.start()
    await telegram.wait_for(lambda c: c.method == "setMyCommands", 60)
    yield proc
    assert await proc.stop() == 0, proc.log


def link_entity(text: str, url: str) -> dict:
    return {"entities": [{"type": "text_link", "offset": 0, "length": len(text), "url": url}]}


async def test_a_post_with_a_link_gets_the_pages_article(telegram: FakeTelegram, bot, site: TestServer) -> None:
    url = str(site.make_url("/article")) + "?utm_source=telegram"
    telegram.message(CHAT, "Минфин оценил дефицит", **link_entity("Минфин оценил дефицит", url))
    card = (await telegram.wait_text(CHAT, "Разбор статьи", 60)).text
    assert "Силуанов" in card
    assert "устойчивое поступление" in card  # the quote is on the page, not in the post
    telegram.message(CHAT, str(site.make_url("/article")) + "?utm_medium=social")  # same article, other tracking
    await telegram.wait_text(CHAT, "уже присылали", 30)


@pytest.mark.parametrize(("path", "needle"), [
    ("/slow", "не ответил"),
    ("/huge", "больше"),
    ("/doc.pdf", "не веб-страница"),
    ("/missing", "404"),
])
async def test_bad_links_get_a_clear_answer_quickly(telegram: FakeTelegram, bot, site: TestServer,
                                                    path: str, needle: str) -> None:
    started = time.monotonic()
    telegram.message(CHAT, str(site.make_url(path)))
    answer = await telegram.wait_text(CHAT, "Не удалось загрузить страницу", 20)
    assert needle in answer.text
    assert answer.at - started < 10
    telegram.message(CHAT + 1, "/help")  # others are served meanwhile
    await telegram.wait_text(CHAT + 1, "кто что сказал", 10)


async def test_private_addresses_are_refused_by_default(telegram: FakeTelegram, bot_factory,
                                                        site: TestServer) -> None:
    proc = bot_factory()  # FETCH_ALLOW_PRIVATE is false by default
    await proc.start()
    telegram.message(CHAT, str(site.make_url("/article")))
    answer = await telegram.wait_text(CHAT, "Не удалось загрузить страницу", 60)
    assert "внутренней сети" in answer.text
    assert await proc.stop() == 0


async def test_a_document_is_read(telegram: FakeTelegram, bot) -> None:
    text = (SAMPLES / "spb-metro.txt").read_text(encoding="utf-8")
    telegram.files["doc1"] = ("documents/file_1.txt", text.encode("cp1251"))
    telegram.message(CHAT, None, document={"file_id": "doc1", "file_unique_id": "u1", "file_name": "metro.txt",
                                           "mime_type": "text/plain", "file_size": len(text)})
    card = (await telegram.wait_text(CHAT, "Разбор статьи", 60)).text
    assert "Беглов" in card
    telegram.message(CHAT, None, document={"file_id": "x", "file_unique_id": "x", "file_name": "song.mp3",
                                           "mime_type": "audio/mpeg", "file_size": 10})
    await telegram.wait_text(CHAT, ".mp3", 20)


async def test_a_paste_split_in_three_is_one_article(telegram: FakeTelegram, bot) -> None:
    text = "\n\n".join((SAMPLES / name).read_text(encoding="utf-8")
                       for name in ("minfin-budget.txt", "spb-metro.txt", "football-draw.txt"))
    text = ("Обзор недели.\n\n" + text * 8)[:10_000]  # as Telegram splits it: 4096, 4096 and the rest
    parts = [text[i:i + 4096] for i in range(0, len(text), 4096)]
    assert len(parts) == 3
    for part in parts:
        telegram.message(CHAT, part)
    await telegram.wait_text(CHAT, "Разбор статьи", 60)
    await asyncio.sleep(3)
    cards = [c for c in telegram.sent(CHAT, "sendMessage") if "Разбор статьи" in c.text]
    assert len(cards) == 1


async def test_an_album_with_a_caption_is_one_article(telegram: FakeTelegram, bot) -> None:
    caption = (SAMPLES / "football-draw.txt").read_text(encoding="utf-8")[:1000]
    photo = [{"file_id": "p", "file_unique_id": "p", "width": 10, "height": 10}]
    telegram.message(CHAT, None, photo=photo, media_group_id="album1", caption=caption)
    telegram.message(CHAT, None, photo=photo, media_group_id="album1")
    telegram.message(CHAT, None, photo=photo, media_group_id="album1")
    await telegram.wait_text(CHAT, "Разбор статьи", 60)
    await asyncio.sleep(3)
    assert sum("Разбор статьи" in c.text for c in telegram.sent(CHAT, "sendMessage")) == 1
    assert not any("только текст" in c.text for c in telegram.sent(CHAT, "sendMessage"))


async def test_a_forwarded_album_gets_one_answer(telegram: FakeTelegram, bot) -> None:
    caption = (SAMPLES / "spb-metro.txt").read_text(encoding="utf-8")[:1000]
    photo = [{"file_id": "p", "file_unique_id": "p", "width": 10, "height": 10}]
    telegram.forward(CHAT, None, photo=photo, media_group_id="album2", caption=caption, channel_message_id=70)
    for n in (71, 72, 73):
        telegram.forward(CHAT, None, photo=photo, media_group_id="album2", channel_message_id=n)
    card = (await telegram.wait_text(CHAT, "Разбор статьи", 60)).text
    assert "ТАСС" in card  # the forward's source is kept through the joining
    await asyncio.sleep(3)
    answers = [c for c in telegram.sent(CHAT, "sendMessage")]
    assert len(answers) == 1, [a.text[:60] for a in answers]


async def test_bombs_are_refused_politely_and_the_bot_stays_up(telegram: FakeTelegram, bot, site: TestServer) -> None:
    telegram.files["docx-bomb"] = ("documents/bomb.docx", docx_bomb())
    telegram.files["pdf-bomb"] = ("documents/book.pdf", pdf_with_pages(5000))
    for file_id, name in (("docx-bomb", "report.docx"), ("pdf-bomb", "book.pdf")):
        telegram.message(CHAT, None, document={"file_id": file_id, "file_unique_id": file_id, "file_name": name})
    import aiohttp

    # The site builds its bomb on the first request: do that now, not within the bot's 2 s fetch limit.
    async with aiohttp.ClientSession(auto_decompress=False) as session, \
            session.get(site.make_url("/gzip-bomb")) as response:
        await response.read()
    telegram.message(CHAT, str(site.make_url("/gzip-bomb")))
    await telegram.wait_text(CHAT, "распаковывается", 60)
    await telegram.wait_text(CHAT, "5000 страниц", 60)
    answer = await telegram.wait_text(CHAT, "Не удалось загрузить страницу", 60)
    assert "больше" in answer.text
    telegram.message(CHAT, "/help")
    await telegram.wait_text(CHAT, "кто что сказал", 20)
    assert "Traceback" not in bot.log
