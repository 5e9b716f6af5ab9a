"""Actors: every mention of a state, organisation, armed group or person, with canonical name and affiliation.

Groups, organisations and state bodies come from the gazetteer (`codebooks.groups`), countries and
demonyms from `codebooks.iso3166`; capitals count as states only where they act ("Kyiv denied",
"the Kiev regime"). People come from the NER and take the affiliation their title or apposition
gives ("Ukrainian President ...", "..., a spokesman for the group"); later surname-only mentions
inherit it. Bare official nominals ("the police said") speak for the story's main country.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import POS
from spacy.matcher import PhraseMatcher
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from ..codebooks.gazetteer import load_gazetteer, loose_name_keys, name_key
from ..codebooks.groups import Entry, Gazetteer, gazetteer, is_acronym, normalise
from ..codebooks.iso3166 import (
    SHARED_NAMES,
    country_by_code,
    country_by_demonym,
    country_by_name,
    country_names,
    demonyms,
)
from ..errors import ConfigError
from ..models import ActorRef, Span
from . import _cues
from ._calendar import MONTH_WORDS, WEEKDAY_NUMBERS
from ._dateline import DASHES, dateline_dash, in_dateline, sentence_dash
from ._ordinals import ORDINAL_NUMBERS
from ._org_names import STATE_BODY_WORDS, in_organisation_name, outlet_initials, whole_name
from ._sections import section_labels
from ._text import (
    cased_doc,
    described_noun,
    doc_ents,
    doc_lowers,
    doc_text,
    in_quote,
    is_upper_text,
    letter_case,
    sents_back,
)
from .mentions import ActorMention, PlaceMention
from .pipeline import load_pipeline, loaded_pipeline
from .places import _origin_or_refuge, find_places

_DOTTED = {"u.s.": "US", "u.k.": "GB", "u.s.a.": "US", "u.n.": None}
_COUNTRY_STOP = {"us", "chad", "jordan", "georgia", "turkey", "guinea", "niger", "china", "india", "oman",
                 "peru", "mali", "togo", "cuba", "iran", "iraq"}  # need a capital letter to count


@dataclass(frozen=True)
class _Hit:
    kind: str  # "entry" | "country" | "capital"
    entry: Entry


class _Matchers:
    """PhraseMatchers over NORM (aliases, any case) and ORTH (acronyms), built once per vocab."""

    def __init__(self, doc: Doc, gaz: Gazetteer) -> None:
        vocab = doc.vocab
        self.hits: dict[str, _Hit] = {}
        self.folded = PhraseMatcher(vocab, attr="NORM")
        self.exact = PhraseMatcher(vocab, attr="ORTH")
        folded: dict[str, _Hit] = {}
        exact: dict[str, _Hit] = {}
        for alias, entry in gaz.folded.items():
            folded[alias] = _Hit("entry", entry)
        for alias, entry in gaz.exact.items():
            exact[alias] = _Hit("entry", entry)
        for key, country in country_names().items():
            hit = _Hit("country", _state_entry(country.alpha2))
            if len(key) <= 3:
                exact.setdefault(key.upper(), hit)
            else:
                folded.setdefault(key, hit)
        for dotted, code in _DOTTED.items():
            if code:
                exact.setdefault(dotted.upper(), _Hit("country", _state_entry(code)))
        for name, code in gaz.capitals.items():
            if code:
                folded.setdefault(normalise(name).casefold(), _Hit("capital", _state_entry(code)))
        tokenizer = _tokenizer(doc)
        for table, matcher, label in ((folded, self.folded, "F"), (exact, self.exact, "E")):
            keys = list(table)
            for key, pattern in zip(keys, tokenizer(keys), strict=True):
                matcher.add(f"{label}:{key}", [pattern])
                self.hits[f"{label}:{key}"] = table[key]


def _tokenizer(doc: Doc):
    """Make pattern docs with the tokenizer of the doc's pipeline (vocab-bound): the loaded pipeline's own, so
    patterns split as its documents do, or a plain English one on the doc's vocab (building it costs 0.2 s)."""
    nlp = loaded_pipeline(doc.vocab)
    if nlp is None:
        from spacy.lang.en import English

        nlp = English(vocab=doc.vocab)
    return lambda texts: list(nlp.tokenizer.pipe(texts))


_MATCHERS: dict[tuple[int, int], _Matchers] = {}


def _matchers(doc: Doc) -> _Matchers:
    gaz = gazetteer()
    key = (id(doc.vocab), id(gaz))
    if key not in _MATCHERS:
        _MATCHERS[key] = _Matchers(doc, gaz)
    return _MATCHERS[key]


def _state_entry(code: str) -> Entry:
    country = country_by_code(code)
    if country is None:
        raise ConfigError(f"groups.json names an unknown country code {code!r}; use ISO 3166-1 alpha-2")
    return Entry(country.name, "state", country.name, country.alpha2)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def actor_ref(span: SpacySpan, actor: str, type_: str, affiliation: str | None) -> ActorRef:
    """An actor reference grounded on the characters of `span`, from the speaker's own words: the parser hangs a
    dateline on the subject after it ("KABUL (Reuters) - Officials said"), whose phrase would then open at the city."""
    dash = sentence_dash(span[0]) if len(span) else None
    if dash is not None and span.start < dash.i < span.end - 1:
        span = span.doc[dash.i + 1:span.end]
    text = span.text
    return ActorRef(text=text, actor=actor, type=type_, affiliation=affiliation,
                    evidence=Span(start=span.start_char, end=span.end_char, text=text))


# ---------------------------------------------------------------------------------------- matching


def _is_branch(span: SpacySpan, gaz: Gazetteer) -> tuple[SpacySpan, str] | None:
    """"Islamic State's West African branch" / "ISIS's Afghanistan affiliate" -> the branch."""
    doc = span.doc
    i = span.end
    if (found := _branch_in_region(span, gaz)) is not None:
        return found
    if i < len(doc) and doc[i].norm_ in {"'s", "'"}:
        i += 1
    words: list[str] = []
    for j in range(i, min(i + 4, len(doc))):
        low = doc[j].lower_
        if low in _cues.BRANCH_NOUNS:
            region = " ".join(words)
            branch = gaz.is_branches.get(region)
            if branch:
                return doc[span.start:j + 1], branch
            return None
        if not doc[j].is_alpha:
            break
        words.append(low)
    return _branch_before(span, gaz)


def _branch_in_region(span: SpacySpan, gaz: Gazetteer) -> tuple[SpacySpan, str] | None:
    """"Islamic State in the Sahel", "Islamic State in Mozambique": the movement named with the region a branch is
    named for is that branch (the region's whole name, capitalised, ending the phrase; "Islamic State in the Sahel
    region" too)."""
    doc = span.doc
    j = span.end
    if j >= len(doc) or doc[j].lower_ != "in":
        return None
    j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
    for n in (3, 2, 1):
        words = doc[j:j + n]
        if len(words) < n or not all(t.is_alpha and t.text[:1].isupper() for t in words):
            continue
        end = j + n
        if end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
            continue  # "in the Sahel Region's ...": a longer name than the region
        branch = gaz.is_branches.get(" ".join(t.lower_ for t in words))
        if branch:
            if end < len(doc) and doc[end].lower_ in {"region", "area"}:
                end += 1
            return doc[span.start:end], branch
        if _unlisted_branch_land(span, words):
            # "Islamic State in Bangladesh": no branch the list knows, the name as stated (its longest form)
            return doc[span.start:end], f"{span.text} in {words.text}"
    return None


_MOVEMENT_LANDS = frozenset({"Iraq", "Syria"})


def _unlisted_branch_land(span: SpacySpan, words: SpacySpan) -> bool:
    """The movement's full name ("Islamic State", not an acronym) right before "in" a country no branch is listed
    for; Iraq and Syria are the movement's own land ("the Islamic State in Syria" is the movement there). The "in"
    must hang on the name, not on the verb or the act ("the first attack claimed by the Islamic State in Iran", "the
    deadliest attack by the Islamic State in Russia" say where), and the country end the phrase ("in Iran's
    southeast" is a place)."""
    doc = span.doc
    if not span.start <= doc[span.end].head.i < span.end:
        return False
    if words.end < len(doc) and doc[words.end].norm_ in {"'s", "'"}:
        return False
    country = country_by_name(words.text)
    return "State" in span.text and country is not None and country.name not in _MOVEMENT_LANDS


def _branch_before(span: SpacySpan, gaz: Gazetteer) -> tuple[SpacySpan, str] | None:
    """"the Sinai province of the Islamic State", "the Somali chapter of ISIS": the branch named before
    the movement it is of."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in _cues.BRANCH_NOUNS:
        return None
    noun = i - 1
    for start in range(max(noun - 3, 0), noun):
        words = [t.lower_ for t in doc[start:noun]]
        if all(t.is_alpha for t in doc[start:noun]) and (branch := gaz.is_branches.get(" ".join(words))):
            return doc[start:span.end], branch
    return None


_STATE_MEDIA = frozenset({"tv", "television", "media", "news", "radio", "broadcaster", "agency", "newspaper",
                          "-", "run", "owned", "department", "dept", "secretary", "councillor", "counsellor"})


def _subnational_state(doc: Doc, end: int) -> bool:
    """A country's name followed by "state" names a federal state ("Niger state", "Georgia State"),
    except in "Iran state TV", "Russia state media"."""
    if end >= len(doc) or doc[end].lower_ != "state":
        return False
    return end + 1 >= len(doc) or doc[end + 1].lower_ not in _STATE_MEDIA


def _agentive(token: Token) -> bool:
    """A capital acts ("Kyiv denied", "Tehran's claim", "the Kiev regime") rather than locates."""
    if in_dateline(token):
        return False  # "MOGADISHU (HOL) -": where the report was filed
    if token.dep_ in {"nsubj", "nsubjpass", "poss"}:
        return True
    if token.dep_ == "conj" and token.head.i != token.i:
        return _agentive(token.head)
    if token.dep_ == "dobj" and token.head.lemma_.lower() in {"accuse", "blame", "implicate", "warn", "urge"}:
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "hold" and any(
            c.lower_ == "responsible" for c in [*token.head.children, *token.children]):
        return True  # "held Tehran responsible"
    if token.dep_ == "pobj" and token.head.lower_ == "on":
        verb = token.head.head if token.head.head.pos_ == "VERB" else token.head.head.head
        return verb.lemma_.lower() in {"blame", "pin"}  # "blamed the attack on Moscow"
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True  # "planned by Kyiv"
    if patron_seat(token):
        return True  # "X and its backers in Tehran": the patrons are the state
    return token.dep_ in {"compound", "amod", "nmod"} and token.head.lower_ in _cues.REGIME_NOUNS


def _gazetteer_mentions(doc: Doc) -> list[tuple[SpacySpan, Entry]]:
    gaz = gazetteer()
    m = _matchers(doc)
    upper = is_upper_text(doc_text(doc))
    found: list[SpacySpan] = []
    labels: dict[tuple[int, int], _Hit] = {}
    for matcher in (m.folded, m.exact):
        for match_id, start, end in matcher(doc):
            key = doc.vocab.strings[match_id]
            hit = m.hits[key]
            span = doc[start:end]
            if hit.kind == "country" and not upper and not span.text[:1].isupper():
                continue
            if hit.kind == "country" and span.text.casefold() in _COUNTRY_STOP and span.text == span.text.lower():
                continue
            if hit.kind == "country" and not upper and in_organisation_name(doc, start, end):
                continue  # "Air France", "Bank of England": a company's or a bank's name, not the country
            if hit.kind == "country" and _subnational_state(doc, end):
                continue  # "Niger state governor", "Georgia State": a federal state, not the country
            if upper and key.startswith("E:") and len(span.text) <= 2 and hit.kind == "entry":
                continue  # "IS" in capitals is a verb
            if upper and key.startswith("E:") and span.text.lower() in _ENGLISH_WORDS:
                continue  # "RAW MATERIALS", "RAW FOOTAGE": in capitals an acronym that is an English word is the word
            if key.startswith("F:") and not upper and hit.entry.type != "state" and span.text.islower() \
                    and len(span.text) <= 6:
                continue  # "fano", "maute" lower-case are words, not names
            found.append(span)
            labels[(start, end)] = hit
    out: list[tuple[SpacySpan, Entry]] = []
    for span in filter_spans(found):
        hit = labels[(span.start, span.end)]
        entry = hit.entry
        if hit.kind == "capital" and (not _agentive(span.root) or outlet_initials(doc, span.start, span.end)):
            continue  # "the SANA news agency reported": an outlet, not Sanaa's government
        if entry.name == "Islamic State":
            branch = _is_branch(span, gaz)
            if branch is not None:
                span, name = branch
                entry = gaz.lookup(name) or Entry(name, "group", "Islamic State")
                # a branch named before the movement takes in the region's word ("the Pakistan chapter of IS")
                out = [(s, e) for s, e in out if s.end <= span.start or s.start >= span.end]
        out.append((span, entry))
    return out


# ------------------------------------------------------------------------------------ countries


def country_of_token(token: Token) -> str | None:
    """Country named or implied by one token (for the claim rules): see `_country_of_token`."""
    return _country_of_token(token)


def _country_of_token(token: Token) -> str | None:
    """Country named or implied by one token: "Kenyan", "Russia's", "U.S."."""
    text = token.text.rstrip(".") if token.text.upper() not in {"U.S.", "U.K."} else token.text
    if token.text in {"U.S.", "US", "USA", "U.S.A."}:
        return "United States"
    if token.text in {"U.K.", "UK"}:
        return "United Kingdom"
    if not token.text[:1].isupper() or in_organisation_name(token.doc, token.i, token.i + 1):
        return None
    country = country_by_demonym(text)
    if country is None and token.pos_ == "PROPN":
        country = country_by_name(text)
    return country.name if country else None


def main_country(doc: Doc, mentions: list[tuple[SpacySpan, Entry]]) -> str | None:
    """The country the story is mostly about: most named (names, demonyms, state bodies), first on ties."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for span, entry in mentions:
        if entry.type == "state" and not _patron(span) and not _base_or_origin(span) and not names_the_act(span.root):
            counts[entry.name] += 1
            first.setdefault(entry.name, span.start)
    demonym_table = demonyms()
    inside = {t.i for span, _ in mentions for t in span}
    for token in doc:
        if token.i in inside or names_the_act(token):
            continue
        if token.is_alpha and token.text[:1].isupper() and not _patron(doc[token.i:token.i + 1]) \
                and not in_organisation_name(doc, token.i, token.i + 1):
            country = demonym_table.get(token.lower_) or demonym_table.get(token.lower_.rstrip("s"))
            if country is not None:
                counts[country.name] += 1
                first.setdefault(country.name, token.i)
    if not counts:  # no country named: the country of the cities named
        return _place_country(doc)
    return max(counts, key=lambda c: (counts[c], -first[c]))


def _home_codes(mentions: list[tuple[SpacySpan, Entry]]) -> Counter[str]:
    """ISO codes of the home countries of the listed groups among `mentions`, with how often each is named."""
    return Counter(e.country for _, e in mentions if e.type == "group" and e.country)


def names_the_act(token: Token) -> bool:
    """The word is in the name the act told is called ("said the bombing was not an Indian operation", "called it a
    RAW operation"): the state it names is the one said to have done it, never the story's country that unnamed
    speakers take."""
    return token.dep_ in {"amod", "compound", "nmod"} and token.head.lemma_.lower() in _NAMED_ACT_NOUNS \
        and token.head.i > token.i and act_named_as(token.head)


def _group_homes(mentions: list[tuple[SpacySpan, Entry]]) -> list[str]:
    """The home countries of the groups a story names, most named first."""
    names = (country_by_code(code) for code, _ in _home_codes(mentions).most_common())
    return [country.name for country in names if country is not None]


def named_group_homes(doc: Doc) -> Counter[str]:
    """ISO codes of the home countries of the listed groups the text names, with how often (the M23: CD; the TTP:
    PK): for `nlp.places` to read a country name two states share ("Congo"), never to place anything alone."""
    return _home_codes(_gazetteer_mentions(doc))


def _base_or_origin(span: SpacySpan) -> bool:
    """"the ADF, a group based in Congo", "a Congo-based rebel group", "militants who came from Niger": a state
    named as where attackers are based or came from is not where the story is set, nor whose police speak."""
    return _origin_or_refuge(span[-1]) or _origin_or_refuge(span.root)


def patron_seat(token: Token) -> bool:
    """"X and its backers in Tehran", "its handlers from Kabul": the place after "in" or "from" under a patron
    noun, the seat of the state the patrons are named by."""
    return token.dep_ == "pobj" and token.head.lower_ in {"in", "from"} and token.head.head.lower_ in _cues.PATRON_NOUNS


def _patron(span: SpacySpan) -> bool:
    """"militants backed by Iran", "Iran-backed militants", "a militia linked to Iran": a state named as an
    armed group's patron, not a country the story is set in (nor a speaker's)."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lemma_.lower() in _cues.PATRON_VERBS:
        return True
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in {"by", "to", "with"}:
        verb = root.head.head
        return verb.tag_ == "VBN" and verb.lemma_.lower() in _cues.PATRON_VERBS
    if patron_seat(root) or (root.dep_ in {"amod", "compound"} and root.head.lower_ in _cues.PATRON_NOUNS):
        return True  # "X and its backers in Tehran", "its Iranian sponsors"
    behind = root.head if root.dep_ in {"amod", "compound"} else root  # "Indian" of "Indian intelligence"
    if behind.dep_ == "pobj" and behind.head.lower_ in {"for", "of"} and behind.head.head.lower_ in _cues.FRONT_NOUNS:
        return True  # "X, a front for Indian intelligence", "a proxy of Iran": the state behind the front
    return _patron_help(root)


def _patron_help(root: Token) -> bool:
    """"planned with the support of India", "India's backing", "accused India of backing the attackers": a state
    named as the attack's sponsor."""
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lemma_.lower() in _cues.SUPPORT_NOUNS
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in _cues.SUPPORT_NOUNS
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _cues.ACCUSE_VERBS:
        return any(g.dep_ == "pcomp" and g.lemma_.lower() in _cues.PATRON_VERBS
                   for c in root.head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return False


def _named_states(doc: Doc, mentions: list[tuple[SpacySpan, Entry]]) -> set[str]:
    """The states the text names, by name, body or demonym."""
    named = {entry.name for _, entry in mentions if entry.type == "state"}
    table = demonyms()
    # the word looked up first (from the lower-cased words read once per Doc): few are a state's, and only
    # those need their Token and the costlier organisation-name test
    for i, low in enumerate(doc_lowers(doc)):
        country = table.get(low) or table.get(low.rstrip("s"))
        if country is None:
            continue
        token = doc[i]
        if token.is_alpha and token.text[:1].isupper() and not in_organisation_name(doc, i, i + 1):
            named.add(country.name)
    return named


def _place_country(doc: Doc) -> str | None:
    """The one country of the cities a story names when it names no country: "a synagogue in Thessaloniki"
    -> Greece. Only large cities whose name no other country shares at a comparable size count, and cities
    in two countries give none."""
    found: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ in {"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}:
            continue  # the tagger calls some cities ORG or WORK_OF_ART
        if outlet_initials(doc, ent.start, ent.end):
            continue  # "the SANA news agency": an outlet's initials, not Sanaa
        if (country := _firm_city_country(ent.text, 100_000)) is not None:
            found.add(country)
    return found.pop() if len(found) == 1 else None


_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
_OPENING_SENTENCES = 3  # headline, lede and the sentence after it


_LARGE_OWN_NAME_CITY = 300_000  # a city of its own name this large is the one a dateline means


def _firm_city_country(name: str, min_population: int) -> str | None:
    """The country of the one sizeable city called `name` (no namesake of comparable size elsewhere). A
    large city whose own name it is beats one that only an old or alternate name matches: "ISLAMABAD" is
    Pakistan's capital, not Chattogram (once called Islamabad); a small town does not ("ODESSA" is Odesa
    in Ukraine, not Odessa in Texas; "CALCUTTA" is Kolkata, not a South African village)."""
    key = name_key(name)
    cities = load_gazetteer().cities_named(key)
    own = [c for c in cities if key in loose_name_keys(c.name)]
    if own and own[0].population >= max(min_population, _LARGE_OWN_NAME_CITY):
        cities = own
    if not cities or cities[0].population < min_population:
        return None
    top = cities[0]
    if any(c.country_code != top.country_code and c.population * 5 > top.population for c in cities[1:]):
        return None
    country = country_by_code(top.country_code)
    return country.name if country else None


_PLACE_NOUNS = frozenset({"city", "town", "village", "district", "province", "region", "state", "county",
                          "port", "capital", "municipality", "governorate", "area"})


_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                         "north-east", "north-west", "south-east", "south-west"})


