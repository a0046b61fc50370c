"""A real PostgreSQL server for the tests, started by them on 127.0.0.1 on a free port, in a temporary folder.

The server binaries come from Debian's `postgresql` package (`.ci/run` installs it): /usr/lib/postgresql/*/bin,
or `initdb` on the PATH. PostgreSQL refuses to run as root, so as root initdb and pg_ctl run as the `postgres`
user (`runuser -u postgres --`). Durability is switched off (fsync, synchronous_commit): the data is thrown away
after the run, and the tests are about semantics, not crash safety of the server.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

NO_SERVER_HINT = "install Debian's postgresql package (apt-get install -y postgresql), as .ci/run does"


class Unavailable(RuntimeError):
    """No server can be had here; the message says why and what would fix it."""


def find_bin_dir() -> Path:
    """The newest PostgreSQL's bin folder with initdb and pg_ctl."""

    def version(path: str) -> int:
        match = re.search(r"/postgresql/(\d+)/", path)
        return int(match.group(1)) if match else 0

    candidates = [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise Unavailable("PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin and for initdb "
                      f"on the PATH): {NO_SERVER_HINT}")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    """initdb + pg_ctl start in a fresh folder; `stop()` ends the server and removes the folder."""

    def __init__(self) -> None:
        self.bin_dir = find_bin_dir()
        self.as_user: list[str] = []
        self.owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            try:
                self.owner = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise Unavailable(f"running as root and there is no 'postgres' user to run the server: "
                                  f"{NO_SERVER_HINT}") from exc
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.root = Path(tempfile.mkdtemp(prefix="quotebot-pg-"))
        if self.owner:
            os.chown(self.root, self.owner.pw_uid, self.owner.pw_gid)
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 0

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=timeout, check=False)

    def start(self) -> PgServer:
        done = self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
                         "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")
        for _ in range(5):  # another process may take the port between free_port() and the server's bind
            self.port = free_port()
            options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
            done = self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                             str(self.log), "-w", "-t", "120", "start", timeout=180)
            if done.returncode == 0:
                return self
        log = self.log.read_text(errors="replace") if self.log.exists() else ""
        raise RuntimeError(f"pg_ctl start failed: {done.stderr or done.stdout}\n{log[-2000:]}")

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    async def new_database(self, name: str) -> str:
        """A fresh, empty database; its URL."""
        import asyncpg

        conn = await asyncpg.connect(self.url())
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()
        return self.url(name)
