"""Steps told for another device or plan than the customer named answer nobody; for their own, or both, they do."""

from __future__ import annotations

import pytest

from app.core.scorecard.other_device import other_device
from app.core.scorecard.reply import read_reply

from reply_cases import card

PHONE = ["Подскажите, как включить тёмную тему? Телефон — айфон."]
PLAN = ["Мы на тарифе «Лайт». Как выгрузить отчёт за квартал?"]


def test_steps_for_another_phone_than_the_customers_fail():
    c = card("Здравствуйте! В приложении для Android нажмите «Меню» → «Оформление» и включите «Тёмная тема». "
             "Хорошего дня!", PHONE)
    assert c["solution"].passed is False


@pytest.mark.parametrize("reply", [
    "Здравствуйте! На iPhone откройте «Профиль» → «Оформление» и включите «Тёмная тема». Хорошего дня!",
    "Здравствуйте! На iPhone: «Профиль» → «Оформление» → «Тёмная тема»; на Android тот же пункт спрятан в «Меню». "
    "Хорошего дня!",
    "Здравствуйте! Откройте «Профиль» → «Оформление» и включите «Тёмная тема». Хорошего дня!",
])
def test_steps_for_the_customers_phone_for_both_or_for_none_named_stand(reply):
    assert card(reply, PHONE)["solution"].passed is True


def test_a_plan_the_customer_is_not_on_is_set_aside():
    r = read_reply("Здравствуйте! На вашем тарифе «Максимум» отчёты выгружаются в «Отчёты» → «Экспорт». "
                   "Хорошего дня!", PLAN)
    assert other_device(r) == [r.sentences[1]]


def test_a_switch_to_another_plan_is_a_way_not_a_mismatch():
    r = read_reply("Здравствуйте! Квартальные отчёты есть только на тарифе «Бизнес», перейдите на него в «Настройки» → "
                   "«Тариф», и выгрузка появится в «Отчёты». Хорошего дня!", PLAN)
    assert other_device(r) == []


MAIL = ["Как подключить вашу почту к Outlook? Ноутбук рабочий."]


def test_steps_for_another_makers_service_fail():
    c = card("Здравствуйте! Откройте «Настройки» → «Почта» → «Gmail», войдите в Google-аккаунт и разрешите доступ. "
             "Хорошего дня!", MAIL)
    assert c["solution"].passed is False


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Откройте «Настройки» → «Почта» → «Outlook», войдите под учётной записью Microsoft. Хорошего дня!",
    "Здравствуйте! В Outlook выберите «Добавить учётную запись»; для Gmail путь тот же. Хорошего дня!",
])
def test_steps_for_the_customers_own_service_or_both_stand(reply):
    assert card(reply, MAIL)["solution"].passed is True


def test_two_services_named_by_the_customer_leave_every_way_standing():
    r = read_reply("Здравствуйте! В Google Календаре откройте «Настройки» → «Импорт». Хорошего дня!",
                   ["Как перенести события из Outlook в Google Календарь?"])
    assert other_device(r) == []


def test_a_third_family_to_a_customer_who_named_two_is_another_device():
    asked = ["Заметки не синхронизируются: пишу на телефоне, а на ноутбуке их нет. Телефон айфон, ноутбук с Windows."]
    r = read_reply("Здравствуйте! Откройте на телефоне «Настройки» Android → «Аккаунты» и включите синхронизацию. "
                   "Хорошего дня!", asked)
    assert other_device(r) == [r.sentences[1]]
    # steps for one of the two the customer named stand
    r = read_reply("Здравствуйте! На айфоне откройте «Настройки» → «Заметки» и включите синхронизацию. Хорошего дня!",
                   asked)
    assert other_device(r) == []


def test_a_store_tells_the_make_it_installs_for():
    asked = ["Не открывается приложение банка, телефон Samsung на Android 13."]
    r = read_reply("Здравствуйте! Удалите приложение и скачайте его заново из App Store. Хорошего дня!", asked)
    assert other_device(r) == [r.sentences[1]]
    r = read_reply("Здравствуйте! Удалите приложение и скачайте его заново из Google Play. Хорошего дня!", asked)
    assert other_device(r) == []


def test_a_service_the_customer_is_without_is_no_way_for_them():
    asked = ["Не приходят уведомления от приложения. Телефон Honor без гугл-сервисов, приложение ставил из AppGallery."]
    r = read_reply("Здравствуйте! Откройте Google Play и обновите приложение. Хорошего дня!", asked)
    assert other_device(r) == [r.sentences[1]]
    assert card("Здравствуйте! Откройте Google Play и обновите приложение. Хорошего дня!", asked)["solution"].passed \
        is False
    r = read_reply("Здравствуйте! Откройте AppGallery и обновите приложение. Хорошего дня!", asked)
    assert other_device(r) == []
