"""A demonstrative and the clause it announces, a comparison announced earlier in the clause."""

import pytest

from app.core.grammar.rules import RULES, check_rules


def commas(text):
    return [(f.rule_id, f.replacements[0]) for f in check_rules(text, "ru") if f.category == "punctuation"]


@pytest.mark.parametrize("text, fix", [
    ("Напишите тем кто ещё не получил заказ.", "тем, кто"),
    ("Это всё что мы знаем о доставке.", "всё, что"),
    ("Спасибо каждому кто ответил на опрос.", "каждому, кто"),
    ("Мы помогли не только тем кто звонил.", "тем, кто"),
    ("Курьер приедет тогда когда вам будет удобно.", "тогда, когда"),
    ("Мы оставим посылку там где вы скажете.", "там, где"),
    ("Дело не в том что курьер опоздал.", "том, что"),
    ("Мы расскажем о том как оформить возврат.", "том, как"),
    ("Пишите так чтобы клиент понял с первого раза.", "так, чтобы"),
    ("Время ушло на то чтобы найти посылку.", "то, чтобы"),
    ("Заказов было так много что склад не справлялся.", "много, что"),
    ("У нас та же проблема что и вчера.", "проблема, что"),
    ("Это та же ошибка что у соседнего склада.", "ошибка, что"),
    ("Лучшее что мы можем сделать это подождать.", "Лучшее, что"),
    ("Это не то что вы заказывали.", "то, что"),           # «не то» here is «not the thing»
    ("Клиенту нужен тот что подешевле.", "тот, что"),
    ("Выбирайте всё что хотите из каталога.", "всё, что"),       # with «всё» the clause is a real one
    ("Мы долго думали над тем как упростить форму.", "тем, как"),
    ("Она следила за тем как курьер разгружает машину.", "тем, как"),
    ("Клиент доволен тем как быстро пришёл ответ.", "тем, как"),
    ("Мы проверим то как работает роутер.", "то, как"),
    # the measure a few words before its clause: «столько…, сколько», «настолько…, насколько»
    ("Мы пришлём столько образцов сколько вы попросите.", "образцов, сколько"),
    ("Оператор ждал столько же сколько и клиент.", "же, сколько"),
    ("Мы ответим настолько подробно насколько это возможно.", "подробно, насколько"),
])
def test_the_announced_clause_is_parted(text, fix):
    assert ("OURS_CORRELATIVE_COMMA", fix) in commas(text)


@pytest.mark.parametrize("text, fix", [
    ("Доставка по почте обошлась дороже чем курьером.", "дороже, чем"),
    ("Этот тариф выгоднее для семьи чем старый.", "семьи, чем"),
    ("Клиенту скорее нужен быстрый ответ чем скидка.", "ответ, чем"),
    ("Нет лучшего способа успокоить клиента чем честный ответ.", "клиента, чем"),
    ("Чем раньше вы напишете тем быстрее мы ответим.", "напишете, тем"),
    ("Ничто так не радует клиента как быстрый ответ.", "клиента, как"),
    ("Это не что иное как ошибка склада.", "иное, как"),
    ("Делайте так как написано в инструкции.", "так, как"),
    ("Нет иного способа проверить заказ чем позвонить на склад.", "заказ, чем"),
    ("Новый тариф совсем другой чем прежний.", "другой, чем"),
])
def test_the_comparison_is_parted(text, fix):
    assert ("OURS_COMPARISON_COMMA", fix) in commas(text)


@pytest.mark.parametrize("text, rule, fix", [
    ("Как в Москве так и в регионах доставка бесплатная.", "OURS_LIST_COMMA", "Москве, так"),
    ("Важна не столько скорость сколько вежливость.", "OURS_LIST_COMMA", "скорость, сколько"),
    ("Либо вы оформите возврат либо мы обменяем товар.", "OURS_LIST_COMMA", "возврат, либо"),
    ("Если заказ не пришёл то напишите нам.", "OURS_CLAUSE_END_COMMA", "пришёл, то"),
    ("Если курьер не позвонил значит заказ ещё на складе.", "OURS_CLAUSE_END_COMMA", "позвонил, значит"),
    ("Как лишний груз мешает лодке так лишние слова мешают письму.", "OURS_LIST_COMMA", "лодке, так"),
    ("Где тонко там и рвётся.", "OURS_CLAUSE_END_COMMA", "тонко, там"),
    ("Когда склад откроется тогда и заберём заказ.", "OURS_CLAUSE_END_COMMA", "откроется, тогда"),
    ("Кому больше дано с того больше и спросят.", "OURS_CLAUSE_END_COMMA", "дано, с"),
])
def test_the_second_half_of_a_pair_is_parted(text, rule, fix):
    assert (rule, fix) in commas(text)


@pytest.mark.parametrize("text", [
    "Мы готовы сделать что угодно для клиента.",       # a set phrase
    "Это более чем достаточно.",                        # «более чем» is not compared
    "Это стоит не больше чем обед в кафе.",             # «не больше чем» means «only»
    "Для того чтобы оформить возврат заполните форму.", # a compound conjunction opening the sentence
    "Перед тем как уйти выключите свет.",               # «перед тем как» is one conjunction
    "Он работал между тем как другие отдыхали.",
    "Мы работаем так как нам удобно.",                  # after a finite verb «так как» may be «because»
    "Таким образом мы закрыли заявку.",                 # «таким образом» announces nothing
    "Если то письмо придёт, перешлите его нам.",        # «то» is a pronoun before its noun
    "Когда все ошибаются это значит что правила неясны.",
    "Напишите тем, кто ещё не получил заказ.",          # the comma is there already
    "Так что мы ждём ваш ответ.",
    "Он не то что бегать ходить не может.",              # «не то что» means «let alone»
    "С другой стороны чем раньше вы напишете тем лучше.",  # «чем раньше» opens a comparison of its own
    "Я сделаю это а то что будет потом неважно.",          # «а то» without a «не то» before it
])
def test_no_comma_where_nothing_is_announced(text):
    assert not [c for c in commas(text) if c[0] in ("OURS_CORRELATIVE_COMMA", "OURS_COMPARISON_COMMA")]


def test_the_rule_explains_itself():
    rule = RULES["OURS_CORRELATIVE_COMMA"]
    assert "указательн" in rule.explanation.lower() and rule.message.endswith("запятая.")


@pytest.mark.parametrize("text", [
    "Как он так быстро добрался до склада?",   # «так» qualifies «быстро» in a question
    "Как вы так долго ждали ответа?",
])
def test_no_comma_before_так_that_pairs_with_nothing(text):
    assert not [c for c in commas(text) if c[1].endswith(", так")]


@pytest.mark.parametrize("text", [
    "Где вы были тогда?",                          # a question: «где» asks
    "Чем бы то ни было, мы займёмся завтра.",       # a set phrase
    "Когда тогда приедет курьер?",
])
def test_no_comma_before_a_demonstrative_that_answers_no_clause(text):
    assert not [c for c in commas(text) if c[0] == "OURS_CLAUSE_END_COMMA" and c[1].endswith((", тогда", ", то"))]
