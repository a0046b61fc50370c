"""`python -m bot loadtest`: the bot in webhook mode on 127.0.0.1, driven as Telegram would drive it.

One bot instance (`python -m bot`, webhook mode) talks to the stand-in Bot API server (tests/e2e/fake_api.py,
in this process); a real redis-server on a free loopback port carries the jobs to `python -m bot worker`
processes (1, then 2). Updates — articles and commands mixed, over many chats, a few posted twice as Telegram
does when it retries — are posted to the webhook with the secret. The run prints throughput, p50/p95 of the
time to answer a command and to deliver a card, and how many answers were lost or duplicated.

Bounded: a fixed number of updates, a deadline per run, loopback only. Without a redis-server binary the bot's
own local worker processes stand in (said so in the output). Cards are paced as Telegram requires (about 30
messages a second overall, one a second per chat: delivery.sender), so card times include that pacing; command
answers are not paced.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import shutil
import signal
import socket
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "123456:LOADTEST-token"
SECRET = "loadtest-secret"
CARD = "Разбор статьи"
COMMANDS = ("/help", "/who Путин", "/actors", "/quotes")
ARTICLE_SHARE = 0.2
DUPLICATE_SHARE = 0.02


@dataclass
class Plan:
    """What was posted, per chat, in order: (kind, monotonic time posted)."""

    posted: dict[int, list[tuple[str, float]]] = field(default_factory=dict)
    updates: int = 0
    duplicates: int = 0
    refused: int = 0  # posts the webhook did not accept


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def peak_memory_mb(pid: int) -> float:
    """VmHWM of a process (Linux), 0 where /proc is not there."""
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def start_redis(folder: Path) -> tuple[asyncio.subprocess.Process, str] | None:
    binary = shutil.which("redis-server") or shutil.which("redis-server", path="/usr/bin:/usr/sbin")
    if binary is None:
        return None
    port = free_port()
    proc = await asyncio.create_subprocess_exec(
        binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir",
        str(folder), stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    for _ in range(300):
        with contextlib.suppress(OSError):
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return proc, f"redis://127.0.0.1:{port}/0"
        await asyncio.sleep(0.05)
    proc.kill()
    raise RuntimeError("redis-server did not start")


async def spawn(args: list[str], env: dict[str, str], log: Path) -> asyncio.subprocess.Process:
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", *args, cwd=ROOT, env=env,
                                                    stdout=out, stderr=out)


async def wait_until(check: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} within {timeout:.0f} s")
        await asyncio.sleep(0.1)


async def stop(proc: asyncio.subprocess.Process) -> None:
    if proc.returncode is None:
        proc.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(proc.wait(), 20)
        except TimeoutError:
            proc.kill()
            await proc.wait()


async def one_run(workers: int, chats: int, updates: int, deadline: float) -> dict[str, Any]:
    import aiohttp

    from tests.e2e.fake_api import FakeTelegram

    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "bot" / "samples").glob("*.txt"))]
    rng = random.Random(12)
    folder = Path(tempfile.mkdtemp(prefix="quotebot-loadtest-"))
    telegram = FakeTelegram()
    await telegram.start()
    procs: list[asyncio.subprocess.Process] = []
    redis = await start_redis(folder)
    port = free_port()
    env = {**os.environ, "BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": telegram.url,
           "DATABASE_PATH": str(folder / "bot.sqlite3"), "LOG_LEVEL": "WARNING", "PYTHONUNBUFFERED": "1",
           "WEBHOOK_BASE_URL": "https://loadtest.invalid", "WEBHOOK_HOST": "127.0.0.1", "WEBHOOK_PORT": str(port),
           "WEBHOOK_SECRET": SECRET, "MAX_QUEUE": str(updates), "MAX_QUEUE_PER_CHAT": str(updates),
           "DIGEST_CHECK_SECONDS": "300"}
    mode = f"{workers} worker process(es) on a redis-server job queue"
    try:
        if redis is not None:
            procs.append(redis[0])
            env["REDIS_URL"] = redis[1]
            env["QUEUE_IN_FLIGHT"] = str(2 * workers)
            for i in range(workers):
                procs.append(await spawn(["worker"], {**env, "LOG_LEVEL": "INFO"}, folder / f"worker{i}.log"))

            async def workers_ready() -> bool:
                logs = [(folder / f"worker{i}.log").read_text(errors="replace") for i in range(workers)]
                return all("worker ready" in text for text in logs)

            await wait_until(workers_ready, 300, "the workers did not load their models")
        else:
            mode = f"{workers} local worker process(es) (no redis-server binary here)"
            env["ANALYSIS_WORKERS"] = str(workers)
        bot = await spawn([], env, folder / "bot.log")
        procs.append(bot)
        url = f"http://127.0.0.1:{port}/webhook"
        async with aiohttp.ClientSession() as session:

            async def healthy() -> bool:
                if bot.returncode is not None:
                    raise RuntimeError(f"the bot exited; see {folder / 'bot.log'}")
                with contextlib.suppress(aiohttp.ClientError):
                    async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                        return response.status == 200
                return False

            await wait_until(healthy, 300, "the bot did not become healthy")
            plan = Plan()
            chat_ids = [10_000 + i for i in range(chats)]
            items: list[tuple[int, str, int]] = []  # (chat, kind, update id)
            for i in range(updates):
                chat = chat_ids[i % chats]
                if rng.random() < ARTICLE_SHARE:
                    text = f"Выпуск {i}. " + samples[i % len(samples)]
                    kind = "article"
                else:
                    text = rng.choice(COMMANDS)
                    kind = "command"
                telegram.message(chat, text)
                items.append((chat, kind, telegram.last_update_id))
            gate = asyncio.Semaphore(64)
            began = time.monotonic()

            async def post(chat: int, kind: str, uid: int, *, again: bool) -> None:
                async with gate:
                    if not again:
                        plan.posted.setdefault(chat, []).append((kind, time.monotonic()))
                    try:
                        async with session.post(url, json=telegram.updates[uid],
                                                headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}) as response:
                            if response.status != 200:
                                plan.refused += 1  # counted, and its answer will be missing: lost
                    except aiohttp.ClientError:
                        plan.refused += 1

            tasks = []
            for chat, kind, uid in items:
                tasks.append(asyncio.create_task(post(chat, kind, uid, again=False)))
                if rng.random() < DUPLICATE_SHARE:  # Telegram retrying: the same update once more
                    plan.duplicates += 1
                    tasks.append(asyncio.create_task(post(chat, kind, uid, again=True)))
                await asyncio.sleep(0)
            await asyncio.gather(*tasks)
            posted_in = time.monotonic() - began
            plan.updates = len(items)
            expected = {chat: (sum(k == "command" for k, _ in p), sum(k == "article" for k, _ in p))
                        for chat, p in plan.posted.items()}

            def answers() -> dict[int, tuple[list[float], list[float]]]:
                got: dict[int, tuple[list[float], list[float]]] = {chat: ([], []) for chat in expected}
                for call in telegram.calls:
                    if call.method != "sendMessage" or call.chat_id not in got:
                        continue
                    if CARD in call.text:
                        got[call.chat_id][1].append(call.at)
                    elif "в очереди" not in call.text and "Статья принята" not in call.text:
                        got[call.chat_id][0].append(call.at)
                return got

            async def all_answered() -> bool:
                got = answers()
                return all(len(got[c][0]) >= e[0] and len(got[c][1]) >= e[1] for c, e in expected.items())

            timed_out = False
            try:
                await wait_until(all_answered, deadline, "not everything was answered")
            except RuntimeError:
                timed_out = True
            finished_in = time.monotonic() - began
            await asyncio.sleep(2)  # anything sent twice would show now
            got = answers()
        command_times: list[float] = []
        card_times: list[float] = []
        lost = duplicated = 0
        for chat, posts in plan.posted.items():
            for kind, times, sink in (("command", got[chat][0], command_times), ("article", got[chat][1], card_times)):
                sent_at = [t for k, t in posts if k == kind]
                lost += max(0, len(sent_at) - len(times))
                duplicated += max(0, len(times) - len(sent_at))
                # Answers are matched to posts first in, first out within a chat.
                sink.extend(max(0.0, a - p) for p, a in zip(sent_at, sorted(times), strict=False))
        peak_mb = peak_memory_mb(bot.pid)
        await stop(bot)
        return {"bot_mb": peak_mb, "mode": mode, "updates": plan.updates, "duplicates": plan.duplicates,
                "posted_in": posted_in,
                "finished_in": finished_in, "commands": command_times, "cards": card_times, "lost": lost,
                "duplicated": duplicated, "timed_out": timed_out, "folder": folder, "refused": plan.refused}
    finally:
        for proc in reversed(procs):
            with contextlib.suppress(ProcessLookupError):
                await stop(proc)
        await telegram.stop()


def run_loadtest(*, quick: bool = False, chats: int = 1000, updates: int = 5000,
                 workers: list[int] | None = None) -> int:
    if quick:
        chats, updates, workers = 20, 60, [1]
    chats, updates = max(1, min(chats, 5000)), max(1, min(updates, 20000))
    deadline = 120.0 if quick else 900.0
    failed = False
    for count in workers or [1, 2]:
        result = asyncio.run(one_run(count, chats, updates, deadline))
        commands, cards = result["commands"], result["cards"]
        total = result["finished_in"]
        print(f"== {result['mode']}: {result['updates']} updates over {chats} chats "
              f"({len(commands)} commands answered, {len(cards)} cards; {result['duplicates']} posted twice)")
        print(f"   posted in {result['posted_in']:.1f} s; everything answered in {total:.1f} s: "
              f"{result['updates'] / total:.0f} updates/s")
        print(f"   command answer  p50 {percentile(commands, 0.5) * 1000:7.0f} ms   "
              f"p95 {percentile(commands, 0.95) * 1000:7.0f} ms")
        print(f"   card delivered  p50 {percentile(cards, 0.5):7.1f} s    p95 {percentile(cards, 0.95):7.1f} s"
              "   (cards paced at ~30 messages/s overall, 1/s per chat, as Telegram requires)")
        print(f"   bot process peak memory (VmHWM) {result['bot_mb']:.0f} MB (target ≤ 150)")
        print(f"   lost {result['lost']}, duplicated {result['duplicated']}, posts refused {result['refused']}"
              + ("   (TIMED OUT)" if result["timed_out"] else ""))
        failed = failed or bool(result["lost"] or result["duplicated"] or result["timed_out"] or result["refused"])
        if not failed:
            shutil.rmtree(result["folder"], ignore_errors=True)
        else:
            print(f"   logs kept in {result['folder']}")
    return 1 if failed else 0