def _locative_head(token: Token) -> str:
    """The preposition that places a name: "in Sumy" -> "in"; "in the city of Sumy" -> "in" too, and
    "(40 km) north of Baghdad" places it as "near" does."""
    head = token.head
    if head.lower_ == "of" and head.head.lower_ in _PLACE_NOUNS and head.head.dep_ == "pobj":
        return head.head.head.lower_
    if head.lower_ == "of" and head.head.lower_ in _DIRECTIONS:
        return "near"
    return head.lower_


def incident_country(doc: Doc, mentions: list[tuple[SpacySpan, Entry]]) -> str | None:
    """The country of the story's incident place: the dateline's city ("KINSHASA, July 1 (Reuters) -"),
    else the first place the opening sentences put something in ("a bus station in Kinshasa", "an attack
    in Mali"). Officials with no stated affiliation speak for it before the most-named state."""
    states = {t.i: entry.name for span, entry in mentions if entry.type == "state" for t in span}
    sents = list(doc.sents)[:_OPENING_SENTENCES]
    for sent in sents:  # dateline (as nlp._dateline reads it): a capitalised name, then "," "(" or a dash
        if dateline_dash(sent) is None:
            continue  # "Police, residents and ...", "Kyiv, meanwhile, denied": no dateline
        words = []
        for token in sent:
            if (token.text in {",", "("} or token.text in DASHES) and words:
                name = doc[words[0]:words[-1] + 1].text
                if (country := _firm_city_country(name, 10_000)) is not None:
                    # "NAIROBI, Kenya — Gunmen shot dead two men in Pakistan's Bajaur district": a regional desk
                    # files the story; the country the lede names for the place is the incident's
                    return _named_locative_state(sent, states) or country
                break
            if not token.is_alpha or not token.text[:1].isupper() or len(words) >= 3:
                break
            words.append(token.i)
    return _locative_country(doc, sents, states)


def _named_locative_state(sent: SpacySpan, states: dict[int, str]) -> str | None:
    """The state a sentence names for the place of its act: "in Pakistan's Bajaur district", "in northern
    Mozambique", "a market in Cabo Delgado province, Mozambique"; not an origin ("fired from Lebanon")."""
    for token in sent:
        if token.dep_ != "pobj" or _locative_head(token) not in _LOCATIVE_PREPS or _origin_or_refuge(token) \
                or _patron(sent.doc[token.i:token.i + 1]):
            continue
        if any(a.dep_ == "relcl" for a in token.ancestors):
            continue
        for t in token.subtree:
            if t.i in states and (t.i == token.i or t.dep_ in {"poss", "compound", "appos"}):
                return states[t.i]
    return None


def _locative_country(doc: Doc, sents: list[SpacySpan], states: dict[int, str]) -> str | None:
    """The country of the first place the sentences put something in ("a bus station in Kinshasa"), not
    a place in a relative clause ("the man, who had lived in Melbourne, fell ...") nor where the attackers
    are based ("rebels based in Congo killed 17 people in Kasese")."""
    for sent in sents:
        for token in sent:
            if token.dep_ != "pobj" or _locative_head(token) not in _LOCATIVE_PREPS:
                continue
            if any(a.dep_ == "relcl" for a in token.ancestors) or _origin_or_refuge(token) \
                    or _patron(doc[token.i:token.i + 1]):
                continue  # nor where the patrons sit ("X and its backers in Tehran")
            if token.i in states:
                return states[token.i]
            ent = next((e for e in doc_ents(doc) if e.start <= token.i < e.end), None)
            if ent is None or ent.label_ not in {"GPE", "LOC", "FAC", "ORG"}:
                continue
            if (country := _firm_city_country(ent.text, 50_000)) is not None:
                return country
    return None


def _resolved_place_country(doc: Doc, places: list[PlaceMention]) -> str | None:
    """The country of the first town or province the opening sentences put something in, as the places module
    resolved it ("a bomb in Tak Bai" -> Thailand): for a story that names no country and no large city."""
    sents = list(doc.sents)[:_OPENING_SENTENCES]
    if not sents:
        return None
    for p in places:
        if p.level not in {"city", "admin"} or not p.location.country_code:
            continue
        span = doc.char_span(p.location.evidence.start, p.location.evidence.end, alignment_mode="expand")
        if span is None or span.start >= sents[-1].end:
            break
        slot = span.root  # "in Intahaka village", "in the Gao region": the place noun fills the slot
        if slot.dep_ == "compound" and slot.head.lower_ in _PLACE_NOUNS:
            slot = slot.head
        if _locative_head(slot) in _LOCATIVE_PREPS and slot.dep_ == "pobj" and not any(
            a.dep_ == "relcl" for a in slot.ancestors
        ):
            country = country_by_code(p.location.country_code)
            return country.name if country else None
    return None


def _paragraph_homes(doc: Doc, mentions: list[tuple[SpacySpan, Entry]], home: str | None) -> list[tuple[int, str]]:
    """(first token, country) of each later paragraph whose opening sentence puts an event in another
    country than the story's: in a roundup ("In Burkina Faso, militants ambushed ...", "A bomb hit a market
    in Maiduguri, Nigeria, ...") the officials of that paragraph speak for its country."""
    text = doc_text(doc)
    labels = section_labels(text)
    if labels:  # a digest's "PAKISTAN:" labels say whose officials each section's are
        return [(_token_at(doc, start), _state_entry(code).name) for start, code in labels]
    states = {t.i: entry.name for span, entry in mentions if entry.type == "state" for t in span}
    out: list[tuple[int, str]] = []
    for si, sent in enumerate(doc.sents):
        if si < _OPENING_SENTENCES or "\n" not in text[max(sent.start_char - 2, 0):sent.start_char]:
            continue  # not a later paragraph's opening sentence
        country = _locative_country(doc, [sent], states)
        if country is not None and country != home and home not in states_named_in(list(sent)) and \
                home not in {states.get(t.i) for t in sent}:
            out.append((sent.start, country))  # "Kenyan troops fighting in Somalia" stays Kenya's
        elif out and out[-1][1] != home:
            out.append((sent.start, home))  # the paragraph's country ends with it
    return out


def _token_at(doc: Doc, offset: int) -> int:
    """The index of the token that holds character `offset` (or the first one after it)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc)


# Short names two states share; the story's incident place says which is meant ("Congo" in a Kinshasa story).
def _namesake_state(span: SpacySpan, entry: Entry, place_home: str | None) -> Entry:
    """"Congo blames Rwanda for an attack in Kinshasa": the Congo of the incident's place, not its namesake."""
    states = {country_by_code(code).name for code in SHARED_NAMES.get(span.text.casefold(), ())}
    if entry.type != "state" or not states or place_home not in states or entry.name == place_home:
        return entry
    country = country_by_name(place_home)
    return _state_entry(country.alpha2) if country else entry


def _namesake_group(span: SpacySpan, entry: Entry, place_home: str | None) -> Entry:
    """"ADF" in a story from Cameroon: an acronym two groups share is the one of the incident's country (the
    Ambazonia Defence Forces), not the gazetteer's namesake elsewhere (the Allied Democratic Forces of Congo)."""
    if entry.type != "group" or not (is_acronym(span.text) and span.text.isupper()) or place_home is None:
        return entry
    country = country_by_name(place_home)
    if country is None or entry.country == country.alpha2:
        return entry
    local = [e for e in gazetteer().by_name.values()
             if e.type == "group" and e.country == country.alpha2 and _initials(e.name) == span.text]
    return local[0] if len(local) == 1 else entry


# -------------------------------------------------------------------------------------- people


_ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "crown"})


def is_title(word: str) -> bool:
    """A title or rank before a name: "minister", "spokesmen", "Gen.", "Lt.", "Brig"."""
    low = word.lower()
    return low in _cues.TITLE_WORDS or low.rstrip("s") in _cues.TITLE_WORDS or \
        low.rstrip(".") in _cues.TITLE_ABBREVIATIONS


def _without_titles(ent: SpacySpan) -> SpacySpan | None:
    """A PERSON entity without the titles the tagger took into it ("Spokesman Bawa Adamu" -> "Bawa Adamu");
    None when it is only a title ("Brig"). Royal titles stay part of the name ("King Abdullah")."""
    start = ent.start
    # "Foyle MLA Mark Durkan", "Labour MP Jo Smith": a seat or a party before the title is part of the title
    seat = next((i for i in range(ent.start + 1, min(ent.start + 3, ent.end - 2))
                 if is_title(ent.doc[i].text) and ent.doc[i].lower_ not in _ROYAL_TITLES), None)
    if seat is not None and all(t.text[:1].isupper() and not is_title(t.text) for t in ent.doc[ent.start:seat]):
        start = seat
    while start < ent.end and (is_title(ent.doc[start].text) or ent.doc[start].text == ".") \
            and ent.doc[start].lower_ not in _ROYAL_TITLES:
        start += 1
    if start == ent.end:
        return None
    if start > ent.start and ent.end - start < 2:
        return ent
    return ent.doc[start:ent.end]


def _titled_names(doc: Doc, taken: set[int], persons: list[SpacySpan]) -> list[SpacySpan]:
    """"Benue State Governor Hyacinth Alia said": the name right after a title, which the tagger took for no
    person (an event, a place or nothing), is a person's. Two to four capitalised proper nouns, none a title, a
    place word, a month or weekday, an actor already read or a person the tagger found, one at least no English
    word, and no entity that the title opens ("General Electric Company" is a firm)."""
    seen = {t.i for e in persons for t in e}
    out: list[SpacySpan] = []
    # the title tested on the lower-cased words read once per Doc (is_title lowers its word): few words are one,
    # and only those need their Token
    for i, low in enumerate(doc_lowers(doc)):
        if not is_title(low):
            continue
        tok = doc[i]
        if not tok.is_alpha:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 4 and _name_word(doc[end]):
            end += 1
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and _name_word(doc[end + 1]):
                end += 1  # "Governor Babajide Sanwo-Olu": a double-barrelled surname is one name word
        run = doc[tok.i + 1:end]
        if not 2 <= len([t for t in run if t.text != "-"]) <= 4 or (
                end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
            continue
        if any(t.i in taken or t.i in seen for t in run) or run[0].ent_iob_ == "I" \
                or all(_english(t.lower_) for t in run):
            continue
        out.append(run)
        seen.update(t.i for t in run)
    return out


_OPEN_QUOTES = frozenset({"“", '"', "‘", "'"})
_CLOSE_QUOTES = frozenset({"”", '"', "’", "'"})


def _with_nicknames(persons: list[SpacySpan]) -> list[SpacySpan]:
    """ "General Juan “Tigre” Santos": a quoted nickname inside a name, where the tagger stops the person at the
    closing quote ("Juan “Tigre”") and leaves the surname apart, is one person with the surname it closes on (the
    surname then finds the whole name again in "Santos said")."""
    out: list[SpacySpan] = []
    for ent in persons:
        doc = ent.doc
        end = ent.end
        if doc[end - 1].text in _CLOSE_QUOTES and any(t.text in _OPEN_QUOTES for t in ent[:-1]):
            pass  # the nickname is inside the entity
        elif end + 2 < len(doc) and doc[end].text in _OPEN_QUOTES and doc[end + 2].text in _CLOSE_QUOTES \
                and doc[end + 1].text[:1].isupper():
            end += 3
        else:
            out.append(ent)
            continue
        k = end
        while k < len(doc) and k - end < 3 and _name_word(doc[k]):
            k += 1
        out.append(doc[ent.start:k] if k > end else ent)
    return [e for e in out if not any(o.start <= e.start and e.end <= o.end and len(o) > len(e) for o in out)]


def _name_word(token: Token) -> bool:
    low = token.lower_
    return token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() and not is_title(low) \
        and low not in _PLACE_NOUNS and low not in MONTH_WORDS and low not in WEEKDAY_NUMBERS


def _names_of_titled_people(doc: Doc, mentions: list[tuple[SpacySpan, Entry]]) -> list[tuple[SpacySpan, Entry]]:
    """Drop a country or capital that is a titled person's later name: "Interior Minister Kamal Jordan",
    "Police Commissioner Ali Kabul" are people, not Jordan or Afghanistan; and one that is the first name
    of a titled person ("Defence Minister Israel Katz") or of a name it qualifies ("Israel Katz said")."""
    titled = []
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        name = _without_titles(ent)
        if name is None or len(name) < 2:
            continue
        if name.start > ent.start or (name.start > 0 and is_title(doc[name.start - 1].text.rstrip("."))):
            titled.append((name, True))
        elif doc[name.start].dep_ == "compound" and name.start < doc[name.start].head.i < name.end \
                and doc[name.end - 1].text[:1].isupper():
            titled.append((name, False))  # "Israel Katz said": the first name qualifies the surname
    if not titled:
        return mentions
    return [(span, entry) for span, entry in mentions
            if not (entry.type == "state" and any(_inside_name(span, n, has_title) for n, has_title in titled))]


def _inside_name(span: SpacySpan, name: SpacySpan, titled: bool) -> bool:
    """The state's words are a later name of a titled person, or the first name of a longer name."""
    if name.start == span.start:
        return span.end < name.end
    return titled and name.start < span.start and span.end <= name.end


_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "de", "del", "van", "von", "der", "da", "di", "du",
                             "la", "le", "ul", "ud", "of"})


def _through_particles(ent: SpacySpan, taken: set[int]) -> SpacySpan:
    """A person's name the tagger ends on a particle ("Ursula von der" | "Leyen", the surname read as a place) runs
    on through the particles to the capitalised word after them: "Ursula von der Leyen"."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end - 1].lower_ in _NAME_PARTICLES - {"of"} and end not in taken \
            and (doc[end].lower_ in _NAME_PARTICLES - {"of"} or doc[end].text[:1].isupper()) and doc[end].is_alpha:
        end += 1
    if end == ent.end or doc[end - 1].lower_ in _NAME_PARTICLES:
        return ent
    return SpacySpan(doc, ent.start, end, label=ent.label_)


def name_case(name: str) -> str:
    """A name read from capitals copy, in the case it is written in: "abu bakr al-baghdadi" ->
    "Abu Bakr al-Baghdadi"."""
    words = []
    for n, word in enumerate(name.split(" ")):
        parts = word.split("-")
        words.append("-".join(p if (p in _NAME_PARTICLES and (n or k)) else p[:1].upper() + p[1:]
                              for k, p in enumerate(parts)))
    return " ".join(words)


def _spelled_in_brackets(token: Token, spans: dict[int, tuple[SpacySpan, Entry]]) -> Entry | None:
    """The group or body a capitals acronym `token` stands for when the text spelled it out in brackets after
    the body's name ("the Movement for National Renewal (MNR) ... MNR commander X"), listed or not."""
    if not (token.is_upper and token.is_alpha and len(token) >= 2):
        return None
    doc = token.doc
    for span, entry in spans.values():
        if entry.type in {"group", "organization"} and span.end + 2 < len(doc) and doc[span.end].text == "(" \
                and doc[span.end + 1].text == token.text and doc[span.end + 2].text == ")" \
                and span.end + 1 != token.i:
            return entry
    return None


def _window_affiliation(tokens: list[Token], spans: dict[int, tuple[SpacySpan, Entry]],
                        last_group: Entry | None) -> tuple[str | None, bool]:
    """(affiliation, has_title) from a title chain or an apposition around a person's name."""
    affiliation = None
    titled = False
    for token in tokens:
        low = token.lower_
        if is_title(low):
            titled = True
        if affiliation is None:
            hit = spans.get(token.i)
            if _patron(hit[0] if hit is not None else token.doc[token.i:token.i + 1]):
                continue  # "a spokesman for the Iran-backed Kataib Hezbollah" speaks for the group
            if hit is not None and hit[1].type in {"state", "organization", "group"}:
                entry = hit[1]
                affiliation = entry.affiliation if entry.type == "state" else entry.name
                if entry.type == "organization" and entry.affiliation:
                    affiliation = entry.affiliation
            elif (spelled := _spelled_in_brackets(token, spans)) is not None:
                affiliation = spelled.name  # "MNR commander X" after "the Movement for National Renewal (MNR)"
            elif low in {"group", "organisation", "organization", "movement", "militants"} and last_group:
                described = _described_before(token, spans)  # "a spokesman for the banned group"
                affiliation = described.name if described is not None else last_group.name
            else:
                affiliation = _country_of_token(token)
    return affiliation, titled


_MEMBER_HEADS = frozenset({"member", "fighter", "militant", "operative", "commander", "recruit", "loyalist"})


def _member_of_group(right: list[Token], spans: dict[int, tuple[SpacySpan, Entry]]) -> str | None:
    """"X, a self-described member of Y, said ...": a person the apposition makes a
    member of a named group acts for it (not a former one: "a former member of X")."""
    for k, token in enumerate(right[:-1]):
        if token.lemma_.lower() in _MEMBER_HEADS and right[k + 1].lower_ == "of":
            if any(t.lower_ in _cues.FORMER for t in right[:k]):
                return None
            hit = next((spans[t.i] for t in right[k + 2:k + 5] if t.i in spans), None)
            return hit[1].name if hit is not None and hit[1].type == "group" else None
    return None


_LEADING_VERBS = frozenset({"command", "lead", "head", "run"})


def _leads_group(doc: Doc, end: int, spans: dict[int, tuple[SpacySpan, Entry]]) -> str | None:
    """"Colonel X, who commands the Y militia, said": a person said to command, lead or head a named group acts
    for it, as "a commander of Y" does."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who" \
            or doc[end + 2].lemma_.lower() not in _LEADING_VERBS:
        return None
    # only the led thing itself ("commands the Y militia", "heads Y"), not one after a preposition or a
    # possessive ("led the offensive against Y", "led the army's operation against Y")
    objects = [c for c in doc[end + 2].children if c.dep_ == "dobj"]
    led: set[int] = set()
    while objects:
        o = objects.pop()
        led.add(o.i)
        objects.extend(c for c in o.children if c.dep_ in {"compound", "appos", "flat", "nmod"})
    for t in doc[end + 3:min(end + 9, len(doc))]:
        if t.text in {",", ".", ";"}:
            break
        if t.i in spans and spans[t.i][1].type == "group" and any(w.i in led for w in spans[t.i][0]):
            return spans[t.i][1].name
    return None


def _left_chain(doc: Doc, start: int) -> list[Token]:
    """Title words before a name: "Pakistan's Foreign Office spokesperson", "UN Secretary-General"."""
    chain: list[Token] = []
    i = start - 1
    while i >= 0 and len([t for t in chain if t.text not in {"(", ")"}]) < 8:
        token = doc[i]
        if token.text == ")" and i >= 2 and doc[i - 2].text == "(" and doc[i - 1].text.isupper():
            chain.extend([token, doc[i - 1], doc[i - 2]])  # "the Interior Ministry (MOI) spokesman X"
            i -= 3
            continue
        if token.lower_ in _cues.FORMER and token.pos_ == "VERB":
            chain.append(token)  # "Retired army general X": the participle the tagger calls a verb
            i -= 1
            continue
        if token.is_sent_end or token.text in {",", ";", ":", "(", ")", '"', "“", "”"} or token.pos_ in {"VERB", "AUX"}:
            break
        if token.pos_ in {"DET", "ADP"} and token.lower_ not in {"of", "for", "the"}:
            break
        if token.pos_ not in {"PROPN", "NOUN", "ADJ", "PART", "DET", "ADP", "PUNCT"}:
            break
        chain.append(token)
        i -= 1
    return list(reversed(chain))


def _right_apposition(doc: Doc, end: int) -> list[Token]:
    """", an aide to the chief of staff of the President of Kenya," after a name."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    out: list[Token] = []
    for token in doc[end + 1:min(end + 16, len(doc))]:
        if token.text in {",", ".", ";", ":", "”", '"'} or (token.pos_ in {"VERB", "AUX"} and token.dep_ != "amod"):
            break  # an adjectival participle ("the Iran-backed group") stays in the apposition
        out.append(token)
    if out and out[0].lower_ not in {"a", "an", "the"} and out[0].pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return []
    return out


def title_window(doc: Doc, start: int, end: int) -> list[Token]:
    """The words around a person's name that can give their office: the title chain before it and an
    apposition after it ("Pakistan's Interior Minister X", "X, India's ambassador to ...")."""
    return _left_chain(doc, start) + _right_apposition(doc, end)


def states_named_in(tokens: list[Token]) -> set[str]:
    """Countries a few words name by a demonym or a country name ("Kenyan", "Russia's", "U.S.")."""
    return {name for t in tokens if (name := _country_of_token(t)) is not None}


# Words after "foreign" that make an office of the story's own state ("the foreign ministry", "Foreign Office
# officials").
_OWN_OFFICE_WORDS = frozenset({"minister", "ministry", "office", "affairs", "secretary", "service", "policy"})


def _qualifies_the_voice(qualifier: Token, voice: Token) -> bool:
    """"Western intelligence officials", "foreign diplomats": the qualifier is on the voice itself or on an arm of
    the state named on it, with only such arms between ("International airport police": the airport's)."""
    between = qualifier.doc[qualifier.i + 1:voice.i]
    return (qualifier.head.i == voice.i or qualifier.head.lower_ in _cues.OUTSIDE_STATE_ARM_WORDS) and all(
        t.lower_ in _cues.OUTSIDE_STATE_ARM_WORDS for t in between)


