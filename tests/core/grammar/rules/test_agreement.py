"""Our rules on agreement: adjective with noun, subject with verb."""

import pytest


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Ваш заявка принята.", "OURS_ADJ_NOUN_AGREEMENT", "Ваш заявка", "Ваша заявка"),
    ("Мы отправили новую пароль.", "OURS_ADJ_NOUN_AGREEMENT", "новую пароль", "новый пароль"),
    ("Заказ была доставлена.", "OURS_SUBJECT_VERB_AGREEMENT", "была доставлена", "был доставлен"),
    ("Деньги уже вернулся.", "OURS_SUBJECT_VERB_AGREEMENT", "вернулся", "вернулись"),
    ("Мы проверит информацию.", "OURS_SUBJECT_VERB_AGREEMENT", "Мы проверит", "Мы проверим"),
    ("Вы может отменить заказ.", "OURS_SUBJECT_VERB_AGREEMENT", "Вы может", "Вы можете"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


@pytest.mark.parametrize("text, span, fix", [
    ("Вышла новый версия приложения.", "новый версия", "новая версия"),
    ("Пришлите номер ваш заказа.", "ваш заказа", "вашего заказа"),  # the parser tags both as nominatives
    ("Проверим статус ваша заявки.", "ваша заявки", "вашей заявки"),  # after a noun: its genitive
    ("Благодарим за ваш терпение.", "ваш терпение", "ваше терпение"),
    ("К 18:30 будет новый сборка.", "новый сборка", "новая сборка"),  # a time two words back is no count
    ("Ответ придёт на ваш почту.", "ваш почту", "вашу почту"),  # «почту» is hardly the verb «почтить»
    ("Скидка действует до следующую пятницы.", "следующую пятницы", "следующей пятницы"),
    ("Мастер приедет в удобное вам день.", "удобное вам день", "удобный вам день"),  # across «вам»
])
def test_adjective_with_its_noun(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Мои мама и папа приедут завтра.",  # one plural word for two nouns
    "Привезём два новых рабочих ноутбука.",  # a number through another adjective
    "Наша директор ответит вам лично.",  # a woman named by her profession
    "В нашем лесу растут грибы.",  # the second locative
    "Ваши данные сохранены.",
    "Проверим статус вашей заявки.",
    "Курьер приедет в удобный вам день.",
    "Скажите, какое вам время удобно.",
    "Нашли вам номер того же класса в соседнем корпусе.",  # «того» is the masculine too, however rare the reading
    "Пришлём замену того же цвета и того же размера.",
])
def test_agreeing_or_ambiguous_is_silent(rule_hits, text):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Нам очень приятна работать с вами.", "приятна", "приятно"),
    ("Вам нужен подтвердить заказ.", "нужен", "нужно"),
    ("Мне важна знать ваше мнение.", "важна", "важно"),
    ("Нам очень приятна, что вы с нами.", "приятна", "приятно"),  # before a clause with «что»
    ("Мне нужна, чтобы вы подтвердили заказ.", "нужна", "нужно"),
])
def test_word_of_state_before_an_infinitive(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_PREDICATIVE_FORM") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Нам приятно работать с вами.",
    "Я рада помочь вам.",  # a short adjective with its own subject
    "Ей должна помочь сестра.",  # «должна» agrees with «сестра»
    "Вам нужна помощь специалиста?",
    "Работа нам очень приятна.",
])
def test_word_of_state_silent(rule_hits, text):
    assert rule_hits(text, "OURS_PREDICATIVE_FORM") == []


def test_a_subject_with_a_rare_reading_of_another_gender_is_not_flagged(rule_hits):
    # «сим-карта» is also read as a masculine place name; the verb agrees with the usual reading
    assert rule_hits("Моя сим-карта сломалась вчера.", "OURS_SUBJECT_VERB_AGREEMENT") == []


@pytest.mark.parametrize("text", [
    "Выберите удобное для всех время.",  # «всех» stands for a noun after «для»
    "Что такое кешбэк и как его получить?",
    "Лечу душу свою музыкой.",  # a possessive after the noun it belongs to
])
def test_adjective_standing_alone_silent(rule_hits, text):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == []


def test_a_possessive_that_fits_no_noun_near_it_is_reported(rule_hits):
    assert [span for span, _ in rule_hits("Я отдал брату свой книгу.", "OURS_ADJ_NOUN_AGREEMENT")] == ["свой книгу"]


