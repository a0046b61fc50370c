"""The service over a real SQLite file: due across zones, DST, restarts, periods, failures isolated per chat."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import time_machine
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramServerError

from analysis.model import Actor, Analysis, Quote
from bot.config import Settings
from delivery.sender import Status
from digest.service import DigestService
from storage import Storage
from tests.digest.conftest import FakeBot, add_article, method

Make = Callable[..., DigestService]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


async def subscribe(service: DigestService, chat_id: int, zone: str, local_time: str, now: datetime) -> None:
    await service.storage.ensure_chat(chat_id)
    await service.subscribe(chat_id, zone, local_time, now=now)


async def test_due_across_zones(storage: Storage, make_service: Make, bot: FakeBot) -> None:
    service = make_service(storage)
    start = utc(2024, 6, 1, 0, 30)  # Moscow 03:30, Novosibirsk 07:30, New York 20:30 the day before
    for chat, zone in ((1, "Europe/Moscow"), (2, "Asia/Novosibirsk"), (3, "America/New_York"), (4, "UTC+03:00")):
        await subscribe(service, chat, zone, "09:00", start)
    assert await service.check_due(start) == {}  # New York's 09:00 had passed: its first digest is "tomorrow"
    assert await service.check_due(utc(2024, 6, 1, 1, 59)) == {}
    assert await service.check_due(utc(2024, 6, 1, 2, 0)) == {2: Status.SENT}
    assert await service.check_due(utc(2024, 6, 1, 5, 59)) == {}
    assert await service.check_due(utc(2024, 6, 1, 6, 0)) == {1: Status.SENT, 4: Status.SENT}
    assert await service.check_due(utc(2024, 6, 1, 12, 59)) == {}
    assert await service.check_due(utc(2024, 6, 1, 13, 0)) == {3: Status.SENT}
    assert await service.check_due(utc(2024, 6, 1, 23, 59)) == {}
    assert sorted(chat for chat, _ in bot.sent) == [1, 2, 3, 4]
    sub = await storage.get_subscription(3)
    assert sub is not None and sub.last_local_date == "2024-06-01"


async def test_subscribing_after_todays_time_starts_tomorrow(
    storage: Storage, make_service: Make, bot: FakeBot
) -> None:
    service = make_service(storage)
    await subscribe(service, 1, "Europe/Moscow", "09:00", utc(2024, 6, 1, 7, 0))  # 10:00 in Moscow
    assert await service.check_due(utc(2024, 6, 1, 7, 1)) == {}
    assert await service.check_due(utc(2024, 6, 1, 20, 59)) == {}  # 23:59
    assert await service.check_due(utc(2024, 6, 2, 5, 59)) == {}
    assert await service.check_due(utc(2024, 6, 2, 6, 0)) == {1: Status.SENT}
    # Before today's time: today.
    await subscribe(service, 2, "Europe/Moscow", "12:00", utc(2024, 6, 2, 7, 0))
    assert await service.check_due(utc(2024, 6, 2, 9, 0)) == {2: Status.SENT}
    # Changing the time after today's digest does not bring a second one today.
    await subscribe(service, 2, "Europe/Moscow", "18:00", utc(2024, 6, 2, 10, 0))
    assert await service.check_due(utc(2024, 6, 2, 15, 0)) == {}
    assert await service.check_due(utc(2024, 6, 3, 15, 0)) == {1: Status.SENT, 2: Status.SENT}


async def test_restart_before_the_due_minute(
    database: str | Path, make_service: Make, bot: FakeBot, settings: Settings
) -> None:
    path = database
    storage = await Storage.open(path)
    service = make_service(storage)
    await subscribe(service, 1, "Europe/Moscow", "09:00", utc(2024, 6, 1, 4, 0))
    assert await service.check_due(utc(2024, 6, 1, 5, 0)) == {}
    await storage.close()  # the bot goes down at 08:00 and comes back at 11:30, same day

    storage = await Storage.open(path)
    clock_now = utc(2024, 6, 1, 8, 30)
    service = make_service(storage, clock=lambda: clock_now)
    await service.start()  # the immediate check catches up
    await service.stop()
    assert bot.texts(1), "the missed digest goes out right after start"
    sent = len(bot.sent)
    assert await service.check_due(utc(2024, 6, 1, 20, 0)) == {}
    assert len(bot.sent) == sent
    await storage.close()


async def test_restart_after_delivery_sends_nothing_twice(database: str | Path, make_service: Make,
                                                          bot: FakeBot) -> None:
    path = database
    storage = await Storage.open(path)
    service = make_service(storage)
    await subscribe(service, 1, "Europe/Moscow", "09:00", utc(2024, 6, 1, 4, 0))
    assert await service.check_due(utc(2024, 6, 1, 6, 0)) == {1: Status.SENT}
    await storage.close()

    storage = await Storage.open(path)
    service = make_service(storage)
    for minutes in (1, 30, 600, 1000):
        assert await service.check_due(utc(2024, 6, 1, 6, 0) + timedelta(minutes=minutes)) == {}
    assert await service.check_due(utc(2024, 6, 2, 6, 0)) == {1: Status.SENT}
    assert len(bot.texts(1)) == 2
    await storage.close()


async def test_start_uses_the_real_clock_under_time_machine(
    storage: Storage, bot: FakeBot, settings: Settings, make_service: Make
) -> None:
    with time_machine.travel(utc(2024, 6, 1, 4, 0), tick=False):
        service = make_service(storage)  # default clock: datetime.now(UTC)
        await subscribe(service, 1, "Europe/Moscow", "09:00", service.now())
    with time_machine.travel(utc(2024, 6, 1, 6, 1), tick=True):
        await service.start()
        await service.stop()
    assert len(bot.texts(1)) == 1


async def test_dst_one_digest_per_local_day(storage: Storage, make_service: Make, bot: FakeBot) -> None:
    service = make_service(storage)
    start = utc(2024, 3, 8, 12, 0)
    await subscribe(service, 1, "America/New_York", "02:30", start)  # in the gap on 2024-03-10
    await subscribe(service, 2, "Europe/Berlin", "02:30", start)  # in the gap on 2024-03-31
    days: dict[int, list[str]] = {1: [], 2: []}
    now = start
    while now < utc(2024, 4, 2):
        for chat in await service.check_due(now):
            sub = await storage.get_subscription(chat)
            assert sub is not None and sub.last_local_date
            days[chat].append(sub.last_local_date)
        now += timedelta(minutes=20)
    expected = [(date(2024, 3, 9) + timedelta(days=i)).isoformat() for i in range(24)]  # 03-09 … 04-01
    assert days[1] == expected
    assert days[2] == expected
    assert "2024-03-10" in days[1] and "2024-03-31" in days[2]


async def test_periods_follow_the_last_digest(storage: Storage, make_service: Make, bot: FakeBot) -> None:
    service = make_service(storage)
    await subscribe(service, 1, "UTC", "09:00", utc(2024, 6, 1, 0, 0))
    await add_article(storage, 1, "Старая новость двухдневной давности про экономику", utc(2024, 5, 30, 12))
    await add_article(storage, 1, "Вчерашняя новость про переговоры в Москве", utc(2024, 5, 31, 12))
    await service.check_due(utc(2024, 6, 1, 9, 0))
    first = "\n".join(bot.texts(1))
    assert "Вчерашняя" in first and "Старая" not in first  # the first digest: the last 24 hours
    await add_article(storage, 1, "Сегодняшняя новость про выборы и бюджет", utc(2024, 6, 1, 9, 30))
    await service.check_due(utc(2024, 6, 2, 9, 0))
    second = bot.texts(1)[-1]
    assert "Сегодняшняя" in second and "Вчерашняя" not in second  # since the previous digest
    # /digest now: the last 24 hours, even right after a digest; it marks nothing.
    preview = "\n".join(await service.preview(1, now=utc(2024, 6, 2, 9, 5)))
    assert "Сегодняшняя" in preview
    sub = await storage.get_subscription(1)
    assert sub is not None and sub.last_digest_at == utc(2024, 6, 2, 9, 0)


async def test_empty_day_note_or_silence(storage: Storage, make_service: Make, bot: FakeBot) -> None:
    service = make_service(storage)
    await subscribe(service, 1, "UTC", "09:00", utc(2024, 6, 1, 0, 0))
    await subscribe(service, 2, "UTC", "09:00", utc(2024, 6, 1, 0, 0))
    await storage.set_send_empty(2, False)
    assert await service.check_due(utc(2024, 6, 1, 9, 0)) == {1: Status.SENT, 2: Status.SENT}
    [note] = bot.texts(1)
    assert "не было" in note
    assert bot.texts(2) == []
    sub = await storage.get_subscription(2)
    assert sub is not None and sub.last_local_date == "2024-06-01"  # silent, but the day is done


async def test_one_chats_failure_never_stops_the_others(storage: Storage, make_service: Make, bot: FakeBot) -> None:
    service = make_service(storage)
    for chat in (1, 2, 3):
        await subscribe(service, chat, "UTC", "09:00", utc(2024, 6, 1, 0, 0))
    bot.errors[1] = [TelegramForbiddenError(method(1), "Forbidden: bot was kicked from the group chat")]
    bot.errors[2] = [TelegramServerError(method(2), "Bad Gateway")]  # outlasted the retry policy
    now = utc(2024, 6, 1, 9, 0)
    assert await service.check_due(now) == {1: Status.FORBIDDEN, 2: Status.FAILED, 3: Status.SENT}
    assert bot.texts(3) and not bot.texts(1) and not bot.texts(2)
    sub1, sub2 = await storage.get_subscription(1), await storage.get_subscription(2)
    assert sub1 is not None and not sub1.active and "kicked" in (sub1.disabled_reason or "")
    assert sub2 is not None and sub2.active and sub2.last_local_date is None
    # The failed chat rests for a while, then gets its digest the same day; the blocked one is left alone.
    assert await service.check_due(now + timedelta(seconds=30)) == {}
    assert await service.check_due(now + service.retry_pause(1)) == {2: Status.SENT}
    assert len(bot.texts(2)) == 1 and not bot.texts(1)


async def test_manual_digest_always_answers(storage: Storage, make_service: Make, bot: FakeBot) -> None:
    service = make_service(storage)
    await storage.ensure_chat(7)
    result = await service.send_digest(7, now=utc(2024, 6, 1, 12))
    assert result.status is Status.SENT
    [text] = bot.texts(7)
    assert "не было" in text
    assert await storage.get_subscription(7) is None


async def test_stop_without_start_is_harmless(storage: Storage, make_service: Make) -> None:
    await make_service(storage).stop()


async def test_send_digest_scheduled_marks_the_day(storage: Storage, make_service: Make, bot: FakeBot) -> None:
    service = make_service(storage)
    await subscribe(service, 1, "Europe/Moscow", "09:00", utc(2024, 6, 1, 4, 0))
    result = await service.send_digest(1, now=utc(2024, 6, 1, 4, 30), scheduled=True)
    assert result.status is Status.SENT and result.sent == 1
    assert await service.check_due(utc(2024, 6, 1, 6, 0)) == {}  # today's is done
    assert (await service.send_digest(99, scheduled=True)).status is Status.FAILED  # no subscription


def long_analysis(i: int) -> Analysis:
    """An article with its own speaker and two long, different quotes: forty of them make a digest that cannot
    fit one message (what the resume tests need), though an ordinary day's digest does."""
    speaker = f"Спикер Номер{i}"
    return Analysis(
        summary=f"Сводка новости номер {i}: " + "подробности о бюджете, налогах и расходах регионов " * 4,
        actors=[Actor(speaker, "PER", 2, [])],
        quotes=[Quote(speaker, "PER", "direct", f"Мы продолжим работу номер {i}: "
                      + " ".join(f"довод{i}x{k}x{j}" for j in range(40)), "сказал", 0, 10) for k in range(2)],
    )


