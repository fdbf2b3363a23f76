"""The scorecard's word layer: phrases found in any grammatical form with a word between, quotes for the
reasons, the customer's name taken from their message."""

import pytest

from app.core.scorecard.words import (customer_name_from, parts_with_tokens, cyrillic_share, find_phrases, make_phrases,
                                      message_sentences, part_at, quote, sentences, tokenize)


def spans(text, entries, gap=1):
    return [text[off:off + ln] for _phrase, (off, ln) in find_phrases(tokenize(text), make_phrases(entries), gap=gap)]


def test_a_phrase_is_found_in_another_form_and_with_a_word_in_between():
    assert spans("Приносим свои извинения за задержку.", ["приносить извинение"]) == ["Приносим свои извинения"]
    assert spans("Приносим свои искренние извинения.", ["приносить извинение"]) == []  # two words between
    assert spans("Приносим свои искренние извинения.", ["приносить извинение"], gap=2) == \
        ["Приносим свои искренние извинения"]


def test_a_starred_word_matches_any_ending_and_ё_is_е():
    assert spans("Это безобразие, ужасно!", ["безобраз*"]) == ["безобразие"]
    assert spans("Всё решим.", ["все решить"]) == ["Всё решим"]


def test_quotes_skip_a_fragment_inside_another_and_say_there_are_more():
    text = "Ну блин, блин, ваще жесть, короче."
    assert quote(text, [(0, 7), (3, 4)]) == "«Ну блин»"
    assert quote(text, [(0, 2), (3, 4), (15, 4), (20, 5), (27, 6)]) == "«Ну», «блин», «ваще» и другие"


def test_sentences_and_the_share_of_cyrillic_letters():
    assert sentences("Добрый день! Чем помочь?\nЖду") == [(0, 12), (12, 24), (25, 28)]
    assert cyrillic_share("Hello мир") == 0.375 and cyrillic_share("123 !") == 0.0


def test_the_customer_name_comes_from_an_introduction_only():
    assert customer_name_from(["Здравствуйте, меня зовут Олег. Где заказ?"]) == "Олег"
    assert customer_name_from(["Это Москва, а заказа нет."]) == ""  # a city, not a name
    assert customer_name_from(["Где мой заказ?"]) == ""


def test_a_figure_after_a_capitalised_word_is_no_signature():
    assert customer_name_from(["Мне не пришло подтверждение брони. Бронь 77812."]) == ""
    assert customer_name_from(["Мне не пришло подтверждение брони.\nВера"]) == "Вера"


def test_a_name_alone_after_the_last_sentence_signs_the_message():
    """«…что не так? Андрей»: the message ends on a name standing alone, even on the same line as the question."""
    assert customer_name_from(["Почему не приходит чек на почту? Зарина"]) == "Зарина"
    assert customer_name_from(["Перевела деньги не на тот счёт. Помогите вернуть. Надежда Павловна"]) == \
        "Надежда Павловна"
    assert customer_name_from(["Можно ли сдвинуть урок на пятницу? Вика"]) == "Вика"  # also a plant's name
    assert customer_name_from(["Когда вернут деньги?\n-- Оксана"]) == "Оксана"
    assert customer_name_from(["Когда откроется пункт выдачи на Садовой? Казань"]) == ""  # a city
    assert customer_name_from(["Где мой заказ? Помогите!"]) == ""


def test_a_signature_with_the_surname_first_or_a_firm_after_it():
    assert customer_name_from(["Когда придёт счёт?\nС уважением, Лаптев Игорь"]) == "Игорь"
    assert customer_name_from(["Не работает выгрузка. Помогите. Инна, ООО «Вектор»"]) == "Инна"


@pytest.mark.parametrize("messages, name", [
    (["Хочу сдать билет на концерт, до него неделя.\nРоман"], "Роман"),
    (["Пароль не подходит, хотя я его не менял.\nЛев"], "Лев"),
    (["Бот в Slack молчит с обеда. Вебхук пересоздали."], ""),
    (["Счёт не пришёл, хотя всё оплачено. Лев сказал, что пришлёт его утром."], ""),
])
def test_a_name_alone_on_the_last_line_signs_and_a_sentence_subject_does_not(messages, name):
    assert customer_name_from(messages) == name


def test_a_message_is_cut_after_a_sentence_end_and_at_each_line():
    message = "Карту заблокировали вчера. Почему?! Пишу второй раз…\nЖду ответа 3.5 часа"
    assert message_sentences(message) == ["Карту заблокировали вчера.", "Почему?!", "Пишу второй раз…",
                                          "Жду ответа 3.5 часа"]


def test_a_customer_message_is_cut_into_its_parts_with_their_words():
    text = "Рейс отменили, деньги не вернули. А я ждала!"
    parts = parts_with_tokens(text, tokenize(text))
    assert [text[start:end].strip() for start, end, _ in parts] == ["Рейс отменили", "деньги не вернули", "А я ждала"]
    assert [[t.lower for t in words] for _, _, words in parts] == [["рейс", "отменили"], ["деньги", "не", "вернули"],
                                                                   ["а", "я", "ждала"]]


def test_the_part_holding_a_position_is_found_within_the_given_stretch():
    text = "Заказ собран, курьер выехал: ждите к обеду."
    at = text.index("курьер")
    assert text[slice(*part_at(text, at))] == " курьер выехал"
    assert part_at(text, text.index(",")) is None  # on a mark
    assert part_at(text, at, 0, text.index(",")) is None  # outside the stretch searched
