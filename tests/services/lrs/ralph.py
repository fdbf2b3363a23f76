"""A real LRS for the tests: Ralph (PyPI ``ralph-malph``) on a loopback port, file-system backend.

Ralph's ASGI app (tests/services/lrs/ralph_app.py) runs under uvicorn in a child process; its statements live in a JSON-lines file
under the test's folder, so a restart keeps them (as a department's LRS would). HTTP Basic
credentials come from an auth file with a bcrypt hash, as Ralph's own documentation describes.
A fault proxy (tests/services/lrs/fault_proxy.py) stands in front of it for 500s and slow answers.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

KEY, SECRET = "department", "s3cret-key"
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Ralph:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "data").mkdir(exist_ok=True)
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self._write_auth()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def _write_auth(self) -> None:
        import bcrypt
        digest = bcrypt.hashpw(SECRET.encode(), bcrypt.gensalt(rounds=4)).decode()
        (self.folder / "auth.json").write_text(json.dumps([{
            "agent": {"mbox": "mailto:lrs-admin@department.example"}, "scopes": ["all"],
            "username": KEY, "hash": digest}]))

    def start(self, timeout: float = 30.0) -> None:
        env = {**os.environ, "RALPH_AUTH_FILE": str(self.folder / "auth.json"), "RALPH_RUNSERVER_BACKEND": "fs",
               "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "data"),
               "RALPH_APP_DIR": str(self.folder / "app"), "SENTRY_DSN": "",
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "tests.services.lrs.ralph_app:app", "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "warning"],
            env=env, stdout=subprocess.DEVNULL, stderr=open(self.folder / "ralph.log", "ab"))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("Ralph stopped at start: " + (self.folder / "ralph.log").read_text()[-2000:])
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__lbheartbeat__", timeout=1).close()
                return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise RuntimeError("Ralph did not answer in time: " + (self.folder / "ralph.log").read_text()[-2000:])

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None

    def stored(self) -> list[dict]:
        """Every statement Ralph has written to its file, voided ones included, in order."""
        path = self.folder / "data" / "fs_lrs.jsonl"
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
