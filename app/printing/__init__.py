"""Every printed page: a layout kit over reportlab, one module per form, the registers.

No Qt, no database: app.services.printing fills plain values (app.printing.data) from the stored
records and gets PDF bytes back. Fonts are bundled (resources/fonts) and embedded.
"""
