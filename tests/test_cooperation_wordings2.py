"""code: cooperative-side wordings that used to code nothing: giving up one's own settlements or
outposts (0874), 'his forces' in what a titled person said, a subject the parser hung in an
opening "With ..." phrase, "began the process of VERBing", recognising another's election win
(080), sending inspectors (090) and a bare prediction about another actor (010).

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import triples

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


_events = partial(triples, day=DAY, cameo="cameo", more=("modality",))


def test_evacuating_own_outposts_is_a_withdrawal(coder):
    evs = _events(coder, "Turkish troops evacuated two military outposts in northern Iraq on Sunday.")
    assert any(code == "0874" and src.startswith("TUR") for code, src, _, _ in evs)


def test_future_evacuation_of_settlements_is_intent(coder):
    evs = _events(coder, "Under the new accord, Armenia will evacuate five settlements in Azerbaijan by June, an official said.")
    assert any(code.startswith("03") and src.startswith("ARM") for code, src, _, _ in evs)


def test_evacuating_residents_is_not_a_withdrawal(coder):
    evs = _events(coder, "Georgian rescuers evacuated residents from a flooded settlement near Tbilisi.")
    assert not any(code == "0874" for code, _, _, _ in evs)


def test_his_forces_belong_to_the_speaker(coder):
    evs = _events(coder, "The Malian defence minister said on Friday that his forces would withdraw from Niger next month.")
    assert any(code.startswith("03") and src == "MLIMIL" and tgt == "NER" for code, src, tgt, _ in evs)


def test_subject_hung_in_an_opening_phrase(coder):
    evs = _events(coder, "With the conclusion of the Accord on Trade, Chad and Niger have agreed to lift all tariffs.")
    sources = {src for _, src, _, _ in evs}
    assert {"TCD", "NER"} <= {s[:3] for s in sources}


def test_process_of_returning_is_the_return(coder):
    evs = _events(coder, "Peruvian authorities have begun the process of returning the seized fishing boats to Ecuador.")
    assert ("0842", "PERGOV", "ECU", "occurred") in evs


def test_process_keeps_the_future_of_its_verb(coder):
    evs = _events(coder, "Kenya will start the procedure of withdrawing its troops from Somalia.")
    assert any(code.startswith("03") and src.startswith("KEN") and tgt == "SOM" for code, src, tgt, _ in evs)


def test_law_recognising_the_opposition_win_is_yielding(coder):
    evs = _events(coder, "The Zambian parliament passed a law recognizing the election victory of the opposition alliance.")
    assert any(code == "080" and src.startswith("ZMB") for code, src, _, _ in evs)


def test_dispatching_inspectors_investigates(coder):
    evs = _events(coder, "The OPCW has sent a team of inspectors to Libya to verify the destruction of the stockpile.")
    assert any(code == "090" and tgt == "LBY" for code, _, tgt, _ in evs)


def test_prediction_about_another_actor_is_a_statement(coder):
    evs = _events(coder, "The Danish foreign minister said on Monday that Norway would have to stay vigilant.")
    assert any(code == "010" and src.startswith("DNK") and tgt == "NOR" for code, src, tgt, _ in evs)


def test_report_of_a_present_state_is_no_statement(coder):
    assert _events(coder, "The Danish foreign minister said on Monday that Norway has high hopes.") == set()
