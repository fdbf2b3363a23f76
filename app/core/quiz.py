"""Quiz scoring, drawing and grading (no Qt).

Every question is worth 1 credit; each scoring function returns the fraction
of it (0..1) that an answer earns.

Answers, one representation per question type:

* ``single``    — ``int``: index of the chosen option in ``question.options``
                  (the original index, not the shuffled position), or ``None``.
* ``multiple``  — a collection of such indices (set, list, tuple).
* ``truefalse`` — ``bool``.
* ``matching``  — ``dict`` mapping each left part to the chosen right part.
* ``ordering``  — a sequence of the items in the order the learner put them.
* ``short``     — ``str``.
* ``numerical`` — ``int``/``float`` or a ``str`` ("3,5" and "3.5" both work).
* ``cloze``     — a list with one answer per gap, in order: an option index for
                  a multichoice gap, a list of indices for a multiresponse gap, a
                  ``str`` for short and numerical gaps.

``None`` (no answer) scores 0 for every type.

Rules that need stating:

* ``multiple``: an option's share is its ``weight`` / 100 when given; without a
  weight a correct option is worth 1/n and a wrong one −1/n, n being the number
  of correct options. The chosen shares are summed and clamped to 0..1.
* ``ordering``: the share of items that stand at their right absolute
  position (``items[i]`` at place ``i``); a missing place counts as wrong.
* ``short``: answers are compared after normalisation (Unicode NFC, case folded
  unless ``case_sensitive``, runs of spaces collapsed, ё→е, trailing
  punctuation dropped); ``*`` in an option stands for any characters (``\\*``
  for an asterisk), so ``*`` alone is «any other answer»; as in Moodle, the
  first matching option counts (weight / 100, or 1).
* ``numerical``: an option matches when |answer − value| ≤ tolerance; the best
  matching option counts (weight / 100, or 1); when none does, an option with
  text ``*`` and no value gives its weight (0) and feedback.
* ``cloze``: each gap is scored as a single choice, multiple choice (multiresponse),
  short answer or numerical question; the question's fraction is the gaps' fractions weighted by their
  ``weight`` (Moodle's multianswer grading).
* A fraction within 0.000001 of 1 or 0 is 1 or 0, as Moodle rounds it.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from app.core.content import ClozeGap, Quiz, QuizOption, QuizQuestion
from app.core.thresholds import QUIZ_PASS_PERCENT

_EPS = 1e-9


@dataclass(frozen=True)
class Scored:
    fraction: float  # 0..1 of the question's credit
    correct: bool  # full credit
    feedback: list[str] = field(default_factory=list)  # per-answer feedback, in option order


@dataclass(frozen=True)
class DrawnQuestion:
    """A question as shown in one quiz run; the orders are fixed by the seed."""

    question: QuizQuestion
    options: tuple[int, ...] = ()  # single/multiple: original option indices in display order
    rights: tuple[str, ...] = ()  # matching: right-hand choices (with distractors) in display order
    items: tuple[str, ...] = ()  # ordering: items in the (shuffled) order shown
    gap_orders: tuple[tuple[int, ...], ...] = ()  # cloze: each gap's option indices in display order

    @property
    def id(self) -> str:
        return self.question.id


@dataclass(frozen=True)
class QuestionResult:
    id: str
    category: str
    answer: Any
    scored: Scored


@dataclass(frozen=True)
class CategoryScore:
    earned: float
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.earned / self.total if self.total else 0.0


@dataclass(frozen=True)
class QuizResult:
    percent: float
    passed: bool
    per_question: list[QuestionResult]
    per_category: dict[str, CategoryScore]  # by full category path ("" for none)


def _clamp(x: float) -> float:
    return min(1.0, max(0.0, x))


# Moodle counts a question right above 0.999999 and wrong below 0.000001 (question_state):
# three answers of 33.33333 % are full credit.
_MOODLE_EPS = 1e-6


def _result(fraction: float, feedback: list[str]) -> Scored:
    fraction = _clamp(fraction)
    if abs(fraction - 1.0) < _MOODLE_EPS:
        fraction = 1.0
    elif fraction < _MOODLE_EPS:
        fraction = 0.0
    return Scored(fraction, fraction == 1.0, [f for f in feedback if f])


def _option_full_weight(o: QuizOption) -> float:
    """Share of an option for single/short/numerical: weight / 100, else 1 (or correct for single)."""
    return o.weight / 100.0 if o.weight is not None else 1.0


# --------------------------------------------------------------------------- one function per type

def score_single(q: QuizQuestion, answer: int | None) -> Scored:
    if answer is None or not isinstance(answer, int) or not 0 <= answer < len(q.options):
        return _result(0.0, [])
    o = q.options[answer]
    share = o.weight / 100.0 if o.weight is not None else (1.0 if o.correct else 0.0)
    return _result(share, [o.feedback])


def multiple_shares(q: QuizQuestion) -> list[float]:
    """Each option's share of the credit (see the module docstring)."""
    n = sum(1 for o in q.options if o.correct) or 1
    return [o.weight / 100.0 if o.weight is not None else (1.0 / n if o.correct else -1.0 / n)
            for o in q.options]


