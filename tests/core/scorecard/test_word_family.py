"""Words of one family by their stems: a prefix and an ending taken off (issue 15)."""

from __future__ import annotations

import pytest

from app.core.scorecard.word_family import same_family, stems


@pytest.mark.parametrize("a, b", [("простудилась", "простужены"), ("болеете", "заболел"), ("оплату", "платить"),
                                  ("помесячную", "помесячно"), ("продлить", "продление"), ("хранение", "сохранится")])
def test_words_of_one_stem_are_kin_with_or_without_a_prefix(a, b):
    assert same_family(a, b) and same_family(b, a)


@pytest.mark.parametrize("a, b", [("отменить", "заменить"), ("доставить", "поставить"), ("перевод", "перенос"),
                                  ("заказ", "показ"), ("подать", "задать")])
def test_two_prefixes_of_one_stem_or_a_shared_prefix_are_not(a, b):
    assert not same_family(a, b)


def test_a_short_word_keeps_its_form_and_a_prefix_alone_is_no_stem():
    assert not same_family("дать", "подать")
    assert "рад" not in stems("радовать") and "довать" not in stems("радовать")
