"""The corpus store: DuckDB file, ingest, read views and exports.

    from counterclaim.store import Store, ingest, export
    with Store.open("counterclaim.duckdb") as store:
        ingest(store, articles)
        export(store, "gtd-csv", Path("incidents.csv"))
"""

from .duckdb import SCHEMA_VERSION, Store
from .export import EXPORTERS, export, register
from .ingest import IngestReport, ingest

__all__ = ["EXPORTERS", "SCHEMA_VERSION", "IngestReport", "Store", "export", "ingest", "register"]
