"""The network of district offices: opening a centre with its staff in one step."""
