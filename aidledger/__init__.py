"""aidledger: military-aid pledges from news text, as a typed ledger for SQL, polars and plots.

>>> import aidledger
>>> aidledger.__version__
'0.1.0'

The public API is imported lazily (``import aidledger`` stays fast; DuckDB, polars, pint and
matplotlib load on first use):

- ``extract(text, *, published=None, doc_id="text") -> list[Pledge]``
- ``read_documents(paths, *, published=None)`` yields ``Document`` or ``Problem``
- ``open_ledger(path=None, *, read_only=False) -> Ledger`` (``.pledges()``, ``.view(name)``,
  ``.sql(query)``, ``.ingest(paths)``...)
- analysis (``aidledger.api``): ``pledge_frame(ledger_or_path, donor=, system=, category=, status=,
  since=, until=, currency=, lazy=)`` (``api.pledges``; ``aidledger.pledges`` is the extractor
  module), ``frame(ledger_or_path, view, ...)``, ``describe(ledger_or_path)``,
  ``figure(ledger_or_path, kind)``, ``export(view, db=, fmt=, out=)``
- ``to_frame(pledges)``, ``validate_ledger(frame)``, ``LEDGER_SCHEMA``
- records ``Document``, ``Pledge``, ``Problem``, ``Provenance``; errors ``AidledgerError``,
  ``InputError``, ``StoreError``
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "extract": "aidledger.api",
    "extract_paths": "aidledger.api",
    "ingest": "aidledger.api",
    "query": "aidledger.api",
    "demo": "aidledger.api",
    "update_rates": "aidledger.api",
    "pledge_frame": "aidledger.api",
    "frame": "aidledger.api",
    "describe": "aidledger.api",
    "figure": "aidledger.api",
    "export": "aidledger.api",
    "open_ledger": "aidledger.store",
    "Ledger": "aidledger.store",
    "read_documents": "aidledger.sources",
    "to_frame": "aidledger.ledger",
    "validate_ledger": "aidledger.ledger",
    "LEDGER_SCHEMA": "aidledger.ledger",
    "Document": "aidledger.model",
    "Pledge": "aidledger.model",
    "Problem": "aidledger.model",
    "Provenance": "aidledger.model",
    "AidledgerError": "aidledger.errors",
    "InputError": "aidledger.errors",
    "StoreError": "aidledger.errors",
}

__all__ = [
    "__version__", "extract", "extract_paths", "ingest", "query", "demo", "update_rates", "open_ledger",
    "pledge_frame", "frame", "describe", "figure", "export",
    "Ledger", "read_documents", "to_frame", "validate_ledger", "LEDGER_SCHEMA", "Document", "Pledge",
    "Problem", "Provenance", "AidledgerError", "InputError", "StoreError",
]

if TYPE_CHECKING:
    from aidledger.api import (
        demo,
        describe,
        export,
        extract,
        extract_paths,
        figure,
        frame,
        ingest,
        pledge_frame,
        query,
        update_rates,
    )
    from aidledger.errors import AidledgerError, InputError, StoreError
    from aidledger.ledger import LEDGER_SCHEMA, to_frame, validate_ledger
    from aidledger.model import Document, Pledge, Problem, Provenance
    from aidledger.sources import read_documents
    from aidledger.store import Ledger, open_ledger


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'aidledger' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
