"""The daily-digest service: one scheduler tick that finds what is due, composes and delivers it.

The subscriptions table is the truth, not the scheduler: APScheduler holds a single interval job (no job per
chat, nothing persisted in it), and each tick re-reads the subscriptions. A restart therefore loses nothing —
`start()` runs one check at once, so a digest missed while the bot was down goes out right away if it is
still the same local day in the subscriber's zone.

Delivery semantics: each message at least once, narrowed to a tiny window. A digest is stored part by part
(`Storage.start_digest`) before its first message goes out, and each part is marked right after Telegram
accepts it: a digest that fails after its first message (Telegram down, a crash, a SIGKILL) resumes at the part
that failed, with the very texts of the first try, and is never sent whole again. The day is marked delivered
(last_local_date) with the last part. A crash between a send and its mark repeats that one message; marking
*before* sending (at most once) would lose it instead, and a lost message cannot be noticed by the reader.
Within one process two sends of the same day are impossible: ticks are serialised by a lock and the date
check is re-done on fresh rows every tick.

Lower layer: this module receives a sender (`delivery.sender.Sender` or anything with its `send`), never
aiogram's Bot or the bot's settings.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from delivery.sender import Delivery, Status
from digest import schedule
from digest.compose import compose, render
from storage.models import Subscription
from storage.store import Storage, utcnow

log = logging.getLogger(__name__)

MAX_RETRY_PAUSE = timedelta(minutes=30)
STOP_TIMEOUT = 5.0


class SendsMessages(Protocol):
    async def send(self, chat_id: int, messages: Sequence[str]) -> Delivery: ...


class DigestService:
    def __init__(
        self,
        storage: Storage,
        sender: SendsMessages,
        *,
        default_timezone: str = "Europe/Moscow",
        check_seconds: int = 30,
        clock: Callable[[], datetime] | None = None,
        concurrency: int = 8,
        instance: str = "local",
        lease_seconds: float = 30.0,
    ) -> None:
        """`instance` names this process in the digest leases: every instance may run the tick, and a chat's
        digest for a day is sent by the one holding its lease. The lease is short and renewed before each part,
        so an instance that dies mid-digest hands it over within `lease_seconds`; the same instance restarted
        takes its own lease back at once."""
        self.instance = instance
        self.lease = timedelta(seconds=lease_seconds)
        self.storage = storage
        self.sender = sender
        self.default_timezone = default_timezone
        self.check_seconds = check_seconds
        self._clock = clock or (lambda: datetime.now(UTC))
        self._lock = asyncio.Lock()  # one check at a time: the immediate one and the interval job never overlap
        self._chats = asyncio.Semaphore(concurrency)
        self._paused_until: dict[int, datetime] = {}
        self._failures: dict[int, int] = {}
        self._scheduler: AsyncIOScheduler | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def now(self) -> datetime:
        return self._clock()

    def retry_pause(self, failures: int) -> timedelta:
        """How long a chat whose digest failed `failures` times in a row rests before the next try: two checks,
        then twice as long each time, up to half an hour (the retry policy has already retried in-process)."""
        return min(MAX_RETRY_PAUSE, timedelta(seconds=self.check_seconds * 2**max(1, failures)))

    # --- lifecycle ---------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the interval job and run one check right away (in the background: start-up does not wait
        for a thousand digests to be sent)."""
        scheduler = AsyncIOScheduler(timezone=UTC)
        scheduler.add_job(
            self._tick, IntervalTrigger(seconds=self.check_seconds), id="digest-check",
            max_instances=1, coalesce=True, misfire_grace_time=None, replace_existing=True,
        )
        scheduler.start()
        self._scheduler = scheduler
        task = asyncio.create_task(self._tick(), name="digest-initial-check")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def stop(self) -> None:
        """Stop scheduling and give an in-flight check a few seconds to finish (then cancel it)."""
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        pending = set(self._tasks)
        if pending:
            _, late = await asyncio.wait(pending, timeout=STOP_TIMEOUT)
            if late:
                log.warning("digest check still running after %.0f s; cancelling it", STOP_TIMEOUT)
                for task in late:
                    task.cancel()
                await asyncio.gather(*late, return_exceptions=True)

    async def _tick(self) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)  # so stop() can cancel a check that overruns
        try:
            await self.check_due()
        except Exception:
            log.exception("digest check failed")
        finally:
            if task is not None:
                self._tasks.discard(task)

    # --- the tick ----------------------------------------------------------------------------------------

    async def check_due(self, now: datetime | None = None) -> dict[int, Status]:
        """Deliver every digest that is due at `now`; returns what happened per chat (for logs and tests)."""
        async with self._lock:
            now = now or self.now()
            due: list[tuple[Subscription, str]] = []
            for sub in await self.storage.active_subscriptions():
                paused = self._paused_until.get(sub.chat_id)
                if paused and now < paused:
                    continue
                try:
                    local_day = schedule.due_date(sub, now)
                except ValueError:
                    log.error("chat %s: unknown time zone %r in its subscription", sub.chat_id, sub.timezone)
                    continue
                if local_day:
                    due.append((sub, local_day))
            if not due:
                return {}
            results = await asyncio.gather(*(self._deliver_due(sub, day, now) for sub, day in due))
            return {sub.chat_id: status for (sub, _), status in zip(due, results, strict=True)}

    async def _deliver_due(self, sub: Subscription, local_day: str, now: datetime) -> Status:
        return (await self._deliver_one(sub, local_day, now)).status

    async def _deliver_one(self, sub: Subscription, local_day: str, now: datetime) -> Delivery:
        """One chat's scheduled digest; any failure stays inside this chat."""
        async with self._chats:
            try:
                delivery = await self._scheduled(sub, local_day, now)
            except Exception as exc:
                log.exception("chat %s: digest failed", sub.chat_id)
                delivery = Delivery(Status.FAILED, 0, sub.chat_id, repr(exc))
        if delivery.status in (Status.FAILED, Status.REJECTED):
            failures = self._failures[sub.chat_id] = self._failures.get(sub.chat_id, 0) + 1
            self._paused_until[sub.chat_id] = now + self.retry_pause(failures)
        else:
            self._paused_until.pop(sub.chat_id, None)
            self._failures.pop(sub.chat_id, None)
        return delivery

    async def _scheduled(self, sub: Subscription, local_day: str, now: datetime) -> Delivery:
        """The day's digest under this instance's lease: another instance sending it, or done with it since the
        subscriptions were read, means there is nothing to do here."""
        chat_id = sub.chat_id
        if not await self._hold_lease(chat_id, local_day):
            log.info("chat %s: the digest for %s is being sent by another instance", chat_id, local_day)
            return Delivery(Status.SENT, 0, chat_id)
        try:
            fresh = await self.storage.get_subscription(chat_id)
            if fresh is None or not fresh.active or fresh.last_local_date == local_day:
                return Delivery(Status.SENT, 0, chat_id)  # delivered meanwhile (by another instance)
            return await self._send_scheduled(fresh, local_day, now)
        finally:
            await self.storage.release_digest_lease(chat_id, local_day, self.instance)

    async def _hold_lease(self, chat_id: int, local_day: str) -> bool:
        # Real time, not self.now(): a lease is about which process is alive, whatever day the tick is for.
        return await self.storage.take_digest_lease(chat_id, local_day, self.instance, utcnow() + self.lease)

    async def _send_scheduled(self, sub: Subscription, local_day: str, now: datetime) -> Delivery:
        """Send the day's digest, or what is left of it: parts Telegram accepted before are not sent again."""
        chat_id = sub.chat_id
        progress = await self.storage.digest_in_progress(chat_id, local_day)
        if progress is None:
            since, until = schedule.digest_period(sub.last_digest_at, now)
            texts = await self.build(chat_id, since, until, sub.timezone, send_empty=sub.send_empty)
            if texts:
                await self.storage.start_digest(chat_id, local_day, until, texts)
            done: Sequence[bool] = [False] * len(texts)
        else:
            texts, done, until = progress.texts, progress.sent, progress.period_end
            log.info("chat %s: resuming the digest for %s at part %d of %d", chat_id, local_day,
                     done.index(False) + 1 if False in done else len(texts), len(texts))
        sent = 0
        for part, (text, was_sent) in enumerate(zip(texts, done, strict=True)):
            if was_sent:
                continue
            if not await self._hold_lease(chat_id, local_day):  # renewed part by part; lost: stop here
                log.warning("chat %s: lost the digest lease for %s at part %d", chat_id, local_day, part + 1)
                return Delivery(Status.FAILED, sent, chat_id, "digest lease lost")
            delivery = await self.sender.send(chat_id, [text])
            chat_id = delivery.chat_id  # a group that became a supergroup meanwhile: its parts moved with it
            if delivery.status is Status.REJECTED:
                # Telegram refuses this very message and would refuse it at every try: the rest still goes.
                log.error("chat %s: part %d of the digest for %s skipped: %s", chat_id, part + 1, local_day,
                          delivery.error)
            elif delivery.status is not Status.SENT:
                return Delivery(delivery.status, sent, chat_id, delivery.error)
            else:
                sent += 1
            await self.storage.mark_digest_part_sent(chat_id, local_day, part)
        # Delivered (or deliberately silent on an empty day): the day is done, the next period starts here.
        await self.storage.mark_digest_delivered(chat_id, local_day, until)
        log.info("chat %s: digest for %s delivered (%s messages)", chat_id, local_day, sent)
        return Delivery(Status.SENT, sent, chat_id)

    # --- building and sending ----------------------------------------------------------------------------

    async def build(
        self, chat_id: int, since: datetime, until: datetime, zone: str, *, send_empty: bool = True
    ) -> list[str]:
        """The digest of the articles analysed in (since, until] as HTML messages, in `zone` for the times shown."""
        articles, quotes, actors = await self.storage.digest_rows(chat_id, since, until)
        try:
            tz = schedule.zone_of(zone)
        except ValueError:
            tz = schedule.zone_of(self.default_timezone)
        digest = compose(articles, quotes, actors, since=since, until=until, tz=tz)
        return render(digest, send_empty=send_empty)

    async def preview(self, chat_id: int, *, now: datetime | None = None) -> list[str]:
        """What /digest shows now: the last 24 hours, or since the last digest if that was longer ago."""
        now = now or self.now()
        sub = await self.storage.get_subscription(chat_id)
        zone = sub.timezone if sub else self.default_timezone
        since, until = schedule.manual_period(sub.last_digest_at if sub else None, now)
        return await self.build(chat_id, since, until, zone, send_empty=True)

    async def send_digest(self, chat_id: int, *, now: datetime | None = None, scheduled: bool = False) -> Delivery:
        """Send the chat its digest now.

        scheduled=False (/digest): the preview period, always an answer, nothing marked — the daily digest
        still comes at its time. scheduled=True: exactly what the tick would send, and the local day is marked.
        """
        now = now or self.now()
        if scheduled:
            sub = await self.storage.get_subscription(chat_id)
            if sub is None or not sub.active:
                return Delivery(Status.FAILED, 0, chat_id, "no active subscription")
            local_day = schedule.local_date(now, schedule.zone_of(sub.timezone)).isoformat()
            async with self._lock:
                return await self._deliver_one(sub, local_day, now)
        return await self.sender.send(chat_id, await self.preview(chat_id, now=now))

    # --- subscriptions (the handlers' entry points) ------------------------------------------------------

    async def subscribe(self, chat_id: int, zone: str, local_time: str, *, now: datetime | None = None) -> Subscription:
        """Create or change a subscription. A time already past today means the first digest is tomorrow."""
        now = now or self.now()
        served = schedule.served_date_for_new(local_time, zone, now)
        await self.storage.subscribe_daily(chat_id, zone, local_time, served_local_date=served, now=now)
        self._paused_until.pop(chat_id, None)
        self._failures.pop(chat_id, None)
        sub = await self.storage.get_subscription(chat_id)
        assert sub is not None
        return sub
