"""Telegram as intake sees it (`intake.service.Messenger`): plain-text answers, bounded downloads, "typing…"."""

from __future__ import annotations

import io
import logging
from contextlib import AbstractAsyncContextManager
from typing import Any

import aiohttp
from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramForbiddenError
from aiogram.types import ReplyParameters
from aiogram.utils.chat_action import ChatActionSender

from intake.service import DownloadFailed, FileTooLarge

log = logging.getLogger(__name__)


class _Bounded(io.BytesIO):
    """A download buffer that refuses to grow past its limit, whatever the file's declared size said."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self._limit = limit

    def write(self, data: Any) -> int:
        if self.tell() + len(data) > self._limit:
            raise FileTooLarge(None)
        return super().write(data)


class _Typing(ChatActionSender):
    """aiogram's ChatActionSender, minus one hazard: its background task dies with the first failed
    sendChatAction (a 429, a 5xx, a blocked chat) and leaves "Task exception was never retrieved" in the log.
    A status that could not be shown is not worth a traceback."""

    async def _worker(self) -> None:
        try:
            await super()._worker()
        except TelegramAPIError as exc:
            log.debug("chat %s: chat action not shown: %s", self.chat_id, exc)


class TelegramMessenger:
    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def reply(self, chat_id: int, message_id: int, text: str) -> None:
        """Plain text, not HTML: these answers quote file names, MIME and content types that users and servers
        choose, and none of them is markup. A chat that blocked the bot cannot be answered: said in the log,
        not raised (retrying at every start would not help)."""
        try:
            await self._bot.send_message(
                chat_id, text, parse_mode=None,
                reply_parameters=ReplyParameters(message_id=message_id, allow_sending_without_reply=True))
        except (TelegramForbiddenError, TelegramBadRequest) as exc:
            log.warning("chat %d: answer not deliverable: %s", chat_id, exc)

    async def send(self, chat_id: int, text: str) -> None:
        try:
            await self._bot.send_message(chat_id, text, parse_mode=None)
        except (TelegramForbiddenError, TelegramBadRequest) as exc:
            log.warning("chat %d: message not deliverable: %s", chat_id, exc)

    async def download(self, file_id: str, max_bytes: int) -> bytes:
        try:
            file = await self._bot.get_file(file_id)
            if file.file_size is not None and file.file_size > max_bytes:
                raise FileTooLarge(file.file_size)
            if not file.file_path:
                raise DownloadFailed(f"no file path for {file_id}")
            buffer = _Bounded(max_bytes)
            await self._bot.download_file(file.file_path, destination=buffer, timeout=60)
        except (TelegramAPIError, aiohttp.ClientError, TimeoutError) as exc:
            # A network failure or the download's time limit; "file is too big" (over 20 MB), a stale file id.
            raise DownloadFailed(str(exc)) from exc
        return buffer.getvalue()

    def working(self, chat_id: int) -> AbstractAsyncContextManager[Any]:
        """"typing…" in the chat while a page or a file is fetched and read (repeated every few seconds)."""
        return _Typing(bot=self._bot, chat_id=chat_id, action="typing")
