"""The LanguageTool engine: a LanguageTool server (URL) or a local install (folder).

A server URL is used only after the server answered ``/v2/languages`` within a short deadline;
a local install is started by us (``java -cp languagetool-server.jar``) and then used as a
server on the loopback interface. ``/v2/check`` is asked by :func:`post_check`, not by
language-tool-python's client (whose timeout is per read, which reads any status and any size):
one deadline covers the whole request, only a 200 answer of bounded size that is LanguageTool's
JSON with every match inside the text is trusted; language-tool-python's ``Match`` then reads
each match. Every failure raises :class:`EngineUnavailable` with a Russian message; the caller
falls back to the embedded engine and says why.
"""

from __future__ import annotations

import bisect
import http.client
import os
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from app.core.grammar.findings import EngineUnavailable, Finding, check_length, engine_message
from app.core.grammar.lt_categories import category_for
from app.core.phrase import phrase, reason_of
from app.core.strict_json import loads_strict

SOURCE = "languagetool"
ENV_URL = "CHAT_TRAINER_LT_URL"
SERVER_JAR = "languagetool-server.jar"
MIN_JAVA = 17
LANGUAGES = {"ru": "ru-RU", "en": "en-US"}

PROBE_TIMEOUT = 1.5  # seconds for the whole /v2/languages probe, name resolution included
CHECK_TIMEOUT = 5.0  # seconds a whole /v2/check may take, connecting and reading included
MAX_ANSWER_BYTES = 4 * 1024 * 1024  # LanguageTool's answer for the longest text we send is under 1 MB
MAX_ANSWER_DEPTH = 16
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
                outcome["languages"] = loads_strict(response.read(MAX_ANSWER_BYTES + 1),
                                                    max_bytes=MAX_ANSWER_BYTES, max_depth=MAX_ANSWER_DEPTH)
        except Exception as exc:  # reported to the caller below
            outcome["error"] = exc

    worker = threading.Thread(target=fetch, name="lt-probe", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise EngineUnavailable(phrase("Сервер LanguageTool {url} не ответил за {timeout:g} с.", url=url, timeout=timeout))
    error = outcome.get("error")
    if error is not None:
        raise EngineUnavailable(phrase("Сервер LanguageTool {url} недоступен: {why}.", url=url, why=_describe(error))) from error
    languages = outcome["languages"]
    if not isinstance(languages, list) or not all(isinstance(x, dict) and "longCode" in x for x in languages):
        raise EngineUnavailable(phrase("По адресу {url} отвечает не сервер LanguageTool.", url=url))
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
        return phrase("ответ {code}", code=error.code)
    reason = getattr(error, "reason", error)
    if isinstance(reason, socket.gaierror):
        return phrase("адрес не найден")
    if isinstance(reason, ConnectionRefusedError):
        return phrase("соединение отклонено")
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return phrase("нет ответа")
    if isinstance(error, ValueError):  # the strict JSON reader's refusal
        return phrase("ответ не в формате LanguageTool ({error})", error=str(error))
    return str(reason) or type(reason).__name__


def _exchange(url: str, body: bytes, timeout: float) -> tuple[int, bytes]:
    """POST ``body`` to ``url``: (status, body) within ``timeout`` seconds in total, or EngineUnavailable.

    The exchange runs in a daemon thread; at the deadline its socket is shut down, so a server
    that trickles bytes or never closes cannot hold the caller, and the thread ends too.
    """
    parts = urllib.parse.urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = kind(parts.hostname, parts.port, timeout=timeout)
    outcome: dict = {}

    def run() -> None:
        try:
            conn.request("POST", parts.path, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                    "Accept": "application/json"})
            response = conn.getresponse()
            chunks, size = [], 0
            while chunk := response.read1(65536):
                size += len(chunk)
                if size > MAX_ANSWER_BYTES:
                    outcome["too_big"] = True
                    return
                chunks.append(chunk)
            outcome["answer"] = (response.status, b"".join(chunks))
        except Exception as exc:  # reported to the caller below
            outcome["error"] = exc
        finally:
            conn.close()

    worker = threading.Thread(target=run, name="lt-check", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        sock = conn.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        raise EngineUnavailable(phrase("Сервер LanguageTool перестал отвечать: ответ не получен целиком за {timeout:g} с.",
                                       timeout=timeout))
    if outcome.get("too_big"):
        raise EngineUnavailable(phrase("Сервер LanguageTool прислал слишком большой ответ (больше {mb} МБ); "
                                       "ответ не принят.", mb=MAX_ANSWER_BYTES // (1024 * 1024)))
    if "error" in outcome:
        raise EngineUnavailable(phrase("Сервер LanguageTool перестал отвечать: {why}.", why=_describe(outcome["error"])))
    return outcome["answer"]


def _is_match(m, text_units: int) -> bool:
    """A match as LanguageTool's API describes it, inside the text (UTF-16 units)."""
    if not isinstance(m, dict):
        return False
    offset, length, rule = m.get("offset"), m.get("length"), m.get("rule")
    numbers = all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in (offset, length))
    return (numbers and offset + length <= text_units and isinstance(m.get("message"), str)
            and isinstance(rule, dict) and isinstance(rule.get("id"), str)
            and isinstance(rule.get("category"), dict) and isinstance(rule["category"].get("id"), str)
            and isinstance(rule.get("issueType", ""), str)
            and isinstance(m.get("replacements", []), list)
            and all(isinstance(r, dict) and isinstance(r.get("value"), str) for r in m.get("replacements", [])))


def post_check(server_url: str, text: str, language: str, timeout: float = CHECK_TIMEOUT) -> list:
    """LanguageTool's matches for ``text`` (language-tool-python Match objects), or EngineUnavailable
    when the server fails in any way: an error status, a malformed, oversized or late answer."""
    from language_tool_python.match import Match

    body = urllib.parse.urlencode({"text": text, "language": LANGUAGES[language], "level": "picky"}).encode()
    status, answer = _exchange(server_url + "v2/check", body, timeout)
    if status != 200:
        raise EngineUnavailable(phrase("Сервер LanguageTool ответил ошибкой (код {code}); его ответ не принят.", code=status))
    try:
        data = loads_strict(answer, max_bytes=MAX_ANSWER_BYTES, max_depth=MAX_ANSWER_DEPTH)
    except ValueError as exc:
        raise EngineUnavailable(phrase("Ответ сервера LanguageTool не в его формате ({error}).", error=str(exc))) from None
    matches = data.get("matches") if isinstance(data, dict) else None
    units = len(text.encode("utf-16-le")) // 2
    if not isinstance(matches, list) or not all(_is_match(m, units) for m in matches):
        raise EngineUnavailable(phrase("Ответ сервера LanguageTool не в его формате (нет списка ошибок или "
                                       "позиция ошибки вне текста)."))
    for m in matches:  # the fields language-tool-python's Match reads, where the server left them out
        m.setdefault("replacements", [])
        m["rule"].setdefault("issueType", "")
        m.setdefault("context", {"text": "", "offset": 0, "length": 0})
    return [Match(m, text) for m in matches]


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
            raise ValueError(phrase("Укажите либо адрес сервера LanguageTool, либо папку с LanguageTool."))
        self.url = url or ""
        self.path = Path(path) if path else None
        self._probe_timeout = probe_timeout
        self._check_timeout = check_timeout
        self._start_timeout = start_timeout
        self._retry_after = retry_after
        self._lock = threading.Lock()
        self._server_url = ""
        self._process: subprocess.Popen | None = None
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
            raise ValueError(phrase("LanguageTool в тренажёре проверяет русский и английский, а не «{language}».",
                                    language=language))
        check_length(text)
        if not text.strip():
            return []
        with self._lock:
            self._connect()
            try:
                matches = post_check(self._server_url, text, language, self._check_timeout)
            except EngineUnavailable as exc:
                self._fail(reason_of(exc))
                raise
            utf16 = _Utf16(text)
            return [self._finding(match, utf16) for match in matches]

    def close(self) -> None:
        """Stop the local server we started, if any."""
        with self._lock:
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
            self._fail(reason_of(exc))
            raise
        self._failure = ""

    def _fail(self, message: str) -> None:
        self._failure = message
        self._failed_at = time.monotonic()
        self._server_url = ""
        self._stop_process()

    def _start_local(self) -> None:
        jar = self.path / SERVER_JAR
        if not jar.is_file():
            raise EngineUnavailable(phrase("В папке {path} нет файла {jar}: укажите папку LanguageTool.",
                                           path=str(self.path), jar=SERVER_JAR))
        version = java_major_version()
        if version is None:
            raise EngineUnavailable(phrase("Для LanguageTool нужна Java {need} или новее, а Java не найдена.", need=MIN_JAVA))
        if version < MIN_JAVA:
            raise EngineUnavailable(phrase("Для LanguageTool нужна Java {need} или новее, установлена Java {version}.",
                                           need=MIN_JAVA, version=version))
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        url = f"http://127.0.0.1:{port}"
        try:
            self._process = subprocess.Popen(
                [shutil.which("java"), "-cp", str(jar), "org.languagetool.server.HTTPServer", "--port", str(port)],
                cwd=self.path, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            raise EngineUnavailable(phrase("Не удалось запустить LanguageTool: {error}.", error=str(exc.strerror or exc))) from exc
        deadline = time.monotonic() + self._start_timeout
        while True:
            if self._process.poll() is not None:
                code = self._process.returncode
                self._process = None
                raise EngineUnavailable(phrase("LanguageTool из папки {path} завершился при запуске (код {code}).",
                                               path=str(self.path), code=code))
            try:
                probe_server(url, min(self._probe_timeout, max(deadline - time.monotonic(), 0.1)))
            except EngineUnavailable:
                if time.monotonic() >= deadline:
                    self._stop_process()
                    raise EngineUnavailable(phrase("LanguageTool из папки {path} не запустился за {seconds:g} с.",
                                                   path=str(self.path), seconds=self._start_timeout)) from None
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
        return Finding(offset=match.offset, length=end - match.offset, message=engine_message(match.message),
                       category=category_for(match.category, match.rule_id, match.rule_issue_type),
                       rule_id=match.rule_id, replacements=tuple(match.replacements), source=SOURCE)
