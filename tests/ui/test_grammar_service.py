"""The grammar engine in its own process: findings reach the screens, a dead or hung engine is
restarted and said so, the window's process stays light, and closing the window ends everything."""

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from shiboken6 import delete

from app.core.grammar.engine_client import EngineProcess
from app.core.grammar.engine_protocol import EngineCrashed
from app.core.typography import TypographyPolicy
from app.ui.grammar_service import GrammarService

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Ответ придёт в течении двух дней. Я праверю заказ сегодня."
HEAVY = ("pylat_ru", "pymorphy3", "pymorphy3_dicts_ru", "language_tool_python", "spellchecker", "natasha",
         "slovnet", "navec", "symspellpy", "wordfreq")


@pytest.fixture
def service(window, qtbot):
    service = window.grammar_service
    qtbot.waitUntil(lambda: service.state != "loading", timeout=90_000)
    assert service.state == "embedded", service.detail
    return service


def check(service, qtbot, text, timeout=60_000, typography=None):
    got = {}
    service.check(text, "ru", lambda r: got.setdefault("result", r), lambda e: got.setdefault("error", e),
                  channel="test", typography=typography)
    qtbot.waitUntil(lambda: bool(got), timeout=timeout)
    return got


def test_findings_come_from_the_engine_process(service, qtbot):
    assert service.engine.pid not in (None, os.getpid())
    result = check(service, qtbot, TEXT)["result"]
    assert {"OURS_V_TECHENIE", "MORFOLOGIK_RULE_RU_RU"} <= {f.rule_id for f in result.findings}


def test_straight_quotes_are_flagged_only_under_a_policy_asking_for_elochki(service, qtbot):
    text = 'Нажмите кнопку "Оформить возврат".'

    def rules(typography):
        return {f.rule_id for f in check(service, qtbot, text, typography=typography)["result"].findings}

    assert "OURS_QUOTES" not in rules(None)
    assert "OURS_QUOTES" not in rules(TypographyPolicy())  # the default accepts straight quotes
    assert "OURS_QUOTES" in rules(TypographyPolicy(quotes=False))


def test_an_engine_killed_mid_check_is_reported_restarted_and_the_check_answered(window, service, qtbot):
    states, labels = [], []
    service.stateChanged.connect(states.append)
    service.stateChanged.connect(lambda _s: labels.append(window.engine_label.text()))
    before, starts = service.engine.pid, service.engine.starts
    os.kill(before, signal.SIGSTOP)  # holds the request unanswered until the kill: truly mid-check
    got = {}
    service.check(TEXT + " Второй раз.", "ru", lambda r: got.setdefault("result", r),
                  lambda e: got.setdefault("error", e), channel="test")
    qtbot.waitUntil(lambda: service.engine._lock.locked(), timeout=5_000)
    time.sleep(0.2)
    os.kill(before, signal.SIGKILL)
    qtbot.waitUntil(lambda: bool(got) and service.state == "embedded", timeout=90_000)
    assert "result" in got, got
    assert "OURS_V_TECHENIE" in {f.rule_id for f in got["result"].findings}
    assert states[0] == "restarting" and states[-1] == "embedded"
    assert "перезапущен" in service.detail and "завершился" in service.detail
    assert service.engine.pid not in (None, before) and service.engine.starts == starts + 1
    assert labels[0] == "проверка: перезапуск…" and labels[-1] == "проверка: встроенная"


def test_an_unreachable_languagetool_server_is_explained_in_the_interface_language(window, service, qtbot):
    """The reason LanguageTool is not used crosses the engine's process as a phrase: English in English."""
    from PySide6.QtCore import QLocale

    from app.ui.grammar_service import ENGINE_KEY, LT_URL_KEY

    settings, locale = window.ctx.store.settings, QLocale()
    with socket.socket() as s:  # a port nobody listens on: the connection is refused at once
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings.set(ENGINE_KEY, "auto")
    settings.set(LT_URL_KEY, f"http://127.0.0.1:{port}")
    QLocale.setDefault(QLocale(QLocale.Language.English))
    try:
        service.start()
        qtbot.waitUntil(lambda: service.state == "embedded", timeout=90_000)
        assert service.detail == f"The LanguageTool server http://127.0.0.1:{port} cannot be reached: connection refused."
        QLocale.setDefault(QLocale(QLocale.Language.Russian))
        service.start()
        qtbot.waitUntil(lambda: service.state == "embedded" and bool(service.detail), timeout=90_000)
        assert service.detail == f"Сервер LanguageTool http://127.0.0.1:{port} недоступен: соединение отклонено."
    finally:
        QLocale.setDefault(locale)
        settings.set(LT_URL_KEY, "")
        service.start()
        qtbot.waitUntil(lambda: service.state == "embedded", timeout=90_000)


