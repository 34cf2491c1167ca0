"""Event extraction over a dependency parse: triggers from the lexicon, their arguments (active,
passive, light verbs, control, coordination, nominal events), then resolution of actors, dates,
places, modality and the CAMEO/PLOVER attributes."""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Optional

from legation.ingest._text import find_dateline
from legation.options import Options
from legation.records import Actor, Document, Event, EventDate, Mention, Place, Plover, Sentence
from legation.resolve._actors import MOVE_OUT_NOUNS, UNCODED, ActorResolver, DocContext, SentenceMatches
from legation.resolve._dates import CALENDAR_WORDS, DateMention, find_dates
from legation.resolve._fold import fold
from legation.resolve._knowledge import Knowledge, TriggerEntry

__all__ = ["EventExtractor"]

LIGHT_VERBS = {"pay", "make", "hold", "have", "conduct", "undertake", "carry", "launch", "stage", "begin", "start",
               "continue", "resume", "complete", "wrap", "give", "extend", "offer", "provide", "reach", "sign",
               "issue", "take", "mount", "deliver", "express", "lodge", "file", "impose", "hold", "host", "join",
               "organise", "organize", "convene", "perform", "commit", "wage", "step", "announce", "attend"}
# verbs that put a charge, a claim or a proposal before others ("presented evidence against X",
# "charges were brought by Y"): light verbs for the noun they take
PRESENTING_VERBS = {"present", "submit", "bring", "level", "table", "produce", "put", "raise"}
# "help" and "assist" are aid only when a party is helped
HELP_LEMMAS = {"help", "assist"}
# verbs that voice an intent or appeal named by their object: "expressed its readiness to ...",
# "renewed its call for ...", "made an offer to ..." (the object's to-clause is the voicer's)
VOICING_VERBS = LIGHT_VERBS | {"reiterate", "renew", "repeat", "reaffirm", "voice", "signal", "show", "confirm", "indicate",
                               "demonstrate", "underline", "stress", "emphasize", "emphasise", "convey", "express"}
# light verbs that hold or show a thing rather than voice it: "has a demand for oil", "saw demand for X"
NON_VOICING_LIGHT = {"have", "show", "signal", "indicate", "demonstrate", "take", "reach", "meet", "host", "join",
                     "attend", "produce", "step", "begin", "start", "continue", "complete", "wrap"}
# nouns that condemn what they are said of: "said the raid was a violation of international law"
CONDEMNING_NOUNS = {"violation", "breach", "provocation", "crime", "outrage", "affront", "insult", "aggression",
                    "atrocity", "travesty", "disgrace", "farce", "sham", "interference", "blackmail", "mistake",
                    "infringement", "transgression"}
# verbs whose subject is the one a to-clause on their object is about: "faces pressure to ...",
# "has a mandate to ...", "won approval to ..."
UNDERGOING_VERBS = {"face", "receive", "get", "win", "gain", "obtain", "secure", "need", "lack", "have", "come"}
PLAN_LEMMAS = {"plan", "expect", "intend", "schedule", "prepare", "aim", "hope", "want", "seek", "set", "decide", "swear",
               "propose", "promise", "pledge", "vow", "wish", "agree", "invite", "due", "slate", "go", "try", "look",
               "need", "ready", "willing", "eager", "determined", "prepared", "eye"}
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}
FUTURE_AMODS = {"upcoming", "planned", "forthcoming", "scheduled", "proposed", "future", "next", "coming",
                "expected", "prospective", "impending", "pending", "intended"}
# modal auxiliaries that leave an act a possibility ("could strike", "might retaliate", "may impose")
POSSIBILITY_AUX = {"could", "might", "may", "can", "ca"}
# nouns under which an act is only feared or possible ("the risk of war", "fears that X would strike")
POSSIBILITY_NOUNS = {"risk", "fear", "danger", "possibility", "prospect", "likelihood", "chance", "spectre", "specter",
                     "threat", "scenario"}
# verbs of perception: "could see troops surrounding X", "can hear fighting" tell what happens
PERCEPTION_LEMMAS = {"see", "hear", "watch", "feel", "observe", "notice", "spot", "sense"}
# roots of economic and administrative measures: "tariffs targeting X", "hit X with a levy" (163, not 190)
ECONOMIC_ROOTS = ("16",)
# people on the move, not envoys: their arrival or journey is no visit (042)
PRIVATE_SECTORS = {"CVL", "REF"}
ASPECT_LEMMAS = {"begin", "start", "continue", "keep", "stop", "finish", "resume", "avoid", "consider", "enjoy", "mind", "risk"}
HYPOTHETICAL_PENALTY = 0.15  # a possible act ranks below the acts a sentence tells as done
NEG_LEMMAS = {"refuse", "decline", "fail", "reject", "deny", "cancel", "postpone", "call"}
# what a visit's place also locates: consultations, diplomatic and material cooperation, intent
NARRATIVE_PLACE_ROOTS = {"03", "04", "05", "06"}
# a gathering of many delegations: "at the regional summit", "on the sidelines of the forum"
_GATHERING = re.compile(r"\b(?:on\s+the\s+(?:sidelines|margins)\s+of|at\s+(?:the|a|an|this|this\s+week's)\s+(?:[\w'-]+\s+){0,6}?"
                        r"(?:summit|conference|forum|assembly|congress|gathering))\b", re.I)
# material conflict, protest and sanctions: where no target is named, the place of the act is one
PLACE_TARGET_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
# appeals, cooperation, aid, inquiries and demands aimed at no one named: the country where the act
# is to happen, or to which it is sent, is its target ("agreed to open a clinic in X", "sent 40
# inspectors to X", "called for a truce in X"); not meetings: "held talks in X" is no talk with X
PLACE_OBJECT_ROOTS = {"02", "03", "05", "07", "09", "10"}
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
# acts a state does to its own people by definition (curfews, emergency rule, political freedoms,
# repression, easing or threatening them; refusing to step down, to grant rights or to reform the
# regime): with no one else named, they fall on the actor's country
DOMESTIC_CODES = {"0811", "0812", "0813", "0814", "082", "123", "1231", "1233", "1234", "1321", "1322", "1323", "1324",
                  "1721", "1722", "1723", "1724", "175"}
# verbs whose subject judges, reports or suffers an act rather than doing it: in "X condemned the
# attack" X is not the attacker
REACTION_VERBS = {"condemn", "denounce", "deplore", "criticize", "criticise", "blame", "deny", "investigate", "probe",
                  "welcome", "praise", "applaud", "witness", "survive", "fear", "prevent", "mourn", "regret"}
INTENT_TARGET_SLOTS = ("to", "with", "against", "on", "dative", "dobj")
# "a trawler operated by X", "land seized by X", "a law signed by X": the thing is X's
OWNER_PARTICIPLES = {"operate", "own", "run", "hold", "seize", "capture", "occupy", "control", "sign", "issue", "impose",
                     "enact", "pass", "propose", "sponsor", "fund", "back", "build", "commit", "carry", "perpetrate", "order",
                     "stage", "organize", "organise", "lead", "launch", "mount", "call"}
AIM_SLOTS = ("dobj", "for", "at", "against", "from", "on", "to")  # "to demand the resignation of X", "anger at X"
MUTUAL_ROOTS = {"04", "05", "06"}
# demands, accusations, refusals, threats, protests, mobilisation and repression: what a group of no
# stated country does to one country's state or people is that country's own politics ("hardline
# clerics demanded the minister's resignation" -> the minister's country on both sides)
DOMESTIC_SOURCE_ROOTS = {"10", "11", "12", "13", "14", "15", "17"}
# groups that are not of the country they act on by being there: aid groups, the UN, companies,
# unidentified gunmen
FOREIGN_SECTORS = {"NGO", "IGO", "MNC", "UAF"}
# Matrix verbs: the event is the threat / demand / refusal / appeal, not the act it embeds. Entries
# with these roots embed their complement implicitly ("threatened to break off relations" -> 13).
MATRIX_ROOTS = {"10": "demand", "12": "reject", "13": "threat", "08": "halt", "16": "halt"}
# (08 yield and 16 reduce relations end or concede what they take as object: "lifted the sanctions",
# "cancelled the visit", "accepted the demands" are not also sanctions, a visit or a demand)
ACCUSE_CODES = ("110", "111", "112", "114")
PRAISE_CODES = ("051",)  # "welcomed X's statement", "praised X's decision": aimed at X, the act not coded
# comments about an act: declining comment, claiming or denying responsibility, sympathy, a
# pessimistic or optimistic comment, a policy option considered. The act commented on, feared, hoped
# for or considered is not coded on its own; the comment needs no target (012-014 only where they
# take in something: "expressed hope that ...", "is considering sending troops").
COMMENT_CODES = ("011", "012", "013", "014", "015", "016", "018")
TONE_CODES = ("012", "013", "014")
# what is weighed when an option is considered: "is studying the option of a fuel levy"
OPTION_NOUNS = {"possibility", "option", "idea", "prospect", "proposal", "alternative", "plan", "move", "step",
                "measure", "request", "offer", "suggestion", "bid", "feasibility"}
# verbs that wish another's act only when that other is named: "X wants Y to ..." (not "wants to")
WISH_VERBS = {"want"}
# what one hopes befalls others is no optimistic comment: "hoped X would be indicted / punished"
HOSTILE_WISH_ROOTS = {"10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
# appeals that say what is asked for with "for": "pressed Y for a deal" (not "pressed ahead with plans for")
FOR_APPEAL_VERBS = {"press", "push", "lobby"}
# "X is / remains / seems optimistic about Y": the verbs a feeling adjective (adj triggers) is the predicate of
COPULA_LEMMAS = {"be", "remain", "seem", "appear", "become", "grow", "stay", "feel", "sound", "look"}
# The cooperative act asked for, demanded or refused -> its CAMEO sub-family in 02 / 10 / 12:
# (material cooperation, aid, political reform, yield, meet, mediate, diplomatic, investigation).
_FAMILY_BASE = {
    "02": {"06": "021", "07": "023", "083": "024", "08": "025", "04": "026", "045": "028", "05": "022", "03": "022",
           "09": "0214"},
    "10": {"06": "101", "07": "103", "083": "104", "08": "105", "04": "106", "045": "108", "05": "102", "09": "1014"},
    "12": {"06": "121", "07": "122", "083": "123", "08": "124", "04": "125", "045": "126", "05": "120", "09": "1214"},
}
_YIELD_DIGIT = {"081": "1", "082": "2", "084": "3", "085": "4", "086": "5", "087": "6"}
# A hostile act threatened, promised or conditioned -> the 13x threat (CAMEO 1.1b3, 13).
THREAT_MAP = {"14": "133", "15": "138", "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134",
              "165": "135", "166": "136", "17": "137", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323",
              "1724": "1324", "18": "1383", "19": "138", "191": "1381", "192": "1382", "193": "1384", "194": "1384",
              "195": "1384", "20": "1385"}
# proposals made to someone, whose infinitive names the act proposed ("an offer to hold talks with X")
OVERTURE_NOUNS = {"offer", "invitation", "proposal", "call", "request", "suggestion", "overture", "bid", "appeal", "plea"}
# quantity nouns whose "of" is the real object ("part of the aid", "the bulk of its forces")
PARTITIVE_NOUNS = {"part", "portion", "share", "bulk", "half", "rest", "remainder", "most", "much", "some", "all"}
# nouns naming a settlement or area whose "of" gives its name ("the town of <X>")
SETTLEMENT_NOUNS = {"town", "city", "village", "province", "district", "region", "area", "outskirts", "suburb", "port",
                    "capital", "state", "county", "neighbourhood", "neighborhood"}
HOSTILE_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
# acts done in a place ("lifted the curfew in Kabul", "troops were deployed in Lima") aim at the
# people there: a capital named as that place is its country, not the government it stands for
# in "Kabul said" or "arrived in Kabul" (a visit to the capital is a visit to its government)
# the plain verbs of saying whose bare statement is coded (010) when it names no addressee
PLAIN_SAY_LEMMAS = {"say", "tell", "state"}
CAPITAL_AS_PLACE_ROOTS = {"07", "08", "14", "15", "17", "18", "19", "20"}
# One country's state and those who oppose it from outside the state: two sides of a domestic
# conflict or negotiation ("the junta and the rebels agreed a truce": GOV <-> REB)
STATE_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD"}
OPPONENT_SECTORS = {"REB", "OPP", "INS", "SEP"}
CONDITION_MARKS = {"if", "unless"}
# verbs that demand: what they set to come "before" or "until" it is met is conditional
DEMAND_LEMMAS = {"demand", "insist", "require", "want", "ask", "urge", "condition"}
# verbs of getting a force ready: what attack they govern is a posture (15), not yet an attack
FORCE_PREPARE_LEMMAS = {"prepare", "poise", "gear"}
# verbs of phase between a verb and the act it governs ("began shelling", "resumed fighting")
PHASE_LEMMAS = {"resume", "begin", "start", "continue", "renew", "launch"}
# nouns whose to-infinitive names what they entitle, oblige or settle, not an act told as done
CONTENT_NOUNS = {"right", "duty", "obligation", "responsibility", "authority", "mandate", "permission", "power",
                 "freedom", "consensus", "decision", "readiness", "willingness", "determination", "intention",
                 "ability", "capacity", "need"}
# verbs that forbid what their object names: forbidding aid or trade cuts it
PROHIBIT_VERBS = {"prohibit", "ban", "forbid", "outlaw", "embargo"}
PROTESTER_NOUNS = {"demonstrator", "protester", "protestor", "marcher", "rioter", "striker"}
# verbs that keep someone "from" an act: the act did not happen
PREVENT_LEMMAS = {"ban", "bar", "prevent", "stop", "block", "prohibit", "forbid", "keep", "deter", "exclude",
                  "restrain", "refrain", "discourage", "dissuade", "preclude", "hinder"}
# heads whose "of"/"to" object is only a time or a topic: "ahead of", "on the eve of", "the chances of"
BACKGROUND_HEADS = {"ahead", "eve", "sideline", "sidelines", "margin", "margins", "run-up", "lead-up", "prior", "wake",
                    "aftermath", "chance", "prospect", "possibility", "likelihood", "fate", "future", "outcome",
                    "failure", "collapse", "breakdown", "stalemate", "deadlock", "impasse", "hope", "prelude"}
# an event noun that is the subject of these failed or never took place as a consultation
FAILED_VERBS = {"collapse", "fail", "stall", "falter", "founder", "deadlock", "flounder", "derail", "break"}
# prepositions that give the reason for an arrest, charge or verdict ("jailed for plotting a coup")
REASON_PREPS = {"for", "with", "of", "over"}
# verbs that put into force what their object names ("announced a curfew"), or report a clause that does
PROCLAIM_LEMMAS = {"announce", "declare", "proclaim", "order"}
# verbal acts whose own time is when they are said, whatever date their content names
SPOKEN_ROOTS = {"01", "02", "10", "12", "13"}
# nouns that hold a set of acts: "a package / round / series of sanctions" is the sanctions
CONTAINER_NOUNS = {"package", "round", "series", "set", "wave", "raft", "batch", "string", "slew", "spate", "number",
                   "range", "host", "flurry"}
# nouns that only frame an event named by their compound modifier: "launched a mediation effort
# between X and Y" is X mediating, "a relief drive" is aid given
EFFORT_NOUNS = {"effort", "initiative", "bid", "drive"}
# ... when the subject undertakes the effort ("ended / welcomed the mediation effort" tells no mediation)
EFFORT_VERBS = {"launch", "make", "begin", "start", "lead", "undertake", "spearhead", "intensify", "pursue", "mount",
                "step", "redouble", "renew", "head", "continue"}
# nouns that frame the gerund after their "of" as the act of whoever undertakes them: "began the
# process of repatriating the refugees" is the subject repatriating them
PROCESS_NOUNS = {"process", "procedure", "task", "work", "job", "business", "exercise"}
TIME_PREPS = {"during", "after", "before", "since", "following", "amid", "amidst", "despite", "throughout"}
# verbs that end or take back what their object names: "cancelled the restrictions" eases them
# (08x), "scrapped the aid" cuts it (16x)
ENDING_VERBS = {"cancel", "lift", "end", "scrap", "revoke", "abolish", "rescind", "repeal", "remove", "drop", "halt",
                "suspend", "stop", "terminate", "annul", "overturn", "reverse", "withdraw", "retract", "abandon",
                "boycott", "sever", "cut", "freeze", "curtail", "break", "downgrade", "shelve"}
ENDING_MAP = {"1721": "0811", "1722": "0812", "1723": "0813", "1724": "0814", "172": "081", "173": "084", "17": "080",
              "163": "085", "191": "0872", "192": "0874", "19": "0871", "14": "082", "046": "164", "045": "165",
              "04": "161", "05": "161", "06": "160", "07": "162", "03": "160"}
# an event in a clause that hangs on another ("..., offering aid", "a team trying to broker ...")
SUBORDINATE_PENALTY = 0.1
MAIN_EVENT_CONFIDENCE = 0.9  # a verb event with both actors resolved to a country
STATEMENT_CONFIDENCE = 0.4  # a bare statement: the sentence reports speech and no other event
# cooperation that, negated ("will not accept", "failed to agree"), is a refusal
REFUSABLE_ROOTS = {"03", "04", "05", "06", "07", "08"}
# the auxiliaries of a refusal ("will not", "won't", "cannot", "does not"); "did not" states a past fact
REFUSAL_AUX = {"will", "would", "wo", "shall", "'ll", "can", "ca", "could", "do", "does"}
VERBAL_PROTEST_VERBS = {"protest"}  # a state's protest is a complaint (114), a crowd's a demonstration (14)
ANNOUNCE_LEMMAS = {"plan", "intend", "decide", "vow", "pledge", "promise", "resolve", "swear", "threaten", "want", "wish"}
# verbs that hand a complement over to their event noun: "urged Y to hold talks", "to honour the truce"
# verbs that voice an appeal told as a noun ("made a plea for calm", "renewed its appeal for aid"),
# not those that answer one ("ignored requests for comment")
APPEAL_LIGHT_VERBS = LIGHT_VERBS | {"renew", "repeat", "reiterate", "send", "submit", "voice"}
# praise given in words: offering it is giving it ("offered congratulations to X")
WORDS_OF_PRAISE = {"congratulation", "congratulations", "thanks", "greeting", "greetings", "praise", "tribute"}
HANDOVER_VERBS = LIGHT_VERBS | {"maintain", "keep", "allow", "accept", "implement", "honor", "honour", "respect",
                                "fulfil", "fulfill", "restore", "open", "be", "engage", "enter", "seek", "send",
                                "institute", "introduce", "enforce", "reimpose"}
# "allow X to ...", "permit X to ...": a concession only where X is someone
PERMIT_LEMMAS = {"allow", "permit", "let"}
# material cooperation, aid and concessions: a named subject the tables do not know still acts
UNNAMED_SOURCE_ROOTS = {"06", "07", "08"}
# assaults, fighting, mass violence: told by their victims, with an unknown author
UNKNOWN_ATTACKER_ROOTS = {"18", "19", "20"}
THREAT_MODALS = {"will", "would", "'ll", "shall", "may", "might", "could", "wo"}
# fight in its armed sense needs an armed or human opponent ("fight the rebels", not "fight the pandemic")
FIGHT_LEMMAS = {"fight", "battle", "combat"}
# subjects that name the weapon or the way of an attack: their words join a verb's context
# ("a car bomb killed" is a bombing, "warplanes struck" an air attack); other subjects never do
INSTRUMENT_SUBJECTS = {"bomb", "bomber", "bombing", "blast", "explosion", "explosive", "device", "ied", "airstrike",
                       "strike", "raid", "drone", "uav", "shell", "shelling", "rocket", "missile", "mortar", "grenade",
                       "artillery", "barrage", "sniper", "gunman", "gunfire", "warplane", "jet", "aircraft",
                       "helicopter", "gunship", "tank", "mine", "landmine", "attack"}
# nouns whose infinitive is an act tried ("an attempt to kill X", "a plot to bomb Y"): CAMEO codes the act
ATTEMPT_NOUNS = {"attempt", "bid", "plot", "conspiracy", "try"}
# subjects that are the weapon or the act, not the attacker ("a roadside bombing killed", "gunfire hit")
WEAPON_NOUNS = INSTRUMENT_SUBJECTS | {"fire"}
ARMED_NOUNS = {"enemy", "force", "fighter", "jihadist", "separatist", "guerrilla", "invader", "occupier", "regime",
               "government", "army", "troop", "soldier", "militant", "rebel", "insurgent", "militia", "terrorist",
               "gunman", "group", "faction", "side", "neighbor", "neighbour", "country", "nation", "police", "gang"}
FORCE_NOUNS = {"force", "troop", "soldier", "army", "military", "police", "policeman", "warship", "ship", "vessel",
               "tank", "jet", "aircraft", "bomber", "unit", "battalion", "brigade", "division", "reservist", "marine",
               "navy", "fleet", "submarine", "carrier", "missile", "gendarme", "paratrooper", "commando", "reinforcement"}
# Nouns that name a standing state or relationship rather than an act: "the two countries'
# partnership", "Y's hostility towards X", "X's commitment to Y's security". Such a noun is an event
# only with eventive evidence: a verb that makes, voices or changes it ("forged a partnership",
# "reaffirmed its commitment"), a date on the noun ("the 2014 alliance"), or its own predicate
# ("the alliance was formed"). See _state_without_event.
STATE_NOUNS = {"partnership", "alliance", "friendship", "solidarity", "hostility", "commitment", "support", "backing",
               "cooperation", "desire", "willingness", "readiness", "intention", "wish"}
# ... whose plural names acts: "hostilities" is fighting, "hostility" an attitude
PLURAL_EVENT_NOUNS = {"hostility"}
# verbs that make a state noun an event, as its governor or as its predicate
STATE_EVENT_VERBS = VOICING_VERBS | {
    "forge", "form", "build", "establish", "create", "seal", "cement", "strike", "enter", "conclude", "declare",
    "pledge", "promise", "vow", "launch", "upgrade", "elevate", "strengthen", "deepen", "boost", "increase", "expand",
    "formalize", "formalise", "win", "gain", "secure", "receive", "get", "obtain", "enlist", "rally", "lend", "throw",
    "begin", "start", "emerge", "announce", "agree", "sign", "step", "intensify", "escalate", "grow", "affirm",
    "enhance", "promote", "improve", "develop", "further", "foster", "consolidate", "tighten", "restore", "normalise",
    "normalize", "eye"}
# verbs whose object is a characterisation, not an act of their subject: "poses a threat to X",
# "involves a commitment to ...", "represents an attack on ..."
NON_EVENT_GOVERNORS = {"pose", "involve", "represent", "constitute", "entail", "require", "mean"}
# verbs and nouns whose object or "about"/"on"/"over" object is only a topic: "discussed the war",
# "talks about the sanctions" (the war and the sanctions are not coded from such a mention)
TOPIC_WORDS = {"discuss", "debate", "discussion", "talk", "speak", "conversation", "chat", "negotiation",
               "consultation", "dialogue", "agreement", "accord"}
TOPIC_PREPS = {"about", "on", "over", "regarding", "concerning"}
# nouns of looking into something: what they look "into" is a topic, not an act told
INQUIRY_NOUNS = {"investigation", "inquiry", "enquiry", "probe", "inquest"}
# what is only asked for: "calls for boosting aid to X", "pressure for talks" (the call, where it is
# coded, is the appeal; what it asks for has not happened)
WISH_NOUNS = {"call", "appeal", "plea", "demand", "request", "push", "pressure", "petition", "clamor", "clamour"}
# verbs whose subject suffers or witnesses the event noun it governs, not does it: "died in the
# attack", "fled the war", "heard gunfire", "suffered attacks"
ACCIDENT_NOUNS = {"crash", "accident", "collision", "earthquake", "quake", "flood", "flooding", "landslide", "mudslide",
                  "storm", "hurricane", "cyclone", "typhoon", "tsunami", "avalanche", "stampede", "derailment", "blaze",
                  "epidemic", "outbreak", "heatwave", "disaster", "sinking", "capsizing", "collapse", "eruption", "tornado"}
DEATH_VERBS = {"die", "perish", "succumb"}
DEATH_PREPS = {"in", "of", "from", "after", "during", "to"}
# verbs whose subject meets with an act that another directs at it ("faced criticism from X")
RECEIVING_VERBS = {"face", "receive", "draw", "attract", "get", "earn", "incur", "meet"}
UNDERGO_EVENT_VERBS = {"die", "perish", "flee", "suffer", "survive", "escape", "hear", "witness", "lose", "endure"}
# verbs that say an event happened: "fighting erupted between X and Y", "talks were held between X and Y"
# (the pair hangs on the verb, not on the event noun that is its subject)
OCCUR_VERBS = {"erupt", "break", "flare", "rage", "continue", "resume", "intensify", "escalate", "occur", "take",
               "begin", "start", "hold", "open", "conclude", "end", "follow", "ensue", "happen", "spread", "persist"}
# "go" is a visit only with a destination: "is going to <verb>" is the future, "go in the future" no journey
GO_LEMMAS = {"go"}
# verbs that tell a journey only with a "to" destination: "continues to Lima" (not "continued to grow")
# prepositions that introduce what talks or agreements are about ("talks on trade in X")
TOPIC_PREPS = {"about", "on", "over", "regarding", "concerning"}
ONWARD_LEMMAS = {"continue", "proceed"}
JOURNEY_PRESENT_LEMMAS = {"continue", "proceed", "travel", "fly", "head", "leave", "depart"}
JOURNEY_LEMMAS = JOURNEY_PRESENT_LEMMAS | {"go", "return", "arrive"}
TIME_NOUNS = {"future", "past", "time", "moment", "meantime", "end", "direction", "way"}
# words that date a state noun and so make it an event ("the 2014 alliance", "its support last week")
DATE_WORDS = CALENDAR_WORDS | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                                "yesterday", "today", "week", "month", "year"}
# "sent troops to attack X", "designed to punish X", "aimed at ending X": the act is the aim, not done
PURPOSE_FRAMES = {"send", "dispatch", "deploy", "mobilize", "mobilise", "use", "employ", "design", "aim", "intend",
                  "gear", "tailor", "mean", "calculate", "target"}
