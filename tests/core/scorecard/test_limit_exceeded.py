"""A limit below the customer's own figure, told as if the customer fitted it, does not answer them (issue 15)."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.limit_exceeded import limit_exceeded
from app.core.scorecard.reply import read_reply

DOG = ["Какие условия перевозки собаки в салоне? Собака весит 8 кг вместе с сумкой"]


def test_steps_under_a_smaller_limit_fail():
    c = card("Здравствуйте! В салоне можно перевозить животных до 6 кг с переноской. Добавьте услугу в разделе "
             "«Мои поездки». Хорошего дня!", customer=DOG)
    assert c["solution"].passed is False
    r = read_reply("Добрый день! В номер ставится не более 3 человек. Бронируйте на сайте. Всего доброго!",
                   ["Нас 4 человека, можно снять один номер на выходные?"])
    assert limit_exceeded(r)


def test_the_excess_spoken_of_or_the_customer_within_stands():
    r = read_reply("Здравствуйте! В салоне — животные до 6 кг с переноской, а тяжелее — только в багажном отсеке, "
                   "оформите это в разделе «Мои поездки». Хорошего дня!", DOG)
    assert limit_exceeded(r) is None
    r = read_reply("Здравствуйте! Да, в салоне можно перевозить животных до 6 кг. Хорошего дня!",
                   ["Собака весит 4 кг, можно в салон?"])
    assert limit_exceeded(r) is None
    r = read_reply("Здравствуйте! Бесплатно до 23 кг, дальше 2 000 ₽. Хорошего дня!",
                   ["Чемодан 25 кг, сколько стоит перевес?"])
    assert limit_exceeded(r) is None  # the customer knows they are over


def test_a_limit_given_as_the_cause_or_a_target_stands():
    upload = ["Видео 50 МБ не прикрепляется к заявке, что делать?"]
    r = read_reply("Здравствуйте! К заявке можно прикрепить файл до 25 МБ, поэтому видео и не проходит. Пришлите "
                   "ссылку на диск в поле «Комментарий». Хорошего дня!", upload)
    assert limit_exceeded(r) is None
    r = read_reply("Здравствуйте! Уменьшите видео до 25 МБ в любом конвертере и прикрепите снова. Хорошего дня!",
                   upload)
    assert limit_exceeded(r) is None
