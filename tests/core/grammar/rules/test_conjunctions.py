"""Our rules for commas before conjunctions and at the end of a subordinate clause."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Я не знаю что произошло.", "знаю что", "знаю, что"),
    ("Спасибо за то что дождались.", "то что", "то, что"),
    ("Напишите номер чтобы я проверила.", "номер чтобы", "номер, чтобы"),
    ("Заказ задерживается потому что курьер заболел.", "задерживается потому", "задерживается, потому"),
    ("Товар который вы заказали уже в пути.", "Товар который", "Товар, который"),
    ("Уточните адрес по которому доставить.", "адрес по", "адрес, по"),
    ("Мы не можем отменить заказ так как прошло две недели.", "заказ так", "заказ, так"),
    ("Напишите нам если возникнут вопросы.", "нам если", "нам, если"),
    ("Мы вернули деньги ибо товар оказался с браком.", "деньги ибо", "деньги, ибо"),
    ("Мы вернём деньги коли товар не подошёл.", "деньги коли", "деньги, коли"),
    # a particle before «потому что» stresses the cause: the comma parts the conjunction
    ("Заказ задержался не потому что склад закрыт.", "потому что", "потому, что"),
    ("Пишите вежливо хотя бы потому что клиент расстроен.", "потому что", "потому, что"),
    ("Мы отказали также потому что срок возврата истёк.", "потому что", "потому, что"),
    ("Бывает так что посылка задерживается.", "так что", "так, что"),   # «так» tells how it happens
    ("Он говорит так что его никто не понимает.", "так что", "так, что"),
    # a compound conjunction inside the sentence is parted before «что»
    ("Доставка задержалась из-за того что склад закрыли на учёт.", "того что", "того, что"),
    ("Клиент расстроился оттого что посылка пришла мятой.", "оттого что", "оттого, что"),
])
def test_conj_comma_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_CONJ_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Что случилось?",
    "Не за что!",
    "Я не знаю, что произошло.",
    "Заказ задерживается, потому что курьер заболел.",
    "Вам есть что добавить?",
    "Спросите что угодно.",
    "Для того чтобы сменить пароль, откройте настройки.",
    "Несмотря на то что заказ оплачен, он не виден.",
    "Сделайте так как написано в инструкции.",
    "Всё работает так как нужно.",
    "У нас три пункта, каждый из которых работает до восьми.",
    "Это сервис, для подключения к которому нужен пароль.",  # the clause opens at «для», its comma is there
    "В письме две ошибки, исправить которые несложно.",      # the clause opens at the infinitive
    "ПРАВИЛО ОПЕРАТОРА Если клиент злится, сохраняйте спокойствие.",  # a heading in capitals, then the sentence
    "Напишите нам, если возникнут вопросы.",
    "Даже если заказ задержится, мы предупредим.",
    "Это не то что вы думаете.",
    "Он не только починил кран, но и заменил трубы.",
    "Одни спешат, тогда как только терпение здесь помогает.",  # «тогда как», and «только» is another word's
])
def test_conj_comma_silent(rule_hits, text):
    assert rule_hits(text, "OURS_CONJ_COMMA") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Если возникнут вопросы напишите нам.", "вопросы напишите", "вопросы, напишите"),
    ("Если заказ не пришёл вы можете написать.", "пришёл вы", "пришёл, вы"),
    ("Если вам удобно мы перенесём доставку.", "удобно мы", "удобно, мы"),
    ("Если вы не против напишите нам.", "против напишите", "против, напишите"),  # «против» is no adverb
    # «то» opens the main part; a leading «а» does not hide the «если»
    ("Если заказ не пришёл то напишите нам.", "пришёл то", "пришёл, то"),
    ("А если товар не подошёл то верните его.", "подошёл то", "подошёл, то"),
    # a condition with «будь»: the main part, with «бы», starts at its subject
    ("Будь вы внимательнее ошибки бы не было.", "внимательнее ошибки", "внимательнее, ошибки"),
    ("Будь мы быстрее мы бы успели.", "быстрее мы", "быстрее, мы"),
    # the request after the clause opens with «не»: the comma goes before it, never after it
    ("Если ничего не получилось не волнуйтесь.", "получилось не", "получилось, не"),
    ("Когда будете звонить не забудьте номер заказа.", "звонить не", "звонить, не"),
    # a compound conjunction opens the clause as «если» does
    ("Для того чтобы войти нажмите кнопку внизу.", "войти нажмите", "войти, нажмите"),
    ("Несмотря на то что склад закрыт мы отправим заказ.", "закрыт мы", "закрыт, мы"),
])
def test_clause_end_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_CLAUSE_END_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Если возникнут вопросы, напишите нам.",
    "Когда вы сможете забрать заказ?",
    "Если вы хотите вернуть товар, оформите заявку.",
    "Если заказ не пришёл, то напишите нам.",
    "Если позвонит кто то из курьеров, ответьте.",  # «кто-то» without its hyphen, not «то» of the main part
    "Будь вы здоровы!",  # a wish, not a condition
    "Будь ты внимательнее.",  # a request: no «бы», no main part
    "Будь мы быстрее, мы бы успели.",
    "Для того чтобы войти, нажмите кнопку внизу.",
    "Если вы не знаете пароль, нажмите кнопку.",
    "Если кто-то позвонит ночью дверь не открывайте.",  # «дверь» is the request's object: no comma before «не»
    "Если заказ оформляли не вы, сообщите нам.",  # «не вы» is the clause's subject: never «не, вы»
    "Если звонили мы, перезвоните по этому номеру.",  # the pronoun agrees with the clause's verb
    # a pronoun after «что» opens a clause of its own: never «что, он»
    "Если курьер опоздал это значит что он попал в пробку.",
    "Когда заказ задерживается оператор пишет что мы уже ищем курьера.",
])
def test_clause_end_silent(rule_hits, text):
    assert rule_hits(text, "OURS_CLAUSE_END_COMMA") == []


def test_li_ili_takes_a_comma_before_ili(rule_hits):
    assert rule_hits("Курьер ли опоздал или склад ошибся?", "OURS_LIST_COMMA") == [("опоздал или", ("опоздал, или",))]


@pytest.mark.parametrize("text", [
    "Придёт ли он или нет, пока неизвестно.",  # «или нет» is one idea
    "Вам удобнее оплатить картой или наличными?",  # no «ли»
    "Курьер ли опоздал, или склад ошибся?",
    "Я уточню, доставят ли заказ сегодня или завтра.",  # an indirect question
])
def test_li_ili_silent(rule_hits, text):
    assert rule_hits(text, "OURS_LIST_COMMA") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Если вы звонили мы перезвоним.", "звонили мы", "звонили, мы"),  # the clause has its subject already
    ("Когда курьер приедет он позвонит.", "приедет он", "приедет, он"),
])
def test_a_pronoun_after_a_clause_with_its_subject_opens_the_main_part(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_CLAUSE_END_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text, span, fix", [
    ("Подождите на линии пока оператор не освободится.", "линии пока", "линии, пока"),
    ("Мы будем звонить пока не дозвонимся.", "звонить пока", "звонить, пока"),
    ("Мы доставим заказ даже если пойдёт снег.", "заказ даже", "заказ, даже"),
    ("Скидка действует в том случае если заказ оплачен.", "случае если", "случае, если"),
    # the particle before «когда», «если» belongs to the clause: the comma stands before it
    ("Мы позвоним лишь когда заказ соберут.", "позвоним лишь", "позвоним, лишь"),
    ("Возврат возможен лишь если сохранён чек.", "возможен лишь", "возможен, лишь"),
    ("Курьер звонит именно когда я на совещании.", "звонит именно", "звонит, именно"),
])
def test_until_and_even_if_take_a_comma(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_CONJ_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Мы пока не знаем точной даты.",  # «for now»
    "Давайте пока не будем торопиться.",
    "Курьер пока в пути.",
    "До тех пор пока заказ не оплачен, он не собирается.",
    "В случае если заказ не придёт, напишите нам.",
    "И даже если опоздаем, ничего страшного.",
    "Только когда заказ соберут, мы позвоним.",          # the clause opens the sentence
    "Мы звоним не только когда заказ готов.",           # «не только»: the particle is the main clause's
    "Я только что получила ваше письмо.",               # «только что» is an adverb of time
    "Звоните тогда лишь когда заказ готов.",            # after «тогда» the correlative's comma, elsewhere
    "Звоните только когда заказ готов.",                # «только» is left to the writer
])
def test_until_and_even_if_quiet(rule_hits, text):
    assert rule_hits(text, "OURS_CONJ_COMMA") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Запись открыта до пятницы, если появятся вопросы пишите.", "вопросы пишите", "вопросы, пишите"),
    ("Код придёт в СМС, когда курьер приедет покажите его.", "приедет покажите", "приедет, покажите"),
])
def test_a_request_after_a_clause_inside_the_sentence_takes_the_clause_end_comma(rule_hits, text, span, fix):
    """«…, если появятся вопросы(,) пишите»: the «если»-clause after a comma ends before the request."""
    assert rule_hits(text, "OURS_CLAUSE_END_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Карта блокируется, когда вы трижды вводите неверный код.",  # «вводите» is the clause's own verb, with «вы»
    "Я перезвоню, когда вы будете свободны.",
    "Напишите, если нужно подождать.",
    "Если вы просто хотите сменить тариф, откройте приложение.",  # «вы» and an adverb, then the clause's verb
])
def test_a_clause_inside_the_sentence_with_its_own_verb_is_left_alone(rule_hits, text):
    assert rule_hits(text, "OURS_CLAUSE_END_COMMA") == []


@pytest.mark.parametrize("text", [
    "Заказ почти что собран, осталось упаковать.",  # «почти что» is one particle
    "Курьер приедет быстрее, чем если бы вы забирали сами.",  # the comma stands before «чем»
    "Пишите в любое время, в особенности если заказ срочный.",  # and before «в особенности»
])
def test_no_comma_inside_a_compound_opening(rule_hits, text):
    assert rule_hits(text, "OURS_CONJ_COMMA") == []


def test_kak_tolko_opens_a_clause_even_where_the_tree_sees_none(rule_hits):
    """«как только» after a predicate takes the comma of a clause (the tree's rule id: one comma, one finding)."""
    assert rule_hits("Отвечу как только освобожусь.", "OURS_CLAUSE_COMMA") == [("Отвечу как", ("Отвечу, как",))]
    assert rule_hits("Курьер выедет как только заказ соберут.", "OURS_CLAUSE_COMMA") == [
        ("выедет как", ("выедет, как",))]


@pytest.mark.parametrize("text, span, fix", [
    ("Доплата составит 1 200 ₽ если сменить дату сейчас.", "200 ₽ если", "200 ₽, если"),
    ("Переведите 10 $ чтобы проверить счёт.", "10 $ чтобы", "10 $, чтобы"),
])
def test_a_figure_and_its_sign_end_the_main_clause(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_CONJ_COMMA") == [(span, (fix,))]


def test_a_figure_and_its_sign_with_the_comma(rule_hits):
    assert rule_hits("Доплата составит 1 200 ₽, если сменить дату сейчас.", "OURS_CONJ_COMMA") == []


def test_a_later_time_than_a_clause_is_a_comparison(rule_hits):
    text = "Курьер приехал позже чем обещал."  # no figure after «чем»: a clause compared
    assert rule_hits(text, "OURS_COMPARISON_COMMA") == [("позже чем", ("позже, чем",))]
