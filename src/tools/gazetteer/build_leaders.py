#!/usr/bin/env python3
"""Regenerate leaders.tsv and leader_roles.tsv of the newsgraph gazetteer.

Reads the hand-curated role table leaders_data.txt (next to this script) and the surname and
alias table below, and writes src/main/resources/gazetteer/leaders.tsv and leader_roles.tsv.
With --check, also compares every role with the Wikidata heads extract in
<repo>/../shared/data/leaders/wikidata-heads/leaders_history.csv and prints the differences
(for review only; the curated table wins). Python 3 standard library only; deterministic output.
"""
import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
OUT_DIR = REPO / "src" / "main" / "resources" / "gazetteer"

# Surname as used alone in news, and variants of the full name (transliterations, fuller or
# shorter forms). A variant without diacritics is added automatically.
PEOPLE = {
    "Q22686": ("Trump", ["Donald J. Trump", "Donald John Trump"]),
    "Q6279": ("Biden", ["Joseph Biden", "Joseph R. Biden", "Joe R. Biden", "Joseph Robinette Biden"]),
    "Q76": ("Obama", ["Barack Hussein Obama", "Barack H. Obama"]),
    "Q207": ("Bush", ["George Walker Bush"]),
    "Q23505": ("Bush", ["George Bush", "George H.W. Bush", "George Herbert Walker Bush"]),
    "Q1124": ("Clinton", ["William Jefferson Clinton", "William J. Clinton"]),
    "Q9960": ("Reagan", ["Ronald Wilson Reagan"]),
    "Q23685": ("Carter", ["James Earl Carter", "Jimmy Earl Carter"]),
    "Q765165": ("Brezhnev", ["Leonid Ilyich Brezhnev", "Leonid Breschnew"]),
    "NG-yuri-andropov": ("Andropov", ["Yuri Vladimirovich Andropov", "Yury Andropov"]),
    "NG-konstantin-chernenko": ("Chernenko", ["Konstantin Ustinovich Chernenko"]),
    "Q30487": ("Gorbachev", ["Mikhail Sergeyevich Gorbachev", "Mikhail Gorbachov", "Michail Gorbatschow"]),
    "NG-andrei-gromyko": ("Gromyko", ["Andrei Andreyevich Gromyko", "Andrey Gromyko"]),
    "NG-alexei-kosygin": ("Kosygin", ["Alexei Nikolayevich Kosygin", "Aleksei Kosygin"]),
    "NG-nikolai-tikhonov": ("Tikhonov", ["Nikolai Alexandrovich Tikhonov", "Nikolay Tikhonov"]),
    "NG-nikolai-ryzhkov": ("Ryzhkov", ["Nikolai Ivanovich Ryzhkov", "Nikolay Ryzhkov"]),
    "NG-valentin-pavlov": ("Pavlov", ["Valentin Sergeyevich Pavlov"]),
    "Q34453": ("Yeltsin", ["Boris Nikolayevich Yeltsin", "Boris Jelzin", "Boris Eltsine"]),
    "Q7747": ("Putin", ["Vladimir Vladimirovich Putin", "Wladimir Putin", "Vladimir V. Putin"]),
    "Q23530": ("Medvedev", ["Dmitry Anatolyevich Medvedev", "Dmitri Medvedev", "Dmitriy Medvedev"]),
    "Q82695": ("Gaidar", ["Yegor Timurovich Gaidar", "Yegor Gaydar"]),
    "Q190884": ("Chernomyrdin", ["Viktor Stepanovich Chernomyrdin", "Victor Chernomyrdin"]),
    "Q313915": ("Kiriyenko", ["Sergey Kiriyenko", "Sergei Kiriënko"]),
    "Q270529": ("Primakov", ["Yevgeni Primakov", "Evgeny Primakov"]),
    "Q313989": ("Stepashin", ["Sergey Stepashin"]),
    "Q62551": ("Kasyanov", ["Mikhail Kasianov"]),
    "Q317667": ("Khristenko", ["Victor Khristenko"]),
    "Q150080": ("Fradkov", ["Mikhail Yefimovich Fradkov"]),
    "Q147425": ("Zubkov", ["Victor Zubkov"]),
    "Q4298520": ("Mishustin", ["Mikhail Vladimirovich Mishustin"]),
    "Q41570": ("Hua", []),
    "NG-hu-yaobang": ("Hu", ["Hu Yao-pang"]),
    "Q99829": ("Zhao", ["Chao Tzu-yang"]),
    "Q16597": ("Jiang", ["Chiang Tse-min"]),
    "Q15029": ("Hu", ["Hu Chin-tao"]),
    "Q15031": ("Xi", ["Xi Jin-ping", "Hsi Chin-ping"]),
    "NG-deng-xiaoping": ("Deng", ["Teng Hsiao-ping", "Deng Hsiao-ping"]),
    "Q311413": ("Li", []),
    "Q377935": ("Yang", []),
    "Q18301": ("Li", []),
    "Q18285": ("Zhu", []),
    "Q16628": ("Wen", []),
    "Q18111": ("Li", []),
    "Q4414390": ("Li", []),
    "Q9682": ("Elizabeth", ["Queen Elizabeth II", "Queen Elizabeth", "Elizabeth the Second"]),
    "Q43274": ("Charles", ["King Charles III", "King Charles", "Prince Charles", "Charles, Prince of Wales"]),
    "Q9576": ("Callaghan", ["Jim Callaghan", "Leonard James Callaghan"]),
    "Q7416": ("Thatcher", ["Margaret Hilda Thatcher", "Maggie Thatcher"]),
    "Q9559": ("Major", ["Sir John Major"]),
    "Q9545": ("Blair", ["Anthony Blair", "Anthony Charles Lynton Blair", "Sir Tony Blair"]),
    "Q10648": ("Brown", ["James Gordon Brown"]),
    "Q192": ("Cameron", ["David William Donald Cameron", "Lord Cameron"]),
    "Q264766": ("May", ["Theresa Mary May"]),
    "Q180589": ("Johnson", ["Alexander Boris de Pfeffel Johnson", "Boris de Pfeffel Johnson"]),
    "Q272201": ("Truss", ["Mary Elizabeth Truss", "Elizabeth Truss"]),
    "Q20055561": ("Sunak", []),
    "Q6383803": ("Starmer", ["Sir Keir Starmer", "Keir Rodney Starmer"]),
    "Q2124": ("Giscard d'Estaing", ["Valery Giscard d'Estaing", "Giscard"]),
    "Q2038": ("Mitterrand", ["Francois Mitterand"]),
    "Q2105": ("Chirac", ["Jacques René Chirac"]),
    "Q329": ("Sarkozy", ["Nicolas Paul Stéphane Sarközy de Nagy-Bocsa"]),
    "Q157": ("Hollande", ["François Gérard Georges Hollande"]),
    "Q3052772": ("Macron", ["Emmanuel Jean-Michel Frédéric Macron"]),
    "NG-raymond-barre": ("Barre", []),
    "NG-pierre-mauroy": ("Mauroy", []),
    "NG-laurent-fabius": ("Fabius", []),
    "NG-michel-rocard": ("Rocard", []),
    "NG-edith-cresson": ("Cresson", []),
    "NG-pierre-beregovoy": ("Bérégovoy", []),
    "NG-edouard-balladur": ("Balladur", []),
    "NG-alain-juppe": ("Juppé", []),
    "NG-lionel-jospin": ("Jospin", []),
    "NG-jean-pierre-raffarin": ("Raffarin", []),
    "NG-dominique-de-villepin": ("de Villepin", ["Dominique Galouzeau de Villepin"]),
    "Q101410": ("Fillon", []),
    "Q7711": ("Ayrault", []),
    "Q10287": ("Valls", []),
    "Q560890": ("Cazeneuve", []),
    "Q3579995": ("Philippe", []),
    "Q3171170": ("Castex", []),
    "Q20020731": ("Borne", ["Elisabeth Borne"]),
    "Q30339350": ("Attal", []),
    "Q438465": ("Barnier", []),
    "Q12963": ("Bayrou", []),
    "Q20089181": ("Lecornu", []),
    "Q2516": ("Schmidt", []),
    "Q2518": ("Kohl", []),
    "Q2530": ("Schröder", ["Gerhard Schroeder", "Gerhard Fritz Kurt Schröder"]),
    "Q567": ("Merkel", ["Angela Dorothea Merkel"]),
    "Q61053": ("Scholz", []),
    "Q566257": ("Merz", ["Joachim-Friedrich Martin Josef Merz"]),
    "Q2569": ("Carstens", []),
    "Q2567": ("von Weizsäcker", ["Richard Karl Freiherr von Weizsäcker", "Richard von Weizsaecker"]),
    "Q2563": ("Herzog", []),
    "Q2551": ("Rau", []),
    "Q2542": ("Köhler", ["Horst Koehler"]),
    "Q2540": ("Wulff", []),
    "Q2538": ("Gauck", []),
    "Q76658": ("Steinmeier", []),
    "Q34479": ("Hirohito", ["Emperor Hirohito", "Emperor Showa", "Emperor Shōwa"]),
    "Q37979": ("Akihito", ["Emperor Akihito"]),
    "Q217096": ("Naruhito", ["Emperor Naruhito", "Crown Prince Naruhito"]),
    "Q315568": ("Ohira", ["Masayoshi Ohira"]),
    "Q744989": ("Ito", []),
    "Q315551": ("Suzuki", ["Zenko Suzuki"]),
    "Q250828": ("Nakasone", []),
    "Q315561": ("Takeshita", []),
    "Q315591": ("Uno", ["Sosuke Uno"]),
    "Q315579": ("Kaifu", []),
    "Q315565": ("Miyazawa", []),
    "Q315555": ("Hosokawa", []),
    "Q315720": ("Hata", []),
    "Q310126": ("Murayama", []),
    "Q309374": ("Hashimoto", ["Ryūtarō Hashimoto"]),
    "Q313339": ("Obuchi", ["Keizo Obuchi"]),
    "Q233499": ("Mori", ["Yoshiro Mori"]),
    "Q130852": ("Koizumi", ["Jun'ichirō Koizumi", "Junichiro Koizumi"]),
    "Q132345": ("Abe", ["Shinzō Abe"]),
    "Q101137": ("Fukuda", []),
    "Q132596": ("Aso", ["Tarō Asō"]),
    "Q131077": ("Hatoyama", []),
    "Q47846": ("Kan", []),
    "Q57647": ("Noda", []),
    "Q122465": ("Suga", []),
    "Q359480": ("Kishida", []),
    "Q1335527": ("Ishiba", []),
    "NG-sanae-takaichi": ("Takaichi", []),
    "Q336913": ("Reddy", ["N. Sanjiva Reddy"]),
    "Q334851": ("Singh", ["Giani Zail Singh"]),
    "Q297950": ("Venkataraman", ["Ramaswamy Venkataraman"]),
    "Q332157": ("Sharma", []),
    "Q235454": ("Narayanan", ["Kocheril Raman Narayanan"]),
    "Q9513": ("Kalam", ["Abdul Kalam", "APJ Abdul Kalam", "Avul Pakir Jainulabdeen Abdul Kalam"]),
    "Q47854": ("Patil", ["Pratibha Devisingh Patil"]),
    "Q57446": ("Mukherjee", []),
    "Q16845347": ("Kovind", []),
    "Q19901232": ("Murmu", []),
    "Q319824": ("Singh", ["Chaudhary Charan Singh", "Choudhary Charan Singh"]),
    "Q1149": ("Gandhi", ["Indira Priyadarshini Gandhi"]),
    "Q4593": ("Gandhi", []),
    "Q315338": ("Singh", ["Vishwanath Pratap Singh", "VP Singh"]),
    "Q334279": ("Shekhar", []),
    "Q275146": ("Rao", ["Narasimha Rao", "PV Narasimha Rao"]),
    "Q233289": ("Vajpayee", ["A. B. Vajpayee"]),
    "Q377870": ("Gowda", ["Deve Gowda", "H.D. Deve Gowda"]),
    "Q248484": ("Gujral", ["Inder Kumar Gujral"]),
    "Q41914": ("Singh", []),
    "Q1058": ("Modi", ["Narendra Damodardas Modi"]),
    "NG-kim-il-sung": ("Kim", ["Kim Il-sung", "Kim Il-song"]),
    "Q10665": ("Kim", ["Kim Jong-il", "Kim Jong-Il", "Kim Chong-il"]),
    "Q56226": ("Kim", ["Kim Jong-un", "Kim Jong-Un", "Kim Jung-un", "Kim Jong Eun"]),
    "Q485424": ("Yon", []),
    "Q335164": ("Hong", []),
    "Q494800": ("Pak", ["Pak Pong Ju"]),
    "Q310875": ("Kim", ["Kim Yong Il"]),
    "Q310889": ("Choe", ["Choe Yong Rim"]),
    "Q56818689": ("Kim", ["Kim Jae Ryong"]),
    "Q25035961": ("Kim", ["Kim Tok Hun", "Kim Deok-hun"]),
    "Q16905281": ("Pak", ["Pak Thae Song"]),
    "Q313350": ("Choi", ["Choi Kyu Hah"]),
    "Q14362": ("Chun", ["Chun Doo Hwan", "Jeon Du-hwan"]),
    "Q242651": ("Roh", ["Roh Tae Woo", "No Tae-u"]),
    "Q165210": ("Kim", ["Kim Young Sam"]),
    "Q45785": ("Kim", ["Kim Dae Jung"]),
    "Q14345": ("Roh", ["Roh Moo Hyun", "No Mu-hyeon"]),
    "Q14342": ("Lee", ["Lee Myung Bak"]),
    "Q138048": ("Park", ["Park Geun Hye"]),
    "Q21001": ("Moon", ["Moon Jae In", "Mun Jae-in"]),
    "Q16090635": ("Yoon", ["Yoon Suk-yeol", "Yoon Seok-youl", "Yun Seok-yeol"]),
    "Q12612463": ("Lee", ["Lee Jae Myung", "Lee Jae-myeong"]),
    "Q189732": ("Kravchuk", ["Leonid Makarovych Kravchuk"]),
    "Q629702": ("Kuchma", ["Leonid Danylovych Kuchma"]),
    "Q1459699": ("Yushchenko", ["Viktor Andriyovych Yushchenko", "Victor Yushchenko"]),
    "Q1459658": ("Yanukovych", ["Viktor Fedorovych Yanukovych", "Victor Yanukovych", "Viktor Yanukovich"]),
    "Q15850": ("Turchynov", ["Oleksandr Turchinov", "Alexander Turchinov"]),
    "Q58077": ("Poroshenko", ["Petro Oleksiyovych Poroshenko", "Petr Poroshenko"]),
    "Q3874799": ("Zelensky", ["Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Oleksandrovych Zelenskyy",
                              "Vladimir Zelensky", "Wolodymyr Selenskyj"]),
    "Q559607": ("Lazarenko", []),
    "Q48283": ("Tymoshenko", ["Yulia Timoshenko", "Yuliya Tymoshenko"]),
    "Q311116": ("Yekhanurov", ["Yuri Yekhanurov"]),
    "Q57590": ("Azarov", []),
    "Q471730": ("Yatsenyuk", ["Arseniy Yatseniuk", "Arseny Yatsenyuk"]),
    "Q4150130": ("Groysman", ["Volodymyr Hroisman"]),
    "Q64486491": ("Honcharuk", ["Oleksiy Goncharuk"]),
    "Q66094865": ("Shmyhal", ["Denys Shmygal", "Denis Shmygal"]),
    "Q61112536": ("Svyrydenko", ["Yuliia Svyrydenko"]),
    "Q311583": ("Navon", []),
    "Q295141": ("Herzog", []),
    "Q128911": ("Weizman", []),
    "Q181832": ("Katsav", ["Moshe Katzav"]),
    "Q57410": ("Peres", []),
    "Q455854": ("Rivlin", ["Ruvi Rivlin"]),
    "Q983258": ("Herzog", ["Yitzhak Herzog"]),
    "Q130873": ("Begin", []),
    "Q184351": ("Shamir", []),
    "Q34060": ("Rabin", []),
    "Q43723": ("Netanyahu", ["Binyamin Netanyahu", "Bibi Netanyahu"]),
    "Q125731": ("Barak", []),
    "Q60206": ("Sharon", []),
    "Q93181": ("Olmert", []),
    "Q39318": ("Bennett", []),
    "Q1396120": ("Lapid", []),
    "Q38823": ("Khomeini", ["Ayatollah Khomeini", "Ayatollah Ruhollah Khomeini", "Ruhollah Mousavi Khomeini"]),
    "Q57336": ("Khamenei", ["Ayatollah Ali Khamenei", "Ayatollah Khamenei", "Sayyid Ali Khamenei"]),
    "Q273866": ("Banisadr", ["Abolhassan Bani-Sadr", "Abol Hassan Bani-Sadr"]),
    "Q310592": ("Rajai", ["Mohammad Ali Rajai"]),
    "Q186111": ("Rafsanjani", ["Ali Akbar Hashemi Rafsanjani", "Hashemi Rafsanjani"]),
    "Q180795": ("Khatami", []),
    "Q34448": ("Ahmadinejad", ["Mahmoud Ahmadinezhad"]),
    "Q348144": ("Rouhani", ["Hassan Rohani"]),
    "Q5947347": ("Raisi", ["Ebrahim Raeesi", "Ebrahim Raeisi"]),
    "Q5933752": ("Pezeshkian", ["Massoud Pezeshkian"]),
    "NG-mir-hossein-mousavi": ("Mousavi", ["Mir Hossein Mousavi", "Mir-Hossein Moussavi"]),
    "Q313357": ("Korutürk", []),
    "Q343514": ("Çağlayangil", []),
    "Q216983": ("Evren", []),
    "Q180280": ("Özal", []),
    "Q151729": ("Demirel", []),
    "Q165487": ("Sezer", []),
    "Q42852": ("Gül", []),
    "Q39259": ("Erdoğan", ["Tayyip Erdoğan"]),
    "Q375687": ("Ulusu", []),
    "Q558287": ("Akbulut", []),
    "Q366692": ("Yılmaz", []),
    "Q208377": ("Çiller", []),
    "Q243550": ("Erbakan", []),
    "Q192634": ("Ecevit", []),
    "Q58198": ("Davutoğlu", []),
    "Q863496": ("Yıldırım", []),
    "Q208301": ("Khalid", ["King Khalid", "Khalid bin Abdul Aziz"]),
    "Q183187": ("Fahd", ["King Fahd", "Fahd bin Abdul Aziz"]),
    "Q57298": ("Abdullah", ["King Abdullah of Saudi Arabia", "Abdullah bin Abdul Aziz"]),
    "Q367825": ("Salman", ["King Salman", "Salman bin Abdul Aziz"]),
    "Q6892571": ("bin Salman", ["Mohammad bin Salman", "Muhammad bin Salman", "MBS",
                                "Mohammed bin Salman Al Saud"]),
    "Q192377": ("Figueiredo", []),
    "Q244997": ("Sarney", []),
    "Q236503": ("Collor", ["Fernando Collor"]),
    "Q485946": ("Franco", []),
    "Q230578": ("Cardoso", []),
    "Q37181": ("Lula", ["Lula da Silva", "Luiz Inacio Lula da Silva", "Luiz Inácio da Silva"]),
    "Q40722": ("Rousseff", ["Dilma Vana Rousseff"]),
    "Q463533": ("Temer", []),
    "Q10304982": ("Bolsonaro", ["Jair Messias Bolsonaro"]),
    "Q128574": ("Clark", ["Charles Joseph Clark"]),
    "Q8619": ("Trudeau", ["Pierre Elliott Trudeau"]),
    "Q128568": ("Turner", []),
    "Q128563": ("Mulroney", []),
    "Q128553": ("Campbell", []),
    "Q128543": ("Chrétien", []),
    "Q128529": ("Martin", []),
    "Q206": ("Harper", []),
    "Q3099714": ("Trudeau", []),
    "Q192533": ("Carney", []),
    "Q1233": ("Pertini", []),
    "Q1230": ("Cossiga", []),
    "Q1228": ("Scalfaro", []),
    "Q1224": ("Ciampi", []),
    "Q1220": ("Napolitano", []),
    "Q3956186": ("Mattarella", []),
    "Q434786": ("Forlani", []),
    "Q332709": ("Spadolini", []),
    "Q273228": ("Fanfani", []),
    "Q192818": ("Craxi", []),
    "Q336259": ("Goria", []),
    "Q316226": ("De Mita", []),
    "Q50005": ("Andreotti", []),
    "Q202209": ("Amato", []),
    "Q11860": ("Berlusconi", []),
    "Q208100": ("Dini", []),
    "Q38484": ("Prodi", []),
    "Q47602": ("D'Alema", []),
    "Q47904": ("Monti", []),
    "Q674957": ("Letta", []),
    "Q47563": ("Renzi", []),
    "Q1071031": ("Gentiloni", []),
    "Q53844829": ("Conte", []),
    "Q294460": ("Draghi", []),
    "Q451791": ("Meloni", []),
    "Q315979": ("Fraser", []),
    "Q269372": ("Hawke", []),
    "Q242654": ("Keating", []),
    "Q51330": ("Howard", []),
    "Q43135": ("Rudd", []),
    "Q41563": ("Gillard", []),
    "Q348577": ("Abbott", []),
    "Q927550": ("Turnbull", []),
    "Q7436908": ("Morrison", []),
    "Q335697": ("Albanese", []),
    "Q200499": ("Zia", ["Zia ul-Haq", "Zia-ul-Haq", "Mohammad Zia-ul-Haq"]),
    "Q314776": ("Khan", []),
    "Q334059": ("Leghari", []),
    "Q34935": ("Tarar", ["Rafiq Tarar"]),
    "Q40495": ("Musharraf", []),
    "Q57373": ("Zardari", []),
    "Q14257286": ("Hussain", []),
    "Q4790529": ("Alvi", []),
    "Q559952": ("Junejo", []),
    "Q34413": ("Bhutto", []),
    "Q134068": ("Sharif", ["Mian Nawaz Sharif", "Muhammad Nawaz Sharif"]),
    "Q140144": ("Jamali", []),
    "Q2265796": ("Hussain", ["Shujaat Hussain"]),
    "Q223555": ("Aziz", []),
    "Q152052": ("Gilani", ["Yousuf Raza Gilani", "Yousaf Raza Gilani"]),
    "Q57811": ("Ashraf", ["Raja Pervez Ashraf"]),
    "Q7461686": ("Abbasi", []),
    "Q155164": ("Khan", ["Imran Ahmed Khan Niazi"]),
    "Q2096387": ("Sharif", ["Shahbaz Sharif", "Mian Shehbaz Sharif"]),
    "Q42013": ("Sadat", ["Anwar el-Sadat", "Anwar al-Sadat", "Mohamed Anwar el-Sadat"]),
    "Q34105": ("Mubarak", ["Mohamed Hosni Mubarak", "Husni Mubarak"]),
    "Q4631": ("Morsi", ["Mohammed Morsi", "Mohamed Mursi"]),
    "Q13593432": ("Mansour", []),
    "Q307871": ("Sisi", ["Abdel Fattah al-Sisi", "Abdel-Fattah el-Sissi", "Abdul Fattah al-Sisi"]),
    "Q400643": ("Mohieddin", []),
    "Q1722834": ("Ali", []),
    "Q1391705": ("Mahmoud", []),
    "Q755840": ("Sedki", ["Atef Sidqi"]),
    "Q365922": ("Ganzouri", ["Kamal el-Ganzouri", "Kamal al-Ganzouri"]),
    "Q559232": ("Ebeid", []),
    "Q220296": ("Nazif", []),
    "Q294765": ("Shafik", ["Ahmed Shafiq"]),
    "Q57680": ("Sharaf", []),
    "Q57728": ("Qandil", ["Hisham Qandil"]),
    "Q1592085": ("Beblawi", ["Hazem Beblawi"]),
    "Q15830552": ("Mahlab", []),
    "Q16250142": ("Ismail", []),
    "Q54901515": ("Madbouly", ["Moustafa Madbouly", "Mostafa Madbouli"]),
    "Q315613": ("López Portillo", []),
    "Q296691": ("de la Madrid", ["Miguel de la Madrid Hurtado"]),
    "Q315633": ("Salinas", []),
    "Q298149": ("Zedillo", ["Ernesto Zedillo Ponce de León"]),
    "Q190572": ("Fox", ["Vicente Fox Quesada"]),
    "Q57269": ("Calderón", ["Felipe Calderón Hinojosa"]),
    "Q296741": ("Peña Nieto", []),
    "Q318508": ("López Obrador", ["AMLO"]),
    "Q5771800": ("Sheinbaum", ["Claudia Sheinbaum Pardo"]),
    "NG-p-w-botha": ("Botha", ["Pieter Willem Botha", "PW Botha"]),
    "NG-f-w-de-klerk": ("de Klerk", ["Frederik Willem de Klerk", "FW de Klerk", "Frederik de Klerk"]),
    "Q8023": ("Mandela", ["Nelson Rolihlahla Mandela"]),
    "Q101547": ("Mbeki", []),
    "Q152327": ("Motlanthe", []),
    "Q57282": ("Zuma", ["Jacob Gedleyihlekisa Zuma"]),
    "Q1148669": ("Ramaphosa", ["Matamela Cyril Ramaphosa"]),
    "Q380668": ("Shagari", []),
    "Q361567": ("Buhari", ["Muhammad Buhari"]),
    "Q333415": ("Babangida", []),
    "Q471351": ("Shonekan", []),
    "Q207942": ("Abacha", []),
    "Q262346": ("Abubakar", []),
    "Q202006": ("Obasanjo", []),
    "Q104705": ("Yar'Adua", ["Umaru Yar'Adua"]),
    "Q57380": ("Jonathan", []),
    "Q3510872": ("Tinubu", ["Bola Ahmed Tinubu"]),
    "Q19943": ("Juan Carlos", ["King Juan Carlos", "Juan Carlos de Borbón"]),
    "Q191045": ("Felipe", ["King Felipe VI", "King Felipe"]),
    "Q214367": ("Suárez", []),
    "Q273129": ("Calvo-Sotelo", []),
    "Q156799": ("González", []),
    "Q55637": ("Aznar", []),
    "Q41395": ("Zapatero", ["José Luis Zapatero"]),
    "Q10819": ("Rajoy", []),
    "Q6070218": ("Sánchez", ["Pedro Sánchez Pérez-Castejón"]),
    "Q55834": ("Jaruzelski", []),
    "Q444": ("Wałęsa", []),
    "Q55758": ("Kwaśniewski", []),
    "Q2757": ("Kaczyński", []),
    "Q42939": ("Komorowski", []),
    "Q9151911": ("Duda", []),
    "Q17704749": ("Nawrocki", []),
    "Q55922": ("Mazowiecki", []),
    "Q55909": ("Bielecki", []),
    "Q55927": ("Olszewski", []),
    "Q55928": ("Pawlak", []),
    "Q55930": ("Suchocka", []),
    "Q55924": ("Oleksy", []),
    "Q55915": ("Cimoszewicz", []),
    "Q55910": ("Buzek", []),
    "Q55782": ("Miller", []),
    "Q55900": ("Belka", []),
    "Q55920": ("Marcinkiewicz", []),
    "Q55917": ("Kaczyński", []),
    "Q946": ("Tusk", []),
    "Q246216": ("Kopacz", []),
    "Q4877021": ("Szydło", []),
    "Q11771436": ("Morawiecki", []),
    "Q44819": ("Suharto", ["Soeharto"]),
    "Q76156": ("Habibie", ["Bacharuddin Jusuf Habibie", "Jusuf Habibie"]),
    "Q76167": ("Wahid", ["Gus Dur"]),
    "Q76179": ("Megawati", ["Megawati Soekarnoputri"]),
    "Q57405": ("Yudhoyono", ["SBY"]),
    "Q3318231": ("Widodo", ["Jokowi"]),
    "Q2107268": ("Prabowo", ["Prabowo Subianto Djojohadikusumo"]),
    "Q118725": ("Assad", ["Hafiz al-Assad", "Hafez Assad"]),
    "Q307237": ("Khaddam", ["Abdul-Halim Khaddam"]),
    "Q44329": ("Assad", ["Bashar Assad", "Bashar Hafez al-Assad"]),
    "Q7934206": ("al-Sharaa", ["Abu Mohammed al-Jolani", "Abu Mohammad al-Julani", "Ahmad al-Sharaa"]),
    "Q317430": ("al-Kasm", []),
    "Q1884964": ("Zuabi", ["Mahmoud al-Zoubi"]),
    "Q403471": ("Mero", ["Mohammed Mustafa Miro"]),
    "Q336406": ("al-Otari", ["Naji al-Otari"]),
    "Q353713": ("Safar", []),
    "Q354642": ("Hijab", ["Riyad Hijab"]),
    "Q713915": ("al-Halqi", ["Wael al-Halqi"]),
    "Q6001983": ("Khamis", []),
    "Q60455401": ("Arnous", []),
    "Q122759674": ("al-Jalali", []),
    "Q131377413": ("al-Bashir", []),
    "Q1316": ("Saddam", ["Saddam Hussein al-Tikriti", "Saddam Husayn"]),
    "Q180911": ("al-Yawer", ["Ghazi Mashal Ajil al-Yawer"]),
    "Q57306": ("Talabani", []),
    "Q17410819": ("Masum", ["Fuad Massoum"]),
    "Q808173": ("Salih", ["Barham Saleh"]),
    "Q6496078": ("Rashid", ["Abdul Latif Jamal Rashid"]),
    "Q711468": ("Hammadi", ["Saadoun Hammadi"]),
    "Q958345": ("Zubeidi", []),
    "Q4695340": ("al-Samarrai", []),
    "Q313816": ("Allawi", ["Iyad Allawi"]),
    "Q316495": ("al-Jaafari", ["Ibrahim Jaafari"]),
    "Q57673": ("al-Maliki", ["Nuri al-Maliki", "Nouri Maliki"]),
    "Q5639013": ("al-Abadi", ["Haidar al-Abadi"]),
    "Q357116": ("Abdul-Mahdi", ["Adel Abdul Mahdi"]),
    "Q85317569": ("al-Kadhimi", ["Mustafa Kadhimi", "Mustafa al-Kazemi"]),
    "Q3700793": ("al-Sudani", ["Mohammed Shia' al-Sudani", "Mohammed al-Sudani"]),
    "Q63827": ("Karmal", []),
    "Q207728": ("Najibullah", ["Mohammad Najibullah Ahmadzai", "Dr. Najibullah"]),
    "Q188667": ("Rabbani", []),
    "Q193968": ("Omar", ["Mullah Omar", "Mohammed Omar"]),
    "Q2995293": ("Rabbani", ["Mullah Mohammad Rabbani"]),
    "NG-hamid-karzai": ("Karzai", []),
    "Q172388": ("Ghani", ["Ashraf Ghani Ahmadzai", "Mohammad Ashraf Ghani"]),
    "NG-abdullah-abdullah": ("Abdullah", []),
    "Q24237654": ("Akhundzada", ["Haibatullah Akhundzada", "Hibatullah Akhunzada", "Mawlawi Hibatullah Akhundzada"]),
    "Q108444479": ("Akhund", ["Mullah Mohammad Hassan Akhund", "Mohammad Hassan Akhund"]),
    "Q455661": ("Herrera Campins", []),
    "Q727036": ("Lusinchi", []),
    "Q295790": ("Pérez", []),
    "Q143499": ("Velásquez", []),
    "Q311323": ("Caldera", []),
    "Q8440": ("Chávez", ["Hugo Rafael Chávez Frías"]),
    "Q58132": ("Maduro", ["Nicolás Maduro Moros"]),
    "Q11256": ("Castro", ["Fidel Castro Ruz", "Fidel Alejandro Castro Ruz"]),
    "Q46809": ("Castro", ["Raúl Castro Ruz", "Raul Modesto Castro Ruz"]),
    "Q1932603": ("Díaz-Canel", ["Miguel Díaz-Canel Bermúdez", "Miguel Diaz Canel"]),
    "Q79358625": ("Marrero", ["Manuel Marrero"]),
    "Q2866": ("Lukashenko", ["Alexander Lukashenka", "Aliaksandr Lukashenka", "Alyaksandr Lukashenka",
                             "Aleksandr Lukashenko", "Alexander Grigoryevich Lukashenko"]),
    "Q1361912": ("Kebich", []),
    "Q983965": ("Chigir", ["Mikhail Chyhir"]),
    "Q631311": ("Ling", []),
    "Q712434": ("Yermoshin", []),
    "Q185483": ("Novitsky", []),
    "Q212953": ("Sidorsky", []),
    "Q45076": ("Myasnikovich", []),
    "Q502864": ("Kobyakov", []),
    "Q3813861": ("Rumas", []),
    "Q27043179": ("Golovchenko", []),
    "Q56235580": ("Turchin", ["Aleksandr Turchin"]),
    "Q313598": ("Chiang", ["Chiang Ching-kuo", "Jiang Jingguo"]),
    "Q315528": ("Lee", ["Lee Teng-hui", "Li Denghui"]),
    "Q22368": ("Chen", ["Chen Shui-bian"]),
    "Q19216": ("Ma", ["Ma Ying-jeou", "Ma Yingjiu"]),
    "Q233984": ("Tsai", ["Tsai Ing-wen", "Cai Yingwen"]),
    "Q3847080": ("Lai", ["William Lai", "Lai Ching-te", "Lai Qingde"]),
    "Q4118817": ("Jiang", []),
    "Q6753581": ("Mao", []),
    "Q10294207": ("Chang", ["Chang San-cheng"]),
    "Q8997373": ("Lin", []),
    "Q551904": ("Su", ["Su Tseng-chang"]),
    "Q9182314": ("Chen", []),
    "Q5116472": ("Cho", []),
}

