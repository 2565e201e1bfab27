"""Translated labels for the law's codes (the same words as app/labels.py, through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def reception_type(code: str) -> str:
    return {"regular": _t("Thường xuyên"), "scheduled": _t("Định kỳ"),
            "adhoc": _t("Đột xuất")}.get(code, code)


def category(code: str) -> str:
    return {"KN": _t("Khiếu nại"), "TC": _t("Tố cáo"), "KNPA": _t("Kiến nghị, phản ánh"),
            "OTHER": _t("Khác")}.get(code, code)


def received_by(code: str) -> str:
    return {"officer": _t("Cán bộ tiếp công dân"), "head": _t("Người đứng đầu trực tiếp tiếp"),
            "deputy": _t("Cấp phó được ủy quyền tiếp")}.get(code, code)


def outcome(code: str) -> str:
    return {
        "answered": _t("Giải thích, trả lời trực tiếp"),
        "petition_received": _t("Tiếp nhận đơn, đề xuất thụ lý"),
        "guided": _t("Trả lại đơn và hướng dẫn"),
        "transferred": _t("Chuyển đơn đến cơ quan có thẩm quyền"),
        "appointment": _t("Hẹn gặp người đứng đầu"),
        "refused": _t("Từ chối tiếp"),
    }.get(code, code)


def repeat(code: str) -> str:
    return {"first": _t("Lần đầu"), "repeat": _t("Nhiều lần")}.get(code, code)


def role(code: str) -> str:
    return {"petitioner": _t("Người đứng đơn"), "representative": _t("Người đại diện"),
            "authorised": _t("Người được ủy quyền"), "lawyer": _t("Luật sư, trợ giúp viên pháp lý"),
            "organisation": _t("Đại diện cơ quan, tổ chức")}.get(code, code)


def gender(code: str | None) -> str:
    return {"male": _t("Nam"), "female": _t("Nữ")}.get(code or "", "")


RECEPTION_TYPES = ("regular", "scheduled", "adhoc")
CATEGORIES = ("KNPA", "KN", "TC", "OTHER")
RECEIVED_BY = ("officer", "head", "deputy")
OUTCOMES = ("answered", "petition_received", "guided", "transferred", "appointment", "refused")
REPEATS = ("first", "repeat")
ROLES = ("petitioner", "representative", "authorised", "lawyer", "organisation")
