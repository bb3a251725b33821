"""Leaders of the countries (and periods) that leaders_data.txt does not cover, for build_leaders.py.

Source: the Wikidata heads-of-state/government extract in
../shared/data/leaders/wikidata-heads/leaders_history.csv (CC0, to October 2025), plus the
hand-checked changes of October 2025 to November 2026 in leaders_recent.txt (team knowledge).

What is taken, and how it is cleaned (every step is deterministic):
  * rows with a parseable start, in office on or after 1945-01-01, in a country of countries.tsv;
  * for a (country, role) that leaders_data.txt covers, only the rows that ended by the first
    hand-curated start of that (country, role) (the earlier history); the hand rows win after it;
  * one person's duplicate or overlapping rows in one (country, role, office) are merged;
  * in a (country, role, office) held by one person at a time, a term that runs past the start
    of the next holder's term (or has no end) ends on that start;
  * offices held jointly (San Marino's two Captains Regent, Andorra's two co-princes, the
    presidency of Bosnia and Herzegovina, Switzerland's Federal Council) keep their overlaps and
    are marked tenure=joint;
  * in the Commonwealth realms the British monarch gets office `monarch` and the other
    head_of_state rows office `governor_general` (the monarch's representative);
  * roles are clipped to the validity dates of their country in countries.tsv;
  * office titles are not in the extract: `head_of_state` and `head_of_government` are used.
"""
import csv
import re
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

START = date(1945, 1, 1)
REVIEW = date(2026, 11, 30)
JOINT = {("SMR", "head_of_state"), ("SMR", "head_of_government"), ("AND", "head_of_state"),
         ("BIH", "head_of_state"), ("CHE", "head_of_state")}
MONARCHS = {"Q9682", "Q43274", "Q280856"}  # Elizabeth II, Charles III, George VI
# Rows of the extract known to be wrong (person, country, role).
BAD = {("Q7180938", "USA", "head_of_state")}  # "Phil Baker"


def parse_date(s):
    s = (s or "").strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})T", s)
    if not m:
        return None
    try:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return date(y, max(mo, 1), max(d, 1))
    except ValueError:
        return None


def read_recent(path):
    """leaders_recent.txt: country role from to person_id name (same conventions as leaders_data.txt)."""
    rows = []
    if not path.exists():
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split(None, 6)
        if len(parts) != 7:
            sys.exit(f"{path}:{n}: expected 7 fields: {line}")
        ctry, office, role, start, end, pid, name = parts
        roles = {"S": ["head_of_state"], "G": ["head_of_government"],
                 "B": ["head_of_state", "head_of_government"]}[role]
        for r in roles:
            rows.append(dict(pid=pid, name=name, ctry=ctry, role=r, office=office,
                             start=date.fromisoformat(start),
                             end=None if end == "-" else date.fromisoformat(end), source="team"))
    return rows


def imported(shared, hand_roles, countries, recent_path):
    """Returns (names: pid -> name, roles: list of dicts)."""
    f = Path(shared) / "data" / "leaders" / "wikidata-heads" / "leaders_history.csv"
    first_hand = {}
    for pid, ctry, office, role, start, end in hand_roles:
        k = (ctry, role)
        d = date.fromisoformat(start)
        if k not in first_hand or d < first_hand[k]:
            first_hand[k] = d
    raw = []
    with open(f, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            ctry, role, pid, name = r["iso3"], r["role"], r["person_qid"].strip(), r["person"].strip()
            if ctry not in countries or role not in ("head_of_state", "head_of_government"):
                continue
            if not re.fullmatch(r"Q\d+", pid) or not name or re.fullmatch(r"Q\d+", name) or "://" in name:
                continue
            if (pid, ctry, role) in BAD:
                continue
            s, e = parse_date(r["start"]), parse_date(r["end"])
            if s is None or s > REVIEW or (e is not None and e < START) or (e is not None and e < s):
                continue
            if e is None and s < date(1930, 1, 1):
                continue
            if (ctry, role) in first_hand and not (e is not None and e <= first_hand[(ctry, role)] + timedelta(days=3)):
                continue
            if e is not None and (ctry, role) in first_hand and e > first_hand[(ctry, role)]:
                e = first_hand[(ctry, role)]
            raw.append(dict(pid=pid, name=name, ctry=ctry, role=role, start=s, end=e, source="wikidata"))
    recent = read_recent(recent_path)
    monarch_realms = {r["ctry"] for r in raw if r["pid"] in MONARCHS and r["role"] == "head_of_state"}
    for r in raw:
        if r["role"] == "head_of_government":
            r["office"] = "head_of_government"
        elif r["ctry"] in monarch_realms:
            r["office"] = "monarch" if r["pid"] in MONARCHS else "governor_general"
        else:
            r["office"] = "head_of_state"
    # a hand-checked recent row starts after the extract: its start ends the previous term
    for r in recent:
        if r["role"] == "head_of_government":
            r["office"] = "head_of_government"
        else:
            r["office"] = "head_of_state"
    raw = raw + recent

    groups = defaultdict(list)
    for r in raw:
        groups[(r["ctry"], r["role"], r["office"])].append(r)
    out = []
    far = date(9999, 12, 31)
    for (ctry, role, office), rows in sorted(groups.items()):
        # merge one person's overlapping or touching rows
        by_person = defaultdict(list)
        for r in rows:
            by_person[r["pid"]].append(r)
        merged = []
        for pid, rs in by_person.items():
            rs.sort(key=lambda r: r["start"])
            cur = None
            for r in rs:
                if cur and (cur["end"] is None or r["start"] <= cur["end"] + timedelta(days=31)):
                    if cur["end"] is not None and (r["end"] is None or r["end"] > cur["end"]):
                        cur["end"] = r["end"]
                    if r["source"] == "team":
                        cur["source"] = "team"
                else:
                    cur = dict(r)
                    merged.append(cur)
        merged.sort(key=lambda r: (r["start"], r["end"] or far, r["pid"]))
        joint = (ctry, role) in JOINT
        if not joint:
            kept = []
            for i, r in enumerate(merged):
                if kept and kept[-1]["start"] == r["start"]:
                    # two holders from the same day: keep the hand-checked or the longer one
                    prev = kept[-1]
                    if r["source"] == "team" or (prev["source"] != "team" and (r["end"] or far) > (prev["end"] or far)):
                        kept[-1] = r
                    continue
                kept.append(r)
            for i in range(len(kept) - 1):
                nxt = kept[i + 1]["start"]
                if kept[i]["end"] is None or kept[i]["end"] > nxt:
                    kept[i]["end"] = nxt
            merged = kept
        for r in merged:
            r["tenure"] = "joint" if joint else ""
            c = countries[ctry]
            vf, vt = c["valid_from"], c["valid_to"]
            if vf and r["start"] < vf:
                if r["end"] is not None and r["end"] <= vf:
                    continue
                r["start"] = vf
            if vt and r["start"] >= vt:
                continue
            if vt and (r["end"] is None or r["end"] > vt):
                r["end"] = vt
            out.append(r)
    names = {}
    for r in out:
        names.setdefault(r["pid"], r["name"])
    return names, out
