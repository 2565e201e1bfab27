"""Use cases. GUI and CLI call these and nothing below them; plain values in and out."""
