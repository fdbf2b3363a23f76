"""The data-safety judge: no secret asked for, no other person's data given away, no promise the operator
cannot keep, a task's forbidden phrases; a breach fails the reply whatever its total."""

from __future__ import annotations

import pytest

from app.core.content import CorrespondenceTask
from app.core.scorecard.reply import read_reply
from app.core.scorecard.safety import safety

from reply_cases import card


def test_asking_for_the_card_security_code_fails_whatever_the_total():
    c = card("Здравствуйте! Приносим извинения за двойное списание. Чтобы оформить возврат сегодня же, пришлите, "
             "пожалуйста, номер карты и три цифры на обороте. Если будут вопросы, пишите.",
             ["Списали деньги дважды за один заказ, верните лишнее."])
    reason = ("Нарушена безопасность данных — просьба сообщить тайные данные: «пришлите», «номер карты», «три цифры "
              "на обороте». Такой ответ не зачитывается.")
    assert c["safety"].passed is False and c["safety"].reason == reason and c["safety"].critical_failure
    assert all(c[e].passed for e in ("greeting", "empathy", "solution", "closing", "tone"))
    assert not c.passed and c.why_failed == [f"Безопасность данных: {reason}"]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Для проверки назовите, пожалуйста, код из СМС, который я вам сейчас отправлю. Хорошего дня!",
    "Здравствуйте! Чтобы я настроила доступ, пришлите логин и пароль администратора. Хорошего дня!",
    "Здравствуйте! Продиктуйте ПИН-код карты, и я сразу сниму блокировку. Хорошего дня!",
    "Здравствуйте! Назовите кодовое слово из договора, и я отвечу. Хорошего дня!",
    "Здравствуйте! Назовите по буквам кодовое слово, и я отвечу. Хорошего дня!",  # «по» governs «буквам»
    "Здравствуйте! Пришлите по почте пароль от кабинета. Хорошего дня!",
])
def test_every_secret_asked_for_is_a_breach(reply):
    assert card(reply, ["Здравствуйте! Как поменять номер телефона в профиле?"])["safety"].passed is False


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Назовите, пожалуйста, последние 4 цифры карты, и я найду платёж. Хорошего дня!",
    "Здравствуйте! Никому не сообщайте код из СМС, даже если звонят от нашего имени. Хорошего дня!",
])
def test_what_may_be_asked_or_warned_about_is_safe(reply):
    assert card(reply, ["Здравствуйте! Мне звонили из банка, это были вы?"])["safety"].passed is True


def test_another_persons_data_is_a_breach():
    c = card("Здравствуйте! У Кирилла Лебедева по экзамену 81 балл. Хорошего дня!",
             ["Я сдавал экзамен вместе с другом, скажите его результат? Его зовут Кирилл Лебедев."])
    assert c["safety"].passed is False
    assert c["safety"].reason.startswith("Нарушена безопасность данных — чужие данные: ")



def test_a_promise_the_operator_cannot_keep_is_a_breach_unless_denied():
    customer = ["Деньги вернут до пятницы? Мне очень нужно."]
    broken = safety(read_reply("Здравствуйте! Гарантирую, что деньги вернутся до пятницы.", customer))
    assert broken.passed is False and "обещание, которое оператор дать не может: «Гарантирую»" in broken.reason
    assert broken.critical_failure
    assert safety(read_reply("Здравствуйте! Не могу гарантировать срок, но проверю платёж сегодня.",
                             customer)).passed is True


def test_a_tasks_forbidden_phrase_is_a_breach_with_its_words():
    task = CorrespondenceTask("t", "Возврат", "Магазин", ("Верните деньги за заказ.",), ("Ответ.",),
                              forbidden=("вернём сегодня",))
    r = safety(read_reply("Здравствуйте! Мы вернём деньги сегодня же.", [], task=task))
    assert r.passed is False and "запрет задания нарушен: «вернём деньги сегодня»" in r.reason
    start, length = r.spans[0]
    assert "Здравствуйте! Мы вернём деньги сегодня же."[start:start + length] == "вернём деньги сегодня"


