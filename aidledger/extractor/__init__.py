"""Extraction: from a ``Document`` to pledge records, in stages a newcomer finds by name.

- ``index``: the mentions of the document (every recogniser once), indexed by position;
- ``candidates``: every item a sentence names, with its count (recall first);
- ``schemes``: contributions to a pooled scheme (PURL, an initiative) refused, weighed or of an untold sum, items
  of their own;
- ``context``: what the document says once and later sentences inherit (publisher, lists, the
  last donor, systems a later word refers back to, dates);
- ``donor``: who gives an item (the one place a donor is decided);
- ``status``: in what state (the one place a status is decided);
- ``exclusions``: whether it is aid at all (the one place a candidate is excluded); why a context cue
  does not exclude an item is ``cue_exemptions``;
- ``learned_status``: a trained second opinion on each record's status, which may drop a record
  (switched on: ``data/status_model.json``);
- ``records``: the typed records and the rules that read a document's records together;
- ``pipeline``: the stages in order.
"""

from aidledger.extractor.context import publisher_donor
from aidledger.extractor.pipeline import extract, extract_document

__all__ = ["extract", "extract_document", "publisher_donor"]