def test_a_hung_engine_misses_its_deadline_is_restarted_and_checks_again(ctx, qtbot):
    engine = EngineProcess(check_deadline=2.0)  # plus 10 ms a character: 2.6 s for TEXT
    service = GrammarService(ctx.store.settings, engine=engine)
    try:
        service.start()
        qtbot.waitUntil(lambda: service.state == "embedded", timeout=90_000)
        assert service.worker.wait(90_000)  # the English speller has loaded too: the engine is idle
        hung = engine.pid
        os.kill(hung, signal.SIGSTOP)
        states = []
        service.stateChanged.connect(states.append)
        got = check(service, qtbot, TEXT, timeout=90_000)
        assert "не ответил за 3 с" in str(got.get("error")), got  # a text that hangs it is not sent again
        qtbot.waitUntil(lambda: service.state == "embedded", timeout=90_000)
        assert states[0] == "restarting" and "не ответил" in service.detail
        assert not psutil.pid_exists(hung) or psutil.Process(hung).status() == psutil.STATUS_ZOMBIE
        assert "OURS_V_TECHENIE" in {f.rule_id for f in check(service, qtbot, TEXT)["result"].findings}
    finally:
        engine.close()
        service.worker.wait()


PROBE = r"""
import sys, time
from PySide6.QtCore import QTimer
from app.ui import main_window

original = main_window.MainWindow.populate

def populate(self, ctx):
    original(self, ctx)
    service = self.grammar_service

    def ready():
        if service.state == "loading":
            QTimer.singleShot(50, ready)
            return
        service.check("Ответ придёт в течении двух дней.", "ru", checked)

    def checked(result):
        print("rules", ",".join(sorted({f.rule_id for f in result.findings})), flush=True)
        service.worker.submit(lambda: service.run_grade(reply="Здравствуйте, Марина! Извините за задержку.",
                                                        customer_messages=["Где мой заказ?"]), graded)

    def graded(card):
        print("graded", card.total, flush=True)
        print("modules", ",".join(sorted({m.split(".")[0] for m in sys.modules})), flush=True)
        print("engine", service.engine.pid, flush=True)
        print("close", time.time(), flush=True)
        self.close()
    ready()

main_window.MainWindow.populate = populate
from app.cli import main
main(["--data-dir", sys.argv[1]])
"""


def test_the_window_process_stays_light_and_closing_it_ends_the_program_at_once(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("CHAT_TRAINER_LT_URL", None)
    proc = subprocess.Popen([sys.executable, "-c", PROBE, str(tmp_path / "data")], stdout=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)
    lines = {}
    for line in proc.stdout:
        what, _, value = line.strip().partition(" ")
        lines[what] = value
        if what == "close":
            break
    proc.wait(timeout=30)
    ended = time.time()
    assert proc.returncode == 0
    assert "OURS_V_TECHENIE" in lines["rules"].split(",")
    assert float(lines["graded"]) > 0
    assert set(HEAVY).isdisjoint(lines["modules"].split(",")), lines["modules"]
    assert "PySide6" in lines["modules"]
    assert ended - float(lines["close"]) < 2.0  # about 0.1 s measured (tests/bench/bench_engine_process.py)
    engine = int(lines["engine"])  # the engine reads the end of its input and goes too (slower on a loaded machine)
    def running() -> bool:
        try:
            return psutil.Process(engine).status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False

    gone_by = time.time() + 5.0
    while running() and time.time() < gone_by:
        time.sleep(0.05)
    assert not running()


class ScriptedEngine:
    """An engine process that dies on the first check, once a test lets it."""

    closed = False

    def __init__(self):
        self.calls: list[str] = []
        self.crash_on_check = True
        self.checking = threading.Event()
        self.let_die = threading.Event()

    def call(self, op, args):
        self.calls.append(op)
        if op == "load":
            return "embedded", ""
        if self.crash_on_check:
            self.crash_on_check = False
            self.checking.set()
            self.let_die.wait(10)
            raise EngineCrashed("Движок проверки неожиданно завершился (код -9) и перезапускается.")
        return "проверено"


def test_a_screen_closed_while_its_engine_restarts_gets_no_report_and_the_restart_goes_on(ctx, qtbot, no_dialogs):
    # The restart is reported to the indicator from the worker thread; the service (with its
    # screen) may be deleted on the GUI thread meanwhile: the report is dropped, never sent to it.
    engine = ScriptedEngine()
    service = GrammarService(ctx.store.settings, engine=engine)
    service.start()
    qtbot.waitUntil(lambda: service.state == "embedded", timeout=5_000)
    worker = service.worker
    assert worker.wait(5_000)
    got = []
    service.check(TEXT, "ru", got.append, got.append, channel="test")
    assert engine.checking.wait(5_000)
    delete(service)
    engine.let_die.set()
    assert worker.wait(5_000)
    qtbot.wait(50)  # the reports and the result would arrive now
    assert engine.calls == ["load", "load", "check", "load", "check"]  # restarted, and the check tried again
    assert got == [] and no_dialogs == []
