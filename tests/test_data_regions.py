"""regions.tsv: provinces, states and named regions used as places (pure file checks, no model)."""

from __future__ import annotations

from importlib.resources import files

import pycountry

from legation.resolve._fold import fold


def _rows() -> list[dict[str, str]]:
    text = (files("legation") / "data" / "regions.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    assert header == ["name", "country", "aliases", "lat", "lon"]
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        assert len(fields) == len(header), f"regions.tsv row {n}: {len(fields)} fields"
        rows.append(dict(zip(header, fields)))
    return rows


def test_rows_are_well_formed():
    rows = _rows()
    assert len(rows) >= 50
    for r in rows:
        assert pycountry.countries.get(alpha_3=r["country"]) is not None, r
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
        assert r["name"].strip() == r["name"] and r["name"], r


def test_names_and_aliases_are_unique():
    seen: dict[str, str] = {}
    for r in _rows():
        for name in [r["name"], *(a for a in r["aliases"].split(";") if a)]:
            key = fold(name)
            assert key not in seen or seen[key] == r["name"], f"{name!r} in {seen.get(key)!r} and {r['name']!r}"
            seen[key] = r["name"]


def test_no_region_shadows_a_country_name():
    countries = {fold(c.name) for c in pycountry.countries} | {fold(getattr(c, "common_name", c.name)) for c in pycountry.countries}
    assert not [r["name"] for r in _rows() if fold(r["name"]) in countries]


def test_regions_are_places_after_cities():
    from legation.resolve import Knowledge

    k = Knowledge.load()
    crimea = k.city("Crimea")
    assert crimea is not None and crimea.country == "UKR" and crimea.population == 0
    gaza = k.city("Gaza")  # the city comes before the region of the same name
    assert gaza is not None and gaza.population > 0
