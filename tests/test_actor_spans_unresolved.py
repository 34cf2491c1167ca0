"""code: uncoded actors — people and groups that no table codes keep their words and span (code
``---``, no country), and the argument rules that find more actors (demands with a that-clause,
"the ministers of X and Y"). Real spaCy model.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from legation import Coder, Options
from legation._errors import ConfigError
from legation.records import Event
from legation.resolve._knowledge import Knowledge

from coding import code

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


_code = partial(code, day=DAY, doc_id="u")


def _actors(events: list[Event]) -> list[tuple[str, str]]:
    out = []
    for e in events:
        for a in (e.source, e.target):
            if a is not None:
                out.append((a.code, a.text))
    return out


# ------------------------------------------------------------------ uncoded targets


def test_unknown_name_as_target_keeps_its_span_with_no_country(coder):
    text = "The Chilean foreign minister met Tomas Aravena in Santiago on Monday."
    (e,) = [e for e in _code(coder, text) if e.cameo.startswith("04")]
    assert e.source.code == "CHLGOV"
    assert e.target is not None
    assert (e.target.code, e.target.country, e.target.sectors, e.target.name) == ("---", None, (), None)
    assert text[e.target.start : e.target.end] == e.target.text == "Tomas Aravena"


def test_person_noun_as_target(coder):
    evs = _code(coder, "Moroccan police detained their captors on Monday.")
    (e,) = [e for e in evs if e.cameo.startswith("17")]
    assert e.source.code == "MARCOP"
    assert e.target is not None and (e.target.code, e.target.text) == ("---", "their captors")


def test_unknown_organisation_name_as_target(coder):
    evs = _code(coder, "The Estonian president met the Mandela Foundation on Monday.")
    assert ("---", "Mandela Foundation") in _actors(evs)


def test_places_and_things_are_never_uncoded_actors(coder):
    for text in ("Brazilian troops attacked the Xingu Bridge on Monday.",
                 "Norway criticised Europe on Monday.",
                 "Sweden sent aid to Tromso on Monday."):
        assert not any(code == "---" for code, _ in _actors(_code(coder, text))), text


def test_an_uncoded_target_leaves_the_country_triple_as_it_was(coder):
    evs = _code(coder, "Colombian police arrested Julio Mendez on Sunday.")
    (e,) = [e for e in evs if e.cameo.startswith("17")]
    assert e.target is not None and e.target.text == "Julio Mendez"
    from legation.evaluate._score import PredictedEvent

    assert PredictedEvent.from_event(e).triple == ("17", "COL", None)


def test_uncoded_actor_round_trips_through_the_output_record(coder):
    from legation.records import Event as Ev

    (e,) = [e for e in _code(coder, "Colombian police arrested Julio Mendez on Sunday.") if e.cameo.startswith("17")]
    back = Ev.from_dict(e.to_dict())
    assert back.target == e.target
    assert e.to_dict()["target"]["code"] == "---" and e.to_dict()["target"]["country"] is None


# ------------------------------------------------------------------ uncoded sources


def test_unknown_name_as_active_subject_is_an_uncoded_source(coder):
    text = "Ramon Ortega urged Venezuela to release the prisoners."
    (e,) = [e for e in _code(coder, text) if e.cameo.startswith("02")]
    assert (e.source.code, e.source.text, e.source.country) == ("---", "Ramon Ortega", None)
    assert e.target is not None and e.target.code == "VEN"


def test_the_subject_of_a_passive_is_not_an_uncoded_source(coder):
    evs = _code(coder, "Ramon Ortega was killed in an airstrike on Tuesday.")
    assert not any(e.source.text == "Ramon Ortega" for e in evs)


def test_uncoded_sources_can_be_switched_off(coder):
    off = Coder(Options(uncoded_sources=False), knowledge=coder.knowledge, nlp=coder.processor.nlp)
    evs = _code(off, "Ramon Ortega urged Venezuela to release the prisoners.")
    assert not any(e.source.code == "---" for e in evs)
    # targets stay: they never change a country triple
    evs = _code(off, "Colombian police arrested Julio Mendez on Sunday.")
    assert ("---", "Julio Mendez") in _actors(evs)


# ------------------------------------------------------------------ more actors found


def test_a_demand_with_a_that_clause_is_aimed_at_the_clause_subject(coder):
    evs = _code(coder, "Argentina demanded that Uruguay dismantle the pulp mill.")
    assert any(e.cameo.startswith("10") and e.source.code == "ARG" and e.target is not None and e.target.code == "URY"
               for e in evs)


def test_ministers_of_two_countries_give_one_actor_each(coder):
    text = "The foreign ministers of Chile and Peru criticised Bolivia on Friday."
    evs = [e for e in _code(coder, text) if e.cameo.startswith("11")]
    src = {e.source.code: text[e.source.start : e.source.end] for e in evs}
    assert set(src) == {"CHLGOV", "PERGOV"}
    assert src["PERGOV"] == "Peru"


# ------------------------------------------------------------------ the word lists


def test_actor_words_are_loaded():
    k = Knowledge.load(with_cities=False)
    assert "supporter" in k.actor_words.person_nouns
    assert "europe" in k.actor_words.places
    assert "bridge" in k.actor_words.name_heads


def test_a_malformed_word_list_is_a_config_error():
    with pytest.raises(ConfigError):
        Knowledge._load_actor_words("person_nouns: [ok, 3]\n")
    with pytest.raises(ConfigError):
        Knowledge._load_actor_words("- just a list\n")
