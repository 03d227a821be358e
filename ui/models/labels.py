"""Words a user reads for the codes stored in the database (channel, kind, status, language).

Each string is a literal ``translate`` call, so ``pyside6-lupdate`` finds it.
Build the tables again after the language changes; an unknown code is shown as is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def channel_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "phone": translate("FeedbackLabels", "Phone"),
        "email": translate("FeedbackLabels", "E-mail"),
        "chat": translate("FeedbackLabels", "Chat"),
        "social": translate("FeedbackLabels", "Social media"),
        "web_form": translate("FeedbackLabels", "Web form"),
        "self_service": translate("FeedbackLabels", "Self-service"),
        "in_person": translate("FeedbackLabels", "In person"),
        "survey": translate("FeedbackLabels", "Survey"),
        "letter": translate("FeedbackLabels", "Letter"),
    }


def kind_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "complaint": translate("FeedbackLabels", "Complaint"),
        "suggestion": translate("FeedbackLabels", "Idea"),
        "question": translate("FeedbackLabels", "Question"),
        "praise": translate("FeedbackLabels", "Praise"),
    }


def status_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "new": translate("FeedbackLabels", "New"),
        "triaged": translate("FeedbackLabels", "Triaged"),
        "linked": translate("FeedbackLabels", "In improvement"),
        "duplicate": translate("FeedbackLabels", "Duplicate"),
        "answered": translate("FeedbackLabels", "Answered"),
        "closed": translate("FeedbackLabels", "Closed"),
    }


def language_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "en": translate("FeedbackLabels", "English"),
        "ru": translate("FeedbackLabels", "Russian"),
        "fa": translate("FeedbackLabels", "Persian"),
    }


def category_labels() -> dict[str, str]:
    """The base categories (app/reference_data.py), by the English name they are stored with.

    Categories an administrator added or renamed are shown as they are stored.
    """
    translate = QCoreApplication.translate
    return {
        "Delivery": translate("FeedbackLabels", "Delivery"),
        "Billing and payments": translate("FeedbackLabels", "Billing and payments"),
        "Service quality": translate("FeedbackLabels", "Service quality"),
        "Staff and courtesy": translate("FeedbackLabels", "Staff and courtesy"),
        "Waiting time": translate("FeedbackLabels", "Waiting time"),
        "Product": translate("FeedbackLabels", "Product"),
        "Website and app": translate("FeedbackLabels", "Website and app"),
        "Communication": translate("FeedbackLabels", "Communication"),
        "Facilities": translate("FeedbackLabels", "Facilities"),
        "Pricing": translate("FeedbackLabels", "Pricing"),
    }


def category_label(name: str) -> str:
    """A category's name in the user's language (see ``category_labels``)."""
    return category_labels().get(name, name)
