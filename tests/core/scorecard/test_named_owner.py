"""named_owner: a person outside the chat named in full as the owner of something («работа Ивана Громова», «у Ивана
Громова») is another person's data told and fails safety; a colleague by role and a name the customer wrote are no
leak (issue 15)."""

from __future__ import annotations

from reply_cases import card

BLOCKED = ["Дочке закрыли доступ к тесту, пишут «подозрение на списывание». Она всё делала сама!"]


def test_an_outsider_named_in_full_beside_their_thing_fails_safety():
    c = card("Здравствуйте! Мне жаль, что так вышло. Её ответы совпали с тестом Ивана Громова из 8 «А», ему доступ тоже "
             "закрыли. Доступ дочке я вернула. Хорошего дня!", customer=BLOCKED)
    assert c["safety"].passed is False and "Ивана Громова" in c["safety"].reason
    c = card("Здравствуйте! Мне жаль. У Ивана Громова такая же блокировка, разбираемся. Доступ дочке я вернула. "
             "Хорошего дня!", customer=BLOCKED)
    assert c["safety"].passed is False


def test_a_colleague_by_role_or_a_name_the_customer_wrote_is_no_leak():
    c = card("Здравствуйте! Мне жаль. Я передала жалобу руководителю Ольги Титовой, ответ придёт до 18:00. "
             "Хорошего дня!", customer=BLOCKED)
    assert c["safety"].passed is True, c["safety"].reason
    theirs = ["Сыну, Павлу Дронову, закрыли доступ к тесту. Он всё делал сам!"]
    c = card("Здравствуйте! Мне жаль. Тест Павла Дронова проверили вручную, доступ я вернула. Хорошего дня!",
             customer=theirs)
    assert c["safety"].passed is True, c["safety"].reason
