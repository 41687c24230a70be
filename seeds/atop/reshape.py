"""Reshape ATOP v4 member-level alliances, joined to the Correlates of War state list, into Entente's
spreadsheet shape (sources.csv, actors.csv, ties.csv), keeping every alliance phase in force at any time
from 1945 on (an exit year of 0 means "still in force when ATOP v4 ends, 2018").

Usage: python3 seeds/atop/reshape.py ../shared/realdata seeds/atop/
Reads atop4_member_level.csv, atop4_alliance_level.csv and cow_states2016.csv from the first folder.
A bilateral alliance becomes one 'allied-with' tie between its two members; a multilateral alliance becomes
an actor (kind alliance) with one 'member-of' tie per member and phase.
"""
import csv
import sys
from collections import defaultdict

src, out = sys.argv[1].rstrip("/") + "/", sys.argv[2].rstrip("/") + "/"
SINCE = 1945
# ATOP names alliances by number only; these two are named from the public record (their founding dates
# and members in ATOP match: the North Atlantic Treaty of 4 April 1949 and the Warsaw Pact of 14 May 1955).
KNOWN = {"3180": ("NATO (ATOP 3180)", "NATO|North Atlantic Treaty"),
         "3285": ("Warsaw Pact (ATOP 3285)", "Warsaw Pact|Warsaw Treaty Organization")}
OBLIGATIONS = [("defense", "defence"), ("offense", "offence"), ("neutral", "neutrality"),
               ("nonagg", "non-aggression"), ("consul", "consultation")]


def read(name):
    with open(src + name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def date(y, m, d):
    y, m, d = (int(v) if v and v.strip() not in ("", "NA", ".") else 0 for v in (y, m, d))
    if y <= 0:
        return ""
    if m <= 0:
        return "%04d" % y
    if d <= 0:
        return "%04d-%02d" % (y, m)
    return "%04d-%02d-%02d" % (y, m, d)


def region(code):
    c = int(code)
    if c < 100: return "north-america"
    if c < 200: return "other"
    if c == 365: return "eurasia"
    if c < 400: return "europe"
    if c < 600: return "other"
    if c < 700: return "middle-east"
    if c < 710: return "eurasia"
    return "indo-pacific"


def obligations(r):
    words = [w for col, w in OBLIGATIONS if r.get(col, "0") not in ("", "0")]
    return ", ".join(words) if words else "no listed obligation"


states = {}
for r in read("cow_states2016.csv"):
    states.setdefault(r["ccode"], (r["statenme"], r["stateabb"]))
alliances = {r["atopid"]: r for r in read("atop4_alliance_level.csv")}
members = read("atop4_member_level.csv")
in_force = [r for r in members if r["yrexit"] in ("0", "") or int(r["yrexit"]) >= SINCE]
for r in in_force:
    if r["member"] not in states:
        sys.exit("member %s of ATOP %s is not in the COW state list" % (r["member"], r["atopid"]))

by_phase = defaultdict(list)
for r in in_force:
    by_phase[(r["atopid"], r["phase"])].append(r)
bilateral = {k for k, rs in by_phase.items() if rs[0]["bilat"] == "1" and len({r["member"] for r in rs}) == 2}

with open(out + "sources.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["ID", "Title", "Author", "Publisher", "URL", "Note"])
    w.writerow(["src-atop-v4", "Alliance Treaty Obligations and Provisions (ATOP), version 4",
                "Brett Ashley Leeds, Jeffrey M. Ritter, Sara McLaughlin Mitchell, Andrew G. Long", "ATOP project",
                "http://www.atopdata.org/",
                "Member-level and alliance-level files as copied in the public repository joshuaalley/arms-allies "
                "(data/atop-member-level.csv, data/atop-alliance-level.csv): who joined which alliance and when."])
    w.writerow(["src-cow-states-2016", "State System Membership List, v2016", "Correlates of War Project",
                "Correlates of War Project", "https://correlatesofwar.org/data-sets/state-system-membership/",
                "File states2016.csv as copied in the public repository dieghernan/igoR (data-raw/states2016.csv): "
                "the names and abbreviations of states by COW code."])

used_states = sorted({r["member"] for r in in_force}, key=int)
multi = sorted({k[0] for k in by_phase if k not in bilateral}, key=int)
with open(out + "actors.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["ID", "Name", "Kind", "Aliases", "Region", "Start", "End", "Description", "Citation"])
    for code in used_states:
        name, abb = states[code]
        w.writerow(["cow-" + abb.lower(), name, "state", abb, region(code), "", "", "", "src-cow-states-2016"])
    for a in multi:
        al = alliances[a]
        name, aliases = KNOWN.get(a, ("ATOP alliance " + a, ""))
        start = date(al["begyr"], al["begmo"], al["begday"])
        end = "" if al["endyr"] in ("0", "") else date(al["endyr"], al["endmo"], al["endday"])
        w.writerow(["atop-" + a, name, "alliance", aliases, "global", start, end,
                    "Multilateral alliance number %s in ATOP v4 (%s)." % (a, obligations(al)), "src-atop-v4"])

with open(out + "ties.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["From", "To", "Relation", "Start", "End", "Description", "Citation"])
    for (a, phase), rs in sorted(by_phase.items(), key=lambda kv: (int(kv[0][0]), int(kv[0][1]))):
        ph = "" if rs[0]["maxphase"] in ("0", "") else ", phase %s" % phase
        if (a, phase) in bilateral:
            one, two = sorted({r["member"] for r in rs}, key=int)
            start = max(date(r["yrent"], r["moent"], r["dayent"]) for r in rs)
            ends = [date(r["yrexit"], r["moexit"], r["dayexit"]) for r in rs if r["yrexit"] not in ("0", "")]
            end = min(ends) if len(ends) == len(rs) else ""
            w.writerow(["cow-" + states[one][1].lower(), "cow-" + states[two][1].lower(), "allied-with", start, end,
                        "Bilateral alliance %s in ATOP v4%s (%s)." % (a, ph, obligations(rs[0])), "src-atop-v4"])
        else:
            for r in sorted(rs, key=lambda r: (int(r["member"]), r["yrent"])):
                end = "" if r["yrexit"] in ("0", "") else date(r["yrexit"], r["moexit"], r["dayexit"])
                w.writerow(["cow-" + states[r["member"]][1].lower(), "atop-" + a, "member-of",
                            date(r["yrent"], r["moent"], r["dayent"]), end,
                            "Member of alliance %s in ATOP v4%s (%s)." % (a, ph, obligations(r)), "src-atop-v4"])
