"""The mission exchange format, version 1 (see the contract)."""

from almere_missions.exchange.validate import FORMAT, ExchangeErrors

__all__ = ["FORMAT", "ExchangeErrors"]
