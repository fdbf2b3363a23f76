"""Being ignored and a broken term are complaints («менеджер игнорирует мои письма», «мебель не передали в срок»);
an ignore setting asked about and a delay supposed are not."""

from __future__ import annotations

import pytest

from test_customer import read


@pytest.mark.parametrize("message", [
    "Менеджер игнорирует мои письма уже десять дней. Кто ещё может ответить по договору?",
    "Шкаф оплачен полностью, но его не передали в срок. Какие у меня права?",
    "Подрядчик нарушил срок монтажа, а вы молчите. Что дальше?",
])
def test_being_ignored_or_a_broken_term_is_a_complaint(message):
    assert "complaint" in read(message).states


@pytest.mark.parametrize("message", [
    "Подскажите, как игнорировать сообщения от одного отправителя в приложении?",
    "Если я просрочу платёж на два дня, начислят ли пеню?",
    "Когда пришлют новый полис взамен просроченного?",  # expired, not a term broken
])
def test_a_setting_or_a_supposed_delay_is_no_complaint(message):
    assert "complaint" not in read(message).states
