"""The built-in netiquette quiz pack (issue 6, item 4): it loads cleanly, has enough
questions of every type, every question explains itself, and every quiz draws from
categories that exist."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from app.core.vocabulary import QUESTION_TYPES
from app.packs.loader import load_pack

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "app" / "exercises" / "ru-netiquette"
MIN_PER_TYPE = {t: 5 for t in QUESTION_TYPES} | {"numerical": 3}
MIN_TOTAL = 110
MAX_TOP_CATEGORIES = 12


@pytest.fixture(scope="module")
def pack():
    return load_pack(PACK)


def test_loads_without_warnings(pack):
    assert pack.id == "ru-netiquette"
    assert list(pack.warnings) == []


def test_enough_questions(pack):
    assert len(pack.quiz) >= MIN_TOTAL


def test_every_type_present(pack):
    counts = Counter(q.type for q in pack.quiz)
    for t, n in MIN_PER_TYPE.items():
        assert counts[t] >= n, f"{t}: {counts[t]} < {n}"


def test_ids_unique(pack):
    ids = [q.id for q in pack.quiz] + [z.id for z in pack.quizzes]
    assert len(ids) == len(set(ids))


def test_every_question_explained_and_categorised(pack):
    for q in pack.quiz:
        assert q.explanation.strip(), q.id
        assert q.category.strip(), q.id


def test_top_categories_are_few(pack):
    tops = {q.category.split("/")[0] for q in pack.quiz}
    assert 8 <= len(tops) <= MAX_TOP_CATEGORIES, tops


def test_quizzes_draw_from_existing_categories(pack):
    cats = {q.category for q in pack.quiz}
    for z in pack.quizzes:
        chosen = [q for q in pack.quiz
                  if not z.categories or any(q.category == c or q.category.startswith(c + "/")
                                             for c in z.categories)]
        for c in z.categories:
            assert any(x == c or x.startswith(c + "/") for x in cats), (z.id, c)
        assert chosen, z.id
        if z.count:
            assert len(chosen) >= z.count, z.id


def test_one_quiz_per_top_category_and_a_final(pack):
    tops = {q.category.split("/")[0] for q in pack.quiz}
    covered = {c for z in pack.quizzes for c in z.categories}
    assert tops <= covered
    for z in pack.quizzes:
        if z.categories:
            assert z.pass_percent == 80, z.id
    finals = [z for z in pack.quizzes if not z.categories]
    assert len(finals) == 1
    assert finals[0].count == 20 and finals[0].time_limit


def test_answers_are_well_formed(pack):
    for q in pack.quiz:
        if q.type == "single":
            assert sum(1 for o in q.options if o.correct or o.weight == 100) == 1, q.id
        if q.type == "matching":
            rights = [p.right for p in q.pairs]
            assert len(rights) == len(set(rights)), q.id
            assert not set(q.distractors) & set(rights), q.id
        if q.type == "short":
            texts = [o.text.strip().lower() for o in q.options]
            assert len(texts) == len(set(texts)), q.id
