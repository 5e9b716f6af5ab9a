"""The corpus store: DuckDB file (`duckdb`), ingest (`ingest`), read views (`views`) and exports (`export`).

    from counterclaim.store import Store
    from counterclaim.store.ingest import ingest
    from counterclaim.store.export import export
    with Store.open("counterclaim.duckdb") as store:
        ingest(store, articles)
        export(store, "gtd-csv", Path("incidents.csv"))
"""

from .duckdb import SCHEMA_VERSION, Store

__all__ = ["SCHEMA_VERSION", "Store"]
