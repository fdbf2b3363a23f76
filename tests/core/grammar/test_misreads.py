"""misread(): which of pylat-ru's findings read correct Russian as a mistake, and which are kept."""

import pytest

from app.core.grammar.findings import Category, Finding
from app.core.grammar.misreads import misread


def engine_finding(text: str, span: str, rule: str, category=Category.PUNCTUATION, source="embedded") -> Finding:
    offset = text.index(span)
    return Finding(offset=offset, length=len(span), message=rule, category=category, rule_id=rule, source=source)


@pytest.mark.parametrize("text, span, rule", [
    ("Порой кажется, что ответа не будет.", "Порой кажется,", "KAK_VVODNOE"),
    ("Ваше решение кажется странным.", "кажется", "KAK_VVODNOE"),
    ("С тех пор, как вы написали, прошло два дня.", "С тех пор, как", "COMPLEX_SOUZ_PUNCT"),
    ("Для того, чтобы войти, введите пароль.", "Для того, чтобы", "dlya_togo_chtoby_2"),
    ("Ответ был короток, как телеграмма.", ", как телеграмма.", "Comma_before_kak"),
    ("Ничто так не радует клиента, как скидка.", ", как скидка.", "Comma_before_kak"),
    ("Нам всё равно, где вы купили телефон.", "всё равно, где", "NEIZVESTNO_KTO"),
    ("Нажмите кнопку Оплатить.", "Оплатить", "DotOrCase"),
    ("Откройте Настройки → Уведомления → Отключить звук.", "Отключить", "DotOrCase"),  # a step of a menu path
    ("Меню -> Счета -> Закрыть счёт.", "Закрыть", "DotOrCase"),
    ("Введите формулу с функцией ДВССЫЛ.", "ДВССЫЛ", "AllCaps"),
    ("ВНИМАНИЕ: ЭТА КОМАНДА СОТРЁТ ВСЕ ФАЙЛЫ!", "ФАЙЛЫ", "AllCaps"),  # a line set in capitals
    ("ПАМЯТКА В пятницу склад закрыт.", "ПАМЯТКА", "AllCaps"),  # a heading before a word of one letter
    ("ПРАВИЛО СКЛАДА 3 дня даётся на возврат.", "СКЛАДА", "AllCaps"),  # a heading before a number
    ("Чтобы выйти из просмотра, нажмите q.", "q", "Latin_single_letter"),  # the key's letter
    ("Шумит листва, плывут туманы,\nСтоят в росе луга.", ",\nСтоят", "Lower_Letters_after_comma"),  # verse
    ("Взяли с собой:\nпалатку и котелок\nСпальники на всех.", "Спальники", "DotOrCase"),  # a list, one a line
    ("Мы не закроем обращение, пока вы не подтвердите возврат.", "не закроем обращение, пока вы не", "DoubleNOT"),
    ("Ох нет, я перепутал дату.", "Ох нет", "VVODNOE_SLOVO"),  # an interjection as a particle before «нет»
    ("Ах вот оно что, теперь понятно.", "Ах вот", "VVODNOE_SLOVO"),
    ("Чек хранить не обязательно, хватит номера заказа.", "не обязательно", "Ne_narech2"),  # the infinitive's predicate
    ("Но ехать в офис вам не обязательно.", "не обязательно", "Ne_narech2"),
    ("Нет, не обязательно: справку выдадут на месте.", "не обязательно", "Ne_narech2"),  # an explanation follows
    ("Срок выбран не случайно: так быстрее проверить оплату.", "не случайно", "Ne_narech2"),
    ("Запись на этот поток уже открыта.", "поток уже", "Potok_and_Noun"),  # «уже» is no noun
    # «как обычно» after an intransitive verb of an ongoing course is part of the predicate
    ("Касса работает как обычно, а сайт откроется к вечеру.", "работает как обычно,", "KAK_PRAVILO"),
    ("Занятия будут идти как всегда, по вторникам.", "идти как всегда,", "KAK_PRAVILO"),
])
def test_misreads_of_correct_text(text, span, rule):
    assert misread(text, engine_finding(text, span, rule))


@pytest.mark.parametrize("text, span, rule", [
    ("Вчера кажется, заказ уже отправили.", "Вчера кажется,", "KAK_VVODNOE"),  # a parenthetical indeed
    ("Провод извивался, как уж.", ", как уж.", "Comma_before_kak"),  # a verb of manner
    ("Купите где угодно, всё равно, где.", "всё равно, где", "NEIZVESTNO_KTO"),
    ("Мы проверили заказ Отправьте фото чека.", "Отправьте", "DotOrCase"),  # a lost dot
    ("Откройте Настройки → Уведомления Отключите звук.", "Отключите", "DotOrCase"),  # the path ends before it
    ("Это ОЧЕНЬ важно, ответьте сегодня.", "ОЧЕНЬ", "AllCaps"),  # one word singled out
    ("Ах какой чудесный вечер!", "Ах какой", "VVODNOE_SLOVO"),  # the interjection itself, set off
    ("Я забрал посылку ОЧЕНЬ рано. ВСЁ ХОРОШО.", "ОЧЕНЬ", "AllCaps"),  # its own sentence is not in capitals
    ("Заберите заказ c полки.", "c", "Latin_single_letter"),  # a Latin «c» for the preposition
    ("Шумит листва, Плывут туманы.", ", Плывут", "Lower_Letters_after_comma"),  # no line break: a slip
    ("Сегодня не обязательно.", "не обязательно", "Ne_narech2"),  # no infinitive, no explanation
    ("Поток энергия идёт по кабелю.", "Поток энергия", "Potok_and_Noun"),  # a noun in the nominative indeed
    ("Посылка пришла как обычно, с опозданием.", "пришла как обычно,", "KAK_PRAVILO"),  # one event: parenthetical
    ("Мы проверили как всегда, всё в порядке.", "проверили как всегда,", "KAK_PRAVILO"),
])
def test_real_mistakes_are_kept(text, span, rule):
    assert not misread(text, engine_finding(text, span, rule))


