"""GTD's twelve world regions (`region_txt`) by ISO 3166-1 alpha-2 country code, as GTD assigns them."""

from __future__ import annotations

_REGIONS: dict[str, str] = {
    "North America": "US CA MX",
    "Central America & Caribbean": "BZ CR SV GT HN NI PA AG BS BB CU DM DO GD HT JM KN LC VC TT PR GP MQ AW CW KY "
                                   "VG VI TC BL MF SX AI MS BQ",
    "South America": "AR BO BR CL CO EC GY PY PE SR UY VE GF FK",
    "East Asia": "CN HK MO JP KP KR MN TW",
    "Southeast Asia": "BN KH TL ID LA MY MM PH SG TH VN",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "Western Europe": "AD AT BE CY DK FI FR DE GR IS IE IT LI LU MT MC NL NO PT SM ES SE CH GB VA GI FO GL IM JE GG",
    "Eastern Europe": "AL BY BA BG HR CZ EE HU XK LV LT MK MD ME PL RO RU RS SK SI UA",
    "Middle East & North Africa": "DZ BH EG IR IQ IL JO KW LB LY MA OM PS QA SA SY TN TR AE YE EH",
    "Sub-Saharan Africa": "AO BJ BW BF BI CM CV CF TD KM CG CD CI DJ GQ ER ET GA GM GH GN GW KE LS LR MG MW ML MR "
                          "MU MZ NA NE NG RW ST SN SC SL SO ZA SS SD SZ TZ TG UG ZM ZW RE YT SH",
    "Australasia & Oceania": "AU NZ FJ PG SB VU NC PF WS TO KI FM MH PW NR TV CK NU AS GU MP WF",
}

REGION_BY_CODE: dict[str, str] = {code: region for region, codes in _REGIONS.items() for code in codes.split()}


def gtd_region(country_code: str | None) -> str:
    """GTD `region_txt` of a country, or "" when the country is unknown."""
    return REGION_BY_CODE.get((country_code or "").upper(), "")
