"""Reshape the EUMS member-state table into Entente's spreadsheet shape (ties, actors, sources).

Usage: python3 seeds/eu/reshape.py ../shared/realdata/eu_member_states.csv seeds/eu/
Only the columns used are read: member_state, accession_date, exit_date (NA when none).
"""
import csv
import sys

src, out = sys.argv[1], sys.argv[2].rstrip("/") + "/"
rows = list(csv.DictReader(open(src, newline="", encoding="utf-8")))
with open(out + "sources.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["ID", "Title", "Author", "URL", "Note"])
    w.writerow(["src-eums", "The European Union Member States (EUMS) Database", "Joshua C. Fjelstul",
                "https://github.com/jfjelstul/eums",
                "File data-raw/member_states_raw.csv (MIT licence): accession and exit dates of each member state."])
with open(out + "actors.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Name", "Kind", "Aliases", "Region", "Citation"])
    w.writerow(["European Union", "organization", "EU|European Communities", "europe", "src-eums"])
    for r in rows:
        w.writerow([r["member_state"], "state", r["member_state_code"], "europe", "src-eums"])
with open(out + "ties.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["From", "To", "Relation", "Start", "End", "Citation"])
    for r in rows:
        w.writerow([r["member_state"], "European Union", "member", r["accession_date"], r["exit_date"], "src-eums"])
