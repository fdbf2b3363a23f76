"""Numbers and percentages as the interface language writes them."""

import pytest
from PySide6.QtCore import QLocale

from app.ui.formatting import fmt_number, fmt_percent, percent_suffix


@pytest.fixture
def locale():
    before = QLocale()

    def use(language):
        QLocale.setDefault(QLocale(language))
    yield use
    QLocale.setDefault(before)


def test_russian_has_a_decimal_comma_and_a_no_break_space_before_percent(locale):
    locale(QLocale.Language.Russian)
    assert fmt_percent(99.6, 1) == "99,6\u00a0%"
    assert fmt_number(0.004, 3) == "0,004"
    assert fmt_number(12345) == "12\u00a0345"
    locale(QLocale.Language.English)
    assert fmt_percent(99.6, 1) == "99.6%"
    assert fmt_number(12345) == "12,345"


def test_any_language_but_english_writes_russian_numbers(locale):
    """Russian is the source language: a locale the program has no translation for gets it."""
    locale(QLocale.Language.German)
    assert fmt_percent(97.25, 1) == "97,3\u00a0%" and percent_suffix() == "\u00a0%"
    locale(QLocale.Language.English)
    assert percent_suffix() == "%" and fmt_number(2.5, 1) == "2.5"
