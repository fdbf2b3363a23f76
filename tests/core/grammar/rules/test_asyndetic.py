"""Our rule for the comma between two clauses without a conjunction, the second opening with «он», «мы» …"""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Операторы были вежливы они быстро решили вопрос.", "вежливы они", "вежливы, они"),
    ("Курьер опоздал он попал в пробку.", "опоздал он", "опоздал, он"),
    ("Боюсь мы не успеем к обеду.", "Боюсь мы", "Боюсь, мы"),
])
def test_asyndetic_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_LIST_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Операторы были вежливы, они быстро решили вопрос.",
    "Давай мы сами всё проверим.",
    "Есть он не хочет.",
    "Будь ты проклят.",
    "Я знаю, куда он уехал.",
    "Мы устали поэтому мы ушли.",  # the comma goes before «поэтому», not here
    "Берегите время а остальное мы сделаем.",  # «остальное» is the second part's object
    "Вечером по средам мы играем в шахматы.",
])
def test_asyndetic_quiet(rule_hits, text):
    assert [hit for hit in rule_hits(text, "OURS_LIST_COMMA") if hit[0].endswith((" мы", " он", " они", " ты"))] == []
