"""The offline grammar check used outside the GUI (command line, certificate verification):
the embedded engine with our own rules, no Java and no network, built once on first use."""

from __future__ import annotations

import threading
from collections.abc import Iterable

from app.core.grammar.findings import Finding

_checker = None
_lock = threading.Lock()  # the GUI verifies certificates on a worker thread


def embedded_check(text: str, language: str, known_words: Iterable[str] = ()) -> list[Finding]:
    """``known_words``: a personal dictionary or a pack's glossary, never reported as misspelt."""
    global _checker
    with _lock:
        if _checker is None:
            from app.core.grammar.checker import settle_loaded_models
            from app.core.grammar.shared import build_checker
            _checker = build_checker("embedded")
            findings = _checker.check(text, language, known_words).findings  # loads what it needs
            settle_loaded_models()
            return findings
        return _checker.check(text, language, known_words).findings
