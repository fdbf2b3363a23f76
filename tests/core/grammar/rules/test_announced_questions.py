"""A demonstrative that stands for an indirect question: «зависит от того, какой…», «о том, есть ли…»."""

import pytest

from app.core.grammar.rules import check_rules


def commas(text):
    return [(f.rule_id, f.replacements[0]) for f in check_rules(text, "ru") if f.category == "punctuation"]


@pytest.mark.parametrize("text, fix", [
    ("Срок доставки зависит от того какой тариф вы выберете.", "того, какой"),
    ("Мы долго спорили о том почему посылка вернулась на склад.", "том, почему"),
    ("Вот краткий список того на что стоит обратить внимание.", "того, на"),
    ("Оператор спросил о том есть ли у клиента чек.", "том, есть"),
    ("Всё упирается в то сколько у нас свободных курьеров.", "то, сколько"),
    ("Никто не задумывался над тем где хранить старые заказы.", "тем, где"),
    ("Объяснение того для какого региона нужен этот код заняло целый абзац.", "того, для"),
    ("Уточните то почему вы хотите вернуть товар.", "то, почему"),   # after a verb
    ("Мы покажем вам то над чем ещё стоит поработать.", "то, над"),           # after a dative pronoun
    ("То к чему вы привыкли скоро вернётся.", "То, к"),                       # opening the sentence
])
def test_the_comma_before_the_question_is_asked_for(text, fix):
    assert ("OURS_CORRELATIVE_COMMA", fix) in commas(text)


@pytest.mark.parametrize("text", [
    "Кроме того где-то у вас должен остаться чек.",          # «кроме того» is an aside, not a demonstrative
    "После того как вы оплатите заказ мы его соберём.",     # a compound conjunction
    "Ни с того ни с сего приложение закрылось.",             # a set phrase
    "Мы приедем к тому времени когда вы вернётесь.",         # «тому» goes with its noun
    "Это было в том числе и для вас.",
    "Дело не в том ли что вы забыли пароль?",
    "Цена зависит от того, какой тариф вы выберете.",       # the comma is there already
    "Если заказ не пришёл то куда он делся?",               # «то» answers the condition
    "То ли курьер опоздал то ли адрес неверный.",
])
def test_no_comma_is_asked_where_none_belongs(text):
    assert not any(f.startswith(("того,", "том,", "тому,", "тем,", "то,")) for _, f in commas(text))


def test_the_finding_says_why():
    found = [f for f in check_rules("Всё зависит от того сколько вы готовы ждать.", "ru")
             if f.replacements and f.replacements[0] == "того, сколько"]
    assert found and "косвенном вопросе" in found[0].message
