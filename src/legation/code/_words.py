"""Word classes and small tables the event extractor reads (lemmas, codes, roots): one place for each
list, imported by the stage modules."""

from __future__ import annotations

import re

from legation.resolve._dates import CALENDAR_WORDS


LIGHT_VERBS = {"pay", "make", "hold", "have", "conduct", "undertake", "carry", "launch", "stage", "begin", "start",
               "continue", "resume", "complete", "wrap", "give", "extend", "offer", "provide", "reach", "sign",
               "issue", "take", "mount", "deliver", "express", "lodge", "file", "impose", "hold", "host", "join",
               "organise", "organize", "convene", "perform", "commit", "wage", "step", "announce", "attend"}

# verbs that put a charge, a claim or a proposal before others ("presented evidence against X",
# "charges were brought by Y"): light verbs for the noun they take
PRESENTING_VERBS = {"present", "submit", "bring", "level", "table", "produce", "put", "raise"}

# a document that speaks for whoever put it out ("a dossier issued in <city> charged that ..."), and
# the participles that say where it was put out (ArgumentRules._published_in)
DOCUMENT_NOUNS = {"report", "study", "statement", "document", "communique", "communiqué", "dossier", "paper",
                  "declaration", "white paper"}
# the roots a document can do by its words (appeal, demand, criticise, reject, threaten ...)
DOCUMENT_ACT_ROOTS = {"01", "02", "03", "04", "05", "10", "11", "12", "13"}
PUBLISHING_VERBS = {"release", "publish", "issue", "present", "unveil", "make", "circulate", "distribute", "post"}

# the casualties an attack causes, told by a participle ("shelled the town, killing five")
TOLL_LEMMAS = {"kill", "wound", "injure", "slay"}

# verbs of sending people somewhere (whose purpose clause may say they go to help)
SEND_LEMMAS = {"send", "dispatch", "deploy"}

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
# adjectives that condemn what a reported copular clause is about: "said X was hostile / illegal",
# "said X is one of the most abusive regimes"
CONDEMNING_ADJECTIVES = {"hostile", "abusive", "illegal", "illegitimate", "unlawful", "irresponsible", "reckless",
                         "provocative", "unacceptable", "outrageous", "egregious", "shameful", "disgraceful",
                         "hypocritical", "criminal", "aggressive", "belligerent", "dishonest", "corrupt"}

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
FOR_APPEAL_VERBS = {"press", "push", "lobby", "ask"}

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
# (announcing, stressing or insisting that something is the case is saying it: CAMEO 010)
PLAIN_SAY_LEMMAS = {"say", "tell", "state", "acknowledge", "admit", "concede", "announce", "declare", "stress",
                    "insist", "reiterate", "note", "affirm", "reaffirm", "assert", "emphasise", "emphasize", "add",
                    # a remark, a forecast, an argument or a court's ruling told as a that-clause
                    # ("the court ruled that the vote was valid", "the bank predicted that growth would slow")
                    "remark", "predict", "forecast", "argue", "explain", "rule"}

# Statements that are their author's verdict or forecast, whoever the clause is about
VERDICT_LEMMAS = {"rule", "predict", "forecast"}

# what one has "no" of in an act one disowns: "played no part / had no role in the attack" (016)
DISOWNED_SHARE_NOUNS = {"part", "role", "hand", "blame", "responsibility", "involvement", "link", "connection"}

# verbal acts whose setting a "speaking at ..." participle tells (statements, appeals, demands,
# disapproval, rejection, threats): "urged X to ..., speaking at a conference in Y"
SPOKEN_SETTING_ROOTS = ("01", "02", "10", "11", "12", "13")

# The setting a statement was made in: "..., speaking to reporters after the meeting"
SPEAKING_LEMMAS = {"speak", "talk", "address", "write", "answer", "respond", "reply"}

# the occasions words are spoken on ("in a speech", "at a news conference", "according to a
# statement"): where a statement was made, not an act of its own
SPEECH_SETTING_NOUNS = {"speech", "statement", "meeting", "conference", "briefing", "interview", "address",
                        "rally", "session", "summit", "ceremony", "communique", "communiqué"}

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