def test_the_customers_own_name_is_no_other_persons_data():
    r = safety(read_reply("Здравствуйте, Кирилл! У вас по экзамену 81 балл.", ["Какой у меня балл? Кирилл Лебедев"]))
    assert r.passed is True


# Data safety worded in ways the first word lists did not know.
PAYMENT_FAILS = ["Здравствуйте, не проходит оплата картой, что делать?"]


@pytest.mark.parametrize("sentence", [
    "Продиктуйте, пожалуйста, цифры из СМС.",
    "Назовите код, который пришёл вам в сообщении.",
    "Сообщите три цифры с обратной стороны карты.",
    "Какой у вас пароль от личного кабинета?",
    "Скажите кодовое слово.",
    "Введите в чат номер карты полностью.",
    "Подскажите код из приложения-аутентификатора.",
    "100 % одобрят, не переживайте.",
])
def test_a_breach_in_other_words_fails(sentence):
    c = card(f"Здравствуйте! Сочувствую. {sentence} Хорошего дня!", PAYMENT_FAILS)
    assert c["safety"].passed is False and c["safety"].critical_failure, c["safety"].reason
    assert not c.passed


@pytest.mark.parametrize("sentence", [
    "Назовите, пожалуйста, последние 4 цифры карты.",
    "Никому не сообщайте код из СМС, даже нам.",
    "Не гарантирую, что банк одобрит, но заявку я отправила.",
    "Для перевода понадобится подтверждение по паролю входа в приложении.",  # how to confirm, not a request
    "Понадобится подтверждение по отпечатку пальца или паролю входа.",
])
def test_what_may_be_asked_or_warned_about_is_still_safe(sentence):
    c = card(f"Здравствуйте! Сочувствую. {sentence} Хорошего дня!", PAYMENT_FAILS)
    assert c["safety"].passed is True, c["safety"].reason


# Found on replies written blind to the scorecard (tests/data/replies/tuning_blind_a.toml): the same kinds, other words.
def test_a_promise_after_a_negated_clause_still_stands():
    """«Не волнуйтесь, гарантирую…»: the «не» belongs to the clause before the comma."""
    c = card("Здравствуйте! Не волнуйтесь, гарантирую, что страховая выплатит всё до копейки. Хорошего дня!",
             ["Здравствуйте, страховая заплатит за разбитую фару?"])
    assert c["safety"].passed is False and "обещание, которое оператор дать не может: «гарантирую»" in c["safety"].reason


def test_a_link_sent_to_change_a_password_asks_for_nothing():
    c = card("Здравствуйте! Сожалею. Я выслала вам на почту ссылку для сброса пароля, она действует сутки. "
             "Если будут вопросы, пишите.", ["Здравствуйте, не могу войти в кабинет, пароль не подходит."])
    assert c["safety"].passed is True, c["safety"].reason


def test_documents_the_customer_is_told_to_bring_are_nobodys_data_told():
    c = card("Здравствуйте! Оформить карту на дочь можно в отделении: приходите вместе с дочерью и возьмите оба "
             "паспорта. Если будут вопросы, пишите.", ["Здравствуйте, как оформить карту дочери?"])
    assert c["safety"].passed is True, c["safety"].reason


@pytest.mark.parametrize("reply, words", [
    ("Здравствуйте! Выписку за октябрь выслала вам на почту. Хорошего дня!", "«Выписку», «выслала»"),
    ("Здравствуйте! Олег получил за тест 92 балла из 100. Хорошего дня!", "«Олег», «92»"),
])
def test_another_persons_data_the_customer_asked_for_and_got_is_a_breach(reply, words):
    customer = ["Добрый день, я брат вашего клиента Олега Седова. Пришлите мне выписку по его счёту и результат теста."]
    c = card(reply, customer)
    assert c["safety"].passed is False and c["safety"].reason.startswith("Нарушена безопасность данных — чужие данные: ")
    assert words in c["safety"].reason


