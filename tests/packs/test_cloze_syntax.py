"""Moodle's Cloze syntax read the way Moodle reads it: every gap type, weights, escapes, numbers with a
tolerance, «any other answer», and a refusal that names the gap."""

import pytest

from app.core.content import QuizOption
from app.packs.cloze_syntax import ClozeSyntaxError, has_cloze, parse_cloze


def plain(text: str) -> str:
    return text.strip()


def test_gaps_become_numbered_marks_with_their_kind_display_and_shuffle():
    text, gaps = parse_cloze("Клиент {1:MCV:=ждёт~спит}, оператор {2:MCHS:=отвечает~молчит} "
                             "на {:SAC:=Вы}, срок {3:NM:=3:1} дня.", plain)
    assert text == "Клиент {#1}, оператор {#2} на {#3}, срок {#4} дня."
    assert [(g.kind, g.display, g.shuffle, g.case_sensitive, g.weight) for g in gaps] == [
        ("multichoice", "vertical", False, False, 1), ("multichoice", "horizontal", True, False, 2),
        ("short", "dropdown", False, True, 1), ("numerical", "dropdown", False, False, 3)]
    assert gaps[0].options == (QuizOption(text="ждёт", weight=100.0), QuizOption(text="спит", weight=0.0))
    assert gaps[3].options == (QuizOption(value=3.0, tolerance=1.0, weight=100.0),)


def test_partial_credit_feedback_and_any_other_answer():
    _, (gap,) = parse_cloze("{1:SA:=вы#Верно.~%50%Вы#Почти: со строчной.~*#Обращайтесь на «вы».}", plain)
    assert [(o.text, o.weight, o.feedback) for o in gap.options] == [
        ("вы", 100.0, "Верно."), ("Вы", 50.0, "Почти: со строчной."), ("*", 0.0, "Обращайтесь на «вы».")]


def test_escaped_characters_are_part_of_the_answer():
    _, (gap,) = parse_cloze(r"{1:SA:=a\}b~=c\~d~=e\#f\\#отзыв \# тут}", plain)
    assert [o.text for o in gap.options] == ["a}b", "c~d", "e#f\\"]
    assert gap.options[2].feedback == "отзыв # тут"


def test_numbers_take_a_decimal_comma_and_a_negative_tolerance_counts_both_ways():
    _, (gap,) = parse_cloze("{1:NUMERICAL:=2,5:-0,5~%50%3~*}", plain)
    assert [(o.value, o.tolerance, o.weight, o.text) for o in gap.options] == [
        (2.5, 0.5, 100.0, ""), (3.0, 0.0, 50.0, ""), (None, 0.0, 0.0, "*")]


def test_answers_and_feedback_go_through_the_renderer():
    _, (gap,) = parse_cloze("{1:MC:=<b>да</b>#<i>Так</i>~нет}", lambda s: s.replace("<b>", "").replace("</b>", "")
                            .replace("<i>", "").replace("</i>", ""))
    assert (gap.options[0].text, gap.options[0].feedback) == ("да", "Так")


def test_braces_that_are_no_gap_stay_text():
    text, gaps = parse_cloze("Шаблон {имя} и {1:UNKNOWN:=x} остаются, {1:MC:=да~нет} — пропуск.", plain)
    assert text == "Шаблон {имя} и {1:UNKNOWN:=x} остаются, {#1} — пропуск." and len(gaps) == 1
    assert has_cloze("Ответ: {1:MC:=да~нет}") and has_cloze("{:MR:=a~=b}")
    assert not has_cloze("Шаблон {имя} и {1:UNKNOWN:=x}")


@pytest.mark.parametrize("source, at, words", [
    ("{1:MC:=да} и {1:MC:=да~нет", 13, "пропуск 2 (MC) не закрыт скобкой «}»"),
    ("{1:SA:~~}", 0, "в пропуске 1 нет ни одного ответа"),
    ("{1:SA:нет~%0%тоже нет}", 0, "в пропуске 1 нет верного ответа (= или %100%)"),
    ("{1:NM:=три}", 0, "пропуск 1: «три» — не число (нужно «число» или «число:допуск»)"),
    ("{1:SA:=да~=#только отзыв}", 0, "в пропуске 1 есть пустой ответ"),
])
def test_a_gap_moodle_would_refuse_is_named_with_where_it_starts(source, at, words):
    with pytest.raises(ClozeSyntaxError) as exc:
        parse_cloze(source, plain)
    assert str(exc.value) == words and exc.value.offset == at
