"""Words of the tone lists in a sense that is no fault of tone: a quoted name, «достать» of fetching, «я вам уже» with
a deed, weariness named in an apology, a duty the company owns, a phrase split by a clause (issue 15)."""

from __future__ import annotations

from reply_cases import card

CALM = ["Какие бонусы есть для тех, кто приводит знакомых?"]
BROKEN = ["Третий день не сохраняются черновики в редакторе, сколько можно!"]
TIRED = ["Отпишите меня от ваших звонков, они мне надоели!"]


def test_a_quoted_name_of_an_offer_is_no_thou():
    c = card("Здравствуйте! По программе «Позови соседа» вы получите 300 баллов за каждого, кто оформит заказ. "
             "Хорошего дня!", customer=CALM)
    assert c["tone"].passed is True
    c = card("Здравствуйте! Позови соседа, и получишь 300 баллов. Хорошего дня!", customer=CALM)
    assert c["tone"].passed is False and "«ты»" in c["tone"].reason


def test_fetching_is_not_the_rude_dostat():
    c = card("Здравствуйте! Простите за сбой. Черновики за три дня я достал из резервной копии, они снова в редакторе. "
             "Если что-то не найдётся, пишите.", customer=BROKEN)
    assert c["tone"].passed is True
    c = card("Здравствуйте! Простите за сбой, но вы нас уже достали своими письмами. Если что, пишите.", customer=BROKEN)
    assert c["tone"].passed is False


def test_a_deed_already_done_is_no_lecture_but_telling_again_is():
    c = card("Здравствуйте! Простите за сбой. Пропавшие черновики я вам уже вернул, а исправление выйдет в пятницу. "
             "Если будут вопросы, пишите.", customer=BROKEN)
    assert c["tone"].passed is True
    c = card("Здравствуйте! Простите за сбой. Я вам уже объяснял, что черновики хранятся сутки. "
             "Если будут вопросы, пишите.", customer=BROKEN)
    assert c["tone"].passed is False


def test_weariness_named_in_an_apology_is_sympathy():
    c = card("Здравствуйте! Извините, что наши звонки так вам надоели. Номер убрал из всех списков обзвона сегодня. "
             "Хорошего дня!", customer=TIRED)
    assert c["tone"].passed is True


def test_a_duty_the_company_missed_owned_in_an_apology_is_no_lecture():
    customer = ["Вы не написали, что в бассейне ремонт, а мы ехали ради него. Поездка испорчена."]
    c = card("Здравствуйте! Простите, что поездка так вышла, — нам нужно было написать о ремонте в описании. "
             "Описание исправил сегодня, а за бассейн вернём 2 000 ₽ до пятницы. Всего доброго!", customer=customer)
    assert c["tone"].passed is True and c["empathy"].passed is True
    c = card("Здравствуйте! Простите, но вам нужно было спросить о бассейне заранее. Всего доброго!", customer=customer)
    assert c["tone"].passed is False


def test_a_purpose_clause_casts_no_doubt():
    c = card("Здравствуйте! Простите за сбой. Черновики вернул, а чтобы вы точно ничего не потеряли, включил "
             "автосохранение каждую минуту. Если будут вопросы, пишите.", customer=BROKEN)
    assert c["tone"].passed is True


CHARGED = ["Опять сняли 249 за подписку «Музыка», я её не продлевал! Верните деньги."]


def test_what_the_customer_did_not_do_that_gets_them_something_is_no_blame():
    c = card("Здравствуйте! Простите за неожиданное списание. Подписку отключил, а треки в этом месяце вы не слушали, "
             "поэтому 249 ₽ вернутся целиком до пятницы. Хорошего дня!", customer=CHARGED)
    assert c["tone"].passed is True and c["empathy"].passed is True
    c = card("Здравствуйте! Простите за неожиданное списание. Вы не отключили автопродление, поэтому деньги не "
             "вернуть. Хорошего дня!", customer=CHARGED)
    assert c["tone"].passed is False


def test_nothing_done_wrong_reassures():
    customer = ["Нажала какую-то кнопку, и всё пропало!!! Я что-то испортила?"]
    c = card("Здравствуйте! Понимаю, как это пугает. Вы ничего не испортили: кнопка «Скрыть» только прячет ленту, "
             "верните её через «Вид» → «Лента». Если будут вопросы, пишите.", customer=customer)
    assert c["tone"].passed is True


def test_you_and_the_denied_verb_in_different_clauses_is_no_verdict():
    customer = ["Ввела пароль на странном сайте, потом поняла, что он поддельный. Помогите!"]
    c = card("Здравствуйте! Сожалею, что так вышло. После того как вы ввели его, не было ни одного входа, а сам "
             "пароль я сбросила — ссылка уже у вас на почте. Если будут вопросы, пишите.", customer=customer)
    assert c["tone"].passed is True


def test_someone_elses_not_knowing_is_not_the_operators():
    customer = ["КАК ПОСМОТРЕТЬ ОСТАТОК МИНУТ. ТЕЛЕФОН СТАРЫЙ"]
    c = card("Здравствуйте! Понимаю, как неудобно, когда не знаешь, сколько осталось. Наберите *102# и кнопку вызова — "
             "остаток придёт в СМС. Хорошего дня!", customer=customer)
    assert c["tone"].passed is True
    c = card("Здравствуйте! Не знаю, уточните в салоне. Хорошего дня!", customer=customer)
    assert c["tone"].passed is False