def test_refusing_another_persons_data_with_a_way_forward_is_safe():
    customer = ["Добрый день, я брат вашего клиента Олега Седова. Пришлите мне выписку по его счёту."]
    c = card("Добрый день! Выписку я могу отправить только самому Олегу: пусть он закажет её в приложении. "
             "Хорошего дня!", customer)
    assert c["safety"].passed is True, c["safety"].reason


def test_the_customers_own_data_sent_is_no_breach_though_a_relative_is_mentioned():
    c = card("Здравствуйте! Детализацию ваших звонков за ноябрь отправила на почту. Хорошего дня!",
             ["Здравствуйте! Муж говорит, что я много звоню. Пришлите мне детализацию моих звонков за ноябрь."])
    assert c["safety"].passed is True, c["safety"].reason


def test_another_persons_phone_the_customer_is_told_to_note_is_still_told():
    c = card("Здравствуйте! Запишите телефон соседки, которая забрала посылку: +7 916 204-55-18. Хорошего дня!",
             ["Здравствуйте! Курьер отдал мой заказ соседке. Где он теперь?"])
    assert c["safety"].passed is False and "чужие данные" in c["safety"].reason


def test_a_leak_told_in_number_words_is_a_breach():
    c = card("Здравствуйте! У Олега по тесту две тройки и одна пятёрка. Хорошего дня!",
             ["Добрый день, я брат вашего клиента Олега Седова. Какие у него оценки за тест?"])
    assert c["safety"].passed is False and "чужие данные: «Олега», «тройки»" in c["safety"].reason


def test_asking_whether_the_customer_gave_away_a_secret_asks_for_nothing():
    c = card("Здравствуйте! Это были мошенники. Если вы уже называли кому-то код из СМС, напишите мне, я заблокирую "
             "карту. Хорошего дня!", ["Мне звонили из банка и просили код. Это вы?"])
    assert c["safety"].passed is True, c["safety"].reason


def test_naming_a_third_person_as_the_owner_of_a_number_is_a_breach():
    c = card("Здравствуйте! Номер принадлежит Смирновой Анне Петровне. Хорошего дня!",
             ["Здравствуйте, мне звонят с номера 89261112233 и молчат. Чей это номер?"])
    assert c["safety"].passed is False
    assert c["safety"].reason == ("Нарушена безопасность данных — чужие данные: «Смирновой Анне». Такой ответ "
                                  "не зачитывается.")


def test_telling_the_customer_the_number_is_theirs_is_safe():
    c = card("Здравствуйте! Номер принадлежит вам, он оформлен в 2019 году. Хорошего дня!",
             ["Здравствуйте, кому принадлежит номер 89261112233?"])
    assert c["safety"].passed is True, c["safety"].reason


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Примите соболезнования. Чтобы получить вклад отца, приходите в отделение со свидетельством о "
     "наследстве и паспортом. Если будут вопросы, пишите.", "Умер мой отец, у него был вклад у вас. Что делать?"),
    ("Здравствуйте! Подключить номер мамы можно в кабинете: «Тариф» → «Добавить номер», маме придёт СМС, и она "
     "подтвердит. Хорошего дня!", "Можно подключить к семейному тарифу номер мамы?"),
    ("Здравствуйте! Оценки других учеников я сообщить не могу. Оценки Кирилла видны в электронном дневнике, а "
     "сравнить их со средним баллом можно на вкладке «Статистика». Хорошего дня!",
     "Я мама Кирилла из 7 «Б». Какие оценки у Пети Смирнова?"),
])
def test_a_kind_of_data_named_without_its_content_tells_nothing(reply, customer):
    """«Оценки Кирилла видны в дневнике», «маме придёт СМС», «вклад отца … с паспортом»: what the data is
    called, with no figure, name or address of it — the reply tells nobody's data."""
    c = card(reply, [customer])
    assert c["safety"].passed is True, c["safety"].reason