# verbal conflict that may be coded with no one named as its aim when the sentence tells nothing
# else: "the opposition alleged fraud in the vote", "Kigali rejected the report" are accusations
# and rejections (CAMEO 10-12) even where their target is only implied; a warning that names no
# one is mostly a forecast ("officials warn that the harvest is lost"), no threat (13)
AIMLESS_ROOTS = {"10", "11", "12"}

# what is alleged against someone: condemning or dismissing it answers a charge (a denial, CAMEO
# 016), it is no criticism or rejection aimed at no one ("denounced the charges as slanderous")
CHARGE_NOUNS = {"allegation", "accusation", "charge", "claim", "assertion", "suggestion", "insinuation"}

# nouns that hold a set of acts: "a package / round / series of sanctions" is the sanctions
CONTAINER_NOUNS = {"package", "round", "series", "set", "wave", "raft", "batch", "string", "slew", "spate", "number",
                   "range", "host", "flurry",
                   # "waged a campaign of ethnic cleansing / of arrests": the campaign is its acts;
                   # "issued a list of demands" are the demands
                   "campaign", "list"}

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
# where a person is held ("in custody", "in pretrial detention", "in solitary confinement") and the
# verbs that keep them there ("has been / remains / was held / languishes in custody")
HELD_NOUNS = frozenset({"custody", "detention", "jail", "prison", "confinement", "captivity", "incommunicado"})
HOLDING_VERBS = frozenset({"be", "remain", "stay", "languish", "hold", "keep", "sit", "rot"})

UNATTRIBUTED_CONFIDENCE = 0.3  # the last word on a lone sentence: a speaker's words, coded or not

# verbs that report what someone said or holds, for the last word on a lone sentence that tells no
# act ("'Sanctions will not work,' said Ana Ruiz", "Critics say ...", "Observers believe ...")
UNATTRIBUTED_SAY_LEMMAS = frozenset(PLAIN_SAY_LEMMAS | {
    "claim", "suggest", "contend", "maintain", "joke", "tweet", "write", "post", "echo", "comment", "reply",
    "respond", "testify", "think", "believe", "warn", "caution", "confirm", "report", "observe", "point",
    "describe", "recall", "complain", "lament", "concur", "agree", "counter", "quip"})

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

# attacks: assaults, fighting, mass violence (the acts told by their victims with an unknown author,
# claimed by their authors, and remembered as the story's last attack)
ATTACK_ROOTS = {"18", "19", "20"}
# what an appeal asks to stop ("an end to the fighting", "a halt to the violence") and the
# fighting it names
STOPPING_NOUNS = {"end", "halt", "stop", "cessation"}
FIGHTING_NOUNS = {"fighting", "violence", "war", "hostility", "conflict", "bloodshed", "clash", "killing", "bombing",
                  "shelling", "attack"}

# verbs of a subject that suffers an attack noun under "under": "came under fire", "was under siege"
UNDER_ATTACK_VERBS = frozenset({"come", "be", "remain", "fall"})

# verbs by which an act earns a reaction: "the arrest drew / sparked / prompted condemnation"
DRAWING_VERBS = frozenset({"draw", "spark", "provoke", "prompt", "trigger", "attract", "earn", "elicit", "invite"})

# what makes an act a shared one: "a joint offensive", "to fight the militants together"
JOINT_WORDS = {"joint", "jointly", "together", "combined", "coordinated", "side"}

THREAT_MODALS = {"will", "would", "'ll", "shall", "may", "might", "could", "wo"}

# fight in its armed sense needs an armed or human opponent ("fight the rebels", not "fight the pandemic")
# what is fought without arms: diseases, disasters, social ills ("help fight the Ebola epidemic")
SCOURGE_NOUNS = {"epidemic", "pandemic", "disease", "virus", "outbreak", "infection", "fever", "flu", "influenza",
                 "malaria", "cholera", "ebola", "polio", "measles", "hiv", "aids", "tuberculosis", "cancer", "hunger",
                 "famine", "malnutrition", "poverty", "corruption", "inflation", "unemployment", "fire", "blaze",
                 "wildfire", "bushfire", "flood", "flooding", "drought", "locust", "desertification", "pollution",
                 "deforestation", "illiteracy", "graft"}
