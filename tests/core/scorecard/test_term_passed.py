"""term_passed: the reply's window of a permission is shorter than the time the customer says has passed. Replies of
our own."""

from __future__ import annotations

from app.core.scorecard import score_reply
from app.core.scorecard.reply import read_reply
from app.core.scorecard.term_passed import term_passed

_JACKET = "Купил куртку три недели назад, размер не подошёл, ярлыки целы. Можно сдать? Как это сделать?"


def test_steps_after_a_window_the_customer_is_past_fail():
    reply = ("Здравствуйте, Олег! Сдать куртку можно в течение 14 дней с момента покупки. Оформите возврат в разделе "
             "«Покупки» → «Вернуть». Всего доброго!")
    r = read_reply(reply, _JACKET)
    ago, span = term_passed(r)
    assert ago == "три недели назад" and reply[span[0]:span[0] + span[1]] == "14 дней"
    card = score_reply(reply, _JACKET, grammar=None)
    assert card["solution"].passed is False
    assert card["solution"].reason.startswith("Клиент пишет «три недели назад»")


def test_the_rule_alone_is_no_way_for_this_customer():
    asked = "Оплатила годовой доступ к курсам, прошло уже два месяца, хочу вернуть деньги."
    reply = "Добрый день! По правилам школы возврат допускается только в течение 10 дней после оплаты. Хорошего дня!"
    assert term_passed(read_reply(reply, asked)) is not None
    assert score_reply(reply, asked, grammar=None)["solution"].passed is False


def test_a_window_the_customer_is_inside_stands():
    asked = "Купил куртку пять дней назад, размер не подошёл. Можно сдать? Как?"
    reply = ("Здравствуйте! Да, сдать можно в течение 14 дней с момента покупки: оформите возврат в разделе «Покупки» → "
             "«Вернуть», курьер заберёт куртку в выбранный день.")
    assert term_passed(read_reply(reply, asked)) is None
    assert score_reply(reply, asked, grammar=None)["solution"].passed is True


def test_a_term_of_a_doing_to_come_is_no_window():
    asked = "Вернула наушники две недели назад, а денег всё нет. Где они?"
    reply = "Здравствуйте! Проверила: возврат оформлен вчера, деньги придут на карту в течение 3 рабочих дней."
    assert term_passed(read_reply(reply, asked)) is None


def test_another_way_after_a_contrast_is_left_to_the_other_rules():
    reply = ("Здравствуйте! Сдать куртку можно в течение 14 дней с момента покупки, но для вас сделаю исключение: "
             "оформите возврат в разделе «Покупки» → «Вернуть», заявку одобрю сегодня до 18:00.")
    assert term_passed(read_reply(reply, _JACKET)) is None


def test_the_rule_told_to_a_customer_whose_wait_ran_past_it_fails():
    asked = ["Отправил заявление на перерасчёт 12 дней назад", "ответа нет. сколько ждать?"]
    reply = "Здравствуйте! Заявления на перерасчёт рассматриваются в течение 5 рабочих дней. Хорошего дня!"
    assert term_passed(read_reply(reply, asked)) is not None
    assert score_reply(reply, asked, grammar=None)["solution"].passed is False


def test_a_term_the_customer_was_given_and_says_has_run_out():
    asked = ["деньги за билет обещали вернуть до 10 дней", "прошло уже больше, где они?"]
    reply = "Добрый день! Возврат за билеты поступает на карту в течение 10 дней. Всего доброго!"
    ago, _ = term_passed(read_reply(reply, asked))
    assert ago.startswith("прошло уже больше")
    ok = "Добрый день! Проверила: деньги за билет отправлены вчера, придут на карту в течение 2 дней."
    assert term_passed(read_reply(ok, asked)) is None


def test_a_span_with_no_preposition_is_a_window_too():
    asked = "Удалил черновик письма три недели назад, верните его, пожалуйста"
    reply = ("Здравствуйте! Удалённые черновики лежат в папке «Удалённые» 7 дней. Откройте папку, отметьте черновик "
             "и нажмите «Вернуть».")
    ago, span = term_passed(read_reply(reply, asked))
    assert ago == "три недели назад" and reply[span[0]:span[0] + span[1]] == "7 дней"
    assert score_reply(reply, asked, grammar=None)["solution"].passed is False
    # the same span after «через» or «за» is no window of the rule
    for later in ("Черновики удаляются через 7 дней.", "Черновик вернём за 7 дней."):
        assert term_passed(read_reply("Здравствуйте! " + later, asked)) is None
    # and a span the customer is still inside leaves the reply to the other rules
    assert term_passed(read_reply(reply, "Удалил черновик письма вчера, верните его")) is None
