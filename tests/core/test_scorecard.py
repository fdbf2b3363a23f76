"""The reply scorecard: each element firing and not firing, critical failures, bad input."""

from __future__ import annotations

import json
import time

import pytest

from app.core.grammar.findings import Category, Finding
from app.core.scorecard import ELEMENTS, score_reply
from app.core.content import CorrespondenceTask, ScorecardElement

LATE = ["Здравствуйте! Заказ должен был прийти вчера, а его всё нет. Что происходит?"]
QUESTION = ["Добрый день! Подскажите, сколько стоит доставка в Казань?"]
GOOD = ("Здравствуйте, Марина! Приносим извинения за задержку. Заказ 48213 задержался на сортировочном "
        "центре, курьер привезёт его завтра с 10:00 до 14:00. Если будут вопросы, пишите — я на связи.")


def no_errors(text: str, language: str) -> list[Finding]:
    return []


def one_typo(text: str, language: str) -> list[Finding]:
    i = text.find("извенения")
    return [Finding(i, 9, "Возможно, орфографическая ошибка.", Category.SPELLING, "SPELL")] if i >= 0 else []


def card(reply, customer=LATE, **kw):
    kw.setdefault("grammar", no_errors)
    return score_reply(reply, customer, **kw)


def test_good_reply_scores_100_and_passes():
    c = card(GOOD, customer_name="Марина")
    assert c.total == 100 and c.passed
    assert set(ELEMENTS) <= set(c.elements)
    assert all(c[n].passed for n in ELEMENTS)
    off, ln = c["empathy"].spans[0]
    assert "извинения" in GOOD[off:off + ln]


def test_json_shape():
    data = card(GOOD, customer_name="Марина").to_json()
    assert set(data) == {"elements", "total", "pass"}
    assert data["elements"]["greeting"] == {"passed": True, "reason": data["elements"]["greeting"]["reason"]}
    json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize("opening, ok", [
    ("Здравствуйте!", True), ("Добрый вечер, Марина!", True), ("Доброе утро.", True),
    ("Приветствую вас!", True), ("Заказ задержался.", False), ("Привет!", False),
])
def test_greeting(opening, ok):
    c = card(opening + " Курьер привезёт заказ завтра до 14:00. Если будут вопросы, пишите.")
    assert c["greeting"].passed is ok
    assert c["greeting"].reason


def test_greeting_must_open_the_reply():
    c = card("Курьер привезёт заказ завтра до 14:00. Здравствуйте. Если будут вопросы, пишите.")
    assert c["greeting"].passed is False
    assert "не в начале" in c["greeting"].reason


def test_name_in_other_case_counts_and_missing_name_fails():
    assert card("Здравствуйте! Марине мы уже отправили ответ: курьер будет завтра. Хорошего дня!",
                customer_name="Марина")["name"].passed is True
    c = card("Здравствуйте! Курьер привезёт заказ завтра. Хорошего дня!", customer_name="Марина")
    assert c["name"].passed is False and "Марина" in c["name"].reason


def test_name_not_applicable_without_a_name():
    c = card(GOOD)
    assert c["name"].passed is None
    assert c.to_json()["elements"]["name"]["passed"] is None


def test_name_taken_from_the_message():
    c = card("Здравствуйте, Олег! Курьер привезёт заказ завтра. Хорошего дня!",
             customer=["Меня зовут Олег, заказ не пришёл."])
    assert c["name"].passed is True


@pytest.mark.parametrize("apology", [
    "Приносим извинения за задержку.", "Извините, пожалуйста, за задержку.", "Приносим свои извинения.",
    "Нам очень жаль, что так вышло.", "Понимаю ваше недовольство.", "Простите за неудобство.",
    "Сожалеем о задержке.",
])
def test_empathy_word_forms(apology):
    c = card(f"Здравствуйте! {apology} Курьер привезёт заказ завтра до 14:00. Если будут вопросы, пишите.")
    assert c["empathy"].passed is True, c["empathy"].reason


def test_empathy_missing_in_a_complaint():
    c = card("Здравствуйте! Курьер привезёт заказ завтра до 14:00. Если будут вопросы, пишите.")
    assert c["empathy"].passed is False
    assert "жалуется" in c["empathy"].reason


def test_empathy_not_applicable_to_a_question():
    c = card("Здравствуйте! Доставка в Казань стоит 350 рублей, курьер привезёт заказ за 3 дня. Хорошего дня!",
             customer=QUESTION)
    assert c["empathy"].passed is None
    assert c["solution"].passed is True


@pytest.mark.parametrize("body, ok", [
    ("Курьер привезёт заказ завтра с 10:00 до 14:00.", True),
    ("Деньги вернём на карту в течение трёх рабочих дней.", True),
    ("Я передал обращение в отдел доставки, ответ придёт через 2 часа.", True),
    ("Откройте раздел «Заказы» и нажмите «Вернуть».", True),
    ("Я передам ваш вопрос коллегам.", False),
    ("Мы разбираемся.", False),
])
def test_solution(body, ok):
    c = card(f"Здравствуйте! Извините за задержку. {body} Если будут вопросы, пишите.")
    assert c["solution"].passed is ok, c["solution"].reason


def test_step_without_time_frame_says_so():
    c = card("Здравствуйте! Извините за задержку. Я передам ваш вопрос коллегам. Если будут вопросы, пишите.")
    assert "срок" in c["solution"].reason


@pytest.mark.parametrize("ending, ok", [
    ("Если будут вопросы, пишите.", True), ("Всего доброго!", True), ("Хорошего дня!", True),
    ("Спасибо за обращение!", True), ("Остались вопросы? Я на связи.", True), ("Номер заказа 48213.", False),
])
def test_closing(ending, ok):
    c = card(f"Здравствуйте! Извините за задержку. Курьер привезёт заказ завтра до 14:00. {ending}")
    assert c["closing"].passed is ok


