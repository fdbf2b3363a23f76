"""«Всё» as the subject of an intransitive verb and a second nominative after it: «всё уйдёт одна коробка»."""

import pytest


@pytest.mark.parametrize("text, span", [
    ("Заказ соберём сегодня, всё уедет одна коробка.", "всё уедет одна коробка"),
    ("Мы объединили счета, и всё поступит один перевод.", "всё поступит один перевод"),
    ("Все пришло отдельная коробка, проверьте почту.", "Все пришло отдельная коробка"),  # «ё» written as «е»
])
def test_fires(rule_hits, text, span):
    assert rule_hits(text, "OURS_DOUBLE_SUBJECT") == [(span, ())]


@pytest.mark.parametrize("text", [
    "Заказ соберём сегодня, всё уедет одной коробкой.",   # the instrumental of the means
    "Всё решит короткий звонок в банк.",                   # transitive: «всё» is its object
    "Всё равно придёт уведомление на почту.",              # a fixed phrase
    "Всё уедет сегодня, одна коробка задержится.",         # a comma parts two clauses
    "Все придут сами, ждать не нужно.",                    # plural «все» with a plural verb
    "Всё будет одна сумма без комиссии.",                  # a linking verb takes a nominative predicate
    "Всё пройдёт завтра утром.",                           # no noun after the verb
    "Всё придёт Ирина из отдела доставки.",                # a name: left alone
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_DOUBLE_SUBJECT") == []
