"""The offline check used for grading and certificates finds what the screens find."""

from app.core.grammar import service
from app.core.grammar.offline import embedded_check
from tests.core.grammar.texts import TEXTS


def test_grading_and_certificates_see_the_same_findings_as_the_screens():
    for text in TEXTS:
        assert embedded_check(text, "ru") == service.check(text, "ru", service.OFFLINE).findings


def test_loaded_models_are_kept_out_of_full_garbage_collections():
    """Millions of dictionary and model objects would otherwise be walked by every full collection,
    stalling the check that happens to trigger it."""
    import gc

    embedded_check("Добрый день!", "ru")
    assert gc.get_freeze_count() > 100_000