def score_multiple(q: QuizQuestion, answer: Iterable[int] | None) -> Scored:
    if answer is None:
        return _result(0.0, [])
    chosen = sorted({i for i in answer if isinstance(i, int) and 0 <= i < len(q.options)})
    shares = multiple_shares(q)
    return _result(sum(shares[i] for i in chosen), [q.options[i].feedback for i in chosen])


def score_truefalse(q: QuizQuestion, answer: bool | None) -> Scored:
    if not isinstance(answer, bool):
        return _result(0.0, [])
    return _result(1.0 if answer == q.answer else 0.0, [q.feedback_true if answer else q.feedback_false])


def score_matching(q: QuizQuestion, answer: Mapping[str, str] | None) -> Scored:
    if not answer or not q.pairs:
        return _result(0.0, [])
    right = sum(1 for p in q.pairs if answer.get(p.left) == p.right)
    return _result(right / len(q.pairs), [])


def score_ordering(q: QuizQuestion, answer: Sequence[str] | None) -> Scored:
    if not answer or not q.items:
        return _result(0.0, [])
    answer = list(answer)
    right = sum(1 for i, item in enumerate(q.items) if i < len(answer) and answer[i] == item)
    return _result(right / len(q.items), [])


_TRAILING = ".,!?;:…-–— \t"


def normalise_short(text: str, case_sensitive: bool = False) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("ё", "е").replace("Ё", "Е")
    text = re.sub(r"\s+", " ", text).strip().rstrip(_TRAILING).strip()
    return text if case_sensitive else text.casefold()


def _wildcard(pattern: str, case_sensitive: bool) -> re.Pattern:
    """Moodle's short-answer pattern: ``*`` stands for any characters, ``\\*`` for an asterisk."""
    pieces = re.split(r"(?<!\\)\*", normalise_short(pattern, case_sensitive))
    return re.compile(".*".join(re.escape(p.replace("\\*", "*")) for p in pieces), re.S)


def score_short(q: QuizQuestion, answer: str | None) -> Scored:
    if not isinstance(answer, str) or not answer.strip():
        return _result(0.0, [])
    given = normalise_short(answer, q.case_sensitive)
    for o in q.options:  # as Moodle: the first answer that matches counts
        if "*" in o.text:
            hit = _wildcard(o.text, q.case_sensitive).fullmatch(given) is not None
        else:
            hit = normalise_short(o.text, q.case_sensitive) == given
        if hit:
            return _result(_option_full_weight(o), [o.feedback])
    return _result(0.0, [])


def parse_number(answer: Any) -> float | None:
    if isinstance(answer, bool):
        return None
    if isinstance(answer, (int, float)):
        return float(answer) if math.isfinite(answer) else None
    if isinstance(answer, str):
        s = answer.strip().replace("\u2212", "-").replace(" ", "").replace("\u00a0", "").replace(",", ".")
        try:
            x = float(s)
        except ValueError:
            return None
        return x if math.isfinite(x) else None
    return None


