"""The scorecard's word lists, read from app/assets/scorecard/lexicon.toml: every list there is used, and
the lists recognise what the rubric says they do, in any grammatical form."""

import dataclasses
import json
import tomllib

import pytest

from app.core.scorecard.lexicon import LEXICON_PATH, load_lexicon
from app.core.scorecard.words import find_phrases, tokenize

LISTS = [(section, key) for section, table in tomllib.loads(LEXICON_PATH.read_text(encoding="utf-8")).items()
         for key in table]


def found(text: str, phrases) -> list[str]:
    return [text[off:off + ln] for _, (off, ln) in find_phrases(tokenize(text), phrases)]


def test_the_file_is_read_once_and_every_field_is_filled():
    lex = load_lexicon()
    assert load_lexicon() is lex
    empty = [f.name for f in dataclasses.fields(lex) if not getattr(lex, f.name)]
    assert empty == []


@pytest.mark.parametrize("section, key", LISTS, ids=[f"{s}.{k}" for s, k in LISTS])
def test_no_list_in_the_file_is_left_unread(tmp_path, section, key):
    """A list the code does not read would be edited in vain: taking it out must change the lexicon."""
    data = tomllib.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    del data[section][key]
    lines = []
    for name, table in data.items():
        lines.append(f"[{name}]")
        lines += [f"{k} = {json.dumps(values, ensure_ascii=False)}" for k, values in table.items()]  # JSON strings are TOML
    path = tmp_path / "lexicon.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert load_lexicon(path) != load_lexicon()


def test_apologies_and_greetings_are_found_in_any_form():
    lex = load_lexicon()
    assert found("Приносим извинения за задержку.", lex.empathy) and found("Извините, пожалуйста.", lex.empathy)
    assert found("Добрый день, Марина!", lex.greeting) and found("Здравствуйте!", lex.greeting)
    assert not found("Курьер привезёт заказ завтра.", lex.empathy + lex.greeting)


def test_abbreviations_are_upper_case_and_word_sets_lower_case():
    lex = load_lexicon()
    assert "СМС" in lex.abbreviations and all(a == a.upper() for a in lex.abbreviations)
    for words in (lex.units, lex.not_steps, lex.negation_words, lex.months, lex.trade_words):
        assert all(w == w.lower() for w in words)
