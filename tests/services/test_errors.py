"""A workflow's ServiceError is a whole sentence for the user: the commands print it word for word."""

import pytest

from app.cli import main
from app.services.errors import ServiceError
from app.services.results import choose_profiles
from app.storage import open_store


def test_the_message_names_what_was_not_found_and_what_there_is(tmp_path):
    with open_store(tmp_path / "data") as store:
        store.profiles.create("Анна")
        with pytest.raises(ServiceError) as err:
            choose_profiles(store, name="Вера")
    assert str(err.value) == "профиль «Вера» не найден (есть: Анна)."


def test_a_command_shows_the_service_message_unchanged_after_its_own_name(tmp_path, capsys):
    customer, reply = tmp_path / "customer.txt", tmp_path / "reply.txt"
    customer.write_text("Где мой заказ?", encoding="utf-8")
    reply.write_text("Здравствуйте! Заказ в пути.", encoding="utf-8")
    code = main(["--data-dir", str(tmp_path / "data"), "grade-reply", "--customer", str(customer),
                 "--reply", str(reply), "--task", "ru-correspondence"])
    assert code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "grade-reply: Задание указывается как ПАКЕТ:ЗАДАНИЕ, а не «ru-correspondence».\n"
