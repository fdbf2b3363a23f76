"""Words the speller flags that are not misspellings (names, brands, compounds); real misspellings stay."""

import pytest

from app.core.grammar.findings import Category, Finding
from app.core.grammar.spelling.not_errors import is_false_alarm


def speller(text, word):
    start = text.index(word)
    return Finding(offset=start, length=len(word), message="Возможно найдена орфографическая ошибка.",
                   category=Category.SPELLING, rule_id="MORFOLOGIK_RULE_RU_RU", source="embedded")


@pytest.mark.parametrize("text, word", [
    ("Вчера нам звонил Дарвинский из отдела доставки.", "Дарвинский"),   # a surname mid-sentence
    ("Откройте приложение Жужик и войдите.", "Жужик"),                   # a product name
    ("Обновите ПОшку на компьютере.", "ПОшку"),                           # mixed case: a brand or slang
    ("Оплата через СБПшку пройдёт сразу.", "СБПшку"),
    ("Мы пришлём фотоотчёт и видеоинструкцию.", "видеоинструкцию"),       # a compound with «видео»
    ("В архиве лежат метаданные и метапакеты.", "метапакеты"),             # a compound with «мета»
    ("Промоакция продлится до пятницы.", "Промоакция"),                   # and with «промо»
    ("Платёж задержан по запросу финмониторинга.", "финмониторинга"),     # a clipped first word: «фин»
    ("Напишите в техподдержку магазина.", "техподдержку"),               # «тех»
    ("Сине-зелёная коробка уже у курьера.", "Сине-зелёная"),             # a hyphenated compound
    ("Дильшод передал заявку в логистику.", "Дильшод"),                 # a first name as the subject of its verb
    ("Это был мрачнейший день в истории склада.", "мрачнейший"),          # a superlative of a quality adjective
    ("Мы ответили в кратчайший срок.", "кратчайший"),                      # «-айш-» after к → ч
    ("Логин от демо-кабинета придёт письмом.", "демо-кабинета"),           # a part only the speller's dictionary has
    ("Банк-эквайер ответит за неделю, ждём ответа от эквайера.", "эквайера"),  # a name's reading is guessed first
    ("Перенос номера оформляется как портация.", "портация"),              # «-ация» of the noun «порт»
])
def test_names_brands_and_compounds_are_not_misspellings(text, word):
    assert is_false_alarm(text, speller(text, word))


@pytest.mark.parametrize("text, word", [
    ("Извените за ожидание.", "Извените"),            # sentence start: a capital proves nothing
    ("Мы всё проверели. Спосибо за ожидание.", "Спосибо"),
    ("Заказ будет завтро.", "завтро"),
    ("Я сначало не понял вопрос.", "сначало"),     # a vowel slip of «сначала», not «с» + «начало»
    ("Мы сидели в уютной гостинной.", "гостинной"),  # a doubled letter of «гостиной»
    ("Нам выдали квитанцию с подписаным актом.", "подписаным"),
    ("Это самый умнейшый ответ.", "умнейшый"),         # no superlative ending
    ("Курьир приехал утром.", "Курьир"),               # formed like a name, but one slip from «курьер»
    ("Пасиба за помощь.", "Пасиба"),                  # formed like a name, but no verb of its own after it
    ("Сегодня записались к ветеренару на пять.", "ветеренару"),  # not «ветер» + «нару»: «ветеринару»
    ("Какое у вас впечетление от курса?", "впечетление"),       # the joining vowel is a slip of «а»
    ("Он просто не навидит очереди.", "навидит"),               # split off «ненавидит», not «на» + «видит»
    ("Отвечу вам медлено, извините.", "медлено"),               # not «мед» + a word: a clipped part takes a noun
])
def test_real_misspellings_stay(text, word):
    assert not is_false_alarm(text, speller(text, word))


def test_a_compound_of_two_stems_is_still_no_misspelling():
    text = "Нам привезли остроконечную палатку."  # no other vowel between the stems makes a word
    assert is_false_alarm(text, speller(text, "остроконечную"))


def test_another_rule_is_never_dropped():
    text = "Вчера звонил Дарвинский."
    finding = Finding(offset=13, length=10, message="м", category=Category.GRAMMAR, rule_id="OTHER")
    assert not is_false_alarm(text, finding)