# verbs of sending people or goods to someone: what they are sent to help with is the help given
SENDING_LEMMAS = SEND_LEMMAS | {"airlift", "fly", "rush", "ship", "deliver", "provide", "supply"}
# prepositions of the frame an act is done in, never of its object ("under a deal", "amid protests")
FRAME_PREPS = {"amid", "amidst", "despite"}
# ... and "under" with these ("under a peace process", "under pressure"; "under house arrest" is its object)
FRAME_UNDER_NOUNS = {"deal", "agreement", "accord", "process", "plan", "pact", "treaty", "pressure", "framework",
                     "programme", "program", "arrangement", "auspices", "law", "resolution", "mandate", "term", "scheme"}
# what an actor says it has "no" of, disowning an act: "no plans to send troops", "no intention of attacking"
DISAVOWED_AIMS = {"plan", "intention", "intent", "desire", "wish", "interest", "ambition"}
# what there is "no" of when an act is said not to be seen: "no sign that troops were pulling back"
UNSEEN_NOUNS = {"sign", "evidence", "indication", "proof", "confirmation", "suggestion"}
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

# who or what comes or goes, named by its subject, tells a motion verb's sense (see _object_lemmas):
# "the last combat brigade left X" withdraws, "a ship loaded with relief supplies docked in X" and
# "a contingent of blue helmets arrived in X" bring aid and peacekeepers
MOTION_VERBS = {"leave", "quit", "exit", "depart", "arrive", "land", "reach", "dock", "enter", "unload", "berth", "anchor"}
MOVING_TROOPS = {"troop", "soldier", "brigade", "battalion", "force", "contingent", "unit", "division", "regiment",
                 "marine", "paratrooper", "army", "garrison", "military"}
MOVING_PEACEKEEPERS = {"peacekeeper", "peacekeeping", "helmet"}
RELIEF_CARRIERS = {"convoy", "ship", "vessel", "plane", "aircraft", "flight", "truck", "lorry", "boat", "airlift",
                   "shipment", "consignment", "cargo", "planeload", "truckload", "jet"}
RELIEF_GOODS = {"aid", "relief", "humanitarian", "food", "medicine", "medical", "supply", "tent", "blanket", "vaccine",
                "water", "flour", "wheat", "rice", "drug"}
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
# prepositions that introduce what talks or agreements are about ("talks on trade in X")
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

# what "meet" takes when it means reaching a goal or paying a need, not a meeting: "will meet its
# deficit targets", "met the deadline", "to meet the costs of the war"
MET_GOAL_NOUNS = {"target", "goal", "deadline", "need", "requirement", "obligation", "cost", "expense", "expectation",
                  "criterion", "criteria", "standard", "condition", "commitment", "challenge", "benchmark", "quota",
                  "payment", "bill", "threshold", "objective", "demand", "shortfall", "forecast", "estimate"}
# what qualifies demand in the market's sense ("global oil demand", "weak consumer demand")
MARKET_DEMAND_WORDS = {"oil", "energy", "gas", "fuel", "electricity", "power", "crude", "coal", "steel", "commodity",
                       "consumer", "domestic", "global", "world", "export", "import", "market", "credit", "housing",
                       "food", "aggregate", "weak", "strong", "sluggish", "robust", "seasonal", "industrial", "retail"}
# verbs that tell a journey only with a "to" destination: "continues to Lima" (not "continued to grow")
ONWARD_LEMMAS = {"continue", "proceed"}

JOURNEY_PRESENT_LEMMAS = {"continue", "proceed", "travel", "fly", "head", "leave", "depart"}

JOURNEY_LEMMAS = JOURNEY_PRESENT_LEMMAS | {"go", "return", "arrive"}

TIME_NOUNS = {"future", "past", "time", "moment", "meantime", "end", "direction", "way"}

# words that date a state noun and so make it an event ("the 2014 alliance", "its support last week")
DATE_WORDS = CALENDAR_WORDS | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                                "yesterday", "today", "week", "month", "year"}

# "sent troops to attack X", "designed to punish X", "aimed at ending X": the act is the aim, not done
# (every verb of sending people somewhere frames its purpose)
PURPOSE_FRAMES = SEND_LEMMAS | {"mobilize", "mobilise", "use", "employ", "design", "aim", "intend",
                                "gear", "tailor", "mean", "calculate", "target"}

