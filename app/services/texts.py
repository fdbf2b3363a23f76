"""Checking a text and grading an operator's reply, as the grammar and chat screens do."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.core.content import CorrespondenceTask
from app.core.grammar.checker import CheckResult
from app.core.grammar.offline import embedded_check
from app.core.grammar.shared import build_checker
from app.core.scorecard import Scorecard, score_reply
from app.packs.registry import find_pack
from app.services.errors import ServiceError
from app.core.phrase import phrase


def check_text(text: str, language: str = "ru", *, engine: str = "auto", lt_url: str | None = None,
               lt_path: str | os.PathLike | None = None, known_words: Iterable[str] = ()) -> CheckResult:
    """Findings for ``text`` from the chosen engine with our own rules, as the grammar screen judges;
    ``known_words`` (a word list, a glossary) are never reported as misspelt.

    Raises ValueError for a bad engine configuration or a text too long to check."""
    checker = build_checker(engine, lt_url, lt_path)
    try:
        return checker.check(text, language, known_words)
    finally:
        checker.close()


def find_task(spec: str, data_dir: Path) -> tuple[CorrespondenceTask, tuple[str, ...]]:
    """The correspondence task named ``PACK:TASK`` among the built-in and installed packs, with the
    glossary of its pack (words the grade must not count as misspelt)."""
    if ":" not in spec:
        raise ServiceError(phrase('Задание указывается как ПАКЕТ:ЗАДАНИЕ, а не «{spec}».', spec=spec))
    pack_id, task_id = spec.split(":", 1)
    pack = find_pack(pack_id, Path(data_dir))
    if pack is None:
        raise ServiceError(phrase('Пакет «{pack_id}» не найден среди встроенных и установленных.', pack_id=pack_id))
    task = next((t for t in pack.correspondence if t.id == task_id), None)
    if task is None:
        raise ServiceError(phrase('В пакете «{pack_id}» нет задания переписки «{task_id}».', pack_id=pack_id, task_id=task_id))
    return task, pack.manifest.glossary


def grade_reply(reply: str, customer: Sequence[str], *, name: str = "",
                task: CorrespondenceTask | None = None, known_words: Iterable[str] = ()) -> Scorecard:
    """The scorecard of ``reply`` to the customer's messages, checked offline with our own rules;
    ``known_words`` (a word list, the task's pack glossary) are not counted as misspelt."""
    known = tuple(known_words)
    return score_reply(reply, list(customer), customer_name=name, task=task,
                       grammar=lambda text, language: embedded_check(text, language, known))
