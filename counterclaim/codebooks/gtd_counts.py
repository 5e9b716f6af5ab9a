"""GTD's casualty counting convention, in one place for the scorer and the GTD-layout export.

GTD's `nkill` / `nwound` count everyone killed or wounded, perpetrators included (`nkillter` is their
share); counterclaim keeps victims (`killed`) and perpetrators (`perpetrators_killed`) apart (DESIGN.md).
"""

from __future__ import annotations


def gtd_total(victims: int | None, perpetrators: int | None, includes_perpetrators: bool = False) -> int | None:
    """Victims plus perpetrators, unless the victims' figure already counts them ("40 people, including
    9 attackers"); either figure alone when the other is unknown; None when the text states neither."""
    if victims is None:
        return perpetrators
    if perpetrators is None or includes_perpetrators:
        return victims
    return victims + perpetrators
