"""Every exception counterclaim raises, one hierarchy; messages say what to do.

    CounterclaimError
     ├── InputError        a document or argument the user gave cannot be used
     ├── ExtractionError   the pipeline failed on a document that looked valid
     ├── StoreError        the DuckDB store cannot be opened or written
     │    └── StoreLockedError   another process holds the store (writing; or reading, when this one writes)
     ├── ConfigError       settings, models or data files are missing or invalid
     └── DataError         a scorer/trainer's data set is absent or malformed

The CLI prints these as one line (no traceback); anything else is a bug.
"""

from __future__ import annotations


class CounterclaimError(Exception):
    """Base class: a problem counterclaim can explain to the user."""


class InputError(CounterclaimError):
    """Bad user input: unreadable file, bad date, unsupported format."""


class UsageError(InputError):
    """An option's value refused before any work (`export --out DIR`, an unknown `--format`): the command line's
    own error, exit 2, as click's usage errors and a bad `--published` are."""


class ExtractionError(CounterclaimError):
    """The extractor failed on a document."""


class StoreError(CounterclaimError):
    """The store cannot be opened, migrated or written."""


class StoreLockedError(StoreError):
    """Another process holds the store: a writer keeps everyone out, a reader keeps writers out."""


class ConfigError(CounterclaimError):
    """A setting, model or packaged resource is missing or invalid."""


class DataError(CounterclaimError):
    """An evaluation or training data set is missing or malformed."""