# a trip or a meeting told as done has mostly done what it was for ("visited X to sign ...", "met to discuss ...")
PURPOSE_DONE_HEADS = {"visit", "travel", "arrive", "come", "fly", "go", "head", "return", "meet", "gather", "convene",
                      "call", "phone", "telephone", "write", "hold", "stop", "attend", "host", "receive", "welcome",
                      "trip", "journey", "tour", "mission", "delegation"}

# nouns for an armed or security undertaking: "launched an operation / a campaign to drive out X";
# its purpose is what the undertaking, once launched, is doing
UNDERTAKING_NOUNS = {"operation", "campaign", "offensive", "counteroffensive", "drive", "push", "crackdown",
                     "assault", "sweep", "raid", "expedition"}
# verbs whose passive participle names who did a deed ("an operation executed by X")
PERPETRATING_VERBS = {"perpetrate", "execute", "stage", "mount", "commit", "undertake", "lead", "orchestrate"}
UNDERTAKING_VERBS = {"launch", "mount", "begin", "start", "conduct", "intensify", "step", "carry", "wage", "escalate"}

# "Y will pay a heavy price / face consequences / regret it": what a threat says its target will suffer
CONSEQUENCE_VERBS = {"pay", "face", "suffer", "bear", "regret"}
CONSEQUENCE_WORDS = {"price", "dearly", "consequence", "cost", "wrath", "retaliation", "retribution", "response",
                     "reprisal", "punishment", "repercussion"}

# statement verbs that, negated ("would not comment"), decline comment (011)
NO_COMMENT_VERBS = {"comment", "elaborate", "speculate", "remark"}

# verbs of answering a request for comment: negated, they decline comment (011): "did not respond to
# requests for comment", "did not return calls seeking comment", "could not be reached for comment"
NO_REPLY_VERBS = {"respond", "reply", "answer", "return", "reach"}

PURPOSE_NOT_NOUNS = {"first", "last", "only", "next", "one", "time", "right"}  # "the first leader to visit X"

CONTROL_OBJECT_VERBS = {"urge", "ask", "call", "appeal", "request", "press", "invite", "encourage", "mobilise",
                        "mobilize", "persuade", "tell", "order", "force", "help", "allow", "enable", "push", "lobby"}

# "is expected to", "is scheduled to", "plans to", "is set to", "is due to", "is going to" + verb
_FUTURE_FRAMES = {"expect", "schedule", "plan", "set", "due", "slate", "intend", "go", "prepare"}

_REPORT_LEMMAS = {"say", "announce", "confirm", "tell", "state", "add", "report"}

_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


# participles that schedule what they qualify for a time: "a summit scheduled / set / slated for May"
_SCHEDULE_LEMMAS = {"schedule", "slate", "set", "plan", "due"}

# roots whose event, with no one named as its target, falls on the place where it happens, read
# by the argument stage from a verb's own place ("shelled positions in X"): PLACE_TARGET_ROOTS
# less reduced relations (16), whose place is only the event's location (EventExtractor._events)
_PLACE_TARGET_ROOTS = PLACE_TARGET_ROOTS - {"16"}


# condolences and mourning (the place of what is mourned stands for the mourned)
_SYMPATHY_CODES = {"017", "018"}

# report verbs whose that-clause in the bare subjunctive states an obligation ("insisted that Y
# withdraw": a demand) or a wish ("recommended that Y withdraw": an appeal)
MANDATIVE_VERBS: dict[str, str] = {"insist": "must", "stipulate": "must", "recommend": "should",
                                   "propose": "should", "suggest": "should", "request": "should"}

# armed and police units: when they "arrive in" or "travel to" a place it is a deployment, not a visit
_FORCE_SECTORS = {"MIL", "COP", "REB", "INS", "UAF", "SEP", "CRM"}

_MOVEMENT_LEMMAS = {"travel", "fly", "go", "arrive", "head"}

_PEACEKEEPING = re.compile(r"\bpeace[- ]?keep", re.I)
# helpers whose arrival abroad is humanitarian aid (CAMEO 073): "Cuban doctors arrived in X"
_RELIEF_HELPERS = re.compile(r"\b(doctors?|medics?|nurses?|paramedics?|rescuers?|rescue (?:workers?|teams?|crews?)|"
                             r"relief (?:workers?|teams?)|aid workers?|health workers?|medical (?:teams?|staff|workers?))\b", re.I)