def _left_modifiers(token: Token) -> list[Token]:
    """Modifiers left of a head noun, recursively ("Russian Foreign Ministry" before "official")."""
    out: list[Token] = []
    stack = [token]
    while stack:
        t = stack.pop()
        for c in t.lefts:
            if c.dep_ in {"amod", "compound", "poss", "nmod", "case", "punct"}:
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


_GROUP_HEADS = frozenset({"group", "organisation", "organization", "faction", "cell", "movement", "outfit",
                          "network", "militia", "collective"})


def _self_named_groups(doc: Doc) -> list[SpacySpan]:
    """"a group calling itself the Revolutionary Front", "a little-known group called Nucleus of Vengeance":
    the name a group goes by is an armed group's name whatever words it uses."""
    out: list[SpacySpan] = []
    for token in doc:
        verb = token.head
        if not _quoted_group_apposition(token) and (
                token.dep_ not in {"oprd", "attr"} or not _name_head(token)
                or verb.lemma_.lower() not in {"call", "name"} or verb.dep_ != "acl"
                or verb.head.lower_ not in _GROUP_HEADS):
            continue
        start, end = token.left_edge.i, token.i + 1
        quoted = doc[start].text in _QUOTE_MARKS or (start > 0 and doc[start - 1].text in _QUOTE_MARKS)
        while start < token.i and doc[start].text in _QUOTE_MARKS:
            start += 1  # 'a group calling itself "Fire Cells of X"': the name, not its quote mark
        inside = {t.i for t in token.subtree}
        closing = next((i for i in range(end, min(end + 8, token.sent.end)) if doc[i].text in _QUOTE_MARKS), None)
        if quoted and closing is not None:
            end = closing  # a quoted name runs to its closing mark, whatever its words' tags
        while end in inside and (doc[end].pos_ == "PROPN" or doc[end].lower_ in {"of", "the", "for", "and"}):
            end += 1  # "Revolutionary Cells of Fire", not a relative clause after the name
        if doc[start].lower_ == "the":
            start += 1
        while end > start and (not doc[end - 1].is_alpha or doc[end - 1].lower_ in {"of", "the", "for", "and"}):
            end -= 1
        if end > start:
            out.append(doc[start:end])
    return out


_QUOTE_MARKS = frozenset({'"', "'", "“", "”", "‘", "’", "``", "''"})


def _name_head(token: Token) -> bool:
    """The head word of a name: a proper noun, or a capitalised plural noun before "of" ("Lions of the Desert",
    "Sons of the Revolution", which the tagger reads as common nouns)."""
    return token.pos_ == "PROPN" or (token.tag_ == "NNS" and token.text[:1].isupper() and not token.is_sent_start
                                     and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children))


def _quoted_group_apposition(token: Token) -> bool:
    """"An anarchist group, 'Black Flag', claimed the attack": a quoted proper name in apposition to a group noun
    is the group's name."""
    if token.dep_ != "appos" or not _name_head(token) or token.head.lower_ not in _GROUP_HEADS:
        return False
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    return doc[left].text in _QUOTE_MARKS or (left > 0 and doc[left - 1].text in _QUOTE_MARKS) or (
        right + 1 < len(doc) and doc[right + 1].text in _QUOTE_MARKS)


def _names_before_group_nouns(doc: Doc) -> list[SpacySpan]:
    """"gunmen from the Jamaat Nusrat group": a capitalised name before "group" (or faction, movement, ...)
    that uses a word armed groups are named with is an unlisted group's name, also where the tagger splits
    the name into pieces too short to be read as one."""
    out: list[SpacySpan] = []
    for token in doc:
        if token.lower_ not in _GROUP_HEADS or token.pos_ != "NOUN":
            continue
        names = [c for c in token.lefts if c.dep_ == "compound"]
        if not names:
            continue
        start = names[0].left_edge.i
        while start < token.i and doc[start].lower_ == "the":
            start += 1
        span = doc[start:token.i]
        if len(span) < 2 or not span[0].text[:1].isupper() or not all(
                t.text[:1].isupper() and t.pos_ == "PROPN" or t.lower_ in _NAME_LINKS for t in span):
            continue
        if not {t.lower_ for t in span} & _cues.GROUP_NAME_WORDS or any(_country_of_token(t) for t in span):
            continue
        out.append(span)
    return out


# Lower-case heads after a proper name that make the name an armed unit's ("the Jaime Martínez front").
_UNIT_HEADS = frozenset({"front", "column"})


def _named_units(doc: Doc) -> list[SpacySpan]:
    """"the Jaime Martínez front, a dissident faction of the former FARC": a unit called after a person or
    a place is that unit, not the person, nor the movement it split from."""
    out: list[SpacySpan] = []
    for token in doc:
        if token.lower_ not in _UNIT_HEADS or token.text[:1].isupper() or not _definite(token):
            continue
        names = [c for c in token.lefts if c.dep_ == "compound"]
        if not names or any(c.pos_ != "PROPN" or not c.text[:1].isupper() or _country_of_token(c) for c in names):
            continue
        start = names[0].left_edge.i
        if any(not doc[i].text[:1].isupper() or doc[i].pos_ != "PROPN" for i in range(start, token.i)):
            continue
        if load_gazetteer().cities_named(name_key(doc[start:token.i].text)):
            continue  # "the Zaporizhzhia front": a battle line named after a place
        out.append(doc[start:token.i + 1])
    return out


_ARMY_UNITS = frozenset({"brigade", "division", "corps", "battalion", "regiment"})
_ARMED_SERVICES = frozenset({"army", "military", "navy", "marines", "air force"})
_ORDINAL = re.compile(rf"^(\d+(st|nd|rd|th)|{'|'.join(ORDINAL_NUMBERS)})$", re.IGNORECASE)


def _army_unit(span: SpacySpan) -> bool:
    """"the army's 18th Brigade", "the 3rd Infantry Division", "the Colombian army's Second Division": a
    numbered or army-owned formation is a unit of a state's forces, never an armed group."""
    head = span[-1]
    if head.lower_ not in _ARMY_UNITS:
        return False
    if any(_ORDINAL.match(t.text) for t in span):
        return True
    doc = span.doc
    owner = [t for t in doc[max(span.start - 3, span.sent.start):span.start] if t.dep_ == "poss"]
    return any(t.lower_ in _ARMED_SERVICES or _country_of_token(t) for t in owner)


def _army_units(doc: Doc) -> list[tuple[SpacySpan, str | None]]:
    """(span, country named with it) for each army unit: "the army's 18th Brigade" with its owner words."""
    out: list[tuple[SpacySpan, str | None]] = []
    for token in doc:
        if token.lower_ not in _ARMY_UNITS:
            continue
        mods = [t for t in _left_modifiers(token) if t.lower_ not in {"the", "a"}]
        start = mods[0].i if mods else token.i
        span = doc[start:token.i + 1]
        if not any(t.text[:1].isupper() for t in span) or not _army_unit(span):
            continue
        country = next((c for t in span if (c := _country_of_token(t)) is not None), None)
        out.append((span, country))
    return out


_GANG_HEADS = frozenset({"cartel", "gang", "militia", "brigade", "brigades", "army", "front"})
_NAME_LINKS = frozenset({"de", "del", "la", "las", "los", "el", "of", "y", "do", "da", "dos"})
_SUBUNIT_HEADS = frozenset({"front", "brigade", "brigades"})


def _a_subunit(head: Token) -> bool:
    """"the Camilo Torres Front of the ELN": a unit named before the group it belongs to is that group's,
    and the group's own name is read instead."""
    return head.lower_ in _SUBUNIT_HEADS and any(t.lower_ == "of" for t in head.doc[head.i + 1:head.i + 4])


def _unit_of_known_group(span: SpacySpan, by_token: dict[int, tuple[SpacySpan, Entry]]) -> bool:
    """"the Derry Brigade of the New IRA", "the Sagaing Chapter of the PDF": a unit named before a group the
    lists know is that group's; the group is read instead (as `_a_subunit` does for unlisted groups)."""
    doc = span.doc
    if span[-1].lower_ not in _cues.UNIT_NOUNS or span.end >= len(doc) or doc[span.end].lower_ != "of":
        return False
    i = span.end + 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    hit = by_token.get(i)
    return hit is not None and hit[1].type == "group"


def _folded_unit(span: SpacySpan, by_token: dict[int, tuple[SpacySpan, Entry]]) -> Entry | None:
    """"the BLA's Majeed Brigade": a unit a listed group owns is the group; "the Carlos Patino front of the
    dissidents of the FARC", "the X front of the FARC dissidents": a unit of a listed group's dissidents is those
    dissidents (GTD's "FARC dissidents"), not a group of its own."""
    doc = span.doc
    if span[-1].lower_ in _cues.UNIT_NOUNS and span.start >= 2 and doc[span.start - 1].text in {"'s", "'", "’s", "’"}:
        hit = by_token.get(span.start - 2)
        return hit[1] if hit is not None and hit[1].type == "group" else None
    if span[-1].lower_ not in _cues.UNIT_NOUNS or span.end >= len(doc) or doc[span.end].lower_ != "of":
        return None
    group, dissidents = None, False
    for t in doc[span.end + 1:min(span.end + 9, span.sent.end)]:
        if t.lower_ == "dissidents":
            dissidents = True
        elif t.i in by_token and by_token[t.i][1].type == "group":
            group = group or by_token[t.i][1]
        elif t.lower_ not in {"the", "of", "former"}:
            break
    if group is None or not dissidents:
        return None
    entry = gazetteer().lookup(f"{group.name} dissidents")
    return entry if entry is not None and entry.type == "group" else None


def _named_gangs(doc: Doc) -> list[SpacySpan]:
    """"the Santa Rosa de Lima cartel", "the Los Lobos gang": a capitalised name before cartel, gang, militia,
    brigade(s), front or army is a non-state armed group's name, known or not; a country's ("the Mexican
    army", "a Haitian gang") is not, nor a battle line or an army named after a place ("the Zaporizhzhia
    front")."""
    out: list[SpacySpan] = []
    for token in doc:
        if token.lower_ not in _GANG_HEADS or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        names = [c for c in token.lefts if c.dep_ in {"compound", "nmod"}]
        if not names:
            continue
        start = names[0].left_edge.i
        while start < token.i and doc[start].lower_ in _NAME_LINKS | {"the"}:
            start += 1
        span = doc[start:token.i]
        if not span or not all(t.text[:1].isupper() and t.pos_ == "PROPN" or t.lower_ in _NAME_LINKS
                               for t in span) or not span[0].text[:1].isupper():
            continue
        if any(_country_of_token(t) or is_title(t.text) for t in span) or _army_unit(doc[start:token.i + 1]):
            continue
        if token.lower_ in {"army", "front"} and load_gazetteer().cities_named(name_key(span.text)):
            continue
        if _a_subunit(token):
            continue
        out.append(doc[start:token.i + 1])
    return out


_DESCRIBED_HEADS = frozenset({"group", "movement", "organisation", "organization", "faction", "outfit", "militia"})
_GROUP_DESCRIPTORS = frozenset({"rebel", "militant", "armed", "jihadist", "insurgent", "separatist", "terrorist",
                                "extremist", "islamist", "guerrilla", "guerrillas", "rebels", "militia"})


def _described_group_names(doc: Doc) -> list[SpacySpan]:
    """"the RED-Tabara rebel group", "the CODECO armed group": a capitalised name (hyphenated or not) before a
    descriptor and "group" is an armed group's name, known or not."""
    out: list[SpacySpan] = []
    for token in doc[2:]:
        if token.lower_ not in _DESCRIBED_HEADS or token.pos_ != "NOUN" \
                or doc[token.i - 1].lower_ not in _GROUP_DESCRIPTORS:
            continue
        end = start = token.i - 1
        while start > token.sent.start and (
                (doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN")
                or (doc[start - 1].text == "-" and start - 2 >= token.sent.start
                    and doc[start - 2].text[:1].isupper() and not doc[start - 1].whitespace_)):
            start -= 1
        span = doc[start:end]
        if not span or span[0].text == "-" or any(_country_of_token(t) or is_title(t.text) for t in span):
            continue
        if any(t.ent_type_ in {"NORP", "GPE", "LOC", "PERSON", "DATE"} for t in span) \
                or any(c.dep_ == "appos" for c in token.children):
            continue  # "the Sunni militant group Jaish al-Adl": a creed or place describes, the name follows
        out.append(span)
    return out


_APPOSITIVE_HEADS = frozenset({"group", "movement", "organisation", "organization", "faction", "outfit", "network",
                               "militia", "militias", "coalition", "alliance"})
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu", "abi"})


def _armed_descriptor(head: Token) -> bool:
    """"a militia", "an armed group", "a group backed by Iran", "an Iran-backed faction": an appositive noun
    that describes an armed group (a "rights group" or a "business group" is none)."""
    if head.lower_ in {"militia", "militias"}:
        return True
    for c in head.children:
        if c.dep_ in {"amod", "compound"} and c.i < head.i:
            if c.lower_ in _GROUP_DESCRIPTORS | {"paramilitary", "islamic", "shiite", "sunni"}:
                return True
            if c.lemma_.lower() in _cues.PATRON_VERBS and c.i >= 2 and head.doc[c.i - 1].text == "-":
                return True  # "an Iran-backed group"
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _cues.PATRON_VERBS:
            return True  # "a group backed by Iran", "a faction linked to al-Qaeda"
    return False


def _appositive_group_names(doc: Doc) -> list[SpacySpan]:
    """"Kataib Rijal al-Karama, a militia backed by Iran, said ...": an unlisted name described in apposition as
    a militia, an armed group or a rebel group is that group's name, not a person's, whatever the tagger says."""
    out: list[SpacySpan] = []
    for head in doc:
        if head.lower_ not in _APPOSITIVE_HEADS or head.pos_ != "NOUN" or head.dep_ != "appos":
            continue
        det = next((c for c in head.children if c.dep_ == "det"), None)
        if det is None or det.lower_ not in {"a", "an"} or not _armed_descriptor(head):
            continue
        comma = det.i - 1
        for c in head.children:  # "a Shiite militia": the appositive opens with its determiner
            if c.i < det.i:
                comma = min(comma, c.i - 1)
        if comma < 1 or doc[comma].text != ",":
            continue
        end = comma
        start = end
        while start > 0:
            t = doc[start - 1]
            if (t.text[:1].isupper() and t.is_alpha and t.pos_ in {"PROPN", "NOUN", "ADJ"}) \
                    or t.lower_ in _ARABIC_ARTICLES | _NAME_LINKS \
                    or (t.text in {"-", "'"} and not t.whitespace_ and start - 2 >= 0 and doc[start - 2].is_alpha):
                start -= 1
                continue
            break
        while start < end and not doc[start].text[:1].isupper():
            start += 1
        span = doc[start:end]
        if not start <= head.head.i < end:
            continue  # the appositive describes another noun ("the town of X, a militia stronghold")
        if len(span) < 2 or any(_country_of_token(t) or is_title(t.text) or t.lower_ in _cues.OFFICIAL_NOUNS
                                for t in span if t.is_alpha):
            continue  # one word ("Ali, a militia commander" aside) is too weak; a country's is no group's name
        if any(t.ent_type_ in {"GPE", "LOC", "FAC", "DATE"} for t in span):
            continue
        out.append(span)
    return out


def _no_group_word(t: Token, links: frozenset[str]) -> bool:
    """A word no group's name is made of: lower-case but for the `links` ("Los Lobos de X"), a title ("General"),
    an official's noun or a country's name (the blamed and the "carried out by" names share this test)."""
    return bool(not (t.text[:1].isupper() or t.lower_ in links) or is_title(t.text)
                or t.lower_ in _cues.OFFICIAL_NOUNS or _country_of_token(t))


_DOER_LINKS = _cues.ARABIC_NAME_PARTICLES | _NAME_LINKS  # "Hizb ut Tahrir", "Ansar al Sharia"


def _blamed_names(doc: Doc) -> list[SpacySpan]:
    """"Police blamed Los Lobos", "believed Los Lobos was behind the killing": a capitalised name that is
    blamed for, behind or responsible for the attack, and is no person, no country and no large city, is
    a group's name."""
    out: list[SpacySpan] = []
    for token in doc:
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.dep_ not in {"dobj", "nsubj", "pobj"}:
            continue
        verb = token.head
        if token.dep_ == "pobj" and verb.lower_ == "on":
            verb = verb.head  # "pinned the blame on X"
        lemma = verb.lemma_.lower()
        if token.dep_ in {"dobj", "pobj"}:
            blamed = verb.pos_ == "VERB" and lemma in _BLAME_VERBS and not any(
                c.dep_ == "prep" and c.lower_ in {"for", "of"} and not any(
                    g.lemma_.lower() in _cues.ACT_NOUNS or g.lower_ in _cues.ACT_NOUNS for g in c.subtree)
                for c in verb.children)
        else:
            blamed = verb.pos_ in {"AUX", "VERB"} and any(
                c.lower_ in {"behind", "responsible"} and any(
                    g.lemma_.lower() in _cues.ACT_NOUNS or g.lower_ in _cues.ACT_NOUNS for g in c.subtree)
                for c in verb.children)
        if not blamed or _a_subunit(token):
            continue
        start = min(c.i for c in token.subtree if c.dep_ in {"compound", "det"} or c is token)
        while start < token.i and doc[start].lower_ == "the":
            start += 1
        span = doc[start:token.i + 1]
        if any(_no_group_word(t, _NAME_LINKS) for t in span):
            continue
        ent = next((e for e in doc_ents(doc) if e.start <= token.i < e.end), None)
        if ent is not None and ent.label_ in {"PERSON", "DATE", "TIME", "CARDINAL", "LOC", "FAC"} \
                and span[0].lower_ not in {"los", "las", "el", "la"}:
            continue
        if _firm_city_country(span.text, 100_000) or load_gazetteer().cities_named(name_key(span.text)) and \
                ent is not None and ent.label_ == "GPE" and span[0].lower_ not in {"los", "las", "el", "la"}:
            continue
        out.append(span)
    return out


def _named_doers(doc: Doc) -> list[SpacySpan]:
    """"the attack was carried out by Ansarullah Bangla Team", "planned by Hizb-ut-Tahrir": a capitalised name
    after "by" of an act verb is a group's only when it looks like an organisation's, by a word groups are named
    with or a hyphenated Arabic-style name (a person's name, "carried out by Karim Hossain", is none)."""
    out: list[SpacySpan] = []
    for token in doc:
        if token.dep_ != "pobj" or token.head.dep_ != "agent" or not token.text[:1].isupper() \
                or token.head.head.lemma_.lower() not in _cues.AGENT_VERBS | _cues.GROUP_ACT_VERBS:
            continue
        start = token.left_edge.i
        while start < token.i and doc[start].dep_ == "det":
            start += 1
        span = doc[start:token.i + 1]
        words = [t for t in span if t.is_alpha]
        if any(not t.is_alpha and t.text != "-" for t in span) or any(_no_group_word(t, _DOER_LINKS) for t in words):
            continue
        if {t.lower_ for t in words} & _cues.GROUP_NAME_WORDS or _arabic_style(span):
            out.append(span)
    return out


def _hyphenated_group_names(doc: Doc) -> list[SpacySpan]:
    """"a group calling itself Jaish-e-Fursan-e-Muhammad", "Ansar al-Jihad al-Khorasani claimed it": a name opened
    by a word groups are named with and joined by Arabic particles and hyphens is one group's name, however the
    tagger splits it (into a person "Muhammad", or a listed "al-Jihad" inside it)."""
    out: list[SpacySpan] = []
    particles = _cues.ARABIC_NAME_PARTICLES
    i, n = 0, len(doc)
    while i < n:
        first = doc[i]
        if not (first.is_alpha and first.text[:1].isupper() and first.lower_ in _cues.GROUP_NAME_WORDS):
            i += 1
            continue
        j, arabic = i + 1, False
        while j + 1 < n:
            if doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and (
                    doc[j + 1].lower_ in particles or doc[j + 1].text[:1].isupper()):
                arabic = arabic or doc[j + 1].lower_ in particles or doc[j - 1].lower_ in particles
                j += 2  # "-e", "-Fursan": the hyphen and the word it joins
            elif doc[j - 1].whitespace_ and doc[j].lower_ in particles and j + 2 < n and doc[j + 1].text == "-" \
                    and not doc[j].whitespace_ and doc[j + 2].text[:1].isupper():
                arabic, j = True, j + 3  # " al-Khorasani": a particle opening the next word
            else:
                break
        while j > i + 1 and not doc[j - 1].text[:1].isupper():
            j -= 1  # the name ends on a capitalised word, not on a particle or a hyphen
        while j < n and doc[j].text[:1].isupper() and doc[j].lower_ in _cues.GROUP_NAME_WORDS | _cues.UNIT_NOUNS:
            j += 1  # "Harkat-ul-Mujahideen Brigade": a unit word after the name is part of it
        if arabic and j - i >= 3:
            out.append(doc[i:j])
        i = max(j, i + 1)
    return out


def _inside_a_longer_name(span: SpacySpan, names: list[SpacySpan]) -> bool:
    """A mention the parser found within a longer hyphenated group name, not at its start ("al-Jihad" in "Ansar
    al-Jihad al-Khorasani"): a piece of that name. A listed name opening it keeps its own reading."""
    return any(n.start < span.start and span.end <= n.end for n in names)


def _arabic_style(span: SpacySpan) -> bool:
    """"Hizb-ut-Tahrir", "Lashkar-e-Taiba": a capitalised word, a hyphen, a particle, a hyphen, a capitalised word."""
    toks = list(span)
    return any(toks[k].text[:1].isupper() and toks[k + 1].text == "-" and toks[k + 2].lower_ in
               _cues.ARABIC_NAME_PARTICLES and toks[k + 3].text == "-" and toks[k + 4].text[:1].isupper()
               for k in range(len(toks) - 4))


_MEDIUM_NOUNS = _cues.MEDIUM_NOUNS | {"station", "account"}
_LABEL_BLAME_VERBS = frozenset({"attribute", "blame", "link", "tie", "pin", "suspect", "accuse"})
_LABEL_DOER_VERBS = frozenset({"carry", "perpetrate", "stage", "launch", "commit", "claim"})
_LABEL_SKIP = frozenset({"det", "poss", "predet", "nummod", "quantmod"})
# Nouns a label's qualifier is used with interchangeably ("Mapuche activists" claiming an arson are the
# movement's extremists): tried with "extremist" when the label as written is not known.
_LABEL_SYNONYMS = frozenset({"activist", "militant", "radical"})


def _label_blamed(head: Token) -> bool:
    """The noun is what the text lays the attack on: "the governor attributed the raid to rebels", "blamed it
    on anarchists", "suspected the involvement of tribesmen", "police suspect separatists", "identified the two
    gunmen as anarchists", "carried out by ...", "Separatists claimed responsibility"."""
    prep = head.head
    if head.dep_ == "pobj":
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "attributed [the attack to X]"
        if prep.lower_ in {"to", "on"}:
            return verb.lemma_.lower() in _LABEL_BLAME_VERBS
        if prep.lower_ == "of":
            return prep.head.lemma_.lower() in _cues.SUSPECTED_INVOLVEMENT
        if prep.lower_ == "as":
            return prep.head.lemma_.lower() == "identify"
        if prep.lower_ == "by":
            return prep.head.lemma_.lower() in _LABEL_DOER_VERBS
        return False
    if head.dep_ == "dobj":
        return head.head.lemma_.lower() in _LABEL_BLAME_VERBS - {"attribute", "link", "tie", "pin"}
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in _cues.CLAIM_VERBS:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _cues.RESPONSIBILITY_NOUNS | _cues.ACT_NOUNS
                   for c in head.head.children)
    if head.dep_ == "nsubj" and head.head.lemma_.lower() == "be" and not _negated(head.head):
        return _behind_the_act(head.head)
    return head.dep_ == "attr" and identified_doers(head.head) is not None


