"""The parse helpers the tree rules share: a phrase's stretch, a genitive relative word, the marks
between words, which verb a word hangs on."""

from app.core.grammar.language import analyse
from app.core.grammar.rules._base import Text
from app.core.grammar.rules.syntax_commas import CLAUSE
from app.core.grammar.rules.tree_words import (contiguous, is_punct, missing_comma, nearest_verb, possessive_relative,
                                               word_before)


def _sentence(text):
    return analyse(text).sentences[0]


def test_a_genitive_relative_word_that_cannot_refer_to_the_noun_before_it_is_possessive():
    assert possessive_relative("мать", "которого")       # «человек, мать которого»
    assert possessive_relative("окнах", "которого")      # «дом, в окнах которого»
    assert not possessive_relative("сыном", "которого")  # may refer to «сыном»: not sure
    assert not possessive_relative("мать", "который")    # not a genitive relative word


def test_marks_and_the_word_before_a_closing_quote():
    sent = _sentence("Он купил «Реал» вчера.")
    toks = sent.tokens
    closing = next(t for t in toks if t.text == "»")
    assert is_punct(closing) and not is_punct(toks[0])
    after = toks[closing.index + 1]
    assert word_before(toks, after.index).text == "Реал"  # the closing quote is stepped over


def test_a_comma_is_asked_for_only_where_no_mark_stands_but_a_closing_one():
    def between(text, left, right):
        t = Text(text)
        toks = {tok.text: tok for tok in t.analysis.sentences[0].tokens}
        return missing_comma(t, CLAUSE, toks[left], toks[right])

    hit = between("Мы звонили в «Ладу» они молчали.", "Ладу", "они")
    assert hit.rule_id == CLAUSE.rule_id and hit.replacements == ("Ладу», они",)
    assert "Мы звонили в «Ладу» они молчали."[hit.offset:hit.offset + hit.length] == "Ладу» они"
    assert between("Мы звонили в «Ладу», они молчали.", "Ладу", "они") is None
    assert between("Мы звонили в «Ладу» — они молчали.", "Ладу", "они") is None


def test_a_phrase_is_one_unbroken_stretch():
    sent = _sentence("Мы получили письмо отправленное вчера вечером.")
    participle = next(t for t in sent.tokens if t.text == "отправленное")
    first, last = contiguous(sent, participle.index)
    assert first.index <= participle.index <= last.index
    assert all(not is_punct(t) for t in sent.tokens[first.index:last.index + 1])


def test_which_verb_a_word_hangs_on():
    sent = _sentence("Когда мы приехали в город уже стемнело.")
    toks = {t.text: t for t in sent.tokens}
    v1, v2 = toks["приехали"], toks["стемнело"]
    assert nearest_verb(sent, toks["город"], v1, v2) is v1


def test_a_second_locative_agrees_with_the_participles_locative():
    from app.core.grammar.rules.tree_words import agree
    assert agree("лесу", "растущем")      # «в лесу, растущем…»: loc2 of the noun, loct of the participle
    assert not agree("лесу", "растущая")
