"""code: material conflict (CAMEO 14, 15, 17-20) told in other shapes than a plain transitive
verb: deaths caused by an attack ("died in airstrikes", "died of torture"), authorship stated
with "is behind / responsible for", forces deployed in the passive, accidents that are no attack,
a protest that a coercive verb stops, and a few triggers (more troops, on alert, stopped work,
outlawed).

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Optional

import pytest

from legation import Coder
from legation.records import Event

from coding import code

pytestmark = pytest.mark.model

DAY = dt.date(2019, 6, 12)


_code = partial(code, day=DAY)


def _has(events: list[Event], code: str, src: Optional[str], tgt: Optional[str]) -> bool:
    return any(
        e.cameo.startswith(code) and e.source.country == src
        and (tgt is None or e.target is not None and e.target.country == tgt)
        for e in events
    )


def test_died_in_airstrikes_is_an_air_attack_on_the_dead(coder: Coder) -> None:
    evs = _code(coder, "Nine Yemeni fishermen died in airstrikes near the port of Hodeidah on Friday.")
    assert _has(evs, "195", None, "YEM")


def test_died_of_torture_is_torture(coder: Coder) -> None:
    evs = _code(coder, "A Bahraini blogger died of torture in a police cell, his lawyer said.")
    assert _has(evs, "1822", None, "BHR")


def test_died_in_clashes_with_a_group_is_their_side_fighting_it(coder: Coder) -> None:
    evs = _code(coder, "Seven Malian soldiers died in clashes with Chadian rebels near the border.")
    assert _has(evs, "19", "MLI", "TCD")


def test_behind_the_attacks_names_the_attacker(coder: Coder) -> None:
    evs = _code(coder, "The Sudanese army is behind the attacks on villages in Darfur, the monitors said.")
    assert _has(evs, "18", "SDN", None) or _has(evs, "19", "SDN", None)
    # alleged, not claimed: "documents showing X was behind ..."
    evs = _code(coder, "Kiev has documents showing Moscow was behind the missile attacks.")
    assert not any(e.source.country == "RUS" for e in evs)


def test_responsible_for_mass_killings_is_mass_violence(coder: Coder) -> None:
    evs = _code(coder, "The Burmese military is responsible for mass killings in Rakhine, the report found.")
    assert _has(evs, "202", "MMR", None)


def test_passive_deployment_is_the_forces_own(coder: Coder) -> None:
    evs = _code(coder, "Thai troops have been deployed along the frontier with Cambodia.")
    assert _has(evs, "154", "THA", None)


def test_killed_in_a_crash_is_no_attack(coder: Coder) -> None:
    evs = _code(coder, "Fourteen Bolivian pilgrims were killed in a bus crash on Sunday.")
    assert not any(e.cameo_root in ("18", "19", "20") for e in evs)


def test_prevented_rally_is_a_restriction_not_a_protest(coder: Coder) -> None:
    evs = _code(coder, "Police in Minsk prevented a march by Belarusian pensioners on Saturday.")
    assert _has(evs, "1721", "BLR", None)
    assert not any(e.cameo_root == "14" for e in evs)


@pytest.mark.parametrize("text, code, src", [
    ("Vietnamese troops remained on alert near the Chinese border.", "152", "VNM"),
    ("Greece has strengthened its forces on the islands near Turkey.", "154", "GRC"),
    ("Thousands of Argentine dockers stopped work on Tuesday over wage cuts.", "143", "ARG"),
    ("The Turkish government outlawed the Kurdish rights association last week.", "172", "TUR"),
])
def test_material_conflict_triggers(coder: Coder, text: str, code: str, src: str) -> None:
    assert _has(_code(coder, text), code, src, None)
