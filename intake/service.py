"""From what a user sent to a stored, queued article: pastes (joined), links (fetched), files (read).

Handlers only say what arrived (`receive`). Its first step writes the message to the inbox, before anything
slow (a paste's join window, a page fetch, a file download): a SIGKILL at any moment loses nothing Telegram
already counts as delivered, and at the next start (`start`) everything unfinished is taken up again. A
message is done once it is stored as an article (the articles table takes over from there) or answered.

This layer decides what the article is and refuses politely what is not one. It knows nothing of aiogram:
answers, downloads and the "typing…" status go through the `Messenger` it is given, and its limits come as
plain numbers (`IntakeLimits`). Fetching runs on the event loop (network I/O); extracting text from HTML, PDF
or DOCX is CPU work on anyone's input and goes through the same fair per-chat queue and workers as analysis.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import Coroutine, Hashable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol
from urllib.parse import urlsplit

from intake.assemble import MessageAssembler
from intake.files import SUPPORTED_EXTENSIONS, UnsupportedFile
from intake.links import FetchError, fetch_page, normalise_url
from intake.text import article_problem, clean_text
from processing import worker
from processing.pool import WorkerCrashed
from processing.service import ArticleService, QueueFull
from render.cards import local_date
from render.text import human_size
from storage import ArticleSource, InboxEntry, Storage, utcnow

log = logging.getLogger(__name__)

EXTRACT_TIMEOUT = 60.0  # seconds from when a worker starts on one page or file
INBOX_KEEP = timedelta(days=3)  # Telegram redelivers an unconfirmed update for a day at most
NO_TEXT = ("Я понимаю только текст: перешлите пост с текстом или подписью, вставьте текст статьи, пришлите "
           "ссылку на статью или файл (.txt, .html, .md, .pdf, .docx). Фото, стикеры и голосовые без подписи "
           "разобрать не могу.")
SORRY = "😔 Что-то пошло не так при обработке вашего сообщения. Попробуйте ещё раз чуть позже."
GROUP_TYPES = frozenset({"group", "supergroup"})


class FileTooLarge(Exception):
    """Raised by `Messenger.download` when the file turns out larger than allowed."""

    def __init__(self, size: int | None = None) -> None:
        super().__init__(size)
        self.size = size


class DownloadFailed(Exception):
    """Raised by `Messenger.download` when the chat service would not hand the file over."""


class Messenger(Protocol):
    """What intake needs from the chat service (Telegram): plain-text answers, downloads, a busy status."""

    async def reply(self, chat_id: int, message_id: int, text: str) -> None: ...

    async def send(self, chat_id: int, text: str) -> None: ...

    async def download(self, file_id: str, max_bytes: int) -> bytes: ...

    def working(self, chat_id: int) -> AbstractAsyncContextManager[Any]: ...


@dataclass(frozen=True, slots=True)
class IntakeLimits:
    min_article_chars: int = 80
    max_article_chars: int = 100_000
    join_window_seconds: float = 1.5
    fetch_timeout_seconds: float = 10
    fetch_max_bytes: int = 3_000_000
    fetch_allow_private: bool = False
    max_file_bytes: int = 5_000_000
    #: Pages and files fetched and read at once for one chat, and for everyone: thirty links from one user wait
    #: their turn (durably, in the inbox) instead of holding thirty pages in memory.
    fetches_per_chat: int = 2
    fetches_total: int = 8
    #: Other bot instances share the database (webhook mode): at start, take up only the unfinished messages
    #: this instance received or whose instance died, not those another live instance is working on.
    shared: bool = False


@dataclass(frozen=True, slots=True)
class Origin:
    """The chat and message an article came in: where the answers go.

    `addressed`: the message was meant for the bot (a private chat, a forward, a mention, /analyze), so a text
    that is not an article gets an explanation; a mere reply to the bot in a group that is chatter gets none.
    """

    chat_id: int
    chat_type: str
    chat_title: str | None
    message_id: int
    addressed: bool = True

    @property
    def in_group(self) -> bool:
        return self.chat_type in GROUP_TYPES


@dataclass(frozen=True, slots=True)
class Incoming:
    """One message as it arrived, with everything needed to process it again after a restart."""

    kind: str  # "text" (whole, e.g. a forwarded post), "paste" (may be split), "link", "document"
    origin: Origin
    user_id: int = 0
    text: str = ""
    limit: int = 4096  # Telegram's length limit for this kind of message: parts near it may be split pastes
    media_group_id: str | None = None
    source: ArticleSource | None = None
    url: str | None = None
    file_id: str | None = None
    file_name: str | None = None
    mime: str | None = None
    size: int | None = None

    def payload(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        del data["kind"]
        origin = data.pop("origin")
        data.update(chat_type=origin["chat_type"], chat_title=origin["chat_title"], addressed=origin["addressed"])
        return data

    @classmethod
    def from_entry(cls, entry: InboxEntry) -> Incoming:
        data = dict(entry.payload)
        origin = Origin(entry.chat_id, data.pop("chat_type", "private"), data.pop("chat_title", None),
                        entry.message_id, bool(data.pop("addressed", True)))
        source = data.pop("source", None)
        fields = {f.name for f in dataclasses.fields(cls)}
        return cls(kind=entry.kind, origin=origin, source=ArticleSource(**source) if source else None,
                   **{k: v for k, v in data.items() if k in fields})


def looks_cut(text: str, limit: int) -> bool:
    """Whether a message is nearly as long as Telegram lets it be (`limit`), as the parts of a split paste are."""
    return limit * 0.85 <= len(text) <= limit


class Intake:
    def __init__(self, messenger: Messenger, storage: Storage, articles: ArticleService,
                 limits: IntakeLimits | None = None) -> None:
        self._messenger = messenger
        self._storage = storage
        self._articles = articles
        self._limits = limits or IntakeLimits()
        self._origins: dict[Hashable, tuple[Origin, ArticleSource | None]] = {}
        #: messages of each chat between arrival and the inbox, by message id (None until recorded)
        self._arriving: dict[int, dict[int, Incoming | None]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._fetch_total = asyncio.Semaphore(self._limits.fetches_total)
        self._fetch_chat: dict[int, tuple[asyncio.Semaphore, list[int]]] = {}
        self.assembler = MessageAssembler(self._on_joined, quiet_seconds=self._limits.join_window_seconds)

    # --- what arrives ------------------------------------------------------------------------------------

    async def receive(self, item: Incoming) -> None:
        """Record the message (the handler's first await), then take it on in the background.

        Updates are handled concurrently, and recording one may take longer than recording the next (the
        database's turn, a lock): the messages of a chat are taken in the order they were sent all the same, so
        that the short last part of a split paste never goes ahead of the long first part it belongs to.
        """
        origin = item.origin
        arriving = self._arriving.setdefault(origin.chat_id, {})
        arriving[origin.message_id] = None  # on its way to the inbox: later messages of the chat wait for it
        try:
            added = await self._storage.inbox_add(origin.chat_id, origin.message_id, item.kind, item.payload())
        except BaseException:
            arriving.pop(origin.message_id, None)
            self._take_in_order(origin.chat_id)
            raise
        if not added:
            log.info("chat %d: message %d was delivered again; it is already taken", origin.chat_id,
                     origin.message_id)
            arriving.pop(origin.message_id, None)
        else:
            arriving[origin.message_id] = item
        self._take_in_order(origin.chat_id)

    def _take_in_order(self, chat_id: int) -> None:
        """Take every recorded message of the chat that no earlier message still on its way holds back."""
        arriving = self._arriving.get(chat_id, {})
        while arriving:
            first = min(arriving)
            item = arriving[first]
            if item is None:
                return
            del arriving[first]
            self._take(item)
        self._arriving.pop(chat_id, None)

    async def start(self) -> int:
        """Take up again everything received before a stop or a crash that was not finished; returns how many."""
        pruned = await self._storage.inbox_prune(utcnow() - INBOX_KEEP)
        pending = await self._storage.inbox_pending(shared=self._limits.shared)
        for entry in pending:
            try:
                item = Incoming.from_entry(entry)
            except (TypeError, ValueError) as exc:
                log.error("chat %d: inbox message %d unreadable (%r); dropped", entry.chat_id, entry.message_id, exc)
                await self._storage.inbox_done(entry.chat_id, [entry.message_id])
                continue
            self._take(item)
        if pending:
            log.info("resumed %d received messages (%d old ones forgotten)", len(pending), pruned)
        return len(pending)

    def _take(self, item: Incoming) -> None:
        origin = item.origin
        if item.kind == "paste":
            self._take_pasted(item)
        elif item.kind == "link":
            self._spawn(origin, [origin.message_id], self._take_link(item))
        elif item.kind == "document":
            self._spawn(origin, [origin.message_id], self._take_document(item))
        else:
            self._spawn(origin, [origin.message_id], self.take_text(origin, item.text, item.source))

    def _take_pasted(self, item: Incoming) -> None:
        """A pasted text or an album part.

        Telegram's client splits a long paste into messages of 4,096 characters (captions: 1,024), so a message
        of nearly that length may be followed by the rest: it waits a moment for the user's next parts, and so
        does everything that follows while the wait lasts. Album parts always wait for each other. Any other
        message is taken at once, so quick separate messages are never glued together.
        """
        origin = item.origin
        key = (origin.chat_id, item.user_id, item.media_group_id)
        if item.media_group_id is None and key not in self._origins and not looks_cut(item.text, item.limit):
            self._spawn(origin, [origin.message_id], self.take_text(origin, item.text, item.source))
            return
        self._origins.setdefault(key, (origin, item.source))
        self.assembler.add(key, item.text, origin.message_id, item.media_group_id, limit=item.limit)

    async def _on_joined(self, key: Hashable, text: str, message_ids: list[int]) -> None:
        origin, source = self._origins.pop(key)
        await self._finish(origin, message_ids, self._joined(origin, key, text, message_ids, source))

    async def _joined(self, origin: Origin, key: Hashable, text: str, message_ids: list[int],
                      source: ArticleSource | None) -> None:
        if not text.strip() and key[2] is not None:  # type: ignore[index]
            if not origin.in_group:
                await self.reply(origin, NO_TEXT)  # once for the whole album
            return
        if len(message_ids) > 1:
            log.info("chat %d: joined %d messages into one article", origin.chat_id, len(message_ids))
        await self.take_text(origin, text, source)

    # --- background work, finished exactly once ------------------------------------------------------------

    def _spawn(self, origin: Origin, message_ids: list[int], work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(self._finish(origin, message_ids, work), name=f"intake-{origin.chat_id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _finish(self, origin: Origin, message_ids: list[int], work: Coroutine[Any, Any, None]) -> None:
        """Run one message's work and mark it done in the inbox; a stop (cancellation) leaves it to the next
        start, and an unexpected error is answered once instead of being retried at every start."""
        try:
            await work
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("chat %d: message %s could not be taken", origin.chat_id, message_ids)
            with contextlib.suppress(Exception):
                await self.reply(origin, SORRY)
        try:
            await self._storage.inbox_done(origin.chat_id, message_ids)
        except Exception:
            log.exception("chat %d: message %s could not be marked done", origin.chat_id, message_ids)

    @contextlib.asynccontextmanager
    async def _fetch_turn(self, chat_id: int) -> Any:
        gate, users = self._fetch_chat.setdefault(chat_id, (asyncio.Semaphore(self._limits.fetches_per_chat), [0]))
        users[0] += 1
        try:
            async with gate, self._fetch_total:
                yield
        finally:
            users[0] -= 1
            if not users[0]:
                self._fetch_chat.pop(chat_id, None)

    async def reply(self, origin: Origin, text: str) -> None:
        await self._messenger.reply(origin.chat_id, origin.message_id, text)

    # --- what it is ------------------------------------------------------------------------------------------

    async def take_text(self, origin: Origin, raw: str, source: ArticleSource | None) -> None:
        """Check and store one article's text. Chatter in groups that was not addressed to the bot is left alone."""
        max_chars = self._limits.max_article_chars
        text = clean_text(raw[: max_chars * 2])  # cleaning is linear, but not unbounded
        problem = article_problem(text if len(raw) <= max_chars else raw,
                                  min_chars=self._limits.min_article_chars, max_chars=max_chars)
        if problem:
            if origin.addressed:
                await self.reply(origin, problem)
            return
        await self._store(origin, text, source)

    def _too_long(self, where: str) -> str:
        return (f"Текст {where} длиннее {self._limits.max_article_chars:,} символов, а я разбираю статьи до этой "
                "длины. Пришлите, пожалуйста, нужную часть текстом.").replace(",", " ")

    async def _take_link(self, item: Incoming) -> None:
        """A post whose point is a link: the page's article, or the post itself when the page cannot be had."""
        origin, url = item.origin, item.url or ""
        limits = self._limits
        try:
            # The turn lasts until the page is read, not just fetched: a chat holds at most two pages in memory.
            async with self._messenger.working(origin.chat_id), self._fetch_turn(origin.chat_id):
                page = await fetch_page(url, allow_private=limits.fetch_allow_private,
                                        timeout=limits.fetch_timeout_seconds, max_bytes=limits.fetch_max_bytes)
                if page.is_html:
                    try:
                        extracted = await self._articles.extract(
                            origin.chat_id, worker.extract_page, page.text, page.url, limits.max_article_chars,
                            timeout=EXTRACT_TIMEOUT)
                    except WorkerCrashed as exc:
                        raise FetchError("Не удалось разобрать страницу: она слишком сложная", "extract") from exc
                    except MemoryError as exc:
                        raise FetchError("Не удалось разобрать страницу: она слишком большая", "extract") from exc
                    if extracted is None:
                        raise FetchError("Не удалось найти на странице текст статьи", "no_article")
                    text = f"{extracted.title}\n\n{extracted.text}" if extracted.title else extracted.text
                    site = extracted.sitename or urlsplit(page.url).hostname
                else:
                    text, site = page.text[: limits.max_article_chars + 1], urlsplit(page.url).hostname
        except QueueFull as exc:
            await self.reply(origin, str(exc))
            return
        except FetchError as exc:
            log.info("chat %d: link %s not fetched: %s", origin.chat_id, url, exc)
            if len(clean_text(item.text)) >= limits.min_article_chars:
                await self.reply(origin, f"{exc}. Разберу текст самого поста.")
                await self.take_text(origin, item.text, item.source)
            else:
                await self.reply(origin, f"{exc}.")
            return
        if len(text) > limits.max_article_chars:
            await self.reply(origin, self._too_long("на странице"))
            return
        base = item.source or ArticleSource()
        linked = ArticleSource(title=base.title or site, username=base.username, chat_id=base.chat_id,
                               message_id=base.message_id, link=page.url, url=normalise_url(url))
        await self.take_text(origin, text, linked)

    async def _take_document(self, item: Incoming) -> None:
        origin = item.origin
        limits = self._limits
        name = item.file_name or "file"
        extension = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
        if extension and extension not in SUPPORTED_EXTENSIONS:  # without one, the reader goes by the MIME type
            await self.reply(origin, f"Файлы {extension} я не читаю. Подойдут: "
                                     + ", ".join(sorted(SUPPORTED_EXTENSIONS)) + ".")
            return
        too_large = (f"Файл слишком большой ({human_size(item.size or 0)}), я читаю файлы до "
                     f"{human_size(limits.max_file_bytes)}.")
        if item.size is not None and item.size > limits.max_file_bytes:
            await self.reply(origin, too_large)
            return
        if not item.file_id:
            await self.reply(origin, NO_TEXT)
            return
        try:
            async with self._messenger.working(origin.chat_id), self._fetch_turn(origin.chat_id):
                data = await self._messenger.download(item.file_id, limits.max_file_bytes)
                text = await self._articles.extract(origin.chat_id, worker.extract_file, name, data, item.mime,
                                                    limits.max_article_chars, timeout=EXTRACT_TIMEOUT)
        except DownloadFailed as exc:
            log.warning("chat %d: file %s not downloaded: %s", origin.chat_id, name, exc)
            await self.reply(origin, "Не удалось скачать этот файл из Telegram. Пришлите его ещё раз, пожалуйста.")
            return
        except FileTooLarge as exc:
            await self.reply(origin, too_large if exc.size is None else
                             f"Файл слишком большой ({human_size(exc.size)}), я читаю файлы до "
                             f"{human_size(limits.max_file_bytes)}.")
            return
        except UnsupportedFile as exc:
            await self.reply(origin, str(exc))
            return
        except QueueFull as exc:
            await self.reply(origin, str(exc))
            return
        except (WorkerCrashed, MemoryError):
            await self.reply(origin, "Не удалось прочитать этот файл: он устроен слишком сложно. "
                                     "Попробуйте сохранить его как .txt.")
            return
        if len(text) > limits.max_article_chars:
            await self.reply(origin, self._too_long("в файле"))
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
                return  # the same message taken again after a crash: it is stored, and its card comes
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
            await self._messenger.send(origin.chat_id, f"Статья принята, в очереди: {ahead}. Пришлю разбор, "
                                                       "как только он будет готов.")

    async def close(self) -> None:
        """Stop whatever is being joined, fetched or read: it stays in the inbox and is taken up at the next start."""
        self.assembler.cancel_all()
        self._origins.clear()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.assembler.wait_idle()
