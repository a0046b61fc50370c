"""Cards: sent in the background, retried in-process after a failure, marked sent once Telegram has them."""

from __future__ import annotations

import asyncio

from aiogram.exceptions import TelegramForbiddenError, TelegramServerError

from analysis.model import Actor, Analysis, Quote
from delivery.cards import CardDelivery
from delivery.sender import RateLimiter, Sender, Status
from storage import Article, Storage
from tests.digest.conftest import FakeBot, Sleeps, method

ANALYSIS = Analysis(summary="Министр выступил.", actors=[Actor("Антон Силуанов", "PER", 2, [])],
                    quotes=[Quote("Антон Силуанов", "PER", "direct", "Бюджет будет исполнен", "сказал", 0, 10)])


async def analysed(storage: Storage, chat_id: int) -> Article:
    await storage.ensure_chat(chat_id)
    article, _ = await storage.add_article(chat_id, "Министр финансов выступил с заявлением о бюджете",
                                           message_id=42)
    await storage.save_analysis(chat_id, article.id, ANALYSIS)
    done = await storage.get_article(chat_id, article.id)
    assert done is not None
    return done


def cards(bot: FakeBot, storage: Storage, sleeps: Sleeps) -> CardDelivery:
    sender = Sender(bot, limiter=RateLimiter(chat_interval=0, sleep=sleeps), on_forbidden=storage.unsubscribe)
    return CardDelivery(storage, sender, pauses=(30.0, 120.0), sleep=sleeps)


async def test_a_card_failing_on_a_server_error_is_sent_again_in_process(
    storage: Storage, bot: FakeBot, sleeps: Sleeps
) -> None:
    article = await analysed(storage, 5)
    bot.errors[5] = [TelegramServerError(method(5), "Bad Gateway")]  # outlasted the retry policy once
    assert await cards(bot, storage, sleeps).deliver(article) is Status.SENT
    [card] = bot.texts(5)
    assert "Разбор статьи" in card and "Силуанов" in card
    assert sleeps.delays == [30.0]
    assert (await storage.unfinished_articles()) == []  # marked sent: the next start does not repeat it


async def test_a_card_that_never_goes_out_waits_for_the_next_start(
    storage: Storage, bot: FakeBot, sleeps: Sleeps
) -> None:
    article = await analysed(storage, 5)
    bot.errors[5] = [TelegramServerError(method(5), "Bad Gateway") for _ in range(3)]
    assert await cards(bot, storage, sleeps).deliver(article) is Status.FAILED
    assert [a.id for a in await storage.unfinished_articles()] == [article.id]


async def test_a_blocked_chat_gets_no_card_and_no_retry(storage: Storage, bot: FakeBot, sleeps: Sleeps) -> None:
    article = await analysed(storage, 5)
    bot.errors[5] = [TelegramForbiddenError(method(5), "Forbidden: bot was blocked by the user")]
    assert await cards(bot, storage, sleeps).deliver(article) is Status.FORBIDDEN
    assert bot.calls == 1 and sleeps.delays == []
    assert (await storage.unfinished_articles()) == []


async def test_sending_a_card_does_not_hold_up_the_caller(storage: Storage, sleeps: Sleeps) -> None:
    """The analysis consumer hands the card over and takes the next article at once."""
    release = asyncio.Event()
    sent: list[str] = []

    class SlowBot:
        async def send_message(self, chat_id: int, text: str, **kwargs: object) -> None:
            await release.wait()  # Telegram asks to wait out flood control, say
            sent.append(text)

    article = await analysed(storage, 5)
    delivery = CardDelivery(storage, Sender(SlowBot(), limiter=RateLimiter(sleep=sleeps)), sleep=sleeps)
    await asyncio.wait_for(delivery(article), 1)
    assert sent == []
    release.set()
    await delivery.close(grace=5)
    assert len(sent) == 1 and (await storage.unfinished_articles()) == []