# a trip or a meeting told as done has mostly done what it was for ("visited X to sign ...", "met to discuss ...")
PURPOSE_DONE_HEADS = {"visit", "travel", "arrive", "come", "fly", "go", "head", "return", "meet", "gather", "convene",
                      "call", "phone", "telephone", "write", "hold", "stop", "attend", "host", "receive", "welcome",
                      "trip", "journey", "tour", "mission", "delegation"}
PURPOSE_NOT_NOUNS = {"first", "last", "only", "next", "one", "time", "right"}  # "the first leader to visit X"
CONTROL_OBJECT_VERBS = {"urge", "ask", "call", "appeal", "request", "press", "invite", "encourage", "mobilise",
                        "mobilize", "persuade", "tell", "order", "force", "help", "allow", "enable", "push", "lobby"}


@dataclass
class _Candidate:
    trigger: Any  # spaCy token
    entry: TriggerEntry
    sources: list[Actor]
    targets: list[Actor]
    pair: bool
    chain: list[Any]  # trigger and the verbs that govern it (for modality, dates and places)
    code: str
    rule: str
    light: Any = None
    modality: Optional[str] = None  # set where the coded event is a statement about the act (a threat, a promise)
    # a person or group in a target slot that no table codes: the target of last resort, taken only
    # where no coded target, place or protest target was found (code ---, no country)
    uncoded_targets: list[Actor] = field(default_factory=list)


# "is expected to", "is scheduled to", "plans to", "is set to", "is due to", "is going to" + verb
_FUTURE_FRAMES = {"expect", "schedule", "plan", "set", "due", "slate", "intend", "go", "prepare"}
_REPORT_LEMMAS = {"say", "announce", "confirm", "tell", "state", "add", "report"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_CONDITIONS = {"if", "unless"}
# participles that schedule what they qualify for a time: "a summit scheduled / set / slated for May"
_SCHEDULE_LEMMAS = {"schedule", "slate", "set", "plan", "due"}


# roots whose event, with no one named as its target, falls on the place where it happens
_PLACE_TARGET_ROOTS = {"14", "15", "17", "18", "19", "20"}
# the acts a claim of responsibility is for (attacks, abductions, killings)
_CLAIMED_ROOTS = {"18", "19", "20"}
# condolences and mourning (the place of what is mourned stands for the mourned)
_SYMPATHY_CODES = {"017", "018"}


# report verbs whose that-clause in the bare subjunctive states an obligation ("insisted that Y
# withdraw": a demand) or a wish ("recommended that Y withdraw": an appeal)
MANDATIVE_VERBS: dict[str, str] = {"insist": "must", "stipulate": "must", "recommend": "should",
                                   "propose": "should", "suggest": "should", "request": "should"}


def _existential(participle: Any) -> bool:
    """"There were five guards wounded in X": the participle on the noun of an existential "there
    is" tells the event itself, as a passive clause would ("five guards were wounded")."""
    noun = participle.head
    return (participle.dep_ == "acl" and noun.dep_ in ("attr", "nsubj") and noun.head.lemma_.lower() == "be"
            and any(c.dep_ == "expl" for c in noun.head.children))


def _scheduled_journey(t: Any) -> bool:
    """A journey told in the simple present, as wires tell a tour's next stop: "continues to Lima
    on Friday", "travels to Hanoi next": a plan, dated forwards."""
    return (t.tag_ in ("VBZ", "VBP") and t.lemma_.lower() in JOURNEY_PRESENT_LEMMAS and t.dep_ in ("ROOT", "conj")
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in t.children)
            and any(c.dep_ == "prep" and c.lower_ in ("to", "for", "onto") for c in t.children))


def _speaks_of_the_future(sdoc: Any) -> bool:
    """Future tense or a scheduling frame anywhere in the sentence: yearless and weekday dates
    then resolve forwards ("is expected to travel on Friday" is the coming Friday)."""
    for t in sdoc:
        if t.lower_ in ("will", "'ll", "shall") and t.dep_ == "aux" and t.head.dep_ == "relcl" and any(
                r.dep_ == "ROOT" and r.tag_ == "VBD" for r in sdoc):
            continue  # "arrived on Wednesday on a tour that will take him to X": the tour's future, told in the past
        if t.lower_ in ("will", "'ll", "shall", "upcoming", "forthcoming") or _scheduled_journey(t):
            return True
        # reported future: "the ministry said X would visit from March 4 to 6"
        if (t.lower_ == "would" and t.dep_ == "aux" and t.head.dep_ == "ccomp" and t.head.head.dep_ == "ROOT"
                and t.head.head.lemma_.lower() in _REPORT_LEMMAS
                and not any(c.lower_ in ("have", "not", "n't", "never") for c in t.head.children)
                and not any(x.lower_ in _CONDITIONS or (x.lower_ in _WEEKDAYS and x not in reported)
                            for x in sdoc for reported in [set(t.head.subtree)])):
            # (a weekday outside the reported clause is mostly when it was said, "said on Monday X
            # would visit"; one inside it is the plan's, "said X would visit on Monday"; a
            # condition makes no plan)
            return True
        if (t.lemma_.lower() in _SCHEDULE_LEMMAS and t.tag_ in ("VBN", "JJ") and t.i + 1 < len(sdoc)
                and sdoc[t.i + 1].lower_ == "for" and t.dep_ in ("acl", "amod", "ROOT", "relcl")):
            return True  # "a meeting scheduled for Thursday", "talks are set for Friday"
        if t.lemma_.lower() in _FUTURE_FRAMES and t.i + 2 < len(sdoc):
            nxt, verb = sdoc[t.i + 1], sdoc[t.i + 2]
            if nxt.lower_ == "to" and verb.tag_ == "VB" and (t.tag_ in ("VBN", "VBZ", "VBP", "JJ") or t.lower_ in ("going", "planning", "preparing")):
                return True
    return False


# armed and police units: when they "arrive in" or "travel to" a place it is a deployment, not a visit
_FORCE_SECTORS = {"MIL", "COP", "REB", "INS", "UAF", "SEP", "CRM"}
_MOVEMENT_LEMMAS = {"travel", "fly", "go", "arrive", "head"}


def _not_deployments(events: list[Event], knowledge: Knowledge) -> list[Event]:
    """042 visits that are troops, police or fighters moving ("troops arrived in X") are not visits:
    CAMEO's visit is a diplomatic act by officials. Peacekeepers arriving are peacekeeping (074);
    other forces moving have no visit code and are dropped."""
    out = []
    for ev in events:
        lemma = (ev.rule or "").rsplit(":", 1)[-1]  # "verb:042:arrive"
        if ev.cameo == "042" and lemma in _MOVEMENT_LEMMAS and ev.source.name is None and ev.source.sectors:
            peacekeepers = _PEACEKEEPING.search(ev.source.text) is not None
            if not peacekeepers and not set(ev.source.sectors) <= _FORCE_SECTORS:
                out.append(ev)
                continue
            if not peacekeepers:
                continue
            info = knowledge.code_info("074")
            ev = replace(ev, cameo="074", cameo_root="07", cameo_name=info.name, goldstein=info.goldstein,
                         quad_class=info.quad_class, plover=_plover(info))
        out.append(ev)
    return out


_PEACEKEEPING = re.compile(r"\bpeace[- ]?keep", re.I)


def _plover(info: Any) -> Plover:
    """The PLOVER event, mode and context of a CAMEO code (roots 01/02 have none: said, not dropped)."""
    return Plover(
        info.plover_event,
        info.plover_mode,
        tuple(x for x in (info.plover_context or "").replace(";", "|").split("|") if x),
        None if info.plover_event else f"CAMEO root {info.code[:2]} has no PLOVER category; kept, not dropped",
    )


_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40,
                  "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80,
                  "ninetieth": 90, "hundredth": 100}


def _ordinal(text: str) -> Optional[int]:
    """30th -> 30, "fiftieth" -> 50; None for anything else."""
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", text)
    if m:
        return int(m.group(1))
    return _ORDINAL_WORDS.get(text)


# words before a month's name that make it a date ("in March", "since March", "last March")
MONTH_LEADS = {"in", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "of", "from",
               "through", "to", "before", "after", "during", "between", "and", "or", "-", "end", "on"}


def _month_name(tok: Any) -> bool:
    """A capitalised "March" that is the month: next to a number ("March 3", "3 March", "March
    2024") or after a word of time ("in March", "last March", "mid-March")."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (prev is not None and (prev.lower_ in MONTH_LEADS or prev.like_num)) or (nxt is not None and nxt.like_num)


def _infinitive(tok: Any) -> bool:
    """A verb with its own "to" ("to visit"): a to-infinitive clause."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _owner_participle(tok: Any) -> bool:
    """A participle of holding or doing ("operated", "staged"), read from its lemma or its form
    (the lemmatizer gives "stag" for "staged")."""
    low = tok.lower_
    return bool({tok.lemma_.lower(), low[:-1], low[:-2]} & OWNER_PARTICIPLES)


def _recent(date: Optional[EventDate], published: Optional[_dt.date]) -> bool:
    """An event date within the week before (or the day of) publication; unknown dates count."""
    if date is None or date.start is None or published is None:
        return True
    return published - _dt.timedelta(days=7) <= date.start <= published


def _overlaps(a: Optional[EventDate], b: Optional[EventDate]) -> bool:
    """Whether two event dates can be the same days (unknown ends overlap anything)."""
    if a is None or b is None or a.start is None or b.start is None:
        return True
    return a.start <= (b.end or b.start) and b.start <= (a.end or a.start)


def _speaks_of_the_past(sdoc: Any) -> bool:
    """The main clause is in the past ("removed", "had met", "was jailed"): yearless months and
    weekdays then resolve backwards ("In April, the army removed him" in a November article)."""
    for t in sdoc:
        if t.dep_ == "ROOT":
            return t.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in t.children) or (
                t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children))
    return False


def _governs(head: Any, tok: Any) -> bool:
    """``tok`` is inside what ``head`` takes (its object, complement or their phrases), not a
    conjoined or adverbial act of its own ("kidnapped ... and bombed ...")."""
    t = tok
    for _ in range(8):
        if t.dep_ in ("conj", "advcl", "parataxis", "relcl") or t.head.i == t.i:
            return False
        t = t.head
        if t.i == head.i:
            return True
    return False


