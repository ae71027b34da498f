#!/usr/bin/env python3
"""The Spark runner against the CLI at community scale (issue 12, "Measure"), rerunnable.

For each size it generates the benchmark's community-scale table as Parquet (NationalData through
dabiao.bench.CommunityTable: 31 regions, districts, streets and communities scaled together from
2,850 / 40,000 / 600,000, 40 quarters), then runs, interleaved, the CLI (`evaluate --table`) and the Spark
job (`SparkSubmit --master local[2]`) on it, each as a process of its own under /usr/bin/time -v, and
prints a Markdown table (also written to WORK/results.md): figures, verdicts, wall s, figures/s,
verdicts/s, peak RSS, Spark's own peak JVM heap (from its event log), the Spark/CLI ratio, and the share
of the job's time in each of its stages. It checks that the CLI's and the job's verdict counts agree.

Run from the repository root after `mvn -o -q install -DskipTests` (target/dabiao.jar,
target/test-classes and spark/target/dabiao-spark.jar):

    tools/spark_benchmark.py                       # 10^6 ×3, 3×10^6 ×2, 10^7 ×1 (CLI at 10^7 with -Xmx20g)
    tools/spark_benchmark.py --sizes 1e6:1         # one size, one run of each
    tools/spark_benchmark.py --sizes 1e7:1 --cli-max 3e6   # the CLI only up to 3×10^6 figures
    tools/spark_benchmark.py --sizes 1e7:1 --cli-max 3e6 --spark-heap 12g   # the job with a heap of 12 GB

A script and not a Java class: everything it measures is a separate JVM (the generator, the CLI, Spark's
own launcher with Spark's class path), and what is left is process timing and reading JSON, which a Java
class in spark/src/test would do on a class path holding Spark for no use.
"""
import argparse
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Units per size: districts, streets, communities = f × (2,850, 40,000, 600,000), f chosen so that 40
# quarters of the bundled catalog give the row count (a quarter holds 3,193 region rows, 44 per district and
# one per community: 3,193 + f × 725,400 rows).
SIZES = {
    "smoke": (31, 31, 31),
    "1e6": (86, 1203, 18040),
    "3e6": (282, 3960, 59394),
    "1e7": (970, 13609, 204138),
    "national": (2850, 40000, 600000),
}

ADD_OPENS = ["--add-opens=java.base/" + p + "=ALL-UNNAMED"
             for p in ("sun.nio.ch", "java.nio", "java.lang", "java.util", "java.lang.invoke")]

SPARK_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>spark-classpath</artifactId><version>1</version><packaging>pom</packaging>
<dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId>
<version>4.1.1</version></dependency></dependencies></project>
"""


def spark_classpath(work):
    """The jars of spark-sql_2.13:4.1.1 from the local Maven repository: a Spark distribution's jars/."""
    folder = os.path.join(work, "spark-classpath")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "pom.xml"), "w") as f:
        f.write(SPARK_POM)
    out = os.path.join(folder, "cp.txt")
    subprocess.run(["mvn", "-o", "-q", "-f", os.path.join(folder, "pom.xml"), "dependency:build-classpath",
                    "-Dmdep.outputFile=" + out], check=True)
    return open(out).read().strip()


class Failed(Exception):
    """A run that did not finish: its exit code or the timeout, and where its output is."""


