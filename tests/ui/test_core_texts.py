"""The core's texts in the interface language: a phrase, a stored plain text, a pack problem, an error."""

import re

import pytest
from PySide6.QtCore import QLocale

from app.core.phrase import phrase
from app.packs.problems import PackError, Problem
from app.ui.core_texts import say, say_error, say_finding, say_problem


@pytest.fixture
def english():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English))
    yield
    QLocale.setDefault(before)


def test_russian_interface_shows_the_russian_text_as_it_is():
    reason = phrase("Балл {total} ниже порога {threshold:g}.", total=41, threshold=70.0)
    assert say(reason) == "Балл 41 ниже порога 70."


def test_english_interface_renders_a_phrase_from_the_catalogue(english):
    reason = phrase("Балл {total} ниже порога {threshold:g}.", total=41, threshold=70.0)
    assert say(reason) == "Score 41 is below the pass mark 70."
    assert say(phrase("разговорные слова: {quoted}", quoted="«короче»")) == "colloquial words: «короче»"


def test_a_text_read_back_from_storage_is_matched_to_its_template(english):
    # a scorecard stored as JSON keeps only the Russian wording
    assert say("Ответ за 95 с, а лимит — 60 с.") == "Replied in 95 s, but the limit is 60 s."
    assert say("Ответ пустой.") == "The reply is empty."
    assert say("Клиент написал что-то своё") == "Клиент написал что-то своё"  # not ours: left as it is


def test_pack_problems_and_errors_keep_the_place_and_translate_the_reason(english):
    problem = Problem("pack.toml", 3, "version", phrase("«{version}» — не версия вида 1.2.3 (semver)", version="x"))
    assert say_problem(problem) == "pack.toml:3: version: “x” is not a version like 1.2.3 (semver)"
    assert say_error(PackError([problem])) == say_problem(problem)
    assert say_error(ValueError(phrase("Текст пуст: в нём нет ни одного знака для печати."))) == (
        "The text is empty: it has no characters to type.")


QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”")  # Russian examples in an explanation stay Russian
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def test_every_rule_of_ours_is_explained_in_english(english):
    from app.core.grammar.rules import RULES

    for rule in RULES.values():
        for text in (rule.title, rule.message, rule.explanation):
            shown = say(text)
            assert not CYRILLIC.search(QUOTED.sub("", shown)), f"{rule.rule_id}: {shown!r}"


def test_a_finding_says_what_is_wrong_in_english_and_the_engine_note_is_labelled(english):
    from app.core.grammar.findings import engine_message
    from app.core.grammar.rules import check_rules

    found = check_rules("Добрый день иван! Заказ вернётся обратно в течении дня.", "ru")
    assert {"OURS_ADDRESS_COMMA", "OURS_PLEONASM", "OURS_V_TECHENIE"} <= {f.rule_id for f in found}
    for f in found:
        for shown in (say_finding(f.message, f.rule_id), say_finding(str(f.message), f.rule_id), say(f.explanation)):
            assert not CYRILLIC.search(QUOTED.sub("", shown)), f"{f.rule_id}: {shown!r}"
    address = next(f for f in found if f.rule_id == "OURS_ADDRESS_COMMA")
    assert say(address.message) == "A name you address is set off with commas and starts with a capital letter."
    note = engine_message("Имя пишется с большой буквы: «Иван»")  # LanguageTool's own Russian rules
    assert say_finding(note, "Cap_Letters_Name") == "LanguageTool's note, in Russian: “Имя пишется с большой буквы: «Иван»”"
    assert say_finding(str(note), "Cap_Letters_Name") == say_finding(note)  # as stored and read back


def test_russian_interface_shows_findings_as_the_rules_word_them():
    from app.core.grammar.findings import engine_message

    assert say_finding(engine_message("Имя пишется с большой буквы: «Иван»"), "X") == "Имя пишется с большой буквы: «Иван»"


def test_unmet_certificate_requirements_are_listed_in_the_interface_language(english):
    from app.core.cert_evidence import Eligibility, describe_unmet
    from app.core.certificate import LABELS, _fig

    figures = [_fig(key, None if i % 2 else 12.5, 80) for i, key in enumerate(LABELS)]
    lines = describe_unmet(Eligibility(("typing",), figures, ["вставка текста"], {}))
    assert len(lines) == len(LABELS) + 1
    for line in lines[:-1]:
        assert not CYRILLIC.search(say(line)), say(line)
    assert say(lines[0]) == "Speed: 12.5 chars/min, 80 chars/min needed"
    assert say(lines[1]) == "Accuracy: no attempt counted yet, 80 % needed"
    assert str(lines[0]) == "Скорость: 12,5 зн/мин, нужно 80 зн/мин"


def test_refusing_an_ineligible_certificate_names_the_unmet_requirements(english):
    from app.core.cert_evidence import Eligibility, build_evidence
    from app.core.certificate import _fig

    elig = Eligibility(("typing",), [_fig("typing_cpm", 100, 200), _fig("typing_accuracy", 90, 95)], [], {})
    with pytest.raises(ValueError) as caught:
        build_evidence(elig, name="Анна", profile="Анна", pack=None, th=None)
    assert say_error(caught.value) == "requirements not met: Speed; Accuracy"
