"""code: precision on running news: acts only possible (modals, risks, fears) are hypothetical,
verbal attacks are criticism, economic measures aimed at a country are sanctions, private journeys
are no visits, and the visitor of "the visiting X" is X.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from legation import Coder

from coding import code

pytestmark = pytest.mark.model

DAY = dt.date(2021, 3, 4)


_code = partial(code, day=DAY)


def test_modal_act_is_hypothetical(coder: Coder) -> None:
    evs = [e for e in _code(coder, "Analysts in Lima said Bolivian rebels might ambush army convoys near the border.")
           if e.cameo_root == "19"]
    assert evs and all(e.modality == "hypothetical" for e in evs)
    # what one could see or hear happening did happen
    seen = [e for e in _code(coder, "Villagers could see Malian soldiers shelling rebel positions near Gao.")
            if e.cameo_root == "19"]
    assert all(e.modality == "occurred" for e in seen)


def test_feared_act_is_hypothetical(coder: Coder) -> None:
    evs = [e for e in _code(coder, "Traders in Nairobi spoke of the risk of an invasion of Somalia by Ethiopian troops.")
           if e.cameo_root == "19"]
    assert all(e.modality != "occurred" for e in evs)


def test_verbal_attack_on_the_media_is_criticism(coder: Coder) -> None:
    evs = _code(coder, "The Hungarian prime minister attacked Austrian media on Sunday.")
    assert evs and all(e.cameo_root != "19" for e in evs)
    assert any(e.cameo == "111" for e in evs)


def test_tariffs_targeting_a_country_are_sanctions(coder: Coder) -> None:
    evs = _code(coder, "Argentina announced new tariffs targeting Chile on Monday.")
    assert not any(e.cameo_root == "19" for e in evs)
    assert any(e.cameo_root == "16" and e.target is not None and e.target.country == "CHL" for e in evs)


def test_refugees_arriving_is_no_visit(coder: Coder) -> None:
    for text in ("Hundreds of Yemeni migrants arrived in Djibouti on Monday.",
                 "A group of Korean tourists travelled to Peru in June."):
        assert not any(e.cameo.startswith("042") for e in _code(coder, text)), text


def test_visitor_of_the_visiting_minister(coder: Coder) -> None:
    evs = [e for e in _code(coder, "In Nairobi, the Kenyan president assured visiting Chilean Foreign Minister Ana Soto of support.")
           if e.cameo.startswith("042")]
    assert evs and all(e.source.country == "CHL" for e in evs)
