#!/usr/bin/env python3
"""Regenerate the country part of the newsgraph gazetteer.

Reads the mledoze/countries snapshot (ODbL) from <repo>/../shared/data/countries-mledoze/countries.json,
applies the hand-curated corrections and additions below, and writes

    src/main/resources/gazetteer/countries.tsv
    src/main/resources/gazetteer/country_aliases.tsv

The output is deterministic (sorted, no timestamps). Python 3 standard library only.
Usage: python3 src/tools/gazetteer/build_countries.py [--shared PATH]
"""
import argparse
import json
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
OUT_DIR = REPO / "src" / "main" / "resources" / "gazetteer"

# --------------------------------------------------------------------------------------------
# Wikidata ids (CC0) per ISO alpha-3. Team knowledge, cross-checked against a public
# ISO-to-Wikidata country table; NLD uses Q55 (the country), not Q29999 (the kingdom).
# --------------------------------------------------------------------------------------------
QIDS = """
ABW Q21203 AFG Q889 AGO Q916 AIA Q25228 ALA Q5689 ALB Q222 AND Q228 ARE Q878 ARG Q414 ARM Q399
ASM Q16641 ATA Q51 ATF Q129003 ATG Q781 AUS Q408 AUT Q40 AZE Q227 BDI Q967 BEL Q31 BEN Q962
BES Q27561 BFA Q965 BGD Q902 BGR Q219 BHR Q398 BHS Q778 BIH Q225 BLM Q25362 BLR Q184 BLZ Q242
BMU Q23635 BOL Q750 BRA Q155 BRB Q244 BRN Q921 BTN Q917 BVT Q23408 BWA Q963 CAF Q929 CAN Q16
CCK Q36004 CHE Q39 CHL Q298 CHN Q148 CIV Q1008 CMR Q1009 COD Q974 COG Q971 COK Q26988 COL Q739
COM Q970 CPV Q1011 CRI Q800 CUB Q241 CUW Q25279 CXR Q31063 CYM Q5785 CYP Q229 CZE Q213 DEU Q183
DJI Q977 DMA Q784 DNK Q35 DOM Q786 DZA Q262 ECU Q736 EGY Q79 ERI Q986 ESH Q6250 ESP Q29
EST Q191 ETH Q115 FIN Q33 FJI Q712 FLK Q9648 FRA Q142 FRO Q4628 FSM Q702 GAB Q1000 GBR Q145
GEO Q230 GGY Q25230 GHA Q117 GIB Q1410 GIN Q1006 GLP Q17012 GMB Q1005 GNB Q1007 GNQ Q983 GRC Q41
GRD Q769 GRL Q223 GTM Q774 GUF Q3769 GUM Q16635 GUY Q734 HKG Q8646 HMD Q131198 HND Q783 HRV Q224
HTI Q790 HUN Q28 IDN Q252 IMN Q9676 IND Q668 IOT Q43448 IRL Q27 IRN Q794 IRQ Q796 ISL Q189
ISR Q801 ITA Q38 JAM Q766 JEY Q785 JOR Q810 JPN Q17 KAZ Q232 KEN Q114 KGZ Q813 KHM Q424
KIR Q710 KNA Q763 KOR Q884 KWT Q817 LAO Q819 LBN Q822 LBR Q1014 LBY Q1016 LCA Q760 LIE Q347
LKA Q854 LSO Q1013 LTU Q37 LUX Q32 LVA Q211 MAC Q14773 MAF Q126125 MAR Q1028 MCO Q235 MDA Q217
MDG Q1019 MDV Q826 MEX Q96 MHL Q709 MKD Q221 MLI Q912 MLT Q233 MMR Q836 MNE Q236 MNG Q711
MNP Q16644 MOZ Q1029 MRT Q1025 MSR Q13353 MTQ Q17054 MUS Q1027 MWI Q1020 MYS Q833 MYT Q17063 NAM Q1030
NCL Q33788 NER Q1032 NFK Q31057 NGA Q1033 NIC Q811 NIU Q34020 NLD Q55 NOR Q20 NPL Q837 NRU Q697
NZL Q664 OMN Q842 PAK Q843 PAN Q804 PCN Q35672 PER Q419 PHL Q928 PLW Q695 PNG Q691 POL Q36
PRI Q1183 PRK Q423 PRT Q45 PRY Q733 PSE Q219060 PYF Q30971 QAT Q846 REU Q17070 ROU Q218 RUS Q159
RWA Q1037 SAU Q851 SDN Q1049 SEN Q1041 SGP Q334 SGS Q35086 SHN Q192184 SJM Q842829 SLB Q685 SLE Q1044
SLV Q792 SMR Q238 SOM Q1045 SPM Q34617 SRB Q403 SSD Q958 STP Q1039 SUR Q730 SVK Q214 SVN Q215
SWE Q34 SWZ Q1050 SXM Q26273 SYC Q1042 SYR Q858 TCA Q18221 TCD Q657 TGO Q945 THA Q869 TJK Q863
TKL Q36823 TKM Q874 TLS Q574 TON Q678 TTO Q754 TUN Q948 TUR Q43 TUV Q672 TWN Q865 TZA Q924
UGA Q1036 UKR Q212 UMI Q16645 URY Q77 USA Q30 UZB Q265 VAT Q237 VCT Q757 VEN Q717 VGB Q25305
VIR Q11703 VNM Q881 VUT Q686 WLF Q35555 WSM Q683 XKX Q1246 YEM Q805 ZAF Q258 ZMB Q953 ZWE Q954
SUN Q15180 YUG Q83286 CSK Q33946 DDR Q16957 SCG Q37024 RVN Q180573 YMD Q199841 ANT Q25227
"""

