"""The journal audit: filters (agent, démarche, period), the matching entries, exports."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from aidant.agents import accounts as agents
from aidant.domain.demarches import Demarche
from aidant.domain.errors import AidantError
from aidant.files import safe_io
from aidant.reports.audit import ERASED, AuditFilter, AuditRow, export_audit, query_journal
from aidant.reports.labels import kind_text
from aidant.reports.tabular import Period
from ui import dates
from ui.router import Screen
from ui.shell import Shell
from ui.texts import text
from ui.widgets import big_button, demarche_label, error_label, field, title


def _day(text: str) -> dt.date | None:
    text = text.strip()
    return dt.datetime.strptime(text, "%d/%m/%Y").date() if text else None


def _demarches(ids: str | None) -> str:
    """Labels for the démarche ids of an entry ("argent, logement" for a mandate)."""
    known = {d.value: d for d in Demarche}
    parts = [p.strip() for p in (ids or "").split(",") if p.strip()]
    return ", ".join(demarche_label(known[p]) if p in known else p for p in parts)


class ManagerAuditScreen(Screen):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.setAccessibleName(self.tr("Journal des actions"))
        self.back = big_button(self.tr("&Retour"), self.tr("Retour"), "retour")
        self.agent = QComboBox()
        self.agent.setAccessibleName(self.tr("Filtrer par agent"))
        self.demarche = QComboBox()
        self.demarche.setAccessibleName(self.tr("Filtrer par démarche"))
        self.demarche.addItem(self.tr("Toutes les démarches"), "")
        for d in Demarche:
            self.demarche.addItem(demarche_label(d), d.value)
        self.first = field(self.tr("Depuis le"), self.tr("jj/mm/aaaa"))
        self.last = field(self.tr("Jusqu'au"), self.tr("jj/mm/aaaa"))
        self.apply = big_button(self.tr("&Filtrer"), self.tr("Appliquer les filtres"), "chercher")
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Entrées du journal"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("N°"),
                self.tr("Date"),
                self.tr("Événement"),
                self.tr("Agent"),
                self.tr("Usager"),
                self.tr("Démarche"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Nombre d'entrées"))
        self.export_csv = big_button(self.tr("Exporter en &CSV"), self.tr("Exporter en CSV"))
        self.print_pdf = big_button(
            self.tr("&Imprimer"), self.tr("Imprimer le journal filtré"), "imprimer"
        )
        # The count line doubles as the status line (exports, printing).
        self.init_messages(error_label(self.tr("Erreur du journal")), self.count)
        filters = QHBoxLayout()
        for widget in (self.agent, self.demarche, self.first, self.last, self.apply):
            filters.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_csv)
        bottom.addWidget(self.print_pdf)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(title(self.tr("Journal des actions")), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.back.clicked.connect(shell.router.back)
        self.apply.clicked.connect(self.refresh)
        self.export_csv.clicked.connect(self._export_csv)
        self.print_pdf.clicked.connect(self._print)

    def enter(self, arg: object = None) -> None:
        self.agent.clear()
        self.agent.addItem(self.tr("Tous les agents"), "")
        for a in agents.list_agents(self._shell.ctx, self._shell.require_actor()):
            self.agent.addItem(a.display_name, a.id)
        self.refresh()
        self.agent.setFocus()

    def current_filter(self) -> AuditFilter:
        first, last = _day(self.first.text()), _day(self.last.text())
        return AuditFilter(
            agent_id=self.agent.currentData() or None,
            demarche=self.demarche.currentData() or None,
            start=Period(first, first).start if first else None,
            end=Period(last, last).end if last else None,
        )

    def refresh(self) -> None:
        try:
            rows = query_journal(
                self._shell.ctx, self._shell.require_actor(), self.current_filter()
            )
        except ValueError:
            self.show_error_text(self.tr("Les dates s'écrivent jj/mm/aaaa."))
            return
        except AidantError as exc:
            self.show_error(exc)
            return
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            values = (
                str(row.seq),
                dates.day_time(row.at),
                _kind(row.kind, row.kind_label),
                self._actor(row),
                self.tr("usager effacé") if row.usager_name == ERASED else row.usager_name,
                _demarches(row.demarche),
            )
            for j, cell in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(cell))
        self.show_status(self.tr("{n} entrée(s)").format(n=len(rows)))

    def _actor(self, row: AuditRow) -> str:
        """Who acted, in the current language (the core names agents, not the others)."""
        others = {
            "system": self.tr("Aidant (système)"),
            "proche": self.tr("proche"),
            "usager": self.tr("usager"),
        }
        return others.get(row.actor.partition(":")[0], row.actor_name)

    def _export(self, fmt: str) -> bytes | None:
        try:
            return export_audit(
                self._shell.ctx, self._shell.require_actor(), self.current_filter(), fmt
            )
        except ValueError:
            self.show_error_text(self.tr("Les dates s'écrivent jj/mm/aaaa."))
            return None
        except AidantError as exc:
            self.show_error(exc)
            return None

    def _export_csv(self) -> None:
        folder = self._shell.choose_folder(self)
        if folder is None:
            return
        content = self._export("csv")
        if content is None:
            return
        stamp = dates.file_stamp(self._shell.ctx.clock.now())
        path = folder / f"journal-{stamp}.csv"
        try:
            safe_io.atomic_write_bytes(path, content)
        except AidantError as exc:
            self.show_error(exc)
            return
        self.show_status(self.tr("Exporté dans {path}").format(path=path))

    def _print(self) -> None:
        content = self._export("pdf")
        if content is not None:
            self.show_status(self._shell.print_pdf(self, content))


def _kind(kind: str, french: str) -> str:
    """An entry kind's label in the current language (an unknown kind keeps its code)."""
    member = kind_text(kind)
    return text(member) if member is not None else french
