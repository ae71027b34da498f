#!/usr/bin/env python3
"""Rewrites the indicator list of indicators/schema/snapshot.schema.json from indicators/catalog.yaml.

Run it after adding, renaming or removing an indicator in the catalog; SnapshotSchemaTest fails until
the two agree. Needs PyYAML.
"""
import json, os
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.path.join(ROOT, "indicators", "schema", "snapshot.schema.json")


def entry(i):
    text = f"{i['name']}（{i['unit']}）— {i['name_en']} ({i['unit_en']})"
    if i.get("derived"):
        text += "。派生指标，dabiao 自动计算，无需填写 — derived: dabiao computes it, leave it out"
    figure = {"description": text}
    if i.get("kind") == "percent":
        figure["allOf"] = [{"$ref": "#/definitions/figure"}, {"maximum": 100}]
    else:
        figure["$ref"] = "#/definitions/figure"
    return figure


def main():
    catalog = yaml.safe_load(open(os.path.join(ROOT, "indicators", "catalog.yaml"), encoding="utf-8"))
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    schema["definitions"]["values"]["properties"] = {i["code"]: entry(i) for i in catalog["indicators"]}
    with open(SCHEMA, "w", encoding="utf-8") as f:
        json.dump(schema, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
