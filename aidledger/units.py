"""The one pint unit registry of aidledger.

Every quantity in the package comes from ``ureg`` (and ``Q_``); never build another registry.
Application units (materiel counts, rounds, batteries) are defined in ``data/units.txt``.
``ureg`` is also pint's application registry, so quantities pickle and unpickle across
processes (``aidledger.batch`` workers) into this same registry.

>>> from aidledger.units import Q_
>>> Q_("155 mm").to("cm").magnitude
15.5
"""

from __future__ import annotations

import pint

from aidledger.resources import data_path

ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
ureg.load_definitions(str(data_path("units.txt")))
pint.set_application_registry(ureg)
Q_ = ureg.Quantity

__all__ = ["ureg", "Q_"]
