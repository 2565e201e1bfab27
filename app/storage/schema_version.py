"""The schema revisions this build knows (no imports: read before SQLAlchemy is loaded)."""

# Every revision this build knows, oldest first; tests check it against the Alembic scripts.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008",
                                    "0009", "0010", "0011", "0012", "0013", "0014")
HEAD = KNOWN_REVISIONS[-1]
