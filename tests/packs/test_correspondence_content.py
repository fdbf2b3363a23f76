"""The built-in correspondence pack (ru-correspondence): it validates with no errors and
no warnings, it has enough scenarios of each kind, and every model reply is clean.

A model reply is what the learner is taught to write. If the grammar checker finds
anything in one, rewrite the reply. Only where the checker is clearly wrong may a reply
be listed in ALLOWED below, with the rule id and the reason.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from app.packs.loader import load_pack

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "app" / "exercises" / "ru-correspondence"

# Industry groups of issue 5 and the industries of the format that belong to each.
GROUPS = {
    "ecommerce": ("ecommerce",),
    "bank-insurance": ("bank", "insurance"),
    "telecom": ("telecom",),
    "saas": ("saas",),
    "travel": ("travel",),
    "education": ("education",),
}
MIN_TASKS = 52
MIN_PER_GROUP = 6
MIN_MULTI_TURN = 11
MIN_SHIFTS = 5
REPLY_CHARS = (200, 900)

# A light version of the QA scorecard: what every model reply must have or avoid.
GREETING = re.compile(r"^(Здравствуйте|Добрый (день|вечер)|Доброе утро)")
CLOSING = re.compile(
    r"на связи|Хорошего|Хорошей|Всего доброго|Могу ли я помочь|Чем ещё я могу помочь|с радостью помогу|"
    r"я помогу|я подскажу|Выздоравливайте|Если будут вопросы|Если появятся вопросы|Если понадобится",
    re.IGNORECASE)
EMPTY_WORDS = re.compile(
    r"\b(очень|конечно|просто|действительно|абсолютно|максимально|крайне|буквально|именно|"
    r"данн(ый|ого|ому|ая|ую|ой)|осуществля\w*|в настоящее время|в целях|не знаю|ты|тебе|твой)\b",
    re.IGNORECASE)

# (task id, rule id) → why the checker is wrong there. Keep this list empty if you can.
ALLOWED: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def pack():
    return load_pack(PACK)


@pytest.fixture(scope="module")
def checker():
    """The project's own checker, as the exercises use it: the embedded engine plus our rules."""
    from app.core.grammar.checker import GrammarChecker
    from app.core.grammar.rules import check_rules
    return GrammarChecker(engine="embedded", extra_rules=check_rules)


def replies_of(task):
    """A task's model replies: (task id, where, text, required facts, forbidden phrases).
    A reply to a turn must contain the turn's required facts."""
    for i, text in enumerate(task.model_replies):
        yield task.id, f"{task.id}[{i}]", text, task.required_facts, task.forbidden
    for turn in task.turns:
        for i, text in enumerate(turn.model_replies):
            yield task.id, f"{task.id}/{turn.id}[{i}]", text, turn.required_facts, task.forbidden


def replies(pack):
    """Every model reply of the pack, tasks and turns."""
    for task in pack.correspondence:
        yield from replies_of(task)


def test_loads_cleanly(pack):
    assert pack.id == "ru-correspondence"
    assert pack.manifest.language == "ru"
    assert list(pack.warnings) == []


def test_counts(pack):
    tasks = pack.correspondence
    assert len(tasks) >= MIN_TASKS
    by_industry = Counter(t.industry for t in tasks)
    for group, industries in GROUPS.items():
        assert sum(by_industry[i] for i in industries) >= MIN_PER_GROUP, group
    assert sum(1 for t in tasks if t.turns) >= MIN_MULTI_TURN


def test_tasks_are_complete(pack):
    named = 0
    for task in pack.correspondence:
        assert task.title and task.instructions, task.id
        assert 1 <= len(task.messages) <= 3, task.id
        assert 1 <= len(task.model_replies) <= 2, task.id
        named += bool(task.customer)
    assert named > len(pack.correspondence) * 3 // 4, "most customers give a name"
    assert named < len(pack.correspondence), "a few customers do not"


def test_shifts(pack):
    ids = {t.id for t in pack.correspondence}
    shifts = pack.shifts
    assert len(shifts) >= MIN_SHIFTS
    for shift in shifts:
        assert 3 <= len(shift.tasks) <= 5, shift.id
        assert set(shift.tasks) <= ids, shift.id
        assert len(shift.arrivals) == len(shift.tasks), shift.id
        assert list(shift.arrivals) == sorted(shift.arrivals), shift.id
        assert shift.first_response_target <= 60, shift.id


def test_replies_have_facts_and_no_forbidden_phrases(pack):
    for _, where, text, facts, forbidden in replies(pack):
        lo, hi = REPLY_CHARS
        assert lo <= len(text) <= hi, f"{where}: {len(text)} знаков"
        for fact in facts:
            assert fact in text, f"{where}: нет факта «{fact}»"
        for phrase in forbidden:
            assert phrase.lower() not in text.lower(), f"{where}: запрещено «{phrase}»"
        assert "!!!" not in text, where


def test_replies_pass_the_grammar_checker(pack, checker):
    problems = []
    for task_id, where, text, _, _ in replies(pack):
        for f in checker.check(text, "ru").findings:
            if (task_id, f.rule_id) in ALLOWED:
                continue
            problems.append(f"{where}: {f.rule_id} «{text[f.offset:f.offset + f.length]}» — {f.message}")
    assert problems == [], "\n".join(problems)


def test_replies_follow_the_scorecard(pack):
    """Greeting in the first reply, the customer's name, a closing, no empty words or «ты»."""
    for task in pack.correspondence:
        for i, text in enumerate(task.model_replies):
            assert GREETING.match(text), f"{task.id}[{i}]: нет приветствия"
        for _, where, text, _, _ in replies_of(task):
            if task.customer:
                assert task.customer in text, f"{where}: нет обращения по имени"
            assert CLOSING.search(text[-160:]), f"{where}: нет завершения"
            found = EMPTY_WORDS.search(text)
            assert found is None, f"{where}: «{found and found.group(0)}»"
            assert not re.search(r"\b[А-ЯЁ]{4,}\b", text.replace("ГИБДД", "")), f"{where}: капс"


def test_every_model_reply_scores_100_on_the_scorecard(pack, checker):
    """The issue's rule: a model reply is what full marks look like, grammar included."""
    from app.core.scorecard import score_reply

    def grammar(text, language):
        return checker.check(text, language).findings

    low = []
    for task in pack.correspondence:
        answers = [(None, task.messages, r) for r in task.model_replies]
        answers += [(turn, turn.messages, r) for turn in task.turns for r in turn.model_replies]
        for turn, messages, reply in answers:
            card = score_reply(reply, messages, customer_name=task.customer, task=task, grammar=grammar, turn=turn)
            if card.total < 100 or not card.passed:
                failed = {k: e.reason for k, e in card.elements.items() if e.passed is False}
                low.append(f"{task.id}/{turn.id if turn else ''}: {card.total:.0f} {failed}")
    assert low == []
