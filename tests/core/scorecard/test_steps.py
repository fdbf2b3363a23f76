"""What counts as a step the customer is given: imperatives and steps told in the present are; a question back,
looking again, doing it alone and a vague referral are not."""

from __future__ import annotations

from app.core.scorecard.reply import read_reply
from app.core.scorecard.steps import another_doing, asks_back, look_again, on_your_own, present_steps, vague_redirect
from reply_cases import card


def _at(reply: str, word: str, customer: str = "Как вернуть предоплату за тур?"):
    r = read_reply(reply, [customer])
    start = reply.index(word)
    return r, (start, len(word))


def test_an_imperative_in_a_question_back_is_asking_not_a_step():
    assert asks_back(*_at("Здравствуйте! Подскажите номер брони?", "Подскажите"))
    assert not asks_back(*_at("Здравствуйте! Подскажите номер брони, и я верну деньги сегодня.", "Подскажите"))


def test_looking_again_and_doing_it_alone_are_no_steps():
    assert look_again(*_at("Здравствуйте! Проверьте, пожалуйста, почту ещё раз.", "Проверьте"))
    assert not look_again(*_at("Здравствуйте! Проверьте папку «Спам».", "Проверьте"))
    assert on_your_own(*_at("Здравствуйте! Договоритесь с отелем сами.", "Договоритесь"))


def test_a_referral_needs_where_and_with_what():
    assert vague_redirect(*_at("Здравствуйте! Обратитесь в агентство, там вам помогут.", "Обратитесь"))
    assert not vague_redirect(*_at("Здравствуйте! Обратитесь в офис агентства с паспортом и договором.", "Обратитесь"))


def test_steps_told_in_the_present_are_found():
    r = read_reply("Здравствуйте! Открываете приложение, выбираете «Туры», нажимаете «Вернуть».",
                   ["Как вернуть предоплату за тур?"])
    assert [r.text[s:s + n] for s, n in present_steps(r)] == ["Открываете", "выбираете", "нажимаете"]


def test_going_or_writing_somewhere_without_what_for_is_a_vague_referral():
    assert vague_redirect(*_at("Здравствуйте! Для этого приходите в отделение банка.", "приходите"))
    assert vague_redirect(*_at("Здравствуйте! Напишите в службу поддержки.", "Напишите"))
    assert not vague_redirect(*_at("Здравствуйте! Приходите в отделение с паспортом и договором.", "Приходите"))
    assert not vague_redirect(*_at("Здравствуйте! Напишите мне номер брони.", "Напишите"))


RENEWED = ["С карты ушло 1 490 ₽ за продление антивируса, я его не продлевала. Отмените платёж, пожалуйста."]


def test_steps_for_another_doing_do_not_meet_what_the_customer_bids():
    other = card("Здравствуйте! Жаль, что так вышло. Чтобы продление не повторилось, выключите автоплатёж в разделе "
                 "«Подписки». Хорошего дня!", RENEWED)
    assert (other["solution"].passed, other["solution"].reason) == (
        False, "Клиент просит «Отмените», а ответ об этом молчит и предлагает другое: «выключите».")
    done = card("Здравствуйте! Жаль, что так вышло. Отменила платёж: 1 490 ₽ вернутся на карту в течение 3 рабочих "
                "дней, автоплатёж я тоже выключила. Хорошего дня!", RENEWED)
    assert done["solution"].passed is True


def test_a_verb_of_a_which_clause_is_no_deed_after_the_data_asked():
    """«назовите код, который пришёл в СМС, чтобы я проверила»: the «который» clause says which code — only a look is
    left, a question back put as an imperative."""
    from reply_cases import card
    got = card("Здравствуйте! Чтобы проверить платёж, назовите номер, который пришёл вам в СМС.",
               ["Оплатила заказ, а он всё ещё не оплачен. Что случилось?"])["solution"]
    assert got.passed is False
    kept = card("Здравствуйте! Назовите номер, который пришёл вам в СМС, и я сразу подтвержу оплату заказа.",
                ["Оплатила заказ, а он всё ещё не оплачен. Что случилось?"])["solution"]
    assert kept.passed is True


def test_being_able_to_look_is_only_the_look_after_the_data_asked():
    """«Пришлите фото, чтобы я могла проверить»: «могла» leads the look and does nothing itself."""
    asked = ["Заказал кофемашину, пришла с трещиной на крышке. Что теперь?"]
    got = card("Здравствуйте! Пришлите, пожалуйста, фото трещины, чтобы мы могли проверить заказ. Хорошего дня!",
               asked)["solution"]
    assert got.passed is False, got.reason
    kept = card("Здравствуйте! Пришлите, пожалуйста, фото трещины, и я сразу оформлю замену крышки. Хорошего дня!",
                asked)["solution"]
    assert kept.passed is True, kept.reason


def test_a_bid_declined_with_another_way_is_no_silence_about_it():
    asked = ["Переоформите доставку на соседку, меня не будет дома. Она будет вечером"]
    r = read_reply("Здравствуйте! Менять получателя в заказе нельзя, но соседка сможет забрать его по коду: перешлите "
                   "ей код из СМС. Хорошего дня!", asked)
    assert another_doing(r) == ""
    assert another_doing(read_reply("Здравствуйте! Перешлите соседке код из СМС. Хорошего дня!", asked)) == "Переоформите"


def test_the_operators_deed_once_data_comes_is_no_company_step_owed_a_time():
    from app.core.scorecard.steps import deed_on_data
    asked = "Не открывается страница оплаты, а билет снимут с брони через полчаса"
    r, at = _at("Здравствуйте! Продиктуйте номер заказа и телефон, я проведу оплату сама.", "проведу", asked)
    assert deed_on_data(r, at) is True
    r, at = _at("Здравствуйте! Пришлите номер заказа, я посмотрю, что с оплатой.", "посмотрю", asked)
    assert deed_on_data(r, at) is False  # a look promised stays a company step owed its time
    r, at = _at("Здравствуйте! Мы проведём оплату вручную.", "проведём", asked)
    assert deed_on_data(r, at) is False  # no data asked before it
    got = card("Здравствуйте! Продиктуйте номер заказа и телефон, я проведу оплату сама. Я на связи.", [asked])
    assert got["solution"].passed is True
