"""The corpus store: DuckDB file (`duckdb`), ingest (`ingest`), read views (`views`) and exports (`export`).

    from counterclaim.store import Store, ingest
    from counterclaim.store.export import export
    with Store.open("counterclaim.duckdb") as store:
        ingest(store, articles)
        export(store, "gtd-csv", Path("incidents.csv"))
"""

from .duckdb import SCHEMA_VERSION, Store
from .ingest import IngestReport, ingest

__all__ = ["SCHEMA_VERSION", "IngestReport", "Store", "ingest"]
