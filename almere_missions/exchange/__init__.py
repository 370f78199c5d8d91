"""The mission exchange format: version 2 (docs/EXCHANGE-FORMAT-2.md), which reads version 1
(the contract) unchanged."""

from almere_missions.exchange.validate import FORMAT, ExchangeErrors

__all__ = ["FORMAT", "ExchangeErrors"]