# Surnames that are common words, common given names, frequent family names or bare royal
# given names: never unambiguous alone. A surname shared by two people in the file is never
# unambiguous either (computed).
COMMON = {"Abbasi", "Abbott", "Abdullah", "Abe", "Abubakar", "Akhund", "Ali", "Amato", "Ashraf",
          "Aso", "Assad", "Aziz", "Barak", "Barre", "Begin", "Bennett", "Bhutto", "Borne", "Botha",
          "Brown", "Bush", "Caldera", "Calderón", "Cameron", "Campbell", "Cardoso", "Carter",
          "Castro", "Chang", "Charles", "Chen", "Chiang", "Cho", "Choe", "Choi", "Chun", "Chávez",
          "Clark", "Clinton", "Conte", "Dini", "Elizabeth", "Fahd", "Felipe", "Figueiredo", "Fox",
          "Franco", "Fraser", "Fukuda", "Gandhi", "González", "Gowda", "Hammadi", "Harper",
          "Hashimoto", "Hata", "Herzog", "Hijab", "Hong", "Howard", "Hu", "Hua", "Hussain",
          "Ismail", "Ito", "Jiang", "Johnson", "Jonathan", "Juan Carlos", "Kaczyński", "Kan",
          "Keating", "Khalid", "Khamis", "Khan", "Kim", "Koizumi", "Köhler", "Lai", "Lee", "Li",
          "Lin", "Ling", "Ma", "Mahmoud", "Major", "Mansour", "Mao", "Marrero", "Martin", "Masum",
          "May", "Mero", "Miller", "Monti", "Moon", "Mori", "Morrison", "Mousavi", "Mukherjee",
          "Narayanan", "Omar", "Pak", "Park", "Patil", "Pavlov", "Philippe", "Pérez", "Rabbani",
          "Rao", "Rashid", "Rau", "Reddy", "Roh", "Safar", "Salih", "Salinas", "Salman", "Schmidt",
          "Sedki", "Shafik", "Sharaf", "Sharif", "Sharma", "Sharon", "Shekhar", "Singh", "Su",
          "Suzuki", "Suárez", "Sánchez", "Tikhonov", "Truss", "Tsai", "Turner", "Uno", "Velásquez",
          "Venkataraman", "Wahid", "Wang", "Wen", "Yang", "Yon", "Yoon", "Yıldırım", "Yılmaz",
          "Zhao", "Zhu", "Zia", "al-Bashir"}

