"""The offline check used for grading and certificates finds what the screens find."""

from app.core.grammar import service
from app.core.grammar.offline import embedded_check
from tests.core.grammar.texts import TEXTS


def test_grading_and_certificates_see_the_same_findings_as_the_screens():
    for text in TEXTS:
        assert embedded_check(text, "ru") == service.check(text, "ru", service.OFFLINE).findings
