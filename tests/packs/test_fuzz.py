from hypothesis import HealthCheck, given, settings

from .fuzzing import check_one, mutated


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_packs_are_installed_or_refused_cleanly(data):
    check_one(data)
