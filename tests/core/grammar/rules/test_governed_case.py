"""Our rules for the case after a preposition and the case of a direct object."""

import pytest


@pytest.mark.parametrize("text, span, fixes", [
    ("Мы свяжемся с ваш заказ позже.", "с ваш заказ", ("с вашим заказом", "с вашего заказа")),
    ("Расскажите о ваша проблема подробнее.", "о ваша проблема", ("о вашей проблеме",)),
    ("Спасибо за ваша помощь!", "за ваша помощь", ("за вашу помощь", "за вашей помощью")),
    ("Помогли с ваши заказы.", "с ваши заказы", ("с вашими заказами", "с ваших заказов")),
    ("Мы ответим по ваша заявка.", "по ваша заявка", ("по вашей заявке",)),
    ("Заказ ждёт у ваш дом.", "у ваш дом", ("у вашего дома",)),
])
def test_preposition_with_a_nominative(rule_hits, text, span, fixes):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == [(span, fixes)]


@pytest.mark.parametrize("text", [
    "Мы свяжемся с вами по поводу вашего заказа.",
    "Расскажите о вашей проблеме.",
    "Спасибо за вашу помощь!",
    "Подождите с неделю, пожалуйста.",  # «с» with an accusative of amount
    "На складе осталось с полдюжины коробок.",  # and «полдюжины»
    "Гости танцевали до упаду.",  # set phrases with an old case form
    "Дети болтали без умолку.",
    "Этот день мы запомним на века.",
    "Коробка размером с дом.",  # and of size
    "Что это за услуга?",  # «что за» takes a nominative
    "Она пошла в менеджеры.",  # the old accusative plural
    "Для больного наняли сиделку.",  # the adjective is the whole phrase
    "Отправим на вашу почту.",
    "В течение дня пришлём ответ.",
])
def test_preposition_silent(rule_hits, text):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Вы пропустили встреча с менеджером.", "пропустили встреча", "пропустили встречу"),
    ("Мы можем добавлять услуга в тариф.", "добавлять услуга", "добавлять услугу"),
    ("Курьер привёз посылка вчера.", "привёз посылка", "привёз посылку"),
    ("Поможем решить ваша проблема.", "решить ваша проблема", "решить вашу проблему"),
    ("Проверьте почта, пожалуйста.", "Проверьте почта", "Проверьте почту"),
])
def test_object_in_the_nominative(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_OBJECT_CASE") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Вы пропустили встречу.",
    "Вчера закончилась акция.",  # the noun is the subject after its verb
    "Заказ доставил курьер.",  # an animate noun after the verb is its subject
    "Письмо отправила коллега.",
    "Нам нужно время.",  # «время» reads as an accusative too
    "Мы вернём деньги.",
    "Полагаю, задача решена.",  # a clause after a verb of thinking
    "Полагаю задача решена.",  # even with the comma missing
    "Не может не волновать судьба клиента.",  # the subject of «может»
    "Хочу стать менеджер.",  # a linking verb: another error, not this one
])
def test_object_silent(rule_hits, text):
    assert rule_hits(text, "OURS_OBJECT_CASE") == []


@pytest.mark.parametrize("text, span, fix", [
    ("После нашего разговор ничего не изменилось.", "После нашего разговор", "После нашего разговора"),
    ("Ждём ответа от вашей бухгалтерия.", "от вашей бухгалтерия", "от вашей бухгалтерии"),
    # the same noun named before: no noun is left out
    ("Первая квартира была тесной, теперь мы живём во второй квартира.", "во второй квартира", "во второй квартире"),
    # the noun ends the clause: no subject of a clause of its own
    ("Заявка принята, но отправлена к другой бригада.", "к другой бригада", "к другой бригаде"),
])
def test_a_noun_that_lost_the_case_its_modifiers_kept(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == [(span, (fix,))]


def test_an_ordinal_standing_for_the_noun_just_named(rule_hits):
    """«во второй» is «во второй партии»: «упаковка» is the subject of its own clause."""
    assert rule_hits("Первая партия пришла целой, а во второй упаковка порвана.", "OURS_PREPOSITION_CASE") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Мы выслали вам новая карта.", "выслали вам новая карта", "выслали вам новую карту"),  # «вам» is kept
    ("Вчера я заполнила анкета на сайте.", "заполнила анкета", "заполнила анкету"),  # «я» is the subject
])
def test_object_after_a_dative_or_with_its_subject(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_OBJECT_CASE") == [(span, (fix,))]


@pytest.mark.parametrize("text, span, fix", [
    ("Скидка действует на всё, кроме уценённые.", "кроме уценённые", "кроме уценённых"),  # an adjective alone
    ("Я пишу о мой возврат.", "о мой возврат", "о моём возврате"),  # «о» takes the accusative in set uses only
    ("Благодарю за вашего понимания.", "за вашего понимания", "за ваше понимание"),  # agree in the genitive only
    ("Заранее спасибо за участия!", "за участия", "за участие"),  # a rare plural is no reading
])
def test_preposition_with_another_case(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Магазин работает без выходных.",
    "Курьер ударился о косяк двери.",
    "Мы работаем бок о бок с партнёрами.",
    "Спасибо за ваши предложения.",
    "Мы благодарны за вашего сына.",  # «вашего» stands for a person
])
def test_preposition_with_another_case_silent(rule_hits, text):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == []


