"""Search, about, periods, source links, stories, trends, inline sharing and the digest, end to end: the bot as a
process against the stand-in Bot API, two chats, one story forwarded from two channels."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.conftest import BACKENDS
from tests.e2e.conftest import BotProcess
from tests.e2e.fake_api import FakeTelegram

# Runs once with a SQLite file and once with PostgreSQL (DATABASE_URL): search, stories and trends on both.
pytestmark = [pytest.mark.e2e, pytest.mark.parametrize("e2e_backend", BACKENDS)]
HERE = Path(__file__).resolve().parent
STORY = (HERE / "story-kim.txt").read_text(encoding="utf-8")
# The same story as another channel printed it: another opening word, its own signature line.
STORY_AGAIN = STORY.replace("в понедельник", "сегодня") + "\n\nПодписывайтесь на РИА Новости."
BUDGET = (HERE.parents[1] / "bot" / "samples" / "minfin-budget.txt").read_text(encoding="utf-8")
ALICE, BOB = 3101, 3102
PNG = b"\x89PNG\r\n\x1a\n"


def plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


async def answer(telegram: FakeTelegram, chat_id: int, command: str, needle: str, timeout: float = 30) -> str:
    before = len(telegram.calls)
    telegram.message(chat_id, command)
    call = await telegram.wait_for(
        lambda c: telegram.calls.index(c) >= before and c.chat_id == chat_id
        and c.method in {"sendMessage", "sendPhoto"} and needle in c.text, timeout)
    return call.text


async def test_insight_end_to_end(telegram: FakeTelegram, running_bot: BotProcess) -> None:
    telegram.forward(ALICE, STORY, title="ТАСС", username="tass_agency", channel_id=-1001, channel_message_id=101)
    first = (await telegram.wait_text(ALICE, "Разбор статьи", 120)).text
    assert "Этот сюжет уже был" not in first
    telegram.forward(ALICE, STORY_AGAIN, title="РИА Новости", username="rian_ru", channel_id=-1002,
                     channel_message_id=202)
    second = (await telegram.wait_for(lambda c: c.chat_id == ALICE and "rian_ru/202" in c.text, 120)).text
    assert "Этот сюжет уже был" in second and "https://t.me/tass_agency/101" in second  # the earlier source
    telegram.forward(ALICE, BUDGET, title="РБК", username="rbc_news", channel_id=-1003, channel_message_id=303)
    await telegram.wait_for(lambda c: c.chat_id == ALICE and "rbc_news/303" in c.text, 120)
    telegram.forward(BOB, STORY, title="Свой канал", username="bob_channel", channel_id=-1004,
                     channel_message_id=404)
    await telegram.wait_text(BOB, "Разбор статьи", 120)

    # /search with a case form finds the quote, bolds it, links its post, and stays in its chat.
    found = await answer(telegram, ALICE, "/search санкциями", "Поиск")
    assert "<b>санкции</b>" in found and "Песков" in found
    assert "https://t.me/tass_agency/101" in found or "https://t.me/rian_ru/202" in found
    assert "bob_channel" not in found and "Силуанов" not in found
    assert "bob_channel" in await answer(telegram, BOB, "/search санкциями", "Поиск")
    assert "tass_agency" not in (await answer(telegram, BOB, "/search санкциями", "Поиск"))

    # /about: what others said about Ким Чен Ын, the speaker first.
    about = await answer(telegram, ALICE, "/about Ким Чен Ына", "Что говорили о")
    assert "Дмитрий Песков" in plain(about) and "обсудят новые санкции" in about

    # /who with a period, with whom he talks about, every quote linking to its post.
    who = await answer(telegram, ALICE, "/who Пескова week", "Дмитрий Песков")
    assert "за неделю" in who and "говорит о" in who and "Ким Чен Ын" in who
    # the quote both channels printed word for word: once, with both its sources
    assert who.count("обсудят новые санкции") == 1
    assert "https://t.me/tass_agency/101" in who and "https://t.me/rian_ru/202" in who

    # /trend sends a real PNG.
    before = len(telegram.calls)
    telegram.message(ALICE, "/trend Путин")
    photo = await telegram.wait_for(lambda c: telegram.calls.index(c) >= before and c.method == "sendPhoto"
                                    and c.chat_id == ALICE, 120)
    content = photo.params["photo"]["content"]
    assert content.startswith(PNG) and len(content) > 5000
    assert "Владимир Путин" in photo.text

    # Inline mode: the user's own quotes, personal, briefly cached; nothing from another user's chat.
    telegram.inline_query(ALICE, "Песков")
    inline = await telegram.wait_for(lambda c: c.method == "answerInlineQuery", 30)
    results = inline.params["results"]
    assert results and str(inline.params.get("is_personal")).lower() in {"true", "1"}
    assert int(inline.params.get("cache_time", 300)) <= 60
    posted = [r["input_message_content"]["message_text"] for r in results]
    assert any("Дмитрий Песков" in p and ("tass_agency" in p or "rian_ru" in p) for p in posted)
    assert not any("bob_channel" in p for p in posted)

    # The digest: the story once, with both its sources; then who said what.
    digest = "\n".join([await answer(telegram, ALICE, "/digest", "Дайджест", 60)])
    assert "Главное за день" in digest
    assert plain(digest).count("проведёт переговоры с Ким Чен Ыном в Пхеньяне на следующей неделе") <= 2
    assert "2 источника" in digest
    assert "https://t.me/tass_agency/101" in digest and "https://t.me/rian_ru/202" in digest

    # Honest cards: indirect speech never in quotation marks anywhere the bot wrote.
    everything = "\n".join(c.text for c in telegram.sent(ALICE))
    assert "стороны обсудят торговлю" in everything
    assert "«стороны обсудят" not in everything and "«Владимир Путин проведёт" not in everything
