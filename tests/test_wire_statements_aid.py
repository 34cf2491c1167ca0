"""code: statements (CAMEO 01) and material cooperation (06-08) in wire-copy wordings: a statement
the sentence tells nothing else of, comments declined by not answering, the tone of a remark, an
option weighed, claims and denials of responsibility told through "said it was behind / had no
role in", where words were spoken; arms handed, rations distributed, money placed in another
state's reserves, troops sent to a U.N. mission, looted wealth returned, communications restored.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coding import code, roots

pytestmark = pytest.mark.model

DAY = dt.date(2016, 3, 9)


def _top(coder, text: str) -> str:
    """The full CAMEO code of the sentence's highest-confidence event ('' when none)."""
    events = code(coder, text, DAY)
    return max(events, key=lambda e: e.confidence).cameo if events else ""


# ---------------------------------------------------------------- statements (01)
@pytest.mark.parametrize("text", [
    # the clause talks of acts the coder cannot place: the named speaker's saying is the event
    "Austria's foreign minister Sebastian Kurz said on Tuesday that observers along the boundary line had "
    "recorded dozens of ceasefire violations overnight.",
    "The spokesman of the Sudan Liberation Army, Abdel Wahid Nur, said the rebels held most of the mountain "
    "region after a month of heavy fighting, speaking by telephone from Paris.",
    # (what was said hangs, in the parse, on where it was said, or on the statement it was said in)
    "The Nigerian navy said in a statement that the tanker had sunk off the coast overnight.",
    "Qatar's foreign minister said in an interview with a French newspaper published on Sunday that the "
    "region could not afford another war.",
])
def test_statement_whose_clause_names_an_act_is_still_a_statement(coder, text):
    assert _top(coder, text) == "010"


@pytest.mark.parametrize("text", [
    "A spokesman for the Ghanaian interior ministry did not return calls seeking comment.",
    "Officials at the Kenyan defence ministry could not be reached for comment on the report.",
    "A spokeswoman for the Turkish embassy did not answer calls from reporters seeking comment.",
])
def test_not_answering_a_request_for_comment_declines_comment(coder, text):
    assert _top(coder, text) == "011"


def test_a_gloomy_tone_is_a_pessimistic_comment(coder):
    assert _top(coder, "Mexico's central bank governor struck a gloomy tone on Wednesday, telling lawmakers that growth would stall.") == "012"


def test_an_optimistic_tone_is_an_optimistic_comment(coder):
    assert _top(coder, "Kenya's finance minister struck an optimistic tone on Thursday, telling investors in Nairobi that the shilling would recover.") == "013"


@pytest.mark.parametrize("text", [
    "Chile is looking at options to curb steel imports, Economy Minister Luis Felipe Cespedes said on Tuesday.",
    "Sweden's central bank will assess in April whether further stimulus is needed, its governor said.",
])
def test_an_option_weighed_needs_no_addressee(coder, text):
    assert _top(coder, text) == "014"


# ---------------------------------------------------------------- claims and denials
def test_claiming_a_blast_is_a_claim_of_responsibility(coder):
    assert _top(coder, "A little-known militant group claimed the blast outside the Libyan embassy in Tunis.") == "015"


def test_saying_it_was_behind_an_ambush_claims_it(coder):
    text = "The Pakistani Taliban said they were behind the ambush on a police convoy in the Swat valley."
    assert _top(coder, text) == "015"
    assert not roots(coder, text, DAY) & {"18", "19"}  # the ambush is claimed, not told as an act


def test_saying_it_was_not_responsible_denies_it(coder):
    assert _top(coder, "The rebel movement said it was not responsible for the shelling of the market in Malakal.") == "016"


def test_saying_it_had_no_role_denies_it(coder):
    assert _top(coder, "The Ethiopian army said it had no role in the killing of the three aid workers.") == "016"


# ---------------------------------------------------------------- where words were spoken
def test_a_rally_the_speaker_addressed_is_no_protest(coder):
    text = "Kenya's president told supporters at a rally in Nakuru that the election would be peaceful."
    assert _top(coder, text) == "010"
    assert "14" not in roots(coder, text, DAY)


def test_speaking_at_a_conference_is_the_appeal_setting(coder):
    text = "Nigeria's foreign minister urged Ghana to reopen its border posts, speaking at a conference in Abuja."
    assert _top(coder, text)[:2] == "02"
    assert "04" not in roots(coder, text, DAY)


# ---------------------------------------------------------------- material cooperation and aid (06-07)
@pytest.mark.parametrize("text,root", [
    ("Belarus handed the Venezuelan army a batch of armoured vehicles and rifles.", "07"),
    ("The Red Crescent distributed rations to 40,000 displaced families in Yemen's Marib province.", "07"),
    ("Qatar placed $1 billion with the central bank of Tunisia to shore up its reserves.", "07"),
    ("Nepal deployed 400 soldiers to the U.N. mission in Lebanon, the army said.", "07"),
    ("Jordanian instructors trained Libyan fighters at a camp near Amman.", "06"),
])
def test_aid_and_cooperation_wordings(coder, text, root):
    assert _top(coder, text)[:2] == root


def test_escorting_relief_is_military_protection(coder):
    # (not the relief itself, 073: the escort protects it)
    assert _top(coder, "Kenyan troops escorted relief convoys into southern Somalia on Tuesday.") == "074"


# ---------------------------------------------------------------- yielding (08)
@pytest.mark.parametrize("text,code_", [
    ("Britain returned 4 million pounds looted by a former state governor to Nigeria on Monday.", "0842"),
    ("Authorities in Cameroon restored internet services in the English-speaking regions after a three-month blackout.", "0811"),
    ("Myanmar admitted a U.N. rapporteur on Friday for the first time in four years.", "0862"),
])
def test_yielding_wordings(coder, text, code_):
    assert _top(coder, text) == code_
