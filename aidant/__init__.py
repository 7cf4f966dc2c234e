"""Aidant: mandates, journal and encrypted vaults for digital-mediation sites.

This package is the domain and everything that is not a widget. It never imports Qt.
"""

__version__ = "0.1.0"
