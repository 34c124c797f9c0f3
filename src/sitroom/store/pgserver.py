"""A throwaway PostgreSQL server for tests and benchmarks: Debian's binaries, a temp data dir.

>>> with temporary_server() as server:                # doctest: +SKIP
...     url = server.new_database()                  # postgresql+psycopg://…/sitroom_1

The server listens on 127.0.0.1 only, trusts local connections and is stopped (its files
removed) on exit. PostgreSQL refuses to run as root, so as root it runs as the ``postgres``
user (or ``nobody``) through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BIN_GLOB = "/usr/lib/postgresql/*/bin"


def find_bin() -> Path | None:
    """The newest server binaries directory (``initdb``, ``pg_ctl``), or None."""
    found = sorted(glob.glob(BIN_GLOB), key=lambda p: int(Path(p).parent.name or 0))
    for candidate in reversed(found):
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    if shutil.which("initdb") and shutil.which("pg_ctl"):
        return Path(shutil.which("initdb")).parent
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _runas() -> tuple[list[str], str | None]:
    """The command prefix and user to run the server as (nothing to do unless root)."""
    if os.geteuid() != 0:
        return [], None
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        return ["runuser", "-u", user, "--"], user
    raise RuntimeError("running as root and no postgres or nobody user to run PostgreSQL as")


class Server:
    def __init__(self, port: int, user: str) -> None:
        self.port = port
        self.user = user
        self._count = 0

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A new, empty database on the server; its SQLAlchemy URL."""
        import psycopg

        self._count += 1
        name = f"sitroom_{os.getpid()}_{self._count}"
        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@contextmanager
def temporary_server(*, durable: bool = False) -> Iterator[Server]:
    """Start a PostgreSQL server in a temp dir; RuntimeError when it cannot be.

    Not ``durable`` (for tests): no fsync. ``durable`` (for benchmarks): PostgreSQL's
    defaults, so that its commits cost what they cost in production.
    """
    bindir = find_bin()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server binaries (apt-get install postgresql)")
    prefix, runas = _runas()
    root = Path(tempfile.mkdtemp(prefix="sitroom-pg-"))
    data, sockets = root / "data", root / "run"
    sockets.mkdir()
    if runas:
        pw = pwd.getpwnam(runas)
        for path in (root, sockets):
            os.chown(path, pw.pw_uid, pw.pw_gid)
    superuser = "sitroom"
    port = _free_port()
    pg_ctl = [*prefix, str(bindir / "pg_ctl"), "-D", str(data)]
    try:
        subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data), "-U", superuser,
                        "--auth=trust", "--encoding=UTF8", "--no-sync"],
                       check=True, capture_output=True)
        options = f"-h 127.0.0.1 -p {port} -k {sockets}"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run([*pg_ctl, "-w", "-t", "60", "-o", options, "-l", str(root / "log"),
                        "start"], check=True, capture_output=True)
    except subprocess.CalledProcessError as err:
        log = (root / "log").read_text(errors="replace") if (root / "log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        detail = (err.stderr or b"").decode(errors="replace").strip() or log.strip()
        raise RuntimeError(f"PostgreSQL did not start: {detail[-500:]}") from err
    try:
        yield Server(port, superuser)
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)