def timed(cmd, log, env=None, timeout=None):
    """Runs cmd under /usr/bin/time -v; returns (wall s, peak RSS bytes); Failed on a non-zero exit or timeout."""
    started = time.monotonic()
    with open(log, "w") as err:
        try:
            p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=err, stderr=subprocess.STDOUT, env=env, cwd=ROOT,
                               timeout=timeout)
        except subprocess.TimeoutExpired:
            raise Failed(f"stopped after {timeout} s (see {log})")
    wall = time.monotonic() - started
    text = open(log, encoding="utf-8", errors="replace").read()
    if p.returncode != 0:
        raise Failed(f"exit {p.returncode} after {wall:.0f} s (see {log}): {text.strip().splitlines()[:3]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) * 1024
    return wall, rss


def load():
    return open("/proc/loadavg").read().split()[0]


def cli(folder, table, xmx, log, timeout):
    out = os.path.join(folder, "cli.json")
    cmd = ["java"] + ([f"-Xmx{xmx}"] if xmx else []) + [
        "-jar", "target/dabiao.jar", "evaluate", "--rules", os.path.join(folder, "rules"),
        "--indicators", os.path.join(folder, "indicators"), "--divisions", os.path.join(folder, "divisions.csv"),
        "--table", table, "--format", "json", "--output", out, "--fail-on", "never", "--as-of", "2026-Q3"]
    wall, rss = timed(cmd, log, timeout=timeout)
    with open(out, encoding="utf-8") as f:
        report = json.load(f)
    os.remove(out)
    return {"wall": wall, "rss": rss, "summary": report["summary"]}


def spark(folder, table, classpath, events, log, heap=None):
    out = os.path.join(folder, "spark-out")
    shutil.rmtree(out, ignore_errors=True)
    before = set(glob.glob(os.path.join(events, "*")))
    cmd = ["java"] + ([f"-Xmx{heap}"] if heap else []) + ["-cp", classpath] + ADD_OPENS + [
        "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]",
        "--conf", "spark.eventLog.enabled=true", "--conf", "spark.eventLog.dir=file://" + events,
        "--conf", "spark.eventLog.logStageExecutorMetrics=true", "--conf", "spark.eventLog.compress=false",
        "--conf", "spark.eventLog.rolling.enabled=false",
        "--class", "dabiao.spark.SparkMain", "spark/target/dabiao-spark.jar",
        "--table", table, "--rules", os.path.join(folder, "rules"), "--indicators", os.path.join(folder, "indicators"),
        "--divisions", os.path.join(folder, "divisions.csv"), "--as-of", "2026-Q3", "--output", out, "--quiet"]
    wall, rss = timed(cmd, log, env=dict(os.environ, SPARK_LOCAL_IP="127.0.0.1"))
    with open(os.path.join(out, "summary.json"), encoding="utf-8") as f:
        summary = json.load(f)["summary"]
    shutil.rmtree(out, ignore_errors=True)
    logs = sorted(set(glob.glob(os.path.join(events, "*"))) - before)
    result = {"wall": wall, "rss": rss, "summary": summary}
    if logs:
        result.update(event_log(logs[-1]))
    return result


def event_log(path):
    """Per stage (its wall time, its tasks' summed run and CPU time), shuffle bytes and the JVM's peak heap, as
    Spark's event log records them. In local mode the driver and the executor are one JVM ("driver")."""
    names, walls, run, cpu, heap, start, end, shuffle = {}, {}, {}, {}, 0, None, None, 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            kind = e.get("Event")
            if kind == "SparkListenerApplicationStart":
                start = e["Timestamp"]
            elif kind == "SparkListenerApplicationEnd":
                end = e["Timestamp"]
            elif kind == "SparkListenerStageCompleted":
                s = e["Stage Info"]
                where = s["Stage Name"].split(" at ")
                names[s["Stage ID"]] = f"{where[0]} ({where[-1].split(':')[0]}, {s['Number of Tasks']} tasks)"
                walls[s["Stage ID"]] = (s["Completion Time"] - s["Submission Time"]) / 1e3
            elif kind == "SparkListenerTaskEnd":
                m = e.get("Task Metrics") or {}
                stage = e["Stage ID"]
                run[stage] = run.get(stage, 0) + m.get("Executor Run Time", 0) / 1e3
                cpu[stage] = cpu.get(stage, 0) + m.get("Executor CPU Time", 0) / 1e9
                shuffle += (m.get("Shuffle Write Metrics") or {}).get("Shuffle Bytes Written", 0)
                heap = max(heap, (e.get("Task Executor Metrics") or {}).get("JVMHeapMemory", 0))
            elif kind in ("SparkListenerStageExecutorMetrics", "SparkListenerExecutorMetricsUpdate"):
                heap = max(heap, (e.get("Executor Metrics") or {}).get("JVMHeapMemory", 0))
    stages = [(names[i], walls[i], run.get(i, 0), cpu.get(i, 0)) for i in sorted(names)]
    return {"stages": stages, "heap": heap, "shuffle": shuffle,
            "app": (end - start) / 1e3 if start and end else None}


def rows_of(folder):
    text = open(os.path.join(folder, "generated.txt")).read()
    return int(re.search(r"([\d,]+) rows", text).group(1).replace(",", ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", default=os.path.join(ROOT, "target", "spark-bench"))
    parser.add_argument("--sizes", default="1e6:3,3e6:2,1e7:1", help="name:runs,… (names: " + ", ".join(SIZES) + ")")
    parser.add_argument("--cli-max", default="1e7", help="largest size the CLI is run at (a size name)")
    parser.add_argument("--cli-xmx-from", default="1e7",
                        help="from this size on the CLI runs with -Xmx20g, after the job, and may fail")
    parser.add_argument("--spark-heap", help="the job's JVM heap (-Xmx; driver and executor in local mode), else the default")
    parser.add_argument("--cli-timeout", type=int, default=1200, help="seconds a CLI run may take at those sizes")
    args = parser.parse_args()
    work = os.path.abspath(args.work)
    events = os.path.join(work, "events")
    os.makedirs(events, exist_ok=True)
    order = list(SIZES)
    classpath = spark_classpath(work)
    lines = [f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {os.cpu_count()} cores; "
             f"load at start {load()}", "",
             "| figures | run | runs | wall s (median) | figures/s | verdicts/s | peak RSS GB | Spark peak heap GB "
             "| ratio to the CLI | load during |", "|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    details = []
    for spec in args.sizes.split(","):
        name, runs = spec.split(":")
        folder = os.path.join(work, name)
        os.makedirs(folder, exist_ok=True)
        if not os.path.exists(os.path.join(folder, "generated.txt")):
            d, s, c = SIZES[name]
            started = time.monotonic()
            out = subprocess.run(["java", "-cp", "target/dabiao.jar:target/test-classes", "dabiao.bench.CommunityTable",
                                  "--out", folder, "--districts", str(d), "--streets", str(s), "--communities", str(c),
                                  "--quarters", "40", "--table", "figures.parquet"],
                                 check=True, cwd=ROOT, capture_output=True, text=True).stdout
            with open(os.path.join(folder, "generated.txt"), "w") as f:
                f.write(out)
            print(out.strip(), f"(generator process {time.monotonic() - started:.1f} s)", flush=True)
        rows = rows_of(folder)
        table = os.path.join(folder, "figures.parquet")
        with_cli = order.index(name) <= order.index(args.cli_max)
        xmx = "20g" if order.index(name) >= order.index(args.cli_xmx_from) else None
        results = {"cli": [], "spark": []}
        loads = []
        notes = []

        def run_cli(i):
            loads.append(load())
            try:
                r = cli(folder, table, xmx, os.path.join(folder, f"cli-{i}.log"), args.cli_timeout if xmx else None)
            except Failed as e:
                if not xmx:
                    sys.exit(f"{name}: the CLI failed: {e}")
                notes.append(f"- {rows:,} figures: the CLI with -Xmx{xmx} did not finish: {e}")
                print(notes[-1], flush=True)
                return
            results["cli"].append(r)
            print(f"{name} CLI run {i + 1}: {r['wall']:.1f} s, {r['rss'] / 1e9:.2f} GB, load {loads[-1]}", flush=True)

        for i in range(int(runs)):
            if with_cli and not xmx:
                run_cli(i)
            loads.append(load())
            r = spark(folder, table, classpath, events, os.path.join(folder, f"spark-{i}.log"), args.spark_heap)
            results["spark"].append(r)
            print(f"{name} Spark run {i + 1}: {r['wall']:.1f} s, {r['rss'] / 1e9:.2f} GB, heap {r.get('heap', 0) / 1e9:.2f} GB, "
                  f"stages {[(n, round(t, 1)) for n, t, _, _ in r.get('stages', [])]}, load {loads[-1]}", flush=True)
            if with_cli and xmx:
                run_cli(i)
        verdicts = results["spark"][0]["summary"]["total"]
        for r in results["cli"] + results["spark"]:
            if r["summary"] != results["spark"][0]["summary"]:
                sys.exit(f"{name}: the verdict counts differ: {r['summary']} against {results['spark'][0]['summary']}")
        cli_wall = statistics.median(r["wall"] for r in results["cli"]) if results["cli"] else None
        for kind, label in (("cli", "CLI" + (f" -Xmx{xmx}" if xmx else "")), ("spark", "Spark `local[2]`" + (f" -Xmx{args.spark_heap}" if args.spark_heap else ""))):
            rs = results[kind]
            if not rs:
                continue
            wall = statistics.median(r["wall"] for r in rs)
            rss = statistics.median(r["rss"] for r in rs)
            heap = f"{statistics.median(r['heap'] for r in rs) / 1e9:.2f}" if kind == "spark" else ""
            ratio = f"{wall / cli_wall:.2f}" if cli_wall else "–"
            lines.append(f"| {rows:,} | {label} | {len(rs)} | {wall:.1f} | {rows / wall:,.0f} | {verdicts / wall:,.0f} "
                         f"| {rss / 1e9:.2f} | {heap} | {ratio} | {min(loads)}–{max(loads)} |")
        s = results["spark"][-1]
        if s.get("stages"):
            total = sum(t for _, t, _, _ in s["stages"])
            details.append(f"- {rows:,} figures, {verdicts:,} verdicts (counts equal in every run: {results['spark'][0]['summary']}); "
                           f"last Spark run: application {s['app']:.1f} s, shuffle written {s['shuffle'] / 1e6:.0f} MB; stages: "
                           + "; ".join(f"{n} {t:.1f} s ({100 * t / total:.0f} %; tasks ran {r:.1f} s, CPU {c:.1f} s)"
                                       for n, t, r, c in s["stages"]))
        details += notes
        print("\n".join(lines + [""] + details), flush=True)
        with open(os.path.join(work, "results.md"), "w") as f:
            f.write("\n".join(lines + [""] + details) + "\n")
    text = "\n".join(lines + [""] + details) + "\n"
    with open(os.path.join(work, "results.md"), "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
