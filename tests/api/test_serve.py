"""`sitroom serve`: a real server process answering over HTTP; a bad --db is one line."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from sitroom.cli import main


def _sitroom() -> list[str]:
    script = Path(sys.executable).parent / "sitroom"
    return [str(script)] if script.exists() else [
        sys.executable, "-c", "from sitroom.cli import main; main()"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_over_http(filled_db):
    port = _free_port()
    server = subprocess.Popen([*_sitroom(), "serve", "--db", filled_db, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/timeline?limit=1") as r:
                    page = json.load(r)
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "the server did not come up"
                time.sleep(0.2)
        assert len(page["items"]) == 1 and page["next_offset"] == 1
        request = urllib.request.Request(f"http://127.0.0.1:{port}/analyses", data=b"{}",
                                         method="POST",
                                         headers={"Content-Type": "application/json"})
        try:
            urllib.request.urlopen(request)
            raise AssertionError("a read-only server accepted a write")
        except urllib.error.HTTPError as err:
            assert err.code == 403
            assert "read-only" in json.load(err)["detail"]
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_on_a_missing_database_is_a_one_line_error(tmp_path):
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(main, ["serve", "--db", str(missing)])
    assert result.exit_code == 1
    assert result.stderr == f"sitroom: error: no database at {missing}\n"
