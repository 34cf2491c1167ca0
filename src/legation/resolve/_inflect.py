"""Tiny English inflector: the surface forms of a lemma, for the lexical pre-filter.

Over-generation is harmless (the pre-filter only decides which sentences reach the parser);
missing a form would lose events, so irregular forms are listed explicitly.
"""

from __future__ import annotations

_IRREGULAR_VERBS: dict[str, tuple[str, ...]] = {
    "be": ("is", "are", "was", "were", "been", "being", "am"),
    "have": ("has", "had", "having"),
    "hold": ("held",), "meet": ("met",), "pay": ("paid",), "make": ("made",), "say": ("said",),
    "tell": ("told",), "give": ("gave", "given"), "send": ("sent",), "sell": ("sold",),
    "bring": ("brought",), "seek": ("sought",), "speak": ("spoke", "spoken"), "take": ("took", "taken"),
    "fight": ("fought",), "shoot": ("shot",), "strike": ("struck", "stricken"), "lead": ("led",),
    "win": ("won",), "withdraw": ("withdrew", "withdrawn"), "forgive": ("forgave", "forgiven"),
    "break": ("broke", "broken"), "steal": ("stole", "stolen"), "seize": (), "begin": ("began", "begun"),
    "set": ("set",), "put": ("put",), "cut": ("cut",), "hit": ("hit",), "let": ("let",), "bid": ("bid",),
    "lay": ("laid",), "leave": ("left",), "get": ("got", "gotten"), "go": ("went", "gone", "goes"),
    "come": ("came",), "run": ("ran",), "throw": ("threw", "thrown"), "blow": ("blew", "blown"),
    "draw": ("drew", "drawn"), "write": ("wrote", "written"), "stand": ("stood",), "undertake": ("undertook", "undertaken"),
    "overtake": ("overtook", "overtaken"), "forbid": ("forbade", "forbidden"), "buy": ("bought",),
    "teach": ("taught",), "think": ("thought",), "catch": ("caught",), "keep": ("kept",), "feel": ("felt",),
    "lose": ("lost",), "mean": ("meant",), "find": ("found",), "bind": ("bound",), "drive": ("drove", "driven"),
    "ride": ("rode", "ridden"), "rise": ("rose", "risen"), "arise": ("arose", "arisen"), "freeze": ("froze", "frozen"),
    "swear": ("swore", "sworn"), "tear": ("tore", "torn"), "wear": ("wore", "worn"), "bear": ("bore", "borne"),
    "slay": ("slew", "slain"), "flee": ("fled",), "sink": ("sank", "sunk"), "shake": ("shook", "shaken"),
    "spend": ("spent",), "lend": ("lent",), "build": ("built",), "deal": ("dealt",), "hear": ("heard",),
    "hang": ("hung", "hanged"), "show": ("shown",), "choose": ("chose", "chosen"), "do": ("did", "done", "does"),
    "see": ("saw", "seen"), "know": ("knew", "known"), "grow": ("grew", "grown"), "fall": ("fell", "fallen"),
    "beat": ("beaten",), "eat": ("ate", "eaten"), "offer": (), "shut": ("shut",), "spread": ("spread",),
    "upset": ("upset",), "quit": ("quit",), "split": ("split",), "thrust": ("thrust",), "cast": ("cast",),
    "forecast": ("forecast",), "broadcast": ("broadcast",), "sweep": ("swept",), "sleep": ("slept",),
    "weep": ("wept",), "foresee": ("foresaw", "foreseen"), "oversee": ("oversaw", "overseen"),
    "overthrow": ("overthrew", "overthrown"), "rebuild": ("rebuilt",), "reconvene": (), "mislead": ("misled",),
    "fly": ("flew", "flown"), "overfly": ("overflew", "overflown"), "bend": ("bent",), "hurt": ("hurt",),
    "overrun": ("overran", "overrun"), "withhold": ("withheld",), "wind": ("wound",), "burn": ("burnt",),
}
_VOWELS = set("aeiou")


def _double_final(lemma: str) -> bool:
    return (
        len(lemma) >= 3
        and lemma[-1] not in _VOWELS | {"w", "x", "y"}
        and lemma[-2] in _VOWELS
        and lemma[-3] not in _VOWELS
    )


def verb_forms(lemma: str) -> set[str]:
    """All plausible inflections of a verb lemma (lowercase)."""
    w = lemma.lower()
    out = {w, *(_IRREGULAR_VERBS.get(w, ()))}
    if w.endswith("e"):
        out |= {w + "s", w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        out |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif w.endswith(("s", "x", "z", "ch", "sh")):
        out |= {w + "es", w + "ed", w + "ing"}
    else:
        out |= {w + "s", w + "ed", w + "ing"}
    if _double_final(w):
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    if w.endswith("ise"):  # British / American spellings: mobilise ~ mobilize
        out |= verb_forms(w[:-3] + "ize") if not w.endswith("ize") else set()
    elif w.endswith("ize"):
        out |= {f[: -3] + "ise" + f[len(w) :] for f in set(out) if f.startswith(w[:-1])} | {w[:-3] + "ise", w[:-3] + "ised", w[:-3] + "ising", w[:-3] + "ises"}
    return out


def noun_forms(lemma: str) -> set[str]:
    """Singular and plural of a noun lemma (lowercase)."""
    w = lemma.lower()
    out = {w}
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        out.add(w[:-1] + "ies")
    elif w.endswith(("s", "x", "z", "ch", "sh")):
        out.add(w + "es")
    elif w.endswith("man"):
        out.add(w[:-3] + "men")
    else:
        out.add(w + "s")
    if "isation" in w:
        out |= {f.replace("isation", "ization") for f in set(out)}
    elif "ization" in w:
        out |= {f.replace("ization", "isation") for f in set(out)}
    return out
