"""Write fixtures/punjab_district_offices.csv, the demo's openings CSV, from the district
list: a district labour office in every Punjab district, named in English and Urdu.

Lahore and Sialkot are left out: the demo has its own offices there (LHD, SKT), whose
logins it prints. Codes are made as the large demo makes them (Faisalabad: FSL).
Addresses and helplines are placeholders. Stdlib only:

    python scripts/punjab_offices_csv.py
"""

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DISTRICTS = ROOT / "fixtures" / "districts.json"
OUTPUT = ROOT / "fixtures" / "punjab_district_offices.csv"
DEMO_OFFICE_DISTRICTS = {"Lahore", "Sialkot"}
TAKEN_CODES = {"LHR", "LHD", "SKT"}
COLUMNS = ["code", "district", "name_en", "name_ur", "address_en", "address_ur", "helpline"]


def centre_code(name: str, taken: set) -> str:
    """Three to five capitals from the name: its consonants first (Faisalabad: FSL)."""
    letters = "".join(ch for ch in name.upper() if "A" <= ch <= "Z")
    consonants = letters[0] + "".join(ch for ch in letters[1:] if ch not in "AEIOU")
    for candidate in (consonants[:3], letters[:3], consonants[:4], letters[:4], letters[:5]):
        if len(candidate) >= 3 and candidate not in taken:
            return candidate
    raise ValueError(f"no free code for {name}")


def punjab_offices() -> list[dict]:
    entries = json.loads(DISTRICTS.read_text(encoding="utf-8"))
    [punjab] = [
        e["pk"]
        for e in entries
        if e["model"] == "centres.province" and e["fields"]["name_en"] == "Punjab"
    ]
    districts = sorted(
        (
            e["fields"]
            for e in entries
            if e["model"] == "centres.district" and e["fields"]["province"] == punjab
        ),
        key=lambda fields: fields["name_en"],
    )
    taken = set(TAKEN_CODES)
    rows = []
    for n, district in enumerate(districts, start=1):
        english, urdu = district["name_en"], district["name_ur"]
        if english in DEMO_OFFICE_DISTRICTS:
            continue
        code = centre_code(english, taken)
        taken.add(code)
        rows.append(
            {
                "code": code,
                "district": english,
                "name_en": f"District Labour Office {english}",
                "name_ur": f"ضلعی لیبر آفس {urdu}",
                "address_en": f"District Labour Office, District Complex, {english}",
                "address_ur": f"ضلعی لیبر آفس، ڈسٹرکٹ کمپلیکس، {urdu}",
                "helpline": f"042 99201{n:03d}",
            }
        )
    return rows


def write(path: Path = OUTPUT) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(punjab_offices())


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT)