async def test_a_digest_failing_after_its_first_part_resumes_at_the_failed_part(
    database: str | Path, make_service: Make, bot: FakeBot
) -> None:
    path = database
    storage = await Storage.open(path)
    service = make_service(storage)
    await subscribe(service, 1, "UTC", "09:00", utc(2024, 6, 1, 0, 0))
    for i in range(40):
        await add_article(storage, 1, f"Новость номер {i} о бюджете", utc(2024, 5, 31, 12, i), long_analysis(i))
    parts = await service.build(1, utc(2024, 5, 31, 9), utc(2024, 6, 1, 9), "UTC")
    assert len(parts) >= 2
    # The second message fails for longer than the retry policy waits; so does the first retry of it.
    bot.errors[1] = [None, TelegramServerError(method(1), "Bad Gateway")]
    now = utc(2024, 6, 1, 9, 0)
    assert await service.check_due(now) == {1: Status.FAILED}
    assert bot.texts(1) == parts[:1]
    # The bot restarts meanwhile: what was sent is on disk, not in the old process's memory.
    await storage.close()
    storage = await Storage.open(path)
    service = make_service(storage)
    await add_article(storage, 1, "Новость, пришедшая после первой попытки", utc(2024, 6, 1, 9, 1))
    assert await service.check_due(now + timedelta(minutes=2)) == {1: Status.SENT}
    assert bot.texts(1) == parts  # each part exactly once, the very texts of the first try
    sub = await storage.get_subscription(1)
    assert sub is not None and sub.last_local_date == "2024-06-01" and sub.last_digest_at == now
    assert await service.check_due(now + timedelta(hours=1)) == {}
    tomorrow = await service.check_due(utc(2024, 6, 2, 9, 0))
    assert tomorrow == {1: Status.SENT} and "пришедшая после первой попытки" in bot.texts(1)[-1]
    await storage.close()