def _behind_the_act(be: Token) -> bool:
    """"separatists were (could be) behind the blast", "rebels were responsible for the attack": the copula lays
    the act on its subject."""
    for c in be.children:
        prep = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "for"), None) \
            if c.lower_ == "responsible" else c if c.dep_ == "prep" and c.lower_ == "behind" else None
        if prep is not None and any(g.dep_ == "pobj" and (g.lemma_.lower() in _cues.ACT_NOUNS or g.lower_ in {
                "it", "this"}) for g in prep.children):
            return True
    return False


def identified_doers(be: Token) -> Token | None:
    """The attackers a copula identifies ("the assailants were herders", "gunmen suspected to be Fulani herdsmen",
    "the attackers were believed to be X"): its subject when that is a noun for the attackers, else None."""
    if be.lemma_.lower() != "be" or _negated(be) or any(
            c.dep_ == "mark" and c.lower_ in {"if", "whether", "unless"} for c in be.children):
        return None
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    supposing = be.head if be.dep_ == "xcomp" and be.head.lemma_.lower() in _cues.SUPPOSING_VERBS else None
    if subj is None and supposing is not None and not _negated(supposing):
        if supposing.dep_ == "acl":
            subj = supposing.head  # "gunmen suspected to be X killed ..."
        else:  # "the attackers were suspected to be X"; the parse's "Gunmen [suspected to be X] killed"
            subj = next((c for c in supposing.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subj is None or subj.lemma_.lower() not in _cues.ATTACKER_NOUNS and subj.lower_ not in _cues.ATTACKER_NOUNS:
        return None
    return subj


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in token.children)


def _blamed_labels(doc: Doc, gaz: Gazetteer) -> list[tuple[SpacySpan, str]]:
    """(span, GTD name) of generic perpetrator labels that GTD codes as groups ("separatists", "an
    Iran-backed militia", "a Palestinian extremist") where the text lays the attack on them: the label
    with its qualifier, else the bare noun ("Ambazonian separatists" -> Separatists). Elsewhere such a
    noun names no one ("separatists control the north")."""
    out: list[tuple[SpacySpan, str]] = []
    text = doc_text(doc)
    for head in doc:
        if head.pos_ not in {"NOUN", "PROPN"} or not head.is_alpha or not _label_blamed(head):
            continue
        left = sorted((t for t in head.subtree if t.i < head.i), key=lambda t: t.i)
        start = head.i
        for t in reversed(left):  # the modifiers right before the noun: "an Iran - backed militia"
            if t.i != start - 1 or t.dep_ in _LABEL_SKIP:
                break
            start = t.i
        for s in range(start, head.i + 1):
            words = text[doc[s].idx:head.idx + len(head.text)].split()
            if doc[s].is_punct:
                continue
            name = _label_name(gaz, words)
            if name is not None:
                out.append((doc[s:head.i + 1], name))
                break
    return out


def _label_name(gaz: Gazetteer, words: list[str]) -> str | None:
    """GTD's name for a label's words: a generic GTD label, or a qualified one the gazetteer lists in the
    plural ("Palestinian Extremists" for "Palestinian extremist")."""
    from ..codebooks.groups import label_key

    tries = [words]
    if len(words) > 1 and label_key(words[-1:]) in _LABEL_SYNONYMS:
        tries.append([*words[:-1], "extremists"])
    for ws in tries:
        key = label_key(ws)
        if key in gaz.labels:
            return gaz.labels[key]
        if len(ws) > 1:
            entry = gaz.folded.get(key + "s")
            if entry is not None and entry.type == "group":
                return entry.name
    last = label_key(words[-1:])
    if last in _cues.IDENTITY_LABELS and all(w[:1].isupper() for w in words[:-1]):
        # a community label GTD does not list ("herders", "Bororo nomads"): named in GTD's style ("Tribesmen")
        plural = words[-1] if words[-1].lower() != last else (
            last[:-3] + "men" if last.endswith("man") else last + "s")
        name = " ".join([*words[:-1], plural.lower()])
        return name[:1].upper() + name[1:]
    return None


def _medium_owner(ent: SpacySpan, by_token: dict[int, tuple[SpacySpan, Entry]], last_group: Entry | None) -> str | None:
    """"Military spokesman Yahya Saree said on the group's television channel that ...": whoever speaks on a
    group's own channel, radio or website speaks for the group."""
    verb = ent.root.head
    if ent.root.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in _cues.SAY_VERBS:
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in {"on", "in", "via", "through", "over", "to"}:
            continue
        for medium in c.children:
            if medium.dep_ != "pobj" or medium.lower_ not in _MEDIUM_NOUNS:
                continue
            for owner in medium.children:
                if owner.dep_ != "poss":
                    continue
                hit = by_token.get(owner.i)
                if hit is not None and hit[1].type == "group":
                    return hit[1].name
                if _group_anaphor(owner) and last_group is not None:
                    return last_group.name
    return None


_GROUP_APPOSITIONS = _GROUP_HEADS | {"rebels", "insurgents", "militants", "separatists", "guerrillas", "jihadists"}
_BLAME_VERBS = _cues.ACCUSE_VERBS | {"suspect"}


def _acronym_named_groups(doc: Doc) -> list[tuple[SpacySpan, str]]:
    """"Police blamed the Barisan Revolusi Nasional (BRN), the main separatist group": a capitalised name no
    list knows, spelled out before its acronym in brackets, is an armed group's name when an apposition
    calls it a group (or rebels, insurgents) or when it is what a blame verb names or what claims an attack.
    Returns the name and its acronym."""
    out: list[tuple[SpacySpan, str]] = []
    for i, tok in enumerate(doc[:-2]):
        acro, close = doc[i + 1], doc[i + 2]
        if tok.text != "(" or close.text != ")" or not acro.text.isalpha() or not acro.text.isupper() \
                or not 2 <= len(acro.text) <= 6:
            continue
        start = i
        while start > tok.sent.start and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in
                                          _NOT_INITIALS - {"the"}) and doc[start - 1].pos_ in {"PROPN", "ADP",
                                                                                               "CCONJ", "DET"}:
            start -= 1
        while start < i and doc[start].lower_ in _NOT_INITIALS:
            start += 1
        if i - start < 2 or _initials(doc[start:i].text) != acro.text:
            continue
        name = doc[start:i]
        head = name.root
        group_word = any(c.dep_ == "appos" and c.lemma_.lower() in _GROUP_APPOSITIONS | {"rebel", "insurgent",
                                                                                         "militant", "separatist"}
                         for c in head.children)
        if head.dep_ == "pobj" and head.head.lower_ in {"from", "of"} and (
                head.head.head.lower_ in _cues.GENERIC_PERPETRATORS | _cues.MEMBER_NOUNS):
            head = head.head.head  # "suspected insurgents from the ... (XYZ)"
        verb = head.head if head.dep_ in {"dobj", "nsubj"} else head.head.head if head.dep_ == "pobj" else None
        blamed = verb is not None and verb.pos_ == "VERB" and (
            (head.dep_ in {"dobj", "pobj"} and verb.lemma_.lower() in _BLAME_VERBS)
            or (head.dep_ == "nsubj" and verb.lemma_.lower() in _cues.CLAIM_VERBS))
        if group_word or blamed:
            out.append((name, acro.text))
    return out


_PARTY_MARKS = frozenset({"ruling", "opposition", "governing"})
_PARTY_ANAPHOR_DETS = frozenset({"the", "this", "that", "his", "her", "its", "their"})


def _party_names(doc: Doc, taken: set[int]) -> list[tuple[SpacySpan, str | None]]:
    """(name, mark) for each political party the text names: "the Social Democratic Party", "the ruling
    Liberation Front", "the opposition People's Alliance" (mark "ruling" / "opposition")."""
    out: list[tuple[SpacySpan, str | None]] = []
    for ent in doc_ents(doc):
        if ent.label_ not in {"ORG", "NORP", "PERSON", "GPE", "FAC"} or any(t.i in taken for t in ent):
            continue
        start = ent.start
        while start < ent.end and doc[start].lower_ in _PARTY_MARKS | {"the"}:
            start += 1
        mark = next((doc[i].lower_ for i in range(max(ent.start - 2, 0), start) if doc[i].lower_ in _PARTY_MARKS),
                    None)
        end = next((t.i for t in doc[start:ent.end] if t.text == "("), ent.end)  # "... Party (PPP"
        if end == ent.end < len(doc) and doc[end].text == "party":
            end += 1  # "the New Democracy party": the tagger leaves the head word out
        start = next((t.i + 1 for t in reversed(doc[start:end]) if t.text in {"'s", "'"}
                      and doc[t.i - 1].lower_ not in _cues.NAME_POSSESSIVE_NOUNS), start)  # "X's Y Party"
        while end > start and not doc[end - 1].is_alpha:
            end -= 1  # "the Party's"
        names_party = end - start >= 2 and doc[start].text[:1].isupper() and (
            doc[end - 1].lower_ == "party" and (doc[end - 2].is_alpha or end - start >= 3 and doc[end - 2].text in
                                                {"'s", "'"} and doc[end - 3].lower_ in _cues.NAME_POSSESSIVE_NOUNS)
            or any(t.text == "Party" and t.i + 1 < end and doc[t.i + 1].lower_ == "of" for t in doc[start:end]))
        if not names_party and not (mark and ent.label_ == "ORG" and end > start):
            continue
        out.append((doc[start:end], "governing" if mark == "ruling" else mark))
    return out


def _with_parties(doc: Doc, mentions: list[tuple[SpacySpan, Entry]]) -> list[tuple[SpacySpan, Entry]]:
    """Political parties speak for themselves: a named party, and later "the party", "party spokesman",
    "the ruling party" (the party the text called ruling). A country inside a party's name is no mention."""
    taken = {t.i for span, entry in mentions if entry.type != "state" for t in span}
    parties = _party_names(doc, taken)
    if not parties and "opposition" not in doc_lowers(doc):
        return mentions  # no party named, none called the opposition's
    inside = {t.i for span, _ in parties for t in span}
    out = [(span, entry) for span, entry in mentions if not any(t.i in inside for t in span)]
    named: list[tuple[int, Entry, str | None]] = []
    for span, mark in parties:
        entry = Entry(normalise(span.text), "organization", normalise(span.text))
        out.append((span, entry))
        named.append((span.start, entry, mark))
        acro = doc[span.end + 1] if span.end + 2 < len(doc) and doc[span.end].text == "(" \
            and doc[span.end + 2].text == ")" else None
        if acro is not None and acro.text.isalpha() and acro.text.isupper() and acro.text == _initials(span.text):
            # "the Pakistan People's Party (PPP) ... PPP leader X": its acronym, here and after, is the party
            hits = {t.i for t in doc[acro.i:] if t.text == acro.text}
            out = [(s, e) for s, e in out if not any(t.i in hits for t in s)]
            out += [(doc[i:i + 1], entry) for i in sorted(hits)]
            inside |= hits
    for token in doc:
        if _bare_opposition(token) and token.i not in inside:
            # "The government staged it, the opposition said": the opposition is a body that speaks, the party
            # the text called the opposition's if it named one, else under its own word
            before = [entry for start, entry, m in named if start < token.i and m == "opposition"]
            entry = before[-1] if before else Entry("opposition", "organization", "opposition")
            dets = [c for c in token.lefts if c.dep_ == "det"]
            out.append((doc[dets[0].i:token.i + 1], entry))
            continue
        if token.lower_ != "party" or token.i in inside or (token.text != "party" and not token.is_sent_start):
            continue
        lefts = [c for c in token.lefts]
        mark = next((c.lower_ for c in lefts if c.lower_ in _PARTY_MARKS), None)
        mark = "governing" if mark == "ruling" else mark
        before = [(entry, m) for start, entry, m in named if start < token.i]
        if mark is not None:
            before = [(entry, m) for entry, m in before if m == mark]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        # "the opposition party Jamaat-e-Islami": the name right after it is the party
        named_after = after is not None and after.pos_ == "PROPN" and after.ent_type_ not in {"DATE", "TIME"}
        if mark == "opposition" and not before and token.text == "party" and not named_after and not any(
                c.dep_ == "appos" for c in token.rights) and all(  # "the opposition party, the X Front,": named
                c.lower_ in _PARTY_ANAPHOR_DETS | _PARTY_MARKS | _cues.LEADING_PARTY_WORDS for c in lefts):
            # "The main opposition party accused the government ...": a party the text does not name still
            # speaks for itself, and a later "the opposition party" is the same one
            words = [c for c in lefts if c.lower_ not in _PARTY_ANAPHOR_DETS]
            span = doc[words[0].i:token.i + 1]
            name = " ".join(t.lower_ for t in span)  # one voice however it is cased, as bare "sources" are
            entry = Entry(name, "organization", name)
            out.append((doc[lefts[0].i:token.i + 1], entry))
            named.append((token.i, entry, mark))
            continue
        if any(c.lower_ not in _PARTY_ANAPHOR_DETS | _PARTY_MARKS for c in lefts):
            continue  # "a wedding party", "a third party"
        if not lefts and token.dep_ != "compound":
            continue  # only "party spokesman", "party leader" without a determiner
        if not before:
            continue
        dets = [c for c in lefts if c.lower_ in {"the", "this", "that"}]
        out.append((doc[(dets[0] if dets else token).i:token.i + 1], before[-1][0]))
    out.sort(key=lambda m: m[0].start)
    return out


def _bare_opposition(token: Token) -> bool:
    """"The opposition said", "the opposition's spokesman", and after "to" or "by" ("according to the opposition",
    "condemned by the opposition", "staged by the opposition", "a gift to the opposition, which blamed X"): the bare
    noun with "the" as a body that speaks or acts (not "the opposition party", "opposition leader X", "opposition to
    the plan", "faced opposition")."""
    return token.lower_ == "opposition" and token.dep_ in {"nsubj", "pobj", "poss"} and (
        token.dep_ != "pobj" or token.head.lower_ in {"to", "by"}) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
        c.dep_ in {"prep", "amod", "compound"} for c in token.children)


def _charge_follows(of: Token) -> bool:
    """"accused the police of killing him": the "of" brings the charge of an accusation (a gerund, or a prep the
    parser hangs on the verb), not the body the force belongs to ("the police of the Senate")."""
    nxt = of.nbor(1) if of.i + 1 < len(of.doc) else None
    return of.head.pos_ == "VERB" or (nxt is not None and nxt.tag_ == "VBG")


def _offices_named(doc: Doc, by_token: dict[int, tuple[SpacySpan, Entry]]) -> list[tuple[int, str, str]]:
    """(token, office noun, country) for each office named with its state: "India's Ministry of External
    Affairs", "the Kenyan police"."""
    out: list[tuple[int, str, str]] = []
    for token in doc:
        if token.lower_ not in _cues.OFFICIAL_NOUNS or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        for child in _left_modifiers(token):
            hit = by_token.get(child.i)
            country = hit[1].name if hit is not None and hit[1].type == "state" else _country_of_token(child)
            if country is not None:
                out.append((token.i, token.lower_, country))
                break
    return out


def _office_named_before(offices: list[tuple[int, str, str]], start: int, title: list[Token]) -> str | None:
    """"India's foreign ministry said ... ministry spokesman X said": a title naming an office the text gave
    a state to earlier speaks for that state."""
    nouns = {t.lower_ for t in title}
    if nouns & _cues.BENCH_NOUNS:
        nouns |= {"court", "tribunal"}  # "a Kenyan court convicted ... Judge X said", "the judge said": its court's
    return next((country for i, noun, country in reversed(offices) if i < start and noun in nouns), None)


def _same_office_before(token: Token, mentions: list[tuple[SpacySpan, ActorRef]]) -> str | None:
    """The state of the nearest office of the same noun named before "the embassy" ("the US embassy ... the German
    ministry ... the embassy" is the US one); "" when that mention names several ("the US and French embassies",
    "the US embassy and the French embassy"), None when none with a known state was named."""
    lemma = token.lemma_.lower()
    for before in reversed(token.doc[:token.i]):
        if before.pos_ != "NOUN" or before.lemma_.lower() != lemma:
            continue
        # "embassies ... the embassy" names several; "Police ... the police" is one word, whatever its tag
        several = (before.tag_ == "NNS" and token.tag_ == "NN" and before.lower_ != token.lower_) or any(
            t.lemma_.lower() == lemma for t in [*(c for c in before.children if c.dep_ == "conj"), before.head]
            if t.i != before.i and (t.dep_ == "conj" or before.dep_ == "conj"))
        if several and _states_in(before, mentions):
            return ""  # "the US and French embassies"; "several governments" names none: look further back
        country = next((ref.affiliation or ref.actor for span, ref in mentions
                        if ref.type == "state" and span.start <= before.i < span.end), None)
        if country is not None:
            return country
    return None


def _states_in(noun: Token, mentions: list[tuple[SpacySpan, ActorRef]]) -> bool:
    """A state mention inside the phrase of `noun` or of the nouns coordinated with it."""
    heads = [noun, *(c for c in noun.children if c.dep_ == "conj")] + ([noun.head] if noun.dep_ == "conj" else [])
    inside = {t.i for h in heads for t in h.subtree}
    return any(ref.type == "state" and span.start in inside for span, ref in mentions)


