"""The grammar engine for the screens: it runs in its own process, asked from a worker thread.

The engine (pylat-ru, our rules and their dictionaries, or a LanguageTool server) lives in the engine
process (:mod:`app.core.grammar.engine_host`), so the window's process stays small, keystrokes never
wait for it, and closing the window ends the program at once. One engine process serves every
window of the program. Requests go one at a time from the service's worker thread; a check that is
older than the newest request for the same editor is skipped or its result dropped. When the engine
process dies or hangs, the indicator says so, the process is started again, and a check it was
running is tried once more (after a hang it is not: the text may be what hangs it).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

from app.core.grammar.engine_client import EngineProcess
from app.core.grammar.engine_protocol import EngineCrashed, EngineFailure
from app.core.grammar.service import OFFLINE, CheckSettings
from app.core.phrase import joined, reason_of
from app.core.typography import TypographyPolicy
from app.ui.workers import Worker, call_on_gui_thread
from app.ui.core_texts import say, say_error

ENGINE_KEY = "grammar_engine"  # app-wide settings: "auto" | "embedded" | "languagetool"
LT_URL_KEY = "languagetool_url"
LT_PATH_KEY = "languagetool_path"

_engine: EngineProcess | None = None
_requests: QThreadPool | None = None


def _request_pool() -> QThreadPool:
    """One thread for every request to the engine process: it answers one at a time anyway, and a
    request waiting for it must not hold a thread of the shared pool the screens read with."""
    global _requests
    if _requests is None:
        _requests = QThreadPool()
        _requests.setMaxThreadCount(1)
    return _requests


def shared_engine() -> EngineProcess:
    """The program's engine process (started on the first request), ended when the application quits."""
    global _engine
    if _engine is None or _engine.closed:
        _engine = EngineProcess()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_engine.close)
    return _engine


