"""Our rule for commas around introductory words."""

import pytest

from app.core.grammar.rules import check_rules


@pytest.mark.parametrize("text, span, fix", [
    ("К сожалению мы не можем помочь.", "К сожалению мы", "К сожалению, мы"),
    ("Мы возможно задержимся.", "Мы возможно задержимся", "Мы, возможно, задержимся"),
    ("Письмо возможно попало в спам.", "Письмо возможно попало", "Письмо, возможно, попало"),  # a verb of its own
    ("Подскажите пожалуйста номер заказа.", "Подскажите пожалуйста номер", "Подскажите, пожалуйста, номер"),
    ("Подождите пожалуйста.", "Подождите пожалуйста", "Подождите, пожалуйста"),
    ("Мы, конечно поможем.", "конечно поможем", "конечно, поможем"),
    ("Вы конечно же правы.", "Вы конечно же правы", "Вы, конечно же, правы"),
    ("Но к сожалению заказ задерживается.", "к сожалению заказ", "к сожалению, заказ"),
    ("Безусловно мы учтём это.", "Безусловно мы", "Безусловно, мы"),
    ("Да конечно!", "Да конечно", "Да, конечно"),
    ("Вероятно в заказе была ошибка.", "Вероятно в", "Вероятно, в"),  # «в» is a preposition, not a unit
    ("Вероятно курьер опоздает.", "Вероятно курьер", "Вероятно, курьер"),  # a clause with its own verb
    ("Мне кажется он прав.", "Мне кажется он", "Мне кажется, он"),
    ("Он мне кажется прав.", "Он мне кажется прав", "Он, мне кажется, прав"),
    ("Заказ как оказалось уже в пути.", "Заказ как оказалось уже", "Заказ, как оказалось, уже"),
    ("Оказывается он уехал.", "Оказывается он", "Оказывается, он"),
    ("Мастер по его мнению всё сделал правильно.", "Мастер по его мнению всё", "Мастер, по его мнению, всё"),
    ("К моему удивлению курьер пришёл вовремя.", "К моему удивлению курьер", "К моему удивлению, курьер"),
    ("Банк в свою очередь проверит перевод.", "Банк в свою очередь проверит", "Банк, в свою очередь, проверит"),
    ("Нет этот адрес не подходит.", "Нет этот", "Нет, этот"),
    ("Что делать? Значит ждать.", "Значит ждать", "Значит, ждать"),  # «значит» opening the sentence: «so»
    ("Похоже нам придётся подождать.", "Похоже нам", "Похоже, нам"),  # «нам» is a dative, no comparison
    ("Вы очевидно правы.", "Вы очевидно правы", "Вы, очевидно, правы"),  # before a short form
    ("Короче мы так ничего и не купили.", "Короче мы", "Короче, мы"),  # the aside of speech before its subject
])
def test_intro_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_INTRO_COMMA") + rule_hits(text, "OURS_YES_NO_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "К сожалению, мы не можем помочь.",
    "Возможно ли изменить адрес?",
    "Возможно оформить возврат онлайн.",
    "Это вполне возможно.",
    "При гибком графике возможно совмещение с учёбой.",
    "Вероятно повреждение упаковки при перевозке.",  # «вероятно» is the predicate
    "Бронирование возможно до шести вечера.",  # … and «возможно», of a neuter subject with no verb after it
    "Досрочное погашение возможно в любой день без комиссии.",
    "Пожалуйста!",
    "Не за что, пожалуйста.",
    "Ваше письмо пришло очень кстати.",
    "Это безусловно лучший вариант.",
    "Такие документы, как например паспорт, подходят.",
    "Мы, скорее всего, успеем.",
    "Мне кажется странным его ответ.",  # «кажется» is the predicate
    "Мне кажется, что он прав.",
    "Он оказывается в трудном положении.",  # a verb, not an aside, inside the sentence
    "Похоже на дождь.",
    "Похоже также, что посылка задерживается.",  # «похоже» is the predicate of the clause after it
    "Мы в конце концов получили посылку.",  # «eventually», before the verb: no aside
    "Кнопка работает только с одной стороны.",  # a side of the button
    "Попробуйте подойти к вопросу с другой стороны.",
    "Ваш звонок пришёлся кстати.",
    "Ладно, будь по-вашему.",               # after a verb «по-вашему» tells how
    "К счастью для покупателей цены не выросли.",  # the aside runs past «для»: its comma comes later
    "Промолчать... - значит согласиться.",  # after a dash «значит» links two infinitives
    "Знаете ли вы свой номер договора?",    # a question with its subject, not the aside «знаете ли»
    "Короче стали дни, длиннее ночи.",      # before its verb «короче» compares
    "Дорога через лес короче вдвое.",
    "Он короче объяснил, чем она.",
])
def test_intro_silent(rule_hits, text):
    assert rule_hits(text, "OURS_INTRO_COMMA") == []


