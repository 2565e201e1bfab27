"""The FTS5 tables (made by migration 0001), described for queries only.

They live in their own MetaData so Alembic's autogenerate never tries to create them.
"""

from sqlalchemy import Column, Integer, MetaData, String, Table

FTS_METADATA = MetaData()
citizen_fts = Table("citizen_fts", FTS_METADATA, Column("rowid", Integer, primary_key=True),
                    Column("text", String))
visit_fts = Table("visit_fts", FTS_METADATA, Column("rowid", Integer, primary_key=True),
                  Column("text", String))
petition_fts = Table("petition_fts", FTS_METADATA, Column("rowid", Integer, primary_key=True),
                     Column("text", String))
