"""The customer's fault denied, not laid on them: «а не поломка по вашей вине», and «вы не <verb>» that says back the
customer's own «я не <verb>» (issue 15)."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.customer import read_customer
from app.core.scorecard.lexicon import load_lexicon

LAMP = ["Настольная лампа начала мигать через неделю. Мне за неё платить ремонт? Я очень волнуюсь."]
FEE = ["Опять списали плату за смс-информирование. Я эту услугу не подключал, верните деньги."]


def test_a_noun_denied_before_the_fault_clears_the_customer():
    c = card("Здравствуйте! Понимаю ваше волнение, но платить не нужно: мигание — заводской дефект, а не поломка по "
             "вашей вине. Курьер заберёт лампу в четверг с 10:00 до 14:00, замену привезёт он же через 5 дней. "
             "Если будут вопросы, пишите.", customer=LAMP)
    assert c["tone"].passed is True
    assert c["empathy"].passed is True


def test_the_fault_laid_in_another_clause_still_blames():
    c = card("Здравствуйте! Понимаю ваше волнение, но мигание появилось не из-за брака, а по вашей вине. Курьер "
             "заберёт лампу в четверг с 10:00 до 14:00. Если будут вопросы, пишите.", customer=LAMP)
    assert c["tone"].passed is False


def test_the_customers_own_denial_said_back_is_no_reproach():
    c = card("Здравствуйте! Простите, что пришлось писать снова. Эту услугу вы не подключали, её включили при "
             "замене карты. Я её отключила, а 180 ₽ вернула на счёт — они уже там. Если будут вопросы, пишите.",
             customer=FEE)
    assert c["tone"].passed is True
    assert c["empathy"].passed is True


def test_a_failure_the_customer_did_not_deny_still_blames():
    c = card("Здравствуйте! Простите за неудобство. Вы не отключили услугу в приложении вовремя. "
             "Я её отключила, а 180 ₽ вернула на счёт. Если будут вопросы, пишите.", customer=FEE)
    assert c["tone"].passed is False


def test_a_thing_coming_apart_is_a_complaint():
    lex = load_lexicon()
    assert "complaint" in read_customer(["У куртки через месяц оторвался карман. Как вернуть?"], lex, 5000).states
    assert "complaint" in read_customer(["Стиральная машина начала подтекать, под ней вода."], lex, 5000).states
    assert "complaint" in read_customer(["Пожаловалась продавцу, а он только развёл руками."], lex, 5000).states
    assert "complaint" not in read_customer(["Если подошва отклеится, это гарантия?"], lex, 5000).states


def test_a_fear_acknowledged_is_sympathy():
    c = card("Здравствуйте! Ваш страх понятен. Платить за ремонт не нужно, лампа на гарантии: курьер заберёт её "
             "в четверг с 10:00 до 14:00. Если будут вопросы, пишите.", customer=LAMP)
    assert c["empathy"].passed is True
