#!/usr/bin/env python3
"""Consistency checks for the gazetteer TSV files (stdlib only). Exit status 1 on any error.

Usage: python3 src/tools/gazetteer/validate_gazetteer.py [gazetteer_dir]
"""
import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else \
    Path(__file__).resolve().parents[2] / "main" / "resources" / "gazetteer"
HEADERS = {
    "countries.tsv": "id wikidata_id name official_name kind valid_from valid_to successor_ids",
    "country_aliases.tsv": "country_id alias method flags",
    "leaders.tsv": "id name surname aliases surname_unambiguous",
    "leader_roles.tsv": "leader_id country_id office role from to",
    "topics.tsv": "id",
}
errors = []


def err(msg):
    errors.append(msg)


def read(name):
    rows, header = [], None
    for n, line in enumerate((DIR / name).read_text(encoding="utf-8").split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if header[:len(HEADERS[name].split())] != HEADERS[name].split():  # extra columns may follow
                err(f"{name}: bad header {header}")
            continue
        if len(cells) != len(header):
            err(f"{name}:{n}: {len(cells)} columns, expected {len(header)}")
            continue
        if any(c != c.strip() for c in cells):
            err(f"{name}:{n}: leading/trailing space")
        rows.append((n, dict(zip(header, cells))))
    return rows


def d(s, where):
    try:
        return date.fromisoformat(s)
    except ValueError:
        err(f"{where}: bad date {s!r}")
        return None


countries = read("countries.tsv")
cids = set()
for n, r in countries:
    if r["id"] in cids:
        err(f"countries.tsv:{n}: duplicate id {r['id']}")
    cids.add(r["id"])
    if not re.fullmatch(r"[A-Z]{3}", r["id"]):
        err(f"countries.tsv:{n}: bad id {r['id']}")
    if r["wikidata_id"] and not re.fullmatch(r"Q\d+", r["wikidata_id"]):
        err(f"countries.tsv:{n}: bad QID")
    if r["kind"] not in ("country", "territory", "historical"):
        err(f"countries.tsv:{n}: bad kind")
    f = d(r["valid_from"], f"countries.tsv:{n}") if r["valid_from"] else None
    t = d(r["valid_to"], f"countries.tsv:{n}") if r["valid_to"] else None
    if f and t and f > t:
        err(f"countries.tsv:{n}: valid_from > valid_to")
    if r["kind"] == "historical" and not (t and r["successor_ids"]):
        err(f"countries.tsv:{n}: historical state without end or successors")
qids = [r["wikidata_id"] for _, r in countries if r["wikidata_id"]]
for q in {q for q in qids if qids.count(q) > 1}:
    err(f"countries.tsv: QID {q} used twice")
for n, r in countries:
    for s in filter(None, r["successor_ids"].split("|")):
        if s not in cids:
            err(f"countries.tsv:{n}: unknown successor {s}")

seen = set()
for n, r in read("country_aliases.tsv"):
    key = (r["country_id"], r["alias"])
    if key in seen:
        err(f"country_aliases.tsv:{n}: duplicate {key}")
    seen.add(key)
    if r["country_id"] not in cids:
        err(f"country_aliases.tsv:{n}: unknown country {r['country_id']}")
    if r["method"] not in ("name", "abbreviation", "demonym", "capital", "seat", "city"):
        err(f"country_aliases.tsv:{n}: bad method {r['method']}")
    if len(r["alias"]) < 2:
        err(f"country_aliases.tsv:{n}: alias too short")
    for fl in filter(None, r["flags"].split("|")):
        if fl not in ("case", "ambiguous"):
            err(f"country_aliases.tsv:{n}: bad flag {fl}")
by_alias = defaultdict(list)
for cid, alias in seen:
    by_alias[alias].append(cid)
alias_flags = {(r["country_id"], r["alias"]): r["flags"] for _, r in read("country_aliases.tsv")}
historical = {r["id"] for _, r in countries if r["kind"] == "historical"}
for alias, owners in by_alias.items():
    live = [o for o in owners if o not in historical]
    if len(live) > 1 and not all("ambiguous" in alias_flags[(o, alias)] for o in live):
        err(f"country_aliases.tsv: alias {alias!r} under {owners} without the ambiguous flag")
for _, r in countries:
    if (r["id"], r["name"]) not in seen:
        err(f"country_aliases.tsv: name {r['name']!r} of {r['id']} missing")

leaders = read("leaders.tsv")
lids = set()
for n, r in leaders:
    if r["id"] in lids:
        err(f"leaders.tsv:{n}: duplicate id")
    lids.add(r["id"])
    if not re.fullmatch(r"Q\d+|NG-[a-z0-9-]+", r["id"]):
        err(f"leaders.tsv:{n}: bad id {r['id']}")
    if r["surname_unambiguous"] not in ("true", "false"):
        err(f"leaders.tsv:{n}: bad surname_unambiguous")
    al = [a for a in r["aliases"].split("|") if a]
    if len(set(al)) != len(al):
        err(f"leaders.tsv:{n}: duplicate alias")
    if r["surname"] in al:
        err(f"leaders.tsv:{n}: bare surname in aliases")

spans = defaultdict(list)
for n, r in read("leader_roles.tsv"):
    if r["leader_id"] not in lids:
        err(f"leader_roles.tsv:{n}: unknown leader {r['leader_id']}")
    if r["country_id"] not in cids:
        err(f"leader_roles.tsv:{n}: unknown country {r['country_id']}")
    if r["role"] not in ("head_of_state", "head_of_government", "de_facto_leader"):
        err(f"leader_roles.tsv:{n}: bad role")
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["office"]):
        err(f"leader_roles.tsv:{n}: bad office")
    f = d(r["from"], f"leader_roles.tsv:{n}")
    t = d(r["to"], f"leader_roles.tsv:{n}") if r["to"] else date(9999, 12, 31)
    if f and t and f > t:
        err(f"leader_roles.tsv:{n}: from > to")
    if r.get("tenure", "") not in ("", "acting", "joint"):
        err(f"leader_roles.tsv:{n}: bad tenure {r['tenure']}")
    if r.get("tenure", "") in ("acting", "joint"):
        continue  # overlaps allowed, by definition
    spans[(r["country_id"], r["role"], r["office"])].append((f, t, r["leader_id"], n))
