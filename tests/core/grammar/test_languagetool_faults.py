"""A LanguageTool server that misbehaves is never believed: every fault falls back, says why, keeps the deadline.

A real HTTP server on the loopback interface answers /v2/languages properly and /v2/check in one
of the broken ways the probes of issue 19 used: an error status with a JSON body, a malformed or
oversized body, an answer a byte at a time, offsets outside the text.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.core.grammar.checker import GrammarChecker
from app.core.grammar.findings import EngineUnavailable
from app.core.grammar.languagetool import MAX_ANSWER_BYTES, LanguageToolEngine

TEXT = "Извените за ожидание."
LANGUAGES = [{"name": "Russian", "code": "ru", "longCode": "ru-RU"}]
EMPTY_ANSWER = {"software": {"name": "LanguageTool"}, "matches": []}


def match(offset, length):
    return {"message": "Ошибка.", "offset": offset, "length": length, "replacements": [{"value": "x"}],
            "context": {"text": TEXT, "offset": 0, "length": 1},
            "rule": {"id": "R", "issueType": "misspelling", "category": {"id": "TYPOS", "name": "t"}}}


# fault → (status, body bytes, seconds between bytes)
FAULTS = {
    "status 500 with a JSON body": (500, json.dumps(EMPTY_ANSWER).encode(), 0),
    "status 404": (404, b"not found", 0),
    "status 302": (302, b"", 0),
    "not JSON": (200, b"<html>proxy error</html>", 0),
    "JSON without matches": (200, b'{"software": {}}', 0),
    "matches not a list": (200, b'{"matches": {"offset": 1}}', 0),
    "a match without a rule": (200, json.dumps({"matches": [{"offset": 0, "length": 2, "message": "m"}]}).encode(), 0),
    "truncated JSON": (200, json.dumps(EMPTY_ANSWER).encode()[:-3], 0),
    "duplicate keys": (200, b'{"matches": [], "matches": []}', 0),
    "negative offset": (200, json.dumps({"matches": [match(-4, 2)]}).encode(), 0),
    "offset past the end": (200, json.dumps({"matches": [match(len(TEXT) - 1, 9)]}).encode(), 0),
    "offset as text": (200, json.dumps({"matches": [match("3", 2)]}).encode(), 0),
    "oversized": (200, b'{"matches": [], "pad": "' + b"x" * (MAX_ANSWER_BYTES + 10) + b'"}', 0),
    "a byte at a time": (200, json.dumps(EMPTY_ANSWER).encode(), 0.15),
}
REASONS = {
    "status 500 with a JSON body": "ответил ошибкой (код 500)", "status 404": "ответил ошибкой (код 404)",
    "status 302": "ответил ошибкой (код 302)", "oversized": "слишком большой ответ",
    "a byte at a time": "ответ не получен целиком за 1 с", "duplicate keys": "повторяется",
}


class Misbehaving(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        body = json.dumps(LANGUAGES).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        status, body, gap = FAULTS[self.server.fault]
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            if not gap:
                self.wfile.write(body)
                return
            for i in range(len(body)):  # a server that keeps the connection busy, a byte at a time
                self.wfile.write(body[i:i + 1])
                self.wfile.flush()
                time.sleep(gap)
        except OSError:  # the client gave up: expected
            pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Misbehaving)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("fault", FAULTS)
def test_every_fault_is_refused_within_one_deadline_with_the_reason(server, fault):
    server.fault = fault
    engine = LanguageToolEngine(url=f"http://127.0.0.1:{server.server_address[1]}", check_timeout=1.0)
    start = time.monotonic()
    with pytest.raises(EngineUnavailable) as err:
        engine.check(TEXT, "ru")
    assert time.monotonic() - start < 2.0  # one total deadline (1 s), not one per read
    assert REASONS.get(fault, "не в его формате") in str(err.value)


def test_the_checker_falls_back_to_the_embedded_engine_and_says_why(server):
    server.fault = "status 500 with a JSON body"

    class Offline:
        name = "embedded"
        ready = True

        def check(self, text, language):
            return []

    checker = GrammarChecker(lt_url=f"http://127.0.0.1:{server.server_address[1]}", embedded=Offline())
    result = checker.check(TEXT, "ru")
    assert result.engine_used == "embedded"
    assert "ответил ошибкой (код 500)" in result.fallback_reason and "встроенным" in result.fallback_reason
