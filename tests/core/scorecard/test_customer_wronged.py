"""Less than was promised, and a deed done to the customer told with «!», are complaints though no complaint word is
said; a comparison asked about, a choice between figures, thanks or a named doer are not read so."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_wronged import done_to_us, figures_at_odds, less_than_promised
from app.core.scorecard.words import tokenize
from test_customer import read


@pytest.mark.parametrize("message", [
    "Кешбэк пришёл меньше, чем обещали в рекламе. Пересчитайте, пожалуйста.",
    "Скорость ниже, чем заявлено в тарифе, проверьте линию",
    "По тарифу 300 Мбит\nа замер выдаёт 40",
    "Должно было быть 1500 баллов, а начислили 600",
    "Нас с мужем поселили в разные корпуса!",
    "Мне продлили подписку без спроса!",
    "Абонплата 450 в месяц, а в этом месяце сняли 780.",
    "Сдала билет за 5 400, а вернули только 3 100.",
])
def test_less_than_promised_or_a_deed_done_to_the_customer_is_a_complaint(message):
    assert "complaint" in read(message).states, read(message).states


@pytest.mark.parametrize("message", [
    "Тариф «Старт» за 400, а «Плюс» за 300 — какой выбрать?",
    "Ставка по вкладу меньше, чем в прошлом году?",
    "Меня записали на пятницу, спасибо!",
    "Нас пригласили на презентацию нового тарифа. Можно прийти вдвоём?",
    "Ура, нам одобрили рассрочку! Когда первый платёж?",
    "Мне 16, а сестре 12 — можно обеим в одну группу?",
    "Доставка 300, а подъём на этаж 200 — сколько всего?",
    "Заказала в 8 вечера, а в 10 утра уже привезли — спасибо!",
    "Почему страховка стоит 14 тысяч, а в прошлом году было 9?",  # a comparison: so its labels read it
])
def test_a_comparison_a_choice_or_thanks_is_no_complaint(message):
    assert "complaint" not in read(message).states, read(message).states


def test_the_readers_quote_the_words_that_show_it():
    text = "Обещали 100 Мбит\nа тест показывает 12"
    assert figures_at_odds(text, tokenize(text)) == ["а тест показывает 12"]
    text = "Начислили меньше, чем указано в договоре."
    assert less_than_promised(text, tokenize(text)) == ["меньше, чем"]
    text = "Нас рассадили по разным вагонам!"
    assert done_to_us(text, tokenize(text)) == ["рассадили"]
    text = "Проводники нас рассадили по разным вагонам!"  # the doer is named: other readers judge it
    assert done_to_us(text, tokenize(text)) == []
    text = "У меня сняли деньги дважды!"  # «у меня» says whose money, the complaint words tell the rest
    assert done_to_us(text, tokenize(text)) == []


def test_figures_at_odds_quote_their_words():
    text = "Платим за 20 мест, а списали за 26"
    assert figures_at_odds(text, tokenize(text)) == ["а списали за 26"]
    text = "Тариф 1 200\nа списали 1 450"  # the figure on the line before, in groups of digits
    assert figures_at_odds(text, tokenize(text)) == ["а списали 1 450"]
    text = "Списали 300, а вернули 300 — всё верно?"  # one figure twice is no mismatch
    assert figures_at_odds(text, tokenize(text)) == []


@pytest.mark.parametrize("message", [
    "В накладной 12 коробок, а по факту на складе 9.",
    "В договоре указано 40 часов, а в табеле 36 часов.",
    "По квитанции долг 2 300, а в личном кабинете 1 800",
])
def test_two_sources_that_disagree_on_a_figure_are_a_complaint(message):
    assert "complaint" in read(message).states, read(message).states


@pytest.mark.parametrize("message", [
    "В этом году в группе 8 человек, а в прошлом году 12.",  # an earlier time, not another source
    "Мне 16 лет, а с какого возраста можно оформить карту?",  # a question
    "Посылка весит 25 кг, а можно 23?",  # what is allowed, asked
    "Занятие в 10 утра, а в 9 можно?",  # the figure's own preposition
])
def test_a_figure_set_against_a_time_or_asked_about_is_no_mismatch(message):
    assert "complaint" not in read(message).states, read(message).states


def test_the_other_source_is_quoted_with_its_figure():
    text = "В выписке 7 500, а в приложении 5 700."
    assert figures_at_odds(text, tokenize(text)) == ["а в приложении 5 700"]
