"""The site's policy: démarches offered, timeouts, TOTP, wipe plan, retention, the room each
vault may take (manager only)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aidant.administration.policy import change_policy
from aidant.domain.demarches import Demarche
from aidant.domain.errors import AidantError
from aidant.site import policy as settings
from aidant.site.policy import SitePolicy
from ui.router import Screen
from ui.shell import Shell
from ui.widgets import big_button, demarche_button, error_label, field, status_label, title

#: Asks for a folder; returns its absolute path, or None when cancelled (tests inject one).
FolderChooser = Callable[[QWidget], str | None]


def ask_folder(parent: QWidget) -> str | None:
    chosen = QFileDialog.getExistingDirectory(parent, parent.tr("Dossier à vider"))
    return chosen or None


class ManagerPolicyScreen(Screen):
    def __init__(self, shell: Shell, choose_folder: FolderChooser = ask_folder) -> None:
        super().__init__()
        self._shell = shell
        self._choose_folder = choose_folder
        self._loaded = SitePolicy()
        self.setAccessibleName(self.tr("Réglages du site"))
        self.back = big_button(self.tr("&Retour"), self.tr("Retour"), "retour")
        self.demarches: dict[Demarche, QPushButton] = {}
        grid = QGridLayout()
        for i, demarche in enumerate(Demarche):
            button = demarche_button(demarche)
            self.demarches[demarche] = button
            grid.addWidget(button, i // 2, i % 2)

        self.agent_idle = self._spin(self.tr("Verrouillage agent après (minutes)"), 1, 240)
        self.usager_idle = self._spin(self.tr("Fermeture du coffre après (minutes)"), 1, 60)
        self.warning = self._spin(self.tr("Avertir avant (secondes)"), 10, 600)
        self.totp = QCheckBox(self.tr("Code à usage unique (TOTP) exigé à la connexion"))
        self.totp.setAccessibleName(self.tr("Code à usage unique exigé"))
        self.retention = self._spin(self.tr("Conservation des données (années)"), 1, 10)
        self.dormant = self._spin(self.tr("Agent inactif après (mois)"), 1, 24)
        self.attempts = self._spin(self.tr("Essais libres d'ouverture de coffre"), 1, 20)
        self.max_failures = self._spin(
            self.tr("Essais manqués avant la feuille de secours"), 0, 200
        )
        self.max_failures.setSpecialValueText(self.tr("sans limite"))
        self.address = field(
            self.tr("Adresse du site"), self.tr("ex. : 3 place de la Mairie, 36200 Argenton")
        )
        self.quota = self._spin(self.tr("Place par coffre (Mo)"), 0, 100_000)
        self.quota.setSpecialValueText(self.tr("sans limite"))
        self.quota.setSingleStep(50)
        self.wipe_roots = QListWidget()
        self.wipe_roots.setAccessibleName(self.tr("Dossiers vidés en fin de session"))
        self.add_root = big_button(
            self.tr("Ajouter un do&ssier"), self.tr("Ajouter un dossier à vider"), "ajouter"
        )
        self.remove_root = big_button(
            self.tr("Re&tirer le dossier"), self.tr("Retirer le dossier choisi")
        )
        status = status_label(self.tr("Résultat de l'enregistrement"))
        self.init_messages(error_label(self.tr("Erreur des réglages")), status)
        self.save = big_button(self.tr("&Enregistrer"), self.tr("Enregistrer les réglages"))

        form = QFormLayout()
        form.addRow(self.tr("Verrouillage agent (min)"), self.agent_idle)
        form.addRow(self.tr("Fermeture du coffre (min)"), self.usager_idle)
        form.addRow(self.tr("Avertir avant (s)"), self.warning)
        form.addRow("", self.totp)
        form.addRow(self.tr("Conservation (années)"), self.retention)
        form.addRow(self.tr("Agent inactif après (mois)"), self.dormant)
        form.addRow(self.tr("Essais libres (coffre)"), self.attempts)
        form.addRow(self.tr("Essais manqués avant secours (coffre)"), self.max_failures)
        form.addRow(self.tr("Adresse (sur les formulaires)"), self.address)
        form.addRow(self.tr("Place par coffre (Mo)"), self.quota)
        roots_buttons = QHBoxLayout()
        roots_buttons.addWidget(self.add_root)
        roots_buttons.addWidget(self.remove_root)
        roots_buttons.addStretch(1)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(QLabel("<h2>" + self.tr("Démarches proposées") + "</h2>"))
        inner.addLayout(grid)
        inner.addWidget(QLabel("<h2>" + self.tr("Sessions et sécurité") + "</h2>"))
        inner.addLayout(form)
        inner.addWidget(QLabel("<h2>" + self.tr("Dossiers vidés en fin de session") + "</h2>"))
        explain = QLabel(
            self.tr(
                "Aidant vide ces dossiers (par exemple Téléchargements) à la fin de chaque "
                "session, et jamais rien en dehors."
            )
        )
        explain.setWordWrap(True)
        inner.addWidget(explain)
        inner.addWidget(self.wipe_roots)
        inner.addLayout(roots_buttons)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Réglages"))

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(title(self.tr("Réglages du site")), 1)
        bottom = QHBoxLayout()
        bottom.addWidget(status, 1)
        bottom.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self.back.clicked.connect(shell.router.back)
        self.save.clicked.connect(self._save)
        self.add_root.clicked.connect(self._add_root)
        self.remove_root.clicked.connect(self._remove_root)

    @staticmethod
    def _spin(name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setAccessibleName(name)
        spin.setMinimumHeight(40)
        return spin

    def enter(self, arg: object = None) -> None:
        policy = settings.policy(self._shell.ctx)
        self._loaded = policy
        for demarche, button in self.demarches.items():
            button.setChecked(demarche.value in policy.demarches_offered)
        self.agent_idle.setValue(policy.agent_idle_minutes)
        self.usager_idle.setValue(policy.usager_idle_minutes)
        self.warning.setValue(policy.idle_warning_seconds)
        self.totp.setChecked(policy.totp_required)
        self.retention.setValue(policy.retention_years)
        self.dormant.setValue(policy.dormant_months)
        self.attempts.setValue(policy.vault_free_attempts)
        self.max_failures.setValue(policy.vault_max_failures)
        self.address.setText(policy.site_address)
        self.quota.setValue(policy.vault_quota_mb)
        self.wipe_roots.clear()
        self.wipe_roots.addItems(list(policy.wipe_roots))
        self.clear_messages()
        self.demarches[Demarche.PAPIERS].setFocus()

    def edited(self) -> SitePolicy:
        """The policy as shown on screen."""
        return SitePolicy(
            demarches_offered=tuple(d.value for d, b in self.demarches.items() if b.isChecked()),
            agent_idle_minutes=self.agent_idle.value(),
            usager_idle_minutes=self.usager_idle.value(),
            idle_warning_seconds=self.warning.value(),
            totp_required=self.totp.isChecked(),
            wipe_roots=tuple(
                self.wipe_roots.item(i).text() for i in range(self.wipe_roots.count())
            ),
            retention_years=self.retention.value(),
            dormant_months=self.dormant.value(),
            vault_free_attempts=self.attempts.value(),
            vault_max_failures=self.max_failures.value(),
            site_address=" ".join(self.address.text().split()),
            vault_quota_mb=self.quota.value(),
        )

    def _save(self) -> None:
        new = self.edited()
        changes: dict[str, Any] = {
            f.name: getattr(new, f.name)
            for f in dataclasses.fields(SitePolicy)
            if getattr(new, f.name) != getattr(self._loaded, f.name)
        }
        if not changes:
            self.show_status(self.tr("Rien n'a changé."))
            return
        actor = self._shell.require_actor()
        try:
            change_policy(self._shell.ctx, actor, changes)
        except AidantError as exc:
            self.show_error(exc)
            return
        self._loaded = new
        self.show_status(self.tr("Réglages enregistrés ({n}).").format(n=len(changes)))

    def _add_root(self) -> None:
        chosen = self._choose_folder(self)
        if chosen:
            existing = {self.wipe_roots.item(i).text() for i in range(self.wipe_roots.count())}
            if chosen not in existing:
                self.wipe_roots.addItem(chosen)

    def _remove_root(self) -> None:
        row = self.wipe_roots.currentRow()
        if row >= 0:
            self.wipe_roots.takeItem(row)