# mledoze uses the user-assigned code UNK for Kosovo; the customary code is XKX.
CODE_FIX = {"UNK": "XKX"}

# Short names preferred over the mledoze common name.
NAME_FIX = {"TUR": "Turkey", "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
            "CZE": "Czechia", "TLS": "East Timor", "CIV": "Ivory Coast", "VAT": "Vatican City",
            "SHN": "Saint Helena, Ascension and Tristan da Cunha", "FSM": "Micronesia"}

# Non-sovereign entries that news treats as countries.
KIND_COUNTRY = {"TWN", "PSE", "XKX", "VAT"}

# Dates on which a present-day state came into being (independence, dissolution of its
# predecessor, unification). Empty for states that existed before 1945 or whose start is not
# useful for resolution.
VALID_FROM = {
    "RUS": "1991-12-26", "UKR": "1991-08-24", "BLR": "1991-08-25", "MDA": "1991-08-27",
    "EST": "1991-08-20", "LVA": "1991-08-21", "LTU": "1990-03-11", "GEO": "1991-04-09",
    "ARM": "1991-09-21", "AZE": "1991-10-18", "KAZ": "1991-12-16", "KGZ": "1991-08-31",
    "TJK": "1991-09-09", "TKM": "1991-10-27", "UZB": "1991-08-31",
    "SVN": "1991-06-25", "HRV": "1991-06-25", "MKD": "1991-09-08", "BIH": "1992-03-03",
    "SRB": "2006-06-05", "MNE": "2006-06-03", "XKX": "2008-02-17",
    "CZE": "1993-01-01", "SVK": "1993-01-01", "YEM": "1990-05-22",
    "ERI": "1993-05-24", "SSD": "2011-07-09", "TLS": "2002-05-20", "NAM": "1990-03-21",
    "MHL": "1986-10-21", "FSM": "1986-11-03", "PLW": "1994-10-01",
    "CUW": "2010-10-10", "SXM": "2010-10-10", "BES": "2010-10-10",
    "ZWE": "1980-04-18", "COD": "1997-05-17",
}

# Historical states: id, name, official name, valid_from, valid_to, successors.
HISTORICAL = [
    ("SUN", "Soviet Union", "Union of Soviet Socialist Republics", "1922-12-30", "1991-12-26",
     "RUS|UKR|BLR|MDA|EST|LVA|LTU|GEO|ARM|AZE|KAZ|KGZ|TJK|TKM|UZB"),
    ("YUG", "Yugoslavia", "Socialist Federal Republic of Yugoslavia", "1945-11-29", "1992-04-27",
     "SVN|HRV|BIH|MKD|SCG"),
    ("SCG", "Serbia and Montenegro", "Federal Republic of Yugoslavia", "1992-04-27", "2006-06-05",
     "SRB|MNE"),
    ("CSK", "Czechoslovakia", "Czech and Slovak Federative Republic", "1918-10-28", "1992-12-31",
     "CZE|SVK"),
    ("DDR", "East Germany", "German Democratic Republic", "1949-10-07", "1990-10-03", "DEU"),
    ("ZAR", "Zaire", "Republic of Zaire", "1971-10-27", "1997-05-17", "COD"),
    ("RVN", "South Vietnam", "Republic of Vietnam", "1955-10-26", "1976-07-02", "VNM"),
    ("YMD", "South Yemen", "People's Democratic Republic of Yemen", "1967-11-30", "1990-05-22", "YEM"),
    ("ANT", "Netherlands Antilles", "Netherlands Antilles", "1954-12-15", "2010-10-10", "CUW|SXM|BES"),
    ("RHO", "Rhodesia", "Republic of Rhodesia", "1965-11-11", "1980-04-18", "ZWE"),
]

