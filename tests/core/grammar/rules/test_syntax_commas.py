"""Commas and agreement decided on the dependency tree: each rule fires on its error and stays
silent on correct sentences that fooled the word-by-word rules."""

import pytest

from app.core.grammar.rules import RULES, check_rules


def punctuation(text):
    return [(f.rule_id, f.replacements[0]) for f in check_rules(text, "ru") if f.category == "punctuation"]


@pytest.mark.parametrize("text, rule, fix", [
    ("Я уточню когда курьер приедет.", "OURS_CLAUSE_COMMA", "уточню, когда"),
    ("Мы знаем где находится склад.", "OURS_CLAUSE_COMMA", "знаем, где"),
    ("Мы перезвоним как только освободится оператор.", "OURS_CLAUSE_COMMA", "перезвоним, как"),
    ("Я не знаю как её зовут.", "OURS_CLAUSE_COMMA", "знаю, как"),          # an indirect question
    ("Оператор объяснил как оформить возврат.", "OURS_CLAUSE_COMMA", "объяснил, как"),
    ("Подождите на линии пока оператор проверит заказ.", "OURS_CONJ_COMMA", "линии, пока"),  # the word rule first
    ("Мы сделаем всё что сможем.", "OURS_CORRELATIVE_COMMA", "всё, что"),  # the word-level pair asks first
    ("Проверив данные мы вернём деньги.", "OURS_PHRASE_COMMA", "данные, мы"),
    ("Мы вернём деньги проверив данные.", "OURS_PHRASE_COMMA", "деньги, проверив"),
    ("Мы получили письмо отправленное вчера вечером.", "OURS_PHRASE_COMMA", "письмо, отправленное"),
    ("Заказ собран но ещё не отправлен.", "OURS_LIST_COMMA", "собран, но"),
    ("Заказ собран и курьер уже выехал.", "OURS_LIST_COMMA", "собран, и"),
    ("Курьер который вёз заказ попал в пробку.", "OURS_CLAUSE_COMMA", "заказ, попал"),
    ("Мастер который к вам приезжал уже не работает.", "OURS_CLAUSE_COMMA", "приезжал, уже"),
    # the clause before the main predicate ends where the second finite verb's words begin
    ("Пока вы спали мама приготовила обед.", "OURS_CLAUSE_COMMA", "спали, мама"),
    ("Документы которые вы прислали мы уже проверили.", "OURS_CLAUSE_COMMA", "прислали, мы"),
    # a clause word between a predicate and a verb of its own, whatever the tree says
    ("Мы видели где курьер оставил заказ.", "OURS_CLAUSE_COMMA", "видели, где"),
    ("Мне интересно где он живёт.", "OURS_CLAUSE_COMMA", "интересно, где"),
    ("Нам пишут то клиенты то партнёры.", "OURS_LIST_COMMA", "клиенты, то"),  # «то… то» with nouns
    ("Я спросил маму почему она грустит.", "OURS_CLAUSE_COMMA", "маму, почему"),
    ("Мы не знаем куда нам идти.", "OURS_CLAUSE_COMMA", "знаем, куда"),
    # repeated conjunctions part their members
    ("На столе лежали и яблоки и груши.", "OURS_LIST_COMMA", "яблоки, и"),
    ("Он не пил ни чай ни кофе.", "OURS_LIST_COMMA", "чай, ни"),
    ("Нам пишут то клиенты то партнёры то ещё кто-нибудь.", "OURS_LIST_COMMA", "партнёры, то"),
    # a word that can only be a verbal adverb opens its phrase; «не» goes into the phrase
    ("Он ушёл не дожидаясь ответа.", "OURS_PHRASE_COMMA", "ушёл, не"),
    ("Курьер позвонил подъехав к дому.", "OURS_PHRASE_COMMA", "позвонил, подъехав"),
    # a negative pronoun before «не» is the gerund's too
    ("Оператор ответил клиенту никого не дожидаясь.", "OURS_PHRASE_COMMA", "клиенту, никого"),
    # a participle after its noun with «не» before it: the comma goes before «не»
    ("Мы свяжемся с клиентами не получившими письмо.", "OURS_PHRASE_COMMA", "клиентами, не"),
    ("Тариф не требующий абонентской платы подойдёт вам больше всего.", "OURS_PHRASE_COMMA", "Тариф, не"),
    ("Погода то улучшалась то портилась.", "OURS_LIST_COMMA", "улучшалась, то"),
    ("Возьмите или карту или наличные.", "OURS_LIST_COMMA", "карту, или"),
    # «и» between two parts, each opening with its own subject and verb
    ("Мама готовила обед и папа читал газету.", "OURS_LIST_COMMA", "обед, и"),
    ("Она пришла и мы начали.", "OURS_LIST_COMMA", "пришла, и"),
    # the clause's own words before the main verb's particles: the border is before the particles
    ("Когда мы приехали в город уже стемнело.", "OURS_CLAUSE_COMMA", "город, уже"),
    # one adverb between the clause's verb and the main one: by the kind of adverb
    ("Дом в котором мы жили давно снесли.", "OURS_CLAUSE_COMMA", "жили, давно"),
    ("Человек который пришёл вчера оказался моим братом.", "OURS_CLAUSE_COMMA", "вчера, оказался"),
    # a gerund has no subject: a noun only in the nominative opens the main clause
    ("Увидев нас собака радостно залаяла.", "OURS_PHRASE_COMMA", "нас, собака"),
    ("Исходя из ваших слов мы вернём деньги.", "OURS_PHRASE_COMMA", "слов, мы"),  # «исходя из» opening a sentence
    ("Не знаю как маме помочь.", "OURS_CLAUSE_COMMA", "знаю, как"),  # an infinitive clause after «как»
    ("Получив письмо клиент сразу позвонил.", "OURS_PHRASE_COMMA", "письмо, клиент"),
    # a phrase that opens the sentence with no subject after it ends before the verb and its particles
    ("Выезжая на работу по утрам не завтракал.", "OURS_PHRASE_COMMA", "утрам, не"),
    ("Он был рыбаком: выезжая на озеро с друзьями ловил щук.", "OURS_PHRASE_COMMA", "друзьями, ловил"),
])
def test_a_missing_comma_is_found_on_the_tree(text, rule, fix):
    assert (rule, fix) in punctuation(text)


