"""Translated labels for the law's codes (the same words as app/labels.py, through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def reception_type(code: str) -> str:
    return {"regular": translate("labels", "Thường xuyên"), "scheduled": translate("labels", "Định kỳ"),
            "adhoc": translate("labels", "Đột xuất")}.get(code, code)


def category(code: str) -> str:
    return {"KN": translate("labels", "Khiếu nại"), "TC": translate("labels", "Tố cáo"), "KNPA": translate("labels", "Kiến nghị, phản ánh"),
            "OTHER": translate("labels", "Khác")}.get(code, code)


def received_by(code: str) -> str:
    return {"officer": translate("labels", "Cán bộ tiếp công dân"), "head": translate("labels", "Người đứng đầu trực tiếp tiếp"),
            "deputy": translate("labels", "Cấp phó được ủy quyền tiếp")}.get(code, code)


def outcome(code: str) -> str:
    return {
        "answered": translate("labels", "Giải thích, trả lời trực tiếp"),
        "petition_received": translate("labels", "Tiếp nhận đơn, đề xuất thụ lý"),
        "guided": translate("labels", "Trả lại đơn và hướng dẫn"),
        "transferred": translate("labels", "Chuyển đơn đến cơ quan có thẩm quyền"),
        "appointment": translate("labels", "Hẹn gặp người đứng đầu"),
        "refused": translate("labels", "Từ chối tiếp"),
    }.get(code, code)


def repeat(code: str) -> str:
    return {"first": translate("labels", "Lần đầu"), "repeat": translate("labels", "Nhiều lần")}.get(code, code)


def role(code: str) -> str:
    return {"petitioner": translate("labels", "Người đứng đơn"), "representative": translate("labels", "Người đại diện"),
            "authorised": translate("labels", "Người được ủy quyền"), "lawyer": translate("labels", "Luật sư, trợ giúp viên pháp lý"),
            "organisation": translate("labels", "Đại diện cơ quan, tổ chức")}.get(code, code)


def gender(code: str | None) -> str:
    return {"male": translate("labels", "Nam"), "female": translate("labels", "Nữ")}.get(code or "", "")


RECEPTION_TYPES = ("regular", "scheduled", "adhoc")
CATEGORIES = ("KNPA", "KN", "TC", "OTHER")
RECEIVED_BY = ("officer", "head", "deputy")
OUTCOMES = ("answered", "petition_received", "guided", "transferred", "appointment", "refused")
REPEATS = ("first", "repeat")
ROLES = ("petitioner", "representative", "authorised", "lawyer", "organisation")
