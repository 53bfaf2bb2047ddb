#!/usr/bin/env python3
"""Compares recipegen's Mermaid parser and layout with the real mermaid (11.16.1).

    python3 compare_with_mermaid.py WORKDIR [FILE.mmd ...]

1. Writes every ErrorCase of ParserErrorTests.swift and every given .mmd file into WORKDIR/mmd.
2. Runs the real mermaid on them (the project's shared mermaid-ref.sh, headless Chromium),
   and `recipegen-bench mermaid check` / `svg` (debug build) on the same files.
3. Prints the files where the verdicts (valid/invalid) differ, error lines that differ, and, for
   diagrams both accept, edge crossings: mermaid's (from mermaid-ref.sh) against ours, counted on
   our SVG by count_crossings.py with the same sampling rule.
Needs `swift build --product recipegen-bench` first. Nothing here runs in `swift test`.
"""
import csv, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
BENCH = os.path.join(ROOT, ".build", "debug", "recipegen-bench")
MERMAID_REF = os.environ.get("MERMAID_REF", "/work/shared/tools/mermaid-ref.sh")


def swift_unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\":
            n = s[i + 1]
            if n == "u":
                j = s.index("}", i)
                out.append(chr(int(s[i + 3:j], 16)))
                i = j + 1
                continue
            out.append({"n": "\n", "t": "\t", "r": "\r"}.get(n, n))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def write_cases(folder, extra):
    source = open(os.path.join(HERE, "..", "ParserErrorTests.swift")).read()
    pattern = r'ErrorCase\("([^"]*)", "((?:[^"\\]|\\.)*)", "(RG\d+)", (\d+), (\d+)\)'
    for m in re.finditer(pattern, source):
        name = re.sub(r"[^a-z0-9]+", "-", m.group(1).lower()).strip("-")
        open(os.path.join(folder, "err-" + name + ".mmd"), "w").write(swift_unescape(m.group(2)))
    for path in extra:
        open(os.path.join(folder, os.path.basename(path)), "w").write(open(path).read())


def ours(files):
    text = subprocess.run([BENCH, "mermaid", "check", *files], capture_output=True, text=True).stdout
    result, current = {}, None
    for line in text.splitlines():
        m = re.match(r"== (.+): (\w+)$", line)
        if m:
            current = os.path.basename(m.group(1))
            result[current] = {"verdict": m.group(2), "errors": []}
            continue
        m = re.match(r"(\d+):(\d+): error \[(RG\d+)\]", line)
        if m and current:
            result[current]["errors"].append((int(m.group(1)), int(m.group(2)), m.group(3)))
    return result


def main():
    work = sys.argv[1]
    folder = os.path.join(work, "mmd")
    svgs = os.path.join(work, "ours")
    os.makedirs(folder, exist_ok=True)
    os.makedirs(svgs, exist_ok=True)
    write_cases(folder, sys.argv[2:])
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".mmd"))
    ref_tsv = subprocess.run([MERMAID_REF, *files], capture_output=True, text=True).stdout
    reference = {r["file"]: r for r in csv.DictReader(ref_tsv.splitlines(), delimiter="\t")}
    mine = ours(files)
    subprocess.run([BENCH, "mermaid", "svg", svgs, *files], check=True)
    agree, crossing_rows = 0, []
    for name, ref in sorted(reference.items()):
        our = mine.get(name, {"verdict": "?", "errors": []})
        if ref["verdict"] == our["verdict"]:
            agree += 1
        else:
            print(f"verdict differs: {name}: mermaid {ref['verdict']}, recipegen {our['verdict']} "
                  f"{our['errors'][:1]} {ref['error'][:80]}")
        if ref["verdict"] == our["verdict"] == "invalid" and our["errors"] and ref["err_line"]:
            if str(our["errors"][0][0]) != ref["err_line"]:
                print(f"error line differs: {name}: mermaid {ref['err_line']}, recipegen "
                      f"{our['errors'][0][0]}:{our['errors'][0][1]}")
        svg = os.path.join(svgs, name[:-4] + ".svg")
        if ref["verdict"] == "valid" and os.path.exists(svg):
            counted = subprocess.run(
                [sys.executable, os.path.join(HERE, "count_crossings.py"), svg],
                capture_output=True, text=True).stdout.split()
            crossing_rows.append((name, int(ref["crossings"] or 0), int(counted[1])))
    print(f"verdicts agree on {agree} of {len(reference)} files")
    worse = [row for row in crossing_rows if row[2] > row[1]]
    print(f"crossings over {len(crossing_rows)} diagrams: mermaid {sum(r[1] for r in crossing_rows)}, "
          f"recipegen {sum(r[2] for r in crossing_rows)}; recipegen above mermaid on {len(worse)}")
    for row in worse:
        print(f"  more crossings: {row[0]}: mermaid {row[1]}, recipegen {row[2]}")


if __name__ == "__main__":
    main()
