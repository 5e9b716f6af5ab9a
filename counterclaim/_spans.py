"""Walk any serialised output and yield every Span in it (used by tests and the scorers' checks)."""

from __future__ import annotations

from collections.abc import Iterator


def iter_spans(node: object) -> Iterator[dict]:
    """Every `{"start", "end", "text"}` dict anywhere inside `node` (dicts and lists, any depth)."""
    if isinstance(node, dict):
        if set(node) == {"start", "end", "text"}:
            yield node
        else:
            for value in node.values():
                yield from iter_spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from iter_spans(value)
