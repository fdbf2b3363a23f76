"""What every one of our rules stands on: words with their places, sentence starts, the dictionary."""

from app.core.grammar.findings import Category
from app.core.grammar.rules._base import RuleInfo, Text, finding, has_tag, known, match_case

RULE = RuleInfo("OURS_X", "Правило", "Сообщение", "Объяснение.", Category.PUNCTUATION)


def test_words_keep_their_offsets_and_hyphenated_words_stay_whole():
    t = Text("Добрый день! Как-то так: ёлка 5G.")
    assert [w.text for w in t.words] == ["Добрый", "день", "Как-то", "так", "ёлка", "5G"]
    assert (t.words[2].start, t.words[2].end) == (13, 19)
    assert t.words[4].low == "елка"
    assert t.word(6) is None and t.word(-1) is None


def test_sentence_starts_and_plain_gaps():
    t = Text("Добрый день! Как дела; хорошо,  спасибо")
    starts = [t.starts_sentence(i) for i in range(len(t.words))]
    assert starts == [True, False, True, False, True, False]
    assert t.plain_gap(1) and not t.plain_gap(2) and not t.plain_gap(5)  # «хорошо,  спасибо»: a comma between
    assert t.gap_before(5) == ",  "


def test_the_dictionary_and_its_tags():
    assert known("Перезвоним") and not known("перезвонимм")
    assert has_tag("заявка", "NOUN", "femn") and not has_tag("заявка", "VERB")


def test_a_fix_takes_the_capital_of_the_word_it_replaces_and_a_finding_is_ours():
    assert match_case("Чтобы", "что бы") == "Что бы" and match_case("чтобы", "что бы") == "что бы"
    f = finding(RULE, 4, 9, "день,")
    assert (f.offset, f.length, f.replacements, f.source) == (4, 5, ("день,",), "ours")
    assert (f.message, f.explanation, f.category, f.rule_id) == ("Сообщение", "Объяснение.", Category.PUNCTUATION,
                                                                  "OURS_X")
    assert finding(RULE, 0, 1, message="Другое").message == "Другое"


def test_gaps_listed_once_answer_as_the_text_between_the_words():
    source = "«Да», — сказал он.\nПотом: ну что ж,  ладно…  Всё?"
    t = Text(source)
    for i, w in enumerate(t.words):
        before = t.words[i - 1].end if i else 0
        assert t.gap_before(i) == source[before:w.start]
        assert t.starts_sentence(i) == (i == 0 or any(c in source[before:w.start] for c in ".!?…;:\n"))
        assert t.plain_gap(i) == (i > 0 and not source[before:w.start].strip())
    assert t.gap_before(-1) == source[:t.words[-1].start]  # a negative index answers as it always did
    assert not t.plain_gap(-1) and not t.plain_gap(0)
