"""File → Settings… (Ctrl+,): the settings of app/settings.py, titled in the user's language.

The language applies after a restart, which the dialog offers and performs
itself (ui/i18n.py ``restart``): the same command line starts again.

Preview: ``python -m ui.settings_dialog``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import settings
from ui import i18n


def setting_title(setting: settings.Setting[Any]) -> str:
    """The title of a setting in the user's language (declared with QT_TRANSLATE_NOOP("Settings", ...))."""
    return QCoreApplication.translate("Settings", setting.title)


class SettingsDialog(QDialog):
    """One row per registered setting, an editor chosen by its type; OK saves what changed."""

    language_changed = Signal(str)  # the language setting was saved with a new value (applies on restart)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings — Kaizen Desk"))
        self._settings = settings.current()
        self.editors: dict[str, QWidget] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for setting in settings.REGISTRY.values():
            editor = self._editor(setting)
            self.editors[setting.key] = editor
            title = QLabel(setting_title(setting))
            title.setWordWrap(True)
            title.setBuddy(editor)
            form.addRow(title, editor)
        self.language = self.editors[settings.LANGUAGE.key]

        self._note = QLabel(self.tr("A new language applies when Kaizen Desk starts again."))
        self._note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _editor(self, setting: settings.Setting[Any]) -> QWidget:
        value = self._settings.get(setting)
        if setting is settings.LANGUAGE:
            combo = QComboBox()
            system = i18n.NATIVE_NAMES[i18n.system_language()]
            combo.addItem(self.tr("As the system (%1)").replace("%1", system), "system")
            for code in i18n.LANGUAGES:
                # Each language in its own words: whoever cannot read the current one finds theirs.
                combo.addItem(i18n.NATIVE_NAMES[code], code)
            combo.setCurrentIndex(combo.findData(value))
            return combo
        if setting.choices is not None:
            combo = QComboBox()
            for choice in setting.choices:
                combo.addItem(str(choice), choice)
            combo.setCurrentIndex(combo.findData(value))
            return combo
        if setting.type is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if setting.type is int:
            spin = QSpinBox()
            spin.setRange(0, 1_000_000)
            spin.setValue(int(value))
            return spin
        if setting.type is float:
            dspin = QDoubleSpinBox()
            dspin.setRange(0.0, 1_000_000.0)
            dspin.setDecimals(2)
            dspin.setSingleStep(0.05)
            dspin.setValue(float(value))
            return dspin
        line = QLineEdit(str(value))
        return line

    def edited_value(self, setting: settings.Setting[Any]) -> Any:
        editor = self.editors[setting.key]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    @Slot()
    def accept(self) -> None:
        """Save what changed; when the language changed, offer to restart now."""
        old_language = self._settings.get(settings.LANGUAGE)
        for setting in settings.REGISTRY.values():
            value = self.edited_value(setting)
            if value != self._settings.get(setting):
                self._settings.set(setting, value)
        super().accept()
        chosen = self._settings.get(settings.LANGUAGE)
        if chosen != old_language:
            self.language_changed.emit(chosen)
            if self.ask_restart():
                i18n.restart()

    def ask_restart(self) -> bool:
        answer = QMessageBox.question(
            self.parentWidget(),
            self.tr("Restart Kaizen Desk?"),
            self.tr(
                "The new language applies when Kaizen Desk starts again. Restart now? "
                "Open windows close; a capture not yet saved is kept as a draft."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes


def _preview() -> int:
    from ui.application import create_application

    app = create_application()
    dialog = SettingsDialog()
    dialog.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(_preview())
