"""The bot as a process against the stand-in Bot API server: what a user does, and what they get back."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import BACKENDS
from tests.e2e.conftest import TOKEN, BotProcess
from tests.e2e.fake_api import FakeTelegram

# Every test here runs once with a SQLite file and once with PostgreSQL (DATABASE_URL).
pytestmark = [pytest.mark.e2e, pytest.mark.parametrize("e2e_backend", BACKENDS)]
SAMPLES = Path(__file__).resolve().parents[2] / "bot" / "samples"
ARTICLE = (SAMPLES / "minfin-budget.txt").read_text(encoding="utf-8")
ALICE, BOB = 1001, 2002


async def card_for(telegram: FakeTelegram, chat_id: int, timeout: float = 90) -> str:
    return (await telegram.wait_text(chat_id, "Разбор статьи", timeout)).text


async def test_start_help_and_commands_registered(telegram: FakeTelegram, running_bot: BotProcess) -> None:
    commands = telegram.sent(method="setMyCommands")[0].params["commands"]
    names = {c["command"] for c in commands}
    assert {"who", "quotes", "actors", "digest", "subscribe", "unsubscribe", "settings", "forget", "export",
            "help"} <= names
    assert all(any("а" <= ch <= "я" for ch in c["description"].lower()) for c in commands)
    telegram.message(ALICE, "/start")
    answer = await telegram.wait_text(ALICE, "кто что сказал")
    assert answer.params.get("parse_mode") == "HTML"
    assert "/who" in answer.text


async def test_forwarded_article_card_who_and_isolation(telegram: FakeTelegram, running_bot: BotProcess) -> None:
    telegram.forward(ALICE, ARTICLE, title="ТАСС", username="tass_agency", channel_message_id=321)
    card = await card_for(telegram, ALICE)
    assert "Силуанов" in card and "Кудрин" in card
    assert "tass_agency/321" in card  # the source links to the channel post
    telegram.message(ALICE, "/who Силуанову")  # a case form of the name
    who = await telegram.wait_text(ALICE, "Антон Силуанов")
    assert "консервативный подход" in who.text
    assert "ТАСС" in who.text
    telegram.message(BOB, "/who Силуанов")  # another chat never sees Alice's articles
    nothing = await telegram.wait_text(BOB, "не нашлось")
    assert "Силуанов" not in nothing.text.replace("«Силуанов»", "")
    telegram.message(BOB, "/quotes")
    await telegram.wait_text(BOB, "Цитат пока нет")
    # the same post forwarded again is recognised, not stored twice
    telegram.forward(ALICE, ARTICLE, title="ТАСС", username="tass_agency", channel_message_id=321)
    await telegram.wait_text(ALICE, "уже присылали")
    telegram.message(ALICE, "/actors")
    actors = await telegram.wait_text(ALICE, "Чаще всего")
    assert "Антон Силуанов" in actors.text


async def test_bad_input_gets_polite_answers(telegram: FakeTelegram, running_bot: BotProcess) -> None:
    cases = [
        (telegram.message(ALICE, "   "), "нет текста"),
        (telegram.message(ALICE, "Привет!"), "коротко"),
        (telegram.message(ALICE, "Это очень длинная статья. " * 4000), "слишком длинный"),
        (telegram.message(ALICE, "The president said that the talks would continue next week in Geneva. " * 3),
         "русском"),
        (telegram.message(ALICE, None, photo=[{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]),
         "только текст"),
        (telegram.message(ALICE, None, sticker={"file_id": "s", "file_unique_id": "s", "type": "regular",
                                                "width": 1, "height": 1, "is_animated": False,
                                                "is_video": False}), "только текст"),
        (telegram.message(ALICE, "/who"), "Кого ищем"),
        (telegram.message(ALICE, "/who " + "я" * 5000), "не нашлось"),
        (telegram.message(ALICE, "/actors neverland"), "Не понимаю период"),
        (telegram.message(ALICE, "/frobnicate now"), "Не знаю команды"),
        (telegram.message(ALICE, None, document={"file_id": "d", "file_unique_id": "d", "file_name": "x.<zz>",
                                                 "mime_type": "a/<zz>", "file_size": 3}), "не читаю"),
    ]
    for _, needle in cases:
        await telegram.wait_text(ALICE, needle)
    html = "<p>Министр <b>заявил</b>, что <script>alert(1)</script> «всё будет хорошо», — сказал он.</p>" * 3
    telegram.message(ALICE, html)
    card = await card_for(telegram, ALICE)
    assert "<script>" not in card
    for call in telegram.sent(ALICE, "sendMessage"):
        assert len(call.text) <= 4096
    assert TOKEN not in running_bot.log


async def test_restart_keeps_quotes(telegram: FakeTelegram, bot_factory) -> None:
    bot = bot_factory()
    await bot.start()
    telegram.forward(ALICE, ARTICLE)
    await card_for(telegram, ALICE)
    assert await bot.stop() == 0
    telegram.calls.clear()
    again = bot_factory()
    await again.start()
    telegram.message(ALICE, "/who кудрина")
    who = await telegram.wait_text(ALICE, "Алексей Кудрин", timeout=60)
    assert "честным" in who.text
    assert await again.stop() == 0
    assert "stopped" in again.log


async def test_group_commands_with_bot_mention(telegram: FakeTelegram, running_bot: BotProcess) -> None:
    group = -100500
    telegram.message(group, "/help@whosaid_test_bot", chat_type="supergroup")
    await telegram.wait_text(group, "кто что сказал")
    telegram.message(group, "/who@whosaid_test_bot Путин", chat_type="supergroup")
    await telegram.wait_text(group, "не нашлось")
    telegram.message(group, "/help@OtherBot", chat_type="supergroup")  # another bot's command: not ours
    telegram.message(group, "/frobnicate@whosaid_test_bot", chat_type="supergroup")
    await telegram.wait_text(group, "Не знаю команды /frobnicate@whosaid_test_bot")
    assert not any("OtherBot" in text for text in telegram.sent_texts(group))


async def test_hostile_updates_never_take_the_bot_down(telegram: FakeTelegram, running_bot: BotProcess) -> None:
    chat = 5005
    telegram.message(chat, "😀🔥🎉" * 40)
    await telegram.wait_text(chat, "русском")  # no Russian words: said so, politely
    telegram.message(chat, "Министр\x00 заявил\x07, что\u200b всё\x1b[31m идёт по плану и отчёт готов к пятнице. " * 2)
    await telegram.wait_text(chat, "Разбор статьи", 90)
    mid = telegram.message(chat, "/who <script>alert('x')</script>")
    answer = await telegram.wait_text(chat, "по запросу")
    assert "<script>" not in answer.text and "&lt;script&gt;" in answer.text
    telegram.push({"edited_message": {"message_id": mid, "date": 0, "edit_date": 1,
                                      "chat": {"id": chat, "type": "private", "first_name": "Т"},
                                      "from": {"id": chat, "is_bot": False, "first_name": "Т"},
                                      "text": "исправленный текст"}})
    await telegram.wait_text(chat, "только новые сообщения")
    telegram.push({"channel_post": {"message_id": 1, "date": 0, "text": "Пост канала «цитата», — сказал он.",
                                    "chat": {"id": -1009, "type": "channel", "title": "Канал"}}})
    telegram.message(chat, "/subscribe 99:99 Mars/Olympus")
    await telegram.wait_text(chat, "Не понимаю время")
    telegram.message(chat, "/subscribe " + "9" * 500)
    await telegram.wait_text(chat, "Не понимаю")
    telegram.message(chat, "/forget please now")
    await telegram.wait_text(chat, "Удалить всё")
    telegram.callback(chat, 1, "garbage:" + "x" * 60)
    await telegram.wait_for(lambda c: c.method == "answerCallbackQuery" and "устарела" in c.params.get("text", ""))
    telegram.message(chat, "/help")
    await telegram.wait_text(chat, "кто что сказал")
    assert not telegram.sent(-1009)  # nothing is ever posted into a channel
    assert "Traceback" not in running_bot.log


async def test_in_groups_only_admins_forget_or_subscribe(telegram: FakeTelegram, running_bot: BotProcess) -> None:
    group, member, admin = -100777, 11, 12
    telegram.admins[group] = {admin}
    telegram.forward(group, ARTICLE, user_id=member, chat_type="supergroup")  # in a group: a forwarded post
    await card_for(telegram, group)
    telegram.message(group, "/forget", user_id=member, chat_type="supergroup")
    await telegram.wait_text(group, "только её администратор")
    telegram.message(group, "/subscribe 10:00", user_id=member, chat_type="supergroup")
    await telegram.wait_text(group, "администратор")
    telegram.message(group, "/forget", user_id=admin, chat_type="supergroup")
    await telegram.wait_text(group, "Удалить всё")


async def test_who_pages_through_many_quotes(telegram: FakeTelegram, running_bot: BotProcess) -> None:
    chat = 6006
    telegram.message(chat, ARTICLE)
    await card_for(telegram, chat)
    # Other words in every quote: a quote repeated word for word would be shown once, with both sources.
    again = (ARTICLE.replace("в четверг", "в пятницу").replace("федерального", "государственного")
             .replace("консервативный", "осторожный").replace("ненефтегазовых", "несырьевых")
             .replace("малый бизнес", "малый и средний бизнес"))
    telegram.message(chat, "Через неделю. " + again)
    await telegram.wait_for(lambda _: sum("Разбор статьи" in x.text for x in telegram.sent(chat)) == 2, 90)
    telegram.message(chat, "/who Силуанов")
    first = await telegram.wait_text(chat, "(стр. 1)")
    buttons = first.params["reply_markup"]["inline_keyboard"][0]
    older = next(b for b in buttons if "Старше" in b["text"])
    message_id = 999_000
    telegram.callback(chat, message_id, older["callback_data"])
    second = await telegram.wait_text(chat, "(стр. 2)")
    assert second.method == "editMessageText"
    assert second.text != first.text
    telegram.callback(chat, message_id, older["callback_data"])  # a second tap on the same button
    telegram.callback(BOB, message_id, older["callback_data"])  # another chat replaying the button
    await telegram.wait_for(lambda c: c.method == "answerCallbackQuery" and c.params.get("text") ==
                            "Эти данные уже удалены.", 20)
    assert not any("пошло не так" in str(c.params.get("text", "")) for c in telegram.sent(method="answerCallbackQuery"))
