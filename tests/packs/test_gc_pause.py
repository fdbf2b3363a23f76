"""The cycle collector is paused while packs are read and always runs again afterwards."""

import gc
import threading
import weakref

import pytest

from app.packs.gc_pause import collector_paused


def test_nested_and_concurrent_readings_restore_the_collector_once_the_outermost_ends():
    assert gc.isenabled()
    started, release = threading.Event(), threading.Event()

    def other_reader():
        with collector_paused():
            started.set()
            release.wait(5)

    thread = threading.Thread(target=other_reader)
    with collector_paused():
        assert not gc.isenabled()
        thread.start()
        started.wait(5)
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner reading ended, the outer one goes on
    assert not gc.isenabled()  # the other thread still reads
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_reading_that_fails_still_restores_the_collector():
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("broken pack")
    assert gc.isenabled()


def test_a_collector_the_program_switched_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_a_reading_made_is_not_walked_again_but_its_cycles_are_still_collected():
    class Node:
        pass

    with collector_paused():
        made = [[n] for n in range(200_000)]  # a read pack: many small containers that live on
        cycle = Node()
        cycle.me = cycle
        gone = weakref.ref(cycle)
        del cycle
    # the 200,000 lists are in the oldest generation at once: the next automatic collections do not walk them
    oldest = {id(x) for x in gc.get_objects(generation=2)}
    assert id(made[0]) in oldest and id(made[-1]) in oldest
    assert made[-1] == [199_999]
    gc.collect()
    assert gone() is None  # a cycle made while reading is freed by the next full collection
