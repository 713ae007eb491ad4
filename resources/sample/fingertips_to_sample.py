#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
"""Writes the sample plan's OHID Fingertips indicators from the real values in
fingertipsnext_healthdata_cheshire_merseyside.csv (see README.md in this folder).

Run it from anywhere: it rewrites cheshire-and-merseyside.json beside it in place. Everything it
writes has a key starting with "fingertips-" and is replaced on every run; the rest of the file is
left as it is. Values are copied exactly: the script checks that each number it writes reads back
as the same double the file's text gives, and it fails on any row of indicators 241, 337 or 92708
that it cannot place (nothing is left out silently, nothing is computed).

Areas are matched by code only: the system and places by their ONS code, sub-ICB locations by the
"Sub-ICB location (ONS)" extra codes the sample's places already carry.
"""
import csv
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
CSV = HERE / "fingertipsnext_healthdata_cheshire_merseyside.csv"
JSON = HERE / "cheshire-and-merseyside.json"
PREFIX = "fingertips-"
ENGLAND = "E92000001"
OGL = "Contains public sector information licensed under the Open Government Licence v3.0."


def source(indicator_id):
    return f"OHID Fingertips, indicator {indicator_id}. {OGL}"


def number(text):
    """The file's number, or None when the field is empty. Whole numbers stay int."""
    if text == "":
        return None
    value = float(text)
    if value.is_integer() and "." not in text and "e" not in text.lower():
        return int(text)
    # JSON carries the shortest text that reads back as the same double.
    if float(repr(value)) != float(text):
        sys.exit(f"{text} does not round-trip")
    return value


def financial_year(year):
    return f"{year}/{(int(year) + 1) % 100:02d}"


def read_rows():
    with CSV.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    keys = set()
    for row in rows:
        key = (row["IndicatorId"], row["AreaCode"], row["Sex"], row["Age"], row["Year"])
        if key in keys:
            sys.exit(f"duplicate row {key}")
        keys.add(key)
    return rows


def series(rows, indicator_id, area_code):
    found = [r for r in rows if r["IndicatorId"] == indicator_id and r["AreaCode"] == area_code]
    return sorted(found, key=lambda r: int(r["Year"]))


def sub_icbs(area):
    """(ONS code, ODS code, name) of each sub-ICB location the area lists, in its order."""
    codes = area.get("extraCodes") or []
    ods = {c["name"]: c["code"] for c in codes if c["scheme"] == "Sub-ICB location"}
    return [(c["code"], ods[c["name"]], c["name"]) for c in codes
            if c["scheme"] == "Sub-ICB location (ONS)"]


NO_TARGET = {
    "kind": "absolute",
    "value": None,
    "period": None,
    "benchmark": None,
    "note": "No target: the source documents set none for this measure, so none is given.",
}
NO_BASELINE = {"value": None, "period": None, "note": None}


def indicator(key, programme, name, definition, unit, decimals, indicator_id, actuals,
              benchmarks):
    return {
        "key": key,
        "programme": programme,
        "name": name,
        "definition": definition,
        "unit": unit,
        "decimals": decimals,
        "polarity": "neutral",
        "code": indicator_id,
        "baseline": dict(NO_BASELINE),
        "target": dict(NO_TARGET),
        "actuals": actuals,
        "benchmarks": benchmarks,
        "source": source(indicator_id),
    }


def diabetes_actual(row):
    return {
        "period": financial_year(row["Year"]),
        "value": number(row["Value"]),
        "lower": number(row["LowerCI"]),
        "upper": number(row["UpperCI"]),
        "count": number(row["Count"]),
        "denominator": number(row["Denominator"]),
        "note": None,
    }


def population_actual(row):
    return {
        "period": row["Year"],
        "value": number(row["Value"]),
        "lower": None,
        "upper": None,
        "count": None,
        "denominator": None,
        "note": None,
    }