def test_agreement_slips_still_found(rule_hits):
    assert rule_hits("Спасибо за ваша заявку.", "OURS_ADJ_NOUN_AGREEMENT")
    assert rule_hits("Чудовища идут со всем сторон!", "OURS_ADJ_NOUN_AGREEMENT")


@pytest.mark.parametrize("text, span, fixes", [
    # one of the two words kept its number when the phrase was edited: either may be the fix
    ("Отправили вам новую инструкции по сборке.", "новую инструкции", ("новые инструкции", "новую инструкцию")),
    ("Проверьте все последнее письма.", "последнее письма", ("последние письма", "последнее письмо")),
    # a determiner after another one stands for no noun: «каждого своего» needs its noun in the singular
    ("Мы знаем каждого нашего покупателей.", "нашего покупателей", ("наших покупателей", "нашего покупателя")),
])
def test_a_number_slip_offers_both_numbers(rule_hits, text, span, fixes):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == [(span, fixes)]


@pytest.mark.parametrize("text, span, fix", [
    ("Это был самой трудного дня проект.", "самой", "самого"),  # «самый» agrees with the adjective after it
    ("Благодарим за подробную и вежливый ответ.", "подробную", "подробный"),  # joined by «и» to one noun
    ("В вашей новом кабинете есть раздел.", "вашей", "вашем"),
])
def test_an_adjective_agrees_past_another_one(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == [(span, (fix,))]


def test_a_possessive_with_a_rare_verb_reading_is_still_checked(rule_hits):
    # «нашей» is also the imperative of «нашить», a reading no one means here
    assert rule_hits("В нашей магазине скидки.", "OURS_ADJ_NOUN_AGREEMENT") == [("нашей магазине", ("нашем магазине",))]


@pytest.mark.parametrize("text", [
    "Прочитайте первую и вторую главы.",  # each adjective names one of the plural noun's things
    "Мы сдали третью, четвёртую и пятую работы.",
    "Дайте больному новые лекарства.",  # an adjective standing for a noun, in its own case
    "Взяли с собой всё необходимое.",
    "Спасибо за быстрый и вежливый ответ.",
    "Это самый удобный тариф для семьи.",
    "В нашем новом офисе есть кухня.",
])
def test_right_phrases_pass(rule_hits, text):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == []


@pytest.mark.parametrize("text", [
    "Билет купила заранее, место выбрала у окна.",  # the object first, «я» left out
    "Этот вопрос обсуждали весь вечер.",
])
def test_an_object_before_a_transitive_verb_is_no_subject(rule_hits, text):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Мы так и не дождались никакого звонок.", "никакого звонок", "никакой звонок"),  # an accusative of beings only
    ("Акция продлится до конца этого месяц.", "этого месяц", "этот месяц"),  # «этого» is no pronoun «это» here
])
def test_a_determiner_read_by_the_parse(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text, span, fix", [
    ("Надень тёплый шапку, на улице ветер.", "тёплый шапку", "тёплую шапку"),  # the tagger bends the adjective
    ("Пришла посылка с мятым упаковкой.", "мятым упаковкой", "мятой упаковкой"),
    ("Она вернулась с новой телефоном.", "новой телефоном", "новым телефоном"),
])
def test_only_the_gender_slipped(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Наша бухгалтер ушла в отпуск.",  # a woman named by a profession
    "Купила новое пальто и тёплую шапку.",
    "Мы пили вкусный кофе на веранде.",
])
def test_a_gender_that_may_differ_passes(rule_hits, text):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Перезвоните по оставленной на сайте номеру.", "оставленной на сайте номеру", "оставленному на сайте номеру"),
    ("Извините за причинённые вам беспокойство.", "причинённые вам беспокойство", "причинённое вам беспокойство"),
])
def test_an_attribute_with_its_own_words_before_the_noun(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Перезвоните по оставленному на сайте номеру.",
    "Извините за причинённое вам беспокойство.",
    "Это очень важная для нас задача.",
    "Выберите любое удобное для вас время.",
])
def test_an_attribute_with_its_own_words_that_agrees(rule_hits, text):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == []


def test_the_word_before_iz_takes_the_gender_of_the_group(rule_hits):
    assert rule_hits("Напишите нам в любом из мессенджеров или в любой из соцсетей.", "OURS_ADJ_NOUN_AGREEMENT") == []
    assert rule_hits("Скидка действует в любом из наших аптек.", "OURS_ADJ_NOUN_AGREEMENT") == [("любом", ("любой",))]