# Aliases from the source (not the MANUAL list) that are dropped (noise, common words, or wrong for news use).
DROP = {
    ("ISL", "Island"), ("IMN", "Mann"), ("THA", "Thai"), ("THA", "Prathet"), ("TGO", "Togolese"),
    ("SAU", "Saudi"), ("LAO", "Lao"), ("TLS", "Timor"), ("PRT", "Portuguesa"), ("MEX", "Mexicanos"),
    ("GUF", "Guiana"), ("FJI", "Viti"), ("DMA", "Dominique"), ("BRN", "the Abode of Peace"),
    ("NRU", "Pleasant Island"), ("CHN", "Zhonghua"), ("MDV", "Malé"), ("IMN", "Douglas"),
    ("NFK", "Kingston"), ("FLK", "Stanley"), ("AIA", "The Valley"), ("CCK", "West Island"),
    ("BES", "Oranjestad"), ("BES", "The Bottom"), ("HKG", "City of Victoria"),
    ("SMR", "City of San Marino"), ("BRN", "Nation of Brunei"),
    ("MNG", "Ulan Bator"), ("SUR", "Sarnam"), ("SUR", "Sranangron"), ("ARM", "Hayastan"),
    ("KGZ", "Kirghiz"), ("TJK", "Tadzhik"), ("CPV", "Cape Verdian"), ("MDV", "Maldivan"),
    ("NER", "Nijar"), ("PCN", "Pitcairn Henderson Ducie and Oeno Islands"),
    ("BMU", "The Bermudas"), ("BMU", "Somers Isles"),
    ("LKA", "ilaṅkai"), ("SOM", "aṣ-Ṣūmāl"), ("SWZ", "weSwatini"), ("IMN", "Mannin"),
}
# Demonyms in the source that denote another entity or are meaningless for news.
DROP_DEMONYM = {"IOT", "ATF", "BES", "MNP", "SJM", "GGY", "JEY", "UMI", "ATA", "ALA", "VGB", "VIR",
                "HMD", "SGS", "BLM", "MAF", "SXM", "DJI", "GIB", "VAT", "KNA", "SPM", "BVT", "SHN"}

# Flags by alias (whatever the method). case = match only with this capitalisation;
# ambiguous = needs supporting context before it counts.
FLAGS = {
    "US": "case", "Chad": "case|ambiguous", "Jordan": "case|ambiguous", "Turkey": "case|ambiguous",
    "Georgia": "ambiguous", "Niger": "case|ambiguous", "China": "case", "Japan": "case",
    "Guinea": "case|ambiguous", "Chile": "case", "Congo": "ambiguous", "Korea": "ambiguous",
    "Washington": "ambiguous", "Dominica": "ambiguous", "Victoria": "ambiguous",
    "Jersey": "case|ambiguous", "Guernsey": "case", "Panama": "case", "Bermuda": "case",
    "Reunion": "case|ambiguous", "Réunion": "case", "Holland": "ambiguous", "Macedonia": "ambiguous",
    "Micronesia": "ambiguous", "Nippon": "ambiguous", "Emirates": "ambiguous", "Polish": "case",
    "Poles": "case|ambiguous", "Indian": "ambiguous", "Indians": "ambiguous", "Korean": "ambiguous",
    "Koreans": "ambiguous", "Congolese": "ambiguous", "Dominican": "ambiguous",
    "Dominicans": "ambiguous", "Georgian": "ambiguous", "Georgians": "ambiguous",
    "Macedonian": "ambiguous", "Macedonians": "ambiguous", "Guinean": "ambiguous",
    "Guineans": "ambiguous", "Hamilton": "ambiguous", "Kingston": "ambiguous",
    "Jamestown": "ambiguous", "Plymouth": "ambiguous", "Georgetown": "ambiguous",
    "George Town": "ambiguous", "San Juan": "ambiguous", "Santiago": "ambiguous",
    "San José": "ambiguous", "San Jose": "ambiguous", "Saint John's": "ambiguous",
    "St. George's": "ambiguous", "Saint-Denis": "ambiguous", "Tripoli": "ambiguous",
    "Panama City": "ambiguous", "Wellington": "ambiguous", "Sofia": "ambiguous",
    "La Paz": "ambiguous", "Jerusalem": "ambiguous", "Ascension": "case|ambiguous",
    "America": "ambiguous", "England": "ambiguous", "Yugoslavia": "ambiguous",
    "Saint Martin": "ambiguous", "Virgin Islands": "ambiguous", "Moroni": "ambiguous",
    "Yongsan": "ambiguous", "Miraflores": "ambiguous", "The Hague": "ambiguous",
    "Matignon": "ambiguous", "Westminster": "ambiguous", "Whitehall": "ambiguous",
    "Planalto": "ambiguous", "Monrovia": "ambiguous", "Lebanon": "ambiguous", "Aden": "ambiguous",
    "Saigon": "ambiguous", "Salisbury": "ambiguous", "Dominican Republic": "",
    "Samoa": "ambiguous", "Samoan": "ambiguous", "Samoans": "ambiguous", "Sudan": "",
    "Ireland": "ambiguous", "Irish": "ambiguous", "Turks": "ambiguous", "Turk": "ambiguous",
    "Columbia": "", "Capitol Hill": "", "Pentagon": "", "Kiwi": "case|ambiguous", "Kiwis": "case|ambiguous", "Nassau": "ambiguous",
    "Persia": "", "Bonn": "", "Pyongyang": "", "Naypyidaw": "",
}

