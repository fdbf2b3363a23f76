"""misread_form(): pylat-ru's findings on word forms and agreement that misread correct Russian, and the near
mistakes that stay reported."""

import pytest

from app.core.grammar.findings import Category, Finding
from app.core.grammar.misread_forms import misread_form


# what pylat-ru's preposition rules say: the cases their preposition takes
_CASES = {"PREP_Za_And_Noun": "творительном или винительном падежах", "PREP_cherez_and_Noun": "винительном падеже",
          "PREP_Na_And_Noun": "винительном или предложном падежах", "PREP_V_and_Noun": "винительном или предложном падеже",
          "PREP_U_and_Noun": "родительном падеже"}


def engine_finding(text: str, span: str, rule: str) -> Finding:
    offset = text.index(span)
    message = f"Предлог предполагает употребление существительного в {_CASES[rule]}." if rule in _CASES else rule
    return Finding(offset=offset, length=len(span), message=message, category=Category.GRAMMAR, rule_id=rule,
                   source="embedded")


@pytest.mark.parametrize("text, span, rule", [
    ("Мы соберём заказ за полдня.", "за полдня", "PREP_Za_And_Noun"),
    ("Через полгода всё окупится.", "Через полгода", "PREP_cherez_and_Noun"),
    ("Мы опоздали на полдня.", "на полдня", "PREP_Na_And_Noun"),
    ("Отчёт избавили от лажи.", "от лажи", "PREP_U_and_Noun"),  # «лажа»: OpenCorpora has it, pylat-ru does not
    ("Крики, споры, даже рычание помогают выпустить пар.", "рычание помогают", "SoglasovanieNN_Verb"),
    ("Шум и даже молчание мешают уснуть.", "молчание мешают", "SoglasovanieNN_Verb"),
    # the noun is a preposition's; the plural before it is the subject
    ("Бонусы за весь месяц начисляются в первый день.", "месяц начисляются", "SoglasovanieNN_Verb"),
    ("Платежи по номеру телефона в другой банк приходят за минуту.", "банк приходят", "SoglasovanieNN_Verb"),
    # the object of the infinitive set first, the plural verb with no subject named
    ("Столик могли отдать другим гостям.", "Столик могли", "SoglasovanieNN_Verb"),
    ("Встречу хотят перенести на вторник.", "Встречу хотят", "SoglasovanieNN_Verb"),
    ("Ученики в первом и втором классах пишут диктант.", "втором классах", "Unify_Adj_NN_number"),
    ("Пакет попадёт в стабильный и старый стабильный выпуски.", "стабильный выпуски", "Unify_Adj_NN_number"),
    # a neuter adjective after «самое» or «всё» is «what is …», the noun after it the subject of the next verb
    ("На самое нужное семья не жалеет денег.", "нужное семья", "Unify_Adj_NN_gender"),
    ("Всё интересное команда покажет на встрече.", "интересное команда", "Unify_Adj_NN_gender"),
    ("Лягушка сидит примеряется к прыжку.", "сидит примеряется", "Verb_and_Verb"),
    ("Пойду посмотрю, что там.", "Пойду посмотрю", "Verb_and_Verb"),
    ("Ключи у вахтёра, завхоз будет ждать у входа.", "завхоз будет", "Verb_and_Verb"),  # «будет» + infinitive: a future
    ("Тариф на 500 Мбит/с подходит для игр.", "с подходит", "Verb_and_PREP"),  # the unit «in a second»
    ("Скорость упадёт до 2 Мбит/с до утра.", "с до", "Two_PREP"),
    ("Он сидел читал до утра.", "сидел читал", "Verb_comma_Verb"),
    ("ГРАФИК РАБОТЫ Работы ведутся с девяти утра.", "РАБОТЫ Работы", "WORD_REPEAT_RULE"),
    ("Не недосыпайте перед сменой.", "Не недосыпайте", "DoubleNE"),  # the prefix «недо-»
    ("Не ненавидь соседей.", "Не ненавидь", "DoubleNE"),
    ("А сейчас, Ша'рин, иди сюда.", "рин", "Cap_Letters_Name"),  # the name's capital is before the apostrophe
    ("Срок около 9 мес. до запуска.", "до", "UPPERCASE_SENTENCE_START"),  # after an abbreviation
    # the name is the subject of the verb before it; «он» opens the next clause
    ("Ключи принесла Ольга Сомова, она оставила их на ресепшене.", "Ольга Сомова, она оставила", "grammar_Duplication_by_the_pronoun_of_the_noun-subject"),
    ("Вчера звонил Пётр, он просил перезвонить.", "Пётр, он просил", "grammar_Duplication_by_the_pronoun_of_the_noun-subject"),
    ("Ваш куратор — Антон Белов, он ответит на вопросы.", "Антон Белов, он ответит", "grammar_Duplication_by_the_pronoun_of_the_noun-subject"),  # the dash's predicate
    ("Эта сумма — это резерв банка, он исчезнет через день.", "резерв банка, он исчезнет", "grammar_Duplication_by_the_pronoun_of_the_noun-subject"),  # «— это»'s predicate
])
def test_misreads_of_correct_forms(text, span, rule):
    assert misread_form(text, engine_finding(text, span, rule))