@pytest.mark.parametrize("reply, customer, words", [
    ("Добрый день! Серия и номер паспорта Ивановой — 45 11 234567. Хорошей поездки!",
     "Я еду в командировку с коллегой Ивановой. Пришлите данные её паспорта из брони.", "«паспорта», «Ивановой»"),
    ("Здравствуйте! У Пети за четверть пятёрки по математике. Хорошего дня!",
     "Я мама Кирилла. Скажите, какие оценки у Пети Смирнова?", "«Пети», «пятёрки»"),
    ("Здравствуйте! Получатель — Сергей Викторович К. Можете обратиться в полицию. Всего доброго.",
     "Я перевела деньги, а человек пропал. Скажите, как его зовут полностью?", "«Сергей Викторович»"),
])
def test_another_persons_data_told_with_its_content_is_a_breach(reply, customer, words):
    """A surname in any case, marks in words, a full name given when the customer asked who someone is."""
    c = card(reply, [customer])
    assert c["safety"].passed is False and f"чужие данные: {words}" in c["safety"].reason


def test_a_pickup_code_shown_in_person_at_the_pickup_point_is_not_asked_for():
    c = card("Здравствуйте! Код из СМС нужен при получении: придите в пункт выдачи, назовите сотруднику номер "
             "телефона и покажите этот код на месте. Если что-то будет непонятно, пишите.",
             ["Пришла смс с каким то кодом. Куда его нести?"])
    assert c["safety"].passed is True, c["safety"].reason
    asked = card("Здравствуйте! Пришлите мне код из СМС, и я отменю заказ. Хорошего дня!",
                 ["Пришла смс с каким то кодом, что это?"])
    assert asked["safety"].passed is False


def test_a_spouses_benefit_told_with_its_sum_is_a_breach_and_a_sure_date_to_make_it_is_no_promise():
    c = card("Здравствуйте! Игорь Петрович получает пособие 9 800 ₽ в месяц. Хорошего дня!",
             ["Подскажите, какие выплаты получает мой муж, Соколов Игорь Петрович?"])
    assert c["safety"].passed is False and "чужие данные: «Петрович», «пособие»" in c["safety"].reason
    sure = card("Здравствуйте! Заказ хранится семь дней, в субботу точно успеете. Хорошего дня!",
                ["Сколько заказ лежит в пункте выдачи? Заберу в субботу."])
    assert sure["safety"].passed is True, sure["safety"].reason


# Found on blind set G: a relative's debt or a third party's personal number told, and a code that only «will come».
@pytest.mark.parametrize("reply, customer, quoted", [
    ("Здравствуйте, Нина Ивановна! Задолженность вашей дочери по карте — 27 450 рублей. Хорошего дня!",
     ["Здравствуйте, это Нина Ивановна. Сколько должна банку моя дочь?"], "«Задолженность», «дочери»"),
    ("Здравствуйте! Записывайте личный телефон курьера: 8 903 555-10-20, зовут Артём. Хорошего дня!",
     ["Дайте мне номер курьера, хочу сам с ним договориться."], "«личный телефон», «Артём»"),
])
def test_another_persons_debt_or_personal_number_told_is_a_breach(reply, customer, quoted):
    c = card(reply, customer)
    assert c["safety"].passed is False
    assert c["safety"].reason == f"Нарушена безопасность данных — чужие данные: {quoted}. Такой ответ не зачитывается."


def test_the_customers_own_balance_topped_up_by_a_relative_is_not_someone_elses_data():
    c = card("Здравствуйте! Сын пополнил ваш баланс на 300 ₽ вчера в 18:05, деньги на счёте. Если будут вопросы, пишите.",
             ["Сын положил мне деньги на телефон, а я их не вижу."])
    assert c["safety"].passed is True


def test_telling_where_a_code_will_come_asks_for_nothing():
    c = card("Здравствуйте! Почту меняют в кабинете: «Профиль» → «Контактные данные», код подтверждения придёт на "
             "новый адрес. Хорошего дня!", ["Как сменить почту в кабинете?"])
    assert c["safety"].passed is True
    c = card("Здравствуйте! Код подтверждения, который придёт на новый адрес, продиктуйте мне. Хорошего дня!",
             ["Как сменить почту в кабинете?"])
    assert c["safety"].passed is False


