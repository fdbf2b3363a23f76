"""Known words (a personal dictionary, a pack's glossary): not flagged, through the service and the
engine process, without leaking into later checks through the sentence cache."""

import pytest

from app.core.grammar import service
from app.core.grammar.engine_client import EngineProcess
from app.core.grammar.known_words import read_word_list

TEXT = "Откройте личкаб и праверьте заказ."


def _spelling(text, findings):
    return [text[f.offset:f.offset + f.length] for f in findings if f.category.value == "spelling"]


def test_a_known_word_is_not_flagged_while_the_misspelling_next_to_it_still_is():
    assert _spelling(TEXT, service.check(TEXT, "ru").findings) == ["личкаб", "праверьте"]
    assert _spelling(TEXT, service.check(TEXT, "ru", known_words=("Личкаб",)).findings) == ["праверьте"]
    # The same sentence again without the word: the cache must not have kept the filtered answer.
    assert _spelling(TEXT, service.check(TEXT, "ru").findings) == ["личкаб", "праверьте"]


def test_the_engine_process_takes_known_words_for_checks_and_grades():
    engine = EngineProcess()
    try:
        settings = service.OFFLINE.to_dict()
        plain = engine.call("check", {"settings": settings, "text": TEXT, "language": "ru"})
        known = engine.call("check", {"settings": settings, "text": TEXT, "language": "ru", "known_words": ("личкаб",)})
        assert _spelling(TEXT, plain.findings) == ["личкаб", "праверьте"]
        assert _spelling(TEXT, known.findings) == ["праверьте"]
        reply = {"reply": "Здравствуйте, Марина! Откройте личкаб, заказ будет там завтра.",
                 "customer_messages": ["Где мой заказ?"], "customer_name": "Марина"}
        spelling = lambda card: card.elements["language"].passed  # noqa: E731
        assert spelling(engine.call("grade", {"settings": settings, **reply})) is False
        assert spelling(engine.call("grade", {"settings": settings, "known_words": ("личкаб",), **reply})) is True
    finally:
        engine.close()


def test_a_word_list_skips_comments_and_names_a_bad_line():
    assert read_word_list("# отдел продаж\nЛичкаб\n\n  Мегасвязь  \nличкаб\n", "words.txt") == ("личкаб", "мегасвязь")
    with pytest.raises(ValueError, match="words.txt, строка 2: «Мой Тариф» — не одно слово"):
        read_word_list("Личкаб\nМой Тариф\n", "words.txt")
