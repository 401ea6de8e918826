#!/usr/bin/env python3
"""Helpers of bench/cli-start.sh (run that script, not this file).

  cli_start.py stage ROOT REPOSITORY   copy the io.retort artifacts a Retort checkout has built (its target/
                                       folders) into a private Maven local repository, the way `mvn install`
                                       would lay them out, without running Maven and without touching ~/.m2
  cli_start.py report WORKDIR OUT      turn WORKDIR/samples.tsv into the results table (Markdown), print it and
                                       write it to OUT
"""
import os
import re
import shutil
import statistics
import sys
import xml.etree.ElementTree as ET

NS = "{http://maven.apache.org/POM/4.0.0}"


# ---------------------------------------------------------------- stage

def _text(element, path):
    found = element.find("/".join(NS + p for p in path.split("/")))
    return found.text.strip() if found is not None and found.text else None


def _coordinates(pom_file, inherited=None):
    root = ET.parse(pom_file).getroot()
    group = _text(root, "groupId") or _text(root, "parent/groupId") or (inherited or {}).get("groupId")
    version = _text(root, "version") or _text(root, "parent/version") or (inherited or {}).get("version")
    return {
        "groupId": group,
        "artifactId": _text(root, "artifactId"),
        "version": version,
        "packaging": _text(root, "packaging") or "jar",
        "modules": [m.text.strip() for m in root.iter(NS + "module") if m.text],
    }


def _put(repository, coords, source, extension, classifier=None):
    directory = os.path.join(repository, *coords["groupId"].split("."), coords["artifactId"], coords["version"])
    os.makedirs(directory, exist_ok=True)
    name = f"{coords['artifactId']}-{coords['version']}" + (f"-{classifier}" if classifier else "") + "." + extension
    shutil.copy2(source, os.path.join(directory, name))
    return name


def stage(root, repository):
    """Stages every io.retort module of the checkout at ROOT; returns the number of problems."""
    staged, problems = [], []

    def visit(module_dir, inherited):
        pom = os.path.join(module_dir, "pom.xml")
        coords = _coordinates(pom, inherited)
        if coords["groupId"] == "io.retort":
            staged.append(_put(repository, coords, pom, "pom"))
            if coords["packaging"] != "pom":
                target = os.path.join(module_dir, "target")
                base = f"{coords['artifactId']}-{coords['version']}"
                main = [os.path.join(target, n) for n in (base + ".jar", coords["artifactId"] + ".jar")]
                main = [f for f in main if os.path.isfile(f)]
                if not main:
                    problems.append(f"{os.path.relpath(module_dir, root) or '.'}: no built jar in {target}")
                else:
                    staged.append(_put(repository, coords, main[0], "jar"))
                    newest_source = _newest(os.path.join(module_dir, "src", "main"))
                    if newest_source > os.path.getmtime(main[0]):
                        print(f"cli-start: warning: {main[0]} is older than its sources (stale build?)", file=sys.stderr)
                if os.path.isdir(target):
                    for name in sorted(os.listdir(target)):
                        if name.startswith(base + "-") and name.endswith(".jar"):
                            classifier = name[len(base) + 1:-len(".jar")]
                            staged.append(_put(repository, coords, os.path.join(target, name), "jar", classifier))
        for module in coords["modules"]:
            child = os.path.join(module_dir, module)
            if os.path.isfile(os.path.join(child, "pom.xml")):
                visit(child, coords)

    visit(root, None)
    for line in staged:
        print(f"  staged {line}")
    for line in problems:
        print(f"cli-start: {line}", file=sys.stderr)
    return len(problems)


def _newest(directory):
    newest = 0.0
    for base, _, files in os.walk(directory):
        for name in files:
            newest = max(newest, os.path.getmtime(os.path.join(base, name)))
    return newest


# ---------------------------------------------------------------- report

def _seconds(stamp):
    return float(stamp.replace(",", "."))


def _read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    header, rows = lines[0], lines[1:]
    return [dict(zip(header, row)) for row in rows]


