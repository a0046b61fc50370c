"""End-to-end fixtures: the stand-in Bot API server and the bot started as a real process against it."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.fake_api import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:TEST-token-never-logged"


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


class BotProcess:
    """`python -m bot` as a child process, with its stderr kept for assertions."""

    def __init__(self, api_url: str, db_path: Path | str, log_path: Path, *args: str, **env: str) -> None:
        """`db_path`: a SQLite file, or a postgresql:// URL (then DATABASE_URL)."""
        self.args = args  # after `python -m bot`: e.g. "worker"
        database = ({"DATABASE_URL": db_path, "DATABASE_PATH": str(log_path.with_suffix(".unused.sqlite3"))}
                    if isinstance(db_path, str) else {"DATABASE_URL": "", "DATABASE_PATH": str(db_path)})
        self.env = {**os.environ, "BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": api_url, **database,
                    "LOG_LEVEL": "INFO", "PYTHONUNBUFFERED": "1", **env}
        self.env.pop("BOT_TOKEN_FILE", None)
        self.log_path = log_path
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        log = self.log_path.open("ab")
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", *self.args, cwd=ROOT, env=self.env, stdout=log, stderr=log)

    async def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> int:
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(sig)
        code = await asyncio.wait_for(self.proc.wait(), timeout)
        return code

    async def kill(self) -> None:
        await self.stop(signal.SIGKILL)

    @property
    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def e2e_backend() -> str:
    """The database the bot process runs on. A module runs its tests on both with
    `pytest.mark.parametrize("e2e_backend", BACKENDS)` (tests/conftest.py)."""
    return "sqlite"


@pytest.fixture
async def e2e_database(e2e_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """The bot's database for this test: a SQLite file, or a new database on the tests' PostgreSQL server."""
    if e2e_backend == "postgres":
        return await request.getfixturevalue("pg_server").new_database(f"e2e_{uuid.uuid4().hex[:12]}")
    return tmp_path / "bot.sqlite3"


@pytest.fixture
async def bot_factory(telegram: FakeTelegram, tmp_path: Path, e2e_database: Path | str) -> AsyncIterator:
    procs: list[BotProcess] = []

    def make(*args: str, log_name: str = "bot.log", **env: str) -> BotProcess:
        proc = BotProcess(telegram.url, e2e_database, tmp_path / log_name, *args, **env)
        procs.append(proc)
        return proc

    yield make
    for proc in procs:
        if proc.proc is not None and proc.proc.returncode is None:
            proc.proc.kill()
            await proc.proc.wait()


@pytest.fixture
async def running_bot(bot_factory, telegram: FakeTelegram) -> AsyncIterator[BotProcess]:
    proc = bot_factory()
    await proc.start()
    await telegram.wait_for(lambda c: c.method == "setMyCommands", timeout=60)
    yield proc
    code = await proc.stop()
    assert code == 0, proc.log


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def redis_binary() -> str | None:
    import shutil

    return shutil.which("redis-server") or next(
        (p for p in ("/usr/bin/redis-server", "/usr/sbin/redis-server") if Path(p).exists()), None)


@pytest.fixture
async def redis_url(tmp_path: Path) -> AsyncIterator[str]:
    """A real redis-server on 127.0.0.1 on a free port, its data in tmp_path; skipped (saying why) without one."""
    binary = redis_binary()
    if binary is None:
        pytest.skip("redis-server is not installed (Debian: apt-get install redis-server; .ci/run installs it)")
    port = free_port()
    proc = await asyncio.create_subprocess_exec(
        binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
        "--dir", str(tmp_path), stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    deadline = asyncio.get_running_loop().time() + 30
    while True:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"PING\r\n")
            await writer.drain()
            if (await reader.readline()).startswith(b"+PONG"):
                writer.close()
                break
            writer.close()
        except OSError:
            pass
        if asyncio.get_running_loop().time() > deadline or proc.returncode is not None:
            raise AssertionError("redis-server did not start")
        await asyncio.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    await proc.wait()


async def wait_healthy(port: int, timeout: float = 120) -> None:
    """Until the instance's /healthz answers 200 (it listens only once its start-up is done)."""
    import aiohttp

    deadline = asyncio.get_running_loop().time() + timeout
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"the instance on port {port} did not become healthy in {timeout} s")
            await asyncio.sleep(0.1)