# Hand-curated aliases: (country_id, alias, method[, flags]).
MANUAL = [
    # --- names: short forms, former names, renamings ---
    ("USA", "United States", "name"), ("USA", "America", "name"), ("USA", "United States of America", "name"),
    ("GBR", "Britain", "name"), ("GBR", "Great Britain", "name"), ("GBR", "England", "name"),
    ("GBR", "United Kingdom", "name"),
    ("RUS", "Russian Federation", "name"), ("CHN", "People's Republic of China", "name"),
    ("CHN", "mainland China", "name"), ("CHN", "Communist China", "name"), ("CHN", "Red China", "name"),
    ("PRK", "North Korea", "name"), ("PRK", "Democratic People's Republic of Korea", "name"),
    ("KOR", "South Korea", "name"), ("KOR", "Republic of Korea", "name"), ("KOR", "Korea", "name"),
    ("TUR", "Turkey", "name"), ("TUR", "Türkiye", "name"), ("TUR", "Turkiye", "name"),
    ("MMR", "Burma", "name"), ("SWZ", "Swaziland", "name"), ("MKD", "Macedonia", "name"),
    ("MKD", "North Macedonia", "name"), ("MKD", "Former Yugoslav Republic of Macedonia", "name"),
    ("CZE", "Czech Republic", "name"), ("CZE", "Czechia", "name"),
    ("CIV", "Ivory Coast", "name"), ("CIV", "Côte d'Ivoire", "name"), ("CIV", "Cote d'Ivoire", "name"),
    ("CIV", "Côte d’Ivoire", "name"),
    ("COD", "Democratic Republic of the Congo", "name"), ("COD", "Democratic Republic of Congo", "name"),
    ("COD", "DR Congo", "name"), ("COD", "Congo-Kinshasa", "name"), ("COD", "Congo", "name"),
    ("COG", "Republic of the Congo", "name"), ("COG", "Republic of Congo", "name"),
    ("COG", "Congo-Brazzaville", "name"), ("COG", "Congo", "name"),
    ("CPV", "Cabo Verde", "name"), ("TLS", "Timor-Leste", "name"), ("TLS", "East Timor", "name"),
    ("VAT", "Holy See", "name"), ("VAT", "Vatican", "name"),
    ("NLD", "the Netherlands", "name"), ("NLD", "Holland", "name"),
    ("IRN", "Persia", "name"), ("LKA", "Ceylon", "name"), ("THA", "Siam", "name"),
    ("KHM", "Kampuchea", "name"), ("BFA", "Upper Volta", "name"), ("BEN", "Dahomey", "name"),
    ("ZWE", "Zimbabwe", "name"), ("BWA", "Bechuanaland", "name"), ("MWI", "Nyasaland", "name"),
    ("LSO", "Basutoland", "name"), ("GHA", "Gold Coast", "name", "ambiguous"),
    ("VNM", "Viet Nam", "name"), ("LAO", "Laos", "name"), ("PSE", "Palestine", "name"),
    ("PSE", "Palestinian territories", "name"), ("PSE", "Palestinian Authority", "name"),
    ("PSE", "State of Palestine", "name"), ("TWN", "Republic of China", "name"),
    ("TWN", "Chinese Taipei", "name"), ("XKX", "Kosovo", "name"), ("XKX", "Republic of Kosovo", "name"),
    ("SAU", "Kingdom of Saudi Arabia", "name"), ("ARE", "Emirates", "name"),
    ("BIH", "Bosnia", "name"), ("BIH", "Bosnia-Herzegovina", "name"),
    ("TTO", "Trinidad", "name"), ("ATG", "Antigua", "name"),
    ("KNA", "St Kitts and Nevis", "name"), ("KNA", "St. Kitts and Nevis", "name"),
    ("LCA", "St Lucia", "name"), ("LCA", "St. Lucia", "name"),
    ("VCT", "St Vincent and the Grenadines", "name"), ("VCT", "St. Vincent and the Grenadines", "name"),
    ("STP", "Sao Tome and Principe", "name"), ("STP", "São Tomé", "name"),
    ("GMB", "The Gambia", "name"), ("BHS", "The Bahamas", "name"),
    ("FLK", "Falklands", "name"), ("FLK", "Malvinas", "name"),
    ("DEU", "West Germany", "name"), ("DEU", "Federal Republic of Germany", "name"),
    ("SYR", "Syrian Arab Republic", "name"),
    # historical states
    ("SUN", "Soviet Union", "name"), ("SUN", "Union of Soviet Socialist Republics", "name"),
    ("YUG", "Yugoslavia", "name"), ("YUG", "Socialist Federal Republic of Yugoslavia", "name"),
    ("YUG", "SFR Yugoslavia", "name"),
    ("SCG", "Serbia and Montenegro", "name"), ("SCG", "Federal Republic of Yugoslavia", "name"),
    ("SCG", "Yugoslavia", "name"),
    ("CSK", "Czechoslovakia", "name"), ("CSK", "Czechoslovak Socialist Republic", "name"),
    ("CSK", "Czech and Slovak Federative Republic", "name"),
    ("DDR", "East Germany", "name"), ("DDR", "German Democratic Republic", "name"),
    ("ZAR", "Zaire", "name"), ("ZAR", "Republic of Zaire", "name"),
    ("RVN", "South Vietnam", "name"), ("RVN", "Republic of Vietnam", "name"),
    ("YMD", "South Yemen", "name"), ("YMD", "People's Democratic Republic of Yemen", "name"),
    ("ANT", "Netherlands Antilles", "name"),
    ("RHO", "Rhodesia", "name"), ("RHO", "Southern Rhodesia", "name"), ("RHO", "Zimbabwe Rhodesia", "name"),
    # --- abbreviations (all get the case flag) ---
    ("USA", "US", "abbreviation"), ("USA", "U.S.", "abbreviation"), ("USA", "USA", "abbreviation"),
    ("USA", "U.S.A.", "abbreviation"), ("USA", "U.S.A", "abbreviation"),
    ("GBR", "UK", "abbreviation"), ("GBR", "U.K.", "abbreviation"),
    ("ARE", "UAE", "abbreviation"), ("ARE", "U.A.E.", "abbreviation"),
    ("PRK", "DPRK", "abbreviation"), ("PRK", "D.P.R.K.", "abbreviation"),
    ("CHN", "PRC", "abbreviation"), ("CHN", "P.R.C.", "abbreviation"),
    ("KOR", "ROK", "abbreviation"), ("KOR", "R.O.K.", "abbreviation"),
    ("COD", "DRC", "abbreviation"), ("COD", "D.R.C.", "abbreviation"),
    ("CAF", "CAR", "abbreviation", "case|ambiguous"), ("TWN", "ROC", "abbreviation", "case|ambiguous"),
    ("SAU", "KSA", "abbreviation"), ("ZAF", "RSA", "abbreviation"), ("NZL", "NZ", "abbreviation"),
    ("PNG", "PNG", "abbreviation"), ("BIH", "BiH", "abbreviation"), ("MKD", "FYROM", "abbreviation"),
    ("DEU", "FRG", "abbreviation"), ("SUN", "USSR", "abbreviation"), ("SUN", "U.S.S.R.", "abbreviation"),
    ("DDR", "GDR", "abbreviation"), ("DDR", "DDR", "abbreviation"), ("YUG", "SFRY", "abbreviation"),
    ("SCG", "FRY", "abbreviation"), ("YMD", "PDRY", "abbreviation"), ("CSK", "CSSR", "abbreviation"),
    ("CSK", "ČSSR", "abbreviation"),
    # --- demonyms added by hand (adjective and plural) ---
    ("GBR", "Briton", "demonym"), ("GBR", "Britons", "demonym"), ("GBR", "Brit", "demonym"),
    ("GBR", "Brits", "demonym"), ("USA", "Americans", "demonym"),
    ("KOR", "Korean", "demonym"), ("KOR", "Koreans", "demonym"),
    ("NLD", "Netherlander", "demonym"), ("NLD", "Netherlanders", "demonym"),
    ("FRA", "Frenchman", "demonym"), ("FRA", "Frenchmen", "demonym"), ("FRA", "Frenchwoman", "demonym"),
    ("FIN", "Finn", "demonym"), ("FIN", "Finns", "demonym"), ("SWE", "Swede", "demonym"),
    ("SWE", "Swedes", "demonym"), ("DNK", "Dane", "demonym"), ("DNK", "Danes", "demonym"),
    ("POL", "Poles", "demonym"), ("TUR", "Turk", "demonym"), ("TUR", "Turks", "demonym"),
    ("ESP", "Spaniard", "demonym"), ("ESP", "Spaniards", "demonym"),
    ("CZE", "Czechs", "demonym"), ("SVK", "Slovakian", "demonym"),
    ("SRB", "Serb", "demonym"), ("SRB", "Serbs", "demonym"), ("HRV", "Croat", "demonym"),
    ("HRV", "Croats", "demonym"), ("SVN", "Slovenian", "demonym"), ("SVN", "Slovenians", "demonym"),
    ("ISL", "Icelandic", "demonym"), ("GRL", "Greenlander", "demonym"), ("GRL", "Greenlanders", "demonym"),
    ("KGZ", "Kyrgyz", "demonym"), ("TJK", "Tajik", "demonym"), ("TJK", "Tajiks", "demonym"),
    ("KAZ", "Kazakh", "demonym"), ("KAZ", "Kazakhs", "demonym"), ("UZB", "Uzbek", "demonym"),
    ("UZB", "Uzbeks", "demonym"), ("TKM", "Turkmens", "demonym"), ("AZE", "Azeri", "demonym"),
    ("AZE", "Azeris", "demonym"), ("LAO", "Lao", "demonym"), ("THA", "Thais", "demonym"),
    ("NPL", "Nepali", "demonym"), ("NPL", "Nepalis", "demonym"), ("SOM", "Somalian", "demonym"),
    ("SOM", "Somalians", "demonym"), ("ARG", "Argentinian", "demonym"), ("ARG", "Argentinians", "demonym"),
    ("ECU", "Ecuadorian", "demonym"), ("ECU", "Ecuadorians", "demonym"),
    ("SLV", "Salvadorean", "demonym"), ("SLV", "Salvadoreans", "demonym"),
    ("CPV", "Cape Verdean", "demonym"), ("CPV", "Cape Verdeans", "demonym"),
    ("MDV", "Maldivian", "demonym"), ("MDV", "Maldivians", "demonym"),
    ("COM", "Comorian", "demonym"), ("COM", "Comorians", "demonym"),
    ("GNB", "Bissau-Guinean", "demonym"), ("GNB", "Bissau-Guineans", "demonym"),
    ("SAU", "Saudi", "demonym"), ("SAU", "Saudis", "demonym"), ("PHL", "Filipina", "demonym"),
    ("PHL", "Philippine", "demonym"), ("SUR", "Surinamese", "demonym"),
    ("BWA", "Botswanan", "demonym"), ("BWA", "Batswana", "demonym"), ("LSO", "Basotho", "demonym"),
    ("HKG", "Hongkonger", "demonym"), ("HKG", "Hongkongers", "demonym"), ("XKX", "Kosovan", "demonym"),
    ("XKX", "Kosovans", "demonym"), ("BLR", "Belarussian", "demonym"), ("BFA", "Burkinabé", "demonym"),
    ("NZL", "Kiwi", "demonym"), ("NZL", "Kiwis", "demonym"), ("DMA", "Dominican", "demonym"),
    ("DMA", "Dominicans", "demonym"), ("COG", "Congolese", "demonym"),
    ("SUN", "Soviet", "demonym"), ("SUN", "Soviets", "demonym"),
    ("YUG", "Yugoslav", "demonym"), ("YUG", "Yugoslavs", "demonym"), ("YUG", "Yugoslavian", "demonym"),
    ("CSK", "Czechoslovak", "demonym"), ("CSK", "Czechoslovakian", "demonym"), ("CSK", "Czechoslovaks", "demonym"),
    ("DDR", "East German", "demonym"), ("DDR", "East Germans", "demonym"),
    ("DEU", "West German", "demonym"), ("DEU", "West Germans", "demonym"),
    ("ZAR", "Zairean", "demonym"), ("ZAR", "Zaireans", "demonym"), ("ZAR", "Zairian", "demonym"),
    ("ZAR", "Zairians", "demonym"), ("RVN", "South Vietnamese", "demonym"),
    ("YMD", "South Yemeni", "demonym"), ("YMD", "South Yemenis", "demonym"),
    ("ANT", "Antillean", "demonym"), ("RHO", "Rhodesian", "demonym"), ("RHO", "Rhodesians", "demonym"),
    ("PSE", "Palestinians", "demonym"),
    # --- capitals (additions, variants, former capitals) ---
    ("USA", "Washington", "capital"), ("USA", "Washington, D.C.", "capital"), ("USA", "Washington DC", "capital"),
    ("USA", "Washington D.C.", "capital"), ("UKR", "Kiev", "capital"), ("CHN", "Peking", "capital"),
    ("IRN", "Teheran", "capital"), ("MNG", "Ulaanbaatar", "capital"), ("MNG", "Ulan Bator", "capital"),
    ("MMR", "Nay Pyi Taw", "capital"), ("MMR", "Naypyitaw", "capital"), ("YEM", "Sanaa", "capital"),
    ("SWZ", "Mbabane", "capital"), ("NLD", "The Hague", "seat"), ("CHE", "Berne", "capital"),
    ("BOL", "La Paz", "capital"), ("BEN", "Cotonou", "capital"), ("CIV", "Abidjan", "capital"),
    ("BDI", "Bujumbura", "capital"), ("KAZ", "Nur-Sultan", "capital"), ("TZA", "Dar es Salaam", "capital"),
    ("DEU", "Bonn", "capital"), ("DDR", "East Berlin", "capital"), ("RVN", "Saigon", "capital"),
    ("YMD", "Aden", "capital"), ("RHO", "Salisbury", "capital"), ("ZAR", "Kinshasa", "capital"),
    ("SCG", "Belgrade", "capital"), ("YUG", "Belgrade", "capital"), ("CSK", "Prague", "capital"),
    ("SUN", "Moscow", "capital"), ("IND", "Delhi", "capital"), ("XKX", "Priština", "capital"),
    ("IRL", "Dublin", "capital"), ("HKG", "Victoria", "capital"),
    # --- seats of power used as metonyms ---
    ("RUS", "Kremlin", "seat"), ("SUN", "Kremlin", "seat"), ("USA", "White House", "seat"),
    ("USA", "Oval Office", "seat"), ("USA", "Pentagon", "seat"), ("USA", "Foggy Bottom", "seat"),
    ("USA", "Capitol Hill", "seat"), ("USA", "State Department", "seat"),
    ("GBR", "Downing Street", "seat"), ("GBR", "Number 10", "seat", "case|ambiguous"),
    ("GBR", "Whitehall", "seat"), ("GBR", "Westminster", "seat"), ("GBR", "Buckingham Palace", "seat"),
    ("GBR", "Foreign Office", "seat", "ambiguous"),
    ("FRA", "Elysee", "seat"), ("FRA", "Élysée", "seat"), ("FRA", "Elysee Palace", "seat"),
    ("FRA", "Élysée Palace", "seat"), ("FRA", "Quai d'Orsay", "seat"), ("FRA", "Matignon", "seat"),
    ("DEU", "Bundeskanzleramt", "seat"), ("DEU", "Chancellery", "seat", "case|ambiguous"),
    ("CHN", "Zhongnanhai", "seat"), ("CHN", "Great Hall of the People", "seat"),
    ("JPN", "Kantei", "seat"), ("JPN", "Nagatacho", "seat"), ("JPN", "Nagatachō", "seat"),
    ("KOR", "Blue House", "seat"), ("KOR", "Cheong Wa Dae", "seat"), ("KOR", "Yongsan", "seat"),
    ("IND", "Rashtrapati Bhavan", "seat"), ("IND", "South Block", "seat", "ambiguous"),
    ("UKR", "Bankova", "seat"), ("ITA", "Palazzo Chigi", "seat"), ("ITA", "Quirinale", "seat"),
    ("ITA", "Quirinal", "seat"), ("ITA", "Farnesina", "seat"), ("ESP", "Moncloa", "seat"),
    ("BRA", "Planalto", "seat"), ("BRA", "Palácio do Planalto", "seat"), ("BRA", "Itamaraty", "seat"),
    ("ARG", "Casa Rosada", "seat"), ("MEX", "Los Pinos", "seat", "ambiguous"),
    ("CAN", "Parliament Hill", "seat", "ambiguous"), ("CAN", "Rideau Hall", "seat"),
    ("VEN", "Miraflores", "seat"), ("ISR", "Knesset", "seat"), ("TUR", "Çankaya", "seat", "ambiguous"),
    ("POL", "Belweder", "seat"), ("RUS", "Smolenskaya Square", "seat"), ("RUS", "Lubyanka", "seat"),
    ("USA", "Langley", "seat", "ambiguous"), ("ISR", "Balfour Street", "seat"),
]

