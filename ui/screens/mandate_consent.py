"""The wizard's consent step: what the person agrees to (holder, each démarche in words and
pictogram, the end date and time in local time), the points to go through with them, each
readable aloud, and the form as it will be printed, shown on screen (never printed as a draft).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aidant import mandates
from aidant.domain.demarches import Demarche, DemarchePlainText
from aidant.domain.enums import HolderKind
from aidant.mandates import MandateView
from ui import dates, texts
from ui.consent_texts import consent_point
from ui.icons import demarche_icon
from ui.printing import load_pdf
from ui.widgets import big_button, demarche_label

#: Width of the on-screen preview of the form (an A4 page at this width stays legible enough
#: to show the layout; the person reads the printed sheet).
PREVIEW_WIDTH = 380


def render_first_page(pdf: bytes, width: int = PREVIEW_WIDTH) -> QImage:
    """The PDF's first page as an image `width` pixels wide, on white (QtPdf, in memory)."""
    document, buffer = load_pdf(pdf)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return QImage()
        points = document.pagePointSize(0)
        size = QSize(width, int(width * points.height() / points.width()))
        rendered = document.render(0, size)
    finally:
        document.close()
        buffer.close()
    page = QImage(rendered.size(), QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return page


class ConsentStep(QWidget):
    """Shows one draft; the wizard reads `understood` and connects `agree` and `refuse`."""

    def __init__(self) -> None:
        super().__init__()
        self.summary_title = QLabel()
        self.summary_title.setWordWrap(True)
        self.summary_title.setAccessibleName(self.tr("Ce que la personne accepte"))
        self.demarches = QGridLayout()
        self.ends = QLabel()
        self.ends.setWordWrap(True)
        self.ends.setAccessibleName(self.tr("Fin du mandat"))
        self.read_all = big_button(
            self.tr("&Lire à voix haute"), self.tr("Lire à voix haute ce qui est accepté"), "lire"
        )
        self.points: list[str] = [consent_point(p.text) for p in mandates.consent_checklist()]
        points = QVBoxLayout()
        self.read_buttons = []
        for number, point in enumerate(self.points, start=1):
            text = QLabel(f"{number}. {point}")
            text.setWordWrap(True)
            read = big_button(
                self.tr("Lire"), self.tr("Lire à voix haute le point {n}").format(n=number), "lire"
            )
            self.read_buttons.append(read)
            row = QHBoxLayout()
            row.addWidget(text, 1)
            row.addWidget(read)
            points.addLayout(row)
        self.understood = QCheckBox(
            self.tr("J'ai lu ces {n} points avec la personne : elle les a compris.").format(
                n=len(self.points)
            )
        )
        self.understood.setAccessibleName(self.tr("Points lus et compris"))
        self.understood.setStyleSheet("QCheckBox { padding: 6px; font-weight: bold }")
        self.agree = big_button(
            self.tr("La personne est d'&accord"), self.tr("La personne est d'accord"), "action"
        )
        self.refuse = big_button(self.tr("La personne &refuse"), self.tr("La personne refuse"))
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Aperçu du formulaire"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)

        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.summary_title)
        column.addLayout(self.demarches)
        column.addWidget(self.ends)
        read_row = QHBoxLayout()
        read_row.addWidget(self.read_all)
        read_row.addStretch(1)
        column.addLayout(read_row)
        column.addWidget(QLabel("<b>" + self.tr("À dire avec la personne :") + "</b>"))
        column.addLayout(points)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Accord de la personne"))
        shown = QScrollArea()
        shown.setWidget(self.preview)
        shown.setWidgetResizable(True)
        shown.setMinimumWidth(PREVIEW_WIDTH + 24)
        shown.setAccessibleName(self.tr("Aperçu du formulaire à signer"))
        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(shown)
        # The confirmation sits by the answers, always in view (not at the end of a scroll).
        answers = QHBoxLayout()
        answers.addWidget(self.understood, 1)
        answers.addWidget(self.refuse)
        answers.addWidget(self.agree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(body, 1)
        layout.addLayout(answers)

    def show_mandate(self, mandate: MandateView, holder_name: str, preview: bytes) -> None:
        """Fill the step for `mandate` (`holder_name`: the site's or the proche's name)."""
        self.summary_title.setText(
            "<b>"
            + self.tr("La personne donne mandat à : {holder}").format(holder=holder_name)
            + "</b><br>"
            + self.tr("pour ces démarches seulement :")
        )
        while self.demarches.count():
            item = self.demarches.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, value in enumerate(mandate.demarches):
            demarche = Demarche(value)
            picture = QLabel()
            picture.setPixmap(demarche_icon(demarche).pixmap(QSize(40, 40)))
            plain = texts.text(DemarchePlainText[demarche.name])
            name = QLabel(
                self.tr("{label} : {plain}").format(
                    label="<b>" + demarche_label(demarche) + "</b>", plain=plain
                )
            )
            name.setWordWrap(True)
            self.demarches.addWidget(picture, row, 0)
            self.demarches.addWidget(name, row, 1)
        self.demarches.setColumnStretch(1, 1)
        self.ends.setText(
            self.tr("Jusqu'au {date} (heure de Paris), sauf si elle l'arrête avant.").format(
                date=dates.day_time(mandate.expires_at)
            )
        )
        self.understood.setChecked(False)
        image = render_first_page(preview)
        self.preview.setPixmap(QPixmap.fromImage(image))

    def spoken(self, mandate: MandateView, holder_name: str) -> str:
        """What is agreed to, as plain sentences (no markup), then the points."""
        names = ", ".join(demarche_label(Demarche(d)) for d in mandate.demarches)
        who = (
            self.tr("le site {name}") if mandate.holder_kind is HolderKind.SITE else "{name}"
        ).format(name=holder_name)
        agreed = self.tr(
            "Vous donnez mandat à {who}, pour ces démarches : {demarches}. "
            "Le mandat dure jusqu'au {date}."
        ).format(who=who, demarches=names, date=dates.day_time(mandate.expires_at))
        return " ".join([agreed, *self.points])
