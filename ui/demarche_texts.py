"""The démarche texts of aidant/demarches.py, marked for Qt Linguist (lupdate cannot read
them from the core, which never imports Qt). A test checks that both lists stay equal."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DEMARCHE_TEXTS = (
    QT_TRANSLATE_NOOP("Demarches", "Papiers - Citoyenneté - Élections"),
    QT_TRANSLATE_NOOP("Demarches", "Carte d'identité, passeport, permis, liste électorale."),
    QT_TRANSLATE_NOOP("Demarches", "Famille - Scolarité"),
    QT_TRANSLATE_NOOP("Demarches", "Naissance, mariage, école, cantine, allocations familiales."),
    QT_TRANSLATE_NOOP("Demarches", "Social - Santé"),
    QT_TRANSLATE_NOOP("Demarches", "Sécurité sociale, mutuelle, RSA, handicap, retraite."),
    QT_TRANSLATE_NOOP("Demarches", "Travail - Formation"),
    QT_TRANSLATE_NOOP("Demarches", "France Travail, recherche d'emploi, formation."),
    QT_TRANSLATE_NOOP("Demarches", "Logement"),
    QT_TRANSLATE_NOOP("Demarches", "Aide au logement, logement social, énergie."),
    QT_TRANSLATE_NOOP("Demarches", "Transports - Mobilité"),
    QT_TRANSLATE_NOOP("Demarches", "Carte grise, transports en commun, amendes."),
    QT_TRANSLATE_NOOP("Demarches", "Argent - Impôts - Consommation"),
    QT_TRANSLATE_NOOP("Demarches", "Impôts, banque, factures, litiges de consommation."),
    QT_TRANSLATE_NOOP("Demarches", "Justice"),
    QT_TRANSLATE_NOOP("Demarches", "Casier judiciaire, aide juridictionnelle, plainte."),
    QT_TRANSLATE_NOOP("Demarches", "Étranger - Europe"),
    QT_TRANSLATE_NOOP("Demarches", "Titre de séjour, naturalisation, démarches européennes."),
    QT_TRANSLATE_NOOP("Demarches", "Loisirs - Sport - Culture"),
    QT_TRANSLATE_NOOP("Demarches", "Inscriptions, licences sportives, bibliothèque."),
)
