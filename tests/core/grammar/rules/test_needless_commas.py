"""Our rules for a comma no rule asks for: after a conjunction, after an opening adverb, between the
subject and the predicate, before a single «и»/«или»."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Я уверен, что, магазин уже закрыт.", "что, магазин", "что магазин"),
    ("Она спросила, почему, поезд задерживается.", "почему, поезд", "почему поезд"),
    ("Мы ушли пораньше, потому что, начинался дождь.", "что, начинался", "что начинался"),
    ("Я записался, чтобы, получить скидку.", "чтобы, получить", "чтобы получить"),
])
def test_comma_after_a_conjunction_is_flagged(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_COMMA_AFTER_CONJUNCTION") == [(span, (fix,))]


@pytest.mark.parametrize("text, span, fix", [
    ("Но, курьер приедет только в понедельник.", "Но, курьер", "Но курьер"),
    ("Поэтому, я оформила возврат сама.", "Поэтому, я", "Поэтому я"),
    ("Также, просим прислать фото чека.", "Также, просим", "Также просим"),
    ("Потому что, склад закрыт на инвентаризацию.", "Потому что, склад", "Потому что склад"),
])
def test_comma_after_an_opening_conjunction_is_flagged(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_COMMA_AFTER_CONJUNCTION") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Но, если вы не против, мы заменим товар.",  # a clause set off on both sides
    "И, разумеется, доставка будет бесплатной.",
    "Но, Ирина, мы уже отправили заказ.",  # an address
    "А, вот в чём дело.",  # an interjection
    "Поэтому, честно говоря, мы не знаем.",
])
def test_comma_after_an_opening_conjunction_that_sets_something_off_stays(rule_hits, text):
    assert rule_hits(text, "OURS_COMMA_AFTER_CONJUNCTION") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Сегодня, мы работаем до шести.", "Сегодня, мы", "Сегодня мы"),
    ("Зимой, они катаются на лыжах.", "Зимой, они", "Зимой они"),
    ("В четверг, я уезжаю в командировку.", "В четверг, я", "В четверг я"),
    ("Завтра утром, мы всё быстро проверим.", "Завтра утром, мы", "Завтра утром мы"),
])
def test_comma_after_an_opening_adverb_is_flagged(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_COMMA_AFTER_ADVERBIAL") == [(span, (fix,))]


@pytest.mark.parametrize("text, span, fix", [
    ("Наш сосед, чинит машину во дворе.", "Наш сосед, чинит", "Наш сосед чинит"),
    ("Мы, переехали в другой город.", "Мы, переехали", "Мы переехали"),
    ("Учительница, проверяла тетради до ночи.", "Учительница, проверяла", "Учительница проверяла"),
])
def test_comma_between_subject_and_predicate_is_flagged(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_COMMA_SUBJECT_PREDICATE") == [(span, (fix,))]


@pytest.mark.parametrize("text, span, fix", [
    ("В саду растут яблони, и вишни.", "яблони, и", "яблони и"),
    ("Вам прислать договор, или счёт?", "договор, или", "договор или"),
    ("Она закрыла ноутбук, и пошла на кухню.", "ноутбук, и", "ноутбук и"),
    ("Водитель молча кивнул, и уехал.", "кивнул, и", "кивнул и"),  # an adverb between subject and verb
    ("Закажите папку, и новый блокнот для записей.", "папку, и", "папку и"),  # a phrase of a preposition after
])
def test_comma_before_a_single_and_is_flagged(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_COMMA_BEFORE_SINGLE_AND") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    # a repeated or double conjunction, «и» between clauses with subjects of their own
    "Мы видели и лося, и кабана.",
    "Вам прислать либо договор, либо счёт?",
    "Она закрыла ноутбук, и в комнате стало тихо.",
    "Она закрыла ноутбук, и мы пошли на кухню.",
    "Водитель молча кивнул, и мы поехали дальше.",
    "Закажите папку, и блокнот для записей придёт отдельно.",
    "Она сказала, что закроет ноутбук, и сразу ушла.",
    "Он заказал пиццу, и большую.",
    # a parenthetical, an apposition, a participial or adverbial phrase between subject and verb
    "Наш сосед, кажется, чинит машину.",
    "Наш сосед, механик, чинит машину.",
    "Наш сосед, вернувшись с работы, чинит машину.",
    "Коллеги, пришлите мне отчёт.",
    "Мама, звонит бабушка.",
    # after the conjunction, a phrase or a parenthetical closed by a second comma; «что» ending a clause
    "Я уверен, что, если поторопиться, мы успеем.",
    "Я уверен, что, конечно, магазин закрыт.",
    "Ну что, поедем домой?",
    "Знаешь что, давай отдохнём.",
    "Я не знаю почему, но поезд задерживается.",
    # a detached adverbial with a clarification
    "Сегодня, в субботу, мы работаем до шести.",
    "Зимой, когда выпадет снег, они катаются на лыжах.",
    "Сегодня, я думаю, мы закончим.",
    "В четверг, как всегда, я уезжаю.",
    "На складе, он сказал, всё есть.",
])
def test_right_commas_are_left_alone(rule_hits, text):
    for rule_id in ("OURS_COMMA_AFTER_CONJUNCTION", "OURS_COMMA_AFTER_ADVERBIAL", "OURS_COMMA_SUBJECT_PREDICATE",
                    "OURS_COMMA_BEFORE_SINGLE_AND"):
        assert rule_hits(text, rule_id) == [], rule_id


@pytest.mark.parametrize("text, span, fix", [
    ("Наша новая сотрудница, выходит в понедельник.", "Наша новая сотрудница, выходит",
     "Наша новая сотрудница выходит"),  # several agreeing words before the subject
    ("Мастер из сервисного центра, приедет после обеда.", "Мастер из сервисного центра, приедет",
     "Мастер из сервисного центра приедет"),  # the tree joins the whole phrase to the subject
    ("Ответ от юриста, уже готов.", "Ответ от юриста, уже", "Ответ от юриста уже"),  # a short adjective
    ("Мы, с соседями скинулись на ремонт лифта.", "Мы, с", "Мы с"),  # the companions, no closing comma
])
def test_comma_after_a_subject_phrase_is_flagged(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_COMMA_SUBJECT_PREDICATE") == [(span, (fix,))]


@pytest.mark.parametrize("text, span, fix", [
    ("Мы собираемся, переехать летом.", "собираемся, переехать", "собираемся переехать"),
    ("Попробуйте, обновить страницу.", "Попробуйте, обновить", "Попробуйте обновить"),
    ("Он пытался, дозвониться весь вечер.", "пытался, дозвониться", "пытался дозвониться"),
])
def test_comma_before_a_dependent_infinitive_is_flagged(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_COMMA_BEFORE_INFINITIVE") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Когда вы решите, оплатить можно будет на сайте.",  # the comma ends a subordinate clause
    "Подскажите, оплатить можно картой?",  # a verb of asking opens a clause of its own
    "Вы можете, например, оплатить заказ картой.",  # a parenthetical closed by a second comma
    "У меня одна просьба, перезвонить мне вечером.",
    "Мастер из сервисного центра, который к вам приедет, всё починит.",
    "Мастер, приехавший утром, всё починил.",
    "Мы, с одной стороны, рады.",
    "Мы, как и соседи, скинулись на ремонт.",
    "Отец главный в семье, пока мама в отъезде.",  # a clause opens after the comma
    "Отпуск без телефона, может быть лучший отдых.",  # «может быть» may be an aside missing its comma
    "Странное дело, молчит телефон весь день.",  # a subject of its own after the predicate
])
def test_commas_before_infinitives_and_after_subjects_that_are_right(rule_hits, text):
    for rule_id in ("OURS_COMMA_SUBJECT_PREDICATE", "OURS_COMMA_BEFORE_INFINITIVE"):
        assert rule_hits(text, rule_id) == [], rule_id


@pytest.mark.parametrize("text", [
    "Курьер в пути, скоро будет у вас.",  # «в пути» is the predicate of a clause with no verb
    "Посылка на складе, завтра будет у вас.",
    "Мастер на выезде, перезвонит через час.",
])
def test_where_the_subject_is_is_a_clause(rule_hits, text):
    assert rule_hits(text, "OURS_COMMA_SUBJECT_PREDICATE") == []


def test_a_noun_after_a_preposition_still_parts_subject_and_verb(rule_hits):
    text = "Сотрудник из отдела продаж, свяжется с вами."
    assert [span for span, _ in rule_hits(text, "OURS_COMMA_SUBJECT_PREDICATE")] == ["Сотрудник из отдела продаж, свяжется"]


@pytest.mark.parametrize("text, span", [
    ("Подписка платная, и продлевается сама каждый месяц.", "платная, и"),  # an adjective and a verb of one subject
    ("Приложение бесплатно, и работает без интернета.", "бесплатно, и"),
])
def test_an_adjective_predicate_and_a_verb_of_one_subject(rule_hits, text, span):
    assert [s for s, _ in rule_hits(text, "OURS_COMMA_BEFORE_SINGLE_AND")] == [span]


@pytest.mark.parametrize("text", [
    "Подписка платная, и она продлевается сама.",  # the second clause has its own subject
    "Подписка платная, и деньги спишутся сами.",
    "Погода хорошая, и гулять приятно.",
])
def test_an_adjective_predicate_and_a_clause_of_its_own(rule_hits, text):
    assert rule_hits(text, "OURS_COMMA_BEFORE_SINGLE_AND") == []
