#!/usr/bin/env python3
"""Writes the bundled, illustrative snapshots in indicators/shanghai and indicators/yangzhou.

The figures are made up, but plausible in size and trend: each (scope, indicator) follows a
straight path from a baseline towards the target of the first rule that uses it, at a pace
drawn from a fixed cycle of profiles (ahead, on pace, a little behind, far behind, ...), with
a little noise. Populations are the 2020 census figures of ../shared/reference where known
(Shanghai's 16 districts; 江都区 and 仪征市), and illustrative figures that keep the city
total elsewhere. Deterministic: the same rules and catalog give the same files.

Usage: mvn -q package -DskipTests && python3 tools/generate_bundled_data.py
(it asks `dabiao targets --format json` which targets apply where).
"""
import csv, hashlib, json, math, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGIONS = {"310000": "shanghai", "321000": "yangzhou"}
SOURCE = {
    "310000": "示例数据（illustrative）：规模与趋势可信但非官方统计；常住人口为第七次人口普查数（2020）",
    "321000": "示例数据（illustrative）：规模与趋势可信但非官方统计；常住人口仅江都区、仪征市为普查数，其余为示例值，合计等于全市普查数",
}
# 扬州: only 江都区 and 仪征市 were found in the census bulletin; the rest keep the city total 4,559,797.
YZ_POP = {"321002": 650000, "321003": 760000, "321023": 670000, "321084": 710000, "321071": 310597}
QUARTERS = [(y, q) for y in range(2020, 2027) for q in range(1, 5) if (y, q) >= (2020, 4) and (y, q) <= (2026, 3)]
# the product card's indicators always report, so the first verdicts a reader sees have evidence
SHOWCASE = {"childcare_places_per_1000", "community_services_15min_coverage", "service_retail_share"}
# progress multipliers: 1 reaches the target exactly at the deadline
PROFILES = [1.25, 1.02, 0.85, 0.45, 1.05, 1.4, 0.75, -0.15, 1.0, 0.6]