@pytest.mark.parametrize("text, span, rule", [
    ("Мы соберём заказ за полудня.", "за полудня", "PREP_Za_And_Noun"),  # «полу-» is an oblique case
    ("Мы приедем в стола.", "в стола", "PREP_V_and_Noun"),  # a genitive only
    ("Мы нашли это в справочнику.", "в справочнику", "PREP_V_and_Noun"),  # a dative only
    ("Рычание помогают выпустить пар.", "Рычание помогают", "SoglasovanieNN_Verb"),  # a single subject
    ("Громкое рычание помогают выпустить пар.", "рычание помогают", "SoglasovanieNN_Verb"),
    ("Платёж по номеру телефона в другой банк приходят за минуту.", "банк приходят", "SoglasovanieNN_Verb"),  # no plural
    ("Мы в отдел пишут каждый день.", "отдел пишут", "SoglasovanieNN_Verb"),  # «мы» is no subject of «пишут»
    ("Сестра могли отдать столик.", "Сестра могли", "SoglasovanieNN_Verb"),  # no accusative, and the object follows
    ("Ребёнок хотят спать.", "Ребёнок хотят", "SoglasovanieNN_Verb"),  # «спать» takes no object
    ("Пакет попадёт в стабильный выпуски.", "стабильный выпуски", "Unify_Adj_NN_number"),  # one adjective
    ("Это самое интересное книга.", "интересное книга", "Unify_Adj_NN_gender"),  # no verb after the noun
    ("Мы выбрали удобное вариант.", "удобное вариант", "Unify_Adj_NN_gender"),  # no «самое» or «всё» before it
    ("Он хочет уходит домой.", "хочет уходит", "Verb_and_Verb"),  # «хотеть» takes an infinitive
    ("Он сидит читал.", "сидит читал", "Verb_and_Verb"),  # not the same tense
    ("Она хочет будет лучше.", "хочет будет", "Verb_and_Verb"),  # no infinitive after «будет»
    ("Мы с приходим завтра.", "с приходим", "Verb_and_PREP"),  # a preposition indeed
    ("Доставим с до обеда.", "с до", "Two_PREP"),  # two prepositions indeed
    ("Он стоит стоит.", "стоит стоит", "Verb_comma_Verb"),  # a verb repeated keeps its comma
    ("Мы мы получили заказ.", "Мы мы", "WORD_REPEAT_RULE"),  # no heading
    ("Курьер не невнимателен.", "не невнимателен", "DoubleNE"),  # an adjective: two negations indeed
    ("Мы говорили с ша'рин вчера.", "рин", "Cap_Letters_Name"),  # the whole name in small letters
    ("Мы говорили с иваном вчера.", "иваном", "Cap_Letters_Name"),
    ("Я всё посмотрел. как тут тихо.", "как", "UPPERCASE_SENTENCE_START"),  # a full word before the dot
    ("Ольга Сомова, она оставила ключи на ресепшене.", "Ольга Сомова, она оставила", "grammar_Duplication_by_the_pronoun_of_the_noun-subject"),  # opens its part
    ("Вчера Пётр, он просил перезвонить.", "Пётр, он просил", "grammar_Duplication_by_the_pronoun_of_the_noun-subject"),  # no verb of its own before it
    ("— Антон Белов, он ответит на вопросы.", "Антон Белов, он ответит", "grammar_Duplication_by_the_pronoun_of_the_noun-subject"),  # a dash of dialogue opens it
])
def test_near_mistakes_are_kept(text, span, rule):
    assert not misread_form(text, engine_finding(text, span, rule))
