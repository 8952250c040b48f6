"""Pledge extraction, kept under its first name: the stages live in ``aidledger.extractor``."""

from aidledger.extractor import extract, extract_document, publisher_donor

__all__ = ["extract", "extract_document", "publisher_donor"]