def test_our_own_findings_and_other_rules_are_never_touched():
    text = "Порой кажется, что ответа не будет."
    assert not misread(text, engine_finding(text, "Порой кажется,", "KAK_VVODNOE", source="ours"))
    assert not misread(text, engine_finding(text, "Порой", "MORFOLOGIK_RULE_RU_RU", Category.SPELLING))


def _comma_before_i(text: str, clause: str) -> Finding:
    """Prep_i's finding as the engine gives it: the clause, and the clause with «, и»."""
    at = text.index(clause)
    return Finding(offset=at, length=len(clause), message="Пропущена запятая", category=Category.PUNCTUATION,
                   rule_id="Prep_i", replacements=(clause.replace(" и ", ", и ", 1),), source="embedded")


def test_two_predicates_of_one_subject_take_no_comma_before_и():
    text = "Он задержался на складе и сегодня уже уехал к вам: курьер привезёт его завтра."
    assert misread(text, _comma_before_i(text, "Он задержался на складе и сегодня уже уехал к вам: курьер привезёт"))


def test_a_second_clause_with_its_own_subject_keeps_the_comma():
    text = "Курьер задержался на складе и заказ приедет завтра: мы вас предупредим."
    assert not misread(text, _comma_before_i(text, "Курьер задержался на складе и заказ приедет завтра"))


def test_two_predicates_of_one_subject_though_the_parser_hangs_и_on_a_later_verb():
    text = ("Простите, что заказ опаздывает. Он задержался на сортировочном складе и сегодня уже уехал к вам: курьер "
            "привезёт его завтра до 18:00 и позвонит за час.")
    clause = "Он задержался на сортировочном складе и сегодня уже уехал к вам: курьер привезёт"
    assert misread(text, _comma_before_i(text, clause))


def test_a_word_with_е_for_the_optional_ё_is_spelt_right():
    text = "Водитель выполнил маневр без ошибок."
    yo = Finding(offset=text.index("маневр"), length=6, message="просторечие", category=Category.SPELLING,
                 rule_id="RU_SIMPLE_REPLACE", replacements=("манёвр",), source="embedded")
    assert misread(text, yo)
    text = "Ничего лучше нету."
    colloquial = Finding(offset=text.index("нету"), length=4, message="просторечие", category=Category.SPELLING,
                         rule_id="RU_SIMPLE_REPLACE", replacements=("нет",), source="embedded")
    assert not misread(text, colloquial)


def _num_nn(text, span):
    at = text.index(span)
    return Finding(offset=at, length=len(span), message="Числительное не согласуется с существительным по падежу",
                   category=Category.GRAMMAR, rule_id="Sklonenije_NUM_NN", replacements=(span + "й",),
                   source="embedded")


def test_the_minutes_after_час_count_no_noun():
    text = "Простите: час двадцать ожидания — это слишком долго."
    assert misread(text, _num_nn(text, "двадцать ожидания"))


def test_a_numeral_after_another_word_keeps_the_finding():
    text = "Простите: двадцать ожидания — это слишком долго."
    assert not misread(text, _num_nn(text, "двадцать ожидания"))


def _pay_by(text, span):
    at = text.index(span)
    return Finding(offset=at, length=len(span), message="Предлог не нужен", category=Category.GRAMMAR,
                   rule_id="oplachivat_prep", replacements=(), source="embedded")


@pytest.mark.parametrize("text, span", [("Лечение оплачиваем по направлению врача.", "оплачиваем по направлению"),
                                        ("Оплатить можно по реквизитам из договора.", "Оплатить можно по реквизитам")])
def test_paying_on_a_document_takes_по(text, span):
    assert misread(text, _pay_by(text, span))


@pytest.mark.parametrize("text, span", [("Оплатить по карте можно на сайте.", "Оплатить по карте"),
                                        ("Мы оплатили по наличным.", "оплатили по наличным")])
def test_paying_by_a_means_of_payment_keeps_the_finding(text, span):
    assert not misread(text, _pay_by(text, span))


def _po_hyphen(text, span):
    return Finding(offset=text.index(span), length=len(span), message="Наречие пишется через дефис",
                   category=Category.SPELLING, rule_id="Po-bystromu", replacements=(span.replace(" ", "-"),),
                   source="embedded")


def test_po_with_an_adjective_for_a_noun_named_before():
    text = "Старый тариф закрыт, платите по новому."
    assert misread(text, _po_hyphen(text, "по новому"))


def test_po_with_an_adjective_of_a_way():
    text = "Давайте попробуем сделать всё по новому."
    assert not misread(text, _po_hyphen(text, "по новому"))