def test_a_phrase_that_agrees_only_in_a_case_the_preposition_does_not_take(rule_hits):
    # «вашего» alone may be an animate accusative, but with «ответа» the phrase is only a genitive
    assert rule_hits("Спасибо за вашего ответа.", "OURS_PREPOSITION_CASE") == [
        ("за вашего ответа", ("за ваш ответ",))]
    assert rule_hits("Благодарим за вашего сына.", "OURS_PREPOSITION_CASE") == []


def test_a_set_phrase_does_not_hide_the_same_preposition_before_a_nominative(rule_hits):
    assert rule_hits("Дети болтали без умолку и остались без присмотр.", "OURS_PREPOSITION_CASE") == [
        ("без присмотр", ("без присмотра",))]


@pytest.mark.parametrize("text, span, fix", [
    ("Стоимость такси вернём по чек из приложения.", "по чек", "по чеку"),
    ("Пропуск выдадут по паспорт владельца.", "по паспорт", "по паспорту"),
    ("Сверьте сумму по новый счёт.", "по новый счёт", "по новому счёту"),
])
def test_po_with_a_phrase_read_only_as_a_nominative(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Стоимость такси вернём по чеку из приложения.",
    "Магазин открыт с понедельника по четверг.",  # the last day of a span: an accusative
    "Снег во дворе был по колено.",  # how deep
    "Скидка действует по настоящее время.",
    "Экзамен сдают ученики с пятого по девятый класс.",  # «с … по» with an ordinal
    "Осенью мы ходили по грибы.",  # the old plural accusative
])
def test_po_with_an_accusative_it_takes(rule_hits, text):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == []


@pytest.mark.parametrize("text, span, fixes", [
    ("Приносим извинения за такой задержка.", "за такой задержка", ("за такой задержкой", "за такую задержку")),
    ("Мы справимся с любой проблема.", "с любой проблема", ("с любой проблемой",)),
])
def test_a_modifier_agreeing_only_in_the_prepositions_other_case(rule_hits, text, span, fixes):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == [(span, fixes)]


@pytest.mark.parametrize("text", ["Приносим извинения за такую задержку.", "Мы справимся с любой проблемой.",
                                  "За такой короткий срок всё не успеть."])
def test_a_modifier_and_its_noun_in_one_case_pass(rule_hits, text):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == []


@pytest.mark.parametrize("text, span, fix", [
    # a verb that may take a clause, with nothing after the noun but its genitive: no clause is opened
    ("Завтра я сообщу вам точная дата визита.", "сообщу вам точная дата", "сообщу вам точную дату"),
    ("Менеджер напишет вам стоимость ремонта.", None, None),  # right as it is
])
def test_object_of_a_verb_that_may_take_a_clause(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_OBJECT_CASE") == ([(span, (fix,))] if span else [])


@pytest.mark.parametrize("text", [
    "Я напишу вам, сумма придёт завтра.",
    "Я напишу вам сумма придёт завтра.",  # the comma is missing, the clause is there: another rule's slip
    "Скажу честно, ситуация неприятная.",
])
def test_a_clause_after_a_verb_of_saying_is_no_object(rule_hits, text):
    assert rule_hits(text, "OURS_OBJECT_CASE") == []



@pytest.mark.parametrize("text, span, fix", [
    ("Приложите паспорт и виза, остальное не нужно.", "виза", "визу"),
    ("Нужно загрузить договор и ваша анкета в личный кабинет.", "ваша анкета", "вашу анкету"),
    ("Пришлите нам чек и выписка из банка.", "выписка", "выписку"),
])
def test_second_object_in_the_nominative(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_OBJECT_CASE") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Приложите паспорт и визу, остальное не нужно.",
    "Обновите браузер и страница откроется.",  # «и» joins a clause: the noun has its verb
    "Оформите заказ и доставка бесплатно.",  # a clause with no verb
    "Оплатите билет и посадка — по паспорту.",
    "Вас встретит трансфер и экскурсия по городу.",  # after a finite verb the nouns may be its subject
    "Нужен паспорт и виза.",
    "Назовите код и номер заказа.",
])
def test_second_object_silent(rule_hits, text):
    assert rule_hits(text, "OURS_OBJECT_CASE") == []


@pytest.mark.parametrize("text", [
    "Расскажите, что должна показывать таблица.",  # the subject of «должна», set after the infinitive
    "Уточните, что обязана проверять комиссия.",
])
def test_the_subject_of_a_short_adjective_above_the_infinitive(rule_hits, text):
    assert rule_hits(text, "OURS_OBJECT_CASE") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Я должна проверить заявка.", "проверить заявка", "проверить заявку"),  # «я» is the subject of «должна»
    ("Она может проверить заявка.", "проверить заявка", "проверить заявку"),
])
def test_an_infinitive_whose_governor_has_its_subject(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_OBJECT_CASE") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Извините за отмены, расписание уже восстановили.",  # a plural people write: several cancellations
    "Приносим извинения за задержки с ответом.",
])
def test_countable_plural_after_za(rule_hits, text):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == []


def test_state_noun_plural_after_za_still_reported(rule_hits):
    assert rule_hits("Заранее благодарим за понимания.", "OURS_PREPOSITION_CASE") != []