async def test_an_article_analysed_after_the_tick_is_in_the_next_digest(
    storage: Storage, make_service: Make, bot: FakeBot
) -> None:
    service = make_service(storage)
    await subscribe(service, 1, "UTC", "09:00", utc(2024, 6, 1, 0, 0))
    await storage.ensure_chat(1)
    late, _ = await storage.add_article(1, "Поздняя новость про переговоры и бюджет",
                                        received_at=utc(2024, 6, 1, 8, 59))
    assert await service.check_due(utc(2024, 6, 1, 9, 0)) == {1: Status.SENT}
    assert "Поздняя" not in bot.texts(1)[-1]  # still being analysed at the tick
    await storage.save_analysis(1, late.id, long_analysis(1), analysed_at=utc(2024, 6, 1, 9, 0, 30))
    assert await service.check_due(utc(2024, 6, 2, 9, 0)) == {1: Status.SENT}
    assert "Поздняя" in bot.texts(1)[-1] or "номер 1" in bot.texts(1)[-1]


async def test_a_part_telegram_refuses_is_skipped_not_retried_forever(
    storage: Storage, make_service: Make, bot: FakeBot
) -> None:
    service = make_service(storage)
    await subscribe(service, 1, "UTC", "09:00", utc(2024, 6, 1, 0, 0))
    for i in range(40):
        await add_article(storage, 1, f"Новость номер {i} о бюджете", utc(2024, 5, 31, 12, i), long_analysis(i))
    parts = await service.build(1, utc(2024, 5, 31, 9), utc(2024, 6, 1, 9), "UTC")
    bot.errors[1] = [TelegramBadRequest(method(1), "can't parse entities")]
    assert await service.check_due(utc(2024, 6, 1, 9, 0)) == {1: Status.SENT}
    assert bot.texts(1) == parts[1:]
    sub = await storage.get_subscription(1)
    assert sub is not None and sub.last_local_date == "2024-06-01"