def _fmt(value, digits=2):
    return "—" if value is None else f"{value:.{digits}f}"


class Cell:
    """The counted runs of one command by one launcher."""

    def __init__(self, samples):
        self.samples = samples
        runs = [s for s in samples if s["kind"] == "run"]
        self.na = any(s["kind"] == "na" for s in samples)
        failed = [s for s in samples if s["kind"] in ("prep", "warm", "run") and s["rc"] != "0"]
        self.failure = failed[0] if failed else None
        self.times = [_seconds(s["t1"]) - _seconds(s["t0"]) for s in runs]
        rss = [int(s["rss"]) for s in runs if s["rss"].isdigit()]
        self.rss_mib = max(rss) / 1024 if rss else None
        self.last_log = runs[-1]["log"] if runs else (samples[-1]["log"] if samples else None)

    @property
    def ok(self):
        return not self.na and self.failure is None and bool(self.times)

    @property
    def min(self):
        return min(self.times) if self.ok else None

    @property
    def median(self):
        return statistics.median(self.times) if self.ok else None

    @property
    def max(self):
        return max(self.times) if self.ok else None

    def status(self):
        if self.na:
            return "n/a"
        if self.failure is not None:
            f = self.failure
            what = {"prep": "preparing (upgrade head)", "warm": "warm-up", "run": f"run {f['idx']}"}[f["kind"]]
            return f"FAILED in {what}, exit {f['rc']}: {_first_problem(f['log'])}"
        if not self.times:
            return "not run"
        return None


def _first_problem(log):
    try:
        with open(log, encoding="utf-8", errors="replace") as f:
            lines = [line.strip() for line in f if line.strip()]
    except OSError:
        return "no log"
    for line in lines:
        if "ERROR" in line or "rror:" in line or line.startswith("retort:") or "wrote a revision" in line:
            return line[:160].replace("|", "/")
    return (lines[-1][:160] if lines else "no output").replace("|", "/")


_NOISE = ("[INFO] Scanning", "[INFO] Building", "[INFO] ---", "[INFO] >>>", "[INFO] <<<", "[INFO] BUILD", "[INFO] Total time",
          "[INFO] Finished at", "[INFO] skip non existing", "[INFO] Nothing to compile", "[INFO] Using ",
          "[INFO] Copying ", "[INFO] Changes detected", "[INFO] Compiling ", "[INFO] Recompiling ")


def _first_lines(log, count=2):
    try:
        with open(log, encoding="utf-8", errors="replace") as f:
            lines = [re.sub(r"\x1b\[[0-9;]*m", "", line).rstrip() for line in f]
    except (OSError, TypeError):
        return []
    lines = [l for l in lines if l.strip() and l.strip() != "[INFO]" and "--------" not in l and not l.startswith(_NOISE)]
    return lines[:count]


def _verdict(value, target):
    if value is None:
        return None
    if target is None:
        return "reference"
    if value <= target:
        return "ok"
    return f"OVER ({value / target:.1f}× target)"