def h(*parts):
    return int(hashlib.sha256("/".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def unit_noise(*parts):
    return (h(*parts) % 10001) / 10000.0 - 0.5  # in [-0.5, 0.5]


def load():
    jar = os.path.join(ROOT, "target", "dabiao.jar")
    out = subprocess.run(["java", "-jar", jar, "targets", "--format", "json"], cwd=ROOT,
                         capture_output=True, check=True).stdout
    targets = json.loads(out)
    import yaml  # PyYAML, only for reading the catalog
    catalog = yaml.safe_load(open(os.path.join(ROOT, "indicators", "catalog.yaml"), encoding="utf-8"))
    indicators = {i["code"]: i for i in catalog["indicators"]}
    divisions = list(csv.DictReader(open(os.path.join(ROOT, "src", "main", "resources", "dabiao", "divisions.csv"),
                                         encoding="utf-8")))
    return targets, indicators, divisions


def years(y, q):
    return y + q / 4.0


def population(code, region, census, y, q):
    base = census[code]
    growth = 0.002 + 0.006 * unit_noise("pop", code)  # -0.1 % .. +0.5 % a year
    if region == "310000" and y >= 2022:
        growth -= 0.003
    return int(round(base * (1 + growth) ** (years(y, q) - 2021.0)))


class Series:
    """The path of one indicator for one scope, calibrated on one target."""

    def __init__(self, target, scope, ind, factor):
        self.kind = ind.get("kind", "count")
        self.basis = ind.get("basis", "state")
        value = target["value"]
        self.direction = 1
        self.t0 = float(int(target["start"] or "2020") + 1)
        self.td = float(int(target["deadline"][:4]) + 1)
        self.form = target["form"]
        # a running total only grows: the "moving away" profile reads as a slow start, not as a total stuck at 0
        self.factor = max(factor, 0.3) if self.form in ("cumulative", "yearly") else factor
        n = unit_noise("base", scope, ind["code"])
        if self.form in ("cumulative", "yearly"):
            self.base = 0.0
            self.goal = value
        elif self.form == "increase":
            self.base = value * (8 + 4 * n)
            self.goal = self.base + value
        elif self.kind == "percent" and value >= 30:
            self.base = max(0.0, min(value - 6 - 12 * (n + 0.5), 99.0))
            self.goal = value
        else:
            self.base = value * (0.7 + 0.3 * n)
            self.goal = value
        self.seed = (scope, ind["code"])
        # a 0/1 flag that was reached is not lost again (a drop to 0 would read as a slip of the unit)
        self.flag = ind.get("unit") == "是否(1/0)"

    def at(self, y, q):
        t = years(y, q)
        if self.form == "yearly":
            k = self.factor + 0.25 * unit_noise("yr", *self.seed, y)
            return max(0.0, self.goal * k * q / 4.0)
        f = (t - self.t0) / (self.td - self.t0)
        v = self.base + (self.goal - self.base) * self.factor * f
        v *= 1 + 0.015 * unit_noise("q", *self.seed, y, q)
        if self.form == "cumulative" and t < self.t0:
            return None
        v = max(v, self.base if self.flag else 0.0)
        return min(v, 100.0) if self.kind == "percent" else v


def rounded(ind, v):
    kind = ind.get("kind", "count")
    if ind.get("unit") == "是否(1/0)":
        return 1 if v >= 0.5 else 0
    if kind == "count":
        return int(round(v))
    if kind == "amount":
        return int(round(v / 1e6)) * 1000000
    if kind == "percent":
        return round(v, 1)
    return round(v, 2)


def main():
    targets, indicators, divisions = load()
    census = {}
    for d in divisions:
        if not is_unit(d):
            census[d["code"]] = int(d["population_2020_census"]) if d["population_2020_census"] else YZ_POP[d["code"]]
    for region, folder in REGIONS.items():
        districts = [d for d in divisions if d["region_code"] == region and not is_unit(d)]
        region_name = districts[0]["region"]
        # targets set for streets or communities report through the units' section (unit_flags)
        applying = [t for t in targets if region in t["scope"]["regions"]
                    and t["scope"]["level"] not in UNIT_LEVELS]
        unit_targets = [t for t in targets if region in t["scope"]["regions"] and t["scope"]["level"] in UNIT_LEVELS]
        units = unit_flags(unit_targets, indicators, [d for d in divisions if d["region_code"] == region and is_unit(d)])
        codes = []
        for t in applying:
            if t["indicator"] not in codes:
                codes.append(t["indicator"])
        plan = {}   # (scope, indicator) -> Series, or "split" for region values split over districts
        cycle = 0
        for code in codes:
            ind = indicators[code]
            ts = [t for t in applying if t["indicator"] == code]
            per_district = [t for t in ts if t["scope"]["level"] == "district"]
            primary = per_district[0] if per_district else next(
                (t for t in ts if t["form"] != "yearly"), ts[0])
            derived = ind.get("derived")
            if derived and "share_of_districts" in derived:
                flag = derived["share_of_districts"]
                for i, d in enumerate(districts):
                    # district i meets the standard from a year spread over the plan period
                    plan[(d["code"], flag)] = ("flag", 2021 + (i * 5 + cycle) % 6)
                cycle += 1
                continue
            if per_district:
                # only the districts the rule matches report: a 县(市、区) target leaves out the 功能区 321071
                # (the profile cycle still counts every district, so other indicators keep their paths)
                matched = set(primary["scope"]["codes"])
                for i, d in enumerate(districts):
                    if d["code"] in matched:
                        plan[(d["code"], code)] = Series(primary, d["code"], ind,
                                                         PROFILES[(cycle + i) % len(PROFILES)])
                cycle += len(districts)
            else:
                plan[(region, code)] = Series(primary, region, ind, PROFILES[cycle % len(PROFILES)])
                cycle += 1
        os.makedirs(os.path.join(ROOT, "indicators", folder), exist_ok=True)
        for (y, q) in QUARTERS:
            write_snapshot(folder, region, region_name, districts, y, q, codes, plan, indicators, census, units)


UNIT_LEVELS = ("street", "community")


def is_unit(d):
    """A street or town (9-digit NBS code) or a community or village (12 digits)."""
    return len(d["code"]) in (9, 12)


def unit_flags(unit_targets, indicators, units):
    """For each community, the quarter from which it reports 1 for the flag a unit-level share counts.

    Streets follow the profile cycle: at the baseline (end of the start year) some of a street's
    committees already have one; the others set one up at a pace that reaches every committee
    around the deadline times the street's profile. Returns (community row, flag code, first (y, q)).
    """
    out = []
    for t in unit_targets:
        flag = indicators[t["indicator"]]["derived"]["share_of_units"]
        start, deadline = int(t["start"]), int(t["deadline"])
        streets = [u for u in units if len(u["code"]) == 9]
        for i, street in enumerate(streets):
            members = [u for u in units if len(u["code"]) == 12 and u["code"].startswith(street["code"])]
            pace = PROFILES[i % len(PROFILES)]
            ready = max(1, round(len(members) * (0.4 + 0.4 * (h("base", street["code"]) % 100) / 100)))
            for j, c in enumerate(members):
                if j < ready:
                    first = (start, 4)
                else:
                    share = (j - ready + 1) / (len(members) - ready)
                    span = (deadline - start) / max(pace, 0.05) if pace > 0 else 99
                    at = start + 1 + share * span - 0.25  # years after the baseline, at a quarter's end
                    first = (int(at), min(4, 1 + int((at % 1) * 4)))
                out.append((c, flag, first, (start, 4)))
    return out


def value_for(scope, code, y, q, plan, indicators, districts, census, region):
    """The figure of one indicator for one scope, or None when it is not reported."""
    ind = indicators[code]
    derived = ind.get("derived")
    if derived and "numerator" in derived:
        return None  # derived: dabiao computes it
    s = plan.get((scope, code))
    if isinstance(s, tuple):
        return 1 if y >= s[1] else 0
    if s is not None:
        if h("gap", scope, code) % 29 == 0 and code not in SHOWCASE:
            return None  # a few scopes never report an indicator: no-data
        v = s.at(y, q)
        return None if v is None else rounded(ind, v)
    return None


def running_total(scope, ind, y, q, plan, indicators, districts, census, region):
    """A running total the catalog links to its yearly count (since, yearly): the year-end counts of
    `since` to last year plus this year's so far, so that validate finds the two consistent; 0 at the
    end of the year before `since`. None when a count it needs is not reported."""
    since = int(ind["since"])
    if y < since:
        return 0 if (y, q) == (since - 1, 4) else None
    parts = [value_for(scope, ind["yearly"], yy, 4, plan, indicators, districts, census, region)
             for yy in range(since, y)]
    parts.append(value_for(scope, ind["yearly"], y, q, plan, indicators, districts, census, region))
    return None if any(p is None for p in parts) else sum(parts)


def figures(scope, is_region, y, q, codes, plan, indicators, districts, census, region):
    vals = {}
    pop = (sum(population(d["code"], region, census, y, q) for d in districts) if is_region
           else population(scope, region, census, y, q))
    vals["resident_population"] = pop
    for code in codes:
        ind = indicators[code]
        derived = ind.get("derived")
        if derived and "numerator" in derived:
            num = derived["numerator"]
            per = derived["per"]
            if not is_region and indicators[num].get("level") == "region":
                continue  # reported for the region only
            series = plan.get((scope, code))
            if series is None and not is_region and (region, code) in plan:
                series = plan[(region, code)]
                spread = 1 + 0.16 * unit_noise("spread", scope, code)
            else:
                spread = 1
            if series is not None:
                pc = series.at(y, q)
                if pc is not None and h("gap", scope, code) % 29 != 0:
                    vals[num] = int(round(pc * spread * pop / per))
            elif is_region:
                parts = [figures(d["code"], False, y, q, [code], plan, indicators, districts, census, region)
                         for d in districts]
                if all(num in p for p in parts):
                    vals[num] = sum(p[num] for p in parts)
            continue
        if derived and "share_of_districts" in derived:
            if not is_region:
                v = value_for(scope, derived["share_of_districts"], y, q, plan, indicators, districts, census, region)
                if v is not None:
                    vals[derived["share_of_districts"]] = v
            continue
        if ind.get("level") == "region" and not is_region:
            continue
        if ind.get("yearly") and (scope, ind["yearly"]) in plan:
            v = running_total(scope, ind, y, q, plan, indicators, districts, census, region)
            if v is not None:
                vals[code] = v
            continue
        v = value_for(scope, code, y, q, plan, indicators, districts, census, region)
        if v is None and (region, code) in plan and not is_region:
            # a region-wide target on a district-level indicator: districts carry shares of the region
            rv = plan[(region, code)].at(y, q)
            if rv is not None:
                kind = ind.get("kind", "count")
                if kind in ("count", "amount"):
                    share = population(scope, region, census, y, q) / sum(
                        population(d["code"], region, census, y, q) for d in districts)
                    v = rounded(ind, rv * share * (1 + 0.1 * unit_noise("share", scope, code)))
                else:
                    v = rounded(ind, min(rv * (1 + 0.1 * unit_noise("share", scope, code)),
                                         100 if kind == "percent" else 1e18))
        if v is None and is_region and (region, code) not in plan:
            parts = [figures(d["code"], False, y, q, [code], plan, indicators, districts, census, region)
                     for d in districts]
            if all(code in p for p in parts) and parts:
                kind = ind.get("kind", "count")
                if kind in ("count", "amount"):
                    v = sum(p[code] for p in parts)
                else:
                    v = rounded(ind, sum(p[code] for p in parts) / len(parts))
        if v is not None:
            vals[code] = v
    return vals


def write_snapshot(folder, region, region_name, districts, y, q, codes, plan, indicators, census, units):
    period = f"{y}-Q{q}"
    lines = [
        f"# {region_name} {period} 指标快照 — illustrative figures, see the source line.",
        "schema: dabiao/indicators/v1",
        f'region: {{code: "{region}", name: {region_name}}}',
        f"period: {period}",
        f"source: {SOURCE[region]}",
    ]

    def block(vals, indent):
        out = []
        for code, v in vals.items():
            ind = indicators[code]
            out.append(f"{indent}{code}: {v}".ljust(len(indent) + 48) + f"  # {ind['name']}（{ind['unit']}）")
        return out

    rv = figures(region, True, y, q, codes, plan, indicators, districts, census, region)
    lines.append("values:                    # 全市合计")
    lines += block(rv, "  ")
    lines.append("districts:")
    for d in districts:
        lines.append(f'  - code: "{d["code"]}"')
        lines.append(f"    name: {d['name']}")
        lines.append("    values:")
        lines += block(figures(d["code"], False, y, q, codes, plan, indicators, districts, census, region), "      ")
    reporting = [(c, flag, first) for c, flag, first, since in units if (y, q) >= since]
    if reporting:
        lines.append("units:                     # 街道、居委（示例）")
        for c, flag, first in reporting:
            lines.append(f'  - code: "{c["code"]}"')
            lines.append(f"    name: {c['name']}")
            lines.append("    values:")
            lines += block({flag: 1 if (y, q) >= first else 0}, "      ")
    path = os.path.join(ROOT, "indicators", folder, period + ".yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())
