"""named_things: what a customer asks of a named other person's, whatever its kind."""

from __future__ import annotations

from app.core.scorecard.named_things import named_things
from app.core.scorecard.words import tokenize

_KIN = {"сын", "дочь", "муж", "жена", "мама"}


def _things(text: str, others: set[str]) -> set[str]:
    toks = tokenize(text)
    asked_at = {t.start for t in toks if t.lemmas & {"прислать", "дать", "открыть", "показать"}}
    return named_things(toks, others, asked_at, lambda t: bool(t.lemmas & _KIN))


def test_a_thing_after_access_to_and_a_role_word_is_the_named_persons():
    assert "план" in _things("Откройте мне доступ к планам сотрудницы Беловой, она на больничном", {"белова", "беловой"})


def test_a_thing_right_after_the_verb_of_asking_is_the_named_persons():
    assert "чертёж".replace("ё", "е") in _things("Пришлите чертежи Кравцова за март", {"кравцов", "кравцова"})


def test_a_thing_of_a_relative_is_left_to_the_lexicons_kinds():
    assert _things("Пришлите квитанцию за секцию сына Тимофея", {"тимофей", "тимофея"}) == set()


def test_a_thing_elsewhere_in_the_sentence_is_not_asked_for():
    # «курс» is governed by «на», not asked for: a course by its author's name is no one's data
    assert _things("Пришлите ссылку на курс Валерии Громовой", {"валерия", "валерии", "громова", "громовой"}) == set()