@pytest.mark.parametrize("text", ["Добрый вечер! Спасибо большое за ваш отзыв, нам приятно.",
                                  "Спасибо огромное за ваше письмо, ответим сегодня."])
def test_thanks_with_its_adjective_is_no_separated_attribute(rule_hits, text):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == []


def test_a_separated_attribute_of_another_gender_still_fires(rule_hits):
    assert rule_hits("Приносим извинения за доставленные вам неудобство.", "OURS_ADJ_NOUN_AGREEMENT") == [
        ("доставленные вам неудобство", ("доставленное вам неудобство",))]


@pytest.mark.parametrize("text, span", [("Спасибо за тёплые слова, нам очень приятна.", "приятна"),
                                        ("Благодарим за высокую оценку, мне очень приятен!", "приятен")])
def test_a_short_adjective_ending_a_clause_of_a_dative_person(rule_hits, text, span):
    assert [s for s, _ in rule_hits(text, "OURS_PREDICATIVE_FORM")] == [span]


@pytest.mark.parametrize("text", ["Ваша поддержка, честно скажу, нам очень приятна.", "Нам эта идея очень нужна.",
                                  "Сколько вещей, которые нам не нужны!"])
def test_a_short_adjective_with_its_subject_in_the_sentence(rule_hits, text):
    assert rule_hits(text, "OURS_PREDICATIVE_FORM") == []


def test_a_verb_between_ends_the_adjective_phrase(rule_hits):
    # «нашу» stands for «нашу сим-карту» named before; the noun after the verb is another one
    assert rule_hits("Достаньте старую сим-карту, поставьте новую и включите смартфон.", "OURS_ADJ_NOUN_AGREEMENT") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Позвоните нам с этого же номером.", "этого же номером", "этим же номером"),  # across «же»
    ("Ответ придёт на ваш же почту.", "ваш же почту", "вашу же почту"),
])
def test_a_determiner_agrees_across_zhe(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Позвоните нам с этого же номера.",
    "Напомните о том же мастера, когда он приедет.",  # «о том же»: about the same thing
    "Всё же доставка приедет сегодня.",  # «всё же»: yet
])
def test_across_zhe_silent(rule_hits, text):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == []


def test_a_possessive_in_the_instrumental_before_a_dative(rule_hits):
    assert rule_hits("Я передам вашу жалобу нашим отделу качества.", "OURS_ADJ_NOUN_AGREEMENT") == [
        ("нашим отделу", ("нашему отделу",))]


@pytest.mark.parametrize("text", [
    "Он назвал своей ошибку стажёра.",  # an instrumental that says what the object is
    "Со вторым звонка так и не случилось.",  # an ordinal standing for a noun
])
def test_an_instrumental_that_says_what_passes(rule_hits, text):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == []


def test_a_span_of_time_after_the_predicate_is_no_second_subject(rule_hits):
    assert rule_hits("Подарочный сертификат действительна год.", "OURS_SUBJECT_VERB_AGREEMENT") == [
        ("действительна", ("действителен",))]
    assert rule_hits("Подарочный сертификат действителен год.", "OURS_SUBJECT_VERB_AGREEMENT") == []


def test_a_rare_reading_of_the_groups_gender_before_iz_passes(rule_hits):
    # «любой» reads as a feminine oblique case far more often, yet it is also the masculine accusative
    assert rule_hits("Подключить любой из пакетов можно в приложении.", "OURS_ADJ_NOUN_AGREEMENT") == []
    assert rule_hits("Записаться можно в любом из наших школ.", "OURS_ADJ_NOUN_AGREEMENT") == [("любом", ("любой",))]


@pytest.mark.parametrize("text", ["Если чёрный вам не нужен, оставьте себе белый.", "Если этот вам не нужен, верните его.",
                                  "Большая тебе не нужна, возьми маленькую."])
def test_an_adjective_standing_for_its_noun_is_the_subject(rule_hits, text):
    assert rule_hits(text, "OURS_PREDICATIVE_FORM") == []


def test_an_adjective_with_its_noun_is_no_subject_of_another_gender(rule_hits):
    assert [s for s, _ in rule_hits("Если старый вам нужна, оставьте.", "OURS_PREDICATIVE_FORM")] == ["нужна"]
