"""The ECB rates in ``fx_rates``: the bundled history, or a newer file (``aidledger update-rates``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aidledger.store.refresh import RefreshMixin
from aidledger.store.reports import RatesReport


class FxMixin(RefreshMixin):
    """``Ledger.load_rates`` and ``Ledger.update_rates``."""

    def load_rates(self, table: Any, *, source: str) -> RatesReport:
        """Replace ``fx_rates`` with a wide ECB Arrow table (see ``aidledger.rates``)."""
        self._require_write()
        with self._registered(ecb_wide=table), self.transaction():
            self._q("load_ecb_rates")
            self._q("record_fx_source", source=source)
            self._q("refresh_fx_problems")
            self.refresh_events()  # events carry amounts converted at their first mention
        n, first, last, currencies = self._q("fx_rates_summary")
        return RatesReport(source, n, first, last, currencies)

    def update_rates(self, path: str | Path) -> RatesReport:
        """Load a newer ECB history file (``eurofxref-hist.csv`` or ``.zip``) into ``fx_rates``."""
        from aidledger import rates

        return self.load_rates(rates.read_ecb_file(path), source=Path(path).name)
