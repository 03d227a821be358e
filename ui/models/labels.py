"""Words a user reads for the codes stored in the database (channel, kind, status, language).

Each string is a literal ``translate`` call, so ``pyside6-lupdate`` finds it.
Build the tables again after the language changes; an unknown code is shown as is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def channel_labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "phone": t("FeedbackLabels", "Phone"),
        "email": t("FeedbackLabels", "E-mail"),
        "chat": t("FeedbackLabels", "Chat"),
        "social": t("FeedbackLabels", "Social media"),
        "web_form": t("FeedbackLabels", "Web form"),
        "self_service": t("FeedbackLabels", "Self-service"),
        "in_person": t("FeedbackLabels", "In person"),
        "survey": t("FeedbackLabels", "Survey"),
        "letter": t("FeedbackLabels", "Letter"),
    }


def kind_labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "complaint": t("FeedbackLabels", "Complaint"),
        "suggestion": t("FeedbackLabels", "Idea"),
        "question": t("FeedbackLabels", "Question"),
        "praise": t("FeedbackLabels", "Praise"),
    }


def status_labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "new": t("FeedbackLabels", "New"),
        "triaged": t("FeedbackLabels", "Triaged"),
        "linked": t("FeedbackLabels", "In improvement"),
        "duplicate": t("FeedbackLabels", "Duplicate"),
        "answered": t("FeedbackLabels", "Answered"),
        "closed": t("FeedbackLabels", "Closed"),
    }


def language_labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "en": t("FeedbackLabels", "English"),
        "ru": t("FeedbackLabels", "Russian"),
        "fa": t("FeedbackLabels", "Persian"),
    }
