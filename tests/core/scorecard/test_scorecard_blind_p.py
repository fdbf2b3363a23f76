"""States, tone faults and courtesy forms found on the tune half of blind set P (and probing beyond it), each
tested in wordings other than the set's: a repeat counted by any ordinal, an ultimatum, ironic thanks for a charge,
a span lived «без» something, a plan others spoilt, «сколько ещё ждать»; «вас должны были» (the customer acted on,
not blamed), «ясно сказано», «отвечаю в третий раз», rhetorical «неужели», a complaint called groundless; sympathy
acknowledging «вы возмущены»; «Будем рады…» as a closing; «данный» in the plural as officialese."""

from __future__ import annotations

import pytest

from reply_cases import card
from test_customer import read

PLAIN = "Здравствуйте! Бригада приедет завтра с 10:00 до 12:00 и всё проверит. Хорошего дня!"


@pytest.mark.parametrize("message, state, word", [
    ("Звоню вам уже в шестой раз, никто не может ответить про перерасчёт.", "repeat", "шестой раз"),
    ("Пятый раз задаю один и тот же вопрос. Когда вернут залог?", "repeat", "Пятый раз"),
    ("Если к пятнице не вернёте залог, расторгну договор.", "anger", "Если к пятнице не вернёте залог, расторгну"),
    ("Если сегодня же не ответите, откажусь от подписки.", "anger", "Если сегодня же не ответите, откажусь"),
    ("Благодарю за очередное подорожание тарифа, очень мило.", "anger", "Благодарю за очередное подорожание"),
    ("Спасибо, магазин, за штраф за возврат. Приятно.", "anger", "Спасибо, магазин, за штраф"),
    ("Третьи сутки без горячей воды. Когда дадут?", "complaint", "Третьи сутки"),
    ("Месяц без интернета. Что с линией?", "complaint", "Месяц без интернета"),
    ("Собиралась подарить сертификат маме, а заказ отменили без объяснений.", "complaint", "а заказ отменили"),
    ("Планировали отпуск на июнь, но нам перенесли вылет на июль.", "complaint", "но нам перенесли"),
    ("Сколько ещё ждать перерасчёта за отопление?", "anger", "Сколько ещё ждать"),
    ("Это не поддержка, а ужас.", "complaint", "ужас"),
])
def test_states_told_by_the_message_s_structure(message, state, word):
    states = read(message).states
    assert any(word in w for w in states.get(state, [])), states


@pytest.mark.parametrize("message", [
    "В первый раз заказываю у вас, как оплатить при получении?",  # the first time is no repeat
    "Можно один раз пройти в зал с гостем?",
    "Если не получится приехать в субботу, я перенесу запись?",  # the customer's own «если», asking
    "Если не подойдёт размер, можно вернуть?",
    "Спасибо за повышение лимита по карте!",  # thanks in earnest
    "Спасибо за отмену лишней записи, а можно перенести вторую?",
    "Хочу заказать неделю без уборки номера.",  # a plan with «без», not a span endured
    "Можно месяц без абонентской платы?",
    "Привет! Можно поменять обложку карты? Эта уже надоела.",  # tired of a thing of their own
    "Хотела уточнить, а вы доставляете в Тверь?",  # meant to ask, and asks
    "Собирался платить картой, но решил наличными. Так можно?",
])
def test_calm_messages_near_those_need_no_sympathy(message):
    assert not read(message).needs_empathy, read(message).states


def test_tired_of_the_company_is_still_anger():
    assert "anger" in read("Надоели ваши рассылки, отпишите меня.").states


def test_an_ultimatum_unanswered_with_sympathy_fails_the_reply():
    c = card(PLAIN, ["Если до вечера не включите свет, ухожу к другой компании."])
    assert c["empathy"].passed is False and not c.passed


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Простите за задержку — забрать вас должны были ещё в полдень. Водитель будет у входа в 15:00. "
    "Хорошего пути!",
    "Здравствуйте! Простите, вам неправильно начислили пени. Я их сняла, перерасчёт уже в кабинете. Хорошего дня!",
])
def test_you_acted_on_is_no_blame(reply):
    c = card(reply, ["Здравствуйте, меня не встретили, жду уже час."])
    assert c["tone"].passed is True, c["tone"].reason
    assert c["empathy"].passed is True, c["empathy"].reason


def test_you_as_the_subject_still_blames():
    c = card("Здравствуйте! Простите. Вы должны были выйти к стойке встречи. Водитель будет в 15:00. Хорошего пути!",
             ["Здравствуйте, меня не встретили, жду уже час."])
    assert c["tone"].passed is False


@pytest.mark.parametrize("sentence, quoted", [
    ("В правилах чётко прописано, что возврат идёт до десяти дней.", "чётко прописано"),
    ("В памятке однозначно указано, что багаж оплачивается отдельно.", "однозначно указано"),
    ("Отвечаю вам во второй раз: возврат идёт до десяти дней.", "Отвечаю вам во второй раз"),
    ("Объясняю уже в который раз: возврат идёт до десяти дней.", "Объясняю уже в который раз"),
])
def test_lectures_without_the_listed_words_fail_tone(sentence, quoted):
    c = card("Здравствуйте! " + sentence + " Деньги придут до пятницы. Хорошего дня!",
             ["Где мои деньги за возврат?!"])
    assert c["tone"].passed is False and quoted in c["tone"].reason, c["tone"].reason


