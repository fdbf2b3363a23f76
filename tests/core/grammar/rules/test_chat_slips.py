"""Our rules for chat slips the dictionary takes for other words: «Хорошево дня», «по этому» for «поэтому»."""

import pytest


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Заявка закрыта. Хорошево дня!", "OURS_WISH_FORM", "Хорошево", "Хорошего"),
    ("Пишите, если что. Всего хорошево!", "OURS_WISH_FORM", "хорошево", "хорошего"),
    ("Приятного вам вечере!", "OURS_WISH_FORM", "вечере", "вечера"),
    ("Всё готово, удачного дна!", "OURS_WISH_FORM", "дна", "дня"),
    ("Касса не работает, по этому оплата только картой.", "OURS_POETOMU", "по этому", "поэтому"),
    ("Доступ закрыт, по скольку срок подписки истёк.", "OURS_POETOMU", "по скольку", "поскольку"),
    ("Нажмите кнопку ещё рас.", "OURS_RAZ", "рас", "раз"),
    ("Извините за не исправность терминала.", "OURS_NE_NOUN", "не исправность", "неисправность"),
    ("Спасибо за ваше терпение и внимания!", "OURS_THANKS_FOR", "внимания", "внимание"),
    ("Возврат оформлен. Спасибо за обращения!", "OURS_THANKS_FOR", "обращения", "обращение"),
    ("Подписка продлится автоматический.", "OURS_ADVERB_FORM", "автоматический", "автоматически"),
    ("Я опоздал на автобус, по этому и не успел.", "OURS_POETOMU", "по этому", "поэтому"),
    ("Шёл дождь, по этому на пляж мы не пошли.", "OURS_POETOMU", "по этому", "поэтому"),
    ("Кто вам сказал, что я уволилась? Это не правда!", "OURS_NE_NOUN", "не правда", "неправда"),  # a lie
])
def test_chat_slip_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Хорошего дня!",
    "Всего хорошего, до встречи!",
    "Жду вас от хорошего вечера до утра.",
    "Наш склад находится в районе Хорошево.",
    "По этому адресу доставка не выполняется.",
    "Спасибо за ваши обращения и подробные отзывы!",  # several contacts, the plural said outright
    "По скольку штук в упаковке?",
    "Этого не было ни в одном из рас.",
    "Это не удобство, а необходимость.",
    "Это не правда, а только слухи.",  # a contrast keeps «не» apart
    "Отличный вечер, не правда ли?",
    "Благодарим за понимание!",
    "Ваши ожидания оправдались?",
    "Сегодня работает технический отдел.",
    "Перерыв оказался технический.",
    "Выберите режим автоматический.",
])
def test_chat_slip_silent(rule_hits, text):
    assert [hit for rule in ("OURS_WISH_FORM", "OURS_POETOMU", "OURS_RAZ", "OURS_NE_NOUN", "OURS_THANKS_FOR",
                                                  "OURS_ADVERB_FORM")
            for hit in rule_hits(text, rule)] == []


def test_a_district_in_a_wish_is_one_finding(rule_hits):
    """«Всего хорошево» is a slip of the wish, not a place name asking for a capital."""
    assert rule_hits("Всего хорошево!", "OURS_PLACE_NAME_CAPITAL") == []


@pytest.mark.parametrize("text, span, fixes", [
    ("Номер при переносе остаётся тот-же.", "тот-же", ("тот же",)),
    ("Я-бы уточнила у склада.", "Я-бы", ("Я бы",)),
    ("Так-же можно оплатить картой.", "Так-же", ("Так же", "Также")),
    ("Подойдёт-ли вам суббота?", "Подойдёт-ли", ("Подойдёт ли",)),
])
def test_a_particle_written_with_a_hyphen_is_a_spelling_slip(rule_hits, text, span, fixes):
    assert rule_hits(text, "OURS_PARTICLE_HYPHEN") == [(span, fixes)]


@pytest.mark.parametrize("text", ["Кто-либо из нас перезвонит.", "Всё-таки заказ пришёл.", "Скажите-ка номер.",
                                  "Номер остаётся тот же."])
def test_hyphenated_particles_that_take_the_hyphen_are_left_alone(rule_hits, text):
    assert rule_hits(text, "OURS_PARTICLE_HYPHEN") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Опция платная, подключит её можно в личном кабинете.", "подключит", "подключить"),
    ("Оплатит заказ нужно до пятницы.", "Оплатит", "Оплатить"),
])
def test_a_verb_of_он_where_the_infinitive_is_meant(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_INFINITIVE_SOFT_SIGN") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Опция платная, подключить её можно в личном кабинете.",
    "Мастер подключит можно завтра?",  # the verb has its subject
    "Он сам всё оплатит, можно не волноваться.",  # another clause
    "Можно узнать, когда курьер доставит заказ?",
])
def test_a_verb_with_its_subject_or_an_infinitive_passes(rule_hits, text):
    assert rule_hits(text, "OURS_INFINITIVE_SOFT_SIGN") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Зайдите в профиль, выберете тариф и нажмите «Сохранить».", "выберете", "выберите"),
    ("Напишете, пожалуйста, адрес доставки.", "Напишете", "Напишите"),
])
def test_a_future_where_a_request_is_meant(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_IMPERATIVE_FORM") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Когда выберете тариф, нажмите «Сохранить».",  # a clause of time
    "Нажмите кнопку, и вы выберете тариф из списка.",  # with «вы»
    "Вы напишете нам завтра?",  # a question
    "Сообщите, пожалуйста, какую дату выберете, и я оформлю бронь.",  # an indirect question: a choice to come
    "Напишите, кому перешлете документы, я добавлю доступ.",
    "Зайдите в профиль, выберите тариф и нажмите «Сохранить».",
])
def test_a_future_that_is_meant_passes(rule_hits, text):
    assert rule_hits(text, "OURS_IMPERATIVE_FORM") == []


@pytest.mark.parametrize("text", ["Введите резервный код — войдете без телефона.",
                                  "Читайте каждый день и со временем найдете в книгах ответы.",
                                  "Нажмите «Войти» и подтвердите вход, после этого войдёте в кабинет."])
def test_a_future_after_a_request_that_says_what_follows(rule_hits, text):
    assert rule_hits(text, "OURS_IMPERATIVE_FORM") == []


@pytest.mark.parametrize("text", ["Это правило как нельзя лучше подходит к нашему случаю.",
                                  "Ночью звонить нельзя, дежурный звонит только днём."])
def test_a_present_or_an_idiom_is_no_infinitive_slip(rule_hits, text):
    assert rule_hits(text, "OURS_INFINITIVE_SOFT_SIGN") == []
