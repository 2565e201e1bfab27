"""Small widget helpers shared by the pages and dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def find_data(combo: QComboBox, value: object) -> int:
    """The index whose data equals `value`, or -1.

    QComboBox.findData compares Python objects by identity, so an equal uuid.UUID read again
    from the store is not found; this compares by equality.
    """
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1
