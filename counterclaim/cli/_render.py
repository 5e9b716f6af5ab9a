"""A readable summary of one document's result for a person: an incident line and a claims table."""

from __future__ import annotations

from rich.console import Console, Group
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..models import ActorRef, AnalysisResult, Casualties, Claim, Incident

EVIDENCE_CHARS = 90


def render_result(result: AnalysisResult) -> Group:
    """Everything about one document: header, one line per incident, the claims table."""
    doc = result.document
    header = Text(doc.id, style="bold")
    if doc.title:
        header.append(f" — {doc.title}", style="bold")
    meta = [f"{doc.n_chars:,} chars"]
    if doc.published:
        meta.append(f"published {doc.published.isoformat()}")
    parts: list = [Rule(style="dim"), header, Text(" · ".join(meta), style="dim")]
    if result.incidents:
        parts.extend(incident_line(inc) for inc in result.incidents)
    else:
        parts.append(Text("no violent incident found", style="dim italic"))
    if result.claims:
        parts.append(claims_table(result.claims))
    elif result.incidents:
        parts.append(Text("no claims", style="dim italic"))
    parts.append(Text(""))
    return Group(*parts)


def incident_line(inc: Incident) -> Text:
    """`I1  Krasnogorsk, Moscow Oblast, RU · 2024-03-22 · Armed Assault · killed over 130 · ...`"""
    line = Text(f"{inc.id}  ", style="bold cyan")
    fields: list[Text] = [Text(_place(inc), style="green"), Text(_date(inc))]
    types = [lab.label for lab in inc.attack_types] + [lab.label for lab in inc.weapon_types]
    fields.append(Text(", ".join(types) if types else "type unknown", style="magenta" if types else "dim"))
    fields.append(Text(f"killed {_count(inc.killed)}"))
    fields.append(Text(f"injured {_count(inc.injured)}"))
    if inc.perpetrators:
        fields.append(Text("perpetrators: " + ", ".join(f"{p.actor} ({p.status})" for p in inc.perpetrators),
                           style="yellow"))
    else:
        fields.append(Text("perpetrator unknown", style="dim"))
    line.append_text(Text(" · ").join(fields))
    return line


def claims_table(claims: list[Claim]) -> Table:
    table = Table(show_edge=False, header_style="bold", expand=False, pad_edge=False)
    for name, kwargs in (("id", {"no_wrap": True}), ("source", {}), ("kind", {"no_wrap": True}), ("subject", {}),
                         ("polarity", {"no_wrap": True}), ("hedged", {"no_wrap": True}),
                         ("cameo", {"no_wrap": True}), ("evidence", {"ratio": 1, "overflow": "fold"})):
        table.add_column(name, **kwargs)
    for claim in claims:
        polarity = Text(claim.polarity, style="red" if claim.polarity == "deny" else "green")
        if claim.is_self:
            polarity.append(" (self)", style="dim")
        table.add_row(
            claim.id, _actor(claim.source), claim.kind, _actor(claim.subject) if claim.subject else "—",
            polarity, "yes" if claim.hedged else "no", claim.cameo or "—", _clip(claim.evidence.text),
        )
    return table


def print_results(results: list[AnalysisResult], console: Console) -> None:
    for result in results:
        console.print(render_result(result))


def _place(inc: Incident) -> str:
    loc = inc.location
    if loc is None:
        return "place unknown"
    parts = [loc.name]
    if loc.admin1 and loc.admin1 != loc.name:
        parts.append(loc.admin1)
    if loc.country_code:
        parts.append(loc.country_code)
    elif loc.country and loc.country != loc.name:
        parts.append(loc.country)
    return ", ".join(parts)


def _date(inc: Incident) -> str:
    if inc.date.value is None:
        return "date unknown"
    value = inc.date.value.isoformat()
    if inc.date.precision == "month":
        value = value[:7]
    elif inc.date.precision == "year":
        value = value[:4]
    elif inc.date.precision == "week":
        value = f"week of {value}"
    return value


_QUALIFIER_WORDS = {"exact": "", "over": "over ", "at least": "at least ", "about": "about ", "up to": "up to ",
                    "under": "under "}


def _count(cas: Casualties | None) -> str:
    if cas is None:
        return "?"
    if cas.qualifier == "vague" or cas.stated is None:
        return f"“{_clip(cas.evidence.text, 30)}”"
    return f"{_QUALIFIER_WORDS.get(cas.qualifier, '')}{cas.stated}"


def _actor(ref: ActorRef) -> str:
    name = ref.actor
    if ref.affiliation and ref.affiliation != ref.actor:
        name += f" ({ref.affiliation})"
    return name


def _clip(text: str, limit: int = EVIDENCE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
