"""Pack versions follow semantic versioning: what counts as a version, and which one is newer."""

import pytest

from app.packs.versions import compare_versions, is_version, version_key


@pytest.mark.parametrize("text", ["1.0.0", "0.10.3", "2.0.0-rc.1", "1.2.3+build.7", "1.0.0-alpha-beta.2+x"])
def test_versions(text):
    assert is_version(text)


@pytest.mark.parametrize("text", ["1.0", "01.0.0", "1.0.0-", "v1.0.0", "1.0.0-01", "1.0.0\n", ""])
def test_not_versions(text):
    assert not is_version(text)


def test_precedence_as_semver_orders_it():
    ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
               "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0"]
    assert sorted(reversed(ordered), key=version_key) == ordered
    assert compare_versions("1.10.0", "1.9.0") == 1 and compare_versions("1.0.0", "1.0.0-rc.1") == 1
    assert compare_versions("1.0.0+a", "1.0.0+b") == 0  # build metadata does not count


def test_a_key_for_something_that_is_not_a_version_is_an_error():
    with pytest.raises(ValueError, match="not a semantic version: '1.0'"):
        version_key("1.0")