def _definite(token: Token) -> bool:
    """ "the embassy", "this group": a noun that refers back to something named before."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)


def _described_in(span: SpacySpan, other: SpacySpan) -> bool:
    """`span` lies inside the phrase that names `other`: a relative clause, a modifier or an apposition of it
    ("the ADF, which has ties to the Islamic State", "Ansaru, a splinter of Boko Haram"); not a group
    coordinated with it ("the ADF and the M23"), whose standing is the same."""
    if span.start <= other.start or span.sent.start != other.sent.start:
        return False
    tok = span.root
    while tok.head.i != tok.i and tok.dep_ != "conj":
        tok = tok.head
        if other.start <= tok.i < other.end:
            return True
    return False


_TIME_LINKS = frozenset({"after", "before", "since", "until", "following"})


def _told_in_the_background(span: SpacySpan) -> bool:
    """The name lies in a time clause or phrase that tells an earlier or later act ("..., a day after the
    government accused the Islamic State", "weeks after clashing with Boko Haram")."""
    tok = span.root
    while tok.head.i != tok.i:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_LINKS for c in tok.children):
            return True
        if tok.dep_ == "prep" and tok.lower_ in _TIME_LINKS and tok.head.pos_ in {"VERB", "AUX"}:
            return True
        tok = tok.head
    return False


def _main_subject(span: SpacySpan) -> bool:
    """The name is (or modifies) the subject of its sentence's main verb: "Al-Shabaab fighters attacked ..."."""
    tok = span.root
    while tok.dep_ in {"compound", "amod", "nmod", "poss"} and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT"


def _group_anaphor(token: Token) -> bool:
    """"the group", "the militants": a definite nominal that refers back to an armed group, never a state."""
    return token.lower_ in _cues.GROUP_ANAPHORS and token.pos_ == "NOUN" and _definite(token)


def _named_after(token: Token, by_token: dict[int, tuple[SpacySpan, Entry]]) -> Entry | None:
    """"the Kurdish militant group PKK", "the group, Jaish al-Adl,": a descriptor followed by a group's name (at
    once or in apposition) describes that group, and refers back to no group named before."""
    doc = token.doc
    nxt = token.i + 1
    if nxt < len(doc) and doc[nxt].text == "," and any(c.dep_ == "appos" for c in token.children):
        nxt += 1
    hit = by_token.get(nxt) if nxt < len(doc) else None
    if hit is None or hit[0].start != nxt or hit[1].type not in {"group", "organization"}:
        return None
    return hit[1]


_DESCRIBED_REACH = 4
"""How many sentences back a described group may stand for an anaphor that repeats its description."""


def _described_before(token: Token, by_token: dict[int, tuple[SpacySpan, Entry]]) -> Entry | None:
    """ "X, a banned sectarian group, claimed it. The group said it acted with Y. ... a spokesman for the banned
    group": an anaphor with a modifier ("the banned group") refers back to the group that an apposition (or "is
    a ...") described with that modifier and noun, not to the group named last."""
    mods = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}}
    if not mods:
        return None
    doc = token.doc
    start = sents_back(doc, token.sent.start, _DESCRIBED_REACH)
    for t in reversed(doc[start:token.sent.start]):
        if t.lemma_.lower() != token.lemma_.lower() or t.pos_ != "NOUN" or t.dep_ not in {"appos", "attr"}:
            continue
        if not mods <= {c.lower_ for c in t.children if c.dep_ in {"amod", "compound"}}:
            continue
        head = t.head if t.dep_ == "appos" else subject_of_copula(t)
        hit = by_token.get(head.i) if head is not None else None
        if hit is not None and hit[1].type in {"group", "organization"}:
            return hit[1]
    return None


def subject_of_copula(attr: Token) -> Token | None:
    """The subject of the 'be' whose predicate `attr` is ("X is a banned group" -> X)."""
    return next((c for c in attr.head.children if c.dep_ == "nsubj"), None) if attr.head.lemma_ == "be" else None


def _listed_surname(gaz: Gazetteer, ent: SpacySpan) -> str | None:
    """The affiliation of a listed person the text names by surname, or by a full name whose first name
    fits the listed one ("Vladimir V. Putin"); "Israel Katz" is not the listed Rita Katz."""
    surname = normalise(ent[-1].text)
    found = gaz.people.get(surname)
    if found is None or len(ent) < 2:
        return found
    initial = ent[0].text[:1].casefold()
    listed = [k for k in gaz.people if " " in k and k.rsplit(" ", 1)[-1].casefold() == surname.casefold()]
    if listed and all(k[:1].casefold() != initial for k in listed):
        return None
    return found


# Place nouns that make the capitalised name before them a place's name, whether the gazetteer knows it or not.
_SETTLEMENT_NOUNS = frozenset({"village", "villages", "town", "district", "province", "region", "county",
                               "municipality", "governorate", "commune", "subdistrict", "sub-district"})


def _demonym_as_person(ent: SpacySpan) -> bool:
    """"The Azerbaijani defence ministry": one word the tagger took for a person that is a state's demonym,
    followed by any lower-case word (mostly the noun it qualifies; a surname such as "French" before "said"
    would be taken too), is the state's word, not a person's name."""
    return len(ent) == 1 and ent.end < len(ent.doc) and ent.doc[ent.end].is_lower \
        and demonyms().get(ent.text.casefold()) is not None


def _place_as_person(ent: SpacySpan) -> bool:
    """"exploded in Gao", "in Tak Bai district", "KIRKUK, Iraq —": a name the tagger took for a person, in a
    place's slot (after 'in', 'near', ... before 'district', 'province', or a dateline) and known as a town,
    is the town. Before "village", "town", "district", ... it is a place even when no list knows it ("a market
    in Tindebe village"): no person's name heads those nouns, unless the noun itself qualifies another ("Ali
    Musa district chief")."""
    doc, root = ent.doc, ent.root
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in _SETTLEMENT_NOUNS and after.dep_ != "compound" \
            and not after.text[:1].isupper() and root.head.i == after.i:
        return True
    locative = (root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS and root.head.i == ent.start - 1) or (
        after is not None and after.lower_ in _PLACE_NOUNS)
    dateline = ent.start == ent.sent.start and in_dateline(root)  # "KIRKUK, Iraq —": where the report was filed
    return (locative or dateline) and bool(load_gazetteer().cities_named(name_key(ent.text)))


# Offices that act on an attack at home (its security, policing, a region's government): a listed foreign
# leader's name under one of these titles, in a story set elsewhere, is a local namesake.
_DOMESTIC_OFFICE_WORDS = frozenset({"interior", "defence", "defense", "security", "police", "army", "military",
                                    "governor", "mayor", "commander", "justice", "home", "general", "gen"})


def _domestic_office(title: list[Token]) -> bool:
    """"Defence Minister Pedro Sánchez" in a story set in Colombia is a Colombian namesake of the listed
    leader; "President Joe Biden" or "Foreign Minister Sergei Lavrov" reacting to an attack abroad is the
    listed office holder, whose country the story need not name."""
    return any(t.lower_.rstrip(".") in _DOMESTIC_OFFICE_WORDS for t in title)


def _of_home_office(token: Token) -> bool:
    """"the Minister of Defense", "the Minister of the Interior": a home office named after "of", which speaks
    for the story's state as "the defence minister" does (unlike "the minister of a neighbouring country")."""
    doc = token.doc
    i = token.i + 2
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return token.lower_ == "minister" and i < len(doc) and doc[i].lower_ in _DOMESTIC_OFFICE_WORDS


def _of_home_place(token: Token, home: str | None) -> bool:
    """"The governor of Khyber Pakhtunkhwa", "the mayor of Kabul": a local office of a province or town of the
    story's country is that state's, as "the governor" alone is."""
    country = country_by_name(home) if home else None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    place = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None) if of is not None else None
    if country is None or place is None:
        return False
    words = [t.text for t in place.subtree if t.pos_ == "PROPN"]
    if len(words) > 1 and words[-1].lower() in {"state", "province"}:
        words = words[:-1]  # "the governor of Borno State": the place is Borno
    key = name_key(" ".join(words))
    places = load_gazetteer()
    return any(sub.country_code == country.alpha2 for sub in places.subdivisions.get(key, [])) \
        or any(city.country_code == country.alpha2 for city in places.cities_named(key))


def _is_former(tokens: list[Token]) -> bool:
    return any(t.lower_ in _cues.FORMER for t in tokens)


def _former_apposition(tokens: list[Token]) -> bool:
    """"X, a retired army general," / "a former minister": the apposition's office is a former one. "Former" counts
    only on a title ("the police chief of the former capital" is in office), and not when another title of the
    apposition stands outside it ("the state governor and a former minister" still governs)."""
    titles = [t for t in tokens if is_title(t.text)]
    former = [t for t in titles if any(c.i < t.i and c.lower_ in _cues.FORMER for c in t.children)]

    def within(t: Token, office: Token) -> bool:  # under the former title, not through a conjunct of it
        while t.i != office.i and t.dep_ != "conj" and t.head.i != t.i:
            t = t.head
        return t.i == office.i

    return bool(former) and all(any(within(t, f) for f in former) for t in titles)


_OUT_OF_OFFICE = _cues.FORMER - {"late"}  # "the late president" is dead; "a late statement" is no office


def _former_person_title(token: Token) -> bool:
    """"A retired army general", "a former police commissioner", "the ex-minister": a person's title, rank or bench
    noun that a word of its own marks as no longer held (not "officials of the former government")."""
    low = token.lemma_.lower()
    if not (is_title(token.text) or low in _cues.RANK_NOUNS or low in _cues.BENCH_NOUNS):
        return False
    return any(c.lower_ in _OUT_OF_OFFICE and c.i < token.i for c in token.children)


