"""The one grammar check every caller uses: the grammar and chat screens (through the engine process),
``chat-trainer check``, ``grade-reply`` and certificate re-grading.

``check(text, language, settings)`` checks with the engine the settings choose and always adds our own
rules (:func:`app.core.grammar.rules.check_rules`), so a text gets the same findings whoever asks.
Checkers are built once per settings and shared: loading the embedded engine takes seconds, and its
sentence cache is what makes re-checking an edited reply fast. No Qt here.
"""

from __future__ import annotations

import os
import threading
from dataclasses import asdict, dataclass

from app.core.grammar.checker import ENGINES, LANGUAGES, CheckResult, GrammarChecker
from app.core.grammar.findings import Finding
from app.core.grammar.languagetool import ENV_URL

WARM_RULES_TEXT = "Здравствуйте, Анна! Проверка связи."  # loads the rules' morphological dictionary


@dataclass(frozen=True)
class CheckSettings:
    """Which engine checks: ``engine`` one of :data:`ENGINES`; a LanguageTool server URL or install folder."""

    engine: str = "auto"
    lt_url: str = ""
    lt_path: str = ""

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"Неизвестный движок проверки «{self.engine}»: выберите {', '.join(ENGINES)}.")

    @classmethod
    def from_environment(cls, engine: str = "auto", lt_url: str | None = None,
                         lt_path: str | os.PathLike | None = None) -> CheckSettings:
        """The URL falls back to ``$CHAT_TRAINER_LT_URL`` unless an install folder is given."""
        url = (lt_url or "").strip() or ("" if lt_path else os.environ.get(ENV_URL, "").strip())
        return cls(engine=engine, lt_url=url, lt_path=str(lt_path or ""))

    def to_dict(self) -> dict:
        return asdict(self)


OFFLINE = CheckSettings(engine="embedded")  # reproducible grading: no server, no network

_checkers: dict[CheckSettings, GrammarChecker] = {}
_lock = threading.Lock()


def build_checker(settings: CheckSettings) -> GrammarChecker:
    """A new checker for ``settings`` with our rules included; raises ValueError on unusable settings."""
    from app.core.grammar.rules import check_rules

    return GrammarChecker(engine=settings.engine, lt_url=settings.lt_url or None,
                          lt_path=settings.lt_path or None, extra_rules=check_rules)


def shared_checker(settings: CheckSettings = OFFLINE) -> GrammarChecker:
    """The checker for ``settings``, built on first use and kept for the life of the process."""
    with _lock:
        checker = _checkers.get(settings)
        if checker is None:
            checker = _checkers[settings] = build_checker(settings)
        return checker


def check(text: str, language: str, settings: CheckSettings = OFFLINE) -> CheckResult:
    """Findings of the engine ``settings`` choose plus ours; raises ValueError (TextTooLong among them)."""
    return shared_checker(settings).check(text, language)


def findings(text: str, language: str) -> list[Finding]:
    """The offline check's findings: what grading a reply (``grade-reply``, certificates) counts."""
    return check(text, language, OFFLINE).findings


def load(settings: CheckSettings, languages: tuple[str, ...] = ("ru",)) -> tuple[str, str]:
    """Load the engines for ``languages`` (and our rules' dictionary); returns (status, why LanguageTool
    is not used although configured, else ""). Status: "languagetool" or "embedded"."""
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown:
        raise ValueError(f"Проверка доступна для русского и английского, а не для «{unknown[0]}».")
    checker = shared_checker(settings)
    reason = checker.warm(languages)
    if "ru" in languages:
        checker.check(WARM_RULES_TEXT, "ru")
    return checker.status(), reason


def close_all() -> None:
    """Stop what the checkers started (a local LanguageTool server)."""
    with _lock:
        checkers = list(_checkers.values())
        _checkers.clear()
    for checker in checkers:
        checker.close()
