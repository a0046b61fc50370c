"""The commands through aiogram's dispatcher, against a recording session instead of Telegram."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import UTC, datetime
from typing import Any

import pytest
from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.base import BaseSession
from aiogram.methods import AnswerCallbackQuery, EditMessageText, GetChatMember, SendMessage, TelegramMethod
from aiogram.types import ChatMemberAdministrator, ChatMemberMember, Message, Update, User

import handlers.digest as digest_handlers
from bot.config import Settings
from delivery.sender import RateLimiter, Sender
from digest.service import DigestService
from storage import Storage
from tests.digest.conftest import Sleeps

NOW = datetime(2024, 6, 1, 4, 0, tzinfo=UTC)  # 07:00 in Moscow
ADMIN, MEMBER = 100, 200
BOT_USER = User(id=42, is_bot=True, first_name="bot")


class RecordingSession(BaseSession):
    def __init__(self) -> None:
        super().__init__()
        self.requests: list[TelegramMethod[Any]] = []
        self._message_id = 1000

    async def make_request(self, bot: Bot, method: TelegramMethod[Any], timeout: int | None = None) -> Any:
        self.requests.append(method)
        if isinstance(method, SendMessage | EditMessageText):
            self._message_id += 1
            return Message.model_validate({
                "message_id": self._message_id, "date": NOW, "text": method.text,
                "chat": {"id": method.chat_id, "type": "private"}, "from": BOT_USER.model_dump(),
            })
        if isinstance(method, GetChatMember):
            user = User(id=method.user_id, is_bot=False, first_name="u")
            if method.user_id == ADMIN:
                return ChatMemberAdministrator(
                    user=user, can_be_edited=False, is_anonymous=False, can_manage_chat=True,
                    can_delete_messages=True, can_manage_video_chats=True, can_restrict_members=True,
                    can_promote_members=False, can_change_info=True, can_invite_users=True,
                    can_post_stories=False, can_edit_stories=False, can_delete_stories=False,
                )
            return ChatMemberMember(user=user)
        if isinstance(method, AnswerCallbackQuery):
            return True
        raise AssertionError(f"unexpected {type(method).__name__}")

    async def close(self) -> None:
        return None

    async def stream_content(self, *args: Any, **kwargs: Any) -> AsyncGenerator[bytes, None]:  # pragma: no cover
        raise NotImplementedError
        yield b""

    def texts(self) -> list[str]:
        return [m.text for m in self.requests if isinstance(m, SendMessage | EditMessageText)]


@pytest.fixture
async def env(storage: Storage, settings: Settings, sleeps: Sleeps):
    session = RecordingSession()
    bot = Bot("42:TEST", session=session, default=DefaultBotProperties(parse_mode="HTML"))
    sender = Sender(bot, limiter=RateLimiter(sleep=sleeps), on_forbidden=storage.unsubscribe)
    digests = DigestService(storage, sender, default_timezone=settings.default_timezone, clock=lambda: NOW)
    dp = Dispatcher()
    dp["storage"], dp["settings"], dp["digests"] = storage, settings, digests
    dp.include_router(digest_handlers.router)
    yield bot, dp, session
    dp.sub_routers.remove(digest_handlers.router)  # the module-level router can join only one dispatcher
    digest_handlers.router._parent_router = None


_update_id = 0


def message_update(text: str, chat_id: int = 5, user_id: int = 5, chat_type: str = "private") -> Update:
    global _update_id
    _update_id += 1
    chat = {"id": chat_id, "type": chat_type, **({"title": "Группа"} if chat_type != "private" else {})}
    return Update.model_validate({"update_id": _update_id, "message": {
        "message_id": _update_id, "date": NOW, "text": text, "chat": chat,
        "from": {"id": user_id, "is_bot": False, "first_name": "Аня"},
        "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}],
    }})


def button_update(data: str, chat_id: int = 5, user_id: int = 5, chat_type: str = "private") -> Update:
    global _update_id
    _update_id += 1
    chat = {"id": chat_id, "type": chat_type}
    return Update.model_validate({"update_id": _update_id, "callback_query": {
        "id": str(_update_id), "chat_instance": "x", "data": data,
        "from": {"id": user_id, "is_bot": False, "first_name": "Аня"},
        "message": {"message_id": 77, "date": NOW, "text": "настройки", "chat": chat,
                    "from": BOT_USER.model_dump()},
    }})


async def test_subscribe_defaults_and_reply(env: Any, storage: Storage) -> None:
    bot, dp, session = env
    await dp.feed_update(bot, message_update("/subscribe"))
    sub = await storage.get_subscription(5)
    assert sub is not None and (sub.local_time, sub.timezone) == ("09:00", "Europe/Moscow")
    [reply] = session.texts()
    assert "09:00" in reply and "сегодня в 09:00" in reply


async def test_subscribe_with_arguments_either_order(env: Any, storage: Storage) -> None:
    bot, dp, session = env
    await dp.feed_update(bot, message_update("/subscribe Asia/Novosibirsk 06:30"))
    sub = await storage.get_subscription(5)
    assert sub is not None and (sub.local_time, sub.timezone) == ("06:30", "Asia/Novosibirsk")
    assert "завтра в 06:30" in session.texts()[-1]  # 11:00 in Novosibirsk now: first digest tomorrow


@pytest.mark.parametrize(
    ("args", "needle"),
    [("25:99", "Не понимаю время «25:99»"), ("Марс/Олимп", "Не знаю часовой пояс"),
     ("<b>&", "«&lt;b&gt;&amp;»"), ("09:00 10:00", "Лишнее")],
)
async def test_bad_arguments_answered_with_an_example(env: Any, storage: Storage, args: str, needle: str) -> None:
    bot, dp, session = env
    await dp.feed_update(bot, message_update(f"/subscribe {args}"))
    [reply] = session.texts()
    assert needle in reply and "<code>/subscribe" in reply
    assert await storage.get_subscription(5) is None


async def test_groups_admins_only(env: Any, storage: Storage) -> None:
    bot, dp, session = env
    await dp.feed_update(bot, message_update("/subscribe 10:00", chat_id=-50, user_id=MEMBER, chat_type="group"))
    assert await storage.get_subscription(-50) is None
    assert "администратор" in session.texts()[-1]
    await dp.feed_update(bot, message_update("/subscribe 10:00", chat_id=-50, user_id=ADMIN, chat_type="group"))
    sub = await storage.get_subscription(-50)
    assert sub is not None and sub.active
    await dp.feed_update(bot, message_update("/unsubscribe", chat_id=-50, user_id=MEMBER, chat_type="group"))
    sub = await storage.get_subscription(-50)
    assert sub is not None and sub.active
    await dp.feed_update(bot, button_update("dg:off:", chat_id=-50, user_id=MEMBER, chat_type="group"))
    sub = await storage.get_subscription(-50)
    assert sub is not None and sub.active
    await dp.feed_update(bot, message_update("/unsubscribe", chat_id=-50, user_id=ADMIN, chat_type="group"))
    sub = await storage.get_subscription(-50)
    assert sub is not None and not sub.active


async def test_settings_and_buttons(env: Any, storage: Storage) -> None:
    bot, dp, session = env
    await dp.feed_update(bot, message_update("/settings"))
    assert "не включена" in session.texts()[-1]
    await dp.feed_update(bot, button_update("dg:on:"))
    sub = await storage.get_subscription(5)
    assert sub is not None and sub.active and sub.local_time == "09:00"
    await dp.feed_update(bot, message_update("/settings"))
    text = session.texts()[-1]
    assert "09:00" in text and "Europe/Moscow" in text and "сегодня в 09:00" in text
    send = [m for m in session.requests if isinstance(m, SendMessage)][-1]
    buttons = [b.callback_data for row in send.reply_markup.inline_keyboard for b in row]
    assert all(len(data.encode()) <= 64 for data in buttons)
    assert "dg:time:1000" in buttons and "dg:time:0800" in buttons and "dg:time:2100" in buttons
    await dp.feed_update(bot, button_update("dg:time:2100"))
    sub = await storage.get_subscription(5)
    assert sub is not None and sub.local_time == "21:00"
    await dp.feed_update(bot, button_update("dg:empty:0"))
    sub = await storage.get_subscription(5)
    assert sub is not None and not sub.send_empty
    await dp.feed_update(bot, button_update("dg:off:"))
    sub = await storage.get_subscription(5)
    assert sub is not None and not sub.active
    await dp.feed_update(bot, message_update("/unsubscribe"))
    assert "не было" in session.texts()[-1]


async def test_digest_command(env: Any, storage: Storage) -> None:
    bot, dp, session = env
    await storage.ensure_chat(5)
    await dp.feed_update(bot, message_update("/digest"))
    assert "новых статей не было" in session.texts()[-1]