ROLE = {"S": ["head_of_state"], "G": ["head_of_government"], "B": ["head_of_state", "head_of_government"],
        "D": ["de_facto_leader"]}
PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "la", "le",
             "bin", "ibn", "al", "el", "ben", "y", "e", "af", "zu", "ter", "ul", "ud"}
ROMAN = re.compile(r"^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$")
# Labels of the Wikidata extract that are not in English (team knowledge).
NAME_FIX = {"Q217096": "Naruhito", "Q43274": "Charles III", "Q31280": "Archbishop Damaskinos",
            "Q192780": "Abdullah I of Jordan", "Q57464": "Abdullah II of Jordan", "Q3911": "Albert II of Belgium",
            "Q3910": "Albert II of Monaco", "Q12976": "Baudouin of Belgium", "Q29574": "Beatrix of the Netherlands",
            "Q45068": "Carl XVI Gustaf", "Q445553": "Prince Charles of Belgium", "Q156617": "Christian X of Denmark",
            "Q217167": "King Faisal of Saudi Arabia", "Q155004": "Philippe of Belgium", "Q151312": "Frederick IX of Denmark",
            "Q1004037": "Frederik X of Denmark", "Q154952": "Willem-Alexander", "Q150747": "Wilhelmina of the Netherlands",
            "Q52890": "Gustaf V of Sweden", "Q52878": "Gustaf VI Adolf", "Q154927": "Haakon VII", "Q57454": "Hans-Adam II",
            "Q57287": "Harald V of Norway", "Q146906": "King Hussein of Jordan", "Q280856": "George VI",
            "Q154946": "Juliana of the Netherlands", "Q12973": "Leopold III of Belgium", "Q57537": "Letsie III",
            "Q102139": "Margrethe II", "Q930013": "Michael I of Romania", "Q152265": "Mohammed Zahir Shah",
            "Q154912": "Olav V of Norway", "Q2494": "Pope Benedict XVI", "Q450675": "Pope Francis",
            "Q37278": "Pope John Paul I", "Q989": "Pope John Paul II", "Q23873": "Pope John XXIII", "Q2604": "Pope Pius XII",
            "Q2701376": "Sisowath Sirik Matak", "Q185025": "Rainier III", "Q244206": "King Saud of Saudi Arabia",
            "Q1060355": "Simeon Saxe-Coburg-Gotha", "Q294365": "Talal of Jordan"}
