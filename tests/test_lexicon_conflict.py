"""code: lexicon coverage on the conflict side -- common news wordings of CAMEO 09-20 that used to
yield no event or the wrong code (war or clashes that "broke out" between two sides, a weapon named
as the subject of the verb, hauling a state before a court, sending forces to a border, travel bans
and export controls as sanctions, suspending or dissolving parliament, ordering foreign forces to
leave, hangings, torpedoing a ship, fact-finding missions, seizing leaders' assets, rioters as
civilians), plus precision guards.

The sentences are written for these tests; none comes from the seed articles, the gold sets or the
VOA stories.
"""

from __future__ import annotations

import datetime as dt

import pytest

from legation import Coder

pytestmark = pytest.mark.model

DAY = dt.date(2016, 3, 9)


def _codes(coder: Coder, text: str) -> set[str]:
    return {e.cameo for e in coder.code_text(text, doc_id="t", date=DAY)}


# (sentence, expected code or code prefix): each row yielded no event or another code before.
COVERED = [
    # 190: an event that "broke out" between two sides began (it did not fail, as talks that broke down)
    ("Fighting broke out between Armenian troops and Azerbaijani forces.", "190"),
    ("A war broke out between Ethiopia and Eritrea.", "190"),
    ("Clashes broke out between Kyrgyz troops and Tajik border guards.", "190"),
    # a weapon (or an attacker named by it) as the subject says how the act was done
    ("A roadside bomb killed three Afghan soldiers.", "1833"),
    ("A suicide bomber attacked a Shiite mosque in Pakistan.", "1831"),
    ("A mortar bomb hit a Libyan clinic and injured five nurses.", "183"),
    ("Israeli warplanes struck Hamas targets in Gaza.", "195"),
    # 115: taking a state to court
    ("Colombia took Venezuela to the International Court of Justice.", "115"),
    # 154: forces brought up to a border
    ("Russia moved tanks to the Ukrainian border.", "154"),
    ("China sent troops to the Indian border.", "154"),
    # 163: travel and visa bans on another state's officials, export controls
    ("Britain imposed a travel ban on Russian oligarchs.", "163"),
    ("Nigeria imposed a visa ban on Ghanaian officials.", "163"),
    ("Japan imposed export controls on South Korea.", "163"),
    ("Lithuania banned Russian ships from its ports.", "163"),
    # 172 / 1724: a parliament suspended or dissolved by decree, a constitution suspended
    ("The Tunisian president suspended parliament.", "172"),
    ("The Peruvian president dissolved parliament.", "172"),
    ("The Fijian army commander suspended the constitution.", "1724"),
    # 166: foreign forces ordered out
    ("Mali ordered French troops to leave the country.", "166"),
    # 1823: hanging
    ("Egypt hanged three Muslim Brotherhood members.", "1823"),
    # 194: torpedoing a ship
    ("A North Korean submarine torpedoed a South Korean warship.", "194"),
    # 090: a fact-finding mission
    ("The UN sent a fact-finding mission to Myanmar.", "090"),
    # 1711: the assets of leaders are property seized, not leaders captured
    ("Egyptian authorities seized the assets of Muslim Brotherhood leaders.", "1711"),
    # rioters and looters are civilians who can act
    ("Rioters set fire to Turkish businesses in Paris.", "1712"),
    ("Looters ransacked Chinese shops in Jakarta.", "1711"),
]


@pytest.mark.parametrize("text, code", COVERED)
def test_common_conflict_wordings_are_coded(coder: Coder, text: str, code: str) -> None:
    codes = _codes(coder, text)
    assert any(c.startswith(code) for c in codes), (text, codes)


# Precision guards: each is a harmless (or differently coded) use of a word the additions made into
# a trigger, or a wording the new context must not change.
GUARDS = [
    # talks that broke down still failed: no meeting is coded as held
    ("Talks between Sudan and South Sudan broke down.", "04"),
    # a parliament dissolved for an election is routine, not a sanction
    ("The Japanese prime minister dissolved parliament ahead of a snap election.", "172"),
    # a ban on travel from a country during an outbreak is a health rule, not a sanction
    ("Italy imposed a ban on travel from India during the pandemic.", "163"),
    # telling one's own citizens to leave is an evacuation, not an expulsion of the host
    ("Canada ordered its citizens to leave Lebanon.", "166"),
    # hanging a banner or a portrait is no execution
    ("Kenyan protesters hung banners outside the Ugandan embassy.", "1823"),
    # torpedoing talks is not naval warfare
    ("Hardliners in Tehran torpedoed the talks with Washington.", "194"),
    # sending aid or an envoy to the border is not a show of force
    ("Jordan sent food aid to the Syrian border.", "154"),
    # the subject's words count only when it names a weapon: a bomber aircraft is not a suicide bomber
    ("Russian bombers attacked Syrian rebel positions.", "183"),
    # taking the stand in court is no lawsuit
    ("The Serbian general took the stand at the tribunal in The Hague.", "115"),
]


@pytest.mark.parametrize("text, code", GUARDS)
def test_harmless_conflict_uses_are_not_coded(coder: Coder, text: str, code: str) -> None:
    codes = _codes(coder, text)
    assert not any(c.startswith(code) for c in codes), (text, codes)
