"""Sync up to the upstream office (SYNC.md): keys, the batch file, export, import, receipts."""
