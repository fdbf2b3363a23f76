"""GrammarChecker: choosing the engine, our rules, duplicates, order, limits."""

import pytest

from app.core.grammar.checker import GrammarChecker, merge
from app.core.grammar.embedded import EmbeddedEngine
from app.core.grammar.findings import Category, Finding, TextTooLong


@pytest.fixture(scope="module")
def embedded():
    engine = EmbeddedEngine()
    engine.warm()
    return engine


def finding(offset, length, rule, category=Category.GRAMMAR, source="embedded"):
    return Finding(offset=offset, length=length, message=rule, category=category, rule_id=rule, source=source)


def test_offline_engines_by_language(embedded, monkeypatch):
    monkeypatch.delenv("CHAT_TRAINER_LT_URL", raising=False)
    checker = GrammarChecker(embedded=embedded)
    assert not checker.languagetool_configured
    ru = checker.check("Извените за ожидание.", "ru")
    assert (ru.engine_used, ru.fallback_reason) == ("embedded", "")
    en = checker.check("Sorry for the wait, we will recieve it soon.", "en")
    assert en.engine_used == "spelling-en" and [f.rule_id for f in en.findings] == ["EN_SPELLING"]


def test_status_while_loading_and_after(monkeypatch):
    monkeypatch.delenv("CHAT_TRAINER_LT_URL", raising=False)
    checker = GrammarChecker()
    assert checker.status() == "loading" and checker.engine_name == "loading"
    assert checker.warm() == ""
    assert checker.status() == "embedded"


def test_our_rules_join_in_and_never_hide_an_engine_finding(embedded):
    text = "Добрый день Иван! Извените за ожидание."

    def rules(t, language, typography=None):
        assert (t, language, typography) == (text, "ru", None)
        return [Finding(offset=11, length=0, message="Обращение выделяется запятыми.", category=Category.PUNCTUATION,
                        rule_id="OURS_ADDRESS_COMMA", replacements=(",",), source="ours"),
                Finding(offset=18, length=8, message="Наше объяснение.", category=Category.SPELLING,
                        rule_id="OURS_IZVINITE", source="ours")]

    result = GrammarChecker(engine="embedded", extra_rules=rules, embedded=embedded).check(text, "ru")
    # the speller's finding on the same word stays: another rule's overlap must not hide a misspelling
    assert [(f.offset, f.rule_id) for f in result.findings] == [
        (11, "OURS_ADDRESS_COMMA"), (18, "OURS_IZVINITE"), (18, "MORFOLOGIK_RULE_RU_RU")]


def test_merge_keeps_an_overlapped_engine_finding_unless_it_says_the_same():
    ours = [Finding(offset=0, length=5, message="м", category=Category.SPELLING, rule_id="OURS_PLACE",
                    replacements=("Будеш",), source="ours")]
    other_fix = Finding(offset=0, length=5, message="м", category=Category.SPELLING, rule_id="SPELLER",
                        replacements=("будешь",), source="embedded")
    same_fix = Finding(offset=0, length=5, message="м", category=Category.SPELLING, rule_id="OTHER",
                       replacements=("Будеш",), source="embedded")
    assert [f.rule_id for f in merge(ours, [other_fix, same_fix])] == ["OURS_PLACE", "SPELLER"]


def test_merge_shows_one_correction_once_even_when_the_engine_flags_a_wider_span():
    text = "вернём деньги в течении трёх дней"
    ours = [Finding(offset=14, length=9, message="м", category=Category.GRAMMAR, rule_id="OURS_V_TECHENIE",
                    replacements=("в течение",), source="ours")]
    wider_same = Finding(offset=14, length=19, message="м", category=Category.GRAMMAR, rule_id="V_TECHENIE",
                         replacements=("в течение трёх дней",), source="embedded")
    wider_other = Finding(offset=14, length=19, message="м", category=Category.GRAMMAR, rule_id="OTHER",
                          replacements=("в течение двух дней",), source="embedded")
    assert [f.rule_id for f in merge(ours, [wider_same, wider_other], text)] == ["OURS_V_TECHENIE", "OTHER"]


def test_merge_sorts_and_removes_duplicates():
    ours = [finding(10, 3, "A", source="ours")]
    engine = [finding(20, 2, "B"), finding(10, 3, "A"), finding(10, 3, "C", Category.STYLE), finding(0, 1, "D"),
              finding(20, 2, "B")]
    assert [(f.offset, f.rule_id, f.source) for f in merge(ours, engine)] == \
        [(0, "D", "embedded"), (10, "A", "ours"), (10, "C", "embedded"), (20, "B", "embedded")]


