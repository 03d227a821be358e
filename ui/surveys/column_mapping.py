"""The import wizard's column editor: what each column of a survey export is.

One line per column: its header, a sample value from the file, what it is
(a question, or the respondent's name, e-mail, phone, customer number, the
response date, the response id, or ignored) and, for a question, its code in
the survey. Filled from the mapping the import would use
(``app.survey_preview``); ``mapping()`` gives back what the user chose as an
``app.survey_mapping.SurveyMapping``, ``problem()`` what must be fixed first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QScrollArea, QSizePolicy, QWidget

from app.survey_mapping import MAX_CODE_CHARS, Identity, QuestionColumn, SurveyMapping
from app.survey_preview import IDENTITY_ORDER, ImportPreview

QUESTION = "question"
IGNORE = "ignore"
SAMPLE_CHARS = 60


def role_labels() -> dict[str, str]:
    """What a column can be, in the order offered."""
    return {
        QUESTION: QCoreApplication.translate("ColumnMapping", "Question"),
        Identity.NAME: QCoreApplication.translate("ColumnMapping", "Respondent's name"),
        Identity.EMAIL: QCoreApplication.translate("ColumnMapping", "E-mail"),
        Identity.PHONE: QCoreApplication.translate("ColumnMapping", "Phone"),
        Identity.CUSTOMER_NUMBER: QCoreApplication.translate("ColumnMapping", "Customer number"),
        Identity.DATE: QCoreApplication.translate("ColumnMapping", "Date answered"),
        Identity.RESPONSE_ID: QCoreApplication.translate("ColumnMapping", "Response id"),
        IGNORE: QCoreApplication.translate("ColumnMapping", "Ignore"),
    }


class ColumnMappingEditor(QScrollArea):
    #: The user changed what a column is or a question's code.
    mapping_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(3, 1)
        self.setWidget(self._inner)
        self._headers: list[str] = []
        self._roles: dict[str, QComboBox] = {}
        self._codes: dict[str, QLineEdit] = {}
        self._canonical: dict[str, QuestionColumn] = {}
        self._survey: str | None = None

    def set_preview(self, preview: ImportPreview) -> None:
        """One line per header, set as ``preview.mapping`` says."""
        # A fresh sheet: setWidget deletes the previous one with all its lines.
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(3, 1)
        self.setWidget(self._inner)
        mapping = preview.mapping
        self._headers = list(preview.headers)
        self._roles, self._codes = {}, {}
        self._canonical = dict(mapping.questions)
        self._survey = mapping.survey
        titles = (
            QCoreApplication.translate("ColumnMapping", "Column"),
            QCoreApplication.translate("ColumnMapping", "Example from the file"),
            QCoreApplication.translate("ColumnMapping", "Is"),
            QCoreApplication.translate("ColumnMapping", "Question code"),
        )
        for column, title in enumerate(titles):
            head = QLabel(title)
            head.setStyleSheet("font-weight: bold")
            self._grid.addWidget(head, 0, column)
        identity_of = {header: f for f, header in mapping.identity.items()}
        labels = role_labels()
        for row, header in enumerate(self._headers, start=1):
            name = QLabel(header)
            name.setWordWrap(True)
            name.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            sample = preview.samples.get(header, "")
            example = QLabel(sample if len(sample) <= SAMPLE_CHARS else sample[: SAMPLE_CHARS - 1] + "…")
            example.setToolTip(sample)
            example.setWordWrap(True)
            example.setEnabled(False)  # greyed: an example, not something to edit
            role = QComboBox()
            role.setAccessibleName(
                QCoreApplication.translate("ColumnMapping", "What column %1 is").replace("%1", header)
            )
            for key, label in labels.items():
                role.addItem(label, str(key))
            if header in identity_of:
                current = str(identity_of[header])
            elif header in mapping.ignore or header not in mapping.questions:
                current = IGNORE
            else:
                current = QUESTION
            role.setCurrentIndex(role.findData(current))
            code = QLineEdit(mapping.questions[header].code if header in mapping.questions else header)
            code.setMaxLength(MAX_CODE_CHARS)
            code.setAccessibleName(
                QCoreApplication.translate("ColumnMapping", "Question code of column %1").replace(
                    "%1", header
                )
            )
            code.setEnabled(current == QUESTION)
            role.currentIndexChanged.connect(self._role_changed)
            code.textEdited.connect(self.mapping_edited)
            for column, widget in enumerate((name, example, role, code)):
                self._grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
            self._roles[header], self._codes[header] = role, code
        self._grid.setRowStretch(len(self._headers) + 1, 1)

    def role_box(self, header: str) -> QComboBox:
        return self._roles[header]

    def code_box(self, header: str) -> QLineEdit:
        return self._codes[header]

    def roles(self) -> dict[str, str]:
        return {header: str(box.currentData()) for header, box in self._roles.items()}

    def set_role(self, header: str, role: str) -> None:
        box = self._roles[header]
        box.setCurrentIndex(box.findData(role))

    def problem(self) -> str | None:
        """What stops the mapping from being used, in words; None if it can be."""
        roles = self.roles()
        labels = role_labels()
        for f in IDENTITY_ORDER:
            columns = [h for h, r in roles.items() if r == f]
            if len(columns) > 1:
                return (
                    QCoreApplication.translate(
                        "ColumnMapping", "Two columns are marked as %1: %2. Choose one."
                    )
                    .replace("%1", labels[f])
                    .replace("%2", ", ".join(columns))
                )
        questions = [h for h, r in roles.items() if r == QUESTION]
        if not questions:
            return QCoreApplication.translate(
                "ColumnMapping", "No column is a question: mark at least one column as Question."
            )
        codes = [self._codes[h].text().strip() for h in questions]
        for header, code in zip(questions, codes, strict=True):
            if not code:
                return QCoreApplication.translate(
                    "ColumnMapping", "Column %1 needs a question code."
                ).replace("%1", header)
            if codes.count(code) > 1:
                return QCoreApplication.translate(
                    "ColumnMapping", "Two question columns have the code %1."
                ).replace("%1", code)
        return None

    def mapping(self) -> SurveyMapping:
        """What the user chose (call only when ``problem()`` is None)."""
        mapping = SurveyMapping(survey=self._survey)
        for header, role in self.roles().items():
            if role == QUESTION:
                code = self._codes[header].text().strip()
                before = self._canonical.get(header)
                canonical = before.canonical if before is not None and before.code == code else None
                mapping.questions[header] = QuestionColumn(code, canonical)
            elif role == IGNORE:
                mapping.ignore.append(header)
            else:
                mapping.identity[Identity(role)] = header
        return mapping

    @Slot(int)
    def _role_changed(self, _index: int) -> None:
        for header, box in self._roles.items():
            self._codes[header].setEnabled(box.currentData() == QUESTION)
        self.mapping_edited.emit()
