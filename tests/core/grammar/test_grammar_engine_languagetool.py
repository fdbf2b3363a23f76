"""The LanguageTool engine against LanguageTool's HTTP API, with language-tool-python as the client.

A loopback server answers /v2/languages and /v2/check as LanguageTool's documented API does
(offsets in UTF-16 code units, as the Java server counts them). Unreachable servers must fall
back to the embedded engine within the deadline.
"""

import json
import os
import socket
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.core.grammar.checker import GrammarChecker
from app.core.grammar.embedded import EmbeddedEngine
from app.core.grammar.findings import Category, EngineUnavailable
from app.core.grammar.languagetool import LanguageToolEngine, java_major_version

DEADLINE = 3.0
LANGUAGES = [{"name": "Russian", "code": "ru", "longCode": "ru-RU"},
             {"name": "English (US)", "code": "en", "longCode": "en-US"}]
# What the fake server flags: (text, rule id, category id, issue type, message, replacements).
NEEDLES = [
    ("Извените", "MORFOLOGIK_RULE_RU_RU", "TYPOS", "misspelling", "Возможно найдена орфографическая ошибка.",
     ["Извините"]),
    ("ура😀!!", "DOUBLE_PUNCTUATION", "PUNCTUATION", "typographical",
     "Два знака препинания подряд: <suggestion>ура😀!</suggestion>?", ["ура😀!"]),
    ("recieve", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", "Possible spelling mistake found.", ["receive"]),
    ("he go", "HE_VERB_AGR", "GRAMMAR", "grammar", "The pronoun ‘he’ must be used with a third-person verb.",
     ["he goes"]),
]


def utf16_len(text):
    return len(text.encode("utf-16-le")) // 2


def lt_match(text, start, needle):
    value, rule, category, issue, message, replacements = needle
    offset, length = utf16_len(text[:start]), utf16_len(value)
    return {"message": message, "shortMessage": "", "replacements": [{"value": r} for r in replacements],
            "offset": offset, "length": length,
            "context": {"text": text, "offset": offset, "length": length}, "sentence": text,
            "type": {"typeName": "Other"},
            "rule": {"id": rule, "description": message, "issueType": issue,
                     "category": {"id": category, "name": category}},
            "ignoreForIncompleteSentence": False, "contextForSureMatch": 0}


class FakeLanguageTool(BaseHTTPRequestHandler):
    requests: list

    def log_message(self, *args):
        pass

    def _json(self, payload):
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if urllib.parse.urlsplit(self.path).path == "/v2/languages":
            self._json(LANGUAGES)
        else:
            self.send_error(404)

    def do_POST(self):
        if self.path != "/v2/check":
            self.send_error(404)
            return
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8"))
        text, language = form["text"][0], form["language"][0]
        self.server.requests.append(form)
        matches = []
        for needle in NEEDLES:
            start = text.find(needle[0])
            if start >= 0:
                matches.append(lt_match(text, start, needle))
        matches.sort(key=lambda m: m["offset"])
        self._json({"software": {"name": "LanguageTool", "version": "6.8", "apiVersion": 1, "premium": False,
                                 "status": ""},
                    "language": {"name": language, "code": language,
                                 "detectedLanguage": {"name": language, "code": language, "confidence": 0.99}},
                    "matches": matches})


@pytest.fixture(scope="module")
def lt_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLanguageTool)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def embedded():
    engine = EmbeddedEngine()
    engine.warm()
    return engine


@pytest.fixture(autouse=True)
def no_download(monkeypatch):
    """language-tool-python must never download LanguageTool, whatever happens."""
    from language_tool_python import download_lt

    def refuse(*args, **kwargs):
        raise AssertionError("language-tool-python tried to download LanguageTool")

    monkeypatch.setattr(download_lt, "download_zip", refuse)
    for name in dir(download_lt):
        cls = getattr(download_lt, name)
        if isinstance(cls, type) and hasattr(cls, "download"):
            monkeypatch.setattr(cls, "download", refuse)


def test_findings_come_through_with_offsets_and_categories(lt_server, embedded):
    server, url = lt_server
    checker = GrammarChecker(lt_url=url, embedded=embedded)
    text = "😀 Извените, ура😀!! Всё готово."
    result = checker.check(text, "ru")
    assert result.engine_used == "languagetool" and result.fallback_reason == ""
    assert checker.status() == "languagetool"
    spelling, punctuation = result.findings
    assert text[spelling.offset:spelling.offset + spelling.length] == "Извените"
    assert spelling.category is Category.SPELLING and spelling.replacements == ("Извините",)
    assert text[punctuation.offset:punctuation.offset + punctuation.length] == "ура😀!!"
    assert punctuation.category is Category.PUNCTUATION
    assert punctuation.message == "Два знака препинания подряд: «ура😀!»?"
    assert server.requests[-1]["language"] == ["ru-RU"] and server.requests[-1]["level"] == ["picky"]


