"""The LanguageTool engine: a LanguageTool server (URL) or a local install (folder), via language-tool-python.

language-tool-python downloads LanguageTool when it is asked to start a server itself. We never
let it: a server URL is handed to it only after the server answered ``/v2/languages`` within a
short deadline, and a local install is started by us (``java -cp languagetool-server.jar``) and
then used as a server on the loopback interface. Every failure raises :class:`EngineUnavailable`
with a Russian message; the caller falls back to the embedded engine.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from app.core.grammar.findings import EngineUnavailable, Finding, check_length, plain_message
from app.core.grammar.lt_categories import category_for

SOURCE = "languagetool"
ENV_URL = "CHAT_TRAINER_LT_URL"
SERVER_JAR = "languagetool-server.jar"
MIN_JAVA = 17
LANGUAGES = {"ru": "ru-RU", "en": "en-US"}

PROBE_TIMEOUT = 1.5  # seconds for the whole /v2/languages probe, name resolution included
CHECK_TIMEOUT = 5.0  # seconds a /v2/check may take
START_TIMEOUT = 30.0  # seconds a local LanguageTool server may take to start
RETRY_AFTER = 60.0  # seconds before a failed server is tried again


def java_major_version(java: str = "java") -> int | None:
    """The major version of ``java`` on PATH (8 for 1.8), or None when there is none."""
    executable = shutil.which(java)
    if not executable:
        return None
    try:
        out = subprocess.run([executable, "-version"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major


def probe_server(url: str, timeout: float = PROBE_TIMEOUT) -> list[dict]:
    """GET ``/v2/languages`` within ``timeout`` seconds in total, or raise EngineUnavailable.

    The request runs in a daemon thread so that slow name resolution, which urllib's
    timeout does not cover, cannot hold the caller past the deadline.
    """
    target = _base_url(url) + "v2/languages"
    outcome: dict = {}

    def fetch() -> None:
        try:
            with urllib.request.urlopen(target, timeout=timeout) as response:
                outcome["languages"] = json.loads(response.read().decode("utf-8"))
        except Exception as exc:  # reported to the caller below
            outcome["error"] = exc

    worker = threading.Thread(target=fetch, name="lt-probe", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise EngineUnavailable(f"Сервер LanguageTool {url} не ответил за {timeout:g} с.")
    error = outcome.get("error")
    if error is not None:
        raise EngineUnavailable(f"Сервер LanguageTool {url} недоступен: {_describe(error)}.") from error
    languages = outcome["languages"]
    if not isinstance(languages, list) or not all(isinstance(x, dict) and "longCode" in x for x in languages):
        raise EngineUnavailable(f"По адресу {url} отвечает не сервер LanguageTool.")
    return languages


def _base_url(url: str) -> str:
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    url = url.rstrip("/")
    if url.endswith("/v2"):
        url = url[:-3]
    return url + "/"


def _describe(error: BaseException) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return f"ответ {error.code}"
    reason = getattr(error, "reason", error)
    if isinstance(reason, socket.gaierror):
        return "адрес не найден"
    if isinstance(reason, ConnectionRefusedError):
        return "соединение отклонено"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "нет ответа"
    if isinstance(error, (json.JSONDecodeError, UnicodeDecodeError)):
        return "ответ не в формате LanguageTool"
    return str(reason) or type(reason).__name__


def _client_class(timeout: float):
    """language-tool-python's client with a short timeout and a single try per request."""
    from language_tool_python import LanguageTool

    class ShortTimeoutClient(LanguageTool):
        _TIMEOUT = timeout

        def _query_server(self, url, params=None, num_tries=2, method="get"):
            return super()._query_server(url, params, num_tries=1, method=method)

    return ShortTimeoutClient


class _Utf16:
    """Converts between code points and LanguageTool's UTF-16 positions in one text."""

    def __init__(self, text: str) -> None:
        # Characters outside the BMP take two UTF-16 code units.
        self._astral = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, code_point: int) -> int:
        return code_point + bisect.bisect_left(self._astral, code_point)

    def to_code_point(self, utf16: int) -> int:
        return utf16 - bisect.bisect_left(self._astral_utf16, utf16)