for key, lst in spans.items():
    lst.sort()
    for a, b in zip(lst, lst[1:]):
        if b[0] < a[1]:  # the day of handover may be shared
            err(f"leader_roles.tsv: overlap {key}: line {a[3]} ({a[2]} to {a[1]}) and line {b[3]} ({b[2]} from {b[0]})")

phrase_topic = {}
tids = set()
for n, r in read("topics.tsv"):
    if r["id"] in tids:
        err(f"topics.tsv:{n}: duplicate id")
    tids.add(r["id"])
    ps = r["phrases"].split("|")
    if not 8 <= len(ps) <= 25:
        err(f"topics.tsv:{n}: {r['id']} has {len(ps)} phrases")
    for p in ps:
        norm = "".join(c for c in unicodedata.normalize("NFKD", p) if not unicodedata.combining(c))
        if p != p.lower() or p != p.strip() or not p or "-" in p or norm != p:
            err(f"topics.tsv:{n}: phrase {p!r} not normalised")
        if "*" in p[:-1]:
            err(f"topics.tsv:{n}: '*' inside {p!r}")
        if p in phrase_topic:
            err(f"topics.tsv:{n}: phrase {p!r} also in {phrase_topic[p]}")
        phrase_topic[p] = r["id"]
if len(tids) < 40:
    err(f"topics.tsv: only {len(tids)} topics")

for e in errors:
    print("ERROR", e)
print(f"countries={len(countries)} aliases={len(seen)} leaders={len(leaders)} "
      f"roles={sum(len(v) for v in spans.values())} topics={len(tids)} errors={len(errors)}")
sys.exit(1 if errors else 0)