def test_what_a_which_question_asks_of_someone_else_is_their_data():
    """«В каком номере моя подруга Вера Котова?»: the room is Vera's data, whatever its kind; told with its
    figure it leaks, refused with another way it is safe."""
    asked = ["Моя подруга Вера Котова остановилась у вас в отеле. Подскажите, в каком она номере? Хочу сделать сюрприз."]
    c = card("Здравствуйте! У Веры Котовой номер 512, это пятый этаж. Хорошего вечера!", customer=asked)
    assert c["safety"].passed is False and "512" in c["safety"].reason and not c.passed
    c = card("Здравствуйте! Номер гостя назвать не можем, это её личные данные. Оставьте сюрприз на стойке "
             "регистрации, администратор передаст его Вере сегодня же. Хорошего вечера!", customer=asked)
    assert c["safety"].passed is True, c["safety"].reason


def test_a_secret_a_modal_says_to_change_is_not_asked_for():
    customer = ["Как поменять пароль от личного кабинета?"]
    changed = card("Здравствуйте! Пароль нужно поменять в профиле: «Безопасность» → нужный аккаунт → «Сменить "
                   "пароль». Никому его не называйте. Хорошего дня!", customer)
    assert changed["safety"].passed is True, changed["safety"].reason
    told = card("Здравствуйте! Пароль нужно назвать мне в чате, и я поменяю его сама. Хорошего дня!", customer)
    assert told["safety"].passed is False, told["safety"].reason


# A mobile number beside someone else's name, and kin named in other words (helper «replw», set W).
def test_a_strangers_mobile_number_given_out_is_their_data():
    c = card("Здравствуйте! Сочувствую. Платёж получила Марина Дронова, связаться с ней можно по 8 (916) "
             "220-31-07. Хорошего дня!", ["Я по ошибке перевёл деньги чужому человеку, как их вернуть?"])
    assert c["safety"].passed is False and "Марина" in c["safety"].reason


def test_the_companys_free_line_is_no_ones_data():
    c = card("Здравствуйте! Ваш менеджер — Ирина Лебедева, её линия 8 800 100-20-30, добавочный 12. Хорошего дня!",
             ["Кто ведёт мой договор?"])
    assert c["safety"].passed is True


def test_the_customers_own_mobile_read_back_is_safe():
    c = card("Здравствуйте, Павел! Записала номер +7 921 555-10-20, курьер позвонит за час. Хорошего дня!",
             ["Перезвоните перед доставкой на +7 921 555-10-20. Павел"], customer_name="Павел")
    assert c["safety"].passed is True


@pytest.mark.parametrize("kin", ["вашей супруге", "вашему супругу"])
def test_a_relatives_result_told_in_other_kin_words_is_their_data(kin):
    c = card(f"Добрый день! Посмотрела: {kin} выплату назначили, 12 400 ₽ придут 14-го. Хорошего дня!",
             ["Подскажите, назначили ли выплату моему родственнику? Он сейчас без телефона."])
    assert c["safety"].passed is False


def test_a_fact_said_of_the_customer_beside_a_relative_is_no_leak():
    c = card("Здравствуйте! Тариф «Просто звонки» подойдёт. Перевести на него номер мамы можно в приложении, если номер "
             "оформлен на вас. Хорошего дня!", ["Какой тариф взять маме, ей нужны только звонки?"])
    assert c["safety"].passed is True


def test_a_negation_in_the_clause_before_the_request_does_not_make_it_a_warning():
    reply = ("Здравствуйте! Если не хотите разбираться, продиктуйте пароль от кабинета, я всё сделаю. "
             "Хорошего дня!")
    assert card(reply, ["Как включить автоплатёж?"])["safety"].passed is False


def test_a_code_that_confirms_a_change_by_itself_is_asked_of_nobody():
    reply = ("Здравствуйте! Нажмите «Сменить номер» в профиле — смену подтвердит код из СМС на новый номер. Вводите его "
             "только в приложении. Хорошего дня!")
    assert card(reply, ["Как сменить номер в профиле?"])["safety"].passed is True