class GrammarService(QObject):
    stateChanged = Signal(str)  # "loading", "embedded", "languagetool", "restarting", "failed"

    def __init__(self, settings, parent: QObject | None = None, engine: EngineProcess | None = None):
        super().__init__(parent)
        self._settings = settings
        self.engine = engine or shared_engine()
        self.worker = Worker(self, _request_pool())
        self.state = "loading"
        self.detail = ""  # why LanguageTool is not used, why loading failed, or when the engine restarted
        self._check_settings: CheckSettings | None = None
        self._latest: dict[str, int] = {}

    def configuration(self) -> dict:
        return {
            "engine": self._settings.get(ENGINE_KEY, "auto"),
            "lt_url": self._settings.get(LT_URL_KEY, "") or os.environ.get("CHAT_TRAINER_LT_URL", ""),
            "lt_path": self._settings.get(LT_PATH_KEY, ""),
        }

    def start(self) -> None:
        """Load the engine in its process (again, after the settings change)."""
        self._set_state("loading", "")
        try:
            settings = CheckSettings(**self.configuration())
        except ValueError as exc:
            self._set_state("failed", say_error(exc))
            return
        self._check_settings = settings
        self.worker.submit(lambda: self._call("load", {"languages": ("ru",)}), self._loaded, self._load_failed)

    def _loaded(self, state_and_reason) -> None:
        self._set_state(*state_and_reason)
        # Russian is ready; the English speller loads next, still in the engine process.
        self.worker.submit(lambda: self._call("load", {"languages": ("en",)}), lambda _r: None, lambda _e: None)

    def _load_failed(self, exc: Exception) -> None:
        if not isinstance(exc, EngineFailure):  # an engine failure has already been reported
            self._set_state("failed", say_error(exc))

    def state_text(self) -> str:
        """The checker's state as the status bar shows it on every screen."""
        names = {"loading": QCoreApplication.translate("GrammarService", "проверка: загружается…"),
                 "embedded": QCoreApplication.translate("GrammarService", "проверка: встроенная"),
                 "languagetool": QCoreApplication.translate("GrammarService", "проверка: LanguageTool"),
                 "spelling-en": QCoreApplication.translate("GrammarService", "проверка: орфография"),
                 "restarting": QCoreApplication.translate("GrammarService", "проверка: перезапуск…"),
                 "failed": QCoreApplication.translate("GrammarService", "проверка недоступна")}
        return names.get(self.state, self.state)

    @Slot(str, object)
    def _set_state(self, state: str, detail: object) -> None:
        self.state, self.detail = state, say(detail)
        self.stateChanged.emit(state)

    # -- requests, on the worker thread -----------------------------------------------------
    def _call(self, op: str, args: dict):
        if self._check_settings is None:
            raise RuntimeError(self.detail or QCoreApplication.translate("GrammarService",
                                                                         "движок проверки не загрузился"))
        args = {"settings": self._check_settings.to_dict(), **args}
        try:
            return self.engine.call(op, args)
        except EngineFailure as exc:
            if self.engine.closed:
                raise
            loaded = self._restart(exc, args["settings"])
            if op == "load" and args["languages"] == ("ru",):
                return loaded
            if isinstance(exc, EngineCrashed):
                return self.engine.call(op, args)
            raise

    def _restart(self, failure: EngineFailure, settings: dict) -> tuple[str, str]:
        """Start the engine process afresh and say so on the indicator; returns (state, reason)."""
        call_on_gui_thread(self, "_set_state", "restarting", reason_of(failure))
        try:
            state, reason = self.engine.call("load", {"settings": settings, "languages": ("ru",)})
        except Exception as exc:
            call_on_gui_thread(self, "_set_state", "failed", joined(" ", (reason_of(failure), reason_of(exc))))
            raise
        note = QCoreApplication.translate("GrammarService", "В {when} движок проверки перезапущен: {why}").format(
            when=time.strftime("%H:%M"), why=say(reason_of(failure)))
        call_on_gui_thread(self, "_set_state", state, " ".join(filter(None, [note, say(reason)])))
        return state, reason

    def run_check(self, text: str, language: str, known_words: Iterable[str] = (),
                  typography: TypographyPolicy | None = None):
        """Check now and wait for the engine: only for jobs already running on the worker.
        ``known_words`` are never reported as misspelt; ``typography`` is the learner's policy
        (straight quotes are flagged only where it does not accept them)."""
        return self._call("check", {"text": text, "language": language, "known_words": tuple(known_words),
                                    "typography": typography.to_dict() if typography is not None else None})

    def run_offline_check(self, text: str, language: str, known_words: Iterable[str] = ()):
        """Check with the embedded engine alone, whatever the settings (certificate re-grading is
        reproducible only offline); in the engine process, on the worker only."""
        return self.engine.call("check", {"settings": OFFLINE.to_dict(), "text": text, "language": language,
                                          "known_words": tuple(known_words)})

    def run_grade(self, known_words: Iterable[str] = (), **score_reply_args):
        """Grade a reply with :func:`app.core.scorecard.score_reply` in the engine process (it uses the
        morphological dictionary, which the window's process does not load); on the worker only."""
        return self._call("grade", {"known_words": tuple(known_words), **score_reply_args})

    def check(self, text: str, language: str, on_done: Callable, on_error: Callable | None = None,
              channel: str = "", known_words: Iterable[str] = (), typography: TypographyPolicy | None = None) -> None:
        """Check ``text`` on the worker; ``on_done(CheckResult)`` runs on the GUI thread. ``known_words``
        (the profile's dictionary, the pack's glossary) are never reported as misspelt; ``typography``
        as in :meth:`run_check`.

        Requests on the same ``channel`` (one per editor) supersede each other:
        only the newest one is sent to the engine and delivered.
        """
        known = tuple(known_words)
        ticket = self._latest.get(channel, 0) + 1
        self._latest[channel] = ticket

        def job():
            if self._latest.get(channel) != ticket:
                return None  # a newer request for this editor is queued behind this one
            return self.run_check(text, language, known, typography)

        def done(result):
            if self._latest.get(channel) == ticket and result is not None:
                on_done(result)

        def failed(exc):
            if self._latest.get(channel) == ticket and on_error is not None:
                on_error(exc)

        self.worker.submit(job, done, failed)
