"""The store's schema as versioned migrations: `MIGRATIONS[v]` takes a store from version v-1 to v.

A migration is a list of SQL statements run in one transaction together with the update of
`meta.schema_version`, so a store is always at exactly one version. Never edit a released step;
add a new version instead (docs/store.md lists them).
"""

from __future__ import annotations

APPLICATION = "counterclaim"
"""Written to `meta.application`; a DuckDB file without it is someone else's database."""

MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE meta (
            key VARCHAR PRIMARY KEY,
            value VARCHAR NOT NULL)""",
        # One row per analysed document; `result` is the AnalysisResult JSON exactly as the extractor gave it.
        """CREATE TABLE documents (
            seq BIGINT NOT NULL,
            id VARCHAR PRIMARY KEY,
            url VARCHAR,
            title VARCHAR,
            source VARCHAR,
            published DATE,
            content_hash VARCHAR NOT NULL UNIQUE,
            text VARCHAR NOT NULL,
            analysed_at TIMESTAMP NOT NULL,
            result JSON NOT NULL)""",
        "CREATE INDEX documents_url ON documents (url)",
        # Document-level incident records (one per Incident of a result), flattened for filtering.
        """CREATE TABLE incidents (
            doc_id VARCHAR NOT NULL,
            incident_id VARCHAR NOT NULL,
            published DATE,
            date DATE,
            country_code VARCHAR,
            place VARCHAR,
            killed_min INTEGER,
            killed_max INTEGER,
            injured_min INTEGER,
            injured_max INTEGER,
            attack_types VARCHAR[],
            record JSON NOT NULL,
            PRIMARY KEY (doc_id, incident_id))""",
        """CREATE TABLE claims (
            doc_id VARCHAR NOT NULL,
            claim_id VARCHAR NOT NULL,
            incident_id VARCHAR,
            published DATE,
            kind VARCHAR NOT NULL,
            source_actor VARCHAR NOT NULL,
            source_affiliation VARCHAR,
            subject_actor VARCHAR,
            polarity VARCHAR NOT NULL,
            is_self BOOLEAN NOT NULL,
            hedged BOOLEAN NOT NULL,
            cameo VARCHAR,
            evidence_text VARCHAR NOT NULL,
            record JSON NOT NULL,
            PRIMARY KEY (doc_id, claim_id))""",
        """CREATE TABLE actors (
            doc_id VARCHAR NOT NULL,
            actor VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            affiliation VARCHAR,
            mentions INTEGER NOT NULL)""",
        # Clustering state, written in the same transaction as the documents it covers, so a
        # resumed ingest rebuilds the clusterers exactly where they stopped.
        """CREATE TABLE story_members (
            seq BIGINT NOT NULL,
            doc_id VARCHAR PRIMARY KEY,
            story_id VARCHAR NOT NULL,
            features JSON)""",
        """CREATE TABLE incident_members (
            seq BIGINT NOT NULL,
            doc_id VARCHAR NOT NULL,
            incident_id VARCHAR NOT NULL,
            merged_id VARCHAR NOT NULL,
            features JSON,
            PRIMARY KEY (doc_id, incident_id))""",
        # The merged view of each merged incident, recomputed after members join.
        """CREATE TABLE merged_incidents (
            id VARCHAR NOT NULL,
            story_id VARCHAR,
            date DATE,
            country_code VARCHAR,
            country VARCHAR,
            place VARCHAR,
            killed_low INTEGER,
            killed_high INTEGER,
            killed_latest INTEGER,
            injured_low INTEGER,
            injured_high INTEGER,
            injured_latest INTEGER,
            attack_types VARCHAR[],
            perpetrators VARCHAR[],
            actors VARCHAR[],
            documents VARCHAR[],
            first_published DATE,
            last_published DATE,
            record JSON NOT NULL)""",
    ],
    2: [
        # Merged incidents that gained members since their view was last computed (see store/ingest.py).
        """CREATE TABLE IF NOT EXISTS merged_dirty (
            id VARCHAR NOT NULL)""",
    ],
}

SCHEMA_VERSION = max(MIGRATIONS)
