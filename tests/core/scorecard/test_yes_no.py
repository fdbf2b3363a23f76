"""Yes-or-no questions answered in other words: a yes after a smiley, the question's predicate said back (issue 15)."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.reply import read_reply
from app.core.scorecard.yes_no import predicate_answered, yes_no_answer

KEPT = ["Если перейти на тариф подешевле, накопленные баллы не пропадут?"]


def test_the_predicate_said_back_by_its_opposite_answers_the_question():
    r = read_reply("Здравствуйте! Накопленные баллы при смене тарифа сохраняются полностью.", KEPT)
    assert predicate_answered(r, []) != []


def test_a_sentence_about_something_else_does_not():
    r = read_reply("Здравствуйте! Тариф подешевле стоит 390 ₽ в месяц.", KEPT)
    assert predicate_answered(r, []) == []


def test_a_yes_after_a_smiley_opens_its_own_answer():
    r = read_reply("Хороший вопрос :) Да, баллы останутся на счёте.", KEPT)
    assert yes_no_answer(r, []) != []


def test_can_he_do_it_is_answered_by_the_doing_said_back():
    # «Может мастер заехать вечером?» — after «может» the infinitive is what is asked: «мастер заедет» answers it
    from reply_cases import card
    customer = ["Я до шести на работе. Может мастер заехать вечером, после семи?"]
    told = card("Здравствуйте! Да, мастер заедет к вам сегодня после семи, я договорилась.", customer)
    assert told["solution"].passed is True, told["solution"].reason
    none = card("Здравствуйте! Спасибо, что вы с нами. Хорошего вечера!", customer)
    assert none["solution"].passed is False


QR = ["Оплата по QR-коду пройдёт ночью, в три часа?"]


def test_a_habit_told_after_a_yes_leaves_the_yes_a_yes():
    got = card("Здравствуйте! Да, оплата по QR-коду работает круглосуточно и проходит обычно за несколько секунд. "
               "Хорошего вечера!", QR)["solution"]
    assert (got.passed, got.reason) == (True, "Клиент спросил, и ответ прямой, с подробностями: «Да».")


def test_a_habit_with_no_yes_and_a_guess_after_a_yes_are_still_hedges():
    assert card("Здравствуйте! Обычно оплата по QR-коду проходит быстро и без сбоев. Хорошего вечера!",
                QR)["solution"].passed is False
    assert card("Здравствуйте! Да, наверное, оплата по QR-коду пройдёт за несколько секунд. Хорошего вечера!",
                QR)["solution"].passed is False


def test_a_yes_that_says_back_only_the_customers_own_words_or_their_kin_is_bare():
    # «Да, справку можно заказать, если болеете»: «болеете» is the customer's «заболела», no detail
    customer = ["Можно заказать справку для работы? Я заболела"]
    bare = yes_no_answer(read_reply("Здравствуйте! Да, справку можно заказать, если болеете. Поправляйтесь!",
                                    customer), [])
    assert bare == []
    told = yes_no_answer(read_reply("Здравствуйте! Да, справку выдаёт терапевт на приёме, с печатью клиники.",
                                    customer), [])
    assert told != []


def test_a_welcome_after_the_yes_is_no_detail():
    customer = ["Можно ли подключить вторую симку на мой договор?"]
    welcome = read_reply("Добрый день! Да, подключить можно. Будем рады видеть вас в числе клиентов!", customer)
    assert yes_no_answer(welcome, []) == []
    detail = read_reply("Добрый день! Да, подключить можно. Вторая симка стоит 150 ₽ в месяц, курьер привезёт завтра.",
                        customer)
    assert yes_no_answer(detail, []) != []


def test_a_pronoun_of_the_question_stands_for_the_noun_of_its_if_part():
    customer = ["Хочу почистить ноутбук. Если я сотру письма из программы, они исчезнут совсем?"]
    kept = read_reply("Здравствуйте! Копии писем на сервере останутся, в программе стирайте спокойно. Хорошего дня!",
                      customer)
    assert [kept.text[s:s + n] for _, (s, n) in predicate_answered(kept, [])] == ["останутся"]
    other = read_reply("Здравствуйте! Сервер обновят в субботу, в программе появится тёмная тема. Хорошего дня!",
                       customer)
    assert predicate_answered(other, []) == []


def test_a_yes_that_says_back_how_the_thing_is_answers_a_question_of_how_it_is():
    # «нормально?», «безопасно?»: nothing to do or arrange, the yes with the state said back is the whole answer
    assert card("Добрый день! Да, это нормально. Хорошего дня!",
                ["После обновления иконка стала синей. Это нормально?"])["solution"].passed is True
    assert card("Добрый день! Да, это нормально. Хорошего дня!",
                ["Это нормально, что в выписке две строки по одной оплате?"])["solution"].passed is True
    # what the customer waits for is still not done: the yes leaves them asking when
    assert card("Добрый день! Да, это нормально. Хорошего дня!",
                ["Посылка до сих пор не пришла. Это нормально?"])["solution"].passed is False
