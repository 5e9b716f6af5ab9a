"""counterclaim: grounded incident records and claims ledgers from news about violent incidents.

The public names load on first use (PEP 562), so `import counterclaim` and `counterclaim --help` do not
pay for spaCy, DuckDB and the models until a command needs them.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

__version__ = "0.1.0"

_EXPORTS = {
    "analyze": ".api",
    "analyze_articles": ".api",
    "CounterclaimError": ".errors",
    "InputError": ".errors",
    "Article": ".ingest.article",
    "AnalysisResult": ".models",
    "Claim": ".models",
    "Incident": ".models",
    "Span": ".models",
    "Store": ".store.duckdb",
}

if _typing.TYPE_CHECKING:
    from .api import analyze, analyze_articles
    from .errors import CounterclaimError, InputError
    from .ingest.article import Article
    from .models import AnalysisResult, Claim, Incident, Span
    from .store.duckdb import Store


def __getattr__(name: str) -> _typing.Any:
    if name in _EXPORTS:
        value = getattr(_importlib.import_module(_EXPORTS[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


__all__ = [
    "AnalysisResult",
    "Article",
    "Claim",
    "CounterclaimError",
    "Incident",
    "InputError",
    "Span",
    "Store",
    "analyze",
    "analyze_articles",
    "__version__",
]