def _apposition_of_taken(token: Token, taken: set[int]) -> bool:
    """The noun is in apposition to a name already read ("X, the spokesman and a former officer,")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "appos" and token.head.i in taken


def _possessive_state(tokens: list[Token], spans: dict[int, tuple[SpacySpan, Entry]]) -> str | None:
    """"Libya's former leader X": a country in the possessive before a title is the side the office held,
    former or not ("former President X" alone names no side)."""
    for k, token in enumerate(tokens[:-2]):
        if tokens[k + 1].lower_ not in {"'s", "’s"} or not any(is_title(t.text) for t in tokens[k + 2:]):
            continue
        hit = spans.get(token.i)
        if hit is not None and hit[1].type == "state":
            return hit[1].name
        if hit is None and (name := _country_of_token(token)) is not None:
            return name
    return None


# ---------------------------------------------------------------------------------------- main


_SOLDIERS = frozenset({"soldier", "soldiers"})
"""Soldiers stand for a state as troops do, once the text says whose ("Sudanese soldiers", "government
soldiers"); "two soldiers" alone are people."""


def _unplaced_force(doc: Doc, token: Token) -> str | None:
    """"Police blamed the group" in a story whose country nothing resolves (an unknown village, no country
    or demonym): the police, army or security forces still speak, as a state's security force whose state
    is not known ("police"), rather than not at all. Other bare nominals ("officials") stay unread."""
    low = token.lower_
    phrase = " ".join(t.lower_ for t in doc[max(token.i - 1, 0):token.i + 1] if t.is_alpha)
    if low == "police" or phrase in {"police chief", "police commissioner"}:
        return "police"
    if low in {"army", "military"} or phrase == "security forces":
        return phrase if phrase == "security forces" else low
    return None


def _community_figure_at(tokens: list[Token]) -> tuple[SpacySpan, str] | None:
    """(span, "community leader") for a community figure whose head noun is among `tokens` ("a local community
    leader", "Dung Gyang, a village head in the area"): someone who speaks for a community, not for a state."""
    for token in tokens:
        if token.i == 0 or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        mod = token.nbor(-1)
        name = f"{mod.lower_} {token.lemma_.lower()}"
        if name in _cues.COMMUNITY_FIGURES and mod.dep_ in {"amod", "compound"} and mod.head.i == token.i:
            return token.doc[mod.i:token.i + 1], name
    return None


def _corporate_office(tokens: list[Token]) -> bool:
    """"Aurex Mining chief executive Helen Marsh", "X, the company's managing director": a firm's officer speaks for
    the firm or for himself, never for the story's state as an untitled official does. A "chief executive" or
    "executive director" is a firm's only when the window names a firm: a state has them too ("Chief Executive
    John Lee", "NACTA executive director X")."""
    shared = False
    for token in tokens:
        low = token.lower_
        pair = f"{token.nbor(-1).lower_} {low}" if token.i > 0 else ""
        if low in _cues.CORPORATE_TITLE_WORDS or pair in _cues.CORPORATE_OFFICES:
            return True
        if pair in _cues.SHARED_EXECUTIVE_OFFICES:
            shared = True
        if token.lemma_.lower() in _cues.COMPANY_NOUNS and any(c.dep_ == "case" for c in token.children):
            return True  # "the company's chief executive"
    return shared and _names_a_firm(tokens)


def _names_a_firm(tokens: list[Token]) -> bool:
    """A company noun ("the firm's executive director"), a company's abbreviation ("Acme Ltd") or an organisation
    of two or more words with no state body's word ("Aurex Mining", not "the National Intelligence and Security
    Agency") among the tokens."""
    for token in tokens:
        if token.lemma_.lower() in _cues.COMPANY_NOUNS or token.lower_.rstrip(".") in _cues.COMPANY_ABBREVIATIONS:
            return True
        if token.ent_type_ in {"ORG", "PRODUCT", "WORK_OF_ART"} and token.ent_iob_ == "B":  # the tagger's
            # labels for a trade name
            ent = next((e for e in doc_ents(token.doc) if e.start == token.i), None)
            words = {t.lower_ for t in ent} if ent is not None else set()
            if len(words) > 1 and not words & (STATE_BODY_WORDS | _cues.STATE_AGENCY_WORDS):
                return True
    return False


def _research_body(tokens: list[Token]) -> str | None:
    """"X, director of the Y Institute for Peace Studies": the name of the think tank or university (an
    organisation's name with a research word, no state body's) whose title the person holds. He speaks for it,
    not for the story's state, as an unlisted body does for itself. Only the body his title is "of" or "at"
    ("a graduate of Kabul University", "a University of Nairobi graduate" hold no office there), and not a
    "National Institute", the state's own."""
    for token in tokens:
        ent = next((e for e in doc_ents(token.doc) if e.start <= token.i < e.end), None) if token.ent_type_ else None
        if ent is None or ent.label_ != "ORG":
            continue
        link = ent.root.head
        if ent.root.dep_ != "pobj" or link.lower_ not in {"of", "at"} or not is_title(link.head.text):
            continue
        span = whole_name(ent)
        span = span[1:] if span[0].lower_ == "the" else span
        words = {t.lower_ for t in span}
        if span[0].lower_ == "national" and words & {"institute", "institution"}:
            continue  # "the National Institute of Legal Medicine": a state institute
        if words & _cues.RESEARCH_BODY_WORDS and not words & STATE_BODY_WORDS:
            return span.text
    return None


def holds_responsible(verb: Token) -> bool:
    """"The Pentagon held Iran responsible": holding someone responsible is an accusation as blaming is."""
    return verb.lemma_.lower() == "hold" and any(
        c.lower_ == "responsible" or (c.dep_ == "dobj" and any(g.lower_ == "responsible" for g in c.children))
        for c in verb.children)  # "responsible" parsed on the verb or on its object


def _private_speaker(token: Token) -> tuple[SpacySpan, str] | None:
    """(span, name) for an unnamed private person who speaks or accuses: a victim's kin with a possessive ("his
    mother", "the boy's father" -> "mother", "father") or the people of a place ("residents", "villagers"). Only as
    the subject of a speech act or an accusation, so that "villagers lynched a thief" makes no doer of them."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = token.head.lemma_.lower()
    # "Relatives held the army responsible" accuses, as "blamed the army" does
    if verb not in _cues.SAY_VERBS and verb not in _cues.ACCUSE_VERBS and not holds_responsible(token.head):
        return None
    low = token.lower_
    if low in _cues.WITNESS_SPEAKERS:
        plural = f"{low}es" if low.endswith("ss") else low if low.endswith("s") else f"{low}s"
        return token.doc[token.i:token.i + 1], plural
    if low in _cues.COMMUNITY_SPEAKERS:
        if any(c.dep_ in {"amod", "compound", "poss"} and (c.ent_type_ in {"NORP", "GPE", "ORG"} or c.pos_ == "PROPN")
               for c in token.children):
            return None  # "Christian villagers", "Kaduna residents": a named community is for its own rules
        name = low if low.endswith("s") else f"{low}s"
        return token.doc[token.i:token.i + 1], name
    if low in _cues.KIN_SPEAKERS and any(c.dep_ == "poss" for c in token.children):
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children):
            return None  # "Ali's mother": kin of someone named, not of the victim
        start = min([c.i for c in token.children if c.dep_ == "poss"] + [token.i])
        return token.doc[start:token.i + 1], f"victim's {low}"
    if low in _cues.KIN_SPEAKERS and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        # "the family of an activist found shot dead", "the mother of the boy": kin of an unnamed victim
        of = [g for c in token.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if of and of[0].pos_ == "NOUN" and not _attacker_word(of[0]):  # "the family of the suspect": no victim's
            return token.doc[token.i - 1:token.i + 1], f"victim's {low}"
    if low in {"relatives", "parents", "families"} and not any(c.dep_ in {"det", "poss", "amod", "compound", "prep"}
                                                   and not _of_the_dead(c) and not _of_a_victim(c)
                                                   for c in token.children) \
            and not any(_attacker_word(t) for t in token.sent):  # "Relatives said the bomber had joined X"
        return token.doc[token.i:token.i + 1], f"victim's {low}"  # "Relatives accused police of ...": the victim's
    return None


_THE_DEAD = frozenset({"dead", "victims", "victim", "deceased", "slain", "those", "missing"})


_ARMED_SIDE_WORDS = {w for ws in (_cues.ARMED_FIGHTER_NOUNS, _cues.GENERIC_PERPETRATORS) for w in ws} | {
    w.rstrip("s") for ws in (_cues.ARMED_FIGHTER_NOUNS, _cues.GENERIC_PERPETRATORS) for w in ws}
"""The armed side's people ("the rebel commander", "a militant leader"): their kin speak for no victim."""


def _of_a_victim(prep: Token) -> bool:
    """"Relatives of the herder", "parents of the boy": kin of someone the story names by a common noun, not of an
    attacker ("relatives of the bomber"), of the armed side ("relatives of the rebel commander", whose kin speak for
    that side, not for the attack's victims) nor of someone named ("relatives of Ali")."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and not _attacker_word(g) and not any(
            w.lower_ in _ARMED_SIDE_WORDS or w.lemma_.lower() in _ARMED_SIDE_WORDS
            for w in [g, *(c for c in g.children if c.dep_ in {"amod", "compound", "nmod"})])
        for g in prep.children)


def _of_the_dead(prep: Token) -> bool:
    """"Relatives of the dead", "relatives of the victims": kin of the victims, as bare "relatives" are."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lower_ in _THE_DEAD for g in prep.children)


def _forces_in_private_charge(token: Token) -> bool:
    """"Residents said soldiers shot dead three civilians": bare soldiers or troops whom kin, residents or
    witnesses charge with harm are the story's state's forces (whether the charge stands is the claim rules'
    call); "two soldiers" counted, or soldiers anywhere else, are people."""
    if token.lower_ not in {"soldiers", "troops"} or token.dep_ != "nsubj" or any(
            c.dep_ != "det" or c.lower_ != "the" for c in token.children):
        return False
    act = token.head
    harm = next((v for v in [act, *act.conjuncts] if v.lemma_.lower() in _cues.CHARGED_HARM_VERBS), None)
    if harm is None or act.dep_ != "ccomp" \
            or act.head.lemma_.lower() not in _cues.SAY_VERBS | _cues.ACCUSE_VERBS:
        return False  # "the soldiers came and killed 15 herders": the harm may be the second of two acts
    teller = next((c for c in act.head.children if c.dep_ == "nsubj"), None)
    # a community figure speaks for himself as kin do ("a village elder said")
    return teller is not None and (_private_speaker(teller) is not None or _community_figure_at([teller]) is not None)


def _forces_named_before(token: Token, mentions: list[tuple[SpacySpan, ActorRef]]) -> str | None:
    """The state of the last forces named before the sentence of charged bare soldiers ("Israeli troops entered
    the town. Residents said soldiers shot dead five people": Israel's); "" when the last armed men named are
    no state's ("M23 rebels seized the town ... the soldiers killed 12"), None when only bare forces were named
    or none at all (the story's state's)."""
    for before in reversed(token.doc[:token.sent.start]):
        if before.pos_ not in {"NOUN", "PROPN"}:
            continue
        low = before.lower_
        if low in _cues.ARMED_FIGHTER_NOUNS:
            return ""
        if low not in _cues.SECURITY_FORCE_NOUNS:
            continue
        for span, ref in mentions:
            if span.start <= before.i < span.end:
                if ref.type == "state":
                    return ref.affiliation or ref.actor
                return ""  # "the group's fighters", "Wagner troops"
        country = next((c for t in _left_modifiers(before) if (c := _country_of_token(t)) is not None), None)
        if country is not None:
            return country
        return None
    return None


def _attacker_word(token: Token) -> bool:
    """"the bomber", "the suspect": an attacker or a person held for the act, whose kin are no victim's."""
    words = _cues.ATTACKER_NOUNS | _cues.DEFENDANT_NOUNS
    return token.pos_ == "NOUN" and (token.lower_ in words or token.lemma_.lower() in words)


def _ship_party_at(token: Token) -> tuple[SpacySpan, str] | None:
    """(span, "ship owner") for an unnamed party of a ship ("the ship owner", "the vessel's operator", "the owners
    of the tanker", "the shipping company"): a private party who speaks for itself, like a community figure."""
    head = token.lemma_.lower()
    if token.pos_ != "NOUN" or head not in _cues.SHIP_PARTY_HEADS:
        return None
    ship = next((c for c in token.lefts if c.dep_ in {"compound", "poss", "amod"} and c.lower_ in _cues.VESSEL_NOUNS),
                None)
    if ship is None:
        ship = next((g for c in token.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.lower_ in _cues.VESSEL_NOUNS), None)
        if ship is None:
            return None
        span = token.doc[token.i:token.i + 1]
    else:
        span = token.doc[ship.i:token.i + 1]
    if head in {"company", "firm"}:
        return (span, "shipping company") if ship.lower_ == "shipping" else None
    return span, f"ship {head}"


_SHIP_KINDS = _cues.SHIP_KINDS


def _vessel_name(doc: Doc) -> str | None:
    """The one ship the story names after its kind ("the cargo ship True Confidence", "the tanker Marlin Luanda",
    "the MV Galaxy Leader"); None when it names none or several."""
    names: set[str] = set()
    for token in doc[:-1]:
        if token.lower_ not in _SHIP_KINDS and token.text not in {"MV", "M/V", "MT", "M/T"}:
            continue
        words = []
        for t in doc[token.i + 1:token.i + 6]:
            if not t.is_alpha or not t.text[:1].isupper() or t.is_sent_start or t.ent_type_ in {"GPE", "DATE", "NORP"}:
                break
            words.append(t.text)
        if words:
            names.add(" ".join(words))
    return next(iter(names)) if len(names) == 1 else None


def _local_office(token: Token) -> bool:
    """"the governor", "the mayor", "the council chairman", "a district official": a local office of the state,
    whose unnamed holder speaks for the story's state as the police do."""
    return described_noun(token, _cues.LOCAL_OFFICE_HEADS, _cues.LOCAL_GOVERNMENT_HEADS, _cues.LOCAL_GOVERNMENT_WORDS) \
        and not _parallel_office(token)


def _parallel_office(token: Token) -> bool:
    """"The shadow governor of Ghazni", "the separatist governor", "the self-styled mayor": an office held against
    the state, not in its local government."""
    return any(c.i < token.i and c.dep_ in {"amod", "compound", "nmod"}
               and (c.lower_ in _cues.PARALLEL_OFFICE_MODIFIERS
                    or "".join(t.lower_ for t in c.subtree) in _cues.PARALLEL_OFFICE_MODIFIERS)
               for c in token.children)


def _last_actor_before(mentions: list[tuple[SpacySpan, ActorRef]], i: int) -> ActorRef | None:
    """The last state, group or body named before token i (a person is passed over)."""
    before = [(s.start, r) for s, r in mentions if s.start < i and r.type != "person"]
    return max(before, key=lambda m: m[0])[1] if before else None


def _group_possessor(title: Token, mentions: list[tuple[SpacySpan, ActorRef]]) -> bool:
    """"Its spokesman", "their spokeswoman": the possessive refers to the last actor named, here a group."""
    poss = next((c for c in title.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
    last = _last_actor_before(mentions, poss.i) if poss is not None else None
    return last is not None and last.type == "group"


def _voiced_group(doc: Doc, ent: SpacySpan, window: list[Token], mentions: list[tuple[SpacySpan, ActorRef]],
                  last_group: Entry | None) -> Entry | None:
    """The group a spokesman speaks for when his title names no body: "JNIM claimed the ambush, with spokesman
    X saying ...", "JNIM claimed it. Its spokesman X said ...". Only a bare spokesman title ("army spokesman" is
    the state's), and only the group that "its" / "their" refers to or that claimed or denied in this or the
    sentence before ("The Pakistani Taliban denied it. '...,' spokesman X said"), with no state or other body named in
    between."""
    titles = [t for t in window if is_title(t.text)]
    if last_group is None or not titles or any(t.lower_ not in _cues.SPOKESPERSON_WORDS for t in titles) \
            or any(t.lower_ in _cues.OFFICIAL_NOUNS and t.lower_ not in _cues.SPOKESPERSON_WORDS for t in window):
        return None
    last = _last_actor_before(mentions, ent.start)
    if last is None or last.type != "group" or last.actor != last_group.name:
        return None
    if any(_group_possessor(t, mentions) for t in titles):
        return last_group
    sent = doc[ent.start].sent
    earlier = doc[sent.start - 1].sent if sent.start > 0 else sent
    for span, ref in mentions:
        if ref.actor != last_group.name or not earlier.start <= span.start < ent.start:
            continue
        verb, dep = span.root.head, span.root.dep_
        if dep in {"nsubj", "nsubjpass"} and verb.lemma_.lower() in _cues.CLAIM_VERBS:
            return last_group
        if dep == "nsubj" and verb.lemma_.lower() in _cues.DENY_VERBS and not _negated(verb) \
                and _denying_clause(sent, ent):
            return last_group
    return None


def _denying_clause(sent: SpacySpan, ent: SpacySpan) -> bool:
    """The spokesman's own sentence denies too ('"We had no role," spokesman X said', 'spokesman X denied it'):
    after "The group denied it", "But spokesman X said the attackers were its fighters" is someone else's charge.
    (The caller takes only a group that denied as the active subject: one "ruled out as a suspect" denied nothing.)"""
    return any((t.dep_ == "neg" or t.lower_ in _cues.NEGATION_WORDS or t.lemma_.lower() in _cues.DENY_VERBS)
               and not ent.start <= t.i < ent.end for t in sent)


def _high_commission(token: Token) -> bool:
    """"The British High Commission in Abuja": a Commonwealth state's embassy, which speaks for that state (the
    country comes from its modifier, as for "the French embassy")."""
    return token.lower_ == "commission" and token.i > 0 and token.nbor(-1).lower_ == "high"


def _state_officer(token: Token) -> bool:
    """"a police colonel", "an army captain", "the judge", "the SHO": an officer of the state named by rank or
    office alone, who speaks for the story's state as the police do (docs/conventions.md). Not _text.described_noun:
    a rank is often tagged PROPN ("Police Inspector"), only a modifier before it counts, and the bench nouns have
    their exceptions ("the contest judge")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.text in _cues.POLICE_INITIALS:
        return any(c.dep_ == "det" for c in token.children) or token.dep_ in {"nsubj", "pobj"}
    low = token.lemma_.lower()
    if low in _cues.BENCH_NOUNS:
        return not any(c.dep_ in {"compound", "amod"} and c.lower_ in {"football", "contest", "competition", "show"}
                       for c in token.children)
    return low in _cues.RANK_NOUNS and any(c.dep_ in {"amod", "compound"} and c.lower_ in _cues.FORCE_WORDS
                                           for c in token.lefts)


def _attorney_general(token: Token) -> bool:
    """"the attorney general", "the attorney-general's office": the state's chief prosecutor, who speaks for the
    story's state as its prosecutors do."""
    if token.lower_ != "general" or token.i == 0:
        return False
    prev = token.nbor(-1)
    if prev.text == "-" and token.i > 1:
        prev = token.nbor(-2)
    return prev.lower_ == "attorney"


def sentence_of(doc: Doc) -> Callable[[int], int]:
    """char offset -> index of its sentence in `doc.sents`."""
    starts = [s.start_char for s in doc.sents]
    return lambda char: max(bisect_right(starts, char) - 1, 0)


def find_actors(doc: Doc, places: list[PlaceMention] | None = None) -> list[ActorMention]:
    """Every actor mention in the document, in text order.

    Wire copy in capitals is read through a truecased re-parse with the same offsets; spans quote
    the original text. `places` are the document's resolved places (found here when not given): when the
    text names no country, the incident's town says whose the police and the army are.
    """
    work = analysis_doc(doc)
    text = doc_text(doc) if work is not doc else ""
    sent_index = sentence_of(doc)
    out: list[ActorMention] = []
    assumed_at: set[int] = set()

    def place_home() -> str | None:
        return _resolved_place_country(work, find_places(doc) if places is None else places)

    for span, ref in _units_of_groups(_find(work, assumed_at, place_home)):
        if work is not doc:
            evidence = _span(text, span.start_char, span.end_char)
            ref = ref.model_copy(update={"text": evidence.text, "evidence": evidence})
            if ref.type == "person" and ref.actor == span.text and evidence.text.isupper():  # "bola tinubu"
                cased = name_case(ref.actor)
                own = ref.affiliation == ref.actor
                ref = ref.model_copy(update={"actor": cased, "affiliation": cased if own else ref.affiliation})
        out.append(ActorMention(ref=ref, sent=sent_index(span.start_char), assumed=span.start_char in assumed_at))
    return out


_UNIT_WORDS = _cues.UNIT_NOUNS | {"group", "forces", "force", "militia", "army"}
_UNIT_LINKS = frozenset({"of", "in"})
_SPLIT_WORDS = frozenset({"dissident", "dissidents", "splinter", "breakaway", "renegade", "rogue", "former", "ex"})


def _units_of_groups(pairs: list[tuple[SpacySpan, ActorRef]]) -> list[tuple[SpacySpan, ActorRef]]:
    """"the X group of Kataib Hezbollah", "the Y Forces (ACR) of the PKK", "the Z front of the ELN", "the W
    column group in the FARC dissidents": a named unit said to be of a named
    group is that group's (docs/conventions.md, as GTD codes it), in claims as in narration. A branch of the
    Islamic State stays the branch; a dissident or splinter faction is not the group."""
    groups = {span.start: (span, ref) for span, ref in pairs if ref.type == "group"}
    ends = {span.end: (span, ref) for span, ref in pairs if ref.type == "group"}
    out: list[tuple[SpacySpan, ActorRef]] = []
    for span, ref in pairs:
        parent = None if ref.type == "state" else _unit_parent(span, groups)
        if parent is not None and ref.type == "group" and _own_listed_group(span, ref.actor, parent.actor):
            parent = None  # "the Hafiz Gul Bahadur group of the TTP": a group GTD lists on its own, in the same land
        parent = parent or (None if ref.type == "state" else _bracketed_unit_owner(span, groups, ends))
        if parent is not None and parent.actor != ref.actor and ref.affiliation != parent.actor:
            ref = ref.model_copy(update={"actor": parent.actor, "type": "group", "affiliation": parent.affiliation})
        out.append((span, ref))
    return out


def _own_listed_group(span: SpacySpan, name: str, parent: str) -> bool:
    """The unit's words read, as written, a listed group of the parent's own country (not a namesake from elsewhere,
    as Myanmar's People's Defence Force is for a unit of the PKK, nor a faction glossed by another name)."""
    gaz = gazetteer()
    words = span.text[4:] if span.text.lower().startswith("the ") else span.text
    unit, group = gaz.lookup(words), gaz.lookup(parent)
    return unit is not None and unit.name == name and group is not None and unit.country is not None \
        and unit.country == group.country


def _group_hit_after(
    doc: Doc, i: int, groups: dict[int, tuple[SpacySpan, ActorRef]]
) -> tuple[SpacySpan, ActorRef] | None:
    """The group (its span and actor) named at token i after "of"/"in" [the]."""
    if i >= len(doc) or doc[i].lower_ not in _UNIT_LINKS:
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return groups.get(i)


def _group_after(doc: Doc, i: int, groups: dict[int, tuple[SpacySpan, ActorRef]]) -> ActorRef | None:
    """The group named at token i after "of"/"in" [the]."""
    hit = _group_hit_after(doc, i, groups)
    return hit[1] if hit is not None else None


def _bracketed_unit_owner(span: SpacySpan, groups: dict[int, tuple[SpacySpan, ActorRef]],
                          ends: dict[int, tuple[SpacySpan, ActorRef]]) -> ActorRef | None:
    """A name in brackets that glosses a unit of a named group: "Boko Haram Al-Barnawi faction (ISWAP)", "the
    Al-Barnawi (ISWAP) faction of Boko Haram", "the Al-Barnawi faction of Boko Haram (ISWAP)": that group's."""
    doc = span.doc
    open_ = next((k for k in range(span.start - 1, max(span.start - 9, -1), -1) if doc[k].text in {"(", ")"}), None)
    close = next((k for k in range(span.end, min(span.end + 8, len(doc))) if doc[k].text in {"(", ")"}), None)
    if open_ is None or close is None or doc[open_].text != "(" or doc[close].text != ")" or open_ < 1:
        return None
    before, after = doc[open_ - 1], close + 1
    if before.lower_ in _UNIT_WORDS:
        parent = _group_after(doc, after, groups)  # "the X faction (ISWAP) of Boko Haram"
        if parent is not None:
            return parent
        for k in range(open_ - 2, max(open_ - 8, -1), -1):  # "Boko Haram Al-Barnawi faction (ISWAP)"
            hit = ends.get(k + 1)
            if hit is not None and hit[0].start != span.start:
                return hit[1]
            if not doc[k].text[:1].isupper() and doc[k].text not in {"-", "'"}:
                return None
        return None
    if after < len(doc) and doc[after].lower_ in _UNIT_WORDS:
        return _group_after(doc, after + 1, groups)  # "the Al-Barnawi (ISWAP) faction of Boko Haram"
    hit = ends.get(open_)  # "the Al-Barnawi faction of Boko Haram (ISWAP)"
    if hit is not None and hit[0].start >= 2 and doc[hit[0].start - 1].lower_ in _UNIT_LINKS \
            and doc[hit[0].start - 2].lower_ in _UNIT_WORDS:
        return hit[1]
    if hit is not None and hit[0].start >= 3 and doc[hit[0].start - 1].lower_ == "the" \
            and doc[hit[0].start - 2].lower_ in _UNIT_LINKS and doc[hit[0].start - 3].lower_ in _UNIT_WORDS:
        return hit[1]
    return None


def _unit_parent(span: SpacySpan, groups: dict[int, tuple[SpacySpan, ActorRef]]) -> ActorRef | None:
    doc = span.doc
    if any(t.lower_ in _SPLIT_WORDS for t in doc[max(span.start - 2, 0):span.end]):
        return None
    i = span.end
    unit = span[-1].lower_ in _UNIT_WORDS
    if span[-1].lower_ in _UNIT_LINKS and len(span) > 1:  # a name read one word too far ("X Forces of")
        i, unit = span.end - 1, span[-2].lower_ in _UNIT_WORDS
    elif i < len(doc) and doc[i].lower_ in _UNIT_WORDS:  # "The Qasem al-Jabbarin group of ..."
        i, unit = i + 1, True
    if not unit:
        return None
    if i < len(doc) and doc[i].text == "(":  # a bracketed acronym or gloss of the unit
        close = next((k for k in range(i + 1, min(i + 12, len(doc))) if doc[k].text == ")"), None)
        if close is None:
            return None
        i = close + 1
    hit = _group_hit_after(doc, i, groups)
    return hit[1] if hit is not None and hit[0].start != span.start else None


def _story_home(doc: Doc, mentions: list[tuple[SpacySpan, Entry]], place_home: str | None,
                resolved_home: Callable[[], str | None] | None) -> str | None:
    """The country bare officials speak for: the incident place's, else the most-named state, else the country
    of the incident's resolved town, else the home of the groups named. Police and army never take the
    country of the group they accuse ("police in Kasese blamed the Congo-based ADF") over the incident's town."""
    if place_home is not None:
        return place_home
    resolved = None
    home = main_country(doc, mentions)
    if home is None or home in _group_homes(mentions):
        resolved = resolved_home() if resolved_home else None
    if home is None:
        return resolved or next(iter(_group_homes(mentions)), None)
    return resolved or home


def _find(doc: Doc, assumed_at: set[int], resolved_home: Callable[[], str | None] | None = None
          ) -> list[tuple[SpacySpan, ActorRef]]:
    """Every mention; `assumed_at` collects the start offsets of people whose affiliation is assumed;
    `resolved_home` gives the country of the incident's resolved town, asked when nothing else gives one."""

    gaz = gazetteer()
    gaz_mentions = _with_parties(doc, _names_of_titled_people(doc, _gazetteer_mentions(doc)))
    hyphenated = _hyphenated_group_names(doc)
    gaz_mentions = [(span, entry) for span, entry in gaz_mentions if not _inside_a_longer_name(span, hyphenated)]
    place_home = incident_country(doc, gaz_mentions)
    gaz_mentions = [(span, _namesake_state(span, entry, place_home)) for span, entry in gaz_mentions]
    home = _story_home(doc, gaz_mentions, place_home, resolved_home)
    gaz_mentions = [(span, _namesake_group(span, entry, home)) for span, entry in gaz_mentions]
    paragraph_homes = _paragraph_homes(doc, gaz_mentions, home)

    def home_at(i: int) -> str | None:
        """The story's country, or that of the roundup paragraph token i is in."""
        return next((country for start, country in reversed(paragraph_homes) if start <= i), home)
    named = _named_states(doc, gaz_mentions)
    by_token: dict[int, tuple[SpacySpan, Entry]] = {}
    for span, entry in gaz_mentions:
        for t in span:
            by_token[t.i] = (span, entry)

    mentions: list[tuple[SpacySpan, ActorRef]] = []
    taken: set[int] = set()
    for span, entry in gaz_mentions:
        if entry.type == "state":
            ref = actor_ref(span, entry.name, "state", entry.name)
        else:
            ref = actor_ref(span, entry.name, "group" if entry.type == "group" else "organization", entry.affiliation)
        mentions.append((span, ref))
        taken.update(t.i for t in span)

    # People: NER persons, then their surnames elsewhere.
    people: dict[str, tuple[str, str | None]] = {}
    assumed: set[str] = set()  # people whose affiliation is the story's home, not stated in the text
    group_mentions = sorted(((s.start, e, s) for s, e in gaz_mentions if e.type == "group"), key=lambda m: m[0])

    def last_group_before(i: int) -> Entry | None:
        """The group a later 'the group' or 'its spokesman' refers back to: the last one named, passing over a
        group named only inside another group's phrase ("the ADF, which has ties to the Islamic State")."""
        before = [(span, entry) for start, entry, span in group_mentions if start < i
                  and not _quoted_apart(span, doc[i])]
        kept = [(span, entry) for span, entry in before if not any(
            other is not span and _described_in(span, other) for other, _ in before)]
        if not kept:
            return None
        last, entry = kept[-1]
        if _told_in_the_background(last):
            # "ISWAP fighters stormed a village ..., weeks after clashing with Boko Haram. The militants ...": the
            # subject of the sentence's main clause, not a group in its time clause
            entry = next((e for s, e in reversed(kept) if s.sent.start == last.sent.start
                          and _main_subject(s)), entry)
        return entry

    def add_unlisted_group(span: SpacySpan) -> None:
        cut = next((t.i for t in span if t.text == "("), None)
        if cut is not None and cut > span.start and not any(t.text == ")" for t in span):
            span = doc[span.start:cut]  # "Harkat-ul-Jihad-al-Islami (HuJI": the tagger took the open bracket in
        name = normalise(span.text)
        mentions.append((span, actor_ref(span, name, "group", None)))
        taken.update(t.i for t in span)
        group_mentions.append((span.start, Entry(name, "group"), span))
        for t in span:
            by_token[t.i] = (span, Entry(name, "group"))

    folded: dict[str, Entry] = {}

    def add_folded_unit(span: SpacySpan) -> bool:
        """A unit read as its group (`_folded_unit`), here or where its name comes again ("The Majeed Brigade
        said ..." after "the BLA's Majeed Brigade")."""
        entry = _folded_unit(span, by_token) or folded.get(normalise(span.text).casefold())
        if entry is None:
            return False
        folded[normalise(span.text).casefold()] = entry
        mentions.append((span, actor_ref(span, entry.name, "group", entry.affiliation)))
        taken.update(t.i for t in span)
        group_mentions.append((span.start, entry, span))
        for t in span:
            by_token[t.i] = (span, entry)
        return True

    for span in hyphenated:
        if not any(t.i in taken for t in span):
            add_unlisted_group(span)
    # Named groups no list knows: "the Ansar Abi Bakr al-Siddiq Squadron" keeps its name as written.
    for ent in doc_ents(doc):
        if ent.label_ not in {"ORG", "PERSON", "NORP"} or any(t.i in taken for t in ent) or len(ent) < 2:
            continue
        words = {t.lower_ for t in ent}
        if not words & _cues.GROUP_NAME_WORDS or any(_country_of_token(t) for t in ent) or _army_unit(ent):
            continue
        name = ent[1:] if ent[0].lower_ == "the" else ent
        if len(name) > 1 and name[-1].text in {"'s", "\u2019s", "'", "\u2019"}:
            name = name[:-1]  # "bore the X Team's signature": the tagger takes the possessive in
        if _unit_of_known_group(ent, by_token) or add_folded_unit(name):
            continue
        add_unlisted_group(name)
    for span in _names_before_group_nouns(doc):
        if not any(t.i in taken for t in span):
            add_unlisted_group(span)
    for span, country in _army_units(doc):
        if any(t.i in taken for t in span if by_token.get(t.i) is None or by_token[t.i][1].type != "state"):
            continue
        country = country or home_at(span.start)
        if country is None:
            continue
        mentions[:] = [(s, r) for s, r in mentions if not (s.start >= span.start and s.end <= span.end)]
        mentions.append((span, actor_ref(span, country, "state", country)))
        taken.update(t.i for t in span)
        for t in span:
            by_token[t.i] = (span, Entry(country, "state", country))
    for span in [*_self_named_groups(doc), *_named_units(doc)]:
        if not any(t.i in taken for t in span) and not _unit_of_known_group(span, by_token) \
                and not add_folded_unit(span):
            add_unlisted_group(span)
    for span, acro in _acronym_named_groups(doc):
        if any(t.i in taken for t in span) or _country_of_token(span[0]):
            continue
        add_unlisted_group(span)
        for token in doc[span.end:]:  # its acronym is the same group, in brackets and after
            if token.text == acro and token.i not in taken:
                short = doc[token.i:token.i + 1]
                mentions.append((short, actor_ref(short, normalise(span.text), "group", None)))
                taken.add(token.i)
                by_token[token.i] = (short, Entry(normalise(span.text), "group"))
    for span in [*_named_gangs(doc), *_described_group_names(doc), *_appositive_group_names(doc),
                 *_blamed_names(doc), *_named_doers(doc)]:
        if not any(t.i in taken for t in span) and not _unit_of_known_group(span, by_token) \
                and not add_folded_unit(span):
            add_unlisted_group(span)
    for span, name in _blamed_labels(doc, gaz):
        inside = [(s, r) for s, r in mentions if span.start <= s.start and s.end <= span.end]
        if all(r.type == "state" for _, r in inside) and span[-1].i not in taken:
            # "an Iran-backed militia": the patron named in the label is part of the label
            mentions[:] = [m for m in mentions if m not in inside]
            taken.difference_update(t.i for s, _ in inside for t in s)
        if not any(t.i in taken for t in span):
            mentions.append((span, actor_ref(span, name, "group", None)))
            taken.update(t.i for t in span)
            group_mentions.append((span.start, Entry(name, "group"), span))
            for t in span:
                by_token[t.i] = (span, Entry(name, "group"))
    group_mentions.sort(key=lambda g: g[0])

    offices = _offices_named(doc, by_token)
    person_spans = [_through_particles(e, taken) for e in doc_ents(doc)
                    if e.label_ == "PERSON" and not any(t.i in taken for t in e)]
    person_spans += _titled_names(doc, taken, person_spans)
    person_spans = [e for e in map(_without_titles, person_spans) if e is not None and not _place_as_person(e)
                    and not _demonym_as_person(e)]
    person_spans = _with_nicknames(person_spans)
    for ent in person_spans:
        if len(ent) == 1 and ent.text.casefold() in {"he", "she"}:
            continue
        left = _left_chain(doc, ent.start)
        right = _right_apposition(doc, ent.end)
        if ent.root.dep_ == "appos":
            # "A spokesman for the Taliban, Zabihullah Mujahid, said": the title heads the apposition
            head = ent.root.head
            for _ in range(3):
                if is_title(head.text) or head.head.i == head.i:
                    break
                head = head.head
            if is_title(head.text):
                right = [t for t in head.subtree if t.i < ent.start or t.i >= ent.end]
        name = ent.text.strip()
        surname = ent[-1].text
        known = people.get(name) or people.get(surname)
        if known is not None and name not in people and len(ent) > 1 and " " in known[0] \
                and known[0][:1].casefold() != name[:1].casefold() \
                and not known[0].casefold().endswith(" " + name.casefold()):
            known = None  # "Rita Katz ... Israel Katz": another person of the same surname (not "Dela Rosa" of
            # "Ronald Dela Rosa": a surname of two words)
        if known is not None:
            canonical, affiliation = known
        else:
            affiliation, titled = _window_affiliation(left, by_token, last_group_before(ent.start))
            if affiliation is None:
                aff_r, titled_r = _window_affiliation(right, by_token, last_group_before(ent.start))
                if titled_r:
                    affiliation = aff_r
                titled = titled or titled_r
            if affiliation is None:
                affiliation = _member_of_group(right, by_token) or _leads_group(doc, ent.end, by_token)
            if affiliation is None and ent.end + 1 < len(doc) and doc[ent.end].lower_ in {"of", "from"}:
                nxt = by_token.get(ent.end + 1) or by_token.get(ent.end + 2)  # "Qasem al-Jabbarin of Kata'ib Hezbollah"
                if nxt is not None and nxt[1].type in {"group", "organization"}:
                    affiliation = nxt[1].name
                elif nxt is not None and nxt[1].type == "state" and titled:
                    affiliation = nxt[1].name  # "Prime Minister Kyriakos Mitsotakis of Greece"
            if affiliation is None:
                affiliation = gaz.people.get(normalise(name)) or _listed_surname(gaz, ent)
                if affiliation is not None and titled and place_home not in {None, affiliation} \
                        and affiliation not in named and (_domestic_office(left) or _domestic_office(right)):
                    # "Defence Minister Pedro Sánchez" or "The Minister of Defense, Pedro Sánchez," in a Cali
                    # story: a namesake
                    affiliation = place_home
            # "X, a retired army general, said": a former office in the apposition is as in the title before
            former = _is_former(left) or (_former_apposition(right) and not any(is_title(t.text) for t in left))
            if former:
                affiliation = _possessive_state(left if _is_former(left) else right, by_token)  # "Libya's former
                # leader X" acted for Libya; "retired general X" speaks for no one but himself
            elif affiliation is None and titled:
                affiliation = _office_named_before(offices, ent.start, left)
            if affiliation is None:
                affiliation = _medium_owner(ent, by_token, last_group_before(ent.start))
            if affiliation is None and titled:
                group = _voiced_group(doc, ent, left + right, mentions, last_group_before(ent.start))
                affiliation = group.name if group is not None else None
            if affiliation is None and titled:
                affiliation = _research_body(left + right)
            if affiliation is None and titled and not former \
                    and _community_figure_at(left + right) is None and not _corporate_office(left + right):
                affiliation = home_at(ent.start)  # a community leader speaks for himself, not the state
                if affiliation is not None:
                    assumed.add(name)
            canonical = name
            if affiliation is None:
                affiliation = canonical
        if affiliation in _cues.GOVERNING_GROUPS:
            # "a spokesman for the Taliban government, X", "Taliban government spokesman X": he speaks for the
            # state the group governs, as the government itself does; "a Taliban spokesman, X" stays the group's
            affiliation = next((r for t in [*left, *right] if (r := _governed_state(t, _left_modifiers(t), by_token))),
                               affiliation)
        people.setdefault(name, (canonical, affiliation))
        if len(ent) > 1:
            people.setdefault(surname, (canonical, affiliation))
        mentions.append((ent, actor_ref(ent, canonical, "person", affiliation)))
        if canonical in assumed:
            assumed_at.add(ent.start_char)
        taken.update(t.i for t in ent)
    # the passes below read only nouns or proper nouns: their indices, from one array of the Doc's tags, spare a
    # Token object per word
    pos = doc.to_array(POS).tolist()
    nouns = [i for i, p in enumerate(pos) if p == NOUN]
    for i in (i for i, p in enumerate(pos) if p == PROPN):
        token = doc[i]
        if token.i in taken or not token.text[:1].isupper():
            continue
        if token.text not in people and normalise(token.text) in gaz.people:
            people[token.text] = (token.text, gaz.people[normalise(token.text)])
        if token.text not in people:
            continue
        if token.ent_type_ not in {"PERSON", "GPE", "ORG", "NORP", ""} or _place_as_person(doc[token.i:token.i + 1]):
            continue
        canonical, affiliation = people[token.text]
        span = doc[token.i:token.i + 1]
        mentions.append((span, actor_ref(span, canonical, "person", affiliation)))
        if canonical in assumed:
            assumed_at.add(span.start_char)
        taken.add(token.i)

    # Unnamed community figures: "a community leader alleged ...", "the village head said ..." speak for themselves.
    for token in map(doc.__getitem__, nouns):
        figure = _community_figure_at([token]) if token.i not in taken else None
        if figure is not None and not any(t.i in taken for t in figure[0]):
            mentions.append((figure[0], actor_ref(figure[0], figure[1], "person", figure[1])))
            taken.update(t.i for t in figure[0])

    # Unnamed private people: "his brother accused X", "residents blamed X" speak for themselves.
    for token in map(doc.__getitem__, nouns):  # a private speaker is a noun
        who = _private_speaker(token) if token.i not in taken else None
        if who is not None and not any(t.i in taken for t in who[0]):
            mentions.append((who[0], actor_ref(who[0], who[1], "person", who[1])))
            taken.update(t.i for t in who[0])

    # Unnamed parties of an attacked ship: "the ship owner said ..." speaks for itself, the owner of the ship the
    # story names ("True Confidence ship owner") when it names one.
    vessel = None
    for token in map(doc.__getitem__, nouns):  # so is a ship's party
        party = _ship_party_at(token) if token.i not in taken else None
        if party is not None and not any(t.i in taken for t in party[0]):
            vessel = vessel or _vessel_name(doc) or ""
            side = f"{vessel} {party[1]}" if vessel else party[1]
            mentions.append((party[0], actor_ref(party[0], party[1], "organization", side)))
            taken.update(t.i for t in party[0])

    # Official nominals: "Kenyan police", "Colombia's government", "the military".
    for token in map(doc.__getitem__, [i for i, p in enumerate(pos) if p in (NOUN, PROPN)]):
        if token.i in taken:
            continue
        low = token.lower_
        local = _local_office(token) or _state_officer(token)
        if (low not in _cues.OFFICIAL_NOUNS and low not in _SOLDIERS and not _attorney_general(token)
                and not local and not _high_commission(token)) or token.dep_ == "compound":
            continue
        if any((g.i in by_token and by_token[g.i][1].type in {"group", "organization"}) or _group_anaphor(g)
               for c in token.rights if c.dep_ == "prep" and c.lower_ in {"for", "of"} for g in c.subtree):
            continue  # "a spokesman for the Taliban" / "for the group" speaks for the group, never the state
        country = None
        start = token.i
        left = _left_modifiers(token)
        has_group = False
        for child in left:
            c = by_token.get(child.i)
            if c is not None and c[1].type == "state":
                country = country or c[1].name
            elif (c is not None and c[1].type in {"group", "organization"}) or _group_anaphor(child):
                has_group = True  # "the group's main spokesman"
            elif (name := _country_of_token(child)) is not None:
                country = country or name
            start = min(start, child.i)
        while start < token.i and (doc[start].is_punct or (start > 0 and doc[start - 1].text == "-")):
            start += 1  # "the Taliban-run interior ministry": the parser leaves the name out, so "-run" goes too
        if country is None and not has_group:
            country = _speakers_own_state(token, mentions)  # "the ambassador said his government had no role"
            if country == "":
                continue  # "his government" of an addressee of no known state: no state, not the story's
        ruled = _governed_state(token, left, by_token) if has_group else None
        if ruled is not None:
            # "the Taliban government called the charge baseless": the body governing a state speaks for it
            span = doc[start:token.i + 1]
            mentions[:] = [(s, r) for s, r in mentions if not (s.start >= span.start and s.end <= span.end)]
            # nor is the group inside it one a later "the group" refers back to ("X claimed it, but the Taliban
            # government said the group had not carried it out": X)
            group_mentions[:] = [g for g in group_mentions if not (g[2].start >= span.start and g[2].end <= span.end)]
            mentions.append((span, actor_ref(span, ruled, "state", ruled)))
            taken.update(t.i for t in span)
            continue
        if has_group or (low in _cues.SPOKESPERSON_WORDS and _group_possessor(token, mentions)):
            continue
        if low in {"agencies", "agents"} and any(c.lower_ in _cues.TRADE_AGENT_WORDS for c in left) \
                and not any(c.lower_ in {"state", "official", "government", "state-run", "run"} for c in left):
            continue  # "Indian news agencies" (unnamed media), "Greek shipping agents": no arm of the state
        if country is None and any(c.lower_ in _cues.OUTSIDE_STATE_SPEAKER_QUALIFIERS and c.dep_ == "amod"
                                   and doc[c.i + 1].lemma_.lower() not in _OWN_OFFICE_WORDS
                                   and _qualifies_the_voice(c, token) for c in left):
            continue  # "Western intelligence officials": other states', never the story's; not "foreign ministry"
        if country is None and _former_person_title(token):
            # "a retired police colonel", "a former army commander": out of office, he speaks for himself
            if _apposition_of_taken(token, taken):
                continue  # "X, a former army officer,": X is read with his apposition
            span = doc[start:token.i + 1]
            if not any(t.i in taken for t in span):
                name = " ".join(t.text for t in span if t.lower_ not in {"a", "an", "the"})
                mentions.append((span, actor_ref(span, name, "person", name)))
                taken.update(t.i for t in span)
            continue
        if country is None and token.lemma_.lower() in _cues.BENCH_NOUNS:
            country = _office_named_before(offices, token.i, [token])
        if country is None and _definite(token) and not left:
            # "China's embassy in Abuja ... the embassy said": the same embassy, the nearest one named before
            country = _same_office_before(token, mentions)
            if country == "":
                continue  # "the US and French embassies ... the embassy said": no telling which
            country = country or None
        if country is None:
            bare = " ".join(t.lower_ for t in doc[max(token.i - 1, 0):token.i + 1] if t.is_alpha)
            is_bare = local or low in _cues.BARE_STATE_NOMINALS or bare in _cues.BARE_STATE_NOMINALS or any(
                c.lower_ in _cues.BARE_STATE_NOMINALS or _attorney_general(c) for c in [*left, token])
            if is_bare and low in {"agencies", "agents"} and any(
                    c.dep_ == "amod" and c.lower_ in _cues.OUTSIDE_STATE_QUALIFIERS for c in left):
                continue  # "foreign intelligence agencies", "Western security agents": not the story's state
            charged = not is_bare and _forces_in_private_charge(token)
            if not (is_bare or charged) or any(c.dep_ in {"poss", "amod", "compound"} and c.i in by_token
                                               for c in token.children):
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of" and not _of_home_office(token) \
                    and not _charge_follows(doc[token.i + 1]) \
                    and not (local and _of_home_place(token, home_at(token.i))):
                continue
            earlier = _forces_named_before(token, mentions) if charged else None
            if earlier == "":
                continue  # the soldiers may be the rebels or a group's men named before: no state's
            country = earlier or home_at(token.i)
        span = doc[start:token.i + 1]
        if any(t.i in taken for t in span if t.i != token.i and by_token.get(t.i) is None):
            continue
        if country is None:  # no place, name or demonym gives the country: the police speak for no state
            force = _unplaced_force(doc, token)
            if force is not None:
                mentions.append((span, actor_ref(span, force, "state", None)))
                taken.add(token.i)
            continue
        mentions.append((span, actor_ref(span, country, "state", country)))
        taken.add(token.i)

    # "Indian-sponsored proxies", "Afghan-backed militants": a demonym named as a patron stands for its state.
    for token in doc[:-2]:
        if token.i in taken or doc[token.i + 1].text != "-" \
                or doc[token.i + 2].lemma_.lower() not in _cues.PATRON_VERBS:
            continue
        _add_demonym_state(token, mentions, taken)

    # "Iran's envoy said his country had no role": the speaker's own country, as "his government" is
    for token in doc:
        if token.i in taken or token.lower_ not in {"country", "nation"} or token.pos_ != "NOUN":
            continue
        country = _speakers_own_state(token, mentions)
        if country:
            poss = next(c for c in token.children if c.dep_ == "poss")
            span = doc[poss.i:token.i + 1]
            mentions.append((span, actor_ref(span, country, "state", country)))
            taken.update(t.i for t in span)

    # 'called the bombing "an Indian operation"', "said it was a Pakistani job": a demonym on what the act told is
    # called names the state said to have done it ("the Pakistani operation against militants" is no such name)
    for token in doc:
        if token.i in taken or token.dep_ != "amod" or token.head.lemma_.lower() not in _NAMED_ACT_NOUNS \
                or token.head.i < token.i or not act_named_as(token.head):
            continue
        _add_demonym_state(token, mentions, taken)

    # "X and its Iranian sponsors", "their Pakistani paymasters": a demonym on a state's patron noun names the
    # patrons' state, as "its backers in Tehran" does by their seat ("the bomber's Afghan handlers" are people)
    for token in doc:
        if token.i in taken or token.dep_ != "amod" or token.head.lower_ not in _cues.STATE_PATRON_NOUNS \
                or token.head.i < token.i:
            continue
        _add_demonym_state(token, mentions, taken)

    # "state television", "Iranian state TV", "state-run radio": a state's broadcaster speaks for its state (as
    # Amaq does for the Islamic State), the one a demonym names or else the story's.
    for token in doc:
        if token.i in taken or token.lower_ not in _STATE_MEDIA_NOUNS or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        mods = [c for c in token.lefts if c.dep_ in {"amod", "compound", "npadvmod"}]
        country = next((name for c in mods if (name := _country_of_token(c)) is not None), None)
        if not any(_state_word(m, taken, country is not None) or any(_state_word(g, taken, country is not None)
                                                                      for g in m.lefts) for m in mods):
            continue
        country = country or home_at(token.i)
        if country is None:
            continue
        span = doc[min(m.left_edge.i for m in mods):token.i + 1]
        mentions.append((span, actor_ref(span, country, "state", country)))
        taken.update(t.i for t in span)

    # "Israeli media", "Nigerian media": a descriptive source, not the state.
    for token in doc:
        if token.i in taken or token.lower_ not in {"media", "press", "newspapers", "television"}:
            continue
        mods = [c for c in token.children if c.dep_ in {"amod", "compound"} and c.i < token.i]
        country = next((name for c in mods if (name := _country_of_token(c)) is not None), None)
        if country is None:
            continue
        span = doc[mods[0].i:token.i + 1]
        name = f"{span.text}"
        mentions.append((span, actor_ref(span, name, "organization", name)))
        taken.update(t.i for t in span)

    # Group anaphors: "the group", "the militants" -> the last named group.
    for token in doc:
        if token.i in taken or token.lower_ not in _cues.GROUP_ANAPHORS or token.pos_ != "NOUN":
            continue
        det = [c for c in token.children if c.dep_ == "det" and c.lower_ in {"the", "this", "that"}]
        if not det:
            continue
        if _named_before(token):
            continue  # "the Bui Warriors group": the noun ends a group's own name, it points back to none
        # "the Sunni militant group Jaish al-Adl": the descriptor is the name's, not an anaphor
        entry = _named_after(token, by_token) or _described_before(token, by_token) or last_group_before(token.i)
        if entry is None or _unnamed_antecedent(token, by_token):
            continue
        span = doc[det[0].i:token.i + 1]
        kind = "organization" if entry.type == "organization" else "group"  # "the rights group Amnesty ..."
        mentions.append((span, actor_ref(span, entry.name, kind, entry.affiliation)))
        taken.add(token.i)

    mentions.sort(key=lambda m: m[0].start)
    return _acronyms_spelled_out_here(mentions)


_OWNER_PRONOUNS = _cues.POSSESSIVE_PRONOUNS - {"its"}
"""Pronouns by which a speaker owns a state body ("his government", "our country"); not "its", which no speaker says."""


_NAMED_ACT_NOUNS = _cues.ACT_NOUNS | {"job", "plot", "conspiracy"}
_ACT_PRONOUNS = frozenset({"it", "this", "that"})


def act_named_as(noun: Token) -> bool:
    """The noun is what the act told is called: the predicate of "it / this / the bombing was ...", or the name a
    calling verb gives the act ("called the bombing X", parsed as the object's apposition or the verb's predicate,
    "described the attack as X")."""
    def told(tok: Token | None) -> bool:
        return tok is not None and (tok.lemma_.lower() in _cues.ACT_NOUNS or tok.lower_ in _cues.ACT_NOUNS
                                    or tok.lower_ in _ACT_PRONOUNS)

    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() == "be":
        return told(next((c for c in head.children if c.dep_ == "nsubj"), None))
    if noun.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
    elif noun.dep_ not in {"appos", "oprd", "xcomp"}:
        return False
    if head.pos_ == "VERB" and head.lemma_.lower() in _cues.BRANDING_VERBS:
        return told(next((c for c in head.children if c.dep_ == "dobj"), None)) and not _naming_withheld(head)
    return told(head) and head.dep_ == "dobj" and head.head.lemma_.lower() in _cues.BRANDING_VERBS \
        and not _naming_withheld(head.head)


_WITHHOLDING_HEADS = frozenset({"refuse", "decline", "avoid", "hesitate", "early", "premature", "soon"})
"""Heads that keep a calling verb below them unsaid: "refused / declined to call the bombing X", "it was too early to
call it X"."""


def _naming_withheld(verb: Token) -> bool:
    """The calling verb names nothing: negated ("did not call the bombing a RAW operation", "never described it as
    ...") or held back by the word it hangs on ("refused to call", "too early to call"), or the name given is
    called untrue ('India called the bombing a RAW operation "a lie"': India denies it)."""
    if any(c.dep_ == "neg" or c.lower_ in {"not", "never", "n't"} for c in verb.children):
        return True
    if any(w.lemma_.lower() in _cues.UNTRUE_NOUNS or w.lower_ in _cues.UNTRUE_WORDS for w in verb.subtree
           if w.dep_ in {"appos", "oprd", "attr", "acomp", "xcomp"} and w.i > verb.i):
        return True
    return verb.dep_ in {"xcomp", "ccomp", "advcl"} and verb.head.lemma_.lower() in _WITHHOLDING_HEADS


def _add_demonym_state(token: Token, mentions: list[tuple[SpacySpan, ActorRef]], taken: set[int]) -> None:
    """A demonym standing for its state ("Indian-sponsored", "its Iranian sponsors"): the state's mention, if the
    word names one."""
    country = _country_of_token(token) if token.pos_ in {"ADJ", "PROPN"} else None
    if country is not None:
        span = token.doc[token.i:token.i + 1]
        mentions.append((span, actor_ref(span, country, "state", country)))
        taken.add(token.i)


def _speakers_own_state(token: Token, mentions: list[tuple[SpacySpan, ActorRef]]) -> str | None:
    """"Iran's ambassador said his government had no role": a state body owned by a pronoun is the state of the
    one who speaks of it (the subject of the verb above), not the story's; None when that subject is no state's;
    the addressee's state when one addressed on the way may own the pronoun ("" when he has none known).
    "His / her" needs a person as that subject ("the foreign ministry summoned X's envoy, saying his country ...": the
    envoy's), and none told or summoned on the way may own it ("told him his country was behind it")."""
    owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS), None)
    if owner is None:
        return None
    third = owner.lower_ in {"his", "her", "their"}
    told = False
    for verb in token.ancestors:
        addressee = next((c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i < token.i
                          and _may_own(c, owner)), None) if third else None
        if addressee is not None and verb.lemma_.lower() in _TELL_VERBS:
            told = True  # "told him his country ...": he may own it; a summons above may say whose he is
            continue
        if addressee is not None and _sends_away(verb):
            # the envoy summoned or expelled owns the pronoun ("summoned X and told him": the conj's head comes
            # next): "expelled an Indian diplomat, saying his government was behind it" is India, not the speaker's
            # state; one of no known state leaves "his government" no state at all (""). Anyone else met, briefed
            # or called on the way leaves it the speaker's ("briefed the US ambassador, saying his government ...")
            ref = next((r for sp, r in mentions if sp.start <= addressee.i < sp.end), None)
            country = country_by_name(ref.affiliation) if ref is not None and ref.type in {"state", "person"} \
                and ref.affiliation else None
            return country.name if country is not None else ""
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subj is None or told:
            continue
        if owner.lower_ in {"his", "her"} and not (subj.lower_ in _cues.TITLE_WORDS or subj.ent_type_ == "PERSON"):
            return None  # "the ministry ... his country": no person speaks, so "his" is another's
        ref = next((r for sp, r in mentions if sp.start <= subj.i < sp.end), None)
        if ref is None or ref.type not in {"state", "person"} or not ref.affiliation:
            return None
        country = country_by_name(ref.affiliation)
        return country.name if country is not None else None
    return None


_TELL_VERBS = frozenset({"tell", "inform", "warn", "assure", "remind"})
"""Verbs of telling someone: "told him his country was to blame" may mean the one told, so no side owns it."""
_SEND_AWAY_VERBS = frozenset({"summon", "expel", "recall", "eject", "deport", "dismiss", "oust"})
"""What a state does to another state's envoy (and "called in"): the pronoun after it is the envoy's."""


def _sends_away(verb: Token) -> bool:
    """"Summoned / expelled / recalled the envoy", "called in the ambassador": the envoy is the other state's."""
    lemma = verb.lemma_.lower()
    return lemma in _SEND_AWAY_VERBS or (lemma == "call" and any(
        c.dep_ == "prt" and c.lower_ == "in" for c in verb.children))


def _may_own(addressee: Token, owner: Token) -> bool:
    """Whether an addressee ("told him", "summoned the envoy") agrees in number with the owner pronoun, so that
    "his" / "their" may be the addressee's: "told reporters his government ..." stays the speaker's."""
    if addressee.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    plural = addressee.tag_ in {"NNS", "NNPS"} or addressee.lower_ in {"them", "us"}
    return plural == (owner.lower_ == "their")


_GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime"})


_RULED_ORGAN_NOUNS = frozenset({"ministry", "intelligence", "police", "army", "military", "judiciary", "court"})
"""A state's organs, which a governing group's name before them makes the state's: "Taliban intelligence"."""


def _governed_state(token: Token, left: list[Token], by_token: dict[int, tuple[SpacySpan, Entry]]) -> str | None:
    """"The Taliban government", "the Taliban-led administration": a group named as a state's government speaks
    for the state it governs (its home country in the list), as any government does, and so do the state's organs
    it runs ("Taliban intelligence", "the Taliban interior ministry", "Taliban security forces"); "the Taliban
    leadership", "Taliban fighters" or "a Taliban spokesman" stay the group's. Only groups that hold their state
    (`GOVERNING_GROUPS`): "the Houthi government in Sanaa" is no voice of Yemen."""
    if token.lower_ not in _GOVERNMENT_NOUNS | _RULED_ORGAN_NOUNS and not (
            token.lower_ in {"forces", "agency", "service", "services", "directorate"}
            and any(c.lower_ in {"security", "intelligence"} for c in left)):  # "the Taliban's intelligence agency"
        return None
    if token.lower_ not in _GOVERNMENT_NOUNS and not (token.dep_ == "nsubj" and token.head.lemma_.lower() in
                                                      _cues.SAY_VERBS | _cues.DENY_VERBS | _cues.ACCUSE_VERBS) \
            and not _publisher(token):
        # an organ speaks for the state only as the speaker: "a Taliban spokesman said Taliban intelligence had
        # planned the raid" is the group's word of its own men (a self-claim), never the state it may govern
        # charged with the act
        return None
    groups = [by_token[c.i][1] for c in left if c.i in by_token and by_token[c.i][1].type == "group"]
    if len({g.name for g in groups}) != 1 or not groups[0].country or groups[0].name not in _cues.GOVERNING_GROUPS:
        return None
    country = country_by_code(groups[0].country)
    return country.name if country is not None else None


_PUBLISHING_VERBS = _cues.PUBLISH_VERBS - {"share", "put"}  # the narrower set this rule has always read


def _publisher(token: Token) -> bool:
    """The organ releases a video or a statement ("Taliban intelligence released a video of the suspect", "a video
    released by Taliban intelligence"): its voice, as its word is when it says something."""
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        verb = verb.head
    elif token.dep_ != "nsubj":
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _PUBLISHING_VERBS


_STATE_MEDIA_NOUNS = frozenset({"television", "tv", "radio", "media", "broadcaster", "channel"})


def _state_word(token: Token, taken: set[int], demonym: bool) -> bool:
    """The "state" of "state television" / "state-run radio": lower-case (or opening the sentence, or after a
    demonym: "Iranian State TV", or capitalised with no name before it: "..., State TV reported") and in no
    name already read; the "State" of "Islamic State media" is the group's name, no state broadcaster, and
    "Rivers State Television" a province's."""
    if token.lower_ != "state" or token.i in taken:
        return False
    prev = token.doc[token.i - 1] if token.i > 0 else None
    unnamed = prev is None or prev.lower_ in {"the", "a", "on", "by", "to", "from", "of", "in"} or not (
        prev.text[:1].isupper() or prev.text in {"-", "'s", "’s"})
    return token.text == "state" or token.is_sent_start or demonym or unnamed


def _named_before(anaphor: Token) -> bool:
    """"An ADF commander said the Bui Warriors group did it": a capitalised name compounded before the group noun
    (no country's or people's word: "the Pakistani Taliban group" aside) makes the noun part of that name, so it
    does not refer back to the group named before (the speaker's own)."""
    names = [c for c in anaphor.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
    return bool(names) and not any(
        c.ent_type_ == "NORP" or _country_of_token(c) for n in names for c in n.subtree)


def _quoted_apart(span: SpacySpan, anaphor: Token) -> bool:
    """'"The RSF is shelling civilians," the group said': a group named inside the quotation that the anaphor
    speaks is not what the anaphor refers back to."""
    return span.sent.start == anaphor.sent.start and in_quote(span[0]) and not in_quote(anaphor)


def _unnamed_antecedent(anaphor: Token, by_token: dict[int, tuple[SpacySpan, Entry]]) -> bool:
    """"..., a medical group said. ... the group said": an unnamed body described with the anaphor's own noun
    ("a medical group", "an armed group") after the last group named is what the anaphor refers back to. A
    description in apposition or after "is" describes a named group and does not count."""
    lemma = anaphor.lemma_.lower()
    start = sents_back(anaphor.doc, anaphor.sent.start, 3)
    for t in reversed(anaphor.doc[start:anaphor.i]):
        hit = by_token.get(t.i)
        if hit is not None and hit[1].type in {"group", "organization"} and not _quoted_apart(hit[0], anaphor):
            return False
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.dep_ not in {"appos", "attr"} and hit is None \
                and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children) \
                and not any(c.dep_ in {"compound", "appos"} and c.pos_ == "PROPN" for c in t.children):
            return True
        if hit is None and lemma in {"group", "organisation", "organization"} and _civil_body_speaking(t):
            return True  # "The Kordofan Medical Network said ... The group blamed the RSF": the network
    return False


def _civil_body_speaking(token: Token) -> bool:
    """The head of a civil body's name ("The Kordofan Medical Network", "the Afrin Human Rights Centre")
    as the subject of a verb: a speaker a later "the group" refers to."""
    if token.dep_ != "nsubj" or token.ent_type_ != "ORG":
        return False
    ent = next((e for e in doc_ents(token.doc) if e.start <= token.i < e.end), None)
    words = {t.lower_ for t in ent} if ent is not None and ent.root.i == token.i else set()
    return bool(words & (_cues.CIVIL_BODY_NOUNS | _cues.CIVIL_BODY_MODIFIERS))


_NOT_INITIALS = frozenset({"of", "the", "and", "for", "in", "de", "du", "des", "la", "le", "el"})


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w'-]*", name) if w.lower() not in _NOT_INITIALS).upper()


def _acronyms_spelled_out_here(mentions: list[tuple[SpacySpan, ActorRef]]) -> list[tuple[SpacySpan, ActorRef]]:
    """'the Ambazonia Defence Forces ... the ADF': an acronym whose letters spell a group the article
    names in full is that group, not a namesake from the gazetteer (the Allied Democratic Forces)."""
    spelled: dict[str, ActorRef] = {}
    for _, ref in mentions:
        if ref.type in {"group", "organization"} and " " in ref.actor:
            for name in (ref.actor, ref.text):
                spelled.setdefault(_initials(name), ref)
    out = []
    moved: dict[str, ActorRef] = {}
    for span, ref in mentions:
        own = spelled.get(span.text) if is_acronym(span.text) and span.text.isupper() else None
        if own is not None and own.actor != ref.actor and ref.type in {"group", "organization"}:
            moved[ref.actor] = own
            ref = ref.model_copy(update={"actor": own.actor, "type": own.type, "affiliation": own.affiliation})
        out.append((span, ref))
    left = {ref.actor for _, ref in out if ref.type in {"group", "organization"}}
    for name in left:
        moved.pop(name, None)
    if moved:
        # "UDA secretary general X" after "the United Democratic Alliance (UDA)": the people the namesake's
        # acronym gave to a listed group (here the Ulster one), named nowhere else, speak for the spelled-out one
        out = [(span, ref.model_copy(update={"affiliation": own.affiliation or own.actor}))
               if ref.type == "person" and (own := moved.get(ref.affiliation or "")) is not None else (span, ref)
               for span, ref in out]
    return out


# ---------------------------------------------------------------------------------- capitals


def analysis_doc(doc: Doc) -> Doc:
    """The doc to read: itself, or for all-capitals wire copy a truecased parse with identical offsets.

    Documents from `pipeline.parse_pipe` carry that parse already; others are re-parsed here.
    """
    cased = cased_doc(doc)
    if cased is not None:
        return cased
    if not is_upper_text(doc_text(doc)):
        lines = capitals_lines(doc_text(doc))
        return _parse_cased(lines) if lines is not None else doc
    parsed = _truecase_parse(doc_text(doc))
    return parsed if parsed is not None else doc


def capitals_lines(text: str) -> str | None:
    """Ordinary text whose lines in capitals (a wire headline, a flash) are truecased, with the same length;
    None when no line is in capitals. "PAKISTAN BLAMES INDIA FOR QUETTA BLAST" is read as a sentence."""
    out: list[str] = []
    changed = False
    for line in text.splitlines(keepends=True):
        upper, letters = letter_case(line)
        if letters >= 12 and upper >= 0.9 * letters and len(_WORD.findall(line)) >= 3:
            cased = truecase(line)
            if cased is not None and len(cased) == len(line):
                out.append(cased)
                changed = True
                continue
        out.append(line)
    return "".join(out) if changed else None


_WORD = re.compile(r"[A-Za-z]{2,}")


@lru_cache(maxsize=8)
def _parse_cased(text: str) -> Doc:
    return load_pipeline()(text)


@lru_cache(maxsize=8)
def _truecase_parse(text: str) -> Doc | None:
    cased = truecase(text)
    if cased is None:
        return None
    return load_pipeline()(cased)


_SENT_START = re.compile(r"(^|[.!?]\s+|\n\s*|[\"“(]\s*)([a-z])")
_KEEP_LOWER = {"of", "the", "and", "de", "la", "del", "los", "las", "y", "for", "in", "al", "el", "e", "i", "ul"}


def truecase(text: str) -> str | None:
    """Lower-case capitals text, then capitalise sentence starts and known names; None if offsets would move."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    chars = list(lowered)
    for m in _SENT_START.finditer(lowered):
        chars[m.start(2)] = chars[m.start(2)].upper()
    doc = _plain_tokenizer()(lowered)
    gaz = gazetteer()
    m = _matchers(doc)
    for match_id, start, end in m.folded(doc):
        hit = m.hits[doc.vocab.strings[match_id]]
        if hit.kind == "entry" and hit.entry.type == "state" and end - start == 1 and len(doc[start]) <= 3:
            continue
        for token in doc[start:end]:
            if token.is_alpha and (token.lower_ not in _KEEP_LOWER or token.i == start):
                chars[token.idx] = chars[token.idx].upper()
    for m in _ABBREVIATED_TITLE.finditer(lowered):  # "GEN." -> "Gen.", which the tokenizer keeps whole
        chars[m.start()] = chars[m.start()].upper()
    _names_after_titles(doc, chars)
    upper_words = {a for a in gaz.exact if len(a) >= 3 and a.isupper() and a.isalpha()}
    for token in doc:
        if token.text.upper() in upper_words and token.lower_ not in _ENGLISH_WORDS:
            for k in range(token.idx, token.idx + len(token.text)):
                chars[k] = chars[k].upper()
        elif token.lower_ in {"u.s.", "u.k.", "u.n.", "un", "eu", "uk"}:
            for k in range(token.idx, token.idx + len(token.text)):
                chars[k] = chars[k].upper()
        elif token.lower_ in _demonym_keys() or token.lower_ == "i":
            chars[token.idx] = chars[token.idx].upper()
    return "".join(chars)


_ABBREVIATED_TITLE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(sorted(a for a in _cues.TITLE_ABBREVIATIONS | {"mr", "mrs", "ms", "dr", "prof"} if a.isalpha()))
    + r")\.(?=\s)")
_NOT_IN_NAMES = frozenset({"the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "from", "with", "by",
                           "who", "whom", "whose", "which", "that", "as", "also", "has", "have", "had", "is", "was",
                           "were", "are", "be", "been", "will", "would", "could", "should", "can", "may", "might",
                           "did", "does", "do", "not", "he", "she", "it", "they", "his", "her", "its", "their"})


def _names_after_titles(doc: Doc, chars: list[str]) -> None:
    """Capitalise the name after a title in lower-cased capitals copy ("minister rustem umerov said" ->
    "minister Rustem Umerov said"), so that the tagger sees a name: at most four words up to the first
    function word or verb form, and only when one of them is no English word ("chief executive officer"
    stays as it is)."""
    i = 0
    while i < len(doc):
        if not (doc[i].is_alpha and is_title(doc[i].text)):
            i += 1
            continue
        j = i + 1
        if j < len(doc) and doc[j].text == "." and doc[i].lower_ in _cues.TITLE_ABBREVIATIONS:
            j += 1
        run = []
        while j < len(doc) and len(run) < 4:
            tok = doc[j]
            low = tok.lower_
            if not tok.is_alpha or low in _NOT_IN_NAMES or is_title(low) or _verb_form(low) \
                    or chars[tok.idx].isupper() and tok.idx > 0 and run:
                break
            run.append(tok)
            j += 1
        if run and any(not _english(t.lower_) for t in run):
            for tok in run:
                chars[tok.idx] = chars[tok.idx].upper()
        i = max(j, i + 1)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(English words, English verb forms) from the lemmatizer's tables."""
    lookups = load_pipeline().get_pipe("lemmatizer").lookups
    index, exc = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(index.get(pos, []))
        words.update(exc.get(pos, {}))
    verbs = set(index.get("verb", [])) | set(exc.get("verb", {}))
    return frozenset(words), frozenset(verbs)


def _verb_form(word: str) -> bool:
    _, verbs = _lexicon()
    if word in verbs:
        return True
    stems = []
    if word.endswith("ed"):
        stems += [word[:-2], word[:-1], word[:-3] if word[-3:-2] == word[-4:-3] else ""]
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e"]
    if word.endswith("s"):
        stems += [word[:-1], word[:-2] if word.endswith("es") else ""]
    return any(s and s in verbs for s in stems)


def _english(word: str) -> bool:
    words, _ = _lexicon()
    if word in words or _verb_form(word):
        return True
    if word.endswith("ies"):
        return word[:-3] + "y" in words
    return word.endswith("s") and (word[:-1] in words or (word.endswith("es") and word[:-2] in words))


_ENGLISH_WORDS = {"far", "era", "man", "art", "war", "aid", "sun", "end", "mad", "cam", "tip", "let", "site", "fact",
                  "are", "was", "his", "her", "its", "and", "the", "for", "not", "but", "all", "any", "raw"}


@lru_cache(maxsize=1)
def _demonym_keys() -> frozenset[str]:
    return frozenset(k for k in demonyms() if " " not in k)


@lru_cache(maxsize=1)
def _plain_tokenizer():
    return load_pipeline().tokenizer


_UNIT_OF = re.compile(r"^(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+(?:"
                     + "|".join(sorted(_cues.UNIT_NOUNS | {"group"})) + r")\s+of\s+(?:the\s+)?(?P<group>.+)$", re.I)


def canonical_actor(name: str) -> tuple[str, str, str | None] | None:
    """(canonical name, type, affiliation) for a name, alias, metonym or demonym; None if unknown.

    >>> canonical_actor("ISIS-K")
    ('Islamic State Khorasan Province', 'group', 'Islamic State')
    """
    text = normalise(name or "")
    if not text:
        return None
    gaz = gazetteer()
    entry = gaz.lookup(text)
    if entry is not None:
        if entry.type == "state":
            return entry.name, "state", entry.name
        return entry.name, entry.type, entry.affiliation
    if "(" in text:  # GTD style "Kurdistan Workers' Party (PKK)"
        outer = re.sub(r"\s*\([^)]*\)\s*", " ", text).strip()
        inner = re.findall(r"\(([^)]*)\)", text)
        for candidate in [outer, *inner]:
            found = canonical_actor(candidate)
            if found is not None:
                return found
    unit = _UNIT_OF.match(text)
    if unit is not None:  # "the X group of the Mehsud Taliban": a unit is its group's (as `_units_of_groups` reads)
        return canonical_actor(unit.group("group"))
    words = text.split(" ")
    if len(words) == 2 and words[0][:1].isupper():  # "Mehsud Taliban": a qualified name is the group named
        found = gaz.lookup(words[1])
        if found is not None and found.type == "group":
            return found.name, found.type, found.affiliation
    country = country_by_name(text) or country_by_demonym(text)
    if country is None:
        capital = {k.casefold(): v for k, v in gaz.capitals.items() if v}.get(text.casefold())
        country = country_by_code(capital) if capital else None
    if country is not None:
        return country.name, "state", country.name
    return None
