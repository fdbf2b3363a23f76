"""pack.toml's glossary: product names the checker accepts while the pack is practised."""

import pytest

from app.packs.limits import MAX_GLOSSARY_WORDS
from app.packs.loader import load_pack

from .helpers import edit, errors

LICENCE = 'licence = "GPL-3.0-or-later"'


def test_the_glossary_reaches_the_pack_normalised_without_repeats(mini):
    edit(mini, "pack.toml", LICENCE, LICENCE + '\nglossary = ["Мегасвязь", " ТурбоТариф ", "мегасвязь", "Ёжик"]')
    assert load_pack(mini).manifest.glossary == ("мегасвязь", "турботариф", "ёжик")


def test_a_pack_without_a_glossary_has_an_empty_one(mini):
    assert load_pack(mini).manifest.glossary == ()


@pytest.mark.parametrize("value, says", [
    ('"Мегасвязь"', "glossary: ожидается список строк"),
    ('["Мой Тариф"]', "glossary[1]: «Мой Тариф» — не одно слово"),
    ('["ок", ""]', "glossary[2]: Пустое слово нельзя добавить в глоссарий"),
    ('["' + "я" * 65 + '"]', "glossary[1]: слишком длинно: 65 знаков"),
    ('["ок", 5]', "glossary: ожидается список строк"),
    ('["2024"]', "glossary[1]: «2024» — не слово"),
])
def test_a_bad_glossary_is_refused_naming_the_word(mini, value, says):
    edit(mini, "pack.toml", LICENCE, LICENCE + f"\nglossary = {value}")
    problems = errors(mini)
    assert len(problems) == 1 and problems[0].startswith("pack.toml:") and says in problems[0], problems


def test_too_many_glossary_words_are_refused(mini):
    words = ", ".join(f'"слово{i}"' for i in range(MAX_GLOSSARY_WORDS + 1))
    edit(mini, "pack.toml", LICENCE, LICENCE + f"\nglossary = [{words}]")
    [problem] = errors(mini)
    assert "glossary: слишком много" in problem