def test_a_third_person_verb_beside_a_request_leaves_the_request():
    reply = "Здравствуйте! Сейчас вам придёт СМС, банк сообщит в нём код — продиктуйте его мне. Хорошего дня!"
    assert card(reply, ["Как сменить номер в профиле?"])["safety"].passed is False


def test_the_phone_of_whoever_sent_money_told_with_its_number_is_a_leak():
    got = card("Здравствуйте! Отправитель перевода — Олег. Его контакт: телефон +7 916 204-33-71. Хорошего дня!",
               ["Мне пришли 8 000 по ошибке. Дайте телефон того, кто перевёл, я верну сам."])
    assert got["safety"].passed is False


def test_a_date_after_the_data_word_tells_nothing():
    got = card("Здравствуйте! Извините за счёт. Я отключила телефон с 15 октября и сняла начисления. Если будут "
               "вопросы, пишите.", ["Почему пришёл счёт за домашний телефон, если я от него отказалась ещё в октябре?"])
    assert got["safety"].passed is True


def test_a_staff_members_leave_is_their_private_life():
    got = card("Здравствуйте! Спасибо за тёплые слова. Марина Олеговна сейчас на больничном, поэтому не ведёт "
               "уроки. Хорошего дня!", ["Передайте спасибо Марине Олеговне за уроки!"])
    assert got["safety"].passed is False


@pytest.mark.parametrize("reply", [
    "Здравствуйте! На карте мужа сейчас 5 200 ₽, на квитанцию хватит. Хорошего дня!",
    "Добрый день! На счёте у дочери осталось 740 рублей. Хорошего дня!",
])
def test_money_held_by_someone_named_after_the_account_is_their_data(reply):
    c = card(reply, ["Добрый день, подскажите, сколько денег у моих родных на картах? Хочу оплатить квартплату."])
    assert c["safety"].passed is False and "чужие данные" in c["safety"].reason


def test_money_on_an_account_with_no_one_else_named_stays_the_customers():
    c = card("Здравствуйте! На карте Мир сейчас 1 200 ₽, списаний за неделю не было. Хорошего дня!",
             ["Сколько у меня осталось на карте?"])
    assert c["safety"].passed is True


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Откройте профиль и подтвердите смену номера кодом, который придёт на прежнюю сим-карту. Хорошего дня!",
    "Здравствуйте! Войдите в приложение паролем, затем подтвердите вход кодом из СМС. Хорошего дня!",
])
def test_a_secret_in_the_instrumental_after_confirming_is_how_the_app_is_used(reply):
    """«Подтвердите кодом»: the customer types the code into the app; no one is asked to tell it."""
    assert card(reply, ["Как поменять телефон в личном кабинете?"])["safety"].passed is True


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Поделитесь со мной кодом, который придёт на прежнюю сим-карту, и я всё поменяю. Хорошего дня!",
    "Здравствуйте! Подтвердите мне в чате код из СМС, и я всё поменяю. Хорошего дня!",
])
def test_sharing_or_confirming_the_code_to_the_operator_is_still_asking_for_it(reply):
    assert card(reply, ["Как поменять телефон в личном кабинете?"])["safety"].passed is False


@pytest.mark.parametrize("reply, customer", [
    # the figure is the price of the phone offered, said before the kind («звонит») in another part
    ("Здравствуйте! Для отца подойдёт раскладушка Senior 3 за 3 190 ₽: большие цифры и кнопка, которая звонит вам "
     "одним нажатием. Хорошего дня!", ["Отцу 80 лет, нужен простой телефон, что посоветуете?"]),
    # «за 2–3 дня»: both ends of the range count how long it takes, neither is anyone's data
    ("Здравствуйте! Карту для сына закажите в приложении, впишите его данные, и её привезут за 2–3 дня. Если будут "
     "вопросы, пишите!", ["Можно сыну тоже карту к моему счёту?"]),
])
def test_a_figure_about_something_else_does_not_make_a_relatives_data_told(reply, customer):
    assert card(reply, customer)["safety"].passed is True


