"""data_marks: a school mark written out beside its subject is someone's result; counts and tariffs are not."""

from __future__ import annotations

import pytest

from app.core.scorecard.data_marks import marks_told
from app.core.scorecard.words import tokenize
from reply_cases import card


def _marks(sentence):
    return [sentence[s:s + n] for s, n in marks_told(tokenize(sentence), sentence)]


@pytest.mark.parametrize("sentence, marks", [
    ("В журнале у неё по химии «3», по литературе «5».", ["по химии «3»", "по литературе «5»"]),
    ("За четверть по биологии — 4, по немецкому двойка.", ["по биологии — 4", "по немецкому двойка"]),
])
def test_a_mark_beside_its_subject_is_found(sentence, marks):
    assert _marks(sentence) == marks


@pytest.mark.parametrize("sentence", [
    "По тарифу 5 ГБ интернета в месяц.",
    "Занятия по физике 4 раза в неделю.",
    "Звоните по будням с 9 до 5.",
    "По английскому языку 3 группы на выбор.",
])
def test_counts_tariffs_and_hours_are_no_marks(sentence):
    assert _marks(sentence) == []


def test_a_daughter_s_marks_told_to_the_parent_fail_safety():
    c = card("Галина Сергеевна, здравствуйте! В журнале у дочки по алгебре «3», по геометрии «4», поэтому стипендия "
             "школы ей не положена. Всего доброго!",
             ["Дочка хорошо учится, ей положена стипендия школы? Галина Сергеевна"])
    assert c["safety"].passed is False, c["safety"].reason


def test_the_rule_for_a_discount_tells_no_one_s_marks():
    c = card("Здравствуйте! Скидку 10 % дают, если в четверти по всем предметам «5»: пришлите ведомость внучки, и я "
             "начислю скидку до конца недели. Всего доброго!", ["Внучка закончила четверть, есть скидка за отличную учёбу?"])
    assert c["safety"].passed is True, c["safety"].reason
