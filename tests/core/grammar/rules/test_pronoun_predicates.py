"""«Кто из вас», «ни один из …»: the verb is singular."""

import pytest

from app.core.grammar.rules import check_rules


def one_of(text):
    return [(text[f.offset:f.offset + f.length], f.replacements)
            for f in check_rules(text, "ru") if f.rule_id == "OURS_ONE_OF_AGREEMENT"]


@pytest.mark.parametrize("text, span, fix", [
    ("Кто из соседей оставили велосипед в подъезде?", "оставили", "оставил"),
    ("Никто из нас не знали об этом.", "знали", "знал"),
    ("Ни одна из посылок не пришли вовремя.", "пришли", "пришла"),
    ("Кто-нибудь из коллег знают пароль от принтера?", "знают", "знает"),
    ("Каждый из участников получили сертификат.", "получили", "получил"),
    # a short adjective or participle as the predicate
    ("Каждая из сторон обязаны соблюдать договор.", "обязаны", "обязана"),
    ("Кто из гостей готовы остаться на ужин?", "готовы", "готов"),
    ("Ни один из отчётов не подписаны.", "подписаны", "подписан"),
])
def test_a_plural_verb_gets_the_singular(text, span, fix):
    assert one_of(text) == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Кто из соседей оставил велосипед в подъезде?",
    "Никто из нас не знал об этом.",
    "Те из вас, кто пришли вовремя, получат места у окна.",
    "Один из нас пришли бы раньше, если бы знали.",
    "Кто из вас, ребята, видел мои очки?",
    "Каждая из сторон обязана соблюдать договор.",
    "Те из гостей, кто готовы остаться, получат ключи.",
])
def test_right_sentences_are_left_alone(text):
    assert one_of(text) == []