@pytest.mark.parametrize("text", [
    "Заказ собран и упакован.",                       # one subject: no comma before «и»
    "Мы проверили заказ и отправили его.",
    "Если дозвониться не получится, напишите нам адрес.",  # an infinitive with its verb: one predicate
    "Если в следующий раз захотите сменить тариф, напишите нам.",  # the clause's own verb, no request
    "Если в течение двух дней решите вернуть товар, напишите нам.",  # … after a time phrase with a genitive
    "Если за 10 дней решите не ехать, мы вернём деньги.",
    "Билет можно сдать и меньше чем за сутки до поезда.",  # an amount, not a comparison
    "Горничная придёт в номер через 20 минут и всё уберёт, постельное бельё заменят.",  # «и» is the first clause's
    "Я её отключила и вернула 450 ₽ — деньги будут на счёте в течение суток.",  # «₽» is no subject
    "Есть пакет «Семья» за 200 рублей в месяц, подключу его по вашей просьбе.",  # no gerund here
    "Выбранный товар уже в корзине.",                 # a participle before its noun
    "Он работает как часы.",                          # a comparison, not a clause
    "Выдаём мыло всем проживающим в общежитии каждую неделю.",
    "Курьер, который вёз заказ, попал в пробку.",
    "Если заказ не придёт, напишите нам.",
    "Мы вернём деньги, как только проверим данные.",
    "Отправленное вчера письмо уже дошло до вас.",
    "Если захотите вернуться до пятницы, заявка сохранится за вами.",     # the writer closed it already
    "Заказ считается выполненным, когда получены деньги и подписан акт.",  # one «когда» for both
    "На складе товары пока есть, доставка займёт два дня.",             # «пока» meaning «for now»
    "Девушка, которая работает у нас давно, знает всех клиентов.",
    "Ты где живёшь?",                                 # no main clause before the question word
    "Он не знающий меры человек.",                    # a participle before its noun, «не» with it
    "Делай что хочешь.",                              # set phrases, not clauses
    "Кот спал где попало.",
    "Я верю во что угодно.",
    "Работали ни свет ни заря.",                      # an idiom with a repeated conjunction
    "Мы и так и этак пробовали.",
    "Возьмите то платье и то пальто.",                # «то» as a pronoun
    "Когда вы приедете к нам?",
    "Вчера шёл дождь и дул ветер.",                   # «вчера» belongs to both parts
    "Он пошёл куда глаза глядят.",
    "Ночевали где придётся.",
    "Они работали не покладая рук.",                  # gerunds frozen into idioms
    "Он бежал сломя голову.",
    "Она слушала затаив дыхание.",
    "Стоимость доставки рассчитывается исходя из веса посылки.",  # «исходя из» after its verb: comma optional
    "Эту функцию часто рассматривают как способ сэкономить.",  # «как» + a noun in a role: no infinitive clause
    "Отметьте обращение как решённое в своём списке.",   # a participle the tagger took for a finite verb
    "Помогите мне пока разобраться с настройками.",      # «пока» meaning «for now» before an infinitive
    "Курьер ушёл, торопливо попрощавшись с нами.",      # the adverb is the gerund's own (tagged as a verb)
    "Задержка — не каприз, не лень и не злая воля оператора.",  # «злая» is the last noun's own
    "Директор не глядя подписал бумаги.",             # a lone gerund by its verb tells how
    "Он ни сном ни духом не знал.",
    "Всё идёт как надо.",                             # set comparisons with «как»
    "Мы пока что ждём ответа склада.",                # «пока что» means «for now»
    "Я пока не знаю номер заказа.",
    "Если записать видео не получится, пришлите фото.",  # the infinitive and its object: the subject of «получится»
    "Скорость снизится до 5 Мбит/с до конца суток.",  # «/с» is the unit's, no list of two «до»
])
def test_correct_sentences_get_no_comma_finding(text):
    assert punctuation(text) == []


