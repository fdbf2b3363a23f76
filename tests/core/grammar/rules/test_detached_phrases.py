"""A verbal adverb right after a conjunction or a relative word opens a phrase set off by commas; a phrase
that opens the sentence ends before the main clause."""

import pytest

from app.core.grammar.rules import check_rules


def commas(text):
    return [f.replacements[0] for f in check_rules(text, "ru") if f.rule_id == "OURS_PHRASE_COMMA"]


@pytest.mark.parametrize("text, fix", [
    ("Клиент сказал что уезжая оставил ключи соседу.", "что, уезжая"),
    ("Курьер который не дождавшись ответа уехал вернётся завтра.", "который, не"),
    # a phrase that opens the sentence ends before the main clause's subject or predicative word
    ("Заполнив анкету вы получите скидку.", "анкету, вы"),
    ("Получив посылку клиентка сразу позвонила.", "посылку, клиентка"),
    ("Оформляя возврат нужно приложить чек.", "возврат, нужно"),
])
def test_the_phrase_is_set_off(text, fix):
    assert fix in commas(text)


@pytest.mark.parametrize("text", [
    "Мы знаем что судя по адресу посылка уже в городе.",  # «судя по» works as a preposition
    "Оператор который молча выслушал клиента помог ему.",  # «молча» is an adverb now
    "Клиент сказал, что, уезжая, оставил ключи.",
    "Уступая место пассажиру разве ты не встанешь?",     # «разве» may open the main clause
])
def test_nothing_is_set_off_without_a_phrase(text):
    assert commas(text) == []


@pytest.mark.parametrize("text, fix", [
    # no subject to find: an imperative, a verb in the first or second person, a predicative word
    ("Закончив работу выключите компьютер.", "работу, выключите"),
    ("Не дождавшись ответа от банка не отправляйте письмо повторно.", "банка, не"),
    ("Сравнивая эти цифры делаем простой вывод.", "цифры, делаем"),
    ("Нажимая на кнопку можно выбрать цвет.", "кнопку, можно"),
    ("Щёлкая по значку можно открыть меню.", "значку, можно"),
    # an adverb of time or place before the subject pronoun closes the phrase
    ("Проверив заказ вчера я отправил его курьеру.", "вчера, я"),
    ("Ожидая здесь мы только теряем время.", "здесь, мы"),
    # the subject's adjective opens the main clause with it; an imperative has no noun for its subject
    ("Получив посылку довольная клиентка сразу позвонила.", "посылку, довольная"),
    ("Удерживая кнопку мыши переместите курсор.", "мыши, переместите"),
    # the gerund's own infinitive, and «только» before the main verb
    ("Стремясь понять клиента оказываешься в его положении.", "клиента, оказываешься"),
    # the subject pronoun, an adverb between it and its verb
    ("Прочитав книгу ты лучше поймёшь автора.", "книгу, ты"),
])
def test_the_opening_phrase_ends_before_the_main_clause(text, fix):
    assert commas(text) == [fix]


@pytest.mark.parametrize("text", [
    "Не уколовшись шипами розы не сорвёшь.",          # «розы» may be the main verb's object
    "Поднимаясь слишком высоко только ускоряешь падение.",  # the adverb may be either clause's
    "Стараясь понять клиента легко найдёшь решение.",
])
def test_no_closing_comma_when_the_end_is_not_sure(text):
    assert commas(text) == []
