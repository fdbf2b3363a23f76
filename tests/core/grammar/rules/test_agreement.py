"""Our rules on agreement: adjective with noun, subject with verb."""

import pytest


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Ваш заявка принята.", "OURS_ADJ_NOUN_AGREEMENT", "Ваш заявка", "Ваша заявка"),
    ("Мы отправили новую пароль.", "OURS_ADJ_NOUN_AGREEMENT", "новую пароль", "новый пароль"),
    ("Заказ была доставлена.", "OURS_SUBJECT_VERB_AGREEMENT", "была доставлена", "был доставлен"),
    ("Деньги уже вернулся.", "OURS_SUBJECT_VERB_AGREEMENT", "вернулся", "вернулись"),
    ("Мы проверит информацию.", "OURS_SUBJECT_VERB_AGREEMENT", "Мы проверит", "Мы проверим"),
    ("Вы может отменить заказ.", "OURS_SUBJECT_VERB_AGREEMENT", "Вы может", "Вы можете"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]
