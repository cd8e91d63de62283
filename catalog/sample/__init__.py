"""The hand-curated sample catalog (`catalog.jsonl`) and the script that writes it."""