@pytest.mark.parametrize("sentence", [
    "В правилах прописано, что возврат идёт до десяти дней.",  # where it is written, said plainly
    "Простите, что вам пришлось писать в третий раз.",  # the operator owns the repeat
    "Я прямо сейчас проверю, что указано в заявке.",
])
def test_plain_references_keep_tone(sentence):
    c = card("Здравствуйте! Простите за ожидание. " + sentence + " Деньги придут до пятницы. Хорошего дня!",
             ["Где мои деньги за возврат?!"])
    assert c["tone"].passed is True, c["tone"].reason


@pytest.mark.parametrize("last", ["Будем рады видеть вас снова!", "Буду рада вашему отзыву о поездке."])
def test_glad_in_the_future_closes(last):
    c = card("Здравствуйте! Тур на 12 мая есть, бронь держу до завтра. " + last,
             ["Есть ли тур на 12 мая?"])
    assert c["closing"].passed is True, c["closing"].reason


def test_dannye_in_the_plural_is_officialese_but_data_is_not():
    officialese = card("Здравствуйте! Оригиналы данных актов отправлены курьером, по данным счетам оплата принята. "
                       "Хорошего дня!", ["Пришлите акты."])
    assert officialese["style"].passed is False and "данных актов" in officialese["style"].reason
    data = card("Здравствуйте! Проверьте данные заказа в кабинете, а данные карты никому не сообщайте. Хорошего дня!",
                ["Пришлите акты."])
    assert data["style"].passed is True, data["style"].reason


@pytest.mark.parametrize("sympathy", [
    "Вы совершенно справедливо недовольны.",
    "Понимаю, вы огорчены.",
    "Такое не должно было произойти.",
    "Это непростительно с нашей стороны.",
])
def test_sympathy_in_other_words(sympathy):
    c = card("Здравствуйте! " + sympathy + " Новый чайник привезём завтра до 14:00. Хорошего дня!",
             ["Чайник сломался через неделю, верните деньги!"])
    assert c["empathy"].passed is True, c["empathy"].reason


def test_a_feeling_asked_about_is_no_sympathy():
    c = card("Здравствуйте! Вы недовольны? Напишите отзыв. Новый чайник привезём завтра до 14:00. Хорошего дня!",
             ["Чайник сломался через неделю, верните деньги!"])
    assert c["empathy"].passed is False


UPSET = ["Прислали чужой заказ, я в бешенстве!"]


@pytest.mark.parametrize("sentence, quoted", [
    ("Разве вы не сверили заказ при курьере?", "Разве вы не сверили"),
    ("Неужели так трудно заглянуть в пакет при получении?", "Неужели так трудно заглянуть"),
    ("Честно говоря, претензия необоснованная.", "претензия необоснованная"),
    ("Мы сто раз предупреждали об этом в письмах.", "сто раз предупреждали"),
    ("Сверять состав заказа — обязанность клиента.", "обязанность клиента"),
    ("А чего вы ожидали за такую цену?", "чего вы ожидали"),
    ("Со своей стороны мы свою работу выполнили.", "мы свою работу выполнили"),
])
def test_reproach_dismissal_and_sarcasm_without_listed_words_fail_tone(sentence, quoted):
    c = card("Здравствуйте! Простите за путаницу. " + sentence + " Ваш заказ привезём завтра до 14:00. "
             "Хорошего дня!", UPSET)
    assert c["tone"].passed is False and quoted in c["tone"].reason, c["tone"].reason


@pytest.mark.parametrize("sentence", [
    "Неужели заказ до сих пор не привезли? Сейчас проверю.",  # surprise at the company's trouble
    "Необоснованное списание за доставку мы вернём.",  # a fault owned, not the complaint dismissed
    "Я уже в третий раз пишу в службу доставки, чтобы ускорить замену.",  # the operator's own effort
    "Я не раз звонила коллегам на склад.",
])
def test_near_misses_keep_tone(sentence):
    c = card("Здравствуйте! Простите за путаницу. " + sentence + " Ваш заказ привезём завтра до 14:00. "
             "Хорошего дня!", UPSET)
    assert c["tone"].passed is True, c["tone"].reason


@pytest.mark.parametrize("sentence, lectures", [
    ("Акция на то и акция, что действует до конца месяца.", True),
    ("Скидка действует на то и на другое платье.", False),  # «на то и на другое»: no tautology
])
def test_a_tautology_lectures(sentence, lectures):
    c = card("Здравствуйте! " + sentence + " Оформить заказ можно до 31 мая. Хорошего дня!",
             ["Почему скидка не действует на вчерашний заказ?"])
    assert (c["tone"].passed is False) is lectures, c["tone"].reason


def test_carried_out_in_the_perfective_is_officialese_too():
    c = card("Здравствуйте! Доводим до вашего сведения, что возврат осуществлён 3 марта. Хорошего дня!",
             ["Когда вернёте деньги?"])
    assert c["style"].passed is False and "осуществлён" in c["style"].reason, c["style"].reason