@pytest.mark.parametrize("bad, critical", [
    ("Вы сами виноваты, надо было указать адрес.", True),
    ("Это не наша проблема.", True),
    ("Подожди, я проверю, курьер будет завтра.", True),
    ("Твой заказ привезут завтра.", True),
    ("Ок, щас всё будет.", False),
    ("Заказ привезут ЗАВТРА.", False),
    ("Заказ привезут завтра!!!", False),
    ("Заказ привезут завтра 😊😊", False),
])
def test_tone_failures(bad, critical):
    c = card(f"Здравствуйте! Извините за задержку. {bad} Курьер будет завтра до 14:00. Если будут вопросы, пишите.")
    assert c["tone"].passed is False
    assert c["tone"].critical_failure is critical
    assert c["tone"].spans
    if critical:
        assert not c.passed


def test_tone_allows_abbreviations_and_one_emoji_outside_complaints():
    c = card("Здравствуйте! Код придёт в СМС через минуту, ИНН вводить не нужно 🙂 Хорошего дня!",
             customer=["Как войти в личный кабинет?"])
    assert c["tone"].passed is True, c["tone"].reason


def test_emoji_in_a_complaint_fails_tone():
    c = card("Здравствуйте! Извините за задержку 🙏 Курьер привезёт заказ завтра до 14:00. Хорошего дня!")
    assert c["tone"].passed is False and "жалоб" in c["tone"].reason


def test_dont_know_without_next_step():
    c = card("Здравствуйте! Извините, я не знаю, где ваш заказ. Всего доброго.")
    assert c["tone"].passed is False and "не знаю" in c["tone"].reason
    c = card("Здравствуйте! Извините, я не знаю, где заказ сейчас, но уточню у склада и отвечу через час. Всего доброго.")
    assert c["tone"].passed is True


def test_language_uses_grammar_findings():
    reply = "Здравствуйте! Приносим извенения за задержку. Курьер привезёт заказ завтра. Хорошего дня!"
    c = card(reply, grammar=one_typo)
    assert c["language"].passed is False
    assert c["language"].spans == [(reply.find("извенения"), 9)]
    assert card(reply, grammar=None)["language"].passed is None


def test_style_bureaucratese():
    c = card("Добрый день! В настоящее время осуществляется проверка данного обращения. Ответ будет "
             "предоставлен в ближайшее время. Всего доброго.")
    assert c["style"].passed is False
    assert "канцелярит" in c["style"].reason
    assert card(GOOD)["style"].passed is True


def test_length_bounds_default_and_task():
    assert card("Здравствуйте! Заказ будет завтра.")["length"].passed is False
    task = CorrespondenceTask(id="t", title="t", industry="ecommerce", messages=tuple(LATE), model_replies=(GOOD,),
                              length_max=100)
    c = card(GOOD, task=task)
    assert c["length"].passed is False and "100" in c["length"].reason


def test_task_facts_forbidden_time_and_overrides():
    task = CorrespondenceTask(
        id="t", title="t", industry="ecommerce", messages=tuple(LATE), model_replies=(GOOD,), customer="Марина",
        required_facts=("48213", "завтра"), forbidden=("гарантируем",), time_limit=60, pass_score=90,
        scorecard=(ScorecardElement("style", enabled=False), ScorecardElement("empathy", weight=20, critical=True)))
    c = card(GOOD, task=task, seconds=30)
    assert c["facts"].passed and c["forbidden"].passed and c["time"].passed
    assert c["style"].passed is None and c["empathy"].weight == 20
    assert c.passed and c.pass_score == 90
    slow = card(GOOD.replace("48213", "номер") + " Гарантируем доставку!", task=task, seconds=120)
    assert slow["facts"].passed is False and "48213" in slow["facts"].reason
    assert slow["forbidden"].passed is False and slow["forbidden"].critical_failure
    assert slow["time"].passed is False
    assert not slow.passed
    no_apology = card(GOOD.replace("Приносим извинения за задержку. ", ""), task=task, seconds=30)
    assert no_apology["empathy"].critical_failure and not no_apology.passed


def test_pass_threshold():
    c = card("Здравствуйте! Курьер привезёт заказ завтра до 14:00. Если будут вопросы, пишите.")
    assert c.total < 100
    assert c.passed is (c.total >= 80)


def test_empty_reply():
    c = card("")
    assert c.total == 0 and not c.passed
    assert c["length"].passed is False and "пуст" in c["length"].reason
    assert c.notes


def test_only_emoji():
    c = card("😀😀😀")
    assert not c.passed and c.total <= 10
    assert c["length"].passed is False
    assert "эмодзи" in c["tone"].reason


def test_huge_paste_is_capped_and_quick():
    reply = (GOOD + " ") * 600
    assert len(reply) > 100_000
    t = time.perf_counter()
    c = card(reply, customer_name="Марина")
    assert time.perf_counter() - t < 5
    assert c["length"].passed is False and "Слишком длинно" in c["length"].reason
    assert c["length"].critical_failure and not c.passed
    assert c["greeting"].passed is True  # the start is still judged
    assert any("только начало" in n for n in c.notes)


def test_reply_in_english_to_a_russian_customer():
    c = card("Hello Marina! Sorry for the delay, the courier will bring your order tomorrow. Have a nice day!",
             customer_name="Марина")
    assert c["language"].passed is False and "не на языке" in c["language"].reason
    assert not c.passed


def test_customer_message_as_a_string_and_to_dict():
    c = score_reply(GOOD, LATE[0], customer_name="Марина", seconds=42.0)
    d = c.to_dict()
    assert d["seconds"] == 42.0 and d["elements"]["greeting"]["weight"] == 10