@pytest.mark.parametrize("text, wrong", [
    ("Увидев нас собака радостно залаяла.", "собака, радостно"),  # the subject is not the gerund's
    ("Хотя было уже поздно мы решили прогуляться.", "было, уже"),  # «уже поздно» is the clause's predicate
    ("Думая что клиент уже ушёл мы закрыли чат.", "что, клиент"),  # a subject inside the gerund's clause
    ("Если вы готовы мы начнём оформление.", "мы, начнём"),  # the tree's second subject is the main verb's
    ("Хотя курьер опоздал он всё же привёз заказ.", "он, всё"),  # so it is with particles before that verb
    ("Хотя мастер задержался он всё-таки успел всё починить.", "он, всё-таки"),
    ("Когда они закончат с отчётом в почте появится письмо.", "закончат, с"),  # «с отчётом» is the verb's
    ("Как только она перевернула последнюю страницу книга рассыпалась.", "перевернула, последнюю"),
    ("Тем самым сократив очередь мы сэкономили клиентам время.", "самым, сократив"),  # «тем самым» is the gerund's
])
def test_no_comma_inside_the_phrase(text, wrong):
    assert wrong not in [fix for _, fix in punctuation(text)]


def test_the_comma_goes_before_tem_samym():
    found = punctuation("Мы обновили сервер тем самым ускорив работу сайта.")
    assert ("OURS_PHRASE_COMMA", "сервер, тем") in found
    assert not any(fix.startswith("самым,") for _, fix in found)
    assert punctuation("Мы обновили сервер, тем самым ускорив работу сайта.") == []


