"""Articles from storage to analysis to the user's card, surviving crashes and restarts; and the one fair way
into the worker processes for every CPU job.

An article is stored as received (status 'pending') before it is queued. Consumers take jobs fairly, run the
NLP in the worker pool, store the result and hand the article to `on_done`, which sends the card and marks it
sent. At start, every pending article is queued again and every finished one without a card gets its card: a
crash, a SIGKILL or a restart loses nothing.

Page and file extraction (`extract`) go through the same queue: one chat's thirty links take turns with
everyone else's articles instead of filling the workers. The interface other layers see is `submit` (an
analysis) and `extract` (a call whose result is awaited); a remote job queue can stand behind both.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, TypeVar

from analysis.model import Analysis
from processing import worker
from processing.pool import WorkerCrashed, WorkerPool
from processing.queue import Call, FairQueue, Job
from processing.remote import RemotePool
from storage import Article, Storage
from storage.store import utcnow

log = logging.getLogger(__name__)

OnDone = Callable[[Article], Awaitable[None]]
MAX_ATTEMPTS = 2  # a worker that dies twice on one article will die again: give up on it
ANALYSIS_TIMEOUT = 120.0  # seconds from when a worker starts it; a 100,000-character article takes about 2 s
T = TypeVar("T")


class QueueFull(Exception):
    """No room for another article; the message says why, in Russian, for the user."""


class ArticleService:
    def __init__(self, storage: Storage, pool: WorkerPool | RemotePool, on_done: OnDone, *,
                 max_queue: int = 200, max_queue_per_chat: int = 50, instance: str = "local",
                 lease_seconds: float = 30.0, shared: bool = False) -> None:
        """`instance`: this process's name in the articles' claims. `shared`: other instances use the same
        database (webhook mode): only unclaimed articles, this instance's own and those whose claim expired
        (their instance died) are taken, at start and by a periodic sweep. Not shared (long polling, where
        Telegram allows one instance): every unfinished article is this instance's at start."""
        self._storage = storage
        self._instance = instance
        self._lease = timedelta(seconds=lease_seconds)
        self._shared = shared
        self._queued: set[int] = set()  # article ids in the fair queue or being analysed here
        storage.claim_articles_as(instance, lease_seconds)
        self._pool = pool
        self._on_done = on_done
        self._queue = FairQueue()
        self._max_queue = max_queue
        self._max_per_chat = max_queue_per_chat
        self._consumers: list[asyncio.Task[None]] = []
        self._running = 0  # jobs in the workers right now
        self._idle = asyncio.Event()
        self._idle.set()
        self._stopping = False

    async def start(self) -> int:
        """Start the consumers and resume unfinished work; returns how many articles were resumed."""
        unfinished = await self._storage.claim_unfinished(
            self._instance, utcnow() + self._lease, mode="start" if self._shared else "all")
        unsent = self._take(unfinished)
        if unfinished:
            log.info("resumed %d unfinished articles (%d cards to send)", len(unfinished), len(unsent))
        # Cards owed from before the restart go out in the background: start-up (and polling) need not wait.
        self._consumers = [asyncio.create_task(self._deliver_all(unsent), name="owed-cards")]
        self._consumers += [asyncio.create_task(self._consume(), name=f"analysis-{i}")
                            for i in range(self._pool.workers)]
        self._consumers.append(asyncio.create_task(self._keep_claims(), name="article-claims"))
        return len(unfinished)

    def _take(self, articles: list[Article]) -> list[Article]:
        """Queue the pending ones; returns those owing only their card."""
        unsent = []
        for article in articles:
            if article.status != "pending":
                unsent.append(article)
            elif article.id not in self._queued:
                self._queued.add(article.id)
                self._queue.put(Job(article.chat_id, article.id))
        return unsent

    async def _keep_claims(self) -> None:
        """Renew this instance's claims while it lives; with other instances about, take over the articles of
        one that died (its claims expired), claimed in one statement so that two instances never both do."""
        pause = max(1.0, self._lease.total_seconds() / 3)
        while not self._stopping:
            await asyncio.sleep(pause)
            try:
                await self._storage.renew_claims(self._instance, utcnow() + self._lease)
                if self._shared:
                    orphans = await self._storage.claim_unfinished(self._instance, utcnow() + self._lease,
                                                                   mode="sweep")
                    if orphans:
                        log.info("took over %d articles of an instance that stopped", len(orphans))
                        await self._deliver_all(self._take(orphans))
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("renewing the article claims failed; trying again")

    async def release(self) -> None:
        """After a clean stop: what this instance leaves unfinished may be taken over at once."""
        with contextlib.suppress(Exception):
            await self._storage.release_claims(self._instance)

    async def _deliver_all(self, articles: list[Article]) -> None:
        for article in articles:
            await self._deliver(article)

    def check_room(self, chat_id: int) -> None:
        """Raise QueueFull when another article from this chat cannot be taken now."""
        if self._queue.count(chat_id) >= self._max_per_chat:
            raise QueueFull(f"У вас уже {self._queue.count(chat_id)} статей в очереди. "
                            "Дождитесь их разбора и пришлите остальные чуть позже.")
        if len(self._queue) >= self._max_queue:
            raise QueueFull("Сейчас бот разбирает очень много статей. Пожалуйста, пришлите эту чуть позже.")

    def submit(self, article: Article) -> int:
        """Queue a stored article; returns how many jobs are ahead of it (0: it starts now)."""
        self._queued.add(article.id)
        position = self._queue.put(Job(article.chat_id, article.id))
        busy = self._running >= self._pool.workers
        return position - 1 + (1 if busy else 0)

    async def extract(self, chat_id: int, fn: Callable[..., T], *args: Any, timeout: float) -> T:
        """Run fn(*args) in a worker when this chat's turn comes; its exceptions are re-raised here.

        Raises QueueFull when the chat (or everyone) already has too much waiting, WorkerCrashed when the job
        ran out of time or memory.
        """
        if self._stopping:
            raise WorkerCrashed("the bot is stopping")
        self.check_room(chat_id)
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queue.put(Call(chat_id, fn, args, timeout, future))
        try:
            return await future
        finally:
            future.cancel()  # no-op when done; when the caller gave up, the queued job is skipped

    async def resend_card(self, article: Article) -> None:
        """The card of an article analysed before (the user sent it again)."""
        await self._deliver(article)

    async def _consume(self) -> None:
        """Take jobs until stopped. Nothing a job does may end this loop: a dead consumer would leave the queue
        undrained for everyone."""
        while not self._stopping:
            job = await self._queue.get()
            if self._stopping:
                if isinstance(job, Call):
                    job.future.cancel()
                return  # an article stays pending in the database and resumes at the next start
            if isinstance(job, Call) and job.future.done():
                continue  # its caller gave up waiting
            self._running += 1
            self._idle.clear()
            try:
                if isinstance(job, Call):
                    await self._call(job)
                else:
                    await self._process(job)
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if task is not None and task.cancelling():
                    raise
                log.error("chat %d: a job was cancelled under its consumer; carrying on", job.chat_id)
            except Exception:
                log.exception("chat %d: a job failed", job.chat_id)
            finally:
                self._running -= 1
                if not self._running:
                    self._idle.set()

    async def _call(self, call: Call) -> None:
        try:
            result = await self._pool.run(call.fn, *call.args, timeout=call.timeout)
        except asyncio.CancelledError:
            call.future.cancel()
            raise
        except Exception as exc:
            if not call.future.done():
                call.future.set_exception(exc)
        else:
            if not call.future.done():
                call.future.set_result(result)

    async def _process(self, job: Job) -> None:
        requeued = False
        try:
            requeued = await self._analyse(job)
        finally:
            if not requeued:
                self._queued.discard(job.article_id)

    async def _analyse(self, job: Job) -> bool:
        """Analyse, store, hand to `on_done`; True when the job went back into the queue for another try."""
        article = await self._storage.get_article(job.chat_id, job.article_id)
        if article is None or article.status != "pending":
            return False  # forgotten by /forget meanwhile, or done by an earlier run
        try:
            result = await self._pool.run(worker.analyze_article, article.text, timeout=ANALYSIS_TIMEOUT,
                                          key=f"analysis-{article.id}")
        except WorkerCrashed:
            job.attempts += 1
            if job.attempts < MAX_ATTEMPTS:
                log.warning("article %d: worker crashed, retrying", job.article_id)
                self._queue.put(job)
                return True
            log.error("article %d: worker crashed %d times, giving up", job.article_id, job.attempts)
            await self._storage.mark_failed(job.chat_id, job.article_id)
        except Exception:
            log.exception("article %d: analysis raised", job.article_id)
            await self._storage.mark_failed(job.chat_id, job.article_id)
        else:
            try:
                await self._storage.save_analysis(
                    job.chat_id, job.article_id, Analysis.from_dict(result["analysis"]),
                    quote_keys=result["quote_keys"], fingerprint=result["fingerprint"], bands=result["bands"])
            except Exception:
                log.exception("article %d: the analysis could not be stored", job.article_id)
                await self._storage.mark_failed(job.chat_id, job.article_id)
            log.info("article %d of chat %d analysed: %d quotes, %d actors", job.article_id, job.chat_id,
                     len(result["analysis"]["quotes"]), len(result["analysis"]["actors"]))
        done = await self._storage.get_article(job.chat_id, job.article_id)
        if done is not None and not done.card_sent:  # another instance may have stored and sent it meanwhile
            await self._deliver(done)
        return False

    async def _deliver(self, article: Article) -> None:
        try:
            # The card is this instance's to send only while it holds the article: an instance that took it
            # over after this one was thought dead sends it instead, never both.
            if not await self._storage.claim_article(article.chat_id, article.id, self._instance,
                                                     utcnow() + self._lease):
                log.info("article %d is another instance's now; its card is theirs to send", article.id)
                return
            await self._on_done(article)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("article %d: the card could not be sent; it will be tried again at start", article.id)

    async def stop(self, grace: float = 5.0) -> None:
        """Let analyses in flight finish within `grace` seconds; the rest stays pending and resumes at start."""
        self._stopping = True
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), grace)
        for task in self._consumers:
            task.cancel()
        await asyncio.gather(*self._consumers, return_exceptions=True)
        self._consumers = []
        for job in self._queue.drain():
            if isinstance(job, Call):
                job.future.cancel()
