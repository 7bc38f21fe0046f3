"""The collector pause around imports and exports: off while they run, no catching up after."""

from __future__ import annotations

import gc
import weakref

from partnerdesk.services.common import collector_paused


class _Node:
    """A small object that can take part in a reference cycle."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def test_what_a_pause_made_joins_the_oldest_generation_and_the_collector_is_back_on() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        kept = [_Node() for _ in range(1000)]  # a plan: in use after the pause
    assert gc.isenabled()
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(node) in oldest for node in kept)  # not walked again by a young collection


def test_a_cycle_made_during_a_pause_is_still_collected_afterwards() -> None:
    with collector_paused():
        first, second = _Node(), _Node()
        first.other, second.other = second, first
        watch = weakref.ref(first)
        del first, second
    assert watch() is not None  # a cycle waits for the collector
    gc.collect()
    assert watch() is None