@pytest.mark.parametrize("text, fixes", [
    # a gerund after its verb opens its phrase itself: the words before it are the main verb's
    ("Программа переводит текст в таблицу используя абзацы как границы.", ["таблицу, используя"]),
    # its «не», «так и не» go with it
    ("Мы отправили заказ курьером не дожидаясь оплаты.", ["курьером, не"]),
    ("Курьер оставил посылку у двери так и не дождавшись хозяина.", ["двери, так"]),
    # an adverb before it may be either verb's: no comma is asked for
    ("Фильтр ищет границы между цветами постоянно сравнивая соседние точки.", []),
])
def test_a_gerund_after_its_verb_opens_its_own_phrase(text, fixes):
    assert [fix for rule, fix in punctuation(text) if rule == "OURS_PHRASE_COMMA"] == fixes


@pytest.mark.parametrize("text", [
    "В старом саду растёт яблоня.",                    # «саду»: the second locative agrees
    "Этот диван привезли вчера утром.",                # nobody named does the bringing
    "Кошка весь день спала на окне.",                  # «весь день» is not the subject
    "Большинство покупателей выбрали доставку.",       # «большинство» takes a plural verb as well
    "Для пожилого нужна сиделка.",                     # an adjective standing for a noun
    "Всё нужное лежит в коробке.",
])
def test_agreement_rules_stay_silent_on_correct_sentences(text):
    assert [f.rule_id for f in check_rules(text, "ru") if f.category == "grammar"] == []


@pytest.mark.parametrize("text, fix", [
    ("Увы товара нет на складе.", "Увы, товара"),
    ("Это мягко говоря неудобно.", "Это, мягко говоря, неудобно"),
    ("Кроме того мы вернём стоимость доставки.", "Кроме того, мы"),
    ("Кажется это ваш второй заказ.", "Кажется, это"),
    ("Игрушку купил «Детский мир» чтобы подарить сыну.", "мир», чтобы"),
    ("Меня не было дома когда приехал курьер.", "дома, когда"),
])
def test_introductory_words_and_clauses_after_quotes(text, fix):
    assert fix in [replacement for _, replacement in punctuation(text)]


@pytest.mark.parametrize("text", [
    "Это может быть ошибка склада.",
    "Кроме того что вы заказали, ничего не пришло.",
    "Решение очевидно всем.",
    "Она звонит всякий раз, когда приходит посылка.",
])
def test_introductory_look_alikes_are_left_alone(text):
    assert punctuation(text) == []


def test_every_tree_rule_explains_itself_in_russian():
    for rule_id in ("OURS_CLAUSE_COMMA", "OURS_PHRASE_COMMA", "OURS_LIST_COMMA"):
        rule = RULES[rule_id]
        assert rule.title and rule.message.endswith(".") and len(rule.explanation) > 80
        assert all(ch not in rule.explanation for ch in "abcdefghijklmnopqrstuvwxyz")


def test_one_comma_asked_for_by_two_tree_rules_is_one_finding():
    found = [f for f in check_rules("Пока он спал мы собрали вещи.", "ru") if f.category == "punctuation"]
    assert [f.replacements[0] for f in found] == ["спал, мы"]


def test_a_word_level_comma_nearby_does_not_hide_the_tree_rules_other_comma():
    fixes = [f.replacements[0] for f in check_rules("Мастер осмотрел счётчик сказал что всё в порядке.", "ru")
             if f.category == "punctuation"]
    assert "счётчик, сказал" in fixes and "сказал, что" in fixes


@pytest.mark.parametrize("text, wrong", [
    # the participle stands before its own noun: no phrase after «приоритет»
    ("Кнопка увеличивает приоритет выбранного в списке модуля на один уровень.", "приоритет, выбранного"),
    # a genitive after the phrase is still the phrase's
    ("Текст находящийся в буфере обмена можно вставить в документ.", "буфере, обмена"),
    # «по правде говоря» is one introductory phrase, not a gerund's
    ("По правде говоря я ничего не слышала об этом.", "правде, говоря"),
])
def test_no_comma_inside_a_participle_or_a_set_phrase(text, wrong):
    assert wrong not in [fix for _, fix in punctuation(text)]


