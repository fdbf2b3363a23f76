"""The orchestrator: read the reply, ask each judge, add up."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.content import CorrespondenceTask, CustomerTurn
from app.core.scorecard import courtesy, task_items, writing
from app.core.scorecard.card import ElementResult, Grammar, Scorecard, total_up
from app.core.scorecard.corrections import took_back
from app.core.scorecard.reply import read_reply
from app.core.scorecard.safety import safety
from app.core.scorecard.solution import solution
from app.core.scorecard.tone import blame, tone
from app.core.scorecard.words import quote
from app.core.phrase import phrase

# Items a task may add, in the order they are reported.
_TASK_JUDGES = (("facts", task_items.facts), ("forbidden", task_items.forbidden), ("time", task_items.reply_time))


def score_reply(reply: str, customer_messages: Sequence[str] | str, *, customer_name: str = "",
                task: CorrespondenceTask | None = None, language: str = "ru",
                grammar: Grammar | None = None, seconds: float | None = None,
                turn: CustomerTurn | None = None) -> Scorecard:
    """Judge ``reply`` to ``customer_messages``; ``grammar(text, language)`` returns findings.

    ``turn`` is the customer's scripted follow-up being answered in a multi-turn task: the
    chat is already under way, so no greeting is expected, and the facts required are the turn's.
    """
    r = read_reply(reply, customer_messages, customer_name=customer_name, task=task, language=language,
                   grammar=grammar, seconds=seconds, turn=turn)
    results: dict[str, ElementResult] = {
        "greeting": courtesy.greeting(r), "name": courtesy.name(r), "empathy": courtesy.empathy(r),
        "solution": solution(r), "closing": courtesy.closing(r),
    }
    if results["solution"].passed and (back := took_back(r)) is not None:
        results["solution"] = back  # «хотя нет, 5 пользователей» — «Три пользователя…»: what the customer took back
    results["tone"] = tone(r, has_step=results["solution"].passed is True)
    # a doubting question («А вы уверены, что выбрали красный?») fails tone, but does not unsay an apology
    blamed = [s for s in blame(r) if not _asked(r, s)] if results["empathy"].passed else []
    if blamed:  # «Приносим извинения. Скорее всего, вы выбрали не тот размер»: an apology with a reproach
        results["empathy"] = ElementResult("empathy", False, phrase(
            'Извинение с упрёком клиенту ({quoted}) — это не сочувствие.', quoted=quote(r.text, blamed)), blamed[:1])
    results["language"] = writing.language(r)
    results["style"] = writing.style(r)
    results["length"] = task_items.length(r)
    results["safety"] = safety(r)
    for name, judge in _TASK_JUDGES:
        result = judge(r)
        if result is not None:
            results[name] = result
    if r.empty:  # nothing to judge the manner of
        results["style"] = ElementResult("style", None, phrase('Нет текста: стиль не оценивается.'))
        results["safety"] = ElementResult("safety", None, phrase('Нет текста: безопасность данных не оценивается.'))
        if results["tone"].passed:
            results["tone"] = ElementResult("tone", None, phrase('Нет текста: тон не оценивается.'))
    return total_up(results, task, seconds, r.notes)


def _asked(r, span) -> bool:
    """The span stands in a sentence that ends with a question mark."""
    return any(a <= span[0] < b and r.text[a:b].rstrip().endswith("?") for a, b in r.sentences)
