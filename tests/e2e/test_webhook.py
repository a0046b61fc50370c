"""Webhook mode as a process: aiogram's aiohttp server behind the secret, /healthz, one answer per update id."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import free_port, wait_healthy
from tests.e2e.fake_api import FakeTelegram

pytestmark = pytest.mark.e2e
SAMPLES = Path(__file__).resolve().parents[2] / "bot" / "samples"
ARTICLE = (SAMPLES / "minfin-budget.txt").read_text(encoding="utf-8")
SECRET = "s3cret-Token_1"
ALICE, MALLORY = 3101, 3102


def webhook_env(port: int, **extra: str) -> dict[str, str]:
    return {"WEBHOOK_BASE_URL": "https://bot.example.org/", "WEBHOOK_HOST": "127.0.0.1",
            "WEBHOOK_PORT": str(port), "WEBHOOK_SECRET": SECRET, **extra}


async def test_webhook_without_secret_refuses_to_start(bot_factory) -> None:
    env = webhook_env(free_port())
    env["WEBHOOK_SECRET"] = ""
    proc = bot_factory(**env)
    await proc.start()
    assert proc.proc is not None
    code = await asyncio.wait_for(proc.proc.wait(), 60)
    assert code == 2
    assert "WEBHOOK_SECRET" in proc.log


async def test_webhook_serves_updates_behind_the_secret(bot_factory, telegram: FakeTelegram) -> None:
    port = free_port()
    proc = bot_factory(**webhook_env(port))
    await proc.start()
    await wait_healthy(port)
    hook = telegram.webhook
    assert hook is not None and hook["url"] == "https://bot.example.org/webhook"
    assert hook["secret_token"] == SECRET
    url = f"http://127.0.0.1:{port}/webhook"

    # Without the secret, or with a wrong one: refused, and nothing reaches a handler.
    bad = telegram.message(MALLORY, "/start")
    assert await telegram.post_webhook(url, telegram.last_update_id) == 401
    assert await telegram.post_webhook(url, telegram.last_update_id, secret="wrong") == 401
    assert bad

    # With it: answered at once (the handler runs in the background), and the answer arrives.
    telegram.message(ALICE, "/start")
    start_id = telegram.last_update_id
    began = time.monotonic()
    assert await telegram.post_webhook(url, start_id, secret=SECRET) == 200
    answered_in = time.monotonic() - began
    await telegram.wait_text(ALICE, "кто что сказал")
    # The same update again (Telegram retrying): handled once.
    assert await telegram.post_webhook(url, start_id, secret=SECRET) == 200
    telegram.forward(ALICE, ARTICLE, channel_message_id=777)
    assert await telegram.post_webhook(url, telegram.last_update_id, secret=SECRET) == 200
    await telegram.wait_text(ALICE, "Разбор статьи", timeout=120)
    telegram.message(ALICE, "/who Силуанов")
    assert await telegram.post_webhook(url, telegram.last_update_id, secret=SECRET) == 200
    await telegram.wait_text(ALICE, "Антон Силуанов")
    starts = [t for t in telegram.sent_texts(ALICE) if t.startswith("👋")]
    assert len(starts) == 1, starts
    assert telegram.sent_texts(MALLORY) == []
    assert answered_in < 10  # generous: the point is the answer does not wait for the handler

    code = await proc.stop()
    assert code == 0, proc.log
    assert "stopped" in proc.log
    assert telegram.webhook is not None  # one instance stopping must not cut the others off
    assert "was handled already" in proc.log  # the repeated update was recognised, not just lost
    assert "Traceback" not in proc.log, proc.log
