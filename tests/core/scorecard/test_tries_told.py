"""A step the customer told they took, in a plain past, and a try bidden again."""

from __future__ import annotations

import pytest

from app.core.scorecard.reply import read_reply
from app.core.scorecard.tries_told import retried, same_doing, told_tried, told_tries
from reply_cases import card


def _at(r, word):
    tok = next(t for t in r.tokens if t.lower == word)
    return tok.start, tok.end - tok.start


@pytest.mark.parametrize("a, b", [("очистить", "чистить"), ("обновить", "обновлять"), ("сбросить", "сбрасывать"),
                                  ("перезагрузить", "перезагружать"), ("оплатить", "оплачивать"),
                                  ("удалить", "удалять")])
def test_one_doing_in_either_aspect(a, b):
    assert same_doing(a, b) and same_doing(b, a)


@pytest.mark.parametrize("a, b", [("перезапустить", "перезагружать"), ("подключить", "отключить"),
                                  ("проверить", "провести"), ("включить", "выключить")])
def test_two_doings(a, b):
    assert not same_doing(a, b)


def test_the_customers_own_past_doings():
    tries = told_tries(("Музыка в плеере не играет. Телефон перезагружал, память чистил",))
    assert {x for lemmas, _, _ in tries for x in lemmas} >= {"перезагружать", "чистить"}
    # another's doing, a plural with no «мы», a negated one or a neuter are no tries of the customer's
    for said in ("Курьер позвонил и уехал", "Мне прислали не ту модель", "Роутер я не перезагружал",
                 "Всё пропало после обновления"):
        assert told_tries((said,)) == (), said


def test_a_step_told_as_taken_is_found():
    asked = ["Не грузится личный кабинет, пишет ошибку. Кэш чистила, роутер тоже перезагружала"]
    r = read_reply("Здравствуйте! Очистите кэш браузера. Хорошего дня!", asked)
    assert told_tried(r, _at(r, "очистите")) is True
    r = read_reply("Здравствуйте! Попробуйте перезагрузить роутер.", asked)
    assert told_tried(r, _at(r, "попробуйте")) is True
    # another doing, the same doing to another thing, or advice for a time to come
    for reply, verb in (("Здравствуйте! Обновите приложение.", "обновите"),
                        ("Здравствуйте! Очистите историю в настройках телефона.", "очистите"),
                        ("Здравствуйте! Если ошибка вернётся, перезагрузите роутер.", "перезагрузите")):
        r = read_reply(reply, asked)
        assert told_tried(r, _at(r, verb)) is False, reply


def test_a_try_again_of_one_doing():
    asked = ["Не проходит оплата, выдаёт ошибку"]
    r = read_reply("Здравствуйте! Попробуйте оплатить ещё раз.", asked)
    assert retried(r, _at(r, "попробуйте")) is True
    r = read_reply("Здравствуйте! Попробуйте удалить приложение и установить его заново.", asked)
    assert retried(r, _at(r, "попробуйте")) is False  # two doings: a first try, weighed elsewhere
    r = read_reply("Здравствуйте! Попробуйте оплатить картой другого банка.", asked)
    assert retried(r, _at(r, "попробуйте")) is False


def test_the_solution_verdict():
    asked = ["Видео на курсе не открывается, чёрный экран", "ноутбук перезагружала, браузер обновляла"]
    got = card("Здравствуйте! Сожалеем. Перезагрузите ноутбук и обновите браузер. Хорошего дня!", asked)["solution"]
    assert got.passed is False, got.reason
    got = card("Здравствуйте! Сожалеем. Обновите страницу и попробуйте открыть видео ещё раз.", asked)["solution"]
    assert got.passed is False, got.reason
    # a fix done first, then the retry: the fix passes
    got = card("Здравствуйте! Доступ к видео я открыла заново, попробуйте открыть его ещё раз.", asked)["solution"]
    assert got.passed is True, got.reason