def _event_id(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _state_and_opponent(a: Actor, b: Actor) -> bool:
    """Whether two actors of one country are its state and an opponent of it (GOV and REB)."""
    sa, sb = a.sectors[:1], b.sectors[:1]
    return bool(sa) and bool(sb) and ((sa[0] in STATE_SECTORS and sb[0] in OPPONENT_SECTORS)
                                      or (sb[0] in STATE_SECTORS and sa[0] in OPPONENT_SECTORS))


def _same_actor(a: Actor, b: Actor) -> bool:
    """One actor twice: the same code and name; two uncoded actors (code ``---``, no name) only
    when they are the same words."""
    if a.code != b.code or a.name != b.name:
        return False
    return a.code != UNCODED or a.name is not None or (a.start, a.end) == (b.start, b.end)


def _actor_key(a: Actor) -> str:
    """An actor's identity for merging events: its code, or, for an uncoded actor, its words."""
    return a.code if a.code != UNCODED or a.name is not None else f"{UNCODED}:{a.text.lower()}"


def _unfill(actors: list[Actor], others: list[Actor]) -> list[Actor]:
    """Undo a country taken from the context ("militants" in a sentence about Israel) when the
    other side is that country itself or the same kind of actor of it: a group acting on its own
    state as a whole is rare, a foreign one is the usual reading ("Israel struck militants",
    "President X met Chinese officials"); a domestic dyad has different sectors ("police arrested
    protesters")."""
    out = []
    for a in actors:
        if a.resolved_by == "context" and any(
                o.country == a.country and (not o.sectors or set(o.sectors) & set(a.sectors)) for o in others):
            a = replace(a, code="---" + a.code[3:], country=None, resolved_by="composition")
        out.append(a)
    return out


class EventExtractor:
    def __init__(self, options: Options, knowledge: Knowledge) -> None:
        self.options = options
        self.k = knowledge
        self.actors = ActorResolver(knowledge)

    # ------------------------------------------------------------------ document
    def extract(self, doc: Document, sentences: list[Sentence], parsed: dict[int, Any]) -> list[Event]:
        ctx = DocContext(date=doc.date)
        ctx.dateline = self._dateline(doc.text)
        if ctx.dateline is not None:
            ctx.dateline_seat = self.k.city(ctx.dateline.text.title()) is None and self.k.city(ctx.dateline.text) is None
        self.actors.prepare(ctx, [t for s in parsed.values() for t in (x.text for x in s)])
        events: list[Event] = []
        for sent in sentences:
            sdoc = parsed.get(sent.index)
            j = sent.start - 1
            while j >= 0 and doc.text[j] in " \t":
                j -= 1
            ctx.paragraph_start = j < 0 or doc.text[j] == "\n"
            ctx.is_question = sent.is_question
            if sdoc is not None:
                matches = SentenceMatches(sdoc, self.k)
                self.actors.observe_turn(sdoc, matches, ctx, sent.start)
                if not sdoc.has_annotation("DEP"):
                    # tokenised only (no trigger word): no events, but its names inform coreference
                    self.actors.observe_mentions(sdoc, matches, ctx)
                else:
                    self.actors.observe_sentence(sdoc, matches, ctx, sent.start)
                    sent_events = self._narrative_place(_not_deployments(self._sentence_events(doc, sent, sdoc, matches, ctx), self.k), ctx)
                    self.actors.observe_people(sdoc, matches, ctx, sent.start)
                    events.extend(sent_events)
                    for ev in sent_events:
                        lemma = ev.extras.get("trigger_lemma")
                        if lemma:
                            ctx.events_by_noun[lemma] = ev
                        if ev.cameo_root in ("18", "19", "20") and ev.source.country and ev.modality == "occurred":
                            ctx.last_attacker = ev.source
            self._narrative_time(sent, doc, ctx, sdoc if sdoc is not None and sdoc.has_annotation("DEP") else None)
        return events

    def _narrative_place(self, events: list[Event], ctx: DocContext) -> list[Event]:
        """A visit's place is where the talks, agreements and cooperation between the visitor and the
        host that the story then tells of took place, when they name no place of their own and their
        dates can be the visit's ("arrived in Addis Ababa ... The two leaders signed ...")."""
        out: list[Event] = []
        for ev in events:
            visit = ctx.narrative_visit
            if (ev.location is None and visit is not None and ev.cameo[:2] in NARRATIVE_PLACE_ROOTS
                    and ev.modality == visit[2] and ev.target is not None
                    and {ev.source.country, ev.target.country} <= visit[1] and ev.source.country != ev.target.country
                    and _overlaps(ev.date, visit[3])):
                ev = replace(ev, location=visit[0])
            out.append(ev)
        line = ctx.dateline
        if (line is not None and not ctx.dateline_gathering and any(ev.location is None and _GATHERING.search(ev.sentence) for ev in out)
                and all(ev.location is None or ev.location.country == line.country for ev in out)):
            # "LUSAKA, May 3 (Wire) - X told leaders at the regional summit ...", "... on the
            # sidelines of the forum": a gathering the story places nowhere else met where the
            # story was filed, and the talks held there are there whoever met
            ctx.dateline_gathering = True
        if line is not None:
            # "BRASILIA, Nov 20 (Reuters) - X and Lula signed ...": talks, agreements and cooperation
            # of the dateline's country that name no place, happened in the days the story reports,
            # took place where the story was filed; filed from an organisation's seat ("UNITED
            # NATIONS, Sept 25 -"), the story's meetings are there whoever met
            out = [replace(ev, location=line) if (
                ev.location is None and ev.cameo[:2] in NARRATIVE_PLACE_ROOTS and not ev.cameo.startswith("041")
                and ev.modality == "occurred" and (ctx.dateline_seat or ctx.dateline_gathering or line.country in {ev.source.country, ev.target.country if ev.target else None})
                and _recent(ev.date, ctx.date)) else ev for ev in out]
        for ev in out:
            if ev.cameo[:3] in ("042", "043") and ev.location is not None and ev.target is not None:
                parties = {c for c in (ev.source.country, ev.target.country) if c and c != "IGO"}
                ctx.narrative_visit = (ev.location, parties, ev.modality, ev.date)
                guest, host = (ev.source, ev.target) if ev.cameo[:3] == "042" else (ev.target, ev.source)
                if guest.country and host.country and guest.country not in (host.country, "IGO"):
                    same = ctx.visitor is not None and ctx.visitor.country == guest.country and ctx.visitor.name
                    ctx.visitor = ctx.visitor if same and not guest.name else guest
                    ctx.host = host.country
        return out

    def _dateline(self, text: str) -> Optional[Place]:
        """The city of a wire story's dateline ("NAIROBI, March 3 (Reuters) -", "GAZA CITY,
        Palestinian Territories:"), when the gazetteer knows it."""
        found = find_dateline(text)
        if found is None:
            return None
        name, region, start = found
        iso = None
        if region:
            for _, _, entries in self.k.gazetteer.find(region.split()):
                iso = next((en.key for en in entries if en.kind == "country"), None)
                if iso:
                    break
        city = self.k.city(name.title(), iso) or self.k.city(name, iso)
        if city is None and not region:
            # "UNITED NATIONS, Sept 25 (Wire) -": an organisation filed from is its seat
            seat = self._seat(name)
            if seat is not None:
                return Place(text[start:start + len(name)], seat[0], seat[1], start=start, end=start + len(name))
        if city is None or (iso and city.country != iso):
            return None
        return Place(text[start:start + len(name)], city.name, city.country, city.admin1, city.lat, city.lon, start,
                     start + len(name))

    def _seat(self, name: str) -> Optional[tuple[str, str]]:
        """The seat city and its country of the organisation a whole name names ("UNITED NATIONS"
        -> New York, USA)."""
        words = name.split()
        for s, e, entries in self.k.gazetteer.find(words):
            if s != 0 or e != len(words):
                continue
            for en in entries:
                igo = self.k.igos.get(en.key) if en.kind == "igo" else None
                if igo is not None and igo.seat_city and igo.seat_country:
                    return igo.seat_city, igo.seat_country
        return None

    def _narrative_time(self, sent: Sentence, doc: Document, ctx: DocContext, sdoc: Any = None) -> None:
        """Dates every sentence states (parsed or not) that later undated events inherit, read in the
        sentence's tense where it is parsed ("would meet them on Thursday" is the coming Thursday,
        not the last one, and no past day the details after it inherit)."""
        tense = None if sdoc is None else "future" if _speaks_of_the_future(sdoc) else "past" if _speaks_of_the_past(sdoc) else None
        for dm in find_dates(sent.text, doc.date, tense):
            if dm.date.start and doc.date and dm.date.start > doc.date:
                ctx.narrative_future = dm.date
            elif (dm.date.start and doc.date and dm.date.precision == "day" and dm.date.start == dm.date.end
                  and doc.date - _dt.timedelta(days=7) <= dm.date.start <= doc.date):
                # news tells the day of its event once ("met on Tuesday"); the details that follow
                # ("the two leaders signed ...") happened that day, not on the publication date
                ctx.narrative_past = dm.date

    # ------------------------------------------------------------------ sentence
    def _sentence_events(self, doc: Document, sent: Sentence, sdoc: Any, matches: SentenceMatches, ctx: DocContext) -> list[Event]:
        tense = "future" if _speaks_of_the_future(sdoc) else "past" if _speaks_of_the_past(sdoc) else None
        dates = find_dates(sent.text, doc.date, tense)
        cands: list[_Candidate] = []
        reports: list[_Candidate] = []  # statements held back while the sentence may say more
        consumed: set[int] = set()
        for tok in sdoc:
            entry = self._entry_for(tok)
            if entry is None:
                continue
            if self._other_sense(tok, entry) or self._modifier_noun(tok) or (tok.pos_ == "VERB" and self._background(tok)):
                continue
            if self._prevented(tok):
                continue  # "barred the party from contesting the vote": the vote is what was stopped
            if tok.pos_ == "VERB" and self._content_of_noun(tok):
                continue  # "defended the right of X to strike at Y": the right is told, not a strike
            if self._context_in_clause(tok, entry):
                continue  # "declared that police would enforce a lockdown": the clause is coded on its own
            if self._not_an_event(tok, entry):
                # "involves a commitment to use force", "discussed the threat of strikes on X": what
                # the mention embeds did not happen either (a relative clause on it tells its own)
                consumed.update(t.i for c in tok.children if c.dep_ in ("acl", "prep", "xcomp", "ccomp")
                                for t in c.subtree)
                continue
            if self._protest_aim(tok, entry):
                consumed.update(t.i for t in tok.subtree if t.i != tok.i)
                continue
            if entry.code[:2] in ("17", "11") and entry.pos == "verb" and tok.pos_ == "VERB":
                # "arrested three students for attacking X", "charged him with plotting a coup",
                # "convicted two men of bombing ...": the reason given is alleged, not an act told
                # on its own (and never one of the police or the court), whether or not the
                # arrest itself names who made it ("was detained for spying for X"); a relative
                # clause in it tells its own ("over his talks with a man who attacked X")
                consumed.update(self._reason_triggers(tok))
            cand = self._arguments(tok, entry, matches, ctx, sent, doc)
            kind = self._matrix_kind(entry)
            if cand is None:
                if kind == "accuse":
                    # "generals accused of ordering the massacre": what is alleged did not
                    # necessarily happen, even where the accuser is unnamed
                    inner = self._embedded(tok, kind)
                    if inner is not None:
                        consumed.update(t.i for t in inner.subtree if t.i != tok.i and self._entry_for(t) is not None)
                continue
            if kind == "intent" and self._performed_in_words(tok):
                continue  # "offered an apology to X" is an apology: the noun codes the act
            if kind:
                inner = self._embedded(tok, kind)
                if (kind == "accuse" and inner is not None and entry.pos == "verb" and inner.dep_ == "ccomp"
                        and inner.i < tok.i and self._entry_for(inner) is not None
                        and not any(t.is_quote for t in tok.doc[inner.left_edge.i : tok.i])):
                    # "X shelled the town, Y charged": an allegation put after the act it tells
                    # reports that act (the act is coded, as under "said"); "Y charged that X
                    # shelled the town" and "Y accused X of shelling" stay accusations, and so does
                    # a quotation the accuser is said to have made
                    reports.append(cand)
                    continue
                if kind == "report":
                    if inner is not None:
                        # "X said Y must release ...": a demand (must) or an appeal (should)
                        demand = self._reported_demand(cand, inner, matches, ctx, sent, doc, consumed)
                        if demand is None and self._judgement_clause(inner) is not None:
                            continue  # a judgement of no one the coder knows: no statement either
                        if demand is None:
                            reports.append(cand)
                            continue  # the reported event is coded on its own
                        cand = demand
                    elif not cand.targets:
                        reports.append(cand)
                        continue
                elif inner is not None:
                    demand = None
                    if kind == "threat" and tok.lemma_.lower() in ("warn", "warning") and self._clause_modal(inner) == "must":
                        # "warned Peru that it must pay its debts": what it must do is demanded of
                        # it (10), no threat of the speaker's own act
                        demand = self._reported_demand(cand, inner, matches, ctx, sent, doc, consumed)
                    if demand is not None:
                        cand = demand
                    else:
                        self._embed(cand, kind, inner, matches, ctx, sent, doc, consumed)
            self._reframe(cand, matches, ctx, sent, doc)
            if (cand.entry.pos == "noun" and cand.light is not None and cand.code[:2] == "16" and entry.code[:2] != "16"
                    and cand.light.lemma_.lower() in PROHIBIT_VERBS):
                consumed.add(cand.light.i)  # "will ban all aid to X": the cut aid (16x) is the act, no ban of its own
            if cand.code[:2] in ("18", "19", "20") and tok.pos_ == "VERB" and self._force_prepared(tok):
                cand.code = "150"  # "the army prepared to resume shelling X": a force posture (CAMEO 15), no attack yet
                cand.modality = "occurred"
            if cand.code[:2] == "13" and not cand.targets and not cand.pair and tok.pos_ == "VERB":
                # "threatened to call a strike unless X lifts the ban": the threat is aimed at
                # whoever must act to avert it
                inner = next((c for c in tok.children if c.dep_ == "xcomp"), None)
                cond = self._condition(tok) or (self._condition(inner) if inner is not None else None)
                if cond is not None and cond[1] == "unless":
                    subj = next((c for c in cond[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    cand.targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)
            if cand.code == "190" and cand.sources and all(a.sectors[:1] == ("CVL",) for a in cand.sources):
                cand.code = "145"  # "protesters / a mob attacked the embassy": civilians using force riot
            elif cand.code[:2] in ("18", "19") and tok.pos_ == "VERB" and cand.sources and all(
                    a.sectors and not set(a.sectors) & (STATE_SECTORS | _FORCE_SECTORS) for a in cand.sources) \
                    and self._during_protest(tok):
                cand.code = "145"  # "students hurled rocks during the march": force used in a protest makes it a riot
            means = self._economic_means(cand)
            if means is not None:
                cand.code = means  # "tariffs targeting X", "hit X with a levy": a sanction, not force
            if cand.code.startswith("042") and self._private_journey(cand):
                continue  # "migrants arrived in X", "tourists visited X", "went missing": no visit
            guest = self._visiting_guest(tok) if cand.code.startswith("042") else None
            if guest is not None:
                # "X assured the visiting minister": the visitor is the noun, the host the subject
                guests = self._resolve(guest, matches, ctx, sent, doc)
                if guests:
                    cand.targets = self._others(cand.sources, guests)
                    cand.sources = guests
            if cand.code[:2] == "14" and cand.entry.pos == "verb" and tok.lemma_.lower() in VERBAL_PROTEST_VERBS \
                    and tok.dep_ not in ("xcomp", "advcl") and not cand.pair and all(self._speaks_for_state(a) for a in cand.sources) \
                    and any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children):
                cand.code = "114"  # "Seoul protested Tokyo's claim": a state protests in words, not in the street
            elif cand.code[:2] == "14" and cand.entry.pos == "verb" and tok.lemma_.lower() in VERBAL_PROTEST_VERBS \
                    and tok.dep_ == "acl" and tok.head.dep_ == "appos" and self._misparsed_main_verb(tok, cand.entry):
                cand.code = "114"  # "..., the farmers' union protested": it reports a complaint, in words
            if cand.code[:2] == "14" and cand.entry.pos == "verb" and tok.pos_ == "VERB":
                # "inmates rioted, burning mattresses and smashing doors": a participle with no
                # subject of its own tells how the protest went, not an act of its own; force
                # used in it makes the protest a riot (145)
                manner = [t for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                          and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
                          for t in [c] + [x for x in c.children if x.dep_ == "conj" and x.tag_ == "VBG"]
                          if (e := self._entry_for(t)) is not None and e.code[:2] in ("17", "18", "19") or t.lemma_.lower() == "riot"]
                if manner:
                    consumed.update(t.i for t in manner)
                    cand.code = "145"
            if cand.code[:2] == "17" and cand.entry.pos == "verb":
                # "police banned / prevented / broke up the rally": the protest is what was
                # stopped, not an act told on its own (nor one by the police)
                consumed.update(c.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                                and (e := self._entry_for(c)) is not None and e.code[:2] == "14")
            if cand.code[:2] in ("17", "11") and cand.entry.pos == "verb" and entry.code[:2] not in ("17", "11"):
                consumed.update(self._reason_triggers(tok))  # (the same, for a verb reframed as a sanction)
            cands.append(cand)
        out: list[Event] = []
        seen: dict[tuple[str, str, str], int] = {}
        for cand in cands:
            if cand.trigger.i in consumed:
                continue
            for ev in self._events(doc, sent, cand, dates, ctx):
                key = (ev.cameo_root, _actor_key(ev.source), _actor_key(ev.target) if ev.target else "")
                if key in seen:
                    prev = out[seen[key]]
                    if ev.confidence > prev.confidence:
                        out[seen[key]] = ev
                    continue
                seen[key] = len(out)
                out.append(ev)
        # "X killed 12 people in a raid on a market": the same act told twice; the mention
        # that found no target adds nothing to the one that did
        aimed = {(ev.cameo, ev.source.code) for ev in out if ev.target is not None}
        out = [ev for ev in out if ev.target is not None or (ev.cameo, ev.source.code) not in aimed]
        # "mounted an invasion of X", "attempted to assassinate X": a verb whose object or complement
        # is the same kind of act by the same actor tells it once; the mention that names the target
        # carries it
        tok_at = {t.idx + sent.start: t for t in sdoc}
        # (a target only taken from the place or the actor's own country names no one)
        aimed_at = [(ev.cameo_root, ev.source.code, tok_at[ev.trigger.start]) for ev in out
                    if ev.target is not None and not ev.extras.get("placed") and ev.trigger.start in tok_at]
        out = [ev for ev in out if (ev.target is not None and not ev.extras.get("placed")) or ev.trigger.start not in tok_at or not any(
            root == ev.cameo_root and src == ev.source.code and _governs(tok_at[ev.trigger.start], t) for root, src, t in aimed_at)]
        # beside a fully resolved event, weak ones are mostly background ("... after the fighting")
        # (a weak event that governs the strong one, "a trip ... after X and Y upgraded ties", stays)
        # (judged on the evidence for the event itself: the penalty of a subordinate clause only ranks)
        floor = self.options.secondary_confidence

        def evidence(e: Event) -> float:
            return e.confidence + (SUBORDINATE_PENALTY if e.extras.get("subordinate") else 0.0)

        if floor > 0 and out and max(evidence(e) for e in out) >= MAIN_EVENT_CONFIDENCE:
            at = {t.idx + sent.start: t for t in sdoc}
            strong = [at[e.trigger.start] for e in out if evidence(e) >= MAIN_EVENT_CONFIDENCE and e.trigger.start in at]
            out = [e for e in out if evidence(e) >= floor - 1e-9 or (e.trigger.start in at and any(
                at[e.trigger.start] in s.ancestors for s in strong))]
        out = self._without_conditions(out, sdoc, sent)
        if not any(e.cameo == "054" for e in out):
            out.extend(self._anniversary(doc, sent, sdoc, matches, ctx, dates))
        if not out and reports and self.options.code_statements:
            out = self._statement(doc, sent, reports, dates, ctx)
        return out

    def _during_protest(self, tok: Any) -> bool:
        """An act told as done in the course of a protest ("hurled rocks during the march", "set
        cars on fire at a rally"), the protest named by a noun after a time or place preposition."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("during", "at", "amid", "in"):
                for g in c.children:
                    if g.dep_ == "pobj" and g.pos_ == "NOUN" and ((e := self._entry_for(g)) is not None and e.code[:2] == "14"
                                             or g.lemma_.lower() in ("protest", "demonstration", "rally", "march")):
                        return True
        return False

    @staticmethod
    def _force_prepared(tok: Any) -> bool:
        """An attack a force is getting ready for ("troops were preparing to storm the town",
        "gunboats poised to resume shelling the coast"): the verb of preparing governs it, through
        at most one verb of phase ("resume", "begin"). (An adjective, "said it was prepared to
        strike", is a stated readiness: intent or threat, not this.)"""
        h = tok
        for _ in range(2):
            if h.dep_ != "xcomp" or h.head.pos_ != "VERB":
                return False
            h = h.head
            if h.lemma_.lower() in FORCE_PREPARE_LEMMAS and h.dep_ != "acomp":
                return True
            if h.lemma_.lower() not in PHASE_LEMMAS:
                return False
        return False

    @staticmethod
    def _condition_clause(tok: Any) -> bool:
        """Whether a trigger is told in a condition clause ("will pull its troops out unless the
        junta agrees to talks", "would lift the curfew if the strikers disperse"): an act that
        may never happen. (A time clause, "after X shelled the border", tells a real act: kept.)"""
        h = tok
        for _ in range(10):
            if h.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in h.children):
                return True
            # "demanded a truce before letting convoys in", "wants guarantees until it disarms":
            # what a demand sets as coming after it is met is offered on a condition
            if ((h.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "until") for c in h.children))
                    or (h.dep_ == "pcomp" and h.head.lower_ in ("before", "until"))):
                gov = h.head if h.dep_ == "advcl" else h.head.head
                if gov.lemma_.lower() in DEMAND_LEMMAS:
                    return True
            if h.head.i == h.i:
                return False
            h = h.head
        return False

    def _without_conditions(self, events: list[Event], sdoc: Any, sent: Sentence) -> list[Event]:
        """Beside an event the sentence tells outside any condition, the acts its condition
        clauses name are not coded: "X vowed to strike unless Y freed the prisoners" is X's threat,
        not Y's release."""
        at = {t.idx + sent.start: t for t in sdoc}
        cond = {e.event_id for e in events if e.trigger.start in at and self._condition_clause(at[e.trigger.start])}
        if not cond or all(e.event_id in cond for e in events):
            return events
        return [e for e in events if e.event_id not in cond]

    def _anniversary(self, doc: Document, sent: Sentence, sdoc: Any, matches: SentenceMatches, ctx: DocContext,
                     dates: list[DateMention]) -> list[Event]:
        """"This year marks the 40th anniversary of diplomatic relations between X and Y": X and Y
        established relations (054) forty years before the anniversary's year. Only where that year
        is said or implied without doubt ("this year", "next year", "in 2026", a past-tense "marked");
        an anniversary being prepared for, with no year, is not dated and not coded."""
        out: list[Event] = []
        for tok in sdoc:
            if tok.lemma_.lower() != "anniversary":
                continue
            n = next((v for c in tok.children if c.dep_ in ("amod", "nummod") for v in [_ordinal(c.lower_)] if v), None)
            of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if n is None or of is None:
                continue
            words = {fold(t.lemma_) for t in of.subtree} | {fold(t.lemma_) for t in of.head.subtree}
            if not (words & {"relation", "tie", "relationship"}) or not (words & {"diplomatic", "establish", "establishment"}):
                continue
            btw = self._prep_object_deep(of, ("between",))
            parties = self._resolve(btw, matches, ctx, sent, doc) if btw is not None else []
            if len(parties) < 2:
                parties = [a for t in of.subtree if t.i in matches.by_token and t.dep_ in ("compound", "amod", "nmod", "poss")
                           for a in self._resolve(t, matches, ctx, sent, doc)]
            if len(parties) < 2:
                head = tok.head if tok.dep_ in ("dobj", "attr", "nsubj") else None
                subj = self._subject_of(head) if head is not None and head.pos_ in ("VERB", "AUX") else None
                parties = self._resolve(subj, matches, ctx, sent, doc) if subj is not None else []
            parties = [a for i, a in enumerate(parties) if a.country and all(a.country != b.country for b in parties[:i])]
            year = self._anniversary_year(sdoc, tok, doc, dates)
            if len(parties) < 2 or year is None:
                continue
            entry = next((e for e in self.k.triggers.get(("verb", "establish"), []) if e.code == "054"), None)
            if entry is None:
                continue
            cand = _Candidate(tok, entry, parties[:2], [], True, [tok], "054", "noun-anniversary")
            est = year - n
            when = EventDate(_dt.date(est, 1, 1), _dt.date(est, 12, 31), None, "year", "text")
            for ev in self._events(doc, sent, cand, dates, ctx):
                out.append(replace(ev, date=when, modality="occurred", confidence=min(ev.confidence, 0.6)))
        return out

    @staticmethod
    def _anniversary_year(sdoc: Any, tok: Any, doc: Document, dates: list[DateMention]) -> Optional[int]:
        """The year an anniversary falls in: a date the sentence states outside the anniversary's own
        phrase ("this year", "next year", "in 2026", "last month"), or the publication year for a
        past-tense mark."""
        inside = {t.idx for t in tok.subtree}
        for dm in dates:
            if dm.date.start and dm.date.precision in ("year", "month", "day") and dm.start not in inside:
                return dm.date.start.year
        if doc.date is None:
            return None
        root = next((t for t in sdoc if t.dep_ == "ROOT"), None)
        if root is not None and root.tag_ == "VBD" and root.lemma_.lower() in ("mark", "celebrate", "commemorate"):
            return doc.date.year
        return None

    def _statement(self, doc: Document, sent: Sentence, reports: list[_Candidate], dates: list[DateMention],
                   ctx: DocContext) -> list[Event]:
        """A sentence that reports what a speaker told someone and tells of no other event is itself
        the event: "X told reporters the economy would recover" is X's public statement (CAMEO 010)
        to them, at low confidence. Only the outermost reporting verb speaks, and only a speaker
        resolved to a country or organisation is coded. A statement aimed at no one is coded only
        when it opens with its speaker and its clause holds no event word ("X said on Monday that
        the economy would recover", see _plain_statement): on the gold sets the others ("..., X
        said"; "X said a mortar was fired") are mostly events the coder missed, not statements."""
        def depth(tok: Any) -> int:
            return sum(1 for _ in tok.ancestors)

        for cand in sorted(reports, key=lambda c: depth(c.trigger)):
            cand.sources = [a for a in cand.sources if a.country]
            if not cand.sources:
                continue
            events = [replace(ev, confidence=min(ev.confidence, STATEMENT_CONFIDENCE), rule="statement:" + ev.rule)
                      for ev in self._events(doc, sent, cand, dates, ctx)]
            if events:
                return events
        return []

    @staticmethod
    def _capital_as_place(tok: Any, targets: list[Actor], sources: list[Actor], matches: Any) -> list[Actor]:
        """The country, not its government, for a bare capital named as where an act was done
        ("the Bangladeshi army eased the curfew in Dhaka" is aimed at Bangladesh's people: 0813 ->
        BGD); where the doer is that bare country itself, or has no country but the one the capital
        lends it ("the army eased the curfew in Dhaka"), the capital stays the government."""
        hit = matches.by_token.get(tok.i)
        if hit is None or any(t.i < hit[0] or t.i >= hit[1] for t in tok.subtree if t.dep_ != "det"):
            return targets  # "in the Dhaka government's absence": more than the city's name
        capitals = {en.key for en in hit[2] if en.kind == "country" and en.form == "capital"}
        return [replace(a, code=a.country, sectors=()) if a.country in capitals and a.sectors == ("GOV",)
                and a.code == f"{a.country}GOV" and all(s.code != a.country and s.resolved_by != "context" for s in sources) else a for a in targets]

    def _plain_statement(self, tok: Any, sources: list[Actor], res: Any) -> bool:
        """A sentence that opens with its speaker, named as such, and tells what was said, with no
        event word in it ("The minister said on Monday that the harvest would be poor"), is the
        speaker's statement (CAMEO 010) even when aimed at no one. Not one whose speaker comes
        after the clause ("..., officials said"), is known only from the context, or whose clause
        names an act (coded or missed) or tells another party's stance ("X said Chile has doubts")."""
        if tok.dep_ != "ROOT" or tok.lemma_.lower() not in PLAIN_SAY_LEMMAS:
            return False
        if not sources or any(a.resolved_by in ("coreference", "context", "speaker") for a in sources):
            return False
        said = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
        if len(said) != 1 or any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
            return False
        if any(self._entry_for(t) is not None for t in said[0].subtree):
            return False
        subj = self._clause_subject_token(said[0])
        own = {a.country for a in sources}
        return subj is None or subj.pos_ == "PRON" or all(a.country in own for a in res(subj))

    def _spoken_of(self, tok: Any, sources: list[Actor], res: Any) -> list[Actor]:
        """Whom a bare prediction is about: "X said Chile would have to stay united" is X's comment
        on Chile (010 X -> Chile) when the reported clause is in the future, names one other coded
        actor as its subject and holds no event word at all (one the coder could not code is no
        statement; "X said Chile has doubts" reports Chile's stance, not X's word on it)."""
        inner = self._embedded(tok, "report")
        subj = self._clause_subject_token(inner) if inner is not None else None
        if subj is None or subj.pos_ == "PRON" or any(self._entry_for(t) is not None for t in inner.subtree):
            return []
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in inner.children):
            return []
        acts = self._others(res(subj), sources)
        if len(acts) != 1 or not acts[0].country or any(a.country == acts[0].country for a in sources):
            return []
        return acts

    def _alleged_actor(self, tok: Any, sources: list[Actor], res: Any) -> list[Actor]:
        """Whom an accusation told in a that-clause is aimed at: "X charged that the army had
        shelled the town" is X's accusation of the army (112), as "X accused the army of ..." is;
        the clause's doer is its active subject or its passive agent ("alleged that detainees were
        beaten by police")."""
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                       and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        if clause is None:
            return []
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if doer is None and any(c.dep_ == "nsubjpass" for c in clause.children):
            doer = self._prep_object(clause, "by")
        if doer is None or doer.pos_ == "PRON":
            return []
        return [a for a in res(doer) if not any(_same_actor(a, s) for s in sources)]

    def _context_in_clause(self, tok: Any, entry: TriggerEntry) -> bool:
        """A verb entry whose context words ("announce" + curfew) are found only inside a clause
        it reports ("declared that troops would enforce martial law"): that clause holds its own event."""
        if entry.pos != "verb" or not entry.with_ or tok.lemma_.lower() not in PROCLAIM_LEMMAS:
            return False
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        if not clauses:
            return False
        inside = {fold(t.lemma_) for c in clauses for t in c.subtree}
        outside = {fold(t.lemma_) for c in tok.children if c.dep_ != "ccomp" for t in c.subtree}
        return bool(entry.with_ & inside) and not (entry.with_ & outside) and any(
            self._entry_for(t) is not None for c in clauses for t in c.subtree)

    def _entry_for(self, tok: Any) -> Optional[TriggerEntry]:
        lemma = tok.lemma_.lower()
        if tok.text == "March" and _month_name(tok):
            return None  # "will leave in March", "on March 3": the month, not a protest
        if tok.pos_ == "VERB":
            pos = "verb"
        elif tok.pos_ in ("NOUN", "PROPN"):
            pos = "noun"
        elif tok.pos_ == "ADJ":
            return self._adjective_entry(tok)
        else:
            return None
        if pos == "verb" and tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children):
            # "Ruritania is committed to opening its markets": a passive with no agent that takes a
            # to-complement is the stance adjective of intent, not the act done to the subject
            adj = self._adjective_entry(tok)
            if adj is not None and adj.embed == "intent":
                return adj
        entries = self.k.triggers.get((pos, lemma))
        if not entries:
            return self._adjective_entry(tok) if pos == "verb" and tok.tag_ == "VBN" else None
        context = self._object_lemmas(tok)
        for e in entries:
            if e.particle:
                if not any(c.lower_ == e.particle and c.dep_ in ("prt", "prep", "advmod") for c in tok.children):
                    if not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == e.particle):
                        continue
            if pos == "noun" and len(e.words) > 1:
                mods = {fold(c.lemma_) for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
                if not set(e.words[:-1]) <= mods:
                    continue
            if e.with_ and not (e.with_ & context):
                continue
            if e.without and (e.without & context):
                continue
            if e.code == "186" and e.with_ and self._many_victims(tok):
                continue  # "killed eight militant commanders": an attack, not an assassination
            return e
        return None

    @staticmethod
    def _many_victims(tok: Any) -> bool:
        """Whether a killing's victims are many ("killed six rebel commanders", "the killing of
        two chiefs"): CAMEO's assassination (186) is the targeted killing of one named person."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN":
                c = next((g for g in c.children if g.dep_ == "pobj"), c)
            elif c.dep_ not in ("dobj", "nsubjpass"):
                continue
            if c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "nummod" for g in c.children):
                return True
        return False

    def _adjective_entry(self, tok: Any) -> Optional[TriggerEntry]:
        """A feeling told as the predicate: "X is pessimistic about Y", "X remains confident that
        ...", "X was alarmed by Y's move" (a participle in the passive). Not an adjective that
        only describes a noun ("the concerned parties", "an optimistic forecast"), nor one with a
        to-infinitive ("is anxious to visit" is eagerness)."""
        entries = self.k.triggers.get(("adj", tok.lower_)) or self.k.triggers.get(("adj", tok.lemma_.lower()))
        if not entries:
            return None
        predicate = tok.dep_ == "acomp" and tok.head.lemma_.lower() in COPULA_LEMMAS
        if not predicate and not (tok.pos_ == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)):
            return None
        if entries[0].embed != "intent" and any(
                c.dep_ == "xcomp" and _infinitive(c) for c in tok.children):
            return None
        if entries[0].embed == "intent" and not any(
                c.dep_ == "xcomp" and _infinitive(c) for c in tok.children) and not any(
                c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
                for c in tok.children):
            # "is ready to send troops", "is committed to reopening the border" are intent; "was
            # ready" alone is not
            return None
        return entries[0]

    def _intent_adjective(self, tok: Any) -> bool:
        """"willing", "ready", "prepared" ...: the adjectives of intent the lexicon lists (030, embed intent)."""
        words = {tok.lemma_.lower(), tok.lower_} if tok.pos_ == "ADJ" else {tok.lemma_.lower()}
        return any(e.embed == "intent" for w in words for e in self.k.triggers.get(("adj", w), ()))

    def _other_sense(self, tok: Any, entry: TriggerEntry) -> bool:
        """Triggers used in a non-conflict sense: "fight the pandemic" (fight needs an armed or
        human opponent), "demonstrate its resolve" (the protest sense takes no object)."""
        lemma = tok.lemma_.lower()
        if entry.code[:2] == "19" and lemma in FIGHT_LEMMAS:
            opp = [c for c in tok.children if c.dep_ == "dobj"] + [
                g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "on") for g in c.children if g.dep_ == "pobj"]
            return bool(opp) and not any(self._animate(o) for o in opp)
        if entry.code[:2] == "07" and not entry.with_ and lemma in HELP_LEMMAS:
            # "helped Kenya" is aid; "helped push prices up", "helped the economy" are not
            if tok.dep_ in ("acl", "advcl") and _infinitive(tok):
                return True  # "sent a team to help ...", "faces pressure to help X": a purpose, not an act
            subj = self._subject_of(tok)
            if subj is not None and not self._animate(subj):
                return True  # "the new law will help Beijing tighten control": a thing helps no one
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            # "will help Vietnam build a port": the helped party is the complement's subject
            obj += [g for c in tok.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
            return not obj or not any(self._animate(o) for o in obj)
        if entry.code[:2] == "04" and lemma in GO_LEMMAS and tok.pos_ == "VERB":
            # "is going to lose", "where X might go in the future": no journey without a place to go to
            if any(c.dep_ == "xcomp" and _infinitive(c) for c in tok.children):
                return True
            dest = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for g in c.children if g.dep_ == "pobj"]
            return not any(g.ent_type_ not in ("DATE", "TIME") and g.lemma_.lower() not in TIME_NOUNS for g in dest)
        if entry.code[:2] == "04" and lemma in ONWARD_LEMMAS and tok.pos_ == "VERB":
            # "continues to Lima on Friday" is the tour's next stop; "continued to press for talks",
            # "continued with the talks" tell no journey
            if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
                return True
            dest = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "onto") for g in c.children if g.dep_ == "pobj"]
            return not any(g.ent_type_ not in ("DATE", "TIME") and g.lemma_.lower() not in TIME_NOUNS and g.pos_ == "PROPN"
                           for g in dest)
        if entry.code == "043" and lemma in ("receive", "greet"):
            # "received a delegation" is a visit received; "received weapons / assurances" is not
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            return bool(obj) and not any(self._animate(o) or self._entry_for(o) is not None for o in obj)
        if entry.code == "013" and tok.pos_ == "VERB" and lemma in ("hope", "hop"):
            # "hoped (that) the talks would succeed", "hopes for a settlement"; "hopes to visit" is a
            # plan, and hoping that others will be indicted or punished is no optimism
            content = [c for c in tok.children if c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "for")]
            acts = [self._embedded_act(c) if c.dep_ == "ccomp" else next((g for g in c.children if g.dep_ == "pobj"), None)
                    for c in content]
            return not content or any(t is not None and (e := self._entry_for(t)) is not None and e.code[:2] in HOSTILE_WISH_ROOTS
                                      for t in acts)
        if entry.code[:2] == "02" and lemma in WISH_VERBS:
            # "might want Y to ..." is a guess about a wish, not an appeal
            return self._wished_of(tok) is None or any(
                c.dep_ == "aux" and c.lower_ in ("might", "may", "could", "would") for c in tok.children)
        if entry.code[:2] == "02" and lemma in FOR_APPEAL_VERBS and "for" in entry.with_:
            objs = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
            return not any(c.dep_ == "prep" and c.lower_ == "for" for o in objs for c in o.children)
        if entry.code[:2] == "14" and lemma in ("demonstrate", "demonstration"):
            if tok.pos_ == "VERB":
                if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in tok.children):
                    return True
                # "demonstrate and portray an image": a shared object
                return any(c.dep_ == "conj" and c.pos_ == "VERB" and any(g.dep_ == "dobj" for g in c.children) for c in tok.children)
            return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        return False

    @staticmethod
    def _wished_of(tok: Any) -> Optional[Any]:
        """Whom "X wants Y to <act>" asks to act: Y, the subject of the to-clause (or the object
        before it). None where X wants to act itself ("wants to join")."""
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and _infinitive(c):
                subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and c.dep_ == "xcomp":
                    subj = next((g for g in tok.children if g.dep_ == "dobj" and g.i < c.i), None)
                if subj is not None and subj.lower_ not in ("it", "this", "that", "there", "itself", "themselves"):
                    return subj
        return None

    def _protest_aim(self, tok: Any, entry: TriggerEntry) -> bool:
        """"began a hunger strike to demand ...", "blocked roads to show their anger at ...": the
        protest is the event, the demand or disapproval its aim."""
        # (the same for a participle: "rallied in the capital calling for the minister's removal",
        # "a march demanding reforms", "joined protesters in demanding a vote": the call is the
        # protest's aim, coded by the protest (CAMEO 141 demonstrate for ...), not an appeal of its own)
        if entry.code[:2] not in ("10", "11", "02"):
            return False
        if tok.dep_ in ("advcl", "xcomp") and _infinitive(tok):
            if entry.code[:2] == "02":
                return False
        elif not (tok.dep_ in ("advcl", "acl", "pcomp") and tok.tag_ == "VBG"):
            return False
        head = tok.head.head if tok.dep_ == "pcomp" else tok.head
        protest = [head] + [c for c in head.children if c.dep_ in ("dobj", "attr")]
        # ("joined hundreds of marchers in demanding ...": the protesters after a quantity)
        protest += [g for t in protest for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
        return any(t.lemma_.lower() in PROTESTER_NOUNS or ((e := self._entry_for(t)) is not None and e.code[:2] == "14")
                   for t in protest)

    def _reason_triggers(self, tok: Any) -> set[int]:
        """The triggers in the reason a sanction or accusation gives ("for attacking X", "of
        plotting a coup"), leaving out relative clauses, which tell acts of their own."""
        out: set[int] = set()
        stack = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in REASON_PREPS]
        reason = {t.i for c in stack for t in c.subtree}
        for c in tok.children:
            # "jailed X for helping recruits join a militia": a bare infinitive parsed as a
            # conjunct of the past-tense sanction verb belongs to the reason's verb before it
            if c.dep_ == "conj" and c.tag_ in ("VB", "VBP") and tok.tag_ in ("VBD", "VBN") and c.i - 1 in reason and not any(
                    g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "cc") for g in c.children) and not any(
                    t.dep_ == "cc" and tok.i < t.i < c.i for t in tok.children):
                stack.append(c)
        while stack:
            t = stack.pop()
            if t.dep_ == "relcl":
                continue
            if self._entry_for(t) is not None:
                out.add(t.i)
            stack.extend(t.children)
        return out

    @staticmethod
    def _content_of_noun(tok: Any) -> bool:
        """An act that is only the content of a right, duty, consensus or decision ("the right of
        its troops to fire on X", "the duty of the council to take action to lift the embargo", "a
        consensus to share data"): the noun's own event, if any, is coded, its content is not told
        as done."""
        h = tok
        for _ in range(6):
            if h.dep_ == "acl" and _infinitive(h) and h.head.lemma_.lower() in CONTENT_NOUNS:
                return True
            if h.dep_ not in ("acl", "xcomp", "conj", "dobj", "pobj", "prep") or h.head.i == h.i:
                return False
            h = h.head
        return False

    @staticmethod
    def _prevented(tok: Any) -> bool:
        """An act named as what someone was kept from doing ("banned opposition figures from
        standing in the election", "stopped the convoy from entering X"): it did not happen."""
        if tok.dep_ == "conj":
            tok = tok.head  # "from meeting or campaigning"
        return (tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "from" and tok.head.dep_ == "prep"
                and tok.head.head.lemma_.lower() in PREVENT_LEMMAS)

    def _modifier_noun(self, tok: Any) -> bool:
        """An event noun that only modifies another noun ("war games", "ceasefire talks", "strike
        force"), or only dates another event ("during the summit", "after the invasion")."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
            return not (tok.head.lemma_.lower() in EFFORT_NOUNS and tok.head.dep_ == "dobj"
                        and tok.head.head.lemma_.lower() in EFFORT_VERBS)
        if tok.dep_ == "conj" and tok.head.dep_ == "pobj":
            tok = tok.head  # "after talks and a dinner"
        if tok.dep_ != "pobj":
            # "talks collapsed", "negotiations stalled": what failed is not coded as held
            # ("fighting broke out" is the opposite: the event began)
            return (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in FAILED_VERBS
                    and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.head.children)) or self._background(tok)
        return tok.head.lower_ in TIME_PREPS or self._background(tok)

    def _not_an_event(self, tok: Any, entry: TriggerEntry) -> bool:
        """A trigger mentioned without telling of an act: a state noun with no eventive evidence
        ("the Democratic Alliance", "X's hostility towards Y"), a characterisation ("poses a threat"),
        a topic ("discussed the war") or what a call asks for ("calls for more aid")."""
        if tok.pos_ in ("NOUN", "PROPN"):
            # (an entry that names what is given, "support for vaccines and food", is aid, not a state)
            if not entry.with_ and self._state_without_event(tok):
                return True
            h = tok
            while h.dep_ == "conj" and h.head.i != h.i:
                h = h.head
            if h.dep_ in ("dobj", "attr") and h.head.lemma_.lower() in NON_EVENT_GOVERNORS:
                return True
        return self._topic(tok) or self._wished(tok)

    def _state_without_event(self, tok: Any) -> bool:
        lemma = tok.lemma_.lower()
        if lemma not in STATE_NOUNS or (lemma in PLURAL_EVENT_NOUNS and tok.tag_ in ("NNS", "NNPS")):
            return False
        h = tok
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        gov = h.head if h.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "oprd") else (
            h.head.head if h.dep_ == "pobj" and h.head.head.pos_ == "VERB" else None)
        if gov is not None and gov.lemma_.lower() in STATE_EVENT_VERBS:
            return False
        dated = any(t.lower_ in DATE_WORDS or (t.shape_ == "dddd" and 1800 <= int(t.text) <= 2100)
                    for c in tok.children if c.dep_ in ("prep", "compound", "amod", "npadvmod", "nummod", "nmod")
                    for t in c.subtree)
        return not dated

    def _topic(self, tok: Any) -> bool:
        """"discussed the war in X", "talks about sanctions": the event is only what is talked about."""
        h = tok
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        if h.dep_ == "dobj" and h.head.lemma_.lower() in TOPIC_WORDS:
            return True
        if h.dep_ == "dobj" and h.head.dep_ == "pcomp":
            h = h.head  # "an accord on holding a rally": what the gerund does is the topic too
        if h.dep_ in ("pobj", "pcomp") and h.head.lower_ == "into":
            # "an inquiry into the allegations of X": what a coded inquiry looks into is only its topic
            gov = h.head.head
            inquiry = gov if gov.pos_ in ("NOUN", "PROPN") else next(
                (c for c in gov.children if c.dep_ == "dobj"), None) if gov.pos_ == "VERB" else None
            if inquiry is not None and inquiry.lemma_.lower() in INQUIRY_NOUNS and self._entry_for(inquiry) is not None:
                return True
        if not (h.dep_ in ("pobj", "pcomp") and h.head.lower_ in TOPIC_PREPS):
            return False
        gov = h.head.head
        # "resumed negotiations on a troop pullback": the topic attached to the verb whose object
        # is the talks
        return gov.lemma_.lower() in TOPIC_WORDS or (gov.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in TOPIC_WORDS for c in gov.children))

    def _wished(self, tok: Any) -> bool:
        """The event is what a call or demand asks for ("after calls for boosting aid to X"): it
        has not happened. The call itself, where coded, takes it in as its appeal."""
        h = tok
        for _ in range(6):
            head = h.head
            if head.i == h.i:
                return False
            if h.dep_ not in ("dobj", "pobj", "pcomp", "prep", "conj", "xcomp", "acl", "compound", "amod", "cc"):
                return False
            if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in WISH_NOUNS and h.dep_ in ("prep", "acl"):
                return head is not tok
            if head.pos_ in ("VERB", "AUX") and h.dep_ not in ("dobj", "conj") and head.dep_ not in ("pcomp", "xcomp", "acl", "conj"):
                return False
            h = head
        return False

    def _background(self, tok: Any) -> bool:
        """An event named only as a time or a topic: "ahead of the talks", "on the sidelines of the
        summit", "the chances of resuming talks", "the fate of the negotiations"."""
        if tok.dep_ == "dobj" and tok.head.dep_ == "pcomp":
            tok = tok.head  # "the chances of resuming talks"
        if tok.dep_ not in ("pobj", "pcomp"):
            return False
        prep = tok.head
        return prep.lower_ in ("of", "to", "for") and (prep.head.lemma_.lower() in BACKGROUND_HEADS
                                                   or fold(prep.head.text) in BACKGROUND_HEADS)

    def _animate(self, tok: Any) -> bool:
        for t in [tok] + [c for c in tok.children if c.dep_ in ("conj", "compound")]:
            lemma = t.lemma_.lower()
            if t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("GPE", "NORP", "PERSON"):
                return True
            if lemma in ARMED_NOUNS or lemma in self.k.agents or t.lower_ in self.k.agents or lemma + "s" in self.k.agents:
                return True
        return False

    def _object_lemmas(self, tok: Any) -> set[str]:
        out: set[str] = set()
        for c in tok.children:
            if c.dep_ == "prep":
                # a prepositional phrase's own words, not a clause inside it ("halted aid in line
                # with efforts to end the fighting" is not about fighting)
                stack = [c]
                while stack:
                    t = stack.pop()
                    out.add(fold(t.lemma_))
                    stack.extend(x for x in t.children if not (x.dep_ in ("acl", "relcl", "advcl") and x.pos_ in ("VERB", "AUX")))
            elif c.dep_ in ("dobj", "attr", "xcomp", "ccomp", "compound", "amod", "prt", "oprd", "acomp", "nsubjpass", "agent", "dative", "npadvmod", "advmod"):
                # (a relative clause on the object tells of another act: "freed the soldiers it had
                # held" is no release of a hold)
                stack = [c]
                while stack:
                    t = stack.pop()
                    out.add(fold(t.lemma_))
                    stack.extend(x for x in t.children if not (x.dep_ == "relcl" and x.pos_ in ("VERB", "AUX")))
        # a weapon or an attacker named by its weapon, as the subject, says how the act was done:
        # "a roadside bomb killed", "a suicide bomber attacked", "warplanes struck"
        if tok.pos_ == "VERB":
            verb = tok
            while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_.startswith("nsubj") for c in verb.children):
                verb = verb.head  # a conjoined verb shares the weapon subject of the first
            for c in verb.children:
                if c.dep_ == "nsubj" and fold(c.lemma_) in INSTRUMENT_SUBJECTS:
                    out.update(fold(t.lemma_) for t in c.subtree if t.i < c.i or t.i == c.i)
        # an object-control infinitive that the parser hangs on the verb as a purpose clause
        # ("pressed Y on Friday to reopen its ports"): its "to" says the object is asked to act,
        # as in the plain "pressed Y to reopen". Only the marker joins the context, not the clause.
        if tok.pos_ == "VERB":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and any(c.dep_ == "advcl" and c.i > obj.i and _infinitive(c)
                                       and not any(g.dep_.startswith("nsubj") for g in c.children)
                                       for c in tok.children):
                out.add("to")
        # a light verb's object carries the meaning: "hold talks", "sign an agreement"
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
            out.add(fold(tok.head.lemma_))
        return out

    def _embedded(self, tok: Any, kind: Optional[str] = None) -> Optional[Any]:
        """The event a matrix trigger embeds: its complement clause ("threatened to cut ties"),
        or, for demands, refusals, threats, promises and accusations, an event noun it takes as
        object ("demanded a truce", "accused X of the attack"). A light verb in the complement
        hands over to its event noun ("urged Y to hold talks" -> talks)."""
        inner = self._complement(tok, kind)
        if inner is not None and kind not in (None, "report") and self._entry_for(inner) is None and inner.pos_ in ("VERB", "AUX") \
                and inner.lemma_.lower() in HANDOVER_VERBS:
            noun = next((c for c in inner.children if c.dep_ in ("dobj", "attr") and self._entry_for(c) is not None), None)
            if noun is not None:
                return noun
        return inner

    def _complement(self, tok: Any, kind: Optional[str]) -> Optional[Any]:
        if kind == "halt":
            # only the object: "withdrew from Lebanon to end the fighting" keeps its purpose clause
            return next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
                         and self._entry_for(c) is not None), None)
        for c in tok.children:
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "NOUN", "AUX"):
                return c
        if tok.pos_ in ("NOUN", "PROPN") and kind not in (None, "report", "halt"):
            # "an offer to mediate", "its readiness to cooperate", "an appeal to donors to help"
            for c in tok.children:
                if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX") and _infinitive(c):
                    return c
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in VOICING_VERBS:
                # "renewed its call for X to withdraw": the for-clause parsed onto the verb
                # (or "for X" parsed as the noun's prepositional object and "to withdraw" onto the
                # verb: "renewed its demand for Y to free the crew")
                for_obj = any(p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pobj" for g in p.children)
                              for p in tok.children)
                for c in tok.head.children:
                    if c.dep_ != "advcl" or c.i <= tok.i or not _infinitive(c):
                        continue
                    if any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children) or (
                            for_obj and not any(g.dep_ in ("nsubj", "mark") for g in c.children)):
                        return c
        for c in tok.children:
            if c.dep_ == "advcl" and _infinitive(c):
                return c
        if tok.pos_ in ("NOUN", "PROPN") and kind is not None:
            # "its demand that X ease the restrictions", "the threat that it would cut aid", "the
            # charge that X shelled the town": the that-clause a matrix noun takes says what is
            # demanded, threatened or alleged
            deps = ("acl", "relcl", "ccomp") if kind in ("demand", "appeal", "threat", "accuse") else ("acl", "relcl")
            for c in tok.children:
                if c.dep_ in deps and c.pos_ in ("VERB", "AUX") and any(
                        g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                    return c
            if kind in ("demand", "appeal", "threat") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in VOICING_VERBS:
                # "renewed its demand today that Kiribati free the crew": the that-clause parsed
                # onto the verb that voices the demand is still the demand's content
                for c in tok.head.children:
                    if c.dep_ in ("ccomp", "advcl") and c.i > tok.i and c.pos_ in ("VERB", "AUX") and any(
                            g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                        return c
        if kind == "comment":
            # "is studying the option of a fuel levy", "weighed the option of sanctions":
            # what is considered is the option's content (or the option itself)
            for c in tok.children:
                if c.dep_ == "dobj" and c.lemma_.lower() in OPTION_NOUNS:
                    of = next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"), None)
                    g = next((x for x in of.children if x.dep_ in ("pobj", "pcomp")), None) if of is not None else None
                    return g if g is not None else c
        objects = kind in ("demand", "reject", "threat", "intent", "accuse", "comment")
        for c in tok.children:
            if c.dep_ == "dobj":
                if objects and c.pos_ == "NOUN" and self._entry_for(c) is not None:
                    return c
                if objects and c.pos_ in ("NOUN", "NUM", "SYM"):
                    # "offered $5 million in aid", "pledged thousands of troops"
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ in ("in", "of"):
                            g = next((x for x in p.children if x.dep_ == "pobj" and self._entry_for(x) is not None), None)
                            if g is not None:
                                return g
                for g in c.children:
                    if g.dep_ in ("acl", "relcl") and (g.pos_ == "VERB" or g.pos_ == "AUX" and any(
                            x.dep_ == "mark" and x.lower_ == "that" for x in g.children)):
                        return g  # (a that-clause on "be": "expressed hope that the vote would be fair")
            if c.dep_ in ("prep", "agent") and (c.dep_ == "agent" and kind == "comment" and tok.tag_ == "VBN" or c.lower_ in ("for", "to") or (kind == "accuse" and c.lower_ in ("of", "over", "at", "about", "with"))
                                     or (kind == "comment" and c.lower_ in ("over", "about", "on"))
                                     or (kind == "comment" and c.lower_ in ("at", "by", "of") and tok.tag_ in ("JJ", "VBN"))):
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp") and (self._entry_for(g) is not None or (
                            kind in ("accuse", "comment") and c.lower_ != "to")):
                        return g
        return None

    def _matrix_kind(self, entry: TriggerEntry) -> Optional[str]:
        if entry.embed:
            return entry.embed
        if entry.code.startswith(ACCUSE_CODES) or entry.code.startswith(PRAISE_CODES):
            return "accuse"  # judging an act: it is aimed at whoever acted
        if entry.code.startswith(COMMENT_CODES):
            return "comment"
        return MATRIX_ROOTS.get(entry.code[:2])

    def _embeds_event(self, tok: Any, entry: TriggerEntry) -> bool:
        """A matrix trigger whose complement is an event, or whose object names what is demanded,
        refused or threatened ("demanded a truce"): it needs no target of its own. So does a
        reporting verb whose clause is a demand ("said Y must ...")."""
        kind = self._matrix_kind(entry)
        if kind is None:
            return False
        inner = self._embedded(tok, kind)
        if kind == "report":
            return inner is not None and inner.dep_ == "ccomp" and (
                self._clause_modal(inner) is not None or self._tone(inner) is not None
                or self._judgement_clause(inner) is not None)
        if kind == "comment":
            if entry.code in TONE_CODES:
                # "expressed hope that ...", "is considering sending troops", "weighs the option of
                # sanctions"; "considers that ..." is an opinion, "feared for their lives" no comment
                # (what it is about: a clause, an event, an option, or what the comment is over)
                if inner is None or (entry.code == "014" and inner.dep_ == "ccomp"):
                    return False
                return (inner.pos_ in ("VERB", "AUX") or self._entry_for(inner) is not None
                        or inner.lemma_.lower() in OPTION_NOUNS or inner.head.lower_ in ("over", "about", "on", "regarding")
                        or entry.pos == "adj" and inner.head.lower_ in ("at", "by", "of")
                        or inner.head.lower_ == "of" and inner.head.head.lemma_.lower() in OPTION_NOUNS
                        or inner.head.lower_ == "for" and tok.lemma_.lower() in ("hope", "hop"))
            return True
        if inner is not None and self._entry_for(inner) is not None:
            return True
        if tok.lemma_.lower() in ("warn", "consider", "contemplate", "weigh", "mull"):
            # "warned that the army will not accept ..." is a threat; "warn that it is too
            # late" a comment
            if inner is None or inner.dep_ != "ccomp" or tok.lemma_.lower() != "warn":
                return False
            if (self._condition(inner) is not None and inner.pos_ == "VERB" and inner.lemma_.lower() not in ("be", "have")
                    and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would") for c in inner.children)
                    and not any(c.dep_ in ("nsubj", "expl") and c.lower_ in ("this", "that", "there") for c in inner.children)):
                # "warned it would take countermeasures if Y ...": an act of the speaker's own made
                # to hang on what another does is a conditional threat, in reported speech too
                return True
            return any(
                c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in inner.children) and not any(
                c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this", "that", "there") for c in inner.children)
        if inner is not None and inner.pos_ == "VERB" and kind in ("demand", "reject", "threat", "appeal"):
            return True  # "demanded that X forsake its programme"
        if (kind == "demand" and tok.pos_ == "NOUN" and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in (VOICING_VERBS | PRESENTING_VERBS) - NON_VOICING_LIGHT
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)):
            # "issued a demand for higher pay", "renewed their demands for autonomy": a demand voiced
            # names what it asks for ("its demand for oil" voices nothing)
            return True
        # "demanded a truce", "refused admittance": the object says what is demanded or refused
        return kind in ("demand", "reject", "threat") and any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)

    def _derived_code(self, kind: str, own: str, icode: str) -> str:
        """The code of a matrix event from the event it embeds: "threatened to cut ties" -> 1313,
        "refused to deploy peacekeepers" -> 1224, "pledged to attack" -> 138."""
        root = icode[:2]
        if kind == "threat" or (kind == "intent" and root in HOSTILE_ROOTS):
            for key in (icode[:4], icode[:3], root):
                if key in THREAT_MAP:
                    return THREAT_MAP[key]
            return own if own[:2] == "13" else "130"
        if kind == "intent":
            info = self.k.code_info(icode)
            return info.intent_code or ("036" if root == "04" else own)
        if kind == "reject" and root == "11" and not own.startswith("129"):
            return "016"  # rejecting an accusation is denying responsibility (a veto stays a veto)
        family = {"appeal": "02", "demand": "10", "reject": "12"}.get(kind)
        if family is None:
            return own
        base = _FAMILY_BASE[family]
        digit = ""
        if icode.startswith("083"):
            b, digit = base["083"], icode[3:4]
        elif root == "08":
            b, digit = base["08"], _YIELD_DIGIT.get(icode[:3], "")
        elif icode.startswith("045"):
            b = base["045"]
        elif root in ("06", "07"):
            b, digit = base[root], icode[2:3].strip("0")
        elif root in base:
            b = base[root]
        else:
            return own
        if own.startswith(b) and len(own) > len(b):
            return own  # the matrix's own context already names the sub-code
        return b + digit if digit and (b + digit) in self.k.cameo else b

    def _clause_tokens(self, head: Any) -> list[Any]:
        """The tokens of a complement, leaving out relative and adverbial clauses inside it (their
        events are background, coded on their own)."""
        out = [head]
        stack = [head]
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ in ("relcl", "acl", "advcl", "parataxis"):
                    continue
                out.append(c)
                stack.append(c)
        return out

    def _resolve(self, t: Optional[Any], matches: SentenceMatches, ctx: DocContext, sent: Sentence, doc: Document) -> list[Actor]:
        if t is None:
            return []
        return self.actors.resolve(t, matches, ctx, sent.start, doc.date)

    @staticmethod
    def _others(actors: list[Actor], sources: list[Actor]) -> list[Actor]:
        return [a for a in actors if not any(a.code == s.code and a.name == s.name for s in sources)]

    def _embed(self, cand: _Candidate, kind: str, inner: Any, matches: SentenceMatches, ctx: DocContext, sent: Sentence,
               doc: Document, consumed: set[int]) -> None:
        """Code a matrix event from its complement and consume the complement's events."""
        ientry = self._entry_for(inner)
        if ientry is None:
            if kind in ("accuse", "comment"):
                # "accused X of plotting against the talks": the allegation's content
                consumed.update(t.i for t in list(inner.subtree) + self._alleged_list(cand.trigger, inner)
                                if t.i != cand.trigger.i and self._entry_for(t) is not None)
            elif kind in ("demand", "appeal") and inner.pos_ in ("VERB", "AUX"):
                # "demanded that X forsake its programme": what is demanded has not happened, and
                # the clause's subject is whom the demand is made of
                consumed.update(t.i for t in self._clause_tokens(inner) if t.i != cand.trigger.i and self._entry_for(t) is not None)
                subj = self._clause_subject_token(inner)
                if subj is None:
                    subj = self._split_for_subject(cand.trigger, inner)
                if not cand.targets and not cand.pair:
                    # "demanded that the US match ...", "a call for X to reform": the one asked to act
                    cand.targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources) if subj is not None else []
                if not cand.targets and not cand.pair:
                    cand.targets = self._clause_targets(cand, inner, matches, ctx, sent, doc)
                if not cand.targets and not cand.pair and subj is not None:
                    # "demanded that the junta free the prisoners": asked of someone no table codes
                    cand.uncoded_targets = self.actors.unresolved(subj, matches, sent.start)
            elif kind in ("intent", "threat", "reject") and not cand.targets and not cand.pair:
                # "refused to hand the files to X", "pledged to send engineers to X": an act the
                # lexicon does not know still names whom the matrix event is aimed at
                if kind == "reject" and inner.dep_ == "ccomp":
                    subj = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    cand.targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)
                if not cand.targets:
                    cand.targets = self._clause_targets(cand, inner, matches, ctx, sent, doc)
                if not cand.targets and kind == "threat":
                    # "warned it would take countermeasures if Y pushed for sanctions": aimed at Y
                    cond = self._condition(inner)
                    subj = next((c for c in cond[0].children if c.dep_ in ("nsubj", "nsubjpass")), None) if cond else None
                    if subj is not None:
                        cand.targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)
            return
        clause = inner if inner.pos_ in ("VERB", "AUX") else inner.head
        # what is alleged, denied or commented on did not necessarily happen: all of it goes
        content = list(inner.subtree) if kind in ("accuse", "comment") or ientry.code.startswith("11") else self._clause_tokens(inner)
        if kind == "accuse":
            content += self._alleged_list(cand.trigger, inner)
        if kind in ("demand", "appeal") and inner.pos_ == "NOUN":
            # "called for a pullout of X's troops to end the war": what the asked-for act is to
            # serve is asked for too
            content += [t for c in inner.children if c.dep_ == "acl" and _infinitive(c) for t in c.subtree]
        for t in content + ([clause] if clause is not cand.trigger and clause.head is cand.trigger else []):
            if t.i != cand.trigger.i and self._entry_for(t) is not None:
                consumed.add(t.i)
        cand.code = self._derived_code(kind, cand.code, ientry.code)
        if cand.code == "015" and inner.dep_ == "ccomp" and ientry.code[:2] in HOSTILE_ROOTS:
            # "claimed that Y had shelled a border post": another's act claimed is an accusation
            subj = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ != "PRON":
                accused = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)
                if accused:
                    cand.code, cand.targets, cand.pair = "112", accused, False
                    return
        if cand.targets or cand.pair:
            return
        # "demanded that the US cancel ...", "alleged that X attacked ...": the complement's subject
        if kind in ("demand", "appeal", "accuse", "reject"):
            cand.targets = self._clause_subject(inner, cand, matches, ctx, sent, doc)
            if not cand.targets and inner.pos_ == "NOUN" and clause is not cand.trigger and clause.pos_ in ("VERB", "AUX"):
                # "wants Y to pay compensation", "demanded that Y make amends": the event noun was
                # handed over from a light verb, whose subject is still the one asked to act
                cand.targets = self._clause_subject(clause, cand, matches, ctx, sent, doc)
        if not cand.targets:
            icand = self._arguments(inner, ientry, matches, ctx, sent, doc)
            if icand is not None:
                # "condemned Serbia's crackdown": the criticism is aimed at who acted
                aimed = icand.sources if kind == "accuse" and inner.pos_ == "NOUN" and not icand.pair else icand.targets
                cand.targets = self._others(aimed, cand.sources)
        if not cand.targets and kind in ("intent", "threat", "reject", "demand"):
            # "threatened to cut off electricity to X": a known act that found no target of its own
            cand.targets = self._clause_targets(cand, inner, matches, ctx, sent, doc)
        if not cand.targets and cand.code[:2] == "13":
            cond = self._condition(inner) or self._condition(cand.trigger)
            if cond is not None:
                subj = next((c for c in cond[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
                cand.targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)

    @staticmethod
    def _alleged_list(verb: Any, inner: Any) -> list[Any]:
        """"accused X of arming militias, ignoring the courts and ...": the rest of the list the
        parser hung on the accusing verb after a comma goes on with what is alleged."""
        if inner.dep_ != "pcomp" or inner.head.head.i != verb.i:
            return []
        end = inner.head.right_edge.i
        return [t for c in verb.children
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == end + 2 and c.nbor(-1).text == ","
                and not any(g.dep_ in ("nsubj", "mark") for g in c.children) for t in c.subtree]

    def _clause_targets(self, cand: _Candidate, inner: Any, matches: SentenceMatches, ctx: DocContext, sent: Sentence,
                        doc: Document) -> list[Actor]:
        """Whom the act a matrix verb embeds is aimed at, read from the embedded verb's own object
        or its to / with / against / on phrase ("vowed to send engineers to Haiti", "refused to let
        UN planes land"), whatever that verb is."""
        generic = replace(cand.entry, pos="verb", target=INTENT_TARGET_SLOTS, embed=None, passive_target_is_subject=True)
        for _ in range(3):
            if inner is None or inner.pos_ != "VERB":
                return []
            icand = self._arguments(inner, generic, matches, ctx, sent, doc)
            if icand is not None and icand.targets:
                # "promised to democratize the country": a promise about one's own country is domestic policy
                return [a for a in icand.targets if not any(a.country == x.country for x in cand.sources)]
            # "pledged to send engineers to help rebuild X", "offered to help protect X": the help
            # the act is for names whom it is for (other purposes need not: "offered to pay Y to
            # invite her to X")
            helping = inner.lemma_.lower() in HELP_LEMMAS
            inner = next((c for c in inner.children if (c.dep_ == "xcomp" and helping) or (
                c.dep_ in ("xcomp", "advcl") and _infinitive(c) and c.lemma_.lower() in HELP_LEMMAS)), None)
        return []

    def _clause_subject(self, inner: Any, cand: _Candidate, matches: SentenceMatches, ctx: DocContext, sent: Sentence,
                        doc: Document) -> list[Actor]:
        """The subject of an embedded clause that has its own ("that X cancel ...", "for X to ..."),
        other than the matrix event's source."""
        subj = self._clause_subject_token(inner)
        if subj is None:
            subj = self._split_for_subject(cand.trigger, inner)
        return self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources) if subj is not None else []

    @staticmethod
    def _split_for_subject(trig: Any, inner: Any) -> Optional[Any]:
        """"renewed its demand for Y to free the crew" parsed as "demand for Y" + "to free" (an
        advcl of the verb that voices the noun): the for-object is the clause's subject."""
        if trig.pos_ != "NOUN" or inner.dep_ != "advcl" or inner.head.i != trig.head.i or not _infinitive(inner):
            return None
        return next((g for p in trig.children if p.dep_ == "prep" and p.lower_ == "for" and p.i < inner.i
                     for g in p.children if g.dep_ == "pobj"), None)

    @staticmethod
    def _clause_subject_token(inner: Any) -> Optional[Any]:
        """The subject of an embedded clause that has one of its own ("that X cancel ...", "for X
        to ..."); a pronoun that is the speaker or the situation ("we", "it") is none."""
        if inner.dep_ not in ("ccomp", "advcl", "acl", "relcl") or inner.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return None if subj is None or subj.lower_ in ("we", "i", "it", "this", "that", "there") else subj

    def _announced(self, cand: _Candidate) -> bool:
        """An act announced for the future: "will impose a curfew", "plans to impose restrictions"
        (not "tried to hack", "is expected to attack")."""
        clause = cand.trigger if cand.entry.pos == "verb" else cand.light
        if clause is None or (cand.entry.pos == "noun" and cand.trigger.dep_ != "dobj"):
            return False  # "will defend its ally in its battle against ...": the battle is background
        if any(c.dep_ == "aux" and (c.lower_ in ("will", "shall", "'ll") or c.lower_ == "would" and clause.dep_ == "ccomp")
               for c in clause.children):
            return True
        to = clause.dep_ == "xcomp" or (clause.dep_ == "advcl" and _infinitive(clause))
        return to and clause.head.lemma_.lower() in ANNOUNCE_LEMMAS

    def _condition(self, head: Any) -> Optional[tuple[Any, str]]:
        """The "if"/"unless" clause that conditions ``head``, with its mark."""
        for c in head.children:
            if c.dep_ == "advcl":
                mark = next((g.lower_ for g in c.children if g.dep_ == "mark" and g.lower_ in CONDITION_MARKS), None)
                if mark:
                    return c, mark
        return None

    @staticmethod
    def _judgement_clause(inner: Any) -> Optional[Any]:
        """The subject of a clause "<subject> was a violation / a provocation / a crime" (not
        negated, not a pronoun), the thing condemned; None for any other clause."""
        if inner.lemma_.lower() != "be" or inner.dep_ != "ccomp" or any(c.dep_ == "neg" for c in inner.children):
            return None
        attr = next((c for c in inner.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        subj = next((c for c in inner.children if c.dep_ == "nsubj"), None)
        if attr is None or subj is None or attr.lemma_.lower() not in CONDEMNING_NOUNS or subj.pos_ == "PRON":
            return None
        return subj

    def _condemned(self, inner: Any, cand: _Candidate, matches: SentenceMatches, ctx: DocContext, sent: Sentence,
                   doc: Document) -> Optional[list[Actor]]:
        """Whom a reported copular judgement condemns: "said the strikes were a violation of its
        sovereignty", "said Y's decision was a provocation" -> the subject's actor, or the doer of
        the act the subject names; None if the clause is no such judgement."""
        subj = self._judgement_clause(inner)
        if subj is None:
            return None
        acts = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)
        if not acts:
            owner = next((c for c in subj.children if c.dep_ in ("poss", "compound", "amod") and c.i in matches.by_token), None)
            acts = self._others(self._resolve(owner, matches, ctx, sent, doc), cand.sources) if owner is not None else []
        if not acts and (entry := self._entry_for(subj)) is not None:
            icand = self._arguments(subj, entry, matches, ctx, sent, doc)
            acts = self._others(icand.sources, cand.sources) if icand is not None and not icand.pair else []
        return acts or None

    def _reported_demand(self, cand: _Candidate, inner: Any, matches: SentenceMatches, ctx: DocContext, sent: Sentence,
                         doc: Document, consumed: set[int]) -> Optional[_Candidate]:
        """"X said (that) Y must <act>" is X's demand on Y; "... Y should <act>" an appeal. So is
        the that-clause of a statement noun: "sent a message to Y that it must <act>"."""
        told = inner.dep_ == "acl" and cand.trigger.pos_ == "NOUN" and inner.head.i == cand.trigger.i and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in inner.children)
        if (inner.dep_ != "ccomp" and not told) or inner.pos_ not in ("VERB", "AUX"):
            return None
        judged = self._condemned(inner, cand, matches, ctx, sent, doc) if inner.dep_ == "ccomp" else None
        if judged is not None:
            # "X said Y's raid was a flagrant violation of international law": X's criticism of Y
            # (111); the act judged is the topic, not an event the sentence tells on its own
            consumed.update(t.i for t in self._clause_tokens(inner) if t.i != cand.trigger.i and self._entry_for(t) is not None)
            return replace(cand, targets=judged, code="111", rule=f"{cand.rule}-judged")
        modal = self._clause_modal(inner)
        if modal is None:
            tone = self._tone(inner)
            if tone is None:
                return None
            # "X said it was pessimistic about ...": 012 / 013, aimed at what it is about if an actor
            adj = next(c for c in inner.children if c.dep_ == "acomp")
            about = next((g for c in adj.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
            targets: list[Actor] = []
            for x in self._named_in(about, matches):
                targets = self._others(self._resolve(x, matches, ctx, sent, doc), cand.sources)
                if targets:
                    break  # the first actor the phrase names ("about the talks with X")
            return replace(cand, targets=targets or cand.targets, code=tone, rule=f"{cand.rule}-tone")
        subj = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("it", "they", "he", "she") and cand.targets and any(
                c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "to")
                for h in ((cand.trigger, cand.trigger.head) if told or cand.trigger.lemma_.lower() == "warn" else ())
                for c in h.children):
            # "sent a message to Peru that it must pay", "warned Peru that it must pay": the
            # pronoun is the one addressed, whom the demand is made of
            targets = self._others(cand.targets, cand.sources)
        elif subj is None or subj.lower_ in ("we", "i", "it", "this", "that", "there"):
            return None
        else:
            targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)
        if not targets:
            return None
        kind = "demand" if modal == "must" else "appeal"
        own = "100" if kind == "demand" else "020"
        act = self._embedded_act(inner)
        code = own
        if act is not None:
            code = self._derived_code(kind, own, self._entry_for(act).code)
        # what is demanded or asked for has not happened: the clause's own events go with it
        for t in self._clause_tokens(inner):
            if t.i != cand.trigger.i and self._entry_for(t) is not None:
                consumed.add(t.i)
        return replace(cand, targets=targets, pair=False, code=code, rule=f"{cand.rule}-{kind}")

    @staticmethod
    def _named_in(t: Optional[Any], matches: SentenceMatches) -> list[Any]:
        """A phrase's head, then the names the dictionaries know inside it, in order: where to look
        for the actor a phrase is about ("about the talks with X")."""
        if t is None:
            return []
        return [t] + [x for x in t.subtree if x.i != t.i and x.i in matches.by_token and x.dep_ != "compound"]

    @staticmethod
    def _clause_modal(inner: Any) -> Optional[str]:
        """The obligation a reported clause states: "must" / "has to" (a demand), "should" /
        "ought to" / "needs to" (an appeal)."""
        for c in inner.children:
            if c.dep_ == "aux" and c.lower_ in ("must", "should", "ought"):
                return "must" if c.lower_ == "must" else "should"
        if inner.tag_ == "VB" and inner.dep_ == "ccomp" and inner.head.lemma_.lower() in MANDATIVE_VERBS \
                and not any(c.dep_ in ("aux", "auxpass") for c in inner.children) \
                and any(c.dep_ == "nsubj" for c in inner.children):
            # the mandative subjunctive: "X insisted that Y withdraw its troops" says Y must
            return MANDATIVE_VERBS[inner.head.lemma_.lower()]
        if inner.lemma_.lower() in ("need", "have") and inner.pos_ == "VERB" and not any(
                c.dep_ == "aux" and c.lower_ in ("would", "might", "may", "could") for c in inner.children) and any(
                c.dep_ == "xcomp" and c.pos_ == "VERB" and _infinitive(c)
                for c in inner.children):
            return "should" if inner.lemma_.lower() == "need" else "must"
        return None

    def _tone(self, inner: Any) -> Optional[str]:
        """012 / 013 for a reported clause "<subject> was pessimistic / confident ..." whose subject
        is the speaker (a pronoun)."""
        if inner.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in inner.children):
            return None
        if any(c.dep_ == "neg" for c in inner.children):
            return None  # "he was not worried"
        for c in inner.children:
            if c.dep_ == "acomp":
                entry = self._adjective_entry(c)
                if entry is not None and entry.code in ("012", "013"):
                    return entry.code
        return None

    def _embedded_act(self, verb: Any) -> Optional[Any]:
        """The event trigger a clause's verb stands for: itself, its event object or complement."""
        if self._entry_for(verb) is not None:
            return verb
        for c in verb.children:
            if c.dep_ in ("dobj", "attr", "xcomp") and self._entry_for(c) is not None:
                return c
        return None

    def _reframe(self, cand: _Candidate, matches: SentenceMatches, ctx: DocContext, sent: Sentence, doc: Document) -> None:
        """Expressed intent and conditional threats carried by the clause around an act:
        "X is willing to withdraw" -> 03x; "X will attack unless Y ..." -> 13x."""
        tok = cand.trigger
        root = cand.code[:2]
        if (cand.entry.pos == "noun" and cand.light is not None and tok.dep_ == "dobj" and root in REFUSABLE_ROOTS
                and cand.light.lemma_.lower() in PROHIBIT_VERBS):
            # "prohibited all aid to X", "banned trade with Y": the cooperation is cut (16x), not given
            cand.code = ENDING_MAP.get(cand.code[:3], ENDING_MAP.get(root, cand.code))
            cand.modality = "occurred"
            return
        if cand.entry.pos == "noun" and cand.light is not None and tok.dep_ == "dobj" and cand.light.lemma_.lower() in ENDING_VERBS:
            for key in (cand.code[:4], cand.code[:3], root):
                if key in ENDING_MAP:
                    cand.code = ENDING_MAP[key]
                    cand.modality = "occurred"
                    return
        if cand.code.startswith("051") and tok.lemma_.lower() == "welcome" and self._welcomed_in_person(tok, cand):
            cand.code = "043"  # "welcomed X at the palace": a visit received, not praise
            return
        clause = tok if tok.pos_ in ("VERB", "AUX") else (cand.light if cand.light is not None else None)
        if clause is None:
            return
        h = clause
        for _ in range(3):
            if h.dep_ == "xcomp" and self._intent_adjective(h.head):
                if root in HOSTILE_ROOTS:
                    cand.code = self._derived_code("threat", cand.code, cand.code)
                elif root in ("04", "05", "06", "07", "08"):
                    cand.code = self._derived_code("intent", cand.code, cand.code)
                cand.modality = "occurred"
                return
            if h.dep_ not in ("conj", "xcomp"):
                break
            h = h.head
        # "said it would pull out ... unless ...": the condition may hang on the reporting verb
        cond = self._condition(clause) or (self._condition(clause.head) if clause.dep_ == "ccomp" else None)
        if cond is None or not any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in clause.children):
            return
        if root in HOSTILE_ROOTS or (cond[1] == "unless" and root in ("04", "05", "06", "07", "08", "09")):
            cand.code = self._derived_code("threat", cand.code, cand.code)
            cand.modality = "occurred"
            if not cand.targets and not cand.pair:
                subj = next((c for c in cond[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
                cand.targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)

    def _performed_in_words(self, tok: Any) -> bool:
        """An offer whose object is an act done in words ("offered an apology", "offered his
        condolences", "extended congratulations to X"): offering it is doing it, no intent."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("offer", "extend", "convey"):
            return False
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        inner = self._entry_for(obj) if obj is not None and obj.pos_ == "NOUN" else None
        # (not support: "offered military support" is the intent to give it)
        return inner is not None and inner.pos == "noun" and (
            inner.code[:3] in ("018", "055", "056") or obj.lemma_.lower() in WORDS_OF_PRAISE)

    @staticmethod
    def _asked_for(tok: Any) -> bool:
        """An appeal verb that says what is asked for ("called for reforms", "appealed for calm")."""
        return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                   for c in tok.children)

    @staticmethod
    def _welcomed_in_person(tok: Any, cand: _Candidate) -> bool:
        """"welcomed President X at the palace / to Hanoi / with a ceremony": the object is a person
        (not their decision or statement) and the welcome has a place or ceremony."""
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or not cand.targets:
            return False
        person = obj.ent_type_ == "PERSON" or (obj.pos_ == "PROPN" and cand.targets[0].name is not None)
        staged = any(c.dep_ == "prep" and (c.lower_ in ("at", "to", "in") or (c.lower_ == "with" and any(
            g.lemma_.lower() in ("ceremony", "honour", "honor", "parade", "banquet", "salute") for g in c.subtree)))
            for c in tok.children)
        return person and staged

    # ------------------------------------------------------------------ arguments
    def _subject_of(self, verb: Any, depth: int = 0) -> Optional[Any]:
        """The (possibly inherited) subject of a verb: control, coordination, gerunds, acl."""
        if depth > 6:
            return None
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not (c.dep_ == "nsubjpass" and verb.pos_ == "VERB" and self._has_agent(verb)):
                if c.dep_ == "nsubj" or not self._is_passive(verb):
                    if c.lower_ in ("this", "that", "it", "these", "those", "there"):
                        # "This is the first trip of X to attend Y": the subject is the attribute
                        attr = next((a for a in verb.children if a.dep_ == "attr"), None)
                        if attr is not None:
                            return self._noun_source(attr) if self._entry_for(attr) is not None and self._noun_source(attr) is not None else attr
                    if (c.lower_ in ("who", "which") and depth == 0 and verb.dep_ == "relcl" and verb.head.pos_ in ("PROPN", "NOUN")
                            and (c.lower_ == "who" or verb.head.pos_ == "PROPN")
                            and (verb.head.dep_ not in ("nsubj", "nsubjpass") or verb.head.i > verb.head.head.i
                                 or any(x.ent_type_ == "DATE" for x in verb.subtree))
                            and verb.tag_ == "VBD" and not any(a.dep_ == "aux" for a in verb.children)
                            and self._entry_for(verb.head) is None):
                        # "X met Y, who praised Z": an object's past-tense relative clause tells what
                        # it did there (a perfect or present one, "who has vowed", "who leads", and an
                        # undated one about the main clause's subject, "X, who led the talks, says", are
                        # background; "X, which cut ties with Y in 2021, offered ..." tells a dated event)
                        return verb.head
                    if c.i > verb.i and self._misparsed_object(verb) is c:
                        continue
                    if c.left_edge.i == 0 and c.right_edge.text == ":" and c.right_edge.i < verb.i:
                        continue  # a transcript's turn label the parser made a subject ("VOA: X visited Y")
                    return c
        for c in verb.children:
            if c.dep_ == "nsubjpass":
                return c
        head = verb.head
        if head.i == verb.i:
            return self._stranded_subject(verb)
        if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and _infinitive(verb)):
            if head.lemma_.lower() in CONTROL_OBJECT_VERBS:
                obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
                if obj is not None and (obj.pos_ != "NOUN" or self._animate(obj)):
                    return obj
                # "ordered an air bridge to deliver supplies": a thing ordered does not act; who ordered it does
            # "gave permission to X to help Y", "sent arms to X to fight Y": the recipient acts
            rec = next((c for c in head.children if c.dep_ == "dative" and c.lower_ == "to"), None)
            rec = next((g for g in rec.children if g.dep_ == "pobj"), None) if rec is not None else None
            if rec is not None and rec.pos_ in ("PROPN", "NOUN"):
                return rec
            return self._subject_of(head, depth + 1)
        if verb.dep_ in ("conj", "advcl", "pcomp", "ccomp", "acomp") or (verb.dep_ == "pobj"):
            return self._subject_of(head, depth + 1)
        if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
            if verb.dep_ == "acl" and self._addressee(verb) is not None:
                return self._subject_of(head.head.head, depth + 1)
            if verb.dep_ == "relcl" and self._entry_for(head) is None:
                return head
            # "the trip of President X to attend ..." -> X
            if verb.dep_ == "acl" and self._entry_for(head) is None:
                # "gave permission to X to help ...": the one permitted or mandated acts
                to = self._prep_object(head, "to")
                if to is not None and to.pos_ in ("PROPN", "NOUN") and _infinitive(verb):
                    return to
            src = self._noun_source(head)
            voiced = head.dep_ in ("dobj", "attr") and head.head.lemma_.lower() in VOICING_VERBS | UNDERGOING_VERBS
            if src is not None and not (src.pos_ == "PRON" and voiced):
                return src
            if voiced or (verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("dobj", "attr")
                          and head.head.pos_ in ("VERB", "AUX") and not self._animate(head)):
                # "issued a statement condemning X", "published a report accusing Y": the
                # statement speaks for whoever issued it;
                # "X expressed its readiness to mediate", "X made an offer to help", "X faces
                # pressure to help": X
                return self._subject_of(head.head, depth + 1)
            return head
        if verb.dep_ == "prep" or head.dep_ == "prep":
            return self._subject_of(head if verb.dep_ == "prep" else head.head, depth + 1)
        if (verb.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in PROCESS_NOUNS and head.pos_ == "VERB"
                and depth > 0):
            # "X initiated the process of returning Y": the one who undertakes the process acts
            return self._subject_of(head, depth + 1)
        return None

    @staticmethod
    def _stranded_subject(verb: Any) -> Optional[Any]:
        """The subject the parser hung in an opening phrase as one more item of its list: "With
        the signing of the accord, Chad and Niger have agreed to ..." (Chad a conjunct of
        "accord"). It is the first conjunct after the comma that closes the phrase, when nothing
        but auxiliaries and adverbs stand between it and the subjectless main verb."""
        lead = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i), None)
        if lead is None or lead.i != verb.doc[lead.i].sent.start:
            return None
        for x in lead.subtree:
            if x.dep_ != "conj" or x.i < 1 or x.doc[x.left_edge.i - 1].text != "," or x.pos_ not in ("NOUN", "PROPN"):
                continue
            end = x.right_edge.i
            if end < verb.i and all(t.dep_ in ("aux", "auxpass", "advmod", "neg") for t in x.doc[end + 1:verb.i]):
                return x
            return None
        return None

    def _stranded_agent(self, verb: Any) -> Optional[Any]:
        """"X was accused of misusing funds by Y": the parser hangs the passive's "by" phrase on the
        active gerund of its complement, whose subject is X and whose agent it cannot be: Y."""
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ not in ("of", "for", "with"):
                continue
            ger = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if ger is None or not any(g.dep_ == "dobj" for g in ger.children):
                continue
            by = self._prep_object(ger, "by")
            if by is not None and by.pos_ in ("NOUN", "PROPN"):
                return by
        return None

    @staticmethod
    def _addressee(verb: Any) -> Optional[Any]:
        """"wrote to the president urging him to ...": a participle hung on the object of a
        verb's preposition whose own object is a plain pronoun (which cannot stand for the
        participle's own subject) tells the writer's act, aimed at that noun: the noun."""
        if verb.tag_ != "VBG":
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ not in ("him", "her", "them"):
            return None
        head = verb.head
        if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX"):
            return head
        if verb.dep_ == "advcl" and head.pos_ == "VERB":
            # (the participle parsed onto the verb itself)
            to = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            return next((g for g in to.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None) if to is not None else None
        return None

    @staticmethod
    def _joint(chain: list[Any]) -> bool:
        """The act is done jointly: "issued a joint statement pledging ...", "jointly pledged", "together"."""
        for h in chain:
            for c in h.children:
                if c.lower_ in ("jointly", "together") and c.dep_ == "advmod":
                    return True
                if c.dep_ == "dobj" and any(g.lower_ == "joint" and g.dep_ == "amod" for g in c.children):
                    return True
        return False

    @staticmethod
    def _misparsed_object(verb: Any) -> Optional[Any]:
        """A second subject after the verb is its object misparsed ("X met U.S. Secretary of State Y, who ...")."""
        subs = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subs) == 2 and subs[0].i < verb.i < subs[1].i and subs[1].pos_ in ("PROPN", "NOUN"):
            return subs[1]
        # "seized up to 40 Malian herders": the quantity's "up" taken for a particle and "to"
        # for a preposition; the counted noun is the object
        up = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"), None)
        if up is not None:
            to = next((c for c in list(verb.children) + list(up.children)
                       if c.dep_ == "prep" and c.lower_ == "to" and c.i == up.i + 1), None)
            counted = next((x for x in to.children if x.dep_ == "pobj"), None) if to is not None else None
            if counted is not None and counted.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "nummod" and c.i == to.i + 1 for c in counted.children):
                return counted
        return None

    def _misparsed_main_verb(self, verb: Any, entry: TriggerEntry) -> bool:
        """A past-tense main verb the parser hung on its subject as a participle. Either the
        subject noun is the whole sentence's root and the verb shows an active use (a direct
        object, "A Kenyan weekly criticised on Monday the ministry", or its own particle with an
        object, "A Kenyan weekly called on Tuesday on Ugandans to ..."), or it closes a sentence
        that reports a clause ("The ministry is hiding the figures, an opposition group charged
        on Friday"). A caption keeps the passive reading: "Three soldiers killed in a blast" has
        neither an object nor a clause before it."""
        head = verb.head
        if any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in verb.children) or self._prep_object(verb, "by") is not None:
            return False
        if not self._animate(head):
            return False
        if head.dep_ == "ROOT":
            if any(c.dep_ == "dobj" for c in verb.children):
                return True
            return entry.particle is not None and any(
                c.dep_ == "prep" and c.lower_ == entry.particle and any(g.dep_ == "pobj" for g in c.children)
                for c in verb.children)
        if head.dep_ != "appos" or entry.code[:2] not in SPOKEN_ROOTS | {"11", "14"}:
            return False
        # "..., a farmers' union objected again on Friday": nothing but adverbs after the verb, a
        # comma before the noun phrase, and the sentence's own main verb earlier
        if any(c.dep_ not in ("advmod", "npadvmod", "punct") for c in verb.children if c.i > verb.i):
            return False
        start = min(t.i for t in head.subtree)
        doc = verb.doc
        root = verb.sent.root
        return start > 0 and doc[start - 1].text == "," and root.pos_ in ("VERB", "AUX") and root.i < start

    def _has_agent(self, verb: Any) -> bool:
        return any(c.dep_ == "agent" for c in verb.children)

    def _is_passive(self, verb: Any) -> bool:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)

    def _noun_source(self, noun: Any) -> Optional[Any]:
        for c in noun.children:
            if c.dep_ == "poss":
                return c
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "of"):
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.lemma_.lower() in self.k.agents or fold(obj.text) in self.k.agents):
                    return obj
        return None

    def _suffered(self, verb: Any) -> bool:
        """A passive verb of harm ("were killed / wounded / attacked in ..."): its subject suffered
        the act ("were engaged in fighting" is no harm done to them)."""
        if not self._is_passive(verb) and not (verb.tag_ == "VBN" and verb.dep_ == "acl"):
            return False  # (a reduced passive: "two guards killed in an ambush")
        e = self._entry_for(verb)
        return e is not None and e.code[:2] in HOSTILE_ROOTS

    @staticmethod
    def _accident(verb: Any) -> bool:
        """A death or injury told with its cause an accident or disaster: "killed in a crash",
        "injured by the earthquake", "died in a stampede"."""
        for c in verb.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during", "after", "when"):
                for o in c.children:
                    if o.dep_ == "pobj" and any(t.lemma_.lower() in ACCIDENT_NOUNS for t in [o, *(x for x in o.children if x.dep_ == "conj")]):
                        return True
        return False

    @staticmethod
    def _own_claim(verb: Any) -> bool:
        """The sentence's main clause, or what a source says or found ("..., the report found")."""
        return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORT_LEMMAS | {"find", "conclude"})

    @staticmethod
    def _held_responsible(tok: Any) -> Optional[Any]:
        """The copula of "X is behind the attack" / "X is responsible for the killings", whose
        subject is the author of the event noun; None otherwise. Only as the sentence's own claim:
        "evidence proving / suspicions that X was behind the attack" alleges it."""
        if tok.dep_ != "pobj":
            return None
        prep = tok.head
        if prep.lower_ == "behind" and prep.dep_ == "prep" and prep.head.lemma_.lower() == "be" and EventExtractor._own_claim(prep.head):
            return prep.head
        adj = prep.head
        if (prep.lower_ == "for" and adj.lemma_.lower() == "responsible" and adj.dep_ == "acomp" and adj.head.lemma_.lower() == "be"
                and EventExtractor._own_claim(adj.head)):
            return adj.head
        return None

    @staticmethod
    def _died_of(tok: Any) -> Optional[Any]:
        """The verb of dying whose cause is the event noun: "died in clashes", "died of torture",
        "died as a result of the beating", "were killed or died in the bombing"."""
        h = tok
        for _ in range(3):
            if h.dep_ != "pobj" or h.head.dep_ != "prep":
                return None
            prep = h.head
            if prep.head.pos_ in ("VERB", "AUX"):
                verb = prep.head
                ok = prep.lower_ in DEATH_PREPS or (prep.lower_ == "as" and h.lemma_.lower() == "result")
                return verb if ok and verb.lemma_.lower() in DEATH_VERBS else None
            if prep.lower_ != "of" or prep.head.lemma_.lower() not in ("result", "consequence", "because"):
                return None
            h = prep.head
        return None

    @staticmethod
    def _unknown_agent(tok: Any, offset: int) -> Actor:
        """The unknown doer of an act (code ---), mentioned by the weapon or act that names it
        ("a roadside bomb"), or by the verb itself ("were freed")."""
        toks = [tok] if tok.pos_ in ("VERB", "AUX") else [
            t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("amod", "compound", "det", "nummod")] + [tok]
        first = min(toks, key=lambda t: t.i)
        return Actor(tok.doc.text[first.idx : tok.idx + len(tok.text)], offset + first.idx, offset + tok.idx + len(tok.text),
                     UNCODED, None, (), None, None, None, "composition")

    def _weapon_author(self, weapon: Any) -> Optional[Any]:
        """Who a weapon subject is laid to by its participle: "a bomb planted / set off by X",
        "a blast blamed on X", "a device attributed to X" (CAMEO codes the bombing as X's)."""
        for c in weapon.children:
            if c.dep_ != "acl" or c.tag_ != "VBN":
                continue
            prep = "on" if c.lemma_.lower() == "blame" else "to" if c.lemma_.lower() in ("attribute", "ascribe", "link") else "by"
            obj = self._prep_object(c, prep)
            if obj is not None:
                return obj
        return None

    def _prep_object(self, tok: Any, prep: str) -> Optional[Any]:
        for c in tok.children:
            if c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ == prep:
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
                if c.i + 1 < len(c.doc):
                    # "offered refuge to four reporters hiding in a church": the parse made the object
                    # the subject of the participle after it; the subject starts right after "to"
                    nxt = c.doc[c.i + 1]
                    subj = next((x for x in [nxt, *nxt.ancestors] if x.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None and subj.left_edge.i == c.i + 1 and subj.pos_ in ("NOUN", "PROPN") and (
                            (subj.head.dep_ in ("advcl", "acl", "ccomp") and subj.head.head.i == tok.i)
                            or (subj.head.dep_ == "pcomp" and subj.head.head.i == c.i)):
                        return subj
        return None

    @staticmethod
    def _topic_country(obj: Any, top: Any, place: Place) -> bool:
        """The place is a country named inside what talks are about ("talks with Y about access in
        X", "discussed the crisis in X"): the topic's place, not where they met. A city there is
        mostly where they met ("talks on the dam in Addis Ababa")."""
        if place.lat is not None:
            return False
        t = obj
        while t.i != top.i and t.head.i != t.i:
            t = t.head
            if t.dep_ == "prep" and t.lower_ in TOPIC_PREPS and t.i != top.i:
                return True
        return top.dep_ == "prep" and top.lower_ in TOPIC_PREPS

    def _prep_object_deep(self, tok: Any, preps: tuple[str, ...]) -> Optional[Any]:
        """A prepositional object anywhere inside a noun phrase (not crossing clauses)."""
        stack = [tok]
        while stack:
            t = stack.pop(0)
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
                if c.dep_ in ("prep", "pobj", "conj", "compound", "amod", "appos"):
                    stack.append(c)
        return None

    def _coercion_aim(self, verb: Optional[Any], res_target: Any) -> list[Actor]:
        """Whom a use of force is meant to coerce: "troops fired shots to scatter the marchers",
        "opened fire to disperse the crowd" -- the object of a purpose infinitive that is itself a
        coercive act (17-20) is the one the force is aimed at."""
        if verb is None:
            return []
        for c in verb.children:
            if c.dep_ == "advcl" and c.pos_ == "VERB" and _infinitive(c) and c.i > verb.i:
                aim = self._entry_for(c)
                obj = next((x for x in c.children if x.dep_ == "dobj"), None)
                if aim is not None and aim.code[:2] in ("17", "18", "19", "20") and obj is not None:
                    return list(res_target(obj))
        return []

    def _slot_token(self, tok: Any, slot: str) -> Optional[Any]:
        """The token filling a verb's target slot: a dependent ("dobj", "dative") or the object of
        a preposition on the verb or on its direct object."""
        if slot in ("dobj", "dative", "iobj", "attr", "nsubjpass", "oprd"):
            t = next((c for c in tok.children if c.dep_ == slot), None)
            if t is None and slot == "dobj":
                t = self._misparsed_object(tok)
            if t is not None and t.pos_ == "ADP":
                # a dative "to" ("provide aid to Ghana and Togo"): its object, with its conjuncts
                t = next((x for x in t.children if x.dep_ == "pobj"), t)
            return t
        t = self._prep_object(tok, slot)
        if t is None and slot == "from":
            # "pulled (its troops) out of X", "moved out of X": "out of" is "from"
            out = next((c for c in tok.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out"), None)
            t = self._prep_object(out, "of") if out is not None else None
            if t is None and out is not None:
                t = self._prep_object(tok, "of") if any(c.dep_ == "prep" and c.lower_ == "of" and c.i == out.i + 1
                                                        for c in tok.children) else None
            if t is not None and t.pos_ != "PROPN":
                t = None  # ("forced the agency out of the country": the one forced out is the target)
        if t is None and slot == "against" and (purpose := self._prep_object(tok, "for")) is not None:
            t = self._prep_object(purpose, slot)  # "called up the navy for a conflict against X"
        if t is None:
            dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if dobj is None and slot != "on":
                # a prepositional verb's object stands in for the direct object: "reneged on
                # its pledge to the dockers", "backed out of its promise to X"
                dobj = self._prep_object(tok, "on") or self._prep_object(tok, "upon")
            if dobj is None and slot in ("to", "for"):
                # "advised against travel to X": the warned-against trip names where it goes
                dobj = self._prep_object(tok, "against")
            if dobj is not None and dobj.lemma_.lower() in PARTITIVE_NOUNS and (whole := self._prep_object(dobj, "of")) is not None:
                dobj = whole  # "suspended part of an aid programme for X": the programme is the object
            if dobj is not None:
                t = self._prep_object(dobj, slot)
                inner = self._prep_object(dobj, "in") if t is None else None
                if inner is not None:
                    t = self._prep_object(inner, slot)  # "announced $5 million in aid for X"
                if t is None and slot in ("to", "for"):
                    # "released a $90 million tranche of its loan to X", "sent a shipment of
                    # grain to X": the recipient hangs on the noun the quantity is of
                    inner = self._prep_object(dobj, "of")
                    if inner is not None:
                        t = self._prep_object(inner, slot)
                if t is None and slot in ("with", "between"):
                    # "signed an agreement on energy cooperation with X", "a loan agreement worth
                    # 30 billion yen with X": the partner hangs deeper in the object phrase
                    t = self._prep_object_deep(dobj, (slot,))
        if t is None and slot == "with":
            # "spoke by telephone with X", "held talks via video link with X": the partner hangs on
            # the means the parse made the verb's prepositional object
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("by", "via", "over", "through"):
                    means = next((x for x in c.children if x.dep_ == "pobj"), None)
                    t = self._prep_object(means, "with") if means is not None else None
                    if t is not None:
                        break
        return t

    def _place_target(self, tok: Any, res: Any) -> list[Actor]:
        """A protest, a restriction or an attack aimed at no one named falls on the country where it
        happens: "imposed a curfew in <capital>", "rebels shelled villages in <country>"."""
        heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
        for c in (c for h in heads for c in h.children):
            if c.dep_ != "prep" or c.lower_ not in ("in", "into", "inside", "throughout", "across"):
                continue
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "PROPN":
                continue
            acts = [a for a in res(obj) if a.country and a.country != "IGO" and a.name is None and a.role is None]
            if len(acts) == 1:
                a = acts[0]
                return [replace(a, code=a.country, sectors=())]
        return []

    def _faced_from(self, tok: Any) -> Optional[tuple[Any, Any]]:
        """The verb and the giver of an act its subject meets with: "X faced criticism from Y",
        "X drew a rebuke from Y", "X is under pressure from Y" (Y acts, X is the target)."""
        verb: Optional[Any] = None
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in RECEIVING_VERBS:
            verb = tok.head
        elif (tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ in ("VERB", "AUX")
              and tok.head.head.lemma_.lower() in ("be", "come", "remain", "fall")):
            verb = tok.head.head
        if verb is None:
            return None
        giver = self._prep_object(tok, "from")
        if giver is None:
            giver = self._prep_object(verb, "from")
        return (verb, giver) if giver is not None else None

    def _scene_country(self, tok: Any, light: Optional[Any], sent: Sentence, res: Any) -> Optional[str]:
        """The country of the place an attack struck: a place "in", "near", "outside" or "at" it,
        on the trigger, its light verb, the weapon or act that is its subject or agent, or the
        attack noun it happened "in" ("killed in a blast in <city>"); "the town of <X>" is X."""
        heads = [tok] + ([light] if light is not None else [])
        for h in list(heads):
            for c in h.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and not self._animate(c):
                    heads.append(c)
                elif c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in"):
                    heads.extend(x for x in c.children if x.dep_ == "pobj" and x.pos_ == "NOUN" and not self._animate(x))
        for h in heads:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in ("in", "near", "outside", "at", "inside"):
                    continue
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is None:
                    obj = self._prep_object(c, "of")  # "outside of the city"
                if obj is not None and obj.lemma_.lower() in SETTLEMENT_NOUNS:
                    # "near the town of <X>"; "outside the <demonym> city of <X>": the demonym says whose
                    owner = next((a.country for m in obj.children if m.dep_ in ("amod", "compound")
                                  for a in res(m) if a.country and a.country != "IGO"), None)
                    if owner is not None:
                        return owner
                    obj = self._prep_object(obj, "of") or obj
                place = self._place(obj, sent) if obj is not None else None
                if place is not None and place.country and place.country != "IGO":
                    return place.country
                if place is None and obj is not None and obj.pos_ == "PROPN":
                    # "in western <city>": the name without the quarter's adjective
                    name = " ".join(t.text for t in obj.subtree if t.i <= obj.i and (t.i == obj.i or t.dep_ == "compound"))
                    city = self.k.city(name)
                    if city is not None and city.country:
                        return city.country
        return None

    def _attack_author(self, verb: Any, res: Any) -> list[Actor]:
        """Who carried out the attack a passive suffering took place in: "were killed in an air
        strike by the army", "died in <country>'s shelling", "were wounded in <demonym> artillery fire"."""
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "during"):
                continue
            for noun in (x for x in c.children if x.dep_ == "pobj" and x.pos_ == "NOUN"):
                e = self._entry_for(noun)
                if (e is None or e.code[:2] not in UNKNOWN_ATTACKER_ROOTS) and noun.lemma_.lower() not in WEAPON_NOUNS:
                    continue
                by = res(self._prep_object(noun, "by"))
                if by:
                    return by
                for m in noun.children:
                    if m.dep_ in ("poss", "amod", "compound", "nmod"):
                        found = [a for a in res(m) if a.country]
                        if found:
                            return found
        return []

    def _claimed_target(self, tok: Any, res_target: Any, res: Any) -> list[Actor]:
        """A claim of responsibility is aimed at the target of the attack claimed: "claimed the
        bombing of <country>'s embassy", "claimed responsibility for an attack on a hotel in <city>",
        "said that they had shelled <country>"; failing a named target, the country where it struck."""
        heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
        acts: list[Any] = []
        for c in (c for h in heads for c in h.children):
            if c.dep_ == "prep" and c.lower_ == "for":
                acts.extend(x for x in c.children if x.dep_ in ("pobj", "pcomp"))  # "for shelling X"
            elif c.dep_ in ("dobj", "ccomp"):
                acts.append(c)
        for act in acts:
            e = self._entry_for(act)
            if e is None or e.code[:2] not in _CLAIMED_ROOTS:
                continue
            steps = [act] + [c for c in act.children if c.dep_ == "acl" and c.pos_ == "VERB"]  # "an attack targeting X"
            for h in steps:
                for c in h.children:
                    if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "against")):
                        t = c if c.dep_ == "dobj" else next((x for x in c.children if x.dep_ == "pobj"), None)
                        found = [a for a in res_target(t) if a.country]
                        if found:
                            return found
            # "an attack on a mall in <country>'s capital": the country where it struck
            for h in (x for x in act.subtree if x.dep_ == "pobj" and x.head.lower_ in ("in", "at", "inside")):
                found = [a for a in res(h) if a.country and a.country != "IGO"]
                if len(found) == 1:
                    return [replace(found[0], code=found[0].country, sectors=())]
        return []

    def _occasion_place(self, tok: Any, res: Any, sent: Sentence) -> list[Actor]:
        """Sympathy or mourning over an occasion that names no one is offered to the country where it
        happened: "sent condolences over the floods in <country>", "mourned the victims of the
        bombing in <city>" (the country of the city)."""
        heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
        for c in (c for h in heads for c in h.children):
            if c.dep_ == "dobj" and c.pos_ == "NOUN" and not res(c):
                obj: Optional[Any] = c
            elif c.dep_ == "prep" and c.lower_ in ("for", "over", "after", "to"):
                obj = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ == "NOUN"), None)
            else:
                continue
            if obj is None or res(obj):
                continue
            of = next((x for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                       for x in p.children if x.dep_ == "pobj" and x.pos_ == "NOUN"), None)
            for occasion in (obj, of):
                if occasion is None:
                    continue
                if found := self._place_target(occasion, res):
                    return found
                # a province or city no actor table lists ("the floods in <state>")
                where = next((x for p in occasion.children if p.dep_ == "prep" and p.lower_ in ("in", "across")
                              for x in p.children if x.dep_ == "pobj" and x.pos_ == "PROPN"), None)
                place = self._place(where, sent) if where is not None else None
                if place is not None and place.country and place.start is not None and place.end is not None:
                    return [Actor(place.text, place.start, place.end, place.country, place.country, (), None, None, None,
                                  "composition")]
        return []

    def _aim_targets(self, tok: Any, light: Optional[Any], matches: SentenceMatches, ctx: DocContext, sent: Sentence,
                     doc: Document) -> list[Actor]:
        """Whom a protest is aimed at, read from the demand or grievance it is held for: "began a
        hunger strike to demand the resignation of X", "blocked roads to show their anger at X's
        tariffs", "marched calling for the removal of X", "rallied demanding that X free ...".
        (The aim itself is not coded on its own: _protest_aim.)"""
        for head in (tok, light):
            if head is None:
                continue
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "over":
                    # "stopped work over a law signed by X", "rallied over X's decision"
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    by = next((x for a in (obj.children if obj is not None else ()) if a.dep_ == "acl" and a.tag_ == "VBN"
                               and _owner_participle(a)
                               for g in a.children if g.dep_ == "agent" for x in g.children if x.dep_ == "pobj"), None)
                    acts = self._resolve(obj, matches, ctx, sent, doc) or self._resolve(by, matches, ctx, sent, doc)
                    if acts:
                        return acts
                if c.dep_ not in ("advcl", "xcomp", "acl") or c.pos_ != "VERB" or not (_infinitive(c) or c.tag_ == "VBG"):
                    continue
                clause = next((g for g in c.children if g.dep_ == "ccomp" and g.pos_ in ("VERB", "AUX")), None)
                subj = self._clause_subject_token(clause) if clause is not None else None
                if subj is not None:
                    return self._resolve(subj, matches, ctx, sent, doc)
                entry = self._entry_for(c)
                if entry is None and c.lemma_.lower() not in VOICING_VERBS:
                    continue
                generic = TriggerEntry("020", "verb", c.lemma_.lower(), (c.lemma_.lower(),),
                                       None, frozenset(), frozenset(), AIM_SLOTS, ("nsubj",), False, True, None)
                icand = self._arguments(c, generic, matches, ctx, sent, doc)
                if icand is not None and icand.targets:
                    return icand.targets
        return []

    def _arguments(self, tok: Any, entry: TriggerEntry, matches: SentenceMatches, ctx: DocContext, sent: Sentence, doc: Document) -> Optional[_Candidate]:
        off = sent.start
        day = doc.date

        def res(t: Optional[Any]) -> list[Actor]:
            if t is None:
                return []
            return self.actors.resolve(t, matches, ctx, off, day)

        def res_target(t: Optional[Any]) -> list[Actor]:
            # "raided a shelter for Sudanese migrants", "demanded the removal of President X",
            # "endorsed an agreement with X": a thing that names no actor stands for the one it
            # belongs to, serves or is made with; "demanded an apology by X", "investigated crimes
            # by X", "sought sanctions against X": for whoever does it or suffers it; "undertook a
            # mission between X and Y": for both parties
            acts = res(t)
            # (a statement is aimed at whom it is made to, not at whom what it announces concerns)
            preps = ("of", "for", "with") if entry.code[:2] == "01" else ("of", "for", "with", "by", "against", "between", "among")
            if entry.code[:2] in ("09", "11"):
                # "denounced the referendum in X", "probed the killings in X": a judged or examined
                # thing that names no actor stands for the place it happened in
                preps = preps + ("in",)
            if not acts and t is not None and t.pos_ == "NOUN":
                for prep in preps:
                    o = self._prep_object(t, prep)
                    acts = res(o) if o is not None and o.pos_ in ("NOUN", "PROPN") else []
                    if prep in ("between", "among") and any(_same_actor(a, s) for a in acts for s in sources):
                        # "promoted cooperation between X and other countries" (X the subject)
                        acts = []
                    if acts:
                        break
                if not acts and entry.code[:2] != "01":
                    # "released a trawler operated by X", "the return of land seized by X": the thing
                    # stands for whoever holds it; "a suspension of air links with X": for the
                    # partner of the thing it is about
                    owner = next((x for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i != tok.i
                                  and _owner_participle(c)
                                  for g in c.children if g.dep_ == "agent" for x in g.children if x.dep_ == "pobj"), None)
                    of = self._prep_object(t, "of")
                    for o in [owner] + [self._prep_object(of, p) for p in ("with", "to", "against")
                                        if of is not None and of.pos_ == "NOUN"]:
                        acts = res(o) if o is not None and o.pos_ in ("NOUN", "PROPN") else []
                        if acts:
                            break
            if not acts and t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in OVERTURE_NOUNS:
                # "rejected an offer to hold talks with X", "an invitation to attend a meeting of X":
                # an overture names its party in the act it proposes
                act = next((c for c in t.children if c.dep_ == "acl" and c.pos_ == "VERB" and _infinitive(c)), None)
                obj = next((c for c in act.children if c.dep_ == "dobj"), None) if act is not None else None
                for o in ([self._prep_object(act, "with")] if act is not None else []) + (
                        [self._prep_object(obj, p) for p in ("with", "of", "between")] if obj is not None else []):
                    acts = [a for a in res(o) if not any(_same_actor(a, s) for s in sources)] if o is not None else []
                    if acts:
                        break
            if acts and t is not None and t.dep_ == "pobj" and t.head.dep_ == "prep":
                # "held talks with X, ..., and with Y": the same preposition coordinated
                for c in t.head.children:
                    if c.dep_ == "conj" and c.lower_ == t.head.lower_:
                        o = next((x for x in c.children if x.dep_ == "pobj"), None)
                        acts = acts + [a for a in res(o) if not any(_same_actor(a, b) for b in acts)]
            return acts

        def unknown(t: Optional[Any]) -> list[Actor]:
            # a person or group that no table codes keeps its words and span (code ---, no country)
            return self.actors.unresolved(t, matches, off) if t is not None else []

        def unknown_source(t: Optional[Any], verb: Optional[Any] = None) -> list[Actor]:
            # an uncoded source only where it is plainly the one who acts: an active subject, an
            # agent ("by X"), an owner ("X's visit"), the subject of a frame ("X is scheduled to
            # meet"), not the subject of the passive verb itself ("X was killed in an airstrike")
            if not self.options.uncoded_sources or t is None:
                return []
            if t.dep_ not in ("nsubj", "pobj", "poss") and not (t.dep_ == "nsubjpass" and verb is not None and t.head.i != verb.i):
                return []
            return unknown(t)

        sources: list[Actor] = []
        targets: list[Actor] = []
        uncoded: list[Actor] = []
        chain = [tok]
        pair = False
        light = None
        rule = entry.pos
        if entry.pos == "adj":
            # "X is pessimistic about Y": the subject of the copula feels it, about whoever the
            # phrase it is about names (or the subject of the that-clause: "confident that Y will ...")
            head = tok.head if tok.dep_ == "acomp" else tok
            if head.dep_ == "ccomp" and self._tone(head) is not None and (rep := self._entry_for(head.head)) is not None \
                    and rep.embed == "report":
                return None  # "X said it was optimistic": the report carries it (_reported_demand)
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                # (the parser may hang the subject on the auxiliary: "the government [is] committed")
                subj = next((g for c in head.children if c.dep_ in ("aux", "auxpass") for g in c.children
                             if g.dep_ in ("nsubj", "nsubjpass")), None) or self._subject_of(head)
            sources = res(subj) or unknown_source(subj, head if subj is None or subj.dep_ != "nsubjpass" else None)
            if not sources and subj is not None and subj.dep_ == "nsubjpass" and self.options.uncoded_sources:
                sources = unknown(subj)
            for slot in entry.target:
                t = self._prep_object(tok, slot)
                if t is None:
                    continue
                # the first actor the phrase names ("about the prospects of talks with X")
                for x in self._named_in(t, matches):
                    targets = [a for a in res_target(x) if not any(_same_actor(a, b) for b in sources)]
                    if targets:
                        break
                if targets:
                    break
            if not targets:
                clause = next((c for c in list(tok.children) + list(head.children) if c.dep_ == "ccomp"), None)
                csubj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
                if csubj is not None and csubj.lower_ not in ("it", "this", "that", "there", "we", "i", "they"):
                    targets = self._others(res_target(csubj), sources)
            h = head
            if h is not tok:
                chain.append(h)
            while h.dep_ in ("xcomp", "conj", "ccomp", "advcl", "pcomp") and h.head.i != h.i and len(chain) < 5:
                h = h.head
                chain.append(h)
        elif entry.pos == "verb":
            participle = tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN")
            active = participle and self._misparsed_main_verb(tok, entry)
            if active:
                participle = False  # "A Kenyan weekly urged on Monday ...": the noun is the subject
            passive = (self._is_passive(tok) or participle) and entry.passive_target_is_subject
            if passive and tok.lemma_.lower() in ("engage", "involve") and self._prep_object(tok, "in") is not None:
                passive = False  # "troops were engaged in fighting": their own act
            stance = False
            if passive and not participle and entry.code[:2] in ("11", "12") and self._prep_object(tok, "by") is None \
                    and self._prep_object(tok, "to") is not None:
                passive, stance = False, True  # "X is opposed to Y": a stance of the subject, not done to it
            if passive:
                agent = self._prep_object(tok, "by")
                if agent is None and (stranded := self._stranded_agent(tok)) is not None and res(stranded):
                    agent = stranded  # (one that names an actor: not "of smuggling arms by boat")
                sources = res(agent) or unknown_source(agent)
                if agent is not None and agent.lemma_.lower() in ACCIDENT_NOUNS and entry.code[:2] in UNKNOWN_ATTACKER_ROOTS:
                    sources = []  # "killed by the <airline> crash": the name in the accident is no attacker
                # "soldiers backed by AU troops": the participle's head noun is the target
                subj = tok.head if participle else next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                targets = res_target(subj)
                uncoded = [] if targets else unknown(subj)
                rule = "verb-passive"
                if not sources and entry.mutual and subj is not None and subj.pos_ == "NOUN":
                    # "relations between X and Y were established in 1964", "X's ties with Y were
                    # restored": the parties are named in the subject itself
                    btw = self._prep_object_deep(subj, ("between", "among"))
                    parties = res(btw) if btw is not None else []
                    owners = res(next((c for c in subj.children if c.dep_ == "poss"), None))
                    if len(parties) >= 2:
                        sources, targets, uncoded, pair = parties, [], [], True
                    elif owners:
                        sources = owners
                        targets = [a for a in res(self._prep_object(subj, "with")) if not any(_same_actor(a, b) for b in sources)]
                        uncoded = []
                if (agent is None and not participle and targets and not sources and entry.code[:2] in UNNAMED_SOURCE_ROOTS
                        and tok.lemma_.lower() not in PERMIT_LEMMAS  # "is not allowed to leave" restricts
                        and not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children)):
                    # "Seven Turkish drivers were freed": the unstated agent, mentioned by the verb
                    sources = [self._unknown_agent(tok, off)]
                elif ((not participle or _existential(tok)) and targets and not sources and entry.code[:2] in UNKNOWN_ATTACKER_ROOTS
                      and (agent is None or not self._animate(agent)) and self._accident(tok)):
                    return None  # "twenty passengers were killed in a bus crash": no one attacked them
                elif ((not participle or _existential(tok)) and targets and not sources and entry.code[:2] in UNKNOWN_ATTACKER_ROOTS
                      and (agent is None or not self._animate(agent))):
                    # "three policemen were killed (by a landmine)": an attack whose author is not
                    # named; the weapon, or the verb, stands for the unknown attacker
                    sources = (self._attack_author(tok, res) if agent is None else []) or [
                        self._unknown_agent(agent if agent is not None else tok, off)]
                elif (agent is None and not participle and targets and not sources and entry.code[:2] == "15"
                      and subj is not None and (subj.lemma_.lower() in FORCE_NOUNS
                                                 or all(set(a.sectors) & _FORCE_SECTORS for a in targets))):
                    # "Indian troops were deployed / put on alert along the border": forces moved by
                    # their own side, the show of force is theirs (aimed at the place, if any)
                    sources, targets = targets, []
            else:
                subj_tok = tok.head if active else self._subject_of(tok)
                sources = res(subj_tok) or (unknown(subj_tok) if active and self.options.uncoded_sources else unknown_source(subj_tok, tok))
                if (not sources and subj_tok is not None and entry.code[:2] in UNKNOWN_ATTACKER_ROOTS and subj_tok.pos_ == "NOUN"
                        and not self._animate(subj_tok)
                        and (subj_tok.lemma_.lower() in WEAPON_NOUNS or self._entry_for(subj_tok) is not None)):
                    # "a roadside bombing killed two soldiers": the act or weapon, not an actor, is the
                    # subject; the attacker is unknown unless named in it ("airstrikes by the army")
                    sources = (res(self._prep_object(subj_tok, "by")) or res(self._weapon_author(subj_tok))
                               or [self._unknown_agent(subj_tok, off)])
                elif (not sources and subj_tok is not None and entry.code[:2] in UNKNOWN_ATTACKER_ROOTS and tok.dep_ == "acl"
                      and subj_tok.i == tok.head.i and subj_tok.lemma_.lower() in ATTEMPT_NOUNS and _infinitive(tok)):
                    # "an attempt to assassinate the mayor was foiled": an attack tried by no one
                    # named (CAMEO codes the attempt as the act); the attempt stands for its author
                    sources = [self._unknown_agent(subj_tok, off)]
                # "X is opposed to Y": a stance of the subject, whose grammatical object is no target
                slot_toks = [(slot, self._slot_token(tok, slot)) for slot in entry.target if not (stance and slot == "nsubjpass")]
                if (addressee := self._addressee(tok)) is not None:
                    slot_toks = [("dobj", addressee)]  # "wrote to X urging him to ...": him is X
                for slot, t in slot_toks:
                    targets = res_target(t)
                    if slot == "between" and targets:
                        pair = True
                    if slot == "in" and targets and entry.code[:2] in CAPITAL_AS_PLACE_ROOTS:
                        targets = self._capital_as_place(t, targets, sources, matches)
                    if targets:
                        break
                if not targets and active and tok.head.dep_ == "appos":
                    # "The ministry is hiding the figures, an opposition group charged": the reported
                    # clause's subject is the one complained of
                    said = next((c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    targets = self._others(res_target(said), sources)
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if (not targets and obj is not None and obj.pos_ == "NUM" and not any(c.dep_ == "prep" for c in obj.children)
                        and tok.dep_ == "conj" and tok.head.pos_ == "VERB"):
                    # "detained 30 Kenyan traders and deported 12": a bare number counts the people
                    # the coordinated verb before it named
                    prev = next((c for c in tok.head.children if c.dep_ == "dobj"), None) or self._misparsed_object(tok.head)
                    targets = self._others(res_target(prev), sources) if prev is not None and prev.pos_ != "NUM" else []
                if not targets:
                    uncoded = next((a for _, t in slot_toks for a in [unknown(t)] if a), [])
                unnamed = bool(sources) and all(a.code == UNCODED for a in sources)
                if unnamed and not targets and not uncoded and entry.code[:2] in UNNAMED_SOURCE_ROOTS and any(
                        c.dep_ == "dobj" for c in tok.children):
                    # what an unknown name "released" or "provided" must be aimed at someone
                    # ("Apple released a new phone" is no concession)
                    sources = []
                if not targets and not entry.with_ and tok.lemma_.lower() in PERMIT_LEMMAS:
                    # "allowed the opposition to rally" is a concession to someone (the parser may
                    # make them the subject of the clause); "allowed the process to go on" names
                    # no one it is made to
                    clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
                    allowed = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
                    targets = res_target(allowed)
                    if not targets or unnamed or all(a.sectors[:1] == ("CVL",) for a in sources):
                        sources = []  # ... and is made by someone with the power to allow
                if (entry.code[:2] in HOSTILE_ROOTS and tok.tag_ == "VBG"
                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
                    # "displaced by fighting between X and Y": a gerund with no subject of its own
                    # is the act of the pair it is between, not of the subject it would inherit
                    between = self._prep_object(tok, "between")
                    parties = res(between) if between is not None else []
                    if len({(a.code, a.text) for a in parties}) >= 2:
                        sources, targets, uncoded, pair = parties, [], [], True
                    elif (tok.dep_ == "advcl" and subj_tok is not None and subj_tok.dep_ == "nsubjpass"
                          and subj_tok.head.i == tok.head.i):
                        # "five people were killed in <demonym> tank shelling" (the gerund hung on
                        # the passive verb): those who suffered the act did not carry it out
                        sources = []
                if entry.converse and not pair and (targets or uncoded):
                    # "Georgia received weapons from Russia": the giver is the source
                    sources, targets, uncoded = targets or uncoded, sources, []
            h = tok
            while len(chain) < 5:
                if h.dep_ in ("xcomp", "conj", "ccomp", "advcl", "pcomp") and h.head.i != h.i:
                    h = h.head
                elif h.dep_ == "prep" and h.lower_ == "of" and h.head.lemma_.lower() in PROCESS_NOUNS \
                        and h.head.dep_ in ("dobj", "nsubjpass") and h.head.head.pos_ == "VERB":
                    h = h.head.head  # "will begin / halted the process of withdrawing": that verb's modality
                else:
                    break
                chain.append(h)
        else:
            # nominal event: "the visit of X to Y", "X's visit", "talks between X and Y", "X paid a visit"
            if (entry.code[:2] == "14" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep"
                    and (held := self._entry_for(tok.head.head)) is not None and held.code[:2] == "14"):
                # "went on a hunger strike in protest at X": the protest is what the strike is for,
                # one act told once (with X its target, read by the strike)
                return None
            src_toks: list[tuple[Any, Any]] = []
            faced = self._faced_from(tok)
            if faced is not None and (sources := res(faced[1])):
                light = faced[0]
            for slot in (() if sources else entry.source):
                if slot == "poss":
                    t = next((c for c in tok.children if c.dep_ == "poss"), None)
                elif slot == "light":
                    t = None
                    held = tok
                    if (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in CONTAINER_NOUNS
                            and tok.head.head.dep_ in ("dobj", "attr")):
                        held = tok.head.head  # "prepared a new package of sanctions": the package is the object
                    elif tok.dep_ == "compound" and tok.head.lemma_.lower() in EFFORT_NOUNS:
                        held = tok.head  # "launched a mediation effort": the effort is the object
                    if held.dep_ in ("dobj", "attr") and held.head.pos_ in ("VERB", "AUX") and held.head.lemma_.lower() not in REACTION_VERBS \
                            and held.head.lemma_.lower() not in UNDERGO_EVENT_VERBS:
                        light = held.head
                        t = self._subject_of(light)
                    elif tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" and tok.head.lower_ in ("in", "at", "into") \
                            and tok.head.head.lemma_.lower() not in UNDERGO_EVENT_VERBS:
                        light = tok.head.head
                        # "soldiers were killed in an ambush": the passive subject suffered it
                        t = self._prep_object(light, "by") if self._suffered(light) else self._subject_of(light)
                    elif tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() == "be" \
                            and tok.head.dep_ == "prep":
                        # "the miners have been on strike for a month", "the minister is on a visit to
                        # X": whoever is on the event is doing it
                        light = tok.head.head
                        t = self._subject_of(light)
                    elif (held := self._held_responsible(tok)) is not None:
                        # "the army is behind the attacks", "X is responsible for mass killings"
                        light = held
                        t = self._subject_of(light)
                    elif (tok.dep_ == "nsubjpass" and tok.head.pos_ == "VERB"
                          and tok.head.lemma_.lower() in LIGHT_VERBS | PRESENTING_VERBS
                          and self._prep_object(tok.head, "by") is not None):
                        # the light verb in the passive: "charges were brought against X by the
                        # prosecutor", "a complaint was lodged by Y": its agent did it
                        light = tok.head
                        t = self._prep_object(light, "by")
                    elif tok.dep_ in ("nsubj", "nsubjpass"):
                        t = None
                else:
                    t = self._prep_object(tok, slot)
                sources = res(t)
                if sources:
                    break
                src_toks.append((t, light if slot == "light" else None))
            # "a mediation effort between X and Y": the framing noun carries the event's phrases
            frame = tok.head if tok.dep_ == "compound" and tok.head.lemma_.lower() in EFFORT_NOUNS else None
            between = self._prep_object_deep(tok, ("between", "among"))
            if between is None and frame is not None:
                between = self._prep_object_deep(frame, ("between", "among"))
            if between is None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" \
                    and tok.head.lemma_.lower() in OCCUR_VERBS:
                between = next((x for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                                for x in c.children if x.dep_ == "pobj"), None)
            if between is not None and not sources and frame is not None and "between" in entry.target:
                # "an unnamed envoy launched a mediation effort between X and Y": X and Y are
                # what is mediated between, never the mediator
                sources = next((a for t, verb in src_toks for a in [unknown_source(t, verb)] if a), [])
                targets = res(between)
            elif between is not None and sources and "between" in entry.target:
                # "Norway's mediation between X and Y": the parties are the targets, not the source
                targets = [a for a in res(between) if not any(a.code == s.code and a.name == s.name for s in sources)]
            elif between is not None:
                sources = res(between)
                pair = True
            else:
                # compounds: "Vietnam-US talks", "the Biden-Lam meeting"
                # ("an official visit", "an official ceremony": an adjective that is also a title names no one)
                comp = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i in matches.by_token
                        and not (c.pos_ == "ADJ" and all(en.kind == "title" for en in matches.by_token[c.i][2]))]
                if comp and not sources:
                    acts: list[Actor] = []
                    for c in comp:
                        # "military aid", "police action": a bare sector word names no one
                        acts.extend(a for a in res(c) if a.country is not None)
                    if len(acts) >= 2:
                        sources, pair = acts, True
                    elif acts:
                        sources = acts
                if not sources and not pair:
                    sources = next((a for t, verb in src_toks for a in [unknown_source(t, verb)] if a), [])
                tgt_toks: list[Any] = []
                for slot in entry.target:
                    if pair:
                        break
                    t = self._prep_object(tok, slot)
                    if t is None and slot == "from" and tok.lemma_.lower() in MOVE_OUT_NOUNS:
                        # "the pullout of some units from X" (the place hung on the units)
                        moved = self._prep_object(tok, "of")
                        t = self._prep_object(moved, "from") if moved is not None else None
                    if t is None and frame is not None:
                        t = self._prep_object(frame, slot)
                    if t is None and light is not None:
                        t = self._prep_object(light, slot)
                    if t is not None and any(a for a in res(t)) and slot == "of" and not sources:
                        continue
                    targets = [a for a in res_target(t) if not any(_same_actor(a, s) for s in sources)]
                    if targets:
                        break
                    tgt_toks.append(t)
                if faced is not None and light is faced[0]:
                    # "X faces criticism from Y": the act is aimed at the one who faces it
                    targets = self._others(res_target(self._subject_of(light)), sources) or targets
                of = self._prep_object(tok, "of") if not targets and not pair and "of" not in entry.target else None
                if of is not None and of.pos_ == "NOUN" and not res(of):
                    # "a suspension of air links with X", "the destruction of homes of X": the act is
                    # aimed at whom the thing it is done to belongs to or is shared with
                    targets = [a for a in res_target(of) if not any(_same_actor(a, s) for s in sources)]
                if not targets and not pair and light is not None and tok.dep_ == "pobj":
                    # "engaged peacekeepers in a firefight", "killed two soldiers in an ambush",
                    # "two soldiers were killed in an ambush"
                    obj = next((c for c in light.children if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and self._suffered(light))), None)
                    if obj is None and light.dep_ == "acl" and self._suffered(light):
                        obj = light.head  # "two guards killed in a rebel ambush": the guards suffered it
                    targets = [a for a in res_target(obj) if not any(_same_actor(a, s) for s in sources)]
                    tgt_toks.append(obj)
                    if targets and not sources and entry.code[:2] in UNKNOWN_ATTACKER_ROOTS and self._suffered(light):
                        sources = [self._unknown_agent(tok, off)]
                died = self._died_of(tok) if not sources and entry.code[:2] in UNKNOWN_ATTACKER_ROOTS else None
                if died is not None:
                    # "twelve civilians died in airstrikes", "a prisoner died of torture": the dead
                    # suffered the act; in a fight "with X" they were on the other side of X
                    victims = res_target(self._subject_of(died))
                    if victims and targets and not pair and entry.mutual:
                        sources = victims
                    elif victims:
                        # "died in an attack by the XYZ": the named but uncoded group
                        sources, targets = unknown(self._prep_object(tok, "by")) or [self._unknown_agent(tok, off)], victims
                        light = died
                if not targets and not pair:
                    uncoded = next((a for t in tgt_toks for a in [unknown(t)] if a and not any(_same_actor(a[0], s) for s in sources)), [])
            h = light if light is not None else tok.head
            if h is not None and h is not tok:
                chain.append(h)
                while h.dep_ in ("xcomp", "conj", "ccomp", "advcl", "pcomp") and h.head.i != h.i and len(chain) < 5:
                    h = h.head
                    chain.append(h)
            rule = "noun-light" if light is not None else "noun"
        if not targets and not pair and sources and entry.code[:2] == "14":
            # (a government of no known country, "X's government", is the protesters' own, as for
            # a protest that names no one; other uncoded aims are left out)
            home = next((a.country for a in sources if a.country and a.country != "IGO"), None)
            targets = [a if a.country else replace(a, code=home + a.code[3:], country=home, resolved_by="composition")
                       for a in self._others(self._aim_targets(tok, light, matches, ctx, sent, doc), sources)
                       if a.country or (home and a.code == UNCODED + "GOV")]
        if not targets and not pair and sources and entry.pos == "verb" and entry.code[:2] in _PLACE_TARGET_ROOTS:
            targets = self._place_target(tok, res)
        if not targets and not pair and sources and entry.code[:2] in UNKNOWN_ATTACKER_ROOTS:
            targets = self._others(self._coercion_aim(tok if entry.pos == "verb" else light, res_target), sources)
        if not targets and not pair and sources and entry.code == "015":
            targets = self._others(self._claimed_target(tok, res_target, res), sources)
        if not targets and not pair and sources and entry.code in _SYMPATHY_CODES:
            targets = self._occasion_place(tok, res, sent)
        sources, targets = _unfill(sources, targets), _unfill(targets, sources)
        if (entry.code[:2] == "15" and not targets and len({a.country for a in sources if a.country}) >= 2
                and any(e.code.startswith("062") for e in self.k.triggers.get((entry.pos, tok.lemma_.lower()), ()))):
            # "French and Egyptian warships began naval exercises": drills two states hold together
            # are military cooperation (062), not a show of force aimed at anyone
            entry = replace(entry, code="062", mutual=True)
        if entry.mutual and not targets and len(sources) >= 2:
            pair = True
        elif (not targets and (len({a.country for a in sources if a.country}) >= 2
                               # "the Nepali government and Maoist rebels signed an accord": two
                               # sides of one country are parties to each other as well
                               or len({a.code for a in sources if a.country and a.country != "IGO"}) >= 2)
              and (entry.code[:2] in MUTUAL_ROOTS or (entry.code[:2] == "03" and (any(h.lemma_ == "agree" for h in chain)
                                                                               or self._joint(chain))))):
            # "Chile and Peru signed an accord", "X and Y agreed to a truce": cooperation between
            # the coordinated parties themselves when no one else is named ("A and B offered to
            # resettle refugees" is not: an offer is made to someone else)
            pair = True
        if not sources and not pair:
            return None
        if not targets and not pair and entry.code[:2] == "11" and entry.pos == "verb" and ctx.last_attacker is not None:
            # "Beijing condemned the downing": the act referred back to is the last attack the story
            # told, aimed at whoever carried it out
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            att = ctx.last_attacker
            # a bare definite noun: "the bombing", not "the Israeli bombing" or "the bombing of X"
            bare = obj is not None and not any(c.dep_ in ("prep", "poss", "compound") or (c.dep_ == "amod" and c.i in matches.by_token)
                                               for c in obj.children)
            if (bare and obj.pos_ == "NOUN" and not self._animate(obj)
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in obj.children)
                    and all(a.country and a.country != att.country for a in sources)):
                targets = [replace(att, text=obj.text, start=sent.start + obj.idx, end=sent.start + obj.idx + len(obj.text),
                                   resolved_by="coreference")]
        if not targets and not pair and sources and entry.embed == "report" and entry.pos == "verb":
            targets = self._spoken_of(tok, sources, res)
        if (not targets and not pair and sources and entry.pos == "verb" and tok.pos_ == "VERB"
                and self._matrix_kind(entry) == "accuse"):
            targets = self._alleged_actor(tok, sources, res_target)
        if not targets and not pair and entry.code[:2] == "02" and any(c.dep_ in ("dobj", "dative") for c in tok.children):
            pass  # "mobilising countries to donate ...": the addressee is named but generic
        elif not targets and not pair and entry.code[:2] == "02" and (
                (entry.pos == "verb" and self._asked_for(tok))
                or (tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in APPEAL_LIGHT_VERBS
                    and (self._asked_for(tok) or self._asked_for(tok.head)))):
            pass  # "called for reforms", "appealed for calm", "made a plea for calm": an appeal to no one in particular
        elif not targets and not pair and entry.code[:3] in ("012", "013") and entry.with_ and entry.pos == "verb":
            pass  # "voiced concern over the situation", "expressed hope for a deal": a gloomy or hopeful comment needs no addressee
        elif not targets and not pair and entry.code == "010" and entry.pos == "verb" and self._plain_statement(tok, sources, res):
            pass  # "X said on Monday that the economy would recover": a public statement (010)
        elif (not targets and not pair and entry.code[:2] in ("01", "02", "10", "11", "12", "13") and not self._embeds_event(tok, entry)
              and not uncoded):
            # statements and verbal conflict need someone they are aimed at
            return None
        if (entry.code[:2] in UNKNOWN_ATTACKER_ROOTS and not pair and len(sources) == 1 and sources[0].code == UNCODED
                and sources[0].country is None and not sources[0].sectors and sources[0].resolved_by == "composition"):
            # "a roadside bomb near the town of <X> killed two <foreign> soldiers": an attack on
            # foreigners that no one is named for is coded to the country where it struck (its
            # unknown authors are taken as local); on the country's own people it stays unknown
            scene = self._scene_country(tok, light, sent, res) if targets else None
            if scene is not None and all(a.country and a.country not in (scene, "IGO") for a in targets):
                sources = [replace(sources[0], code=scene, country=scene)]
        return _Candidate(tok, entry, sources, targets, pair, chain, entry.code, rule, light,
                          uncoded_targets=[] if targets or pair else uncoded)

    # ------------------------------------------------------------------ events
    def _events(self, doc: Document, sent: Sentence, cand: _Candidate, dates: list[DateMention], ctx: DocContext) -> Iterable[Event]:
        modality = cand.modality or self._modality(cand)
        code = cand.code
        aim = modality == "occurred" and not cand.modality and self._purpose(cand)
        if aim:
            modality = "planned"  # what an act was done for has not happened (no intent or threat either)
        if modality == "planned" and not aim:
            info = self.k.code_info(code)
            # CAMEO 03: future-tense cooperative acts (meetings and visits stay as planned 04x)
            intent = info.intent_code or self.k.code_info(code[:2]).intent_code
            if intent and code[:2] in ("05", "06", "07", "08"):
                code = intent
            elif code[:2] in HOSTILE_ROOTS and self._announced(cand):
                code = self._derived_code("threat", code, code)  # CAMEO: future-tense conflictual acts are 13x
        if modality == "negated" and code[:2] in REFUSABLE_ROOTS and not cand.modality and self._refusal(cand):
            # "would not provide loans", "failed to reach an agreement", "will not accept": a
            # cooperative act negated is a refusal of it (CAMEO 12)
            code = self._derived_code("reject", code, code)
            if code[:2] != "12":
                code = "120"
            modality = "occurred"
        date = self._date(cand, dates, doc, ctx, modality, sent)
        if aim and date.start is None:
            date = self._date(cand, dates, doc, ctx, "occurred", sent)  # an aim is dated with the act it is the aim of
        if modality == "occurred" and date.basis == "text" and date.start and doc.date and date.start > doc.date:
            if code[:2] in SPOKEN_ROOTS and cand.entry.pos == "verb":
                # "invited X to visit next year", "demanded that Y withdraw by June": the future date
                # is the act asked for or threatened; the invitation or demand was made now
                date = EventDate(doc.date, doc.date, None, "day", "publication")
            else:
                modality = "planned"
        info = self.k.code_info(code)
        plover = _plover(info)
        pairs: list[tuple[Actor, Optional[Actor]]] = []
        if cand.pair:
            srcs = cand.sources[:4]
            for a in srcs:
                for b in srcs:
                    # (two sides of one country fight each other: "clashes between the army and rebels")
                    # (and the state and its armed or political opponents make peace with each other:
                    # "the government and the rebels declared a truce" is a pair, GOV <-> REB)
                    if a is not b and (a.code != b.code or a.name != b.name) and (a.country != b.country or a.country is None or (
                            code[:2] in HOSTILE_ROOTS and a.sectors[:1] != b.sectors[:1] and bool(a.sectors) and bool(b.sectors))
                            or _state_and_opponent(a, b)):
                        pairs.append((a, b))
            if not pairs and cand.targets:
                pairs = [(a, b) for a in srcs for b in cand.targets[:4]]
        else:
            tgts: list[Optional[Actor]] = list(cand.targets[:4]) or [None]
            for a in cand.sources[:4]:
                for b in tgts:
                    if b is not None and _same_actor(a, b) and not self._two_peoples(a, b):
                        continue  # the same actor
                    pairs.append((a, b))
        tok = cand.trigger
        trig = Mention(tok.text, sent.start + tok.idx, sent.start + tok.idx + len(tok.text))
        location = self._location(cand, pairs, sent)
        if code.startswith("042") and not cand.pair and location is None and all(b is None for _, b in pairs) and self._arrival(cand):
            # "SEOUL, June 12 (Wire) - ... X arrived on Tuesday evening": an arrival that names no
            # destination is a visit to where the story is filed, by a party foreign to it; with no
            # such dateline it tells no visit
            line = ctx.dateline
            if line is None or not line.country or line.start is None or line.end is None:
                if cand.entry.pos == "verb":
                    return
            else:
                host = Actor(line.text, line.start, line.end, line.country, line.country, (), None, None, None, "composition")
                pairs = [(a, host if a.country and a.country not in (line.country, "IGO") else b) for a, b in pairs]
                if any(b is host for _, b in pairs):
                    location = line
                elif cand.entry.pos == "verb":
                    return
        if code.startswith("043") and cand.pair and location is not None and location.country:
            # a reception between two parties ("the reception ... of X and Y in Hanoi") is hosted by
            # the party at home, not both ways
            home = [(a, b) for a, b in pairs if a.country == location.country]
            if home and len(home) < len(pairs):
                pairs = home
        placed = False
        if (not cand.pair and not cand.targets and code[:2] in PLACE_TARGET_ROOTS and location is not None
                and location.country and location.start is not None and location.end is not None):
            # "imposed a curfew in X", "staged protests in X", "fired at targets in X": the place
            # where force or protest is used is the party it is aimed at when no one else is named
            iso = location.country
            where = Actor(location.text, location.start, location.end, iso, iso, (), None, None, None, "composition")
            pairs = [(a, None if a.code == iso else where) for a, b in pairs]
            placed = any(b is where for a, b in pairs)
        if (not placed and not cand.pair and code[:2] in PLACE_OBJECT_ROOTS and not code.startswith(("042", "043"))
                and not cand.uncoded_targets and pairs and all(b is None or b.country is None for a, b in pairs)):
            # "agreed to build a clinic in X", "ready to add troops to a force in X": the place the act
            # is aimed at stands in for a target that is missing or names no country (a person the
            # text names stays the target: "met Ana Ruiz in X")
            # (an appeal's "to" place is where someone is asked to go: "urged them to return to X")
            dest = self._place_of_act(cand, sent, ("in", "at", "inside") if code[:2] == "02" else ("in", "at", "inside", "to", "into"))
            if dest is not None and dest.country and dest.start is not None and dest.end is not None:
                where = Actor(dest.text, dest.start, dest.end, dest.country, dest.country, (), None, None, None, "composition")
                # (the actor's own country does not replace a person it names: "pressed foreign
                # firms to move their plants to X" is aimed at the firms, not at X)
                pairs = [(a, b if b is not None and a.country == where.country else where) for a, b in pairs]
                placed = True
        if not cand.pair and code[:2] == "14":
            # a protest that names no one is aimed at the protesters' own government; one against
            # a leader or government of no stated country ("rallied against the party's leader"),
            # at their own country's
            pairs = [(a, b) if (b is not None and (b.country or not set(b.sectors) & STATE_SECTORS))
                     or not self._people_of_a_country(a)
                     else (a, Actor(a.text, a.start, a.end, a.country + "GOV", a.country, ("GOV",), None, None, None, "context"))
                     if b is None else (a, replace(b, code=a.country + b.code[3:], country=a.country, resolved_by="context"))
                     for a, b in pairs]
        subordinate = self._subordinate(cand)
        if not cand.pair and cand.uncoded_targets:
            # no coded target, place or protest target: the person or group the text names, uncoded
            unc = cand.uncoded_targets[0]
            pairs = [(a, b if b is not None or _same_actor(a, unc) else unc) for a, b in pairs]
        if not cand.pair and code in DOMESTIC_CODES:
            # "lifted the curfew", "threatened martial law": the country of the state that acts
            # (ranked as an act with no target: the text names none)
            def own_country(a: Actor, b: Optional[Actor]) -> Actor:
                m = b if b is not None else a  # the words that name it: an uncoded target's, else the actor's
                return Actor(m.text, m.start, m.end, a.country, a.country, (), None, None, None, "composition")

            filled = [(a, b) if (b is not None and b.country) or not a.country or a.country == "IGO" else (a, own_country(a, b))
                      for a, b in pairs]
            placed = placed or filled != pairs
            pairs = filled
        if not cand.pair and code[:2] in DOMESTIC_SOURCE_ROOTS:
            if not code.startswith("174"):  # (one who expels or deports sends people to another country)
                pairs = [(self._domestic_source(a, b, code[:2] in SPOKEN_ROOTS | {"11"}), b) for a, b in pairs]
        for src, tgt in pairs:
            conf = 0.9 if cand.entry.pos == "verb" else 0.8
            if tgt is None or placed:
                conf -= 0.15
            if src.resolved_by in ("coreference", "speaker", "context") or (tgt and tgt.resolved_by in ("coreference", "speaker", "context")):
                conf -= 0.1
            if src.country is None or (tgt is not None and tgt.country is None):
                conf -= 0.2
            if sent.is_question:
                conf -= 0.05
            if modality == "hypothetical":
                conf -= HYPOTHETICAL_PENALTY
            if subordinate:
                conf -= SUBORDINATE_PENALTY
            # a country taken from the sentence or document is, for the output, in-document coreference
            src = replace(src, resolved_by="coreference") if src.resolved_by == "context" else src
            if tgt is not None and tgt.resolved_by == "context":
                tgt = replace(tgt, resolved_by="coreference")
            yield Event(
                event_id=_event_id(doc.id, sent.index, trig.start, code, src.code, src.name, tgt.code if tgt else "", tgt.name if tgt else ""),
                doc_id=doc.id,
                sentence_index=sent.index,
                sentence=sent.text,
                sentence_start=sent.start,
                sentence_end=sent.end,
                trigger=trig,
                cameo=code,
                cameo_root=code[:2],
                cameo_name=info.name,
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                plover=plover,
                source=src,
                target=tgt,
                date=date,
                modality=modality,
                location=location,
                confidence=round(max(0.05, conf), 2),
                doc_date=doc.date,
                rule=f"{cand.rule}:{cand.entry.code}:{'+'.join(cand.entry.words)}",
                reciprocal=cand.pair,
                in_question=sent.is_question,
                extras={"trigger_lemma": tok.lemma_.lower() if cand.entry.pos == "noun" else None, "subordinate": subordinate,
                        "placed": placed},
            )

    def _subordinate(self, cand: _Candidate) -> bool:
        """An event told in a clause that hangs on another: a participle or relative clause ("a
        team trying to broker a deal", "crimes committed by X"), an adverbial or purpose clause
        ("..., offering support", "visited X to boost ties"), a time phrase ("before joining X"),
        or a noun event inside the phrase of another event word ("an inquiry into the allegation
        that ..."). The sentence's main event should win over it."""
        h = cand.light if cand.light is not None else cand.trigger
        for _ in range(8):
            if h.dep_ in ("advcl", "acl", "relcl"):
                return True
            if h.dep_ in ("pcomp", "pobj") and h.head.lower_ in TIME_PREPS:
                return True
            if h.head.i == h.i:
                break
            h = h.head
        tok = cand.trigger
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        h = tok
        for _ in range(8):
            head = h.head
            if head.i == h.i or (h is not tok and h.pos_ in ("VERB", "AUX")):
                return False
            if head.pos_ in ("NOUN", "PROPN") and h.dep_ in ("pobj", "prep"):
                e = self._entry_for(head)
                if e is not None and e.embed != "report":
                    return True
            h = head
        return False

    def _two_peoples(self, a: Actor, b: Actor) -> bool:
        """Two different groups of one country, neither the state itself: "Serb forces killed
        ethnic Albanians in Serbia" is SRB->SRB."""
        return (a.code == a.country and not a.name and a.text.lower() != b.text.lower()
                and not self._names_state(a) and not self._names_state(b))

    def _speaks_for_state(self, a: Actor) -> bool:
        """A government, its officials or a country named as such (not its people or an IGO)."""
        if not a.country or a.country == "IGO":
            return False
        if a.sectors:
            return set(a.sectors) <= {"GOV"}
        return self._names_state(a)

    @staticmethod
    def _domestic_source(a: Actor, b: Optional[Actor], spoken: bool) -> Actor:
        """An actor of no stated country ("striking teachers", "hardline clerics") who protests,
        demands of or represses ... one country's state or people: that country's own. Words alone
        are local only when said by a social group: a person, official or group of unnamed kind that
        speaks of a country ("President Okoro warned Ruritania", "Mr Adeyemi said Ruritania must
        ...", "the group opposes Ruritanian investment") is as likely a foreign one."""
        if (a.country is not None or a.code[:3] != UNCODED or a.name is not None or b is None or not b.country
                or b.country == "IGO" or set(a.sectors) & FOREIGN_SECTORS
                or (spoken and (not a.sectors or set(a.sectors) & (STATE_SECTORS | {"ENV"})))):
            return a
        return replace(a, code=b.country + a.code[3:], country=b.country, resolved_by="context")

    def _people_of_a_country(self, a: Actor) -> bool:
        """Protesters, students, opposition ... of one country, not the state or its forces."""
        if not a.country or a.country == "IGO" or set(a.sectors) & STATE_SECTORS:
            return False
        return bool(a.sectors) or not self._names_state(a)

    def _names_state(self, a: Actor) -> bool:
        """The actor is a country named as such ("Vietnam protested"), not its people ("Bolivians",
        "thousands of Bolivian students"): the first country word is a name, not a demonym."""
        for s, e, entries in self.k.gazetteer.find(a.text.split()):
            kinds = [en for en in entries if en.kind == "country"]
            if kinds:
                return all(en.form != "adjective" for en in kinds)
        return True

    def _refusal(self, cand: _Candidate) -> bool:
        """A negated act that is a refusal: "will not accept", "does not support", "failed to
        agree" (not a past fact, "did not visit", nor a condition, "if ... not dropped")."""
        chain = cand.chain[:3]
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for h in chain for c in h.children):
            return False
        for i, h in enumerate(chain):
            kids = list(h.children)
            if any(c.dep_ == "neg" for c in kids):
                return any(c.dep_ == "aux" and c.lower_ in REFUSAL_AUX for c in kids)
            if i > 0 and h.lemma_.lower() in ("fail", "refuse", "decline"):
                return True
        return False

    def _modality(self, cand: _Candidate) -> str:
        tok = cand.trigger
        for h in cand.chain[:3]:
            kids = list(h.children)
            if any(c.dep_ == "neg" for c in kids) or any(c.lower_ in ("never", "no") and c.dep_ in ("neg", "det", "advmod") for c in kids):
                return "negated"
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids) or (h.dep_ == "advcl" and any(c.lower_ == "if" for c in kids)):
                return "hypothetical"
            # "If the talks succeed, X will visit Y": the main clause depends on the condition
            if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children) for c in kids):
                return "hypothetical"
        if self._possible(cand):
            return "hypothetical"
        if cand.entry.pos == "noun" and any(c.dep_ == "amod" and c.lower_ in FUTURE_AMODS for c in tok.children):
            return "planned"
        if (cand.entry.pos == "noun" and tok.dep_ == "conj" and tok.head.pos_ == "NOUN"
                and any(c.dep_ == "amod" and c.lower_ in FUTURE_AMODS for c in tok.head.children)):
            return "planned"  # "the upcoming visit to X and his participation in Y": both ahead
        if cand.code.startswith("04") and _scheduled_journey(tok):
            return "planned"
        for i, h in enumerate(cand.chain[:4]):
            kids = list(h.children)
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in kids):
                return "planned"
            if _infinitive(h) and h.dep_ == "xcomp" and h.head.lemma_.lower() in PLAN_LEMMAS:
                return "planned"
            if i > 0 and h.lemma_.lower() in NEG_LEMMAS and h.lemma_.lower() != "call":
                return "negated"
            if i > 0 and h.lemma_.lower() in PLAN_LEMMAS and not (h.lemma_.lower() == "set" and cand.chain[i - 1].dep_ != "xcomp") \
                    and not (h.lemma_.lower() == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in kids)):
                return "planned"  # ("set fire to" is no plan; "set to visit" is; "went on to win" happened)
        # "is expected to", "is scheduled to": the passive plan verb above the chain
        top = cand.chain[-1]
        if top.dep_ == "xcomp" and top.head.lemma_.lower() in PLAN_LEMMAS:
            return "planned"
        if cand.light is None and cand.entry.pos == "noun":
            head = tok.head
            if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children):
                return "planned"
        return "occurred"

    @staticmethod
    def _purpose(cand: _Candidate) -> bool:
        """An act told as the aim of another: a purpose clause ("sent troops to attack X", "froze
        assets so as to punish X", "raised wages in a bid to end the strike", "signed a pact to
        combat piracy together", "a plan designed to / aimed at ending X"). Not a control verb whose
        complement is the act ("managed to free", "went on to win"), and not what a trip or a
        meeting told as done was for ("visited X to sign a treaty")."""
        if cand.code[:2] == "04":
            return False  # "sent a delegation to attend the inauguration": a meeting a trip was for took place
        if cand.light is not None and cand.light.lemma_.lower() not in LIGHT_VERBS:
            return False  # "a tool to handle X's restrictions": the restrictions stand
        h = cand.light if cand.light is not None else cand.trigger
        for _ in range(6):
            kids = list(h.children)
            if h.pos_ in ("VERB", "AUX") and _infinitive(h) \
                    and not any(c.lower_ == "only" and c.dep_ == "advmod" for c in kids):
                head = h.head
                if h.dep_ == "advcl":
                    # ("made several trips to X to investigate": the trip is the object)
                    return head.lemma_.lower() not in PURPOSE_DONE_HEADS and not any(
                        c.dep_ == "dobj" and c.lemma_.lower() in PURPOSE_DONE_HEADS for c in head.children)
                if h.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
                    return head.lemma_.lower() not in PURPOSE_NOT_NOUNS | PURPOSE_DONE_HEADS and not any(
                        c.dep_ in ("amod", "nummod") and c.lemma_.lower() in PURPOSE_NOT_NOUNS for c in head.children) \
                        and not (head.dep_ == "pobj" and head.head.head.lemma_.lower() in PURPOSE_DONE_HEADS
                                 and head.head.lower_ != "in")
                if h.dep_ == "xcomp" and head.lemma_.lower() in PURPOSE_FRAMES:
                    return True
            if h.dep_ == "pcomp" and h.head.lower_ in ("at", "towards", "toward") and h.head.head.lemma_.lower() in PURPOSE_FRAMES:
                return True  # "aimed at ending the war"
            if h.dep_ not in ("conj", "xcomp", "pcomp", "prep", "dobj", "pobj") or h.head.i == h.i:
                return False
            h = h.head
        return False

    def _economic_means(self, cand: _Candidate) -> Optional[str]:
        """The code of an economic measure that is the means of a force verb: its subject
        ("sanctions hit X", "tariffs targeting X") or what it is done with or by ("hit X with
        tariffs", "retaliated by raising duties")."""
        tok = cand.trigger
        if cand.code[:2] not in ("18", "19") or cand.entry.pos != "verb":
            return None
        near: list[Any] = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
        if tok.dep_ == "acl":
            near.append(tok.head)  # "tariffs targeting X"
        for c in tok.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by", "through"):
                near.extend(t for t in c.subtree if t.i != c.i)
        for t in near:
            if t.i == tok.i:
                continue
            entry = self._entry_for(t)
            if entry is not None and entry.code[:2] in ECONOMIC_ROOTS:
                return entry.code
        return None

    @staticmethod
    def _arrival(cand: _Candidate) -> bool:
        """The visit is an arrival: "arrived on Tuesday", or a visit noun the arrival is on or for
        ("arrived on a two-day visit")."""
        tok = cand.trigger
        if tok.lemma_.lower() == "arrive" and tok.pos_ in ("VERB", "AUX"):
            return True
        return (cand.entry.pos == "noun" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for")
                and tok.head.head.lemma_.lower() == "arrive")

    @staticmethod
    def _visiting_guest(tok: Any) -> Optional[Any]:
        """The guest named by "visiting" used as an adjective: "the visiting minister", also where
        the parse hangs it on the verb before it ("X assured visiting Y": Y is the visitor)."""
        if tok.tag_ != "VBG" or tok.lemma_.lower() != "visit":
            return None
        if tok.dep_ == "amod":
            return tok.head
        if (tok.dep_ == "xcomp" and tok.i == tok.head.i + 1 and tok.head.lemma_.lower() not in PLAN_LEMMAS | ASPECT_LEMMAS
                and not any(c.dep_ == "dobj" for c in tok.head.children)):
            return next((c for c in tok.children if c.dep_ == "dobj"), None)
        return None

    def _private_journey(self, cand: _Candidate) -> bool:
        """A journey by people who travel for themselves (civilians, refugees, migrants), or "went
        missing": no diplomatic visit."""
        tok = cand.trigger
        if cand.entry.pos == "verb" and any(c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ" for c in tok.children):
            return True
        return bool(cand.sources) and all(a.sectors and set(a.sectors) <= PRIVATE_SECTORS for a in cand.sources)

    @staticmethod
    def _possible(cand: _Candidate) -> bool:
        """An act that is only possible: under a modal ("could strike", "might retaliate") or
        under a noun of risk or fear ("the risk of war", "fears that X would attack")."""
        for h in cand.chain[:3]:
            if h.lemma_.lower() in PERCEPTION_LEMMAS:
                break
            if cand.entry.pos == "noun" and h is not cand.trigger and h is not cand.light:
                continue  # "can overcome restrictions": the restrictions stand
            if any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUX for c in h.children):
                return True
        h = cand.trigger
        for _ in range(3):
            if h.dep_ in ("ROOT", "conj") or h.head.i == h.i:
                break
            h = h.head
            if h.pos_ in ("ADP", "SCONJ"):
                continue
            if h.pos_ in ("VERB", "AUX"):
                break
            if h.pos_ == "NOUN" and h.lemma_.lower() in POSSIBILITY_NOUNS:
                return True
        return False

    def _date(self, cand: _Candidate, dates: list[DateMention], doc: Document, ctx: DocContext, modality: str, sent: Sentence) -> EventDate:
        tok = cand.trigger
        sdoc = tok.doc
        chain_ids = {t.i for t in cand.chain} | ({cand.light.i} if cand.light is not None else set())
        attached: list[DateMention] = []
        free: list[DateMention] = []
        others = 0  # dates of a clause the event governs, not its own
        for dm in dates:
            toks = [t for t in sdoc if t.idx >= dm.start and t.idx < dm.end]
            if not toks:
                continue
            if dm.relative_to_event:
                anchor = toks[-1]  # "after" / "before"
                if any(a.i == anchor.i for a in tok.ancestors) or tok.head.i == anchor.i or any(
                    c.i == tok.i for c in anchor.subtree
                ) or (tok.i > anchor.i and any(x.i == anchor.i for x in tok.children)):
                    n_years = self._relative_shift(dm)
                    if doc.date and n_years is not None:
                        from legation.resolve._dates import shift_years

                        base = shift_years(doc.date, n_years)
                        start = base.replace(day=1)
                        import calendar

                        end = base.replace(day=calendar.monthrange(base.year, base.month)[1])
                        return EventDate(start, end, dm.date.text, "month", "text")
                continue
            head = min(toks, key=lambda t: len(list(t.ancestors)))
            anc = {a.i for a in head.ancestors}
            if self._in_other_clause(head, chain_ids | {tok.i}):
                continue  # "postponed a visit that was scheduled for next week", "X, which cut ties in 2021, offered ..."
            if chain_ids & anc or tok.i in anc:
                if self._in_complement(head, chain_ids | {tok.i}):
                    others += 1
                    continue  # "agreed on Sunday to hold a summit early next year": the summit's date
                attached.append(dm)
            else:
                free.append(dm)
        chosen = None
        if attached:
            chosen = min(attached, key=lambda d: abs(d.start - (tok.idx)))
        elif len(free) == 1 and len(dates) - others == 1:
            # (the one other date the sentence tells; one in the event's own complement does not
            # count: "Last year they met in X, where they agreed to double trade by 2030")
            chosen = free[0]
        if chosen is not None:
            return chosen.date
        if modality == "planned" and ctx.narrative_future is not None:
            nf = ctx.narrative_future
            return EventDate(nf.start, nf.end, None, nf.precision, "narrative")
        if modality == "occurred" and ctx.narrative_past is not None:
            np_ = ctx.narrative_past
            return EventDate(np_.start, np_.end, None, np_.precision, "narrative")
        if doc.date and modality != "planned":
            return EventDate(doc.date, doc.date, None, "day", "publication")
        return EventDate(None, None, None, "unknown", "unknown")

    @staticmethod
    def _in_complement(head: Any, own: set[int]) -> bool:
        """The date sits in a clause the event's verb governs but that is not the event ("discussed
        trade and agreed to hold a summit early next year": the summit is next year, the talks and
        the agreement were told as done): it dates that clause."""
        t = head
        while t.i not in own and t.head.i != t.i:
            if t.dep_ in ("xcomp", "ccomp") and t.pos_ in ("VERB", "AUX"):
                return True
            t = t.head
        return False

    @staticmethod
    def _in_other_clause(head: Any, own: set[int]) -> bool:
        """The date sits in a relative clause of a noun outside the event's own chain: it dates that
        clause (the object's earlier schedule, the subject's past), not the event."""
        t = head
        while t.i not in own and t.head.i != t.i:
            if t.dep_ == "relcl":
                return t.head.i not in own
            t = t.head
        return False

    def _relative_shift(self, dm: DateMention) -> Optional[int]:
        words = (dm.date.text or "").lower().split()
        if len(words) < 3 or not words[1].startswith("year"):
            return None
        from legation.resolve._dates import _NUM_WORDS

        n = int(words[0]) if words[0].isdigit() else _NUM_WORDS.get(words[0], 1)
        return -n if words[2] == "after" else n

    def _location(self, cand: _Candidate, pairs: list[tuple[Actor, Optional[Actor]]], sent: Sentence) -> Optional[Place]:
        tok = cand.trigger
        heads = [tok] + ([cand.light] if cand.light is not None else []) + cand.chain[1:]
        # coordinated verbs share a place: "attend X and hold meetings in the US"
        for h in list(heads):
            heads.extend(c for c in h.children if c.dep_ == "conj")
            if h.dep_ == "conj":
                heads.append(h.head)
        topic_verb = cand.entry.pos == "verb" and "dobj" not in cand.entry.target
        for h in list(heads):
            for c in h.children:
                if c.dep_ == "dobj" and not (topic_verb and h is tok):
                    # (the object of "discussed the war in X" is a topic: X is not where they met)
                    obj = self._prep_object_deep(c, ("in", "at"))
                    place = self._place(obj, sent) if obj is not None else None
                    if place is not None and cand.code[:2] in NARRATIVE_PLACE_ROOTS and self._topic_country(obj, c, place):
                        place = None
                    if place is not None:
                        return place
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "at", "inside"):
                    obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                    if obj is not None:
                        place = self._place(obj, sent)
                        if place is not None:
                            return place
        code = cand.code
        # a visit takes place where the visited party is, a hosted visit where the host is
        if code.startswith("042") and pairs and pairs[0][1] is not None and pairs[0][1].country not in (None, "IGO"):
            return self._actor_place(pairs[0][1])
        if code.startswith("043") and pairs and pairs[0][0].country not in (None, "IGO"):
            return self._actor_place(pairs[0][0])
        if cand.entry.pos == "verb" and (code.startswith("042") or (code[:2] == "04" and tok.lemma_.lower() in JOURNEY_LEMMAS)):
            # "visited Darfur", "travelled to Crimea": a destination that is a place but no actor
            # ("flies on to Lima for talks with X": the talks are where the journey goes)
            for c in tok.children:
                obj = c if c.dep_ == "dobj" else next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ in ("to", "into") else None
                place = self._place(obj, sent) if obj is not None else None
                if place is not None:
                    return place
        # "fired at targets in X", "set fire to offices in X": a place inside the object of a preposition
        for h in [tok] + ([cand.light] if cand.light is not None else []) + cand.chain[1:]:
            for c in h.children:
                if c.dep_ == "prep":
                    pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                    obj = self._prep_object_deep(pobj, ("in", "inside")) if pobj is not None else None
                    place = self._place(obj, sent) if obj is not None else None
                    if place is not None and code[:2] in NARRATIVE_PLACE_ROOTS and self._topic_country(obj, c, place):
                        place = None
                    if place is not None:
                        return place
        return None

    def _place_of_act(self, cand: _Candidate, sent: Sentence, preps: tuple[str, ...]) -> Optional[Place]:
        """Where an act is to happen or is sent: a place after in/at/to/into on the trigger, its
        light verb, the verbs that govern it (not a verb of saying: "said in X" is where the speaker
        was), the act it embeds ("agreed to set up a centre in X") or their objects ("opened an
        office in X"), or a place inside that phrase ("aid to refugees in X")."""
        tok = cand.trigger
        own = [tok] + ([cand.light] if cand.light is not None else [])
        embedded = [c for h in own for c in h.children if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX", "ADJ")]
        embedded += [c for h in embedded for c in h.children if c.dep_ == "xcomp"]
        near = own + embedded
        heads = near + [h for h in cand.chain[1:3] if h.lemma_.lower() not in _REPORT_LEMMAS and h not in own]
        for h in heads:
            kids = list(h.children) + [g for c in h.children if c.dep_ == "dobj" for g in c.children]
            for c in kids:
                if c.dep_ != "prep":
                    continue
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is None:
                    continue
                place = self._place(obj, sent) if c.lower_ in preps else None
                if place is None and h in near:
                    # "a truce with militias in X", "aid to refugees in X", "a ceasefire in X"
                    # (not through the verbs that govern the act: "thanked them for their trust in X")
                    deep = self._prep_object_deep(obj, ("in", "inside"))
                    place = self._place(deep, sent) if deep is not None else None
                if place is not None:
                    return place
        return None

    def _actor_place(self, actor: Actor) -> Place:
        """The place an actor stands for: its city when the mention names one of the actor's country's
        cities ("visit Washington", "Hanoi hosted ..."), else its country."""
        iso = actor.country or ""
        if fold(actor.text) in self.k.capitals or fold(actor.text) not in self.k.country_places:
            city = self.k.city(actor.text, iso)
            if city is not None and city.country == iso and actor.text[:1].isupper():
                return Place(actor.text, city.name, city.country, city.admin1, city.lat, city.lon, actor.start, actor.end)
        name = self.k.countries[iso].name if iso in self.k.countries else iso
        return Place(actor.text, name, iso, start=actor.start, end=actor.end)

    def _place(self, obj: Any, sent: Sentence) -> Optional[Place]:
        toks = [t for t in obj.subtree if t.dep_ not in ("prep",) and not (t.dep_ == "det")]
        toks = [t for t in toks if t.i <= obj.i or t.dep_ in ("compound", "flat")]
        text = " ".join(t.text for t in toks if t.pos_ in ("PROPN", "NOUN") or t.text[:1].isupper())
        if not text:
            return None
        f = fold(text)
        if f in CALENDAR_WORDS or obj.ent_type_ in ("DATE", "TIME"):
            return None  # "in March", "on Sunday": a time, not the town of March or a place
        start = sent.start + toks[0].idx
        end = sent.start + toks[-1].idx + len(toks[-1].text)
        iso = self.k.country_places.get(f)
        if iso is None:
            for s, e, entries in self.k.gazetteer.find([t.text for t in toks]):
                for en in entries:
                    if en.kind == "country" and en.form in ("name", "acronym"):
                        iso = en.key
                        break
                if iso:
                    break
        if iso and f not in self.k.capitals:
            return Place(text, self.k.countries[iso].name if iso in self.k.countries else iso, iso, start=start, end=end)
        city = self.k.city(text)
        if city is not None and toks[0].text[:1].isupper():
            return Place(text, city.name, city.country, city.admin1, city.lat, city.lon, start, end)
        return None
