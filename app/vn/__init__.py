"""Vietnamese specifics that are not law: text folding, CCCD numbers and their QR code."""
