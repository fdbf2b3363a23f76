"""The hostile-input suite of issue 19 for packs, quiz banks and databases, from generators: every case
ends in a clear refusal or a clean success, under a time limit, with nothing written outside the data
folder and nothing half-made left behind (the checks are in tests/packs/hostile.py). A few dozen cases
each here; tests/bench/probe_hostile_inputs.py runs thousands."""

from hypothesis import HealthCheck, given, settings

from .hostile import (check_archive_install, check_pack_folder, check_quiz_import, check_remove_with_database,
                      hostile_archive, hostile_database, hostile_gift, hostile_moodle_xml, hostile_pack_folder)



def bounded(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@bounded(25)
@given(hostile_pack_folder())
def test_hostile_toml_in_a_pack_folder(files):
    check_pack_folder(files)


@bounded(30)
@given(hostile_archive())
def test_hostile_archives(data):
    check_archive_install(data)


@bounded(40)
@given(hostile_gift())
def test_hostile_gift_banks(data):
    check_quiz_import(data, ".gift")


@bounded(40)
@given(hostile_moodle_xml())
def test_hostile_moodle_xml_banks(data):
    check_quiz_import(data, ".xml")


@bounded(15)
@given(hostile_database())
def test_pack_removal_with_a_damaged_database(db):
    check_remove_with_database(db)