@pytest.mark.parametrize("text, word", [
    ("Игру хвалят за продуманный геймплей.", "геймплей"),         # a rare word listed in all its forms
    ("Мы удалили старые аддоны из игры.", "аддоны"),
    ("Вождь Ша'ракх ждёт нас у реки.", "ракх"),                     # the part of a name after its apostrophe
    ("Команды взаимоусиливают друг друга.", "взаимоусиливают"),    # compounds with «взаимо-», «внутри-»
    ("Это внутриофисный чат.", "внутриофисный"),               # «адоны» is no slip: «Адон» is but a name
    ("Она любит фэнтезийные сериалы.", "фэнтезийные"),
    ("Тема, имхо, раскрыта не до конца.", "имхо"),                 # OpenCorpora has it, though not as a noun
    ("Хммм, дайте мне минуту подумать.", "Хммм"),                  # an interjection drawn out
    ("Эээ, я не совсем понял вопрос.", "Эээ"),
    ("Она вздыхала украдкою, отвернувшись к окну.", "украдкою"),   # the poetic instrumental of «украдкой»
    ("Гаврулан пытается дозвониться до склада.", "Гаврулан"),      # a name before its verb in the present
    ("Ронгвальд не был на совещании.", "Ронгвальд"),              # and before «не» and its verb
    ("Тайгрин быстро вернулся к складу.", "Тайгрин"),             # an adverb between
    ("Гаврулан и Мирела вернулись домой.", "Гаврулан"),            # «и» and another name: a plural verb
    ("Велмор захвачен.", "Велмор"),                                # a short participle
    ("Не дай оркам пройти к мосту.", "дай оркам"),                 # two dictionary words the speller joined
    ("Дальвира с подругами уехали к морю.", "Дальвира"),          # a name with companions after «с»
    ("Гаврулан и его помощники вернулись домой.", "Гаврулан"),     # a name and «его» with a noun: a plural verb
    ("Мартенсен, ваш заказ готов.", "Мартенсен"),                 # a surname in «-ен», formed like «-енный»
    ("Элдред был отличным мастером.", "Элдред"),                   # guessed as indeclinable: any gender
    ("Постоянное боготворение кумиров утомляет.", "боготворение"),  # a noun of action from «боготворить»
    ("Ручка у чашки хлипковата.", "хлипковата"),                   # «-оватый» from «хлипкий»
    ("Среди моих друзей много приколистов.", "приколистов"),       # a colloquial noun spelt right
    ("Выберите цвет попестрее.", "попестрее"),                     # a comparative in «по-»
    ("Смена у нас шестичасовая.", "шестичасовая"),                 # a numeral's stem and a word
    ("Действует семидесятидневная гарантия.", "семидесятидневная"),  # any numeral in the genitive and a word
    ("Тема миропотребления давно изучена.", "миропотребления"),   # a noun of three letters, «о», a long word
])
def test_rare_words_names_and_dialogue_are_not_misspellings(text, word):
    assert is_false_alarm(text, speller(text, word))


@pytest.mark.parametrize("text, word", [
    ("Нам нужен приемлимый вариант доставки.", "приемлимый"),  # listed in every form, but «приемлемый» is far commoner
    ("Мне давно небыло так спокойно.", "небыло"),              # two words run together
    ("Оооочень долго ждали ответа.", "Оооочень"),              # drawn out, but no interjection
    ("Понедельнег выдался тяжёлым.", "Понедельнег"),            # two sound-alike slips of «понедельник»
    ("Пришло более пятиста гостей.", "пятиста"),                # listed, but «пятистый» is no word people write
    ("Незнаюкто оказался прав.", "Незнаюкто"),                  # three words run together
    ("Преподовательница резко попросила тишины.", "Преподовательница"),  # a slip of a rarer word
    ("Мы встретились сос тарыми друзьями.", "сос тарыми"),      # a space in the wrong place
    ("Спасибо за взаимопонимане.", "взаимопонимане"),          # «взаимо-» before no word
    ("Мы говорили об обучании персонала.", "обучании"),        # no noun of action: a slip of «обучении»
    ("Заказ привезут седня.", "седня"),                         # a colloquial spelling of «сегодня»
    ("Конешно, я всё проверю.", "Конешно"),                    # an adverb misspelt, though read as a person
    ("Спосибо и его помощники ушли.", "Спосибо"),              # a slip of a common word before «и его …»
    ("Дальвира с подругами уехал к морю.", "Дальвира"),         # the verb agrees with neither
])
def test_misspellings_like_rare_words_and_names_stay(text, word):
    assert not is_false_alarm(text, speller(text, word))


@pytest.mark.parametrize("text, word", [
    ("Оплату остановила антифрод-система банка, а не магазин.", "антифрод-система"),
    ("Платёж проверяет антифрод, это займёт пару минут.", "антифрод"),  # «анти» + «фрод», a loanword people write
    ("Овербукинг в отелях бывает летом.", "Овербукинг"),               # «овер» + «букинг»
])
def test_a_combining_form_before_a_listed_loanword(text, word):
    assert is_false_alarm(text, speller(text, word))


@pytest.mark.parametrize("text, word", [
    ("Зарядите пауэрбанк перед поездкой.", "пауэрбанк"),          # «пауэр», written alone, + the noun «банк»
    ("Два пауэрбанка в багаж сдавать нельзя.", "пауэрбанка"),
])
def test_a_loanword_people_write_alone_before_a_common_noun(text, word):
    assert is_false_alarm(text, speller(text, word))


@pytest.mark.parametrize("text, word", [
    ("Зарядите пауэрбнак перед поездкой.", "пауэрбнак"),  # letters swapped in the noun
    ("Зарядите пауербанк перед поездкой.", "пауербанк"),  # «пауер» is no word people write
])
def test_a_loanword_before_a_misspelt_or_unlisted_part_stays(text, word):
    assert not is_false_alarm(text, speller(text, word))


@pytest.mark.parametrize("text, word", [
    ("Я перевиду деньги завтра утром.", "перевиду"),   # a vowel slip of «переведу», not «пере» + «виду»
    ("Оплату задержал антифрот банка.", "антифрот"),  # «фрот» is no word people write
])
def test_a_slip_of_a_listed_word_beats_a_prefix(text, word):
    assert not is_false_alarm(text, speller(text, word))
