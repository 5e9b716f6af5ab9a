"""Armed groups, organisations and state bodies by alias: the actor gazetteer.

The hand list (`data/groups.json`) carries the well-known groups with their aliases and the
canonical names the project uses. When the GTD training files are present in the shared data
folder, their perpetrator names (`gname`) extend the table at run time, so that a group no hand
list anticipated is still recognised. Those names are read in place and kept in memory only.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .._diskcache import cached_json
from ..settings import Settings
from .iso3166 import country_by_code, country_by_name

GTD_FILES = ("gtd_train.csv", "gtd_2021h1_dev.csv")
_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")
_SPACE = re.compile(r"\s+")
# GTD names that describe a kind of actor rather than name one ("Fulani extremists", "Unknown").
_GENERIC_LAST = {
    "extremists", "extremist", "militants", "militant", "separatists", "separatist", "settlers", "gunmen",
    "rebels", "insurgents", "militia", "militias", "jihadists", "guerrillas", "nationalists", "supporters",
    "students", "protesters", "criminals", "activists", "members", "group", "groups", "tribesmen", "bandits",
    "herdsmen", "assailants", "fighters", "sympathizers", "anarchists", "dissidents",
}
_GENERIC_NAMES = {
    "unknown", "other", "individual", "gunmen", "militants", "unaffiliated individual(s)", "ideological grouping",
}
# GTD acronyms that are also common words or agency names in news copy.
_RISKY_ACRONYMS = {
    "AP", "MAD", "FACT", "CAM", "NAS", "ART", "AID", "ARM", "WAR", "SUN", "MAN", "GOD", "AA", "IG", "SL", "HM",
}


@dataclass(frozen=True)
class Entry:
    """One actor of the gazetteer: canonical name, actor type, parent movement and home country."""

    name: str
    type: str
    affiliation: str | None = None
    country: str | None = None


@dataclass
class Gazetteer:
    """Alias tables: `folded` is matched case-insensitively, `exact` case-sensitively (acronyms)."""

    folded: dict[str, Entry] = field(default_factory=dict)
    exact: dict[str, Entry] = field(default_factory=dict)
    by_name: dict[str, Entry] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    is_branches: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    """Well-known office holders -> the state or body they speak for."""
    labels: dict[str, str] = field(default_factory=dict)
    """Generic perpetrator labels GTD codes as groups ("separatists", "an Iran-backed militia"), by
    `label_key`, -> GTD's name for them. Read only where a text lays an attack on them (`nlp.actors`)."""

    def add(self, alias: str, entry: Entry, case_sensitive: bool = False) -> None:
        alias = normalise(alias)
        if not alias:
            return
        if case_sensitive or is_acronym(alias):
            self.exact.setdefault(alias, entry)
        else:
            for variant in spellings(alias):
                self.folded.setdefault(variant.casefold(), entry)

    def lookup(self, text: str) -> Entry | None:
        """The entry for an alias or canonical name, case-insensitively for long names."""
        text = normalise(text)
        entry = self.exact.get(text) or self.folded.get(text.casefold()) or self.by_name.get(text.casefold())
        if entry is None and text.casefold().startswith("the "):
            return self.lookup(text[4:])
        return entry


