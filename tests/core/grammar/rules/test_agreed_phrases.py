"""Commas that agreement and the form of words decide where the tree, lost without commas, is not
sure: participial phrases after their noun, lists of nouns and of verbs, compound conjunctions,
asides between subject and verb, «да»/«нет» opening an answer, an address before an imperative."""

import pytest

from app.core.grammar.rules import RULES, check_rules


def punctuation(text):
    return [(f.rule_id, f.replacements[0]) for f in check_rules(text, "ru") if f.category == "punctuation"]


@pytest.mark.parametrize("text, rule, fix", [
    # a participle agrees with a noun further back, not with the word right before it
    ("Вчера пришла посылка из нашего магазина содержащая два товара.", "OURS_PHRASE_COMMA",
     "магазина, содержащая"),
    ("Мы отправили письмо менеджеру отвечающему за доставку.", "OURS_PHRASE_COMMA", "менеджеру, отвечающему"),
    ("У нас есть сотрудник говорящий по-английски.", "OURS_PHRASE_COMMA", "сотрудник, говорящий"),
    ("Перечислите данные указанные в договоре.", "OURS_PHRASE_COMMA", "данные, указанные"),
    # a noun after an active participle may be its object, not the noun the participle stands before
    ("Это номер заказа определяющий порядок доставки.", "OURS_PHRASE_COMMA", "заказа, определяющий"),
    ("Программа показывает окно содержащее ошибку.", "OURS_PHRASE_COMMA", "окно, содержащее"),
    # the predicate after the phrase may be a short adjective
    ("Все сотрудники работающие в выходные должны получать премию.", "OURS_PHRASE_COMMA", "выходные, должны"),
    # the participle's own adverb goes into the phrase
    ("Пришла заявка уже одобренная банком.", "OURS_PHRASE_COMMA", "заявка, уже"),
    # an adjective with words of its own after its noun is set off like a participle
    ("Я встретил человека всегда готового помочь.", "OURS_PHRASE_COMMA", "человека, всегда"),
    ("Стакан полный воды стоял на столе.", "OURS_PHRASE_COMMA", "Стакан, полный"),
    ("Стакан полный воды стоял на столе.", "OURS_PHRASE_COMMA", "воды, стоял"),
    ("Мальчик похожий на отца стоял у двери.", "OURS_PHRASE_COMMA", "отца, стоял"),
    # a participle after a personal pronoun
    ("Он сидевший у окна вдруг встал.", "OURS_PHRASE_COMMA", "Он, сидевший"),
    ("Мама ты дома?", "OURS_ADDRESS_COMMA", "Мама, ты"),
    ("Курьер как всегда опоздал.", "OURS_INTRO_COMMA", "Курьер, как всегда, опоздал"),
    # a dash between two nouns is the first clause's predicate: a second clause after «и» takes a comma
    ("Причина задержки — погода и курьер приедет завтра.", "OURS_LIST_COMMA", "погода, и"),
    # a personal pronoun with its verb opens a second clause, an object pronoun between them or not, and
    # «мы перезвоним» is the indicative there, not «let us call back»
    ("Мы получили заявку мы её обработаем завтра.", "OURS_LIST_COMMA", "заявку, мы"),
    ("Я уточню адрес мы перезвоним.", "OURS_LIST_COMMA", "адрес, мы"),
    # lists: nouns of one case, verbs of one form
    ("В офисе стоят столы стулья и шкафы.", "OURS_LIST_COMMA", "столы, стулья"),
    ("Курьер кладовщик и менеджер работают вместе.", "OURS_LIST_COMMA", "Курьер, кладовщик"),  # at the start
    ("Мастер приехал проверил счётчик.", "OURS_LIST_COMMA", "приехал, проверил"),
    ("Заказ собран упакован и отправлен.", "OURS_LIST_COMMA", "собран, упакован"),
    # a noun that may read as a genitive joins a list when the tagger gives it the list's case
    ("В магазине продают рубашки брюки и куртки.", "OURS_LIST_COMMA", "рубашки, брюки"),
    # groups of adjectives and a noun in one case
    ("Мы купили новые столы удобные стулья и большой шкаф.", "OURS_LIST_COMMA", "столы, удобные"),
    ("Большие окна светлые стены и высокие двери нравятся всем.", "OURS_LIST_COMMA", "окна, светлые"),
    ("На столе лежали книги тетради и ручки.", "OURS_LIST_COMMA", "книги, тетради"),
    # a verbal-adverb phrase right after the subject that opens the sentence closes before the predicate
    ("Кошка свернувшись клубком спала на диване.", "OURS_PHRASE_COMMA", "клубком, спала"),
    ("Курьер подъехав к дому не смог найти подъезд.", "OURS_PHRASE_COMMA", "дому, не"),
    ("Первый курьер так неудачно заблудившийся в городе был уволен.", "OURS_PHRASE_COMMA", "курьер, так"),
    ("Курьер позвонил не застал вас дома.", "OURS_LIST_COMMA", "позвонил, не"),
    # a present and a past of one subject; an adverb of time before the second verb goes with it
    ("Сестра учится в школе недавно выиграла олимпиаду.", "OURS_LIST_COMMA", "школе, недавно"),
    ("Сначала он молчал потом заговорил.", "OURS_LIST_COMMA", "молчал, потом"),
    # the clause that opens the sentence ends before the word that takes up its relative word
    ("Кто опоздал тот платит штраф.", "OURS_CLAUSE_END_COMMA", "опоздал, тот"),
    ("Где раньше был склад там теперь офис.", "OURS_CLAUSE_END_COMMA", "склад, там"),
    ("Она посмотрела на меня так словно видела впервые.", "OURS_CONJ_COMMA", "так, словно"),
    # the phrase closes before the subject's predicate: after quotes, after «уже», after an adverb first
    ("Первый курьер так неудачно заблудившийся в «Старом городе» был уволен.", "OURS_PHRASE_COMMA",
     "городе», был"),
    ("Наш оператор отвечающий за доставку уже позвонил клиенту.", "OURS_PHRASE_COMMA", "доставку, уже"),
    ("Вчера курьер заблудившийся в городе был уволен.", "OURS_PHRASE_COMMA", "городе, был"),
    ("Клиенты сами хорошо знающие этот продукт не смогли разобраться.", "OURS_PHRASE_COMMA", "Клиенты, сами"),
    ("Клиенты сами хорошо знающие этот продукт не смогли разобраться.", "OURS_PHRASE_COMMA", "продукт, не"),
    # the first verb's likely object, and an adjective before its noun, are no subject of the second
    ("Мастер пришёл снял старый счётчик поставил новый.", "OURS_LIST_COMMA", "счётчик, поставил"),
    ("Мы проверили заказ отправили его вчера.", "OURS_LIST_COMMA", "заказ, отправили"),
    # «и» between two clauses when the first has no subject to share
    ("Письмо не пришло и клиент написал снова.", "OURS_LIST_COMMA", "пришло, и"),
    ("Вы оставили заявку и мы вам перезвоним.", "OURS_LIST_COMMA", "заявку, и"),
    ("Мастер заменил фильтр и вода снова пошла.", "OURS_LIST_COMMA", "фильтр, и"),
    # after «и» a phrase, a verb and its subject after it: a clause of its own
    ("Мы сели в машину и через час приехали мастера.", "OURS_LIST_COMMA", "машину, и"),
    ("Я позвонил он не ответил.", "OURS_LIST_COMMA", "позвонил, он"),
    ("Я думаю он придёт.", "OURS_LIST_COMMA", "думаю, он"),
    ("Пусть он придёт я с ним поговорю.", "OURS_LIST_COMMA", "придёт, я"),  # a phrase between subject and verb
    ("Спасибо за терпение мы уже работаем над проблемой.", "OURS_LIST_COMMA", "терпение, мы"),
    ("Мы, проверив данные вернём деньги.", "OURS_PHRASE_COMMA", "данные, вернём"),
    # a verbal-adverb phrase right after «и» between two predicates, set off on both sides
    ("Оператор встал и улыбаясь подошёл к клиенту.", "OURS_PHRASE_COMMA", "и, улыбаясь"),
    ("Оператор встал и улыбаясь подошёл к клиенту.", "OURS_PHRASE_COMMA", "улыбаясь, подошёл"),
    ("Она оделась и напевая песню быстро вышла из дома.", "OURS_PHRASE_COMMA", "песню, быстро"),
    ("Я пришёл хотя было поздно.", "OURS_CONJ_COMMA", "пришёл, хотя"),
    ("Чтобы оформить возврат заполните заявку.", "OURS_CLAUSE_END_COMMA", "возврат, заполните"),
    ("Таким образом мы решили проблему.", "OURS_INTRO_COMMA", "Таким образом, мы"),
    ("Как известно доставка бесплатная.", "OURS_INTRO_COMMA", "Как известно, доставка"),
    # comparisons
    ("Доставка курьером быстрее чем почтой.", "OURS_COMPARISON_COMMA", "быстрее, чем"),
    ("Мы как и вы ждём ответа.", "OURS_COMPARISON_COMMA", "Мы, как"),
    ("Сделайте так же как в прошлый раз.", "OURS_COMPARISON_COMMA", "же, как"),
    # compound conjunctions and clause words
    ("Курьер приехал несмотря на дождь.", "OURS_CONJ_COMMA", "приехал, несмотря"),
    ("Посылка задержалась на складе так что заказ привезут завтра.", "OURS_CONJ_COMMA", "складе, так"),
    # after a verb in the present that tells a process «так что» gives a consequence
    ("Кран течёт так что придётся вызвать мастера.", "OURS_CONJ_COMMA", "течёт, так"),
    ("Я горжусь тем что мы сделали.", "OURS_CONJ_COMMA", "тем, что"),
    ("Он смотрел на нас как будто нас нет.", "OURS_CONJ_COMMA", "нас, как"),
    # a genitive relative word that cannot refer to the noun before it: the comma goes before the noun
    ("Это был мастер мать которого работала у нас.", "OURS_CONJ_COMMA", "мастер, мать"),
    ("Мы вошли в дом в окнах которого горел свет.", "OURS_CONJ_COMMA", "дом, в"),
    ("Мы открыли музей часть залов которого закрыта.", "OURS_CONJ_COMMA", "музей, часть"),
    ("Мы приехали в город на обоих берегах которого стоят заводы.", "OURS_CONJ_COMMA", "город, на"),
    ("Нет моего брата нет дома.", "OURS_YES_NO_COMMA", "Нет, моего"),
    ("Он ответил как будто ничего не случилось.", "OURS_CONJ_COMMA", "ответил, как"),
    ("Сайт не открывается поэтому напишите нам в чат.", "OURS_CONJ_COMMA", "открывается, поэтому"),
    ("Курьер потерял адрес из-за чего доставка задержалась.", "OURS_CONJ_COMMA", "адрес, из-за"),
    ("Мы узнали об ошибке только после того как вы написали.", "OURS_CONJ_COMMA", "того, как"),
    ("Я уточню сможем ли мы привезти заказ сегодня.", "OURS_CONJ_COMMA", "уточню, сможем"),
    ("Оставьте номер чтоб мы перезвонили.", "OURS_CONJ_COMMA", "номер, чтоб"),
    ("Если бы не ваша помощь мы бы не успели.", "OURS_CLAUSE_END_COMMA", "помощь, мы"),
    # asides, answers, addresses
    ("Вы очевидно не получили письмо.", "OURS_INTRO_COMMA", "Вы, очевидно, не"),
    ("Она может быть ещё придёт.", "OURS_INTRO_COMMA", "Она, может быть, ещё"),
    ("Курьер кажется заблудился.", "OURS_INTRO_COMMA", "Курьер, кажется, заблудился"),
    ("Да вы правы.", "OURS_YES_NO_COMMA", "Да, вы"),
    ("Нет я не получал письмо.", "OURS_YES_NO_COMMA", "Нет, я"),
    ("Хорошо я передам вашу просьбу.", "OURS_YES_NO_COMMA", "Хорошо, я"),
    ("Здравствуйте меня зовут Анна.", "OURS_GREETING_COMMA", "Здравствуйте, меня"),
    ("Добрый день подскажите статус заказа.", "OURS_GREETING_COMMA", "день, подскажите"),
    ("Ваш заказ передан в доставку курьер свяжется с вами.", "OURS_LIST_COMMA", "доставку, курьер"),
    ("Клиент хочет вернуть товар магазин отказывает.", "OURS_LIST_COMMA", "товар, магазин"),
    # the second clause's subject may have its own genitive before the verb
    ("Мама купила торт дочь клиента принесла цветы.", "OURS_LIST_COMMA", "торт, дочь"),
    ("Анна подскажите номер заказа.", "OURS_ADDRESS_COMMA", "Анна, подскажите"),
    ("Коллега примите заявку.", "OURS_ADDRESS_COMMA", "Коллега, примите"),
    ("Подождите минутку Анна!", "OURS_ADDRESS_COMMA", "минутку, Анна"),
    ("Подождите минутку коллега.", "OURS_ADDRESS_COMMA", "минутку, коллега"),
    # an address of several words ends the request
    ("Подождите минутку уважаемый коллега.", "OURS_ADDRESS_COMMA", "минутку, уважаемый"),
    ("Помогите мне товарищ главный инженер!", "OURS_ADDRESS_COMMA", "мне, товарищ"),
    ("Заказ придёт в пятницу то есть через два дня.", "OURS_CONJ_COMMA", "пятницу, то"),
    ("Мы звоним для того чтобы уточнить адрес.", "OURS_CONJ_COMMA", "того, чтобы"),
    ("Товар пришёл вчера (кажется это был последний).", "OURS_INTRO_COMMA", "кажется, это"),
])
def test_missing_comma_is_found(text, rule, fix):
    assert (rule, fix) in punctuation(text)


