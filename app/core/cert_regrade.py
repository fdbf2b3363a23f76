"""Re-grading a certificate's embedded answers with the graders the app itself uses.

The figures of grammar, correspondence and quizzes are counted from verdicts
stored beside the answers (``accepted``, scorecards, the list of right
questions). With the pack the certificate names at hand, every answer is
graded again: quiz answers with :func:`app.core.quiz.score_question`, grammar
answers with :func:`app.core.grammar.answers.judge_answer`, replies with
:func:`app.core.scorecard.score_reply` — the functions the exercise screens
call. A verdict that differs is a mismatch naming the exercise.

The grammar engine is passed in as ``check(text, language, known_words) -> findings``;
verification uses the embedded one, so an answer graded by a LanguageTool
server may come out differently where the two engines disagree. The known words
are the pack's glossary, which the content hash covers; never a personal
dictionary, which is why the screens grade without one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core import quiz as quiz_core
from app.core.grammar.answers import judge_answer
from app.core.grammar.findings import Finding
from app.core.grammar_credit import credit
from app.core.phrase import phrase
from app.core.scorecard import ELEMENT_TITLES, score_reply

Check = Callable[[str, str, tuple[str, ...]], list[Finding]]  # text, language, the pack's glossary
Grader = Callable[[str, str], list[Finding]]  # the check with the glossary bound, as the graders call it

# Malformed answer data makes a grader raise one of these; it is reported, not crashed on.
_BAD_DATA = (TypeError, AttributeError, ValueError, KeyError, IndexError, ArithmeticError)


# What the report names as re-graded, in the order the kinds are re-graded.
REGRADED_NAMES = {"quiz": phrase("тест"), "grammar": phrase("грамматика"), "correspondence": phrase("переписка")}


@dataclass
class Regraded:
    mismatches: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what could not be re-graded, not a failure
    kinds: list[str] = field(default_factory=list)  # the kinds whose answers were graded again


def _verdict(ok: bool) -> str:
    return phrase("верный") if ok else phrase("неверный")


def _duplicates(ids: list, what: str) -> list[str]:
    return [f"{what} {i} встречается в сертификате несколько раз ({n})"
            for i, n in Counter(map(str, ids)).items() if n > 1]


def regrade_quiz(raw: Mapping[str, Any], pack: Any) -> Regraded:
    res = Regraded(kinds=["quiz"])
    if "answers" not in raw:
        return Regraded(notes=["Ответы теста не перепроверены: сертификат выпущен до того, как ответы стали сохраняться."])
    bank = {q.id: q for q in pack.quiz}
    order, answers = list(raw["order"]), raw["answers"]
    right = set(raw["right"])
    res.mismatches += _duplicates(list(raw["right"]), "Тест: вопрос")
    for qid in sorted(right - set(order), key=str):
        res.mismatches.append(phrase('Тест, вопрос {qid}: засчитан как верный, но в тесте его не было', qid=qid))
    for qid in order:
        question = bank.get(qid)
        if question is None:
            res.mismatches.append(phrase('Тест, вопрос {qid}: такого вопроса нет в пакете', qid=qid))
            continue
        try:
            correct = quiz_core.score_question(question, answers.get(qid)).correct
        except _BAD_DATA as exc:
            res.mismatches.append(phrase('Тест, вопрос {qid}: ответ не удалось проверить ({exc})', qid=qid, exc=exc))
            continue
        if correct != (qid in right):
            res.mismatches.append(phrase('Тест, вопрос {qid}: в сертификате ответ засчитан как {verdict}, при перепроверке — {rechecked}', qid=qid, verdict=_verdict(qid in right), rechecked=_verdict(correct)))
    return res


def regrade_grammar(raw: Mapping[str, Any], pack: Any, check: Grader) -> Regraded:
    res = Regraded(kinds=["grammar"])
    items = {g.id: g for g in pack.grammar}
    if raw["exercises"] != len(items):
        res.mismatches.append(phrase('Грамматика: в сертификате упражнений {exercises}, в пакете {count}', exercises=raw['exercises'], count=len(items)))
    res.mismatches += _duplicates([a["id"] for a in raw["answers"]], "Грамматика: упражнение")
    for entry in raw["answers"]:
        item = items.get(entry["id"])
        if item is None:
            res.mismatches.append(phrase('Грамматика, упражнение {id}: такого упражнения нет в пакете', id=entry['id']))
            continue
        try:
            accepted = judge_answer(item, entry["answer"], item.language or pack.manifest.language, check).accepted
            # a right answer given after the key or a fix was seen never counts (app.core.grammar_credit)
            accepted = credit(accepted, help_seen=entry.get("with_help") is True).passed
        except _BAD_DATA as exc:
            res.mismatches.append(phrase('Грамматика, упражнение {id}: ответ не удалось проверить ({exc})', id=item.id, exc=exc))
            continue
        if accepted != entry["accepted"]:
            res.mismatches.append(phrase('Грамматика, упражнение {id}: в сертификате ответ засчитан как {verdict}, при перепроверке — {rechecked}', id=item.id, verdict=_verdict(entry['accepted']), rechecked=_verdict(accepted)))
    return res


def _passed_elements(elements: Mapping[str, Any]) -> set[str]:
    return {name for name, e in elements.items() if e.get("passed") is True}


def regrade_correspondence(raw: Mapping[str, Any], pack: Any, check: Grader) -> Regraded:
    res = Regraded(kinds=["correspondence"])
    tasks = {t.id: t for t in pack.correspondence}
    res.mismatches += _duplicates([r["id"] for r in raw["replies"]], "Переписка: задание")
    for entry in raw["replies"]:
        task = tasks.get(entry["id"])
        if task is None:
            res.mismatches.append(phrase('Переписка, задание {id}: такого задания нет в пакете', id=entry['id']))
            continue
        turn_id = entry.get("turn") or ""
        turn = next((t for t in task.turns if t.id == turn_id), None)
        if turn_id and turn is None:
            res.mismatches.append(phrase('Переписка, задание {id}: в задании нет реплики клиента «{turn_id}»', id=task.id, turn_id=turn_id))
            continue
        try:  # as the chat screen grades a reply
            card = score_reply(entry["reply"], turn.messages if turn else task.messages, customer_name=task.customer,
                               task=task, language="ru", grammar=check, seconds=entry.get("seconds"), turn=turn)
            stated = entry["scorecard"]
            stated_total, stated_passed = stated["total"], _passed_elements(stated["elements"])
        except _BAD_DATA as exc:
            res.mismatches.append(phrase('Переписка, задание {id}: ответ не удалось проверить ({exc})', id=task.id, exc=exc))
            continue
        if not isinstance(stated_total, (int, float)) or abs(stated_total - card.total) > 1e-6:
            res.mismatches.append(phrase('Переписка, задание {id}: балл в сертификате {stated_total}, при перепроверке {total:g}', id=task.id, stated_total=stated_total, total=card.total))
        now_passed = _passed_elements(card.to_json()["elements"])
        for name in sorted(stated_passed ^ now_passed, key=str):
            was, now = ((phrase("выполнен"), phrase("нет")) if name in stated_passed else
                        (phrase("не выполнен"), phrase("выполнен")))
            res.mismatches.append(phrase('Переписка, задание {id}: пункт «{item}» в сертификате {was}, при перепроверке — {now}', id=task.id, item=ELEMENT_TITLES.get(name, name), was=was, now=now))
    return res


def regrade(raw: Mapping[str, Any], pack: Any, check: Check) -> Regraded:
    """Every embedded verdict that the pack's graders do not confirm, and what could not be re-graded."""
    total = Regraded()
    glossary = pack.manifest.glossary

    def with_glossary(text: str, language: str) -> list[Finding]:
        return check(text, language, glossary)

    parts = (("quiz", lambda r: regrade_quiz(r, pack)), ("grammar", lambda r: regrade_grammar(r, pack, with_glossary)),
             ("correspondence", lambda r: regrade_correspondence(r, pack, with_glossary)))
    for kind, run in parts:
        if raw.get(kind):
            part = run(raw[kind])
            total.mismatches += part.mismatches
            total.notes += part.notes
            total.kinds += part.kinds
    return total
