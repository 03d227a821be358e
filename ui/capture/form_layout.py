"""The capture form's widgets and their layout, apart from what the form does with them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.capture.list_models import ContactResultsModel
from ui.delegates.natural_direction_delegate import NaturalDirectionDelegate
from ui.models import labels

RESULT_ROWS = 6  # rows of look-up results visible without scrolling
ERROR_STYLE = "color: #b3261e;"


@dataclass
class FormWidgets:
    search: QLineEdit
    results: QListView
    contact: QLabel
    new_contact_button: QPushButton
    new_contact_box: QFrame
    new_contact: dict[str, QLineEdit]  # name, phone, email, customer_number
    text: QPlainTextEdit
    kind: QComboBox
    channel: QComboBox
    category: QComboBox
    suggestion: QLabel
    pending: QLabel
    add_button: QPushButton
    save_button: QPushButton
    status: QLabel
    errors: dict[str, QLabel]

    def set_error(self, field: str, message: str) -> None:
        """Show ``message`` under ``field`` (empty: none)."""
        label = self.errors.get(field)
        if label is None:
            return
        label.setText(message[:1].upper() + message[1:])  # services word reasons to follow a field name
        label.setVisible(bool(message))

    def clear_errors(self) -> None:
        for field in self.errors:
            self.set_error(field, "")

    def set_compact(self, compact: bool) -> None:
        """Short button labels when compact, so the window fits beside other software.

        The shortcuts move to the tooltips then; the full labels teach them.
        """
        for button, full, short, keys in (
            (
                self.new_contact_button,
                QCoreApplication.translate("Capture", "New contact… (Ctrl+Shift+N)"),
                QCoreApplication.translate("Capture", "New contact…"),
                "Ctrl+Shift+N",
            ),
            (
                self.add_button,
                QCoreApplication.translate("Capture", "Add another item (Ctrl+Shift+Enter)"),
                QCoreApplication.translate("Capture", "Add item"),
                "Ctrl+Shift+Enter",
            ),
        ):
            button.setText(short if compact else full)
            button.setToolTip(keys)

    def field(self, name: str) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            **self.new_contact,
            "text": self.text,
            "kind": self.kind,
            "channel": self.channel,
            "category": self.category,
        }
        return widgets.get(name)


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _combo(items: list[tuple[object, str]]) -> QComboBox:
    combo = QComboBox()
    for data, text in items:
        combo.addItem(text, data)
    return combo


def build_form(
    form: QWidget, results_model: ContactResultsModel, categories: list[tuple[int, str]]
) -> FormWidgets:
    errors = {
        name: _error_label()
        for name in (
            "name",
            "phone",
            "email",
            "customer_number",
            "text",
            "kind",
            "channel",
            "category",
            "pending",
        )
    }
    search = QLineEdit()
    search.setPlaceholderText(
        QCoreApplication.translate(
            "Capture", "Find the customer: phone, e-mail, name or customer number (Ctrl+L)"
        )
    )
    search.setClearButtonEnabled(True)
    results = QListView()
    results.setModel(results_model)
    results.setItemDelegate(NaturalDirectionDelegate(results))
    results.setUniformItemSizes(True)
    results.setMaximumHeight(results.fontMetrics().height() * RESULT_ROWS + 12)
    results.hide()
    contact = QLabel()
    contact.setTextFormat(Qt.TextFormat.PlainText)
    contact.setWordWrap(True)
    new_contact_button = QPushButton(QCoreApplication.translate("Capture", "New contact… (Ctrl+Shift+N)"))
    new_contact_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard users have the shortcut

    new_contact = {
        "name": QLineEdit(),
        "phone": QLineEdit(),
        "email": QLineEdit(),
        "customer_number": QLineEdit(),
    }
    new_contact["phone"].setPlaceholderText("+7 916 123-45-67, 0912 345 6789 …")
    new_contact["email"].setPlaceholderText("name@example.com")
    box = QFrame()
    box.setFrameShape(QFrame.Shape.StyledPanel)
    grid = QFormLayout(box)
    for key, title in (
        ("name", QCoreApplication.translate("Capture", "&Name")),
        ("phone", QCoreApplication.translate("Capture", "&Phone")),
        ("email", QCoreApplication.translate("Capture", "&E-mail")),
        ("customer_number", QCoreApplication.translate("Capture", "Customer n&umber")),
    ):
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(new_contact[key])
        cell.addWidget(errors[key])
        label = QLabel(title)
        label.setBuddy(new_contact[key])
        grid.addRow(label, cell)
    box.hide()

    text = QPlainTextEdit()
    text.setPlaceholderText(QCoreApplication.translate("Capture", "What the customer said, in their words"))
    text.setTabChangesFocus(True)
    text.setMinimumHeight(text.fontMetrics().height() * 5)
    text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    kinds = list(labels.kind_labels().items())
    kind = _combo([(code, f"{label}  (Ctrl+{n})") for n, (code, label) in enumerate(kinds, 1)])
    channel = _combo(list(labels.channel_labels().items()))
    category = _combo([(None, QCoreApplication.translate("Capture", "— no category —")), *categories])
    suggestion = QLabel()
    suggestion.setStyleSheet("color: palette(mid);")
    pending = QLabel()
    pending.setWordWrap(True)
    pending.setTextFormat(Qt.TextFormat.PlainText)
    pending.hide()
    add_button = QPushButton(QCoreApplication.translate("Capture", "Add another item (Ctrl+Shift+Enter)"))
    save_button = QPushButton(QCoreApplication.translate("Capture", "Save"))
    save_button.setDefault(True)
    save_button.setToolTip(QCoreApplication.translate("Capture", "Ctrl+Enter"))
    status = QLabel()
    status.setTextFormat(Qt.TextFormat.PlainText)

    layout = QVBoxLayout(form)
    layout.setContentsMargins(8, 8, 8, 8)
    search_row = QHBoxLayout()
    search_row.addWidget(search, 1)
    search_row.addWidget(new_contact_button)
    layout.addLayout(search_row)
    layout.addWidget(results)
    layout.addWidget(contact)
    layout.addWidget(box)
    text_label = QLabel(QCoreApplication.translate("Capture", "&What did the customer say?"))
    text_label.setBuddy(text)
    layout.addWidget(text_label)
    layout.addWidget(pending)
    layout.addWidget(errors["pending"])
    layout.addWidget(text, 1)
    layout.addWidget(errors["text"])
    fields = QGridLayout()
    for column, (title, combo) in enumerate(
        (
            (QCoreApplication.translate("Capture", "&Kind"), kind),
            (QCoreApplication.translate("Capture", "C&hannel"), channel),
            (QCoreApplication.translate("Capture", "Ca&tegory"), category),
        )
    ):
        label = QLabel(title)
        label.setBuddy(combo)
        fields.addWidget(label, 0, column)
        fields.addWidget(combo, 1, column)
        fields.addWidget(errors[("kind", "channel", "category")[column]], 2, column)
        fields.setColumnStretch(column, 1)
    layout.addLayout(fields)
    layout.addWidget(suggestion)
    buttons = QHBoxLayout()
    buttons.addWidget(status, 1)
    buttons.addWidget(add_button)
    buttons.addWidget(save_button)
    layout.addLayout(buttons)

    return FormWidgets(
        search=search,
        results=results,
        contact=contact,
        new_contact_button=new_contact_button,
        new_contact_box=box,
        new_contact=new_contact,
        text=text,
        kind=kind,
        channel=channel,
        category=category,
        suggestion=suggestion,
        pending=pending,
        add_button=add_button,
        save_button=save_button,
        status=status,
        errors=errors,
    )
