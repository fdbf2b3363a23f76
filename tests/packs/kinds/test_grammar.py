"""Grammar items: each kind's own rules are checked."""

from ..helpers import edit, errors


def test_a_gap_item_needs_exactly_one_gap(mini):
    edit(mini, "grammar.toml", 'kind = "punctuation"', 'kind = "gap"')
    [problem] = errors(mini)
    assert "item[1].text: в тексте задания «gap» должен быть ровно один пропуск ___" in problem


def test_options_belong_to_choose_only(mini):
    answers = 'answers = ["Добрый день, Иван!"]'
    edit(mini, "grammar.toml", answers, answers + '\noptions = ["а", "б"]')
    [problem] = errors(mini)
    assert "item[1].options: варианты options бывают только у «choose», а здесь «punctuation»" in problem