def score_numerical(q: QuizQuestion, answer: Any) -> Scored:
    x = parse_number(answer)
    if x is None:
        return _result(0.0, [])
    best: QuizOption | None = None
    for o in q.options:
        if o.value is None:
            continue
        if abs(x - o.value) <= o.tolerance + _EPS * max(1.0, abs(o.value)):
            if best is None or _option_full_weight(o) > _option_full_weight(best):
                best = o
    if best is None:  # «any other answer» (text "*") carries feedback for every miss
        best = next((o for o in q.options if o.value is None and o.text == "*"), None)
    if best is None:
        return _result(0.0, [])
    return _result(_option_full_weight(best), [best.feedback])


_GAP_TYPES = {"multichoice": "single", "multiresponse": "multiple", "short": "short", "numerical": "numerical"}


def gap_question(gap: ClozeGap) -> QuizQuestion:
    """A gap as the one-answer question it is scored like."""
    return QuizQuestion(id="gap", type=_GAP_TYPES[gap.kind], text="", options=gap.options,
                        case_sensitive=gap.case_sensitive)


def score_cloze(q: QuizQuestion, answer: Sequence[Any] | None) -> Scored:
    if not isinstance(answer, (list, tuple)) or not q.gaps:
        return _result(0.0, [])
    total = sum(g.weight for g in q.gaps) or 1
    earned, feedback = 0.0, []
    for i, gap in enumerate(q.gaps):
        given = answer[i] if i < len(answer) else None
        if gap.kind == "multichoice" and not isinstance(given, int):
            given = None
        if gap.kind == "multiresponse" and not isinstance(given, (list, tuple)):
            given = None
        scored = SCORERS[_GAP_TYPES[gap.kind]](gap_question(gap), given)
        earned += scored.fraction * gap.weight
        feedback += scored.feedback
    return _result(earned / total, feedback)


def combined_feedback(q: QuizQuestion, scored: Scored) -> str:
    """Moodle's combined feedback for how the answer went (empty when the question has none)."""
    if scored.correct:
        return q.feedback_correct
    return q.feedback_partial if scored.fraction > 0 else q.feedback_incorrect


SCORERS = {
    "single": score_single, "multiple": score_multiple, "truefalse": score_truefalse,
    "matching": score_matching, "ordering": score_ordering, "short": score_short,
    "numerical": score_numerical, "cloze": score_cloze,
}


def score_question(question: QuizQuestion, answer: Any) -> Scored:
    try:
        scorer = SCORERS[question.type]
    except KeyError:
        raise ValueError(f"неизвестный тип вопроса: {question.type}") from None
    return scorer(question, answer)


def right_answer(q: QuizQuestion) -> Any:
    """An answer that earns full credit (for the review screen and tests)."""
    if q.type == "single":
        shares = [o.weight / 100.0 if o.weight is not None else float(o.correct) for o in q.options]
        return max(range(len(q.options)), key=lambda i: shares[i])
    if q.type == "multiple":
        return {i for i, s in enumerate(multiple_shares(q)) if s > 0}
    if q.type == "truefalse":
        return q.answer
    if q.type == "matching":
        return {p.left: p.right for p in q.pairs}
    if q.type == "ordering":
        return list(q.items)
    if q.type == "cloze":  # (ticked boxes as a sorted list: answers are stored as JSON)
        return [sorted(a) if isinstance(a, set) else a for a in (right_answer(gap_question(g)) for g in q.gaps)]
    if q.type in ("short", "numerical"):
        o = max((o for o in q.options if q.type == "short" or o.value is not None), key=_option_full_weight)
        return o.text if q.type == "short" else o.value
    raise ValueError(f"неизвестный тип вопроса: {q.type}")


def answered(q: QuizQuestion, answer: Any) -> bool:
    """Whether the learner gave an answer at all: an option chosen, every pair matched, text typed.

    An ordering is always an answer (the list as it stands); confirming a blank answer is
    refused, so a stray Enter never scores a question as wrong.
    """
    if q.type == "ordering":
        return True
    if q.type == "matching":
        return bool(answer) and all(v is not None for v in answer.values())
    if q.type == "multiple":
        return bool(answer)
    if q.type in ("short", "numerical"):
        return isinstance(answer, str) and bool(answer.strip())
    return answer is not None


# --------------------------------------------------------------------------- quizzes

def in_categories(category: str, wanted: Sequence[str]) -> bool:
    """True when ``category`` is one of ``wanted`` or below one of them; empty ``wanted``: all."""
    if not wanted:
        return True
    category = category.strip("/")
    return any(category == c.strip("/") or category.startswith(c.strip("/") + "/") for c in wanted)


