"""Marked core texts: Russian as a str, translatable with their arguments, numbers per language."""

import pickle

from app.core.phrase import Phrase, joined, phrase

ENGLISH = {
    "Балл {total} ниже порога {need:g}.": "Score {total} is below the pass mark {need:g}.",
    "разброс {cv:.0%}": "spread {cv:.0%}",
    "{count} знаков за {seconds:.1f} с": "{count} characters in {seconds:.1f} s",
    "ответ: {why}": "reply: {why}",
}


def test_a_phrase_is_its_russian_text_for_code_that_knows_nothing_of_it():
    p = phrase("Балл {total} ниже порога {need:g}.", total=41, need=70.0)
    assert p == "Балл 41 ниже порога 70." and isinstance(p, str)
    assert p.startswith("Балл") and f"{p}" == "Балл 41 ниже порога 70."


def test_the_interface_renders_it_from_the_catalogue_with_the_same_arguments():
    p = phrase("Балл {total} ниже порога {need:g}.", total=41, need=70.0)
    assert p.render(ENGLISH.get) == "Score 41 is below the pass mark 70."
    assert p.render() == str(p)


def test_numbers_are_written_as_each_language_writes_them():
    p = phrase("{count} знаков за {seconds:.1f} с", count=5, seconds=2.25)
    assert p == "5 знаков за 2,2 с" or p == "5 знаков за 2,3 с"
    assert p.render(ENGLISH.get).endswith(" s") and "." in p.render(ENGLISH.get)
    assert phrase("разброс {cv:.0%}", cv=0.05) == "разброс 5\u00a0%"
    assert phrase("разброс {cv:.0%}", cv=0.05).render(ENGLISH.get) == "spread 5%"


def test_a_phrase_inside_a_phrase_and_a_joined_list_are_translated_part_by_part():
    inner = phrase("разброс {cv:.0%}", cv=0.5)
    outer = phrase("ответ: {why}", why=inner)
    assert outer == "ответ: разброс 50\u00a0%"
    assert outer.render(ENGLISH.get) == "reply: spread 50%"
    both = joined("; ", [inner, "plain"])
    assert both == "разброс 50\u00a0%; plain" and both.render(ENGLISH.get) == "spread 50%; plain"


def test_an_untranslated_template_stays_russian_rather_than_vanishing():
    assert phrase("нет в каталоге {n}", n=3).render(ENGLISH.get) == "нет в каталоге 3"


def test_a_phrase_survives_pickling_as_it_crosses_to_the_engine_process():
    p = phrase("ответ: {why}", why=phrase("разброс {cv:.0%}", cv=0.5))
    back = pickle.loads(pickle.dumps(p))
    assert isinstance(back, Phrase) and back == p and back.render(ENGLISH.get) == "reply: spread 50%"
    j = pickle.loads(pickle.dumps(joined(", ", [p, "x"])))
    assert j.render(ENGLISH.get) == "reply: spread 50%, x"
