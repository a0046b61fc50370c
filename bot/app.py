"""Builds the bot from its parts and runs aiogram's long-polling loop until SIGINT or SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.types import BotCommand, LinkPreviewOptions
from aiohttp import web

import handlers
from analysis.keys import word_keys
from bot.config import OFFICIAL_API_URL, Settings, load_settings
from bot.logs import setup_logging
from delivery.cards import CardDelivery
from delivery.retry import RetryPolicy
from delivery.sender import Sender
from digest.service import DigestService
from handlers.dedupe import UpdateDedupe
from handlers.messenger import TelegramMessenger
from handlers.migration import MigrationBarrier, move_chat
from intake.service import Intake, IntakeLimits
from processing.pool import WorkerPool
from processing.service import ArticleService
from storage import Storage, StorageUnavailable
from storage.backend import redacted

log = logging.getLogger("bot")
#: Updates one instance handles at once in webhook mode; more wait before their request is answered.
WEBHOOK_IN_FLIGHT = 100

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
        fetch_max_bytes=settings.fetch_max_bytes, fetch_allow_private=settings.fetch_allow_private,
        shared=settings.webhook_base_url is not None)


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


def make_pool(settings: Settings) -> Any:
    """Local worker processes, or the Redis job queue when REDIS_URL is set (then this process loads no models:
    `python -m bot worker` processes do the NLP)."""
    if settings.redis_url:
        from processing.remote import RemotePool

        return RemotePool(settings.redis_url, in_flight=settings.queue_in_flight)
    return WorkerPool(settings.analysis_workers)


async def serve(settings: Settings) -> None:
    """Run until stopped; on the way out, hand back unfinished work and close the database.

    Long polling, or aiogram's aiohttp webhook server when WEBHOOK_BASE_URL is set: the same start-up work, the
    same clean-up, the same answer to SIGTERM. aiogram handles SIGINT/SIGTERM once polling runs; before that
    (while connecting), and all along in webhook mode, a signal cancels this task and the same clean-up runs.
    """
    loop = asyncio.get_running_loop()
    main = asyncio.current_task()
    assert main is not None
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, main.cancel)
    instance = settings.instance_name()
    storage = await Storage.open(settings.database)
    bot = make_bot(settings)
    pool = make_pool(settings)

    async def on_migrated(old_id: int, new_id: int) -> None:  # `articles` is bound below, before any send
        await move_chat(storage, articles, old_id, new_id)

    sender = Sender(bot, on_forbidden=storage.unsubscribe, on_migrated=on_migrated)
    cards = CardDelivery(storage, sender)
    articles = ArticleService(storage, pool, cards, max_queue=settings.max_queue,
                              max_queue_per_chat=settings.max_queue_per_chat, instance=instance,
                              lease_seconds=settings.lease_seconds, shared=settings.webhook_base_url is not None)
    dp = Dispatcher()
    dp["storage"] = storage
    dp["settings"] = settings
    dp["articles"] = articles
    dp["sender"] = sender
    intake = Intake(TelegramMessenger(bot), storage, articles, intake_limits(settings))
    dp["intake"] = intake
    digests = DigestService(storage, sender, default_timezone=settings.default_timezone,
                            check_seconds=settings.digest_check_seconds, instance=instance,
                            lease_seconds=settings.lease_seconds)
    dp["digests"] = digests
    dedupe = UpdateDedupe(storage)
    dp.update.outer_middleware(MigrationBarrier())  # first: it must see each update before any pause
    dp.update.outer_middleware(dedupe)
    dp.include_routers(*handlers.routers())
    up = asyncio.Event()  # what /healthz reports

    async def on_startup() -> None:
        me = await bot.get_me()
        log.info("connected as @%s to %s", me.username, settings.telegram_api_url)
        await bot.set_my_commands(COMMANDS)
        word_keys("путин")  # load the name dictionary now, not on the first /who
        pool.start()  # models load while polling starts; close() ends the warm-up cleanly wherever it is
        await articles.start()
        await intake.start()  # what arrived before a stop or a crash and was not finished yet
        await digests.start()  # its first check at once: a digest missed while the bot was down goes out now
        await dedupe.start()
        if settings.webhook_url:
            assert settings.webhook_secret is not None
            # Every instance sets the same URL: harmless repeats. None deletes it on stop, or one instance
            # stopping would cut off all the others.
            await bot.set_webhook(settings.webhook_url, secret_token=settings.webhook_secret.get_secret_value(),
                                  allowed_updates=dp.resolve_used_update_types())
            log.info("webhook set to %s", settings.webhook_url)
        else:
            await bot.delete_webhook()  # Telegram refuses getUpdates while a webhook is set
        up.set()

    dp.startup.register(on_startup)
    log.info("database %s, %s, instance %s", redacted(str(settings.database)),
             f"job queue at {redacted(settings.redis_url)}" if settings.redis_url
             else f"{settings.analysis_workers} analysis worker(s)", instance)
    handling: set[asyncio.Task[Any]] = set()
    runner: web.AppRunner | None = None
    try:
        if settings.webhook_url:
            runner, handling = await start_webhook(settings, dp, bot, up)
            await asyncio.Event().wait()  # until SIGTERM/SIGINT cancels this task
        else:
            await dp.start_polling(bot, handle_signals=True, close_bot_session=False,
                                   allowed_updates=dp.resolve_used_update_types())
    except asyncio.CancelledError:
        log.info("stop requested" if up.is_set() else "stopped while starting")
    finally:
        up.clear()
        log.info("stopping: finishing analyses in flight, the rest resumes at the next start")
        if runner is not None:
            for site in list(runner.sites):
                await site.stop()  # no new requests: the listening socket closes, the balancer goes elsewhere
        # aiogram does not wait for updates still being handled; they may be storing an article right now.
        handling = handling | set(getattr(dp, "_handle_update_tasks", ()))
        if handling:
            await asyncio.wait(handling, timeout=3)
        await digests.stop()
        await dedupe.stop()
        await intake.close()
        await articles.stop(grace=3.0)
        await cards.close(grace=3.0)
        await articles.release()  # unfinished articles: another instance may take them over at once
        await pool.close()
        if runner is not None:
            await runner.cleanup()
        await bot.session.close()
        await storage.close()
        log.info("stopped")


async def start_webhook(settings: Settings, dp: Dispatcher, bot: Bot,
                        up: asyncio.Event) -> tuple[web.AppRunner, set[asyncio.Task[Any]]]:
    """aiogram's aiohttp webhook server: POST /webhook (the secret checked, the update answered at once and
    handled in the background), GET /healthz for the load balancer. Listens only once start-up is done."""
    from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application

    assert settings.webhook_secret is not None
    webhook = SimpleRequestHandler(dispatcher=dp, bot=bot, handle_in_background=True,
                                   secret_token=settings.webhook_secret.get_secret_value())
    handling: set[asyncio.Task[Any]] = webhook._background_feed_update_tasks

    @web.middleware
    async def backpressure(request: web.Request, handler: Any) -> web.StreamResponse:
        # Answering at once with no limit would let a burst (a backlog Telegram delivers after an outage)
        # start thousands of handlers together, each holding its update in memory. Past the limit, the answer
        # waits for a handler to finish: Telegram's connections slow down instead of the bot's memory growing.
        while request.path == "/webhook" and len(handling) >= WEBHOOK_IN_FLIGHT:
            await asyncio.wait(set(handling), return_when=asyncio.FIRST_COMPLETED)
        return await handler(request)

    app = web.Application(middlewares=[backpressure])
    # Not handler.register(): that would close the bot's session on shutdown, before the cards in flight and
    # the digest being sent are done with it. serve() closes it last.
    app.router.add_post("/webhook", webhook.handle)

    async def healthz(request: web.Request) -> web.Response:
        if up.is_set():
            return web.json_response({"ok": True})
        return web.json_response({"ok": False}, status=503)

    app.router.add_get("/healthz", healthz)
    setup_application(app, dp, bot=bot)  # dp's startup (on_startup above) runs before the port opens
    # Connections still open at the stop are given a few seconds, not aiohttp's default minute.
    runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=5)
    await runner.setup()
    site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port)
    await site.start()
    log.info("webhook server listening on %s:%d", settings.webhook_host, settings.webhook_port)
    return runner, handling


def run_bot() -> int:
    settings = load_settings()
    token = settings.bot_token.get_secret_value() if settings.bot_token else None
    setup_logging(settings.log_level, token)
    if token is None:
        log.warning("BOT_TOKEN is not set: running the demo instead of the bot. "
                    "Get a token from @BotFather and put BOT_TOKEN=... into .env (see .env.example).")
        from bot.demo import run_demo

        return run_demo(settings)
    if settings.webhook_base_url and settings.webhook_secret is None:
        log.error("WEBHOOK_BASE_URL is set but WEBHOOK_SECRET is not: without a secret anyone could post updates "
                  "to the webhook. Set WEBHOOK_SECRET (1-256 characters: letters, digits, _ and -).")
        return 2
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
