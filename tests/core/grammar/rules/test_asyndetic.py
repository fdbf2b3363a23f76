"""Our rule for the comma between two clauses without a conjunction, the second opening with «он», «мы» … or a noun."""

import pytest

from app.core.grammar.rules import check_rules


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


@pytest.mark.parametrize("text, fix", [
    ("Курьер опоздал машина сломалась по дороге.", "опоздал, машина"),
    ("Оператор закрыл чат клиент остался доволен.", "чат, клиент"),
])
def test_a_second_clause_opening_with_a_noun_subject_is_parted_by_a_comma(text, fix):
    assert [f.replacements[0] for f in check_rules(text, "ru") if f.rule_id == "OURS_LIST_COMMA"] == [fix]


@pytest.mark.parametrize("text", [
    "Пришёл курьер принёс пакет.",            # the first verb has no subject before it: one clause
    "Мы видим вечером машины едут сюда.",      # an adverb before the noun may be either part's
    "Когда курьер приехал машина сломалась.",  # a clause opener before: the clause rules' border
])
def test_no_comma_before_a_noun_that_may_belong_to_the_first_part(text):
    assert not any(f.rule_id == "OURS_LIST_COMMA" for f in check_rules(text, "ru"))


@pytest.mark.parametrize("text, span, fix", [
    ("Думаю его можно починить за день.", "Думаю его", "Думаю, его"),
    ("Я надеюсь вас это устроит.", "надеюсь вас", "надеюсь, вас"),
    ("Считаю нужно подождать до понедельника.", "Считаю нужно", "Считаю, нужно"),
    ("Я считаю этот вопрос решён.", "считаю этот", "считаю, этот"),
    ("Думаю это ошибка службы доставки.", "Думаю это", "Думаю, это"),  # a noun for the predicate
])
def test_what_the_speaker_thinks_follows_a_comma(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_LIST_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Думаю поехать к морю.",                 # an infinitive: what is planned, not a clause
    "Я думаю о вашем предложении.",          # a preposition: what the thought is about
    "Я считаю его честным человеком.",       # an object with no predicate of its own
    "Надеюсь на скорый ответ.",
    "Думаю это сделать до пятницы.",          # «это» is the object of the infinitive
    "Я думаю, что курьер уже в пути.",       # «что» takes the comma
])
def test_no_comma_where_no_clause_follows_the_verb_of_opinion(rule_hits, text):
    assert [hit for hit in rule_hits(text, "OURS_LIST_COMMA") if hit[0].split()[0].lower() in
            ("думаю", "считаю", "надеюсь")] == []


@pytest.mark.parametrize("text, span, fix", [
    ("Чехол к телефону не подошёл его можно обменять в магазине.", "подошёл его", "подошёл, его"),
    ("Пароль придёт в письме его нужно будет сменить при входе.", "письме его", "письме, его"),
    ("Счета выставляются в начале месяца их надо оплатить до десятого числа.", "месяца их", "месяца, их"),
])
def test_an_object_pronoun_opening_a_clause_of_mozhno(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_LIST_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Теперь его можно забрать в пункте выдачи.",  # no verb before it
    "Мы уточнили, что его можно забрать завтра.",  # the clause opens with «что» after a comma
    "Курьер приедет, когда его нужно будет встретить.",
    "Не подошёл чехол? Его можно обменять.",
    "Сообщите, если его нельзя будет вернуть.",
])
def test_no_comma_asked_before_an_object_pronoun_with_no_clause_before(rule_hits, text):
    assert rule_hits(text, "OURS_LIST_COMMA") == []