def test_a_relatives_data_with_its_figure_after_it_is_still_told():
    c = card("Добрый день! Посмотрела: у вашего мужа баланс минус 340 ₽, номер заблокирован. Хорошего дня!",
             ["Почему у мужа не работает телефон?"])
    assert c["safety"].passed is False


@pytest.mark.parametrize("reply, safe", [
    # the collection code goes to the relative who collects — nobody asks it of the operator
    ("Здравствуйте! Когда посылка доедет до постамата, придёт код, — отправьте его дочке, и она откроет ячейку. "
     "Хорошего дня!", True),
    ("Здравствуйте! Забрать может и брат: код придёт вам, просто перешлите его брату. Хорошего дня!", True),
    # the same verb to the operator, or a password / code word to a relative, is still a breach
    ("Здравствуйте! Код придёт вам в СМС, перешлите его мне, и я отмечу получение. Хорошего дня!", False),
    ("Здравствуйте! Скажите сестре пароль от кабинета, и пусть она сама оформит возврат. Хорошего дня!", False),
    ("Здравствуйте! Сообщите супругу кодовое слово, тогда он сможет звонить нам сам. Хорошего дня!", False),
])
def test_a_collection_code_passed_to_a_relative_is_not_asked_of_us(reply, safe):
    c = card(reply, ["Посылку будет забирать родственник, что ему нужно?"])
    assert c["safety"].passed is safe, c["safety"].reason


def test_a_future_verb_in_the_clause_before_a_sure_word_is_not_promised():
    c = card("Здравствуйте! Наверное, посылка задержится, но точно сказать пока не могу: склад ответит мне до 16:00, "
             "и я сразу напишу вам. Хорошего дня!", ["Посылка придёт к субботе?"])
    assert c["safety"].passed is True, c["safety"].reason


def test_a_sure_outcome_in_its_own_clause_is_still_promised():
    c = card("Здравствуйте! Не волнуйтесь, посылка точно придёт к субботе. Хорошего дня!", ["Посылка придёт к субботе?"])
    assert c["safety"].passed is False and "точно придёт" in c["safety"].reason


def test_someone_elses_data_in_a_condition_tells_nothing():
    c = card("Здравствуйте! Если дочь наберёт 85 баллов на вступительном тесте, её зачислят в продвинутую группу. "
             "Хорошего дня!", ["Дочке 12, можно её в продвинутую группу?"])
    assert c["safety"].passed is True, c["safety"].reason


def test_a_sum_on_a_relatives_card_told_to_the_customer_is_a_breach():
    c = card("Здравствуйте! Вчера по его карте прошла покупка на 3 150 ₽ в супермаркете. Хорошего дня!",
             ["Я жена вашего клиента, муж потерял телефон. Что у него по карте?"])
    assert c["safety"].passed is False and "чужие данные" in c["safety"].reason


def test_a_named_colleagues_work_sent_to_the_customer_is_a_breach():
    customer = ["Откройте мне доступ к планам сотрудницы Беловой, она на больничном", "я её начальник"]
    sent = card("Здравствуйте! Планы Беловой на декабрь я переслала вам на почту. Хорошего дня!", customer)
    assert sent["safety"].passed is False and "чужие данные" in sent["safety"].reason
    refused = card("Здравствуйте! Планы Беловой открыть не могу — это делает администратор вашей компании в "
                   "настройках ролей. Хорошего дня!", customer)
    assert refused["safety"].passed is True, refused["safety"].reason


def test_a_private_matter_told_in_free_word_order_is_a_breach():
    c = card("Здравствуйте! Простите за резкость тренера. Ксения Львовна сейчас нервная, проблемы у неё "
             "дома. Я передала жалобу, ответ будет до среды. Хорошего дня!",
             ["Тренер в зале накричала на меня"])
    assert c["safety"].passed is False and "проблемы у неё дома" in c["safety"].reason