def test_bad_input(embedded):
    checker = GrammarChecker(engine="embedded", embedded=embedded)
    assert checker.check("", "ru").findings == [] and checker.check("\n \t", "en").findings == []
    with pytest.raises(TextTooLong, match="слишком длинный"):
        checker.check("ж" * 1_000_000, "ru")
    with pytest.raises(ValueError):
        checker.check("Hallo", "de")
    with pytest.raises(ValueError, match="Неизвестный движок"):
        GrammarChecker(engine="java")


def test_chat_markup_is_not_read_as_punctuation():
    """A space before an emoticon and a list numbered «1)» are chat markup, not a space before a colon or one clause."""
    checker = GrammarChecker(engine="embedded")
    for text in ("Сейчас всё проверю :)", "Готово ;-)",
                 "Чтобы сменить пароль: 1) откройте приложение; 2) нажмите «Профиль»; 3) введите код."):
        assert [f.rule_id for f in checker.check(text, "ru").findings if f.category == "punctuation"] == [], text
    assert checker.check("Сейчас проверю : заказ готов.", "ru").findings  # a real space before a colon still counts


def test_the_chat_smile_is_no_unpaired_bracket():
    """«)», «))» after a word or a sentence's end, closing the message, a line or a sentence, is the smile of chat
    writing; a «)» in mid-sentence, or one that a «(» before it leaves unclosed, is still a bracket."""
    checker = GrammarChecker(engine="embedded")
    brackets = ("RU_UNPAIRED_BRACKETS", "COMMA_PARENTHESIS_WHITESPACE")
    for text in ("Отлично, до встречи))", "Договорились) Завтра в десять буду у вас.", "Спасибо!)\nЖду звонка.",
                 "Хорошо, поняла )", "Оплатила (картой)))", "Вот это скорость :)))",
                 "ого)) вот это скорость!) спасибо)"):
        assert [f.rule_id for f in checker.check(text, "ru").findings if f.rule_id in brackets] == [], text
    for text in ("Посылку (синюю коробку забрала соседка.", "Отдайте коробку) соседке.",
                 "Заказ оплачен (картой, ждём доставку."):
        assert [f.rule_id for f in checker.check(text, "ru").findings if f.rule_id in brackets], text


def test_a_negated_verb_and_a_phrase_of_concession_are_not_read_as_parenthetical_words():
    """«не кажется» is a verb under «не», and «Несмотря на…» at the start keeps its comma: pylat-ru's rules
    that ask for «не, кажется,» or for that comma to go are not shown."""
    checker = GrammarChecker(engine="embedded")
    for text in ("Вам не кажется, что в комнате душно?", "Несмотря ни на что, они поженились."):
        assert [f.rule_id for f in checker.check(text, "ru").findings
                if f.rule_id in ("KAK_VVODNOE", "NO_VVODNOE")] == [], text


def test_money_moving_onto_an_account_keeps_na_schyot_apart():
    """«на счёт» after a verb of moving money is «onto the account»: the engine's «насчёт» is not shown there,
    and «насчёт» about a matter is still asked for."""
    checker = GrammarChecker(engine="embedded")
    for text in ("Деньги вернутся на счёт карты в течение трёх дней.", "Мы переведём оплату на счёт вашей карты.",
                 "Средства уйдут на счёт фирмы завтра.", "Вся сумма — на счёт получателя."):
        assert [f for f in checker.check(text, "ru").findings if "насчёт" in f.replacements] == [], text
    assert [f for f in checker.check("Как на счёт доставки?", "ru").findings if "насчёт" in f.replacements]


def test_a_price_per_seat_is_not_asked_to_become_colloquial_zamesto():
    checker = GrammarChecker(engine="embedded")
    text = "Билет в бизнес-классе стоит 9 800 ₽ за место."
    assert [f for f in checker.check(text, "ru").findings if "заместо" in f.replacements] == []


def test_a_hyphen_typed_for_a_dash_counts_as_the_dash_unless_the_policy_says_otherwise():
    """A keyboard has no key for «—»: the typography policy accepts «-» in its place by default, and then the
    engine's «write a dash» is not shown; a learner who switched that off is still asked for the dash."""
    from app.core.typography import TypographyPolicy

    checker = GrammarChecker(engine="embedded")
    for text in ("Ваш заказ - это наша забота.", "Если оплата не прошла, - напишите нам."):
        for policy in (None, TypographyPolicy()):
            assert [f for f in checker.check(text, "ru", typography=policy).findings if "—" in "".join(f.replacements)] \
                == [], text
        strict = checker.check(text, "ru", typography=TypographyPolicy(dashes=False)).findings
        assert [f for f in strict if "—" in "".join(f.replacements)], text
