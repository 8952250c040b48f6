"""Importing this module warms the extractor of this process: the catalog, the lexicons and every
pattern, loaded and compiled once (``aidledger.batch.warm_worker``).

``extract_many(..., jobs=N)`` starts its worker processes from multiprocessing's fork server where
the platform has one (Linux, macOS): the server imports this module once, and every worker of every
pool of the run is forked from it already warm, instead of paying the start-up (about 5 s of CPU)
itself. A failure here is left to the worker's own warm-up, which reports it.
"""

from __future__ import annotations

try:
    from aidledger.batch import warm_worker

    warm_worker()
except Exception:  # the worker's initializer warms again and raises the real error
    pass