@pytest.mark.parametrize("text", [
    "Да он просто перепутал адреса!",       # «да» of emphasis, not an answer
    "Да я бы с радостью вам помогла.",
    "Да ты ведь сам всё видел.",
    "Да был ли вообще этот звонок?",       # a question with «ли»
    "Нет не только курьеров, но и машин.",  # «нет» is the predicate of «не только…, но и…»
    "Нет было времени разбираться.",        # «нет» with «было» is the predicate in the past
    "Да они нас ни за что не пропустят!",   # a retort in an exclamation
    "Да хранит вас судьба.",                # a wish: the subject comes after the verb
    "Да буду я счастлив в этом доме.",
    "Да идёт же он сюда.",                  # «же» after the verb: an urging, not an answer
    "Нет смысла спорить там где нет доводов.",  # the second «нет» is the predicate of another clause
    "Нет покоя днём нет покоя ночью.",      # two predicates «нет», one phrase repeated
    "Хорошо подумайте перед покупкой.",     # «хорошо» tells how
])
def test_da_or_net_that_answers_nothing_takes_no_comma(rule_hits, text):
    assert rule_hits(text, "OURS_YES_NO_COMMA") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Нет я бы не стал так делать.", "Нет я", "Нет, я"),   # «нет» still answers
    ("Да мы уже вернули деньги.", "Да мы", "Да, мы"),
    ("Нет не приходило никакого письма.", "Нет не", "Нет, не"),   # «нет» before «не» answers
    ("Нет оставлю заказ за собой.", "Нет оставлю", "Нет, оставлю"),  # the predicate «нет» takes no verb
    ("Да это ваш заказ.", "Да это", "Да, это"),
    ("Да отправили документы вчера.", "Да отправили", "Да, отправили"),  # «документы» is the object
    ("Да стоит уточнить адрес доставки.", "Да стоит", "Да, стоит"),  # a noun after the infinitive is its own
    ("Нет курьера сегодня нет на месте.", "Нет курьера", "Нет, курьера"),  # the predicate «нет» comes later
    ("О да это было незабываемо!", "да это", "да, это"),  # after the interjection «о» «да» answers
    ("О нет их стало ещё больше.", "нет их", "нет, их"),
    ("Ладно пришлите фото, посмотрим.", "Ладно пришлите", "Ладно, пришлите"),  # «ладно» before a request
])
def test_an_answer_before_a_pronoun_still_takes_its_comma(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_YES_NO_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text, span, fix", [
    ("Мы по возможности, перезвоним сегодня.", "по возможности,", "по возможности"),
    ("В первую очередь, проверьте кабель.", "В первую очередь,", "В первую очередь"),
])
def test_no_comma_after_what_is_not_introductory(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_NOT_INTRO_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Мы ответим по возможности, но не позже пятницы.",
    "Мы сделаем это по возможности, вы не переживайте.",
    "Мы, по возможности, ускорим доставку.",
    "По возможности пришлите фото.",
])
def test_commas_around_them_that_close_or_pair_stay(rule_hits, text):
    assert rule_hits(text, "OURS_NOT_INTRO_COMMA") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Мы впрочем не спешим.", "Мы впрочем не", "Мы, впрочем, не"),
    ("Итак начнём с адреса.", "Итак начнём", "Итак, начнём"),
    ("Видите ли заказ уже у курьера.", "Видите ли заказ", "Видите ли, заказ"),
    ("Курьер по его словам звонил дважды.", "Курьер по его словам звонил", "Курьер, по его словам, звонил"),
    ("К нашей радости посылка нашлась.", "К нашей радости посылка", "К нашей радости, посылка"),
    ("Надеюсь вы получили письмо.", "Надеюсь вы", "Надеюсь, вы"),
    ("Говорят склад переезжает.", "Говорят склад", "Говорят, склад"),
    ("Должно быть письмо попало в спам.", "Должно быть письмо", "Должно быть, письмо"),
    ("Мастер бывало приходил раньше срока.", "Мастер бывало приходил", "Мастер, бывало, приходил"),
    ("Он что называется мастер своего дела.", "Он что называется мастер", "Он, что называется, мастер"),
])
def test_intro_by_groups_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_INTRO_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Надеюсь на ваше понимание.",  # «надеюсь» governs «на»: the sentence's verb
    "Говорят о новом тарифе.",
    "Словом и делом помогаем клиентам.",
    "Он о переезде словом не обмолвился.",
    "Отчёт должно быть сдан к пятнице.",  # a compound predicate
    "Задело стало быть за живое.",
    "К стыду нашего отдела отчёт потерялся.",  # the aside goes on past «стыду»
    "Все тарифы по сути одинаковы.",
])
def test_intro_by_groups_silent(rule_hits, text):
    assert rule_hits(text, "OURS_INTRO_COMMA") == []