def test_an_active_participle_with_its_object_is_still_a_phrase():
    assert ("OURS_PHRASE_COMMA", "ячейки, содержащие") in punctuation("Выделите все ячейки содержащие данные для отчёта.")


@pytest.mark.parametrize("text", [
    "Если останутся ещё вопросы, пишите.",
    "Если будут ещё какие-то вопросы, напишите мне.",
])
def test_the_subject_after_an_adverb_is_the_clauses_own(text):
    """«Если будут ещё вопросы»: the noun after «ещё» is the subject of «будут», no comma before «ещё»."""
    assert not [f for f in punctuation(text) if f[0] == "OURS_CLAUSE_COMMA"]


def test_a_duration_after_the_second_verb_is_no_subject_of_its_own():
    """«…придёт на почту после оплаты и действует год»: «год» tells how long, one subject for both verbs."""
    assert not [f for f in punctuation("Карта придёт на почту сразу после оплаты и действует год.")
                if f[0] == "OURS_LIST_COMMA"]
    for text in ("Бонусы приходят на счёт после покупки и действуют 3 месяца.",
                 "Доступ открывается в день оплаты и длится две недели."):  # a numeral and a unit of time
        assert not [f for f in punctuation(text) if f[0] == "OURS_LIST_COMMA"], text
    assert [f for f in punctuation("Доступ открывается в день оплаты и курьер привозит карту.")
            if f[0] == "OURS_LIST_COMMA"]  # a subject of its own after «и»


@pytest.mark.parametrize("text", [
    "Вы можете как отменить заказ, так и перенести его.",  # «как…, так и…»: the comma stands before «так и»
    "В приложении можно как оплатить счёт, так и скачать чек.",
])
def test_double_conjunction_gets_no_clause_comma(rule_hits, text):
    assert rule_hits(text, "OURS_CLAUSE_COMMA") == []


@pytest.mark.parametrize("text, fix", [
    ("Когда курьер позвонит не забудьте взять паспорт.", "позвонит, не"),
    ("Если банк позвонит не называйте код из смс.", "позвонит, не"),
])
def test_the_main_verbs_не_stays_after_the_comma(text, fix):
    fixes = [fix for _, fix in punctuation(text)]
    assert fix in fixes
    assert not any("не," in f for f in fixes)


def test_a_short_adjective_with_its_subject_is_a_clause_of_its_own_before_и():
    # «полон» has its subject, «идут» its own: two clauses
    assert ("OURS_LIST_COMMA", "полон, и") in punctuation("Зал полон и люди всё идут.")
    # one subject for both predicates: no comma
    assert not [fix for _, fix in punctuation("Клиент доволен и благодарит оператора.") if ", и" in fix]



def test_an_adjective_after_the_noun_it_agrees_with_takes_no_comma_before_it():
    """«…, но завтрак скудный»: the adjective is said of the noun before it, though the tree joins both to the first
    clause's adjective; the missing comma between two such clauses is still asked for."""
    assert punctuation("Номер уютный, но завтрак скудный.") == []
    assert punctuation("Номер уютный но завтрак скудный.") == [("OURS_LIST_COMMA", "уютный, но")]


def test_a_noun_before_the_main_verb_with_an_object_of_its_own_ends_the_clause():
    # the tree hangs «письмо» on «проверьте», which has «папку» already: the clause ends after «письмо»
    fixes = [fix for _, fix in punctuation("Если вы не получили письмо проверьте папку со спамом.")]
    assert "письмо, проверьте" in fixes and "получили, письмо" not in fixes


@pytest.mark.parametrize("text", [
    "Заказ можно отменить, а мы бесплатно перенесём доставку, если вещи будут готовы позже среды.",
    "Справку можно заказать, а мы бесплатно продлим доступ, если документы будут готовы позже 10-го.",
])
def test_a_comparative_after_the_clause_s_predicate_stays_in_the_clause(text):
    """The tree may hang «позже» on the main verb; read after «будут готовы» it compares within the clause."""
    assert punctuation(text) == []
