"""The sentences of scanning: no scanner, a failed scan, an unreadable page.

Each member's name is a stable code, its value the French sentence with `{named}` fields;
`aidant.domain.errors.Text` explains how front ends use them.
"""

from __future__ import annotations

from aidant.domain.errors import Text


class ScanText(Text):
    NO_PAGES = "Aucune page à enregistrer."
    NO_SCANNER_CONNECTED = "Aucun scanner n'est branché ou allumé."
    UNREADABLE_PAGE = "Une page n'est pas une image lisible : refaites-la."
    NO_SCANIMAGE = (
        "Aucun scanner n'est utilisable : le programme « scanimage » (paquet sane-utils) "
        "n'est pas installé."
    )
    NOT_RESPONDING = "Le scanner ne répond pas : vérifiez qu'il est allumé."
    SCAN_FAILED = (
        "La numérisation a échoué : vérifiez le scanner (allumé, capot fermé, feuille "
        "posée) puis recommencez."
    )
    NO_IMAGE = "Le scanner n'a pas renvoyé d'image : recommencez."
    NO_PYWIN32 = "Les scanners Windows demandent le module pywin32, absent de cette installation."
    WIA_NOT_RESPONDING = "Le service de numérisation de Windows (WIA) ne répond pas."
    SCANNER_GONE = "Ce scanner n'est plus branché ou allumé."
