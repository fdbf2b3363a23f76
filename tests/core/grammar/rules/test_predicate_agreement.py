"""Subject and predicate agree, found through the parse: the subject need not stand next to its verb."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Цены в каталоге меняется каждую неделю.", "меняется", "меняются"),  # the subject's words in between
    ("Оператор и администратор ответит вам сегодня.", "ответит", "ответят"),  # two subjects joined by «и»
    ("Коробка и упаковка лежит на складе.", "лежит", "лежат"),  # things, not qualities
    ("Страница долго грузится и зависают.", "зависают", "зависает"),  # a second predicate after «и»
    ("Эта опция временно недоступен.", "недоступен", "недоступна"),  # a short form
    ("Мы очень рад вашему звонку.", "рад", "рады"),
    ("Нам очень приятен ваша забота.", "приятен", "приятна"),  # a short form before its subject
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Заказ уже отправили.",  # someone sent it: «заказ» is the object
    "Кнопка и правда спрятана глубоко.",  # «и правда» is «indeed»
    "Пришёл ответ и чек.",  # a verb before two subjects may agree with the first
    "Их скорость и аккуратность делает их ценными сотрудниками.",  # qualities joined: a singular verb too
    "Брат с сестрой приехали за посылкой.",
    "Сколько человек пришло на встречу?",
    "У нас есть новые тарифы.",
    "Денег на карте не хватает.",
    "Наставник заболел, а замену ему назначили не сразу.",  # a clause of its own after «а»
    "Письмо написала сестра.",  # the subject after the verb
    "Двери закрываются, следующая станция — Лесная.",
    "Анна Сергеевна, ваш заказ готов к выдаче.",  # an address is no subject
    "Пароль сбросила, войдите заново.",  # the object first, «я» left out
    "Сбой на сервере, уже исправляем.",
    "Штраф отменю сегодня.",
    "Я вернула вам бонусы, они уже на счёте и действуют до конца месяца.",  # «и» joins «они»'s verbs
    # a plural verb before subjects joined by «и», the parse hanging the second on the first one's genitive
    "В цену входят стоимость билета и страховка.",
    "От этого зависят размер выплаты и сроки.",
    "Оплата частями: 12 000 ₽ делятся на 4 платежа.",  # the colon's clause has a subject of its own
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Мы приняли ваш отзыв и передаст его руководителю.", "передаст", "передадим"),  # joined to the object
    ("Бонусы за покупку уже начислилось на ваш счёт.", "начислилось", "начислились"),  # parsed as an object
    ("Интернет в офисе постоянно отключаются.", "отключаются", "отключается"),  # intransitive, plural
])
def test_misparsed_subjects_and_second_predicates(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Мы приняли ваш отзыв и передадим его руководителю.",
    "Бонусы за покупку уже начислились на ваш счёт.",
    "Посылку вручили и оставили квитанцию.",  # a transitive verb with no subject named
    "Батарея повредилась при падении.",
])
def test_misparsed_subjects_silent(rule_hits, text):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == []


@pytest.mark.parametrize("text", [
    "Первый способ, быстрые платежи, подходит не всем.",  # one thing named twice, between commas
    "Если курьер или его напарники не отвечают, напишите нам.",  # «или»: either number is used
    "Пока не узнаю, где вы, ничего не смогу подсказать.",  # «вы» belongs to the clause the comma ends
    "Создан также новый раздел и добавлено, кто может его править.",  # an impersonal second clause
    "Вы может быть слышали о нашей акции.",  # «может быть» with its commas missing: a punctuation slip
])
def test_silent_where_the_parse_is_unsure(rule_hits, text):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == []


def test_may_be_without_commas_is_a_comma_slip(rule_hits):
    assert rule_hits("Вы может быть слышали о нашей акции.", "OURS_INTRO_COMMA")


@pytest.mark.parametrize("text, span, fix", [
    ("Сестра с мужем уехал в отпуск.", "уехал", "уехала"),  # with «с» the plural is right, not another gender
    ("Кнопка, которая горят красным, отключает звук.", "горят", "горит"),  # «который» is the clause's subject
    ("Большинство покупателей остался доволен.", "остался", "осталось"),  # a share of a group: neuter or plural
])
def test_more_subjects_agree(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == [(span, (fix,))]


def test_a_full_adjective_after_the_link_verb_agrees(rule_hits):
    assert rule_hits("Наша квартира была маленький.", "OURS_SUBJECT_VERB_AGREEMENT") == [
        ("маленький", ("маленькой", "маленькая"))]


def test_a_plural_verb_before_a_single_subject(rule_hits):
    assert [span for span, _ in rule_hits("Утром звонили курьер из магазина.", "OURS_SUBJECT_VERB_AGREEMENT")] == [
        "звонили"]


@pytest.mark.parametrize("text", [
    "Сестра с мужем уехали в отпуск.",
    "Сестра с мужем уехала в отпуск.",
    "Кнопки, которые горят красным, отключают звук.",
    "Отчёт, который прислали вчера, уже проверен.",  # «который» as the object
    "Это привычки, которые я долго учился менять.",  # «которые» as the infinitive's object
    "Большинство покупателей остались довольны.",
    "Большинство покупателей осталось довольно.",
    "Наша квартира была маленькой.",
    "Наша квартира была маленькая.",
    "Вы были такой внимательный!",  # «вы» to one person takes a singular adjective
    "Утром звонили курьер и менеджер.",
    "Прошло полгода.",
])
def test_right_predicates_pass(rule_hits, text):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Утром пришли новая версия приложения.", "пришли", "пришла"),  # a verb before its subject
    ("Со следующей недели откроется курсы английского.", "откроется", "откроются"),
    ("У меня разбился любимая чашка.", "разбился", "разбилась"),
    ("Ни один из вариантов нам не понравились.", "понравились", "понравился"),  # «один из» is singular
    ("Детвора гоняют мяч до темноты.", "гоняют", "гоняет"),  # a collective noun with its own object
])
def test_fires_where_the_subject_follows_or_is_collective(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Утром пришла новая версия приложения.",
    "Не пришло ни одного ответа.",  # a genitive subject after «не»
    "Со следующей недели откроются курсы английского.",
    "Ни одна из машин не завелась.",
    "Один из нас точно опоздает.",
    "Квартиру купил мой старший брат.",  # the object first, the subject after a transitive verb
    "Было три заказа, остался один.",
])
def test_silent_where_the_subject_follows(rule_hits, text):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == []


@pytest.mark.parametrize("text", ["Понимаю, это правда неочевидно.", "Согласна, это правда обидно."])
def test_eto_before_a_noun_of_emphasis_is_the_subject(rule_hits, text):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == []


def test_a_noun_subject_with_a_neuter_predicate_still_fires(rule_hits):
    assert rule_hits("Эта правда неочевидно для всех.", "OURS_SUBJECT_VERB_AGREEMENT") != []


@pytest.mark.parametrize("text, span, fix", [
    ("Кабель стоит 300 рублей, установка бесплатный.", "бесплатный", "бесплатная"),
    ("Пакет большой, сумка прочный.", "прочный", "прочная"),
])
def test_a_clause_of_a_noun_and_its_adjective(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Кабель стоит 300 рублей, установка бесплатная.",
    "Столик у окна, ванная общая.",
    "Курьер вежливый, посылка целая.",
])
def test_a_clause_of_a_noun_and_its_adjective_that_agree(rule_hits, text):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == []


@pytest.mark.parametrize("text", [
    "Понятно, что заказ к празднику хочется получить вовремя.",
    "Эту форму придётся заполнить заново.",
    "Документ хотелось бы получить уже сегодня.",
])
def test_an_object_of_the_infinitive_set_first(rule_hits, text):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == []


@pytest.mark.parametrize("text", [
    "Сестра хочется получить посылку.",  # the infinitive has its own object
    "Книга хочется прочитать.",  # «книга» is no accusative
    "Ребёнок хочется спать.",  # «спать» takes no object
])
def test_a_subject_before_an_impersonal_verb_still_fires(rule_hits, text):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") != []



def test_an_adjective_that_is_no_genitive_shows_the_subject_is_none(rule_hits):
    # «счета» may be the genitive «счёта» of quantity («счёта осталось мало»), but not after «старые»
    assert rule_hits("Старые счета остается в рублях.", "OURS_SUBJECT_VERB_AGREEMENT") == [("остается", ("остаются",))]
    assert rule_hits("Старые счета остаются в рублях.", "OURS_SUBJECT_VERB_AGREEMENT") == []
    assert rule_hits("Старые счета осталось только закрыть.", "OURS_SUBJECT_VERB_AGREEMENT") == []  # the infinitive's object


@pytest.mark.parametrize("text, fix", [
    ("Если через 3 дня деньги не будет, позвоните.", ("будет", ("будут",))),  # «3» counts «дня», not «деньги»
    ("Через два часа курьеры приедет.", ("приедет", ("приедут",))),
])
def test_a_subject_after_a_counted_span_of_time(rule_hits, text, fix):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == [fix]


@pytest.mark.parametrize("text", [
    "Если через 3 дня деньги не будут на счёте, позвоните.",
    "Пять тысяч рублей ушло на ремонт.",  # counted whole
    "За 2 дня сорок человек пришло.",
])
def test_counted_subjects_stay_silent(rule_hits, text):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == []


@pytest.mark.parametrize("text", [
    "Карту выдадут в салоне, номер и баланс сохранятся.",  # the first subject hung on «салоне» by the parse
    "Пароль сменят в отделении, логин и почта останутся прежними.",
])
def test_two_subjects_joined_by_и_after_a_comma(rule_hits, text):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == []


def test_one_subject_after_a_comma_still_agrees(rule_hits):
    assert rule_hits("Карту выдадут в салоне, номер сохранятся.", "OURS_SUBJECT_VERB_AGREEMENT") == [
        ("сохранятся", ("сохранится",))]
