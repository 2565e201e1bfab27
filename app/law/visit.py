"""Codes the law names for a visit: reception types, categories, outcomes (LAW.md §4.2, §6.1)."""

from __future__ import annotations

from enum import StrEnum


class ReceptionType(StrEnum):
    REGULAR = "regular"  # thường xuyên
    SCHEDULED = "scheduled"  # định kỳ
    ADHOC = "adhoc"  # đột xuất


class Category(StrEnum):
    KN = "KN"  # khiếu nại
    TC = "TC"  # tố cáo
    KNPA = "KNPA"  # kiến nghị, phản ánh
    OTHER = "OTHER"  # khác (hỏi chính sách...)


class ReceivedBy(StrEnum):
    OFFICER = "officer"  # cán bộ tiếp công dân
    HEAD = "head"  # người đứng đầu trực tiếp tiếp
    DEPUTY = "deputy"  # cấp phó được ủy quyền tiếp thay


class Outcome(StrEnum):
    ANSWERED = "answered"  # giải thích, trả lời trực tiếp
    PETITION_RECEIVED = "petition_received"  # tiếp nhận đơn / thụ lý để giải quyết
    GUIDED = "guided"  # trả lại đơn và hướng dẫn
    TRANSFERRED = "transferred"  # chuyển đơn đến cơ quan có thẩm quyền
    APPOINTMENT = "appointment"  # hẹn gặp người đứng đầu
    REFUSED = "refused"  # từ chối tiếp


class Repeat(StrEnum):
    FIRST = "first"  # tiếp lần đầu
    REPEAT = "repeat"  # tiếp nhiều lần cùng nội dung


class PersonRole(StrEnum):
    PETITIONER = "petitioner"  # người khiếu nại/tố cáo/kiến nghị
    REPRESENTATIVE = "representative"  # người đại diện
    AUTHORISED = "authorised"  # người được ủy quyền
    LAWYER = "lawyer"  # luật sư, trợ giúp viên pháp lý
    ORGANISATION = "organisation"  # đại diện cơ quan, tổ chức


def is_confidential(category: Category) -> bool:
    """A denunciation protects its author's identity from the moment it is saved (LAW.md §11)."""
    return category == Category.TC