_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40,
                  "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80,
                  "ninetieth": 90, "hundredth": 100}

# words before a month's name that make it a date ("in March", "since March", "last March")
MONTH_LEADS = {"in", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "of", "from",
               "through", "to", "before", "after", "during", "between", "and", "or", "-", "end", "on"}


# Subject pronouns that stand for an unknown actor when a sentence that codes nothing else is
# coded as a last resort ("They denounced the decree", read with no earlier sentence): the act is
# told even though who did it is not.
LAST_RESORT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})

# spaCy entity types that never name an actor (a last-resort subject of these is no one)
NON_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "LAW", "WORK_OF_ART", "EVENT", "FAC", "LOC", "PRODUCT"})

# fires, like the hazards of ACCIDENT_NOUNS, act on their own: "bushfires burned across X" has no actor
FIRE_NOUNS = frozenset({"fire", "bushfire", "wildfire", "forestfire", "blaze", "inferno"})

# verbs by which a party reports on its own dealings: "X said / confirmed that talks with Y ..."
REPORTING_PARTY_LEMMAS = {"say", "state", "confirm", "announce", "report", "add", "insist", "acknowledge"}

# counts that stand for the people they count ("scores of traders", "thousands of farmers")
CROWD_COUNTS = frozenset({"score", "scores", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions"})

# words that rank the one a copula's attribute is about: "X was the first to condemn Y",
# "Y is the only member to oppose the plan" (X, Y act)
RANK_FIRST_WORDS = {"first", "last", "only", "latest", "second", "third"}

# gatherings a party holds for others to attend ("a hearing by the court", "a session of the council")
GATHERING_NOUNS = frozenset({"hearing", "session", "meeting", "summit", "conference", "forum", "debate", "inquiry", "tribunal",
                             "consultation", "dialogue", "ceremony", "briefing"})

# an answer to an act the story told ("rejected the request", "decried the move", "welcomed the
# decision"): the answering roots (CAMEO 016 denying an accusation too), the act nouns it answers
# with the roots of the act each names (empty: any act), and how many sentences back the act may be
ANSWER_ROOTS = frozenset({"05", "11", "12"})
ANSWER_CODES = frozenset({"016"})
_REQUESTS = frozenset({"02", "10"})
_OFFERS = frozenset({"02", "03", "05", "06", "07", "08"})
ANSWERED_ACTS: dict[str, frozenset[str]] = {
    "request": _REQUESTS, "plea": _REQUESTS, "appeal": _REQUESTS, "demand": _REQUESTS, "call": _REQUESTS,
    "resolution": frozenset({"02", "10", "11", "16"}), "motion": frozenset({"02", "10", "11", "16"}),
    "accusation": frozenset({"11"}), "allegation": frozenset({"11"}), "charge": frozenset({"11"}),
    "criticism": frozenset({"11"}), "claim": frozenset({"11"}),
    "warrant": frozenset({"17"}), "summons": frozenset({"17"}), "indictment": frozenset({"17"}),
    "proposal": _OFFERS, "offer": _OFFERS, "overture": _OFFERS, "initiative": _OFFERS,
    "sanction": frozenset({"16"}), "ultimatum": frozenset({"13"}), "threat": frozenset({"13"}),
    "decision": frozenset(), "move": frozenset(),
}
ANSWER_WINDOW = 4

# light verbs that name the doer of the event noun a relative clause hangs on ("the sanctions
# Washington imposed on Moscow", "the visit the minister paid to X"): not the plain "have", "take"
RELATIVE_LIGHT_VERBS = frozenset(LIGHT_VERBS - {"have", "take", "join", "attend", "begin", "start", "continue", "step"}
                                 | {"levy", "slap", "place", "put"})

# verbs that tell whether an act happened ("the visit did not take place", "talks never began"):
# negated with an event noun as their subject, they negate the act itself
OCCURRENCE_LEMMAS = frozenset({"happen", "occur", "take", "go", "materialize", "materialise", "start", "begin", "resume",
                               "proceed", "come", "be", "exist", "continue", "last", "get", "make", "see"})
