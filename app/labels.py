"""Vietnamese labels for the codes of the law, for human output (CLI, print).

The GUI shows the same words through Qt's translation functions (app/ui/labels.py).
"""

from __future__ import annotations

from app.text import labels

RECEPTION_TYPE = labels({"regular": "Thường xuyên", "scheduled": "Định kỳ", "adhoc": "Đột xuất"})
CATEGORY = labels({"KN": "Khiếu nại", "TC": "Tố cáo", "KNPA": "Kiến nghị, phản ánh", "OTHER": "Khác"})
RECEIVED_BY = labels({
    "officer": "Cán bộ tiếp công dân",
    "head": "Người đứng đầu trực tiếp tiếp",
    "deputy": "Cấp phó được ủy quyền tiếp",
})
OUTCOME = labels({
    "answered": "Giải thích, trả lời trực tiếp",
    "petition_received": "Tiếp nhận đơn, đề xuất thụ lý",
    "guided": "Trả lại đơn và hướng dẫn",
    "transferred": "Chuyển đơn đến cơ quan có thẩm quyền",
    "appointment": "Hẹn gặp người đứng đầu",
    "refused": "Từ chối tiếp",
})
REPEAT = labels({"first": "Lần đầu", "repeat": "Nhiều lần"})
ROLE = labels({
    "petitioner": "Người đứng đơn",
    "representative": "Người đại diện",
    "authorised": "Người được ủy quyền",
    "lawyer": "Luật sư, trợ giúp viên pháp lý",
    "organisation": "Đại diện cơ quan, tổ chức",
})
GENDER = labels({"male": "Nam", "female": "Nữ"})
# The «Đồng bộ» column's words (app/sync/states.py codes; the GUI's: app/ui/labels.py sync_state)
SYNC_STATE = labels({"new": "Chưa gửi", "sent": "Đã gửi", "acknowledged": "Đã nhận",
                     "refused": "Bị từ chối", "received": "Từ cơ quan khác"})