async def test_two_instances_send_each_digest_once(database: str | Path, bot: FakeBot, settings: Settings) -> None:
    """Every instance runs the tick; the lease per (chat, local date) and the fresh re-read of the subscription
    under it let exactly one of them send each digest, however their ticks interleave."""
    from delivery.sender import RateLimiter, Sender

    stores = [await Storage.open(database), await Storage.open(database)]  # one SQLite file, or PostgreSQL

    async def no_sleep(delay: float) -> None:
        await asyncio.sleep(0)

    services = [DigestService(store, Sender(bot, limiter=RateLimiter(sleep=no_sleep)), instance=name,
                              default_timezone=settings.default_timezone)
                for store, name in zip(stores, ("a", "b"), strict=True)]
    now = utc(2024, 6, 1, 4, 0)
    for chat in range(1, 21):
        await subscribe(services[0], chat, "Europe/Moscow", "09:00", now)
        await add_article(stores[0], chat, f"Статья номер {chat} о бюджете и налогах.", now)
    due = utc(2024, 6, 1, 6, 0)
    for _ in range(3):  # ticks racing, then late ticks of each
        await asyncio.gather(services[0].check_due(due), services[1].check_due(due))
    for chat in range(1, 21):
        assert len(bot.texts(chat)) == 1, (chat, bot.texts(chat))
    for store in stores:
        await store.close()
