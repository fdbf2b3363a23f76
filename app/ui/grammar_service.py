"""The grammar engine for the screens: loaded in the background, checked off the GUI thread.

The engine is built and warmed on the worker thread at start-up while the
window is already usable; every check runs there too, in order, so a
non-thread-safe engine is only ever touched by one thread. A check result
that is older than the newest request for the same editor is dropped.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.ui.workers import Worker

ENGINE_KEY = "grammar_engine"  # app-wide settings: "auto" | "embedded" | "languagetool"
LT_URL_KEY = "languagetool_url"
LT_PATH_KEY = "languagetool_path"


# Built checkers by configuration: the engine takes seconds to build and is the same for every window.
_built: dict[tuple, object] = {}


class GrammarService(QObject):
    stateChanged = Signal(str)  # "loading", "embedded", "languagetool", "failed"

    def __init__(self, settings, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        self.worker = Worker(self)
        self.state = "loading"
        self.detail = ""  # why LanguageTool is not used, or why loading failed
        self._checker = None  # touched only on the worker thread
        self._latest: dict[str, int] = {}

    def configuration(self) -> dict:
        return {
            "engine": self._settings.get(ENGINE_KEY, "auto"),
            "lt_url": self._settings.get(LT_URL_KEY, "") or os.environ.get("CHAT_TRAINER_LT_URL", ""),
            "lt_path": self._settings.get(LT_PATH_KEY, ""),
        }

    def start(self) -> None:
        """Build and warm the engine in the background (again, after the settings change)."""
        self._set_state("loading", "")
        config = self.configuration()
        self.worker.submit(lambda: self._load(config), self._loaded, self._load_failed)

    def _load(self, config: dict):
        from app.core.grammar.rules import check_rules
        from app.core.grammar.shared import build_checker

        key = tuple(sorted(config.items()))
        checker = _built.get(key)
        if checker is None:
            checker = build_checker(config["engine"], config["lt_url"] or None, config["lt_path"] or None)
        reason = checker.warm(("ru",))
        check_rules("Здравствуйте, Анна! Проверка связи.", "ru")  # loads the morphological dictionary
        _built[key] = checker
        self._checker = checker
        return checker.status(), reason

    def _loaded(self, state_and_reason) -> None:
        self._set_state(*state_and_reason)
        # Russian is ready; the English speller loads next, still in the background.
        self.worker.submit(lambda: self._checker.warm(("en",)), lambda _reason: None)

    def _load_failed(self, exc: Exception) -> None:
        self._set_state("failed", str(exc))

    def _set_state(self, state: str, detail: str) -> None:
        self.state, self.detail = state, detail
        self.stateChanged.emit(state)

    def run_check(self, text: str, language: str):
        """Check now, on the calling thread: only for jobs already running on the worker."""
        if self._checker is None:
            raise RuntimeError(self.detail or "движок проверки не загрузился")
        return self._checker.check(text, language)

    def check(self, text: str, language: str, on_done: Callable, on_error: Callable | None = None,
              channel: str = "") -> None:
        """Check ``text`` on the worker; ``on_done(CheckResult)`` runs on the GUI thread.

        Requests on the same ``channel`` (one per editor) supersede each other:
        only the newest one's result is delivered.
        """
        ticket = self._latest.get(channel, 0) + 1
        self._latest[channel] = ticket

        def job():
            return self.run_check(text, language)

        def done(result):
            if self._latest.get(channel) == ticket:
                on_done(result)

        def failed(exc):
            if self._latest.get(channel) == ticket and on_error is not None:
                on_error(exc)

        self.worker.submit(job, done, failed)
