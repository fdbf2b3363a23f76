"""The strings printed on a certificate: the same labels and dates the verifier rebuilds the page from."""

import pytest

from app.core.cert_text import LABELS, TEXT, figure_line, printed_date


def test_a_figure_line_has_its_label_value_unit_and_requirement():
    assert figure_line("ru", "typing_cpm", 245.3, 200.0) == ("Скорость: 245.3 зн/мин", "требуется 200 зн/мин")
    assert figure_line("en", "typing_accuracy", 97.0, 96.0) == ("Accuracy: 97 %", "required 96 %")
    assert figure_line("ru", "correspondence_tasks", 5, 5) == ("Переписка, заданий: 5", "требуется 5")


@pytest.mark.parametrize("lang, iso, shown", [("ru", "2026-12-04", "4 декабря 2026 г."),
                                              ("ru", "2027-03-31", "31 марта 2027 г."),
                                              ("en", "2026-12-04", "4 December 2026")])
def test_dates_are_printed_in_the_certificate_language(lang, iso, shown):
    assert printed_date(lang, iso) == shown


def test_both_languages_print_every_string_and_every_figure():
    assert TEXT["ru"].keys() == TEXT["en"].keys()
    assert LABELS["ru"].keys() == LABELS["en"].keys()


def test_a_date_that_is_not_iso_is_refused():
    with pytest.raises(ValueError):
        printed_date("ru", "04.12.2026")