@pytest.mark.parametrize("text", [
    "Отправленный вчера заказ уже в пути.",
    "Похожий на отца мальчик стоял у двери.",  # the phrase before its noun
    "Я купил полный набор инструментов.",
    "Мы готовы помочь.",
    "Я видел курьера, заблудившегося в городе и позвонившего нам.",  # the noun is no subject: no closing comma
    "Наши клиенты, живущие в Москве, получат скидку.",
    "Мы видим стоящий у двери шкаф.",
    "В связи с растущим спросом цены выросли.",
    "Мы ждём вас в следующем месяце.",
    "Просим всех желающих записаться.",
    "Мы проверили заказ курьера склада и магазина.",
    "Столы офиса и склада убрали.",  # a genitive chain, not a list
    "Старые книги моего деда и бабушки лежат на полке.",
    "Берега реки и озера заросли камышом.",
    "Вопросы оплаты доставки и возврата решает менеджер.",
    "Анна Мария и Ольга пришли.",  # names: «Анна Мария» may be one person
    "Он вошёл и молча сел у окна.",  # «молча» works as an adverb
    "Курьер привёз заказ, клиент расписался.",  # «клиент» is the second verb's subject
    "Оператор встал и, улыбаясь, подошёл к клиенту.",
    "Укажите номер телефона и адрес доставки.",
    "Обсудили распределение задач и ответственности.",
    "Он устал так что сразу уснул.",
    "Между тем что он сказал и что сделал большая разница.",
    "Нет, времени нет.",
    "Он стал словно чужой.",
    "Мы вернём деньги после того, как получим товар.",
    "После того как вы оплатите заказ, мы его отправим.",
    "Поэтому напишите нам.",
    "Именно поэтому мы вам звоним.",
    "Я уточню, сможем ли мы привезти заказ сегодня.",
    "Он может быть дома.",
    "Мне кажется, он прав.",
    "Это кажется странным.",
    "Да вы что!",
    "Да будет свет.",
    "Нет денег на счёте.",
    "Мама сказала, что придёт.",
    "Мы знаем, что он пришёл и она ушла.",
    "Я купил хлеб и молоко.",
    "Вчера шёл дождь и дул ветер.",
    "Позвоните Анне.",
    "Подождите минутку, Анна!",
    "Если кто что знает, напишите нам.",
    "Давайте я проверю.",
    "Позовите мастера.",
    "Подождите, уважаемый коллега.",
    "Позовите нашего старшего мастера.",
    "Она вошла в комнату и на столе увидела письмо.",  # one subject for both verbs
    "Он пришёл и в комнате стало тихо.",
    "Кто это сделал?",
    "Что ты делаешь там?",
    "Он как следует выспался.",  # a set phrase, not a predicate
    "Мы приехали в город, на обоих берегах которого стоят заводы.",  # the comma is before the whole group
    "Мы открыли музей, часть залов которого закрыта.",
    "Мы слышали голос поющего в хоре.",  # an animate accusative: the participle is a noun, not the word's
    "Купите новый телефон.",
    "Подождите минутку, дорогая Анна.",
    "Документы подписаны и отправлены.",
    "На складе лежит посылка и ждёт отправки.",
    "Ещё вчера пришёл заказ и курьер уехал.",
    "Привет коллегам.",
    "Мы принимаем карты, такие как «Мир» и Visa.",
    "Хорошо мы поработали.",
    "Добрый день всем!",
    "Добрый день, чем могу помочь?",
    "Сегодня курьер привезёт заказ.",
    "Позвоните хотя бы раз.",
    "Мы решили проблему таким образом.",
    "Когда вы сможете приехать?",
    "Мы, проверив данные, вернём деньги.",
    "Это более чем достаточно.",
    "Мы обсудили определяющий успех фактор.",  # the participle stands before its noun, no noun agrees before it
    "Хочешь не хочешь, а документы придётся подписать.",  # a set phrase of one verb twice: no comma inside
    "Верь не верь, а посылка уже пришла.",
    "Мама — врач и папа тоже.",  # no verb after «и»: one predicate for both
    "Давайте мы вам поможем.",   # «давайте» and its pronoun make one request
    "Введите номер полиса — дата и сумма появятся сами.",  # after a verb the dash opens a clause of two subjects
])
def test_correct_sentences_stay_silent(text):
    assert punctuation(text) == []