def normalise(text: str) -> str:
    """NFC, typographic apostrophes and dashes made plain, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("‘", "'")
    text = text.replace("—", "-").replace("–", "-")
    return _SPACE.sub(" ", text).strip()


# Transliteration families: Urdu/Arabic names are spelled many ways ("Tehrik-i-", "Tahreek-e-").
_TRANSLIT = (
    re.compile(r"\b(Tehrik|Tehreek|Tahreek|Tahrik|Tahrike)\b", re.I),
    ("Tehrik", "Tehreek", "Tahreek", "Tahrik"),
)
_IZAFA = re.compile(r"-(e|i)-")


def spellings(alias: str) -> list[str]:
    """The alias and its common transliteration variants."""
    out = [alias]
    pattern, forms = _TRANSLIT
    if pattern.search(alias):
        out = [pattern.sub(form, alias) for form in forms]
    if _IZAFA.search(alias):
        out = [v for a in out for v in (_IZAFA.sub(form, a) for form in ("-e-", "-i-", "-e ", "-i ", " e "))]
    return list(dict.fromkeys(out))


def is_acronym(alias: str) -> bool:
    """Short tokens with two or more capitals ("IS", "LeT", "JuA") are only matched as written."""
    return " " not in alias and len(alias) <= 5 and sum(c.isupper() for c in alias) >= 2


def _data() -> dict:
    return json.loads(resources.files(__package__).joinpath("data/groups.json").read_text(encoding="utf-8"))


def _hand_list() -> Gazetteer:
    data = _data()
    gaz = Gazetteer()
    for kind, rows in (("group", data["groups"]), ("organization", data["organizations"])):
        for row in rows:
            entry = Entry(row["name"], kind, row.get("affiliation"), row.get("country"))
            gaz.by_name[row["name"].casefold()] = entry
            gaz.add(row["name"], entry)
            for alias in row.get("aliases", []):
                gaz.add(alias, entry)
            for alias in row.get("cs", []):
                gaz.add(alias, entry, case_sensitive=True)
    for alias, code in data["state_bodies"].items():
        country = country_by_code(code)
        if country is not None:
            gaz.add(alias, Entry(country.name, "state", country.name, country.alpha2))
    for label in data.get("labels", []):  # the generic ones GTD uses most, so they work without ../shared
        key = _generic_label(label)
        if key:
            gaz.labels[key] = label
    gaz.capitals = dict(data["capitals"])
    gaz.is_branches = dict(data["is_branch_regions"])
    for name, code in data.get("people", {}).items():
        country = country_by_code(code)
        if country is not None:
            gaz.people[normalise(name)] = country.name
    for name, org in data.get("people_orgs", {}).items():
        gaz.people[normalise(name)] = org
    surnames: dict[str, set[str]] = {}
    for name, who in gaz.people.items():
        if " " in name:
            surnames.setdefault(name.split()[-1], set()).add(who)
    for surname, whos in surnames.items():
        if len(whos) == 1:  # "Soylu" alone is unambiguous; "Sharif" is not
            gaz.people.setdefault(surname, whos.pop())
    return gaz


def _default_shared() -> Path:
    """Settings.shared_dir (env COUNTERCLAIM_SHARED_DIR), else ../shared beside the project."""
    configured = Settings().shared_dir
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[2].parent / "shared"


def gtd_group_names(shared: Path | None = None) -> list[str]:
    """Distinct perpetrator names of the GTD training files, read in place (and kept in the on-disk cache:
    reading the files costs 0.05-0.1 CPU-s per process); [] when absent."""
    folder = (shared or _default_shared()) / "data" / "gtd"
    paths = [folder / fname for fname in GTD_FILES if (folder / fname).is_file()]
    if not paths:
        return []
    return cached_json("gtd-group-names", paths, lambda: _read_group_names(paths), _names_list)


def _names_list(names: list[str]) -> list[str]:
    """`names` when it is a non-empty list of strings (the files hold names); a cached entry of another shape
    (`{}`, `[]`) is rebuilt."""
    if not names or not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise TypeError("group names are not a list of strings")
    return names


def _read_group_names(paths: list[Path]) -> list[str]:
    names: dict[str, None] = {}
    for path in paths:
        with path.open(encoding="utf-8", errors="replace", newline="") as fh:
            for row in csv.DictReader(fh):
                for col in ("gname", "gname2", "gname3"):
                    value = (row.get(col) or "").strip()
                    if value:
                        names[value] = None
    return list(names)


def split_gtd_name(gname: str) -> tuple[str, list[str]] | None:
    """("Name", aliases) for a GTD group name such as "Tehrik-i-Taliban Pakistan (TTP)"; None if generic."""
    inner = [p.strip() for p in _PAREN.findall(gname) if p.strip()]
    base = _PAREN.sub(" ", gname).strip(" -")
    base = _SPACE.sub(" ", base)
    if not base or base.casefold() in _GENERIC_NAMES or "unknown" in gname.casefold():
        return None
    words = base.split()
    if (words[-1].casefold() in _GENERIC_LAST and not _named_kind(words)) or len(base) < 3:
        return None
    if country_by_name(base) is not None:
        return None
    aliases = [base]
    for part in inner:
        for alias in (a.strip() for a in re.split(r"[/,]| - ", part)):
            if len(alias) >= 3 and alias.upper() not in _RISKY_ACRONYMS and country_by_name(alias) is None:
                aliases.append(alias)
    return base, aliases


_NAMED_KINDS = {"extremists", "nationalists", "militants", "separatists", "settlers"}


def _named_kind(words: list[str]) -> bool:
    """GTD's generic perpetrators with a proper qualifier ("Fulani extremists", "Baloch Nationalists",
    "Israeli settlers") are names an analyst's text uses verbatim; "armed militants" is not one."""
    return len(words) >= 2 and words[-1].casefold() in _NAMED_KINDS and all(w[:1].isupper() for w in words[:-1])


_SINGULAR = {"tribesmen": "tribesman", "herdsmen": "herdsman", "gunmen": "gunman", "militias": "militia"}


def label_key(words: list[str]) -> str:
    """"Iran-backed militias", "a separatist" -> "iran-backed militia", "separatist": a label's words,
    casefolded, its last word singular, so that "a Palestinian extremist" finds "Palestinian Extremists"."""
    words = [w.casefold() for w in words if w]
    if not words:
        return ""
    last = words[-1]
    last = _SINGULAR.get(last) or (last[:-1] if last.endswith("s") and not last.endswith("ss") else last)
    return " ".join([*words[:-1], last])


def _generic_label(gname: str) -> str | None:
    """The label key of a GTD name that describes a kind of actor ("Separatists", "Iran-backed militia");
    None for "Unknown", "Other", individuals and names of a single word that is no perpetrator noun."""
    base = _SPACE.sub(" ", _PAREN.sub(" ", gname)).strip(" -")
    words = base.split()
    if not words or base.casefold() in _GENERIC_NAMES or "unknown" in gname.casefold():
        return None
    if words[-1].casefold() not in _GENERIC_LAST or words[-1].casefold() in {"members", "group", "groups"}:
        return None
    return label_key(words)


def extend_with_gtd(gaz: Gazetteer, names: list[str]) -> int:
    """Add GTD names; a name with a known alias only adds its new aliases; a generic name becomes a label
    (`Gazetteer.labels`). Returns entries added."""
    added = 0
    for gname in names:
        split = split_gtd_name(gname)
        if split is None:
            key = _generic_label(gname)
            if key:
                gaz.labels.setdefault(key, gname.strip())
            continue
        base, aliases = split
        known = next((e for a in aliases if (e := gaz.lookup(a)) is not None), None)
        entry = known or Entry(base, "group")
        for alias in aliases:
            if gaz.lookup(alias) is None:
                gaz.add(alias, entry)
        if known is None:
            gaz.by_name[base.casefold()] = entry
            added += 1
    return added


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The hand list, extended with the GTD group names when the shared data folder is present."""
    gaz = _hand_list()
    extend_with_gtd(gaz, gtd_group_names())
    return gaz


@lru_cache(maxsize=1)
def hand_gazetteer() -> Gazetteer:
    """The hand list only (tests and environments without the shared data)."""
    return _hand_list()