def report(workdir, out):
    samples = _read_tsv(os.path.join(workdir, "samples.tsv"))
    rows = _read_tsv(os.path.join(workdir, "rows.tsv"))
    sides = _read_tsv(os.path.join(workdir, "sides.tsv"))
    with open(os.path.join(workdir, "header.md"), encoding="utf-8") as f:
        header = f.read()
    side_names = [s["side"] for s in sides]
    label = {s["side"]: s["label"] for s in sides}
    short = {s["side"]: s["label"].split(" ")[0] for s in sides}

    cells = {}
    for row in rows:
        for side in side_names:
            cells[(row["key"], side)] = Cell([s for s in samples if s["row"] == row["key"] and s["side"] == side])

    def target_of(row):
        return float(row["target"]) if row["target"] else None

    def target_text(row):
        if not row["target"]:
            return "—"
        return f"≤ +{row['target']} s" if row["type"] == "diff" else f"≤ {row['target']} s"

    def diff_of(side):
        validate, check = cells[("mvn-validate", side)], cells[("mvn-check", side)]
        if check.na:
            return None, "n/a"
        if not (validate.ok and check.ok):
            return None, "FAILED (see the rows above)"
        return check.median - validate.median, None

    lines = [header.rstrip(), ""]
    if len(side_names) == 1:
        side = side_names[0]
        lines += ["| command | target | min s | median s | max s | verdict (median vs target) | peak RSS MiB |",
                  "|---|---|---:|---:|---:|---|---:|"]
        for row in rows:
            target = target_of(row)
            if row["type"] == "diff":
                value, problem = diff_of(side)
                shown = "n/a" if problem == "n/a" else _fmt(value)
                lines.append(f"| {row['label']} | {target_text(row)} | — | {shown} | — | "
                             f"{problem or _verdict(value, target)} | — |")
                continue
            cell = cells[(row["key"], side)]
            status = cell.status()
            if status:
                shown = "n/a" if status == "n/a" else "—"
                lines.append(f"| {row['label']} | {target_text(row)} | {shown} | {shown} | {shown} | {status} | — |")
            else:
                lines.append(f"| {row['label']} | {target_text(row)} | {_fmt(cell.min)} | {_fmt(cell.median)} | "
                             f"{_fmt(cell.max)} | {_verdict(cell.median, target)} | {_fmt(cell.rss_mib, 0)} |")
    else:
        base, this = side_names  # A = the --vs launcher (baseline), B = the launcher under test
        lines += [f"A = {label[base]} (baseline, --vs), B = {label[this]} (under test); runs interleaved A B A B.", "",
                  "| command | target | A min s | A median s | B min s | B median s | B/A (medians) | verdict B | peak RSS MiB A / B |",
                  "|---|---|---:|---:|---:|---:|---:|---|---:|"]
        for row in rows:
            target = target_of(row)
            if row["type"] == "diff":
                da, pa = diff_of(base)
                db, pb = diff_of(this)
                show = lambda v, p: "n/a" if p == "n/a" else _fmt(v) if v is not None else "—"
                lines.append(f"| {row['label']} | {target_text(row)} | — | {show(da, pa)} | — | {show(db, pb)} | — | "
                             f"{pb or _verdict(db, target)} | — |")
                continue
            a, b = cells[(row["key"], base)], cells[(row["key"], this)]
            ratio = _fmt(b.median / a.median) + "×" if a.ok and b.ok and a.median > 0 else "—"
            verdict = b.status() or _verdict(b.median, target)
            if a.status() and a.status() != "n/a":
                verdict += f" (A {a.status()})"

            def pair(c):
                if c.na:
                    return "n/a", "n/a"
                return _fmt(c.min), _fmt(c.median)
            amin, amed = pair(a)
            bmin, bmed = pair(b)
            lines.append(f"| {row['label']} | {target_text(row)} | {amin} | {amed} | {bmin} | {bmed} | {ratio} | "
                         f"{verdict} | {_fmt(a.rss_mib, 0)} / {_fmt(b.rss_mib, 0)} |")

    lines += ["", "What the last counted run printed (first lines), to check that each command did what it should:", ""]
    for row in rows:
        if row["type"] == "diff":
            continue
        for side in side_names:
            cell = cells[(row["key"], side)]
            if cell.na or not cell.samples:
                continue
            shown = " / ".join(l.strip() for l in _first_lines(cell.last_log)) or "(no output of its own)"
            who = f" [{short[side]}]" if len(side_names) > 1 else ""
            lines.append(f"- {row['label']}{who}: `{shown[:200]}`")

    footer_file = os.path.join(workdir, "footer.md")
    if os.path.isfile(footer_file):
        with open(footer_file, encoding="utf-8") as f:
            lines += ["", f.read().rstrip()]
    text = "\n".join(lines) + "\n"
    print(text)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


def main(argv):
    if len(argv) == 3 and argv[0] == "stage":
        return 1 if stage(argv[1], argv[2]) else 0
    if len(argv) == 3 and argv[0] == "report":
        report(argv[1], argv[2])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
