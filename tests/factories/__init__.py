"""Test-data factories: build valid domain objects and catalog-format records with overrides."""
