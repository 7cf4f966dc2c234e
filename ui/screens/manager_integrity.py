"""Checking the journal's integrity: one button, one clear verdict."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout

from aidant.domain.errors import AidantError
from aidant.journal.checkpoints import verify_journal
from aidant.journal.verify import VerifyResult
from aidant.site.clock import to_site_local
from ui.appearance import set_size_role
from ui.router import Screen
from ui.shell import Shell
from ui.texts import error_text, phrase_text
from ui.widgets import big_button, field, title

# The verdict's size comes from the application's style sheet (it follows large text).
_OK = "background:#d7f5d0; color:#0b3d02; padding:16px"
_BAD = "background:#ffd6d6; color:#6b0000; padding:16px"


class ManagerIntegrityScreen(Screen):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.setAccessibleName(self.tr("Intégrité du journal"))
        self.back = big_button(self.tr("&Retour"), self.tr("Retour"), "retour")
        self.check = big_button(
            self.tr("&Vérifier le journal"), self.tr("Vérifier le journal"), "action"
        )
        self.verdict = QLabel()
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        set_size_role(self.verdict, "verdict")
        explain = QLabel(
            self.tr(
                "Chaque entrée du journal est liée à la précédente et des points de contrôle "
                "sont signés : la vérification montre si une entrée a été modifiée, supprimée "
                "ou déplacée."
            )
        )
        explain.setWordWrap(True)
        # The root key's fingerprint, typed from paper (the site recovery sheet or a journal
        # receipt): a journal re-signed by someone holding this PC's files does not chain to it.
        self.root = field(
            self.tr("Empreinte de la clé racine"),
            self.tr("sur la feuille de secours du site ou un reçu (facultatif)"),
        )
        root_row = QFormLayout()
        root_row.addRow(self.tr("Empreinte de la clé racine :"), self.root)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(title(self.tr("Intégrité du journal")), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(explain)
        layout.addLayout(root_row)
        layout.addWidget(self.check)
        layout.addWidget(self.verdict)
        layout.addStretch(1)
        self.back.clicked.connect(shell.router.back)
        self.check.clicked.connect(self.run_check)
        self.root.returnPressed.connect(self.run_check)

    def enter(self, arg: object = None) -> None:
        self.verdict.clear()
        self.verdict.setStyleSheet("")
        self.check.setFocus()

    def run_check(self) -> None:
        try:
            typed = self.root.text().strip() or None
            result = verify_journal(
                self._shell.ctx, self._shell.require_actor(), root_fingerprint=typed
            )
        except AidantError as exc:
            self._show(False, error_text(exc))
            return
        purged = 0 if result.purged is None else result.purged.up_to
        if result.ok:
            self._show(
                True,
                self.tr(
                    "Le journal est intact : {n} entrées vérifiées, {c} point(s) de contrôle "
                    "signé(s) confirmé(s)."
                ).format(n=result.size - purged, c=result.checkpoints_checked)
                + self._purge_line(result),
            )
        else:
            where = (
                self.tr(" (entrée n° {seq})").format(seq=result.bad_seq)
                if result.bad_seq is not None
                else ""
            )
            self._show(
                False,
                self.tr("ATTENTION : le journal a été modifié. {problem}{where}").format(
                    problem=phrase_text(result.problem) if result.problem else "", where=where
                ),
            )

    def _purge_line(self, result: VerifyResult) -> str:
        purged = result.purged
        if purged is None:
            return ""
        return "\n" + self.tr(
            "Les entrées n° 1 à {n} ont été purgées le {day} au terme de leur durée "
            "d'archivage : la vérification part de l'empreinte de la dernière d'entre elles."
        ).format(n=purged.up_to, day=f"{to_site_local(purged.at):%d/%m/%Y}")

    def _show(self, ok: bool, text: str) -> None:
        self.verdict.setText(("✔ " if ok else "✖ ") + text)
        self.verdict.setStyleSheet(_OK if ok else _BAD)
