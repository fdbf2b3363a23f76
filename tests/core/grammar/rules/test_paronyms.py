"""Paronyms and look-alike forms decided by the word next to them."""

import pytest

from app.core.grammar.rules import check_rules

IDS = ("OURS_PRISTUPIT", "OURS_PRIDAT_ZNACHENIE", "OURS_EFFEKTIVNYJ", "OURS_ABONEMENT", "OURS_BUDETE",
       "OURS_QUESTION_FUTURE", "OURS_VSLEDSTVIE")


def paronyms(text):
    return [(f.rule_id, text[f.offset:f.offset + f.length], f.replacements)
            for f in check_rules(text, "ru") if f.rule_id in IDS]


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Бригада преступила к ремонту в понедельник.", "OURS_PRISTUPIT", "преступила", "приступила"),
    ("Никто не предавал значения этим цифрам.", "OURS_PRIDAT_ZNACHENIE", "предавал", "придавал"),
    ("Это самое эффектное средство от простуды.", "OURS_EFFEKTIVNYJ", "эффектное", "эффективное"),
    ("Мама подарила мне абонент на каток.", "OURS_ABONEMENT", "абонент", "абонемент"),
    ("Вы будите оформлять доставку?", "OURS_BUDETE", "будите", "будете"),
    ("Вы не покажите, где выход к платформам?", "OURS_QUESTION_FUTURE", "покажите", "покажете"),
    ("Занятия отменили в следствии болезни преподавателя.", "OURS_VSLEDSTVIE", "в следствии", "вследствие"),
])
def test_the_word_that_fits_is_suggested(text, rule, span, fix):
    assert paronyms(text) == [(rule, span, (fix,))]


@pytest.mark.parametrize("text", [
    "Он никогда не преступит закон.",
    "Нельзя предавать друзей.",
    "На ней было эффектное вечернее платье.",
    "Абонент временно недоступен.",
    "Не будите кота, он только уснул.",
    "Не забудьте паспорт!",
    "Покажите, пожалуйста, где выход?",
    "В следствии по этому делу много неясного.",
])
def test_right_sentences_are_left_alone(text):
    assert paronyms(text) == []