LATIN_OK = set("’'-.,() &")


def is_latin(s):
    for ch in s:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if not name.startswith("LATIN"):
                return False
        elif not (ch.isdigit() or ch in LATIN_OK):
            return False
    return True


def fold(s):
    """Strip diacritics (ʻ, ’ and similar stay)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


NO_PLURAL_END = ("ese", "ss", "ish", "ic", "ch", "ois", "ais", "x", "sy", "be", "bé", "wana", "otho",
                 "Kiribati", "Vanuatu", "Kyrgyz", "Lao", "Turkmen")


def plural(dem):
    if dem.endswith(NO_PLURAL_END):
        return None
    return dem + "s"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"),
                    help="path of the shared folder (default: <repo>/../shared)")
    ap.add_argument("--out", default=str(OUT_DIR))
    args = ap.parse_args()
    src = Path(args.shared) / "data" / "countries-mledoze" / "countries.json"
    data = json.loads(src.read_text(encoding="utf-8"))

    tok = QIDS.split()
    qids = dict(zip(tok[0::2], tok[1::2]))

    countries = []  # rows
    aliases = {}    # (id, alias) -> [method, flags]; first method wins
    order = []

    def add(cid, alias, method, flags=None, manual=False):
        alias = alias.strip()
        if len(alias) < 2 or (not manual and (cid, alias) in DROP):
            return
        if method == "abbreviation" and flags is None:
            flags = "case"
        if flags is None:
            flags = FLAGS.get(alias, "")
        key = (cid, alias)
        if key in aliases:
            return
        aliases[key] = [method, flags]
        order.append(key)
        f = fold(alias)
        if f != alias:
            add(cid, f, method, flags, manual)

    seen_ids = set()
    for c in data:
        cid = CODE_FIX.get(c["cca3"], c["cca3"])
        seen_ids.add(cid)
        name = NAME_FIX.get(cid, c["name"]["common"])
        official = c["name"]["official"]
        if cid in KIND_COUNTRY or c.get("independent"):
            kind = "country"
        else:
            kind = "territory"
        countries.append([cid, qids.get(cid, ""), name, official, kind, VALID_FROM.get(cid, ""), "", ""])

    for cid, name, official, vf, vt, succ in HISTORICAL:
        countries.append([cid, qids.get(cid, ""), name, official, "historical", vf, vt, succ])

    # manual entries first, so their method and flags take precedence
    for row in MANUAL:
        add(row[0], row[1], row[2], row[3] if len(row) > 3 else None, manual=True)

    for c in data:
        cid = CODE_FIX.get(c["cca3"], c["cca3"])
        add(cid, NAME_FIX.get(cid, c["name"]["common"]), "name")
        add(cid, c["name"]["common"], "name")
        add(cid, c["name"]["official"], "name")
        for a in c.get("altSpellings", []):
            if len(a) <= 2 or not is_latin(a) or "(" in a or "," in a:
                continue
            if a.isupper() and len(a) <= 5:
                add(cid, a, "abbreviation")
            else:
                add(cid, a, "name")
        for cap in c.get("capital", []):
            if is_latin(cap):
                add(cid, cap, "capital")
        if cid not in DROP_DEMONYM:
            dem = c.get("demonyms", {}).get("eng", {})
            forms = []
            for g in ("m", "f"):
                for part in (dem.get(g) or "").replace(" or ", ",").split(","):
                    part = part.strip()
                    if part and part not in forms:
                        forms.append(part)
            for d in forms:
                if (cid, d) in DROP:
                    continue
                add(cid, d, "demonym")
                p = plural(d)
                if p and (cid, p) not in DROP:
                    add(cid, p, "demonym")

    missing = [k for k in qids if k not in seen_ids and k not in {h[0] for h in HISTORICAL}]
    if missing:
        print("warning: QIDs for unknown ids:", missing, file=sys.stderr)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    countries.sort(key=lambda r: (r[4] == "historical", r[0]))
    with open(out / "countries.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# newsgraph gazetteer: countries, territories and historical states.\n")
        f.write("# Generated by src/tools/gazetteer/build_countries.py from mledoze/countries (ODbL 1.0)\n")
        f.write("# plus hand-curated additions; see docs/gazetteer.md. Do not edit by hand: edit the script.\n")
        f.write("id\twikidata_id\tname\tofficial_name\tkind\tvalid_from\tvalid_to\tsuccessor_ids\n")
        for r in countries:
            f.write("\t".join(r) + "\n")
    meth_rank = {"name": 0, "abbreviation": 1, "demonym": 2, "capital": 3, "seat": 4}
    rows = sorted(((k[0], k[1], v[0], v[1]) for k, v in aliases.items()),
                  key=lambda r: (r[0], meth_rank[r[2]], r[1].lower(), r[1]))
    with open(out / "country_aliases.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# newsgraph gazetteer: country aliases (names, abbreviations, demonyms, capitals, seats of power).\n")
        f.write("# Generated by src/tools/gazetteer/build_countries.py; see docs/gazetteer.md for methods and flags.\n")
        f.write("country_id\talias\tmethod\tflags\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"countries: {len(countries)}  aliases: {len(rows)}")


if __name__ == "__main__":
    main()