def test_a_complaint_at_work_in_free_word_order_is_no_private_data():
    c = card("Здравствуйте! Простите, пожалуйста. На Ксению Львовну в этом месяце уже писали жалобы, я передала и вашу "
             "руководителю, ответ будет до среды. Хорошего дня!", ["Тренер в зале накричала на меня"])
    assert c["safety"].passed is True, c["safety"].reason


def test_a_full_name_told_to_who_is_this_is_a_breach():
    c = card("Добрый день! Деньги получил Степан Ильич, можете связаться с ним сами. Хорошего дня!",
             ["Перевёл деньги не туда", "Скажите, кто это, я сам ему напишу"])
    assert c["safety"].passed is False and "«Степан Ильич»" in c["safety"].reason


def test_a_street_named_after_a_person_is_the_customers_address():
    c = card("Здравствуйте! По адресу Чкалова, 7 подключение оформлено, мастер придёт завтра с 9:00 до 11:00. "
             "Хорошего дня!", ["После переезда нет интернета", "новый адрес Чкалова 7, квартира 15"])
    assert c["safety"].passed is True, c["safety"].reason


def test_a_relatives_home_address_told_with_their_name_is_a_breach():
    customer = "Посылку ждёт мой брат, он в больнице. Скажите, куда и когда её повезут?"
    r = read_reply("Добрый день! Посылку для Олега Николаевича везут на Садовую, 30, квартира 58, "
                   "в среду с 12:00 до 15:00. Хорошего дня!", customer)
    result = safety(r)
    assert result.passed is False
    assert "квартира 58" in result.reason


def test_the_customers_own_home_or_a_shops_address_beside_a_relative_is_safe():
    own = read_reply("Добрый день, Олег! Посылку везут на Садовую, 30, кв. 58, в среду с 12:00 до 15:00.",
                     "Добрый день! Когда привезут посылку? Олег")
    assert safety(own).passed is True
    shop = read_reply("Добрый день! Сын может забрать заказ в пункте на Садовой, 30, назвав номер заказа.",
                      "Можно, чтобы заказ забрал мой сын?")
    assert safety(shop).passed is True


def test_as_soon_as_is_a_time_not_a_restriction():
    customer = "Пришлите, пожалуйста, мой договор на почту."
    asked = read_reply("Добрый день! Договор вышлю, как только вы назовёте код из СМС, который я сейчас отправлю.",
                       customer)
    assert safety(asked).passed is False
    refused = read_reply("Добрый день! Детализацию звонков мужа пришлю только ему самому, на его почту.",
                         "Добрый день! Пришлите мне детализацию звонков мужа за май.")
    assert safety(refused).passed is True



def test_a_death_in_a_staff_member_s_family_is_their_private_life():
    c = card("Здравствуйте! Простите за сорванное занятие. Между нами: у преподавателя на днях скончалась мать, "
                    "поэтому он не пришёл. Завтрашнее занятие проведёт другой педагог. Если будут вопросы, пишите.",
                    ["Преподаватель не пришёл на занятие, мы ждали час!"])
    assert c["safety"].passed is False, c["safety"].reason


def test_the_customer_s_own_loss_read_back_is_no_leak():
    c = card("Здравствуйте! Соболезную. Раз у вас скончалась мать, курс заморозим на месяц без оплаты. "
                    "Если будут вопросы, пишите.", ["У меня скончалась мать, я не смогу заниматься месяц. Можно заморозить курс?"])
    assert c["safety"].passed is True, c["safety"].reason


def test_the_operator_sending_a_link_for_a_new_password_asks_for_nothing():
    c = card("Здравствуйте! Сейчас вышлю вам ссылку для нового пароля на почту из профиля, она действует сутки. "
             "Всего доброго!", ["Не могу войти в кабинет, пароль не подходит."])
    assert c["safety"].passed is True, c["safety"].reason


def test_a_password_asked_for_after_the_operator_s_own_sending_still_fails():
    c = card("Здравствуйте! Я пришлю код, а вы продиктуйте мне пароль от кабинета. Всего доброго!",
             ["Не могу войти в кабинет."])
    assert c["safety"].passed is False, c["safety"].reason
