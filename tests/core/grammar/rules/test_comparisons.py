"""Our rule for a comparison with «как», «словно», «будто», «точно» set off after what it compares with."""

import pytest

MESSAGE = "Сравнительный оборот отделяется запятой."


@pytest.mark.parametrize("text, span, fix", [
    ("Чай был горяч как кипяток.", "горяч как", "горяч, как"),
    ("Дети шумели как воробьи на ветке.", "шумели как", "шумели, как"),
    ("Она пела словно птица на рассвете.", "пела словно", "пела, словно"),
    ("Слухи разлетелись по городу как пожар.", "городу как", "городу, как"),
    ("Он был спокоен как скала.", "спокоен как", "спокоен, как"),
    ("Он разговаривал с нами как с детьми.", "нами как", "нами, как"),
    ("Часы тикали как живое сердце.", "тикали как", "тикали, как"),
    ("Этот тариф не такой как прежний.", "такой как", "такой, как"),  # «такой» announces the comparison
    ("Сегодня всё не так как вчера.", "так как", "так, как"),
    # a full adjective as the predicate after «быть», «стать»
    ("Море было синее как сапфир.", "синее как", "синее, как"),
    ("Его голос стал хриплый как у деда.", "хриплый как", "хриплый, как"),
    # a clause with a subject likens it, though an oblique noun stands before «как»
    ("Данные лежат на сервере как обычный файл.", "сервере как", "сервере, как"),
    ("Письмо лежит в папке как обычный спам.", "папке как", "папке, как"),
    ("Письма лежат в папке как обычный спам.", "папке как", "папке, как"),  # the plural verb has its subject
])
def test_comparison_fires(text, span, fix):
    from app.core.grammar.rules import check_rules
    hits = [(text[f.offset:f.offset + f.length], f.replacements, f.message)
            for f in check_rules(text, "ru") if f.rule_id == "OURS_COMPARISON_COMMA"]
    assert hits == [(span, (fix,), MESSAGE)]


@pytest.mark.parametrize("text", [
    "Чай был горяч, как кипяток.",
    "Он выступает как посредник.",  # «в качестве»
    "Файл сохраняется как шаблон.",  # a passive: the role
    "Всё прошло как по маслу.",  # an idiom
    "Курьер летел как стрела.",
    "Тарелки блестели как солнце.",  # a lone noun after the verb tells how
    "Сомнения рассеялись как туман.",  # a reflexive verb: the manner
    "Лицо стало белое как снег.",
    "Мы говорим о нём как о герое.",
    "Он работал не как сотрудник, а как друг.",
    "Ваш интерес к ней как к специалисту понятен.",
    "Он был как ребёнок.",  # the comparison is the predicate
    "Делайте как мама говорила.",  # a clause: the clause rules' business
    "Вставка картинки как ссылки.",
    "Понадобится как минимум неделя.",
    "Эти функции нужны как для чтения, так и для записи.",
    "Заказ задержался так как склад закрыт.",  # «так как» gives a reason
    "Отель удержит ночь при отмене позже чем за 3 дня.",  # a time limit, no comparison
    "Деньги вернут не раньше чем через неделю.",
])
def test_comparison_quiet(rule_hits, text):
    assert rule_hits(text, "OURS_COMPARISON_COMMA") == []


@pytest.mark.parametrize("text", [
    # an impersonal clause has no subject to liken: the noun after «как» is the role of the infinitive's object
    "Билет можно сдать без штрафа как вынужденный возврат.",
    "Покупку можно провести по карте как обычный платёж.",
    # an indefinite-personal clause — a plural verb and no nominative — likens nobody either
    "Услугу подключили с 1 ноября как пробный месяц.",
    "Тариф «Старт» оформили в октябре как подарочный период.",
])
def test_role_after_an_impersonal_clause(rule_hits, text):
    assert rule_hits(text, "OURS_COMPARISON_COMMA") == []
