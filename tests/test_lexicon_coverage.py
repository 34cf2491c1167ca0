"""code: lexicon coverage -- common news wordings of CAMEO codes that used to yield no event or the
wrong root. Cooperation side: assurances, accepting a proposal, acting as mediator, defending X
against criticism, seeking refuge, returning somewhere for talks, handing back property, test-fired
missiles, going on strike, inviting monitors, passing intelligence, cutting diplomatic presence.
Conflict side: war or clashes that "broke out" between two sides, a weapon named as the subject of
the verb, hauling a state before a court, sending forces to a border, travel bans and export
controls as sanctions, suspending or dissolving parliament, ordering foreign forces to leave,
hangings, torpedoing a ship, fact-finding missions, seizing leaders' assets, rioters as civilians.
Plus precision guards for both.

The sentences are written for these tests; none comes from the seed articles, the gold sets or the
VOA stories.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from legation import Coder

from coding import codes

pytestmark = pytest.mark.model

DAY = dt.date(2016, 3, 9)


_codes = partial(codes, day=DAY)


# (sentence, expected code or code prefix): each row yielded no event or another root before the
# lexicon additions it tests.
COVERED = [
    # 030 assurances received (the giver is the source) or given
    ("Lithuania received guarantees from NATO that its borders would be defended.", "030"),
    ("Kazakhstan obtained assurances from Beijing that the pipeline would be finished.", "030"),
    ("Washington gave assurances to Seoul that its troops would stay.", "030"),
    # 030 / 036 accepting another's proposal, plan or invitation
    ("Khartoum accepted an Ethiopian proposal to resume talks.", "030"),
    ("The Bolivian opposition accepted the compromise put forward by the church.", "030"),
    ("Tehran accepted the formula proposed by the Omani mediators.", "030"),
    ("The Thai premier accepted an invitation from Beijing.", "036"),
    # 045 / 039 acting as a mediator
    ("Algeria acted as an intermediary between Mali and the Tuareg rebels.", "045"),
    ("Norway offered to act as a mediator between the two Koreas.", "039"),
    # 052 defending another against criticism
    ("Beijing defended Pyongyang against accusations of cyber theft.", "052"),
    ("The Vietnamese minister defended China against criticism from Manila.", "052"),
    # 0233 seeking refuge or asylum
    ("Thousands of Syrians sought refuge in Turkey.", "0233"),
    ("A North Korean diplomat requested asylum in South Korea.", "0233"),
    ("The Belarusian athlete applied for asylum in Poland.", "0233"),
    # 040 going back somewhere for talks
    ("The Serbian envoy returned to Vienna for another round of talks.", "04"),
    ("Armenian negotiators returned to the negotiating table with Azerbaijan.", "04"),
    # 042 the irregular past of fly reaches the parser
    ("The Japanese foreign minister flew to Seoul on Tuesday.", "042"),
    # 0842 handing back bases, fields, vessels
    ("Rebels handed back the air base to the Libyan government.", "0842"),
    ("The militia handed back the oil field to the Iraqi government.", "0842"),
    ("Japan returned the seized trawler to Russia.", "0842"),
    # 150 hyphenated test launches pass the lexical pre-filter
    ("Iran test-launched a cruise missile.", "150"),
    ("Pakistan test-fired a nuclear-capable missile.", "150"),
    # 142 / 143 going on strike
    ("Iranian truckers went on strike over fuel prices.", "143"),
    ("The jailed Russian opposition leader went on hunger strike.", "142"),
    ("South Korean doctors staged a strike against the government.", "143"),
    # 0862 inviting monitors (not an appeal)
    ("Venezuela invited EU observers to monitor the vote.", "0862"),
    # 064 passing intelligence
    ("Israel passed intelligence to Morocco about the plot.", "064"),
    # 161 cutting diplomatic presence (not troop demobilisation)
    ("Australia reduced its diplomatic presence in Myanmar.", "161"),
    # 1831 a bomber who blew himself up (not destruction of property)
    ("A Pakistani suicide bomber blew himself up at a mosque in Peshawar.", "1831"),
    # 20x: "committed" a massacre is not a promise
    ("Sudanese militias committed mass killings in Darfur.", "20"),
    # an event noun whose pair hangs on the verb that says it happened
    ("Fighting erupted between Sudanese troops and Ethiopian militias.", "190"),
    ("Clashes took place between Serbian police and Kosovo Albanians.", "19"),
    # 036 / 051 / 057 / 174 idioms
    ("Iran said it was ready to sit down with the Saudis.", "036"),
    ("Egypt threw its weight behind the Saudi crown prince.", "051"),
    ("Iran sided with Russia over the war in Ukraine.", "051"),
    ("Chad and Libya initialed a security pact.", "057"),
    ("Bangladesh pushed back Rohingya refugees to Myanmar.", "174"),
    # 081 easing visa rules
    ("Oman eased visa rules for Iranian tourists.", "081"),
]


# (sentence, expected code or code prefix): each row yielded no event or another code before.
COVERED_CONFLICT = [
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
    ("Rioters set fire to Turkish businesses in Paris.", "145"),  # property wrecked by rioters is a riot (145)
    ("Soldiers set fire to Turkish businesses in the border town.", "1712"),
    ("Looters ransacked Chinese shops in Jakarta.", "1711"),
]


# Precision guards: each is a harmless (or differently coded) use of a word the additions made into
# a trigger, or a wording the new context must not change.
GUARDS_CONFLICT = [
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


@pytest.mark.parametrize("text, code", COVERED + COVERED_CONFLICT)
def test_common_wordings_are_coded(coder: Coder, text: str, code: str) -> None:
    codes = _codes(coder, text)
    assert any(c.startswith(code) for c in codes), (text, codes)


# Precision guards: each is a harmless use of a word the additions made into a trigger.
GUARDS = [
    # a guarantee or assurance that is nobody's promise (the noun needs a giving verb)
    ("The IMF programme is Pakistan's assurance of stability.", "030"),
    # 'commit' as perpetrating a crime is not an intent to cooperate (nor a threat)
    ("Rwandan rebels committed atrocities in eastern Congo.", "03"),
    ("Rwandan rebels committed atrocities in eastern Congo.", "13"),
    # defending a town against an attack is fighting, not verbal support
    ("Kurdish fighters defended Kobani against an Islamic State assault.", "052"),
    # going on to strike targets is an attack, not a labour strike
    ("The Turkish army went on to strike Kurdish positions in Iraq.", "143"),
    # opening fire at a crossing is not letting aid through
    ("Egyptian guards opened fire at the Rafah crossing.", "0863"),
    # returning home, not to talks; a trip after a meeting is a trip, not a consultation
    ("The Ghanaian president returned to Accra after the summit in Addis Ababa.", "0842"),
    ("The Greek premier went to Brussels after the meeting with Erdogan.", "040"),
    # revoking a visa tightens, it does not ease (only easing verbs take 'visa')
    ("Canada revoked the visas of two Iranian officials.", "081"),
    # removing a ruling party is a demand for leadership change, not the easing of a rule
    ("Opposition groups demanded the removal of the Guinean president and his ruling party.", "1051"),
]


@pytest.mark.parametrize("text, code", GUARDS + GUARDS_CONFLICT)
def test_harmless_uses_are_not_coded(coder: Coder, text: str, code: str) -> None:
    codes = _codes(coder, text)
    assert not any(c.startswith(code) for c in codes), (text, codes)
