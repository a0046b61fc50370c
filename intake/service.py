"""From what a user sent to a stored, queued article: pastes (joined), links (fetched), files (read).

Handlers only say what arrived; this decides what the article is, refuses politely what is not one, stores
it before any analysis and queues it. Fetching runs on the event loop (it is network I/O); extracting text
from HTML, PDF or DOCX is CPU work and runs in the worker pool, like the analysis.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Hashable
from dataclasses import dataclass
from urllib.parse import urlsplit

from aiogram import Bot
from aiogram.enums import ChatType
from aiogram.types import ReplyParameters

from bot.config import Settings
from intake.files import SUPPORTED_EXTENSIONS, UnsupportedFile, extract_file_text
from intake.links import FetchError, extract_article, fetch_page, normalise_url
from intake.text import article_problem, clean_text
from processing.pool import WorkerCrashed, WorkerPool
from processing.service import ArticleService, QueueFull
from render.cards import local_date
from render.text import human_size
from storage import ArticleSource, Storage

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 5_000_000
EXTRACT_TIMEOUT = 60.0  # seconds for trafilatura, pypdf or python-docx on one page or file
NO_TEXT = ("Я понимаю только текст: перешлите пост с текстом или подписью, вставьте текст статьи, пришлите "
           "ссылку на статью или файл (.txt, .html, .md, .pdf, .docx). Фото, стикеры и голосовые без подписи "
           "разобрать не могу.")


@dataclass(frozen=True, slots=True)
class Origin:
    """The chat and message an article came in: where the answers go."""

    chat_id: int
    chat_type: str
    chat_title: str | None
    message_id: int

    @property
    def in_group(self) -> bool:
        return self.chat_type in {ChatType.GROUP, ChatType.SUPERGROUP}


def looks_cut(text: str, limit: int) -> bool:
    """Whether a message is nearly as long as Telegram lets it be (`limit`), as the parts of a split paste are."""
    return limit * 0.85 <= len(text) <= limit


class Intake:
    def __init__(self, bot: Bot, storage: Storage, articles: ArticleService, pool: WorkerPool,
                 settings: Settings) -> None:
        from intake.assemble import MessageAssembler

        self._bot = bot
        self._storage = storage
        self._articles = articles
        self._pool = pool
        self._settings = settings
        self._origins: dict[Hashable, tuple[Origin, ArticleSource | None]] = {}
        self.assembler = MessageAssembler(self._on_joined, quiet_seconds=settings.join_window_seconds)

    async def reply(self, origin: Origin, text: str) -> None:
        """Plain text, not HTML: these answers quote file names, MIME and content types that users and servers
        choose, and none of them is markup."""
        await self._bot.send_message(
            origin.chat_id, text, parse_mode=None,
            reply_parameters=ReplyParameters(message_id=origin.message_id, allow_sending_without_reply=True))

    # --- what arrives --------------------------------------------------------------------------------------

    async def take_pasted(self, origin: Origin, user_id: int, text: str, *, limit: int,
                          media_group_id: str | None = None, source: ArticleSource | None = None) -> None:
        """A pasted text or an album part.

        Telegram's client splits a long paste into messages of 4,096 characters (captions: 1,024), so a message
        of nearly that length may be followed by the rest: it waits a moment for the user's next parts, and so
        does everything that follows while the wait lasts. Album parts always wait for each other. Any other
        message is answered at once, so quick separate messages are never glued together.
        """
        key = (origin.chat_id, user_id, media_group_id)
        if media_group_id is None and key not in self._origins and not looks_cut(text, limit):
            await self.take_text(origin, text, source)
            return
        self._origins.setdefault(key, (origin, source))
        self.assembler.add(key, text, origin.message_id, media_group_id)

    async def _on_joined(self, key: Hashable, text: str, message_ids: list[int]) -> None:
        origin, source = self._origins.pop(key)
        if not text.strip() and key[2] is not None:  # type: ignore[index]
            if not origin.in_group:
                await self.reply(origin, NO_TEXT)  # once for the whole album
            return
        if len(message_ids) > 1:
            log.info("chat %d: joined %d messages into one article", origin.chat_id, len(message_ids))
        await self.take_text(origin, text, source)

    async def take_text(self, origin: Origin, raw: str, source: ArticleSource | None) -> None:
        """Check and store one article's text. Short chatter in groups is left alone."""
        max_chars = self._settings.max_article_chars
        text = clean_text(raw[: max_chars * 2])  # cleaning is linear, but not unbounded
        problem = article_problem(text if len(raw) <= max_chars else raw,
                                  min_chars=self._settings.min_article_chars, max_chars=max_chars)
        if problem:
            if not origin.in_group or source is not None:
                await self.reply(origin, problem)
            return
        await self._store(origin, text, source)

    async def take_link(self, origin: Origin, url: str, post_text: str, source: ArticleSource | None) -> None:
        """A post whose point is a link: the page's article, or the post itself when the page cannot be had."""
        await self._bot.send_chat_action(origin.chat_id, "typing")
        try:
            page = await fetch_page(url, allow_private=self._settings.fetch_allow_private,
                                    timeout=self._settings.fetch_timeout_seconds,
                                    max_bytes=self._settings.fetch_max_bytes)
            if page.is_html:
                try:
                    extracted = await self._pool.run(extract_article, page.text, page.url, timeout=EXTRACT_TIMEOUT)
                except WorkerCrashed as exc:
                    raise FetchError("Не удалось разобрать страницу: она слишком сложная", "extract") from exc
                if extracted is None:
                    raise FetchError("Не удалось найти на странице текст статьи", "no_article")
                text = f"{extracted.title}\n\n{extracted.text}" if extracted.title else extracted.text
                site = extracted.sitename or urlsplit(page.url).hostname
            else:
                text, site = page.text, urlsplit(page.url).hostname
        except FetchError as exc:
            log.info("chat %d: link %s not fetched: %s", origin.chat_id, url, exc)
            if len(clean_text(post_text)) >= self._settings.min_article_chars:
                await self.reply(origin, f"{exc}. Разберу текст самого поста.")
                await self.take_text(origin, post_text, source)
            else:
                await self.reply(origin, f"{exc}.")
            return
        base = source or ArticleSource()
        linked = ArticleSource(title=base.title or site, username=base.username, chat_id=base.chat_id,
                               message_id=base.message_id, link=page.url, url=normalise_url(url))
        await self.take_text(origin, text, linked)

    async def take_document(self, origin: Origin, file_id: str, file_name: str | None, mime: str | None,
                            size: int | None) -> None:
        name = file_name or "file"
        extension = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
        if extension and extension not in SUPPORTED_EXTENSIONS:  # without one, the reader goes by the MIME type
            await self.reply(origin, f"Файлы {extension or 'без расширения'} я не читаю. Подойдут: "
                                     + ", ".join(sorted(SUPPORTED_EXTENSIONS)) + ".")
            return
        if size is not None and size > MAX_FILE_BYTES:
            await self.reply(origin, f"Файл слишком большой ({human_size(size)}), я читаю файлы до "
                                     f"{human_size(MAX_FILE_BYTES)}.")
            return
        buffer = io.BytesIO()
        await self._bot.download(file_id, destination=buffer, timeout=60)
        try:
            text = await self._pool.run(extract_file_text, name, buffer.getvalue(), mime, timeout=EXTRACT_TIMEOUT)
        except UnsupportedFile as exc:
            await self.reply(origin, str(exc))
            return
        except WorkerCrashed:
            await self.reply(origin, "Не удалось прочитать этот файл: он устроен слишком сложно. "
                                     "Попробуйте сохранить его как .txt.")
            return
        await self.take_text(origin, text, ArticleSource(title=name))

    # --- storing ----------------------------------------------------------------------------------------------

    async def _store(self, origin: Origin, text: str, source: ArticleSource | None) -> None:
        """Store the article as received, then queue it; the card comes when the analysis is done."""
        try:
            self._articles.check_room(origin.chat_id)
        except QueueFull as exc:
            await self.reply(origin, str(exc))
            return
        await self._storage.ensure_chat(origin.chat_id, origin.chat_type, origin.chat_title)
        article, created = await self._storage.add_article(origin.chat_id, text, message_id=origin.message_id,
                                                           source=source)
        if not created:
            if article.message_id == origin.message_id:
                return  # the same update delivered again after a crash: it is stored, and its card comes
            if await self._storage.retry_failed(origin.chat_id, article.id):
                retry = await self._storage.get_article(origin.chat_id, article.id)
                assert retry is not None
                self._articles.submit(retry)  # its analysis failed before: the card asked to send it again
                return
            if article.status == "pending":
                await self.reply(origin, "Эта статья уже в очереди на разбор — пришлю карточку, как только "
                                         "она будет готова.")
                return
            await self.reply(origin, f"Эту статью уже присылали {local_date(article.received_at)}. "
                                     "Напомню её разбор:")
            await self._articles.resend_card(article)
            return
        ahead = self._articles.submit(article)
        log.info("chat %d: article %d stored (%d chars), %d ahead in the queue", origin.chat_id, article.id,
                 len(text), ahead)
        if ahead:
            # Not a reply: the card is the one answer that replies to the article.
            await self._bot.send_message(origin.chat_id, f"Статья принята, в очереди: {ahead}. Пришлю разбор, "
                                                         "как только он будет готов.")

    async def close(self) -> None:
        """Hand on what is still being joined, so no paste is lost at shutdown."""
        await self.assembler.flush_all()