def test_new_findings_carry_their_rules_explanation():
    for text in ("Да вы правы.", "В офисе стоят столы стулья и шкафы."):
        for f in check_rules(text, "ru"):
            assert f.explanation == RULES[f.rule_id].explanation
    assert "«да»" in RULES["OURS_YES_NO_COMMA"].title


def test_a_relative_clause_after_the_phrase_keeps_its_verb():
    # the phrase opens with its comma; «будет» is the relative clause's verb, no comma before it
    assert punctuation("Это таблица содержащая данные в формате из которого будет взята дата.") == [
        ("OURS_PHRASE_COMMA", "таблица, содержащая")]


@pytest.mark.parametrize("text", [
    "Добавьте в корзину выбранную вами модель.",  # the participle and its agent stand before their noun
    "Это единственный знакомый мне курьер в нашем районе.",  # two attributes before their noun
    "Мы вставили в форму встроенную карту.",  # a passive participle takes no object: «карту» is its noun
])
def test_attributes_before_their_noun_get_no_comma(rule_hits, text):
    assert rule_hits(text, "OURS_PHRASE_COMMA") == []


def test_phrase_after_its_noun_still_set_off(rule_hits):
    assert rule_hits("Мы отправили письмо менеджеру отвечающему за доставку.", "OURS_PHRASE_COMMA")


def test_a_relative_какой_opens_a_clause_not_a_second_sentence():
    # «какой город вы укажете» is one clause: its subject «вы» opens no new one after «город»
    fixes = [fix for _, fix in punctuation("Срок доставки зависит от того какой город вы укажете.")]
    assert "город, вы" not in fixes
    assert "Срок доставки зависит от того какой город вы укажете." not in fixes


def test_no_participle_comma_after_в_том_числе():
    assert ("OURS_PHRASE_COMMA", "числе, оформленные") not in punctuation(
        "Мы проверили все заказы в том числе оформленные вчера.")
