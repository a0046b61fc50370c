"""Builds the bot from its parts and runs aiogram's long-polling loop until SIGINT or SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.types import BotCommand, LinkPreviewOptions

import handlers
from analysis.keys import word_keys
from bot.config import OFFICIAL_API_URL, Settings, load_settings
from bot.logs import setup_logging
from delivery.cards import CardDelivery
from delivery.retry import RetryPolicy
from delivery.sender import Sender
from digest.service import DigestService
from handlers.messenger import TelegramMessenger
from handlers.migration import MigrationBarrier, move_chat
from intake.service import Intake, IntakeLimits
from processing.pool import WorkerPool
from processing.service import ArticleService
from storage import Storage, StorageUnavailable
from storage.backend import redacted

log = logging.getLogger("bot")

COMMANDS = [
    BotCommand(command="who", description="Что говорил человек или организация: /who Путин [day|week|month]"),
    BotCommand(command="about", description="Что говорили о человеке: /about Путин [day|week|month]"),
    BotCommand(command="search", description="Цитаты со словами в любой форме: /search санкции"),
    BotCommand(command="trend", description="График упоминаний по дням: /trend Путин"),
    BotCommand(command="quotes", description="Последние цитаты"),
    BotCommand(command="actors", description="Кого упоминали чаще всего: day, week, all"),
    BotCommand(command="digest", description="Сводка за последние сутки"),
    BotCommand(command="subscribe", description="Ежедневная сводка: /subscribe 09:00 Europe/Moscow"),
    BotCommand(command="unsubscribe", description="Отписаться от сводки"),
    BotCommand(command="settings", description="Настройки сводки"),
    BotCommand(command="analyze", description="Разобрать сообщение, на которое вы отвечаете"),
    BotCommand(command="export", description="Все статьи и цитаты файлом JSON"),
    BotCommand(command="forget", description="Удалить всё, что сохранено для чата"),
    BotCommand(command="help", description="Что умеет бот"),
]


def intake_limits(settings: Settings) -> IntakeLimits:
    return IntakeLimits(
        min_article_chars=settings.min_article_chars, max_article_chars=settings.max_article_chars,
        join_window_seconds=settings.join_window_seconds, fetch_timeout_seconds=settings.fetch_timeout_seconds,
        fetch_max_bytes=settings.fetch_max_bytes, fetch_allow_private=settings.fetch_allow_private)


def make_bot(settings: Settings) -> Bot:
    """The bot, with the one retry policy on its session: every call it makes waits out 429s and retries
    5xx and network errors the same way (delivery.retry)."""
    assert settings.bot_token is not None
    if settings.telegram_api_url == OFFICIAL_API_URL:
        session = AiohttpSession()
    else:
        session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
    session.middleware(RetryPolicy())
    return Bot(
        token=settings.bot_token.get_secret_value(),
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML,
                                     link_preview=LinkPreviewOptions(is_disabled=True)),
    )


async def serve(settings: Settings) -> None:
    """Run until stopped; on the way out, hand back unfinished work and close the database.

    aiogram handles SIGINT/SIGTERM once polling runs; before that (while connecting), a signal cancels the start
    and the same clean-up runs.
    """
    loop = asyncio.get_running_loop()
    main = asyncio.current_task()
    assert main is not None
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, main.cancel)
    storage = await Storage.open(settings.database)
    bot = make_bot(settings)
    pool = WorkerPool(settings.analysis_workers)

    async def on_migrated(old_id: int, new_id: int) -> None:  # `articles` is bound below, before any send
        await move_chat(storage, articles, old_id, new_id)

    sender = Sender(bot, on_forbidden=storage.unsubscribe, on_migrated=on_migrated)
    cards = CardDelivery(storage, sender)
    articles = ArticleService(storage, pool, cards, max_queue=settings.max_queue,
                              max_queue_per_chat=settings.max_queue_per_chat)
    dp = Dispatcher()
    dp["storage"] = storage
    dp["settings"] = settings
    dp["articles"] = articles
    dp["sender"] = sender
    intake = Intake(TelegramMessenger(bot), storage, articles, intake_limits(settings))
    dp["intake"] = intake
    digests = DigestService(storage, sender, default_timezone=settings.default_timezone,
                            check_seconds=settings.digest_check_seconds)
    dp["digests"] = digests
    dp.update.outer_middleware(MigrationBarrier())
    dp.include_routers(*handlers.routers())

    async def on_startup() -> None:
        me = await bot.get_me()
        log.info("connected as @%s to %s", me.username, settings.telegram_api_url)
        await bot.set_my_commands(COMMANDS)
        word_keys("путин")  # load the name dictionary now, not on the first /who
        pool.start()  # models load while polling starts; close() ends the warm-up cleanly wherever it is
        await articles.start()
        await intake.start()  # what arrived before a stop or a crash and was not finished yet
        await digests.start()  # its first check at once: a digest missed while the bot was down goes out now

    dp.startup.register(on_startup)
    log.info("database %s, %d analysis worker(s)", redacted(str(settings.database)), settings.analysis_workers)
    try:
        await dp.start_polling(bot, handle_signals=True, close_bot_session=False,
                               allowed_updates=dp.resolve_used_update_types())
    except asyncio.CancelledError:
        log.info("stopped while starting")
    finally:
        log.info("stopping: finishing analyses in flight, the rest resumes at the next start")
        # aiogram does not wait for updates still being handled; they may be storing an article right now.
        handling = set(getattr(dp, "_handle_update_tasks", ()))
        if handling:
            await asyncio.wait(handling, timeout=3)
        await digests.stop()
        await intake.close()
        await articles.stop(grace=3.0)
        await cards.close(grace=3.0)
        await pool.close()
        await bot.session.close()
        await storage.close()
        log.info("stopped")


def run_bot() -> int:
    settings = load_settings()
    token = settings.bot_token.get_secret_value() if settings.bot_token else None
    setup_logging(settings.log_level, token)
    if token is None:
        log.warning("BOT_TOKEN is not set: running the demo instead of the bot. "
                    "Get a token from @BotFather and put BOT_TOKEN=... into .env (see .env.example).")
        from bot.demo import run_demo

        return run_demo(settings)
    # Until the event loop takes the signals over, SIGTERM ends the start-up quietly: nothing is open yet.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        asyncio.run(serve(settings))
    except StorageUnavailable as exc:
        log.error("cannot open the database: %s", exc)
        return 2
    except Exception:
        # Through the logger, whose filter removes the token: aiogram's errors quote request URLs with it.
        log.exception("the bot stopped on an error (is TELEGRAM_API_URL right, and the server reachable?)")
        return 1
    return 0