def main():
    text = JSON.read_text(encoding="utf-8")
    plan = json.loads(text)
    rows = read_rows()
    used = set()

    def take(indicator_id, code):
        found = series(rows, indicator_id, code)
        if not found:
            sys.exit(f"no rows for indicator {indicator_id}, area {code}")
        used.update(id(r) for r in found)
        return found

    england = [{"period": financial_year(r["Year"]), "value": number(r["Value"])}
               for r in take("241", ENGLAND)]
    england_benchmark = [{"name": "England", "code": ENGLAND, "values": england}]

    programmes = [p for p in plan["programmes"] if not p["key"].startswith(PREFIX)]
    indicators = [i for i in plan["indicators"] if not i["programme"].startswith(PREFIX)]
    new_programmes = []
    new_indicators = []
    for area in plan["areas"]:
        if area["level"] not in ("system", "place"):
            continue
        programme = PREFIX + area["key"]
        items = []
        if area["level"] == "system":
            where = f"{area['name']} ICB ({area['onsCode']})"
            parts = [(area["onsCode"], f"{area['name']} ICB", where, "")]
        else:
            parts = []
            subs = sub_icbs(area)
            for ons, ods, name in subs:
                note = ""
                if "covers" in name:
                    note = (" This sub-ICB location covers Cheshire East and Cheshire West and "
                            "Chester together; the same figures appear under both places.")
                elif len(subs) > 1:
                    note = (f" It is one of {area['name']}'s {len(subs)} sub-ICB locations; "
                            "each has its own indicator.")
                where = f"sub-ICB location {name.split(' (')[0]} ({ons})"
                # Names are unique in the plan (the workbook matches items by name): 27D,
                # under two places, says which one it is under.
                label = f"{area['name']} (sub-ICB {ods})"
                if "covers" in name:
                    label = f"sub-ICB {ods}, under {area['name']}"
                parts.append((ons, label, where, note))
        for code, label, where, note in parts:
            items.append(indicator(
                f"{PREFIX}241-{area['key']}-{code.lower()}", programme,
                f"Diabetes: QOF prevalence (17+), {label}",
                "Patients aged 17 and over on GP practice diabetes registers (QOF), as a "
                "percentage of registered patients aged 17 and over (count / denominator), with "
                f"its 95% confidence interval, for the {where}.{note} Periods are QOF years "
                "(financial years, April to March). England is the benchmark.",
                "percentage", 1, "241",
                [diabetes_actual(r) for r in take("241", code)], england_benchmark))
        for code, label, where, note in parts:
            items.append(indicator(
                f"{PREFIX}337-{area['key']}-{code.lower()}", programme,
                f"GP registered population, {label}",
                "Patients registered with GP practices, all ages, persons, for the "
                f"{where}.{note} The file gives a year only (its first four digits); it is shown "
                "as a calendar year.",
                "count", 0, "337",
                [population_actual(r) for r in take("337", code)], []))
        if area["level"] == "place":
            items.append(indicator(
                f"{PREFIX}92708-{area['key']}", programme,
                f"Resident population, {area['name']}",
                "Resident population, all ages, persons: ONS mid-year estimates, for "
                f"{area['name']} ({area['onsCode']}).",
                "count", 0, "92708",
                [population_actual(r) for r in take("92708", area["onsCode"])], []))
        new_programmes.append({
            "key": programme,
            "area": area["key"],
            "parent": None,
            "name": f"Published data (OHID Fingertips): {area['name']}",
            "ambition": None,
            "description": (
                "Not a programme of the source documents. It holds real, published OHID "
                f"Fingertips figures for {area['name']}, exactly as published, so that the plan "
                "shows real data beside its own measures. The source documents set no "
                "baseline, target or trajectory for these measures, so none is given. " + OGL),
            "sro": None,
            "manager": None,
            "status": None,
            "start": None,
            "end": None,
            "tags": [],
            "source": "OHID Fingertips (not in the source documents; see "
                      "resources/sample/README.md)",
        })
        new_indicators.extend(items)

    # Every row of the three indicators is placed; only England's populations are left out
    # (a national count is no comparator for a place's count).
    for r in rows:
        if r["IndicatorId"] in ("241", "337", "92708") and id(r) not in used:
            if r["IndicatorId"] != "241" and r["AreaCode"] == ENGLAND:
                continue
            sys.exit(f"row not placed: {r}")

    plan["programmes"] = programmes + new_programmes
    plan["indicators"] = indicators + new_indicators
    JSON.write_text(json.dumps(plan, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(new_programmes)} programmes, {len(new_indicators)} indicators written")


if __name__ == "__main__":
    main()
