"""Example data in the exchange format: the Floriade 2022 demo season and benchmark files."""
