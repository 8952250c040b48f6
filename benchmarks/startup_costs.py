"""CPU time of what every new process and every new ledger pays once: the extractor's first use
(imports, pint's registry, the catalog and its matchers, the other recognisers) and a new database
(the SQL files, the ECB rates, the systems catalog).

usage: python benchmarks/startup_costs.py

Run it in a fresh process (the first part measures first uses). CPU time of this process
(``time.process_time``), so that the load of a shared machine moves the figures less than wall time.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

T = time.process_time


def lap(name: str, since: float) -> float:
    now = T()
    print(f"  {name:40s} {now - since:6.2f} s")
    return now


def main() -> None:
    print("first use of the extractor in a new process (CPU):")
    t0 = t = T()
    from aidledger import api
    t = lap("import aidledger.api", t)
    import aidledger.units  # noqa: F401
    t = lap("pint and its registry (aidledger.units)", t)
    from aidledger.catalog import load_catalog

    catalog = load_catalog()
    t = lap("catalog read (systems.csv, generic_items.csv)", t)
    catalog.find("x")
    t = lap("catalog matcher (named systems)", t)
    catalog.find_generic("x")
    t = lap("catalog matcher (generic items)", t)
    api.extract("France will send 12 more Caesar howitzers to Ukraine, the minister said on Tuesday.")
    t = lap("the rest of the first extraction", t)
    print(f"  {'in all':40s} {T() - t0:6.2f} s")

    import duckdb

    from aidledger import rates
    from aidledger.store import Ledger
    from aidledger.store.catalog import systems_frame

    print("a new ledger (CPU):")
    t = T()
    rates.read_bundled()
    t = lap("reading the bundled ECB history (once)", t)
    systems_frame()
    t = lap("the systems frame (once)", t)
    with tempfile.TemporaryDirectory() as tmp:
        con = duckdb.connect(str(Path(tmp) / "a.duckdb"))
        led = Ledger(con, path="a", read_only=False)
        t = T()
        led._use_internal_schema()
        led.migrate()
        t = lap("the sql/*.sql files (migrate)", t)
        led.load_rates(rates.read_bundled(), source=rates.BUNDLED_NAME)
        t = lap("the ECB rates into fx_rates", t)
        led.load_systems()
        t = lap("the systems table", t)
        led.close()
        for i in range(2):
            t = T()
            Ledger.open(Path(tmp) / f"b{i}.duckdb").close()
            t = lap(f"Ledger.open of a new file ({i + 1})", t)
            Ledger.open(None).close()
            t = lap(f"Ledger.open(None), in memory ({i + 1})", t)
        t = T()
        Ledger.open(Path(tmp) / "b0.duckdb").close()
        lap("Ledger.open of an existing file", t)


if __name__ == "__main__":
    main()