def draw(bank: Sequence[QuizQuestion], quiz: Quiz, seed: int | str) -> list[DrawnQuestion]:
    """The questions of one run of ``quiz``: the same ``seed`` gives the same questions and orders.

    Questions come from ``quiz.categories`` (with subcategories), at most
    ``quiz.count`` of them, picked at random when there are more. Options of
    single/multiple questions and the right-hand choices of matching are
    shuffled when both ``quiz.shuffle_options`` and ``question.shuffle`` say so.
    Ordering items are always shown shuffled (and never in the right order
    when another order exists), otherwise the answer would be on the screen.
    """
    rng = random.Random(str(seed))
    pool = [(i, q) for i, q in enumerate(bank) if in_categories(q.category, quiz.categories)]
    if quiz.count is not None and quiz.count < len(pool):
        pool = rng.sample(pool, quiz.count)
        if not quiz.shuffle_questions:
            pool.sort(key=lambda pair: pair[0])
    elif quiz.shuffle_questions:
        rng.shuffle(pool)
    drawn = []
    for _, q in pool:
        shuffle = quiz.shuffle_options and q.shuffle
        options: tuple[int, ...] = ()
        rights: tuple[str, ...] = ()
        items: tuple[str, ...] = ()
        if q.type in ("single", "multiple"):
            order = list(range(len(q.options)))
            if shuffle:
                rng.shuffle(order)
            options = tuple(order)
        elif q.type == "matching":
            choices = list(dict.fromkeys([p.right for p in q.pairs] + list(q.distractors)))
            if shuffle:
                rng.shuffle(choices)
            rights = tuple(choices)
        elif q.type == "ordering":
            order = list(q.items)
            rng.shuffle(order)
            if order == list(q.items) and len(set(order)) > 1:
                order = order[1:] + order[:1]
            items = tuple(order)
        gap_orders = []
        for gap in q.gaps:  # a cloze list is shuffled only when its gap asks for it (MCS, MCVS…)
            order = list(range(len(gap.options)))
            if gap.shuffle and quiz.shuffle_options:
                rng.shuffle(order)
            gap_orders.append(tuple(order))
        drawn.append(DrawnQuestion(q, options, rights, items, tuple(gap_orders)))
    return drawn


def grade(drawn: Sequence[DrawnQuestion], answers: Mapping[str, Any], *,
          pass_percent: float = QUIZ_PASS_PERCENT) -> QuizResult:
    """Score every drawn question (a missing answer scores 0); each question is worth 1."""
    per_question = []
    earned: dict[str, float] = {}
    totals: dict[str, int] = {}
    for d in drawn:
        answer = answers.get(d.id)
        scored = score_question(d.question, answer)
        per_question.append(QuestionResult(d.id, d.question.category, answer, scored))
        earned[d.question.category] = earned.get(d.question.category, 0.0) + scored.fraction
        totals[d.question.category] = totals.get(d.question.category, 0) + 1
    total = sum(r.scored.fraction for r in per_question)
    percent = 100.0 * total / len(per_question) if per_question else 0.0
    percent = round(percent, 6)
    per_category = {c: CategoryScore(round(earned[c], 9), totals[c]) for c in totals}
    return QuizResult(percent, percent + _EPS >= pass_percent and bool(per_question), per_question, per_category)


def grade_quiz(drawn: Sequence[DrawnQuestion], answers: Mapping[str, Any], quiz: Quiz) -> QuizResult:
    return grade(drawn, answers, pass_percent=quiz.pass_percent)


def answer_to_json(answer: Any) -> Any:
    """An answer in the form it is stored (JSON); the scorers take it back as it is.

    A multiple choice's set becomes a sorted list, a tuple a list; the other types are JSON already.
    """
    if isinstance(answer, (set, frozenset)):
        return sorted(answer)
    if isinstance(answer, tuple):
        return list(answer)
    return answer


def retry_wrong(result: QuizResult) -> list[str]:
    """Ids of the questions not answered fully right, in the order they were shown."""
    return [r.id for r in result.per_question if not r.scored.correct]
