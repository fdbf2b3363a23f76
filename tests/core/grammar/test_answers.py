"""Judging grammar answers: normalisation, keys, new errors, free answers, diff, fixes."""

from app.core.grammar.answers import apply_replacement, diff, judge_answer, normalise, word_count
from app.core.grammar.findings import Category, Finding
from app.core.content import GrammarItem


def no_findings(text, language):
    return []


def flag(word, rule="TEST_RULE"):
    """A fake engine that flags every occurrence of ``word``."""
    def check(text, language):
        i = text.find(word)
        return [Finding(i, len(word), "ошибка", Category.SPELLING, rule, ("верно",))] if i >= 0 else []
    return check


PUNCT = GrammarItem("p1", "punctuation", "Добрый день Иван!", ("Добрый день, Иван!",))


def test_normalise_ignores_spacing_first_letter_quotes_dashes_and_yo():
    assert normalise("  добрый  день , Иван !") == normalise("Добрый день, Иван!")
    assert normalise("Статус «в пути» — ещё") == normalise('Статус "в пути" - еще')
    assert normalise("Добрый день Иван!") != normalise("Добрый день, Иван!")


def test_key_match_is_accepted_and_a_miss_is_not():
    assert judge_answer(PUNCT, "добрый день,  Иван!", "ru", no_findings).accepted
    verdict = judge_answer(PUNCT, "Добрый день Иван!", "ru", no_findings)
    assert not verdict.accepted and not verdict.matched_key
    assert verdict.key == "Добрый день, Иван!"


def test_matching_the_key_but_adding_a_new_error_is_not_accepted():
    verdict = judge_answer(PUNCT, "добрый день, Иван!", "ru", flag("добрый", "UPPERCASE_SENTENCE_START"))
    assert verdict.matched_key and not verdict.accepted
    assert [f.rule_id for f in verdict.findings] == ["UPPERCASE_SENTENCE_START"]


def test_a_finding_the_key_also_has_does_not_count():
    assert judge_answer(PUNCT, "Добрый день, Иван!", "ru", flag("Иван")).accepted


def test_gap_and_choose_are_checked_as_whole_sentences():
    gap = GrammarItem("g1", "gap", "Ответ придёт в течени___ двух дней.", ("е",))
    seen = []
    judge_answer(gap, "е", "ru", lambda text, lang: seen.append(text) or [])
    assert "Ответ придёт в течение двух дней." in seen
    choose = GrammarItem("c1", "choose", "Заказ должен ___ завтра.", ("доставиться",),
                         options=("доставится", "доставиться"))
    assert judge_answer(choose, "доставиться", "ru", no_findings).accepted
    assert not judge_answer(choose, "доставится", "ru", no_findings).accepted


def test_free_answer_needs_length_and_no_errors():
    item = GrammarItem("f1", "free", "Извинитесь.", ("Приносим извинения за задержку.",), min_words=3,
                       max_words=8)
    assert judge_answer(item, "Приносим извинения за задержку ответа.", "ru", no_findings).accepted
    assert "коротко" in judge_answer(item, "Извините.", "ru", no_findings).reason
    assert "длинно" in judge_answer(item, "раз два три четыре пять шесть семь восемь девять", "ru", no_findings).reason
    assert not judge_answer(item, "Приносим извенения за задержку.", "ru", flag("извенения")).accepted
    assert word_count("Заказ № 4821-557 будет в пути 2-3 дня") == 7


def test_empty_answer_is_refused_plainly():
    assert judge_answer(PUNCT, "   ", "ru", no_findings).reason == "Ответ пустой."


def test_diff_marks_missing_and_extra_characters():
    parts = diff("Добрый день Иван!!", "Добрый день, Иван!")
    assert [(p.kind, p.text) for p in parts if p.kind != "equal"] == [("missing", ","), ("extra", "!")]


def test_one_click_fix_replaces_the_span():
    f = Finding(7, 5, "ошибка", Category.SPELLING, "X", ("течение",))
    assert apply_replacement("Ответ в течении дня", Finding(8, 7, "", Category.GRAMMAR, "X"), "течение") == \
        "Ответ в течение дня"
    assert apply_replacement("abcdefghijkl", f, "") == "abcdefg"
