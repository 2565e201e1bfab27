"""Rebuild resources/admin_units/dvhc-2025.json from the vietnam-provinces package's data.

    pip download --no-deps vietnam-provinces==2025.10.1 && unzip vietnam_provinces-*.whl
    python scripts/make_admin_units.py vietnam_provinces/data/nested-divisions.json

Only names and codes are kept (province: 2 digits, xã/phường/đặc khu: 5 digits, as in the
official list); see resources/admin_units/NGUON.md for the source and licence.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "admin_units" / "dvhc-2025.json"


def main(source: str) -> None:
    nested = json.loads(Path(source).read_text(encoding="utf-8"))
    provinces = [{"code": f"{p['code']:02d}", "name": p["name"],
                  "units": [[f"{w['code']:05d}", w["name"]]
                            for w in sorted(p["wards"], key=lambda w: w["code"])]}
                 for p in sorted(nested, key=lambda p: p["code"])]
    data = {"source": "vietnam-provinces 2025.10.1 (danh mục ĐVHC sau sắp xếp 01/7/2025)",
            "provinces": provinces}
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{OUT}: {len(provinces)} tỉnh, thành phố; "
          f"{sum(len(p['units']) for p in provinces)} xã, phường, đặc khu")


if __name__ == "__main__":
    main(sys.argv[1])
