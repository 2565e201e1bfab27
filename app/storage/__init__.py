"""Engine, unit of work and migrations over the SQLite store."""