# Rows of the extract that are not a person.
NOT_PERSON = {"Q124846311"}  # Conselho Presidencial de Transição (Haiti's transitional council)


def auto_surname(name):
    """The last word of a name that is not a particle or a regnal number ('' for one-word names)."""
    words = [w for w in re.split(r"\s+", name.split(",")[0].strip()) if w]
    if " of " in name or words[0] in ("Pope", "King", "Queen", "Prince", "Sheikh", "Emir", "Sultan"):
        return ""
    if len(words) < 2 or ROMAN.match(words[-1]):
        return ""
    return words[-1]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)) \
        .replace("ı", "i").replace("ł", "l").replace("Ł", "L")


def read_roles(path):
    roles, names = [], {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split(None, 6)
        if len(parts) != 7:
            sys.exit(f"{path}:{n}: expected 7 fields: {line}")
        ctry, office, role, start, end, pid, name = parts
        end = "" if end == "-" else end
        for d in (start, end):
            if d:
                date.fromisoformat(d)
        if pid in names and names[pid] != name:
            sys.exit(f"{path}:{n}: {pid} named both {names[pid]!r} and {name!r}")
        names[pid] = name
        for r in ROLE[role]:
            roles.append((pid, ctry, office, r, start, end))
    return roles, names


def check(roles, names, shared):
    f = Path(shared) / "data" / "leaders" / "wikidata-heads" / "leaders_history.csv"
    by = defaultdict(list)
    for r in csv.DictReader(open(f, encoding="utf-8")):
        by[(r["person_qid"], r["iso3"], r["role"])].append((r["start"][:10], r["end"][:10]))
    n_ok = n_diff = n_missing = 0
    for pid, ctry, office, role, start, end in roles:
        if not pid.startswith("Q"):
            continue
        cands = by.get((pid, ctry, role)) or by.get((pid, ctry, "head_of_state" if role ==
                                                       "head_of_government" else "head_of_government"))
        if not cands:
            n_missing += 1
            print(f"not in wikidata-heads: {ctry} {role} {office} {start} {names[pid]} {pid}")
            continue
        best = min(cands, key=lambda c: abs((date.fromisoformat(c[0]) - date.fromisoformat(start)).days)
                   if c[0][:4].isdigit() else 99999)
        ds = abs((date.fromisoformat(best[0]) - date.fromisoformat(start)).days) if best[0][:4].isdigit() else None
        de = None
        if best[1][:4].isdigit() and end:
            de = abs((date.fromisoformat(best[1]) - date.fromisoformat(end)).days)
        if (ds is None or ds > 3) or (de is not None and de > 3) or (bool(best[1]) != bool(end)):
            n_diff += 1
            print(f"differs: {ctry} {role} {office} {names[pid]} {pid}: ours {start}..{end or '-'}"
                  f" wikidata {best[0]}..{best[1] or '-'}")
        else:
            n_ok += 1
    print(f"check: {n_ok} agree within 3 days, {n_diff} differ, {n_missing} not found", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(OUT_DIR))
    ap.add_argument("--check", action="store_true", help="compare with the Wikidata heads extract")
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    args = ap.parse_args()
    roles, names = read_roles(HERE / "leaders_data.txt")
    extra = sorted(set(PEOPLE) - set(names))
    if extra:
        sys.exit(f"PEOPLE entries without roles: {extra}")
    if args.check:
        check(roles, names, args.shared)

    from import_leaders import imported
    # provisional NG- ids: take the QID of the Wikidata extract when exactly one person there has the same name
    by_name = defaultdict(set)
    with open(Path(args.shared) / "data" / "leaders" / "wikidata-heads" / "leaders_history.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            by_name[fold(r["person"]).lower().replace("-", " ")].add(r["person_qid"])
    rename = {}
    for pid, n in names.items():
        q = by_name.get(fold(n).lower().replace("-", " "), set())
        if pid.startswith("NG-") and len(q) == 1 and next(iter(q)) not in names:
            rename[pid] = next(iter(q))
    if rename:
        print(f"NG- ids replaced by the extract's QID: {sorted(rename.items())}")
        roles = [(rename.get(r[0], r[0]),) + tuple(r[1:]) for r in roles]
        names = {rename.get(k, k): v for k, v in names.items()}
        for old, new in rename.items():
            if old in PEOPLE:
                PEOPLE[new] = PEOPLE.pop(old)
    countries = {}
    with open(Path(args.out) / "countries.tsv", encoding="utf-8") as f:
        for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"):
            countries[r["id"]] = {"valid_from": date.fromisoformat(r["valid_from"]) if r["valid_from"] else None,
                                  "valid_to": date.fromisoformat(r["valid_to"]) if r["valid_to"] else None}
    imp_names, imp_roles = imported(args.shared, roles, countries, HERE / "leaders_recent.txt")
    imp_roles = [r for r in imp_roles if r["pid"] not in NOT_PERSON]
    imp_names = {k: v for k, v in imp_names.items() if k not in NOT_PERSON}
    # hand rows: (pid, ctry, office, role, start, end) -> full rows with tenure and source
    all_roles = []
    for pid, c, o, r, s, e in roles:
        # a role starts no earlier than its country (Yeltsin was President of the RSFSR from
        # 1991-07-10, of the Russian Federation, RUS, from 1991-12-26)
        vf = countries[c]["valid_from"]
        if vf and date.fromisoformat(s) < vf:
            if e and date.fromisoformat(e) <= vf:
                continue
            s = vf.isoformat()
        all_roles.append((pid, c, o, r, s, e, "", "team"))
    for r in imp_roles:
        all_roles.append((r["pid"], r["ctry"], r["office"], r["role"], r["start"].isoformat(),
                          r["end"].isoformat() if r["end"] else "", r["tenure"], r["source"]))
    all_names = dict(names)
    source = {pid: "team" for pid in names}
    for pid, n in imp_names.items():
        if pid not in all_names:
            all_names[pid] = NAME_FIX.get(pid, n)
            source[pid] = "wikidata" if pid.startswith("Q") else "team"
    people = {}
    for pid, n in all_names.items():
        if pid in PEOPLE:
            people[pid] = PEOPLE[pid]
        else:
            people[pid] = (auto_surname(n), [])

    surname_count = defaultdict(int)
    for pid in all_names:
        if people[pid][0]:
            surname_count[fold(people[pid][0]).lower()] += 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "leaders.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# newsgraph gazetteer: leaders (heads of state and government, de facto leaders). Generated by\n")
        f.write("# src/tools/gazetteer/build_leaders.py from leaders_data.txt, leaders_recent.txt and the Wikidata\n")
        f.write("# heads extract (import_leaders.py); see docs/gazetteer.md.\n")
        f.write("# id is a Wikidata QID, or NG-<slug> where the QID is not yet verified.\n")
        f.write("id\tname\tsurname\taliases\tsurname_unambiguous\tsource\n")
        for pid in sorted(all_names, key=lambda p: (source[p] != "team", p.startswith("NG"), all_names[p], p)):
            surname, aliases = people[pid]
            al = []
            for a in [*aliases]:
                for v in (a, fold(a)):
                    if v not in al and v != all_names[pid]:
                        al.append(v)
            fn = fold(all_names[pid])
            if fn != all_names[pid] and fn not in al:
                al.insert(0, fn)
            shared = surname_count[fold(surname).lower()] > 1
            # only reviewed people may be named by the bare surname
            unamb = bool(surname) and pid in PEOPLE and not shared and surname not in COMMON
            for a in al + [all_names[pid], surname]:
                if "\t" in a or "|" in a:
                    sys.exit(f"bad alias {a!r}")
            f.write(f"{pid}\t{all_names[pid]}\t{surname}\t{'|'.join(al)}\t{'true' if unamb else 'false'}\t{source[pid]}\n")
    order = {"de_facto_leader": 0, "head_of_state": 1, "head_of_government": 2}
    with open(out / "leader_roles.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# newsgraph gazetteer: dated roles of leaders. Generated by src/tools/gazetteer/build_leaders.py.\n")
        f.write("# from/to are ISO dates, both inclusive; an empty 'to' means still in office at the last review\n")
        f.write("# (2026-11). tenure: empty, acting or joint (an office held by two or more people at once).\n")
        f.write("leader_id\tcountry_id\toffice\trole\tfrom\tto\ttenure\tsource\n")
        for row in sorted(all_roles, key=lambda r: (r[1], order[r[3]], r[2], r[4], r[0])):
            f.write("\t".join(row) + "\n")
    print(f"leaders: {len(all_names)} ({len(names)} hand-curated)  roles: {len(all_roles)} ({len(roles)} hand-curated)")


if __name__ == "__main__":
    main()
