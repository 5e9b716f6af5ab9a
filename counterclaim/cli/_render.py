"""A readable summary of one document's result for a person: an incident line and a claims table."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..models import ActorRef, AnalysisResult, Casualties, Claim, Incident

EVIDENCE_CHARS = 140
CUE_LEAD = 40
"""Characters of context kept before a claim's cue when its evidence sentence is shortened."""


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
    """`i1  Krasnogorsk, Moscow Oblast, RU · 2024-03-22 · Armed Assault · killed over 130 · ...`, then
    the perpetrators with their status on a second line."""
    line = Text(f"{inc.id}  ", style="bold cyan")
    fields: list[Text] = [Text(_place(inc), style="green"), Text(_date(inc))]
    types = [lab.label for lab in inc.attack_types] + [lab.label for lab in inc.weapon_types]
    fields.append(Text(", ".join(types) if types else "type unknown", style="magenta" if types else "dim"))
    fields.append(Text(f"killed {_count(inc.killed)}"))
    fields.append(Text(f"injured {_count(inc.injured)}"))
    line.append_text(Text(" · ").join(fields))
    line.append("\n    ")
    if inc.perpetrators:
        line.append("perpetrators: " + ", ".join(f"{p.actor} ({p.status})" for p in inc.perpetrators),
                    style="yellow")
    else:
        line.append("perpetrator unknown", style="dim")
    return line


def claims_table(claims: list[Claim]) -> Table:
    """One row per claim; the evidence column is an excerpt that starts near the cue."""
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False, expand=True)
    table.add_column("source", ratio=2)
    table.add_column("kind", no_wrap=True)
    table.add_column("subject", ratio=2)
    table.add_column("polarity", no_wrap=True)
    table.add_column("hedged", no_wrap=True)
    table.add_column("cameo", no_wrap=True)
    table.add_column("evidence", ratio=5)
    for claim in claims:
        polarity = Text(claim.polarity, style="red" if claim.polarity == "deny" else "green")
        if claim.is_self:
            polarity.append(" self", style="dim")
        table.add_row(
            _actor(claim.source), claim.kind, _actor(claim.subject) if claim.subject else "—", polarity,
            "hedged" if claim.hedged else "", claim.cameo or "—", _excerpt(claim),
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
        return f"“{clip(cas.evidence.text, 30)}”"
    return f"{_QUALIFIER_WORDS.get(cas.qualifier, '')}{cas.stated}"


def _actor(ref: ActorRef) -> str:
    name = ref.actor
    if ref.affiliation and ref.affiliation != ref.actor:
        name += f" ({ref.affiliation})"
    return name


def _excerpt(claim: Claim) -> str:
    """The evidence sentence from a little before its cue, so the words that matter are visible."""
    ev, cue = claim.evidence, claim.cue
    text = ev.text
    offset = cue.start - ev.start
    if 0 <= offset <= len(text) and offset > CUE_LEAD:
        cut = text.rfind(" ", 0, offset - CUE_LEAD) + 1
        text = "…" + text[cut:]
    return clip(text)


def clip(text: str, limit: int = EVIDENCE_CHARS) -> str:
    """At most `limit` characters, whitespace runs as one space, cut at a word with an ellipsis: a bare cut ('bore
    sole respon') reads as the evidence itself. One word longer than `limit` is cut inside it."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    if text[limit - 1] != " " and " " in head:  # the cut falls inside a word: drop that word
        head = head.rsplit(" ", 1)[0]
    return head.rstrip() + "…"
