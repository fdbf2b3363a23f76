"""A reply as the judges see it: normalised, only its start analysed when huge, notes about bad input,
the customer's name and messages from the task, smileys and imperatives picked out."""

from __future__ import annotations

import unicodedata

from app.core.content import CorrespondenceTask
from app.core.scorecard.reply import ANALYSIS_CAP, read_reply

from reply_cases import GOOD, LATE


def test_the_reply_is_normalised_and_the_customer_read():
    decomposed = unicodedata.normalize("NFD", "Здравствуйте!\r\nПриносим извинения за задержку, всё будет.")
    r = read_reply(decomposed, LATE[0])
    assert r.reply == "Здравствуйте!\nПриносим извинения за задержку, всё будет." and r.text == r.reply
    assert r.customer_messages == LATE and r.complaint and r.notes == [] and not r.empty
    assert [t.text for t in r.tokens][:3] == ["Здравствуйте", "Приносим", "извинения"]


def test_a_huge_paste_is_analysed_from_its_start_never_cutting_a_word():
    reply = (GOOD + " ") * 600
    r = read_reply(reply, LATE)
    assert len(r.reply) > 100_000 and len(r.text) <= ANALYSIS_CAP
    assert reply.startswith(r.text) and reply[len(r.text)] == " "
    assert r.notes == [f"Ответ длиннее {ANALYSIS_CAP} знаков: оценено только начало."]


def test_empty_wordless_and_foreign_replies_are_noted():
    assert read_reply("   ", LATE).notes == ["Ответ пустой."]
    assert read_reply("!!! ... )))", LATE).notes == ["В ответе нет ни одного слова."]
    english = read_reply("Hello! Your order will arrive tomorrow.", LATE)
    assert english.wrong_language and english.notes == ["Ответ написан не по-русски, а клиент пишет по-русски."]
    assert not read_reply("Hello! Your order will arrive tomorrow.", ["Where is my order?"], language="en").notes


def test_a_task_gives_the_customers_messages_and_name():
    task = CorrespondenceTask("t", "Опоздание", "Доставка", ("Где мой заказ? Жду с утра.",), ("Ответ.",),
                              customer="Ирина Соколова")
    r = read_reply("Здравствуйте, Ирина!", [], task=task)
    assert r.customer_messages == ["Где мой заказ? Жду с утра."] and r.customer_name == "Ирина Соколова"
    assert read_reply("Здравствуйте!", ["Когда привезут заказ?\nС уважением, Роза Каримова"]).customer_name == "Роза"


def test_smileys_are_found_but_a_closed_bracket_is_no_smiley():
    text = "Здравствуйте :) Заказ (номер 48213) приедет завтра)) Хорошего дня)"
    r = read_reply(text, LATE)
    assert [text[s:s + n] for s, n in r.emoji] == [":)", "))", ")"]


def test_plural_imperatives_are_steps_and_singular_ones_are_familiar():
    text = "Напиши номер заказа. Проверьте почту и нажмите «Войти»."
    plural, singular = read_reply(text, LATE).imperatives
    assert [text[s:s + n] for s, n in plural] == ["Проверьте", "нажмите"]
    assert [text[s:s + n] for s, n in singular] == ["Напиши"]


def test_a_verb_after_a_place_still_opens_its_clause():
    # «включите» is also «вы включите»: opening its clause, after a place only, it is a step
    text = ("Скидка применяется при оплате: в разделе «Корзина» включите опцию «Промокод». На сайте вы включите фильтр. "
            "В случае ошибки обратитесь в поддержку.")  # a condition before the verb is no place
    plural, _ = read_reply(text, LATE).imperatives
    assert [text[s:s + n] for s, n in plural] == ["включите"]


def test_numbered_steps_are_no_smileys():
    r = read_reply("Здравствуйте! Порядок такой: 1) выключите роутер; 2) подождите минуту; а) если не помогло, "
                   "нажмите «Сброс». Спасибо)", LATE)
    assert [r.text[s:s + n] for s, n in r.emoji] == [")"]  # only the one after «Спасибо»


def test_not_knowing_said_the_other_way_round():
    for reply, said in [("Точно сказать не могу, спросите в офисе.", "сказать не могу"),
                        ("Тут сложно сказать, всё индивидуально.", "сложно сказать")]:
        r = read_reply(reply, LATE)
        assert [r.text[s:s + n] for s, n in r.dont_know] == [said]
    assert read_reply("Могу сказать точно: заказ у курьера.", LATE).dont_know == []


def test_a_position_finds_its_sentence_and_its_comma_part():
    text = "Добрый день! Заказ у курьера, он привезёт его завтра."
    r = read_reply(text, LATE)
    at = text.index("привезёт")
    assert text[slice(*r.sentence_at(at))].strip() == "Заказ у курьера, он привезёт его завтра."
    assert text[slice(*r.part_at(at))] == " он привезёт его завтра"
    assert r.part_at(text.index(",")) is None  # a mark belongs to no part


def test_the_tokens_inside_a_span_are_those_that_start_in_it():
    text = "Курьер приедет в среду, до обеда."
    r = read_reply(text, LATE)
    words = lambda start, end: [t.text for t in r.tokens_in(start, end)]
    at = text.index("приедет")
    assert words(at, at) == [] and words(at + 3, at) == []  # an empty span, and one the wrong way round
    assert words(text.index(" в"), text.index("в ")) == []  # only the space before «в»: no word starts there
    # a span cutting words: the word cut at its start is left out, the one cut at its end is kept
    assert words(at + 2, text.index("среду") + 2) == ["в", "среду"]
    assert words(0, at + 1) == ["Курьер", "приедет"]
    assert words(text.index("обеда"), len(text)) == ["обеда"]  # at the end
    assert words(text.index("до"), len(text) + 50) == ["до", "обеда"] and words(len(text), len(text) + 9) == []
    assert all(r.tokens_in(s, e) == [t for t in r.tokens if s <= t.start < e]
               for s in range(-1, len(text) + 2) for e in range(-1, len(text) + 2))


def test_a_manner_bidden_with_be_is_no_step_but_be_ready_to_do_is():
    r = read_reply("Здравствуйте! Будьте осторожны с такими письмами и внимательны к ссылкам. Хорошего дня!",
                   ["Мне пришло письмо про выигрыш, это правда?"])
    assert r.imperatives[0] == []
    r = read_reply("Здравствуйте! Будьте готовы показать курьеру паспорт. Хорошего дня!", ["Что нужно при получении?"])
    assert [r.text[s:s + n] for s, n in r.imperatives[0]] == ["Будьте"]
