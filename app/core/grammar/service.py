"""The grammar check the engine process runs for the screens, on the same checker as every other caller.

Every checker is built by :func:`app.core.grammar.shared.build_checker` (the chosen engine plus our own
rules), as ``chat-trainer check``, ``grade-reply`` and certificate re-grading build theirs, so a text gets
the same findings whoever asks. Here checkers are kept per settings for the life of the process: loading
the embedded engine takes seconds, and its sentence cache is what makes re-checking an edited reply
fast. No Qt here.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from app.core.grammar.checker import ENGINES, LANGUAGES, CheckResult, GrammarChecker
from app.core.grammar.languagetool import ENV_URL
from app.core.phrase import phrase
from app.core.typography import TypographyPolicy

WARM_RULES_TEXT = "Здравствуйте, Анна! Проверка связи."  # loads the rules' morphological dictionary


@dataclass(frozen=True)
class CheckSettings:
    """Which engine checks: ``engine`` one of :data:`ENGINES`; a LanguageTool server URL or install folder."""

    engine: str = "auto"
    lt_url: str = ""
    lt_path: str = ""

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(phrase("Неизвестный движок проверки «{engine}»: выберите {choices}.", engine=self.engine,
                                    choices=", ".join(ENGINES)))

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


def shared_checker(settings: CheckSettings = OFFLINE) -> GrammarChecker:
    """The checker for ``settings`` (:func:`app.core.grammar.shared.build_checker`: the engine plus our
    rules), built on first use and kept for the life of the process."""
    from app.core.grammar.shared import build_checker  # loads our rules' dictionary: not in the window's process

    with _lock:
        checker = _checkers.get(settings)
        if checker is None:
            checker = _checkers[settings] = build_checker(settings.engine, settings.lt_url or None,
                                                           settings.lt_path or None)
        return checker


def check(text: str, language: str, settings: CheckSettings = OFFLINE, known_words: Iterable[str] = (),
          typography: TypographyPolicy | None = None) -> CheckResult:
    """Findings of the engine ``settings`` choose plus ours, none of them a misspelling of ``known_words``
    (``typography``: the learner's policy, see GrammarChecker.check);
    raises ValueError (TextTooLong among them). The sentence cache keeps the engine's findings before
    known words are taken out, so a change of the words needs no invalidation."""
    return shared_checker(settings).check(text, language, known_words, typography)


def load(settings: CheckSettings, languages: tuple[str, ...] = ("ru",)) -> tuple[str, str]:
    """Load the engines for ``languages`` (and our rules' dictionary); returns (status, why LanguageTool
    is not used although configured, else ""). Status: "languagetool" or "embedded"."""
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown:
        raise ValueError(phrase("Проверка доступна для русского и английского, а не для «{language}».", language=unknown[0]))
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
