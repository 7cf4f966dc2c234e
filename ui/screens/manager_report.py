"""Activity report for funders: a period, the figures, charts, and exports (print, CSV,
anonymous aggregate for the territory)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from aidant.domain.demarches import Demarche
from aidant.domain.errors import AidantError
from aidant.files import safe_io
from aidant.reports.activity import ActivityReport, compute_activity
from aidant.reports.aggregate import anonymous_aggregate
from aidant.reports.render import activity_pdf
from aidant.reports.tabular import Period
from aidant.site.clock import to_site_local
from aidant.site.identity import identity
from ui.charts import BarChart
from ui.date_input import DateInputError, read_date
from ui.router import Screen
from ui.shell import Shell
from ui.widgets import big_button, demarche_label, error_label, field, status_label, title


class ManagerReportScreen(Screen):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.report: ActivityReport | None = None
        self.setAccessibleName(self.tr("Rapport d'activité"))
        self.back = big_button(self.tr("&Retour"), self.tr("Retour"), "retour")
        self.first = field(self.tr("Début de la période"), self.tr("jj/mm/aaaa"))
        self.last = field(self.tr("Fin de la période"), self.tr("jj/mm/aaaa"))
        self.compute = big_button(self.tr("&Calculer"), self.tr("Calculer le rapport"), "action")
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setAccessibleName(self.tr("Chiffres de la période"))
        self.by_demarche = BarChart(self.tr("Actions par démarche"))
        self.by_organisation = BarChart(self.tr("Actions par organisme"))
        self.print = big_button(self.tr("&Imprimer"), self.tr("Imprimer le rapport"), "imprimer")
        self.csv = big_button(self.tr("Exporter en CS&V"), self.tr("Exporter le rapport en CSV"))
        self.anonymous = big_button(
            self.tr("Chiffres &anonymes"), self.tr("Exporter les chiffres anonymes")
        )
        status = status_label(self.tr("Information sur le rapport"))
        self.init_messages(error_label(self.tr("Erreur du rapport")), status)
        period = QHBoxLayout()
        for w in (QLabel(self.tr("Du")), self.first, QLabel(self.tr("au")), self.last):
            period.addWidget(w)
        period.addWidget(self.compute)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.figures)
        inner.addWidget(QLabel("<h2>" + self.tr("Actions par démarche") + "</h2>"))
        inner.addWidget(self.by_demarche)
        inner.addWidget(QLabel("<h2>" + self.tr("Actions par organisme") + "</h2>"))
        inner.addWidget(self.by_organisation)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Rapport"))
        exports = QGridLayout()
        exports.addWidget(status, 0, 0)
        exports.addWidget(self.print, 0, 1)
        exports.addWidget(self.csv, 0, 2)
        exports.addWidget(self.anonymous, 0, 3)
        exports.setColumnStretch(0, 1)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(title(self.tr("Rapport d'activité")), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(period)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(exports)
        self.back.clicked.connect(shell.router.back)
        self.compute.clicked.connect(self.run)
        self.print.clicked.connect(self._print)
        self.csv.clicked.connect(lambda: self._save("csv"))
        self.anonymous.clicked.connect(lambda: self._save("json"))

    def enter(self, arg: object = None) -> None:
        today = self._shell.ctx.clock.now().date()
        self.first.setText(f"{today.replace(day=1):%d/%m/%Y}")
        self.last.setText(f"{today:%d/%m/%Y}")
        self.run()
        self.first.setFocus()

    def run(self) -> None:
        today = to_site_local(self._shell.ctx.clock.now()).date()
        try:
            first = read_date(self.first.text(), today, past=False)
            last = read_date(self.last.text(), today, past=False)
            if first is None or last is None:
                self.show_error_text(self.tr("Indiquez le début et la fin de la période."))
                return
            report = compute_activity(
                self._shell.ctx, self._shell.require_actor(), Period(first, last)
            )
        except DateInputError as problem:
            self.show_error_text(str(problem))
            return
        except AidantError as exc:
            self.show_error(exc)
            return
        self.error.hide()
        self.report = report
        self.figures.setText(
            self.tr(
                "<b>{helped}</b> usager(s) aidé(s) (dont {new} nouveau(x)), <b>{actions}</b> "
                "action(s), <b>{created}</b> mandat(s) créé(s), {active} mandat(s) actif(s), "
                "{deposited} document(s) déposé(s), {printed} impression(s)."
            ).format(
                helped=report.usagers_helped,
                new=report.usagers_new,
                actions=report.actions_total,
                created=report.mandates_created,
                active=report.mandates_active,
                deposited=report.documents_deposited,
                printed=report.documents_printed,
            )
        )
        self.by_demarche.set_rows(
            [
                (demarche_label(Demarche(k)) if k in set(Demarche) else k, n)
                for k, n in sorted(report.actions_by_demarche.items(), key=lambda kv: -kv[1])
            ]
        )
        self.by_organisation.set_rows(
            sorted(report.actions_by_organisation.items(), key=lambda kv: -kv[1])
        )

    def _site(self) -> tuple[str, str]:
        site = identity(self._shell.ctx)
        return site.id, site.name

    def _print(self) -> None:
        if self.report is not None:
            pdf = activity_pdf(self.report, self._site()[1])
            self.show_status(self._shell.print_pdf(self, pdf))

    def _save(self, fmt: str) -> None:
        report = self.report
        if report is None:
            return
        folder = self._shell.choose_folder(self)
        if folder is None:
            return
        period = f"{report.period.first:%Y%m%d}-{report.period.last:%Y%m%d}"
        if fmt == "csv":
            path, content = folder / f"activite-{period}.csv", report.to_csv()
        else:
            data = anonymous_aggregate(report, self._site()[0])
            text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
            path, content = folder / f"chiffres-anonymes-{period}.json", text.encode()
        try:
            safe_io.atomic_write_bytes(path, content)
        except AidantError as exc:
            self.show_error(exc)
            return
        self.show_status(self.tr("Exporté dans {path}").format(path=path))