def test_english_grammar_goes_to_languagetool(lt_server):
    server, url = lt_server
    text = "Yesterday he go home and did not recieve it."
    result = GrammarChecker(lt_url=url).check(text, "en")
    assert result.engine_used == "languagetool"
    assert [(text[f.offset:f.offset + f.length], f.category) for f in result.findings] == \
        [("he go", Category.GRAMMAR), ("recieve", Category.SPELLING)]
    assert server.requests[-1]["language"] == ["en-US"]


def test_url_from_the_environment(lt_server, embedded, monkeypatch):
    _, url = lt_server
    monkeypatch.setenv("CHAT_TRAINER_LT_URL", url + "/v2/")
    assert GrammarChecker(embedded=embedded).check("Извените.", "ru").engine_used == "languagetool"


def refused_url():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def silent_url():
    """A server that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()


@pytest.mark.parametrize("kind", ["unresolvable", "refused", "silent"])
def test_unreachable_server_falls_back_within_the_deadline(kind, silent_url, embedded):
    url = {"unresolvable": "http://nonexistent.invalid:8081", "refused": refused_url(), "silent": silent_url}[kind]
    checker = GrammarChecker(lt_url=url, embedded=embedded)
    start = time.monotonic()
    result = checker.check("Извените за ожидание.", "ru")
    assert time.monotonic() - start < DEADLINE
    assert result.engine_used == "embedded"
    assert url.split("//")[1] in result.fallback_reason and "встроенным" in result.fallback_reason
    assert [f.rule_id for f in result.findings] == ["MORFOLOGIK_RULE_RU_RU"]
    assert checker.status() == "embedded"
    start = time.monotonic()  # a server that just failed is not asked again at once
    assert checker.check("Извените.", "ru").fallback_reason
    assert time.monotonic() - start < 0.5


def test_server_that_hangs_on_check_is_given_up_within_the_deadline(lt_server):
    server, url = lt_server

    class Hanging(FakeLanguageTool):
        def do_POST(self):
            time.sleep(DEADLINE + 1)

    hanging = ThreadingHTTPServer(("127.0.0.1", 0), Hanging)
    threading.Thread(target=hanging.serve_forever, daemon=True).start()
    try:
        engine = LanguageToolEngine(url=f"http://127.0.0.1:{hanging.server_address[1]}", check_timeout=1.0)
        start = time.monotonic()
        with pytest.raises(EngineUnavailable, match="перестал отвечать"):
            engine.check("Извените.", "ru")
        assert time.monotonic() - start < DEADLINE
    finally:
        hanging.shutdown()
        hanging.server_close()


def test_a_server_that_is_not_languagetool(tmp_path):
    class Other(FakeLanguageTool):
        def do_GET(self):
            self._json({"status": "ok"})

    other = ThreadingHTTPServer(("127.0.0.1", 0), Other)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        with pytest.raises(EngineUnavailable, match="не сервер LanguageTool"):
            LanguageToolEngine(url=f"http://127.0.0.1:{other.server_address[1]}").start()
    finally:
        other.shutdown()
        other.server_close()


def test_local_install_needs_the_server_jar(tmp_path):
    with pytest.raises(EngineUnavailable, match="languagetool-server.jar"):
        LanguageToolEngine(path=tmp_path).start()


@pytest.mark.skipif(not java_major_version(), reason="Java is not installed")
def test_local_install_that_does_not_start_is_reported(tmp_path):
    (tmp_path / "languagetool-server.jar").write_bytes(b"not a jar")
    engine = LanguageToolEngine(path=tmp_path, start_timeout=10)
    with pytest.raises(EngineUnavailable, match="LanguageTool"):
        engine.start()
    assert not engine.ready


def test_languages_and_configuration_are_checked():
    with pytest.raises(ValueError):
        LanguageToolEngine()
    with pytest.raises(ValueError):
        LanguageToolEngine(url="http://127.0.0.1:1").check("Hallo", "de")
    with pytest.raises(ValueError, match="не настроен"):
        GrammarChecker(engine="languagetool", lt_url="")


@pytest.mark.skipif(not os.environ.get("CHAT_TRAINER_LT_URL"), reason="CHAT_TRAINER_LT_URL is not set")
def test_real_languagetool_server():
    checker = GrammarChecker(engine="languagetool")
    text = "Добрый день! Извените за ожидание."
    result = checker.check(text, "ru")
    assert result.engine_used == "languagetool", result.fallback_reason
    assert ("Извените", Category.SPELLING) in [(text[f.offset:f.offset + f.length], f.category)
                                               for f in result.findings]
    english = checker.check("We will recieve it tomorrow.", "en")
    assert any(f.category is Category.SPELLING and "receive" in f.replacements for f in english.findings)
