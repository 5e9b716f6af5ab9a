"""counterclaim: grounded incident records and claims ledgers from news about violent incidents."""

from .api import analyze, analyze_articles
from .errors import CounterclaimError, InputError
from .ingest.article import Article
from .models import AnalysisResult, Claim, Incident, Span
from .store.duckdb import Store

__version__ = "0.1.0"
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