class LanguageToolEngine:
    """Checks through a LanguageTool server; ``url`` or ``path`` (a folder with the server jar)."""

    name = SOURCE

    def __init__(self, url: str | None = None, path: str | os.PathLike | None = None, *,
                 probe_timeout: float = PROBE_TIMEOUT, check_timeout: float = CHECK_TIMEOUT,
                 start_timeout: float = START_TIMEOUT, retry_after: float = RETRY_AFTER) -> None:
        if bool(url) == bool(path):
            raise ValueError("Укажите либо адрес сервера LanguageTool, либо папку с LanguageTool.")
        self.url = url or ""
        self.path = Path(path) if path else None
        self._probe_timeout = probe_timeout
        self._check_timeout = check_timeout
        self._start_timeout = start_timeout
        self._retry_after = retry_after
        self._lock = threading.Lock()
        self._server_url = ""
        self._process: subprocess.Popen | None = None
        self._clients: dict[str, object] = {}
        self._failed_at = 0.0
        self._failure = ""

    @property
    def ready(self) -> bool:
        return bool(self._server_url)

    def start(self) -> None:
        """Make sure the server answers (starting the local one if needed), or raise EngineUnavailable."""
        with self._lock:
            self._connect()

    def check(self, text: str, language: str) -> list[Finding]:
        if language not in LANGUAGES:
            raise ValueError(f"LanguageTool в тренажёре проверяет русский и английский, а не «{language}».")
        check_length(text)
        if not text.strip():
            return []
        with self._lock:
            client = self._client(language)
            try:
                matches = client.check(text)
            except Exception as exc:
                self._fail(f"Сервер LanguageTool перестал отвечать: {_describe(exc)}.")
                raise EngineUnavailable(self._failure) from exc
            utf16 = _Utf16(text)
            return [self._finding(match, utf16) for match in matches]

    def close(self) -> None:
        """Stop the local server we started, if any."""
        with self._lock:
            self._clients.clear()
            self._server_url = ""
            self._stop_process()

    def _connect(self) -> None:
        if self._server_url:
            return
        if self._failure and time.monotonic() - self._failed_at < self._retry_after:
            raise EngineUnavailable(self._failure)
        try:
            if self.path is not None:
                self._start_local()
            else:
                probe_server(self.url, self._probe_timeout)
                self._server_url = _base_url(self.url)
        except EngineUnavailable as exc:
            self._fail(str(exc))
            raise
        self._failure = ""

    def _client(self, language: str):
        self._connect()
        client = self._clients.get(language)
        if client is None:
            try:
                client = _client_class(self._check_timeout)(LANGUAGES[language], remote_server=self._server_url)
            except Exception as exc:
                self._fail(f"Сервер LanguageTool не принял язык {LANGUAGES[language]}: {_describe(exc)}.")
                raise EngineUnavailable(self._failure) from exc
            client.picky = True
            self._clients[language] = client
        return client

    def _fail(self, message: str) -> None:
        self._failure = message
        self._failed_at = time.monotonic()
        self._clients.clear()
        self._server_url = ""
        self._stop_process()

    def _start_local(self) -> None:
        jar = self.path / SERVER_JAR
        if not jar.is_file():
            raise EngineUnavailable(f"В папке {self.path} нет файла {SERVER_JAR}: укажите папку LanguageTool.")
        version = java_major_version()
        if version is None:
            raise EngineUnavailable("Для LanguageTool нужна Java 17 или новее, а Java не найдена.")
        if version < MIN_JAVA:
            raise EngineUnavailable(f"Для LanguageTool нужна Java {MIN_JAVA} или новее, установлена Java {version}.")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        url = f"http://127.0.0.1:{port}"
        try:
            self._process = subprocess.Popen(
                [shutil.which("java"), "-cp", str(jar), "org.languagetool.server.HTTPServer", "--port", str(port)],
                cwd=self.path, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            raise EngineUnavailable(f"Не удалось запустить LanguageTool: {exc.strerror or exc}.") from exc
        deadline = time.monotonic() + self._start_timeout
        while True:
            if self._process.poll() is not None:
                code = self._process.returncode
                self._process = None
                raise EngineUnavailable(f"LanguageTool из папки {self.path} завершился при запуске (код {code}).")
            try:
                probe_server(url, min(self._probe_timeout, max(deadline - time.monotonic(), 0.1)))
            except EngineUnavailable:
                if time.monotonic() >= deadline:
                    self._stop_process()
                    raise EngineUnavailable(
                        f"LanguageTool из папки {self.path} не запустился за {self._start_timeout:g} с.") from None
                time.sleep(0.25)
            else:
                self._server_url = url
                return

    def _stop_process(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None

    @staticmethod
    def _finding(match, utf16: _Utf16) -> Finding:
        # language-tool-python turns the offset into code points but leaves the length in UTF-16 units.
        end = utf16.to_code_point(utf16.to_utf16(match.offset) + match.error_length)
        return Finding(offset=match.offset, length=end - match.offset, message=plain_message(match.message),
                       category=category_for(match.category, match.rule_id, match.rule_issue_type),
                       rule_id=match.rule_id, replacements=tuple(match.replacements), source=SOURCE)