@pytest.mark.parametrize("text", [
    "Если нужно что-то поменять, например перенести дату, напишите мне.",
    "Подойдут и другие документы, например водительское удостоверение.",
])
def test_nothing_after_например_that_opens_a_clarifying_phrase(rule_hits, text):
    """«…, например перенести дату, …»: the phrase is set off as a whole, no comma after «например»."""
    assert rule_hits(text, "OURS_INTRO_COMMA") == []


def test_например_before_a_clause_of_its_own_still_takes_its_comma(rule_hits):
    assert rule_hits("Мы всё уточним, например мы можем позвонить.", "OURS_INTRO_COMMA") == \
        [("например мы", ("например, мы",))]


def test_k_tomu_zhe_is_no_introductory_phrase(rule_hits):
    # Розенталь lists «к тому же» among words that are not introductory: no comma is asked for
    assert rule_hits("К тому же доставка в ваш город бесплатная.", "OURS_INTRO_COMMA") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Склад уже закрыт но похоже курьер успел забрать заказ.", "похоже курьер", "похоже, курьер"),
    ("Мы звонили дважды и кажется никто не ответил.", "кажется никто", "кажется, никто"),
    ("А может быть он просто не заметил письма?", "может быть он", "может быть, он"),
    ("Быть может завтра погода наладится.", "Быть может завтра", "Быть может, завтра"),
    ("Мало того курьер ещё и опоздал.", "Мало того курьер", "Мало того, курьер"),
])
def test_an_aside_opening_a_part_after_a_conjunction_takes_the_comma_after_it(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_INTRO_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Это и значит работать честно.",          # «значит» is the predicate
    "Коробка тяжёлая и может быть опасна.",    # «может быть» with a short adjective is the predicate
    "Он молод и может быть хорошим врачом.",   # … and with the instrumental
    "Туча тёмная и похоже на грозу.",          # «похоже на» is the predicate
    "Мало того что он опоздал, он ещё и нагрубил.",  # «мало того что» is a conjunction
])
def test_after_a_conjunction_a_predicate_is_no_aside(rule_hits, text):
    assert rule_hits(text, "OURS_INTRO_COMMA") == []


@pytest.mark.parametrize("text", [
    "Всё это время номер будет работать как обычно.",
    "Доставка по праздникам идёт как всегда.",
    "Перепишите адрес в анкету как обычно.",       # the verb's object and place between it and «как обычно»
    "Чек придёт вам на почту как всегда.",
])
def test_как_обычно_closing_its_verb_is_how_it_is_done(rule_hits, text):
    """«будет работать как обычно.»: the manner of the verb, at the end of its clause — no aside, no commas."""
    assert rule_hits(text, "OURS_INTRO_COMMA") == []


@pytest.mark.parametrize("text", [
    "Мы как обычно работаем до 20:00.",
    "Курьер как всегда позвонит за час.",
    "Доставка как обычно.",  # no verb before it: nothing it could tell the manner of
])
def test_как_обычно_before_the_verb_is_still_an_aside(rule_hits, text):
    assert rule_hits(text, "OURS_INTRO_COMMA") != []


@pytest.mark.parametrize("text", [
    "Вообще-то мы принимаем заявки и по субботам.",
    "Вообще-то, мы принимаем заявки и по субботам.",
    "Тариф вообще-то уже подключён.",
])
def test_вообще_то_takes_commas_only_at_the_writers_wish(rule_hits, text):
    """«Вообще-то» is a particle, not an introductory word: commas around it are a pause the writer may make."""
    assert [f.rule_id for f in check_rules(text, "ru", None)] == []


def test_вообще_говоря_is_still_an_aside(rule_hits):
    assert rule_hits("Вообще говоря мы принимаем заявки и по субботам.", "OURS_INTRO_COMMA") != []
