#!/usr/bin/env python3
"""Builds the fuzzers' seed corpora from the recipes and the tests' fixtures.

usage: Fuzz/make-seeds.py OUTDIR   (writes OUTDIR/<FuzzTarget>/<hash> files)

Recipes (Content/ and every test fixture .md) seed RecipeFuzz whole and FrontMatterFuzz with
their front matter; their fences seed YAMLServiceFuzz, ShellFuzz (first byte: 0 bash, 1
console) and MermaidFuzz. Multi-line string literals in each module's tests seed that
module's fuzzer, and the crashers kept as regression tests seed their own pipeline again.
"""
import hashlib, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[1]
FENCE = re.compile(r"^(```+|~~~+)([^\n]*)\n(.*?)^\1[ \t]*$", re.S | re.M)
LITERAL = re.compile(r'"""\n(.*?)\n\s*"""', re.S)
SHELL = {"bash": b"\0", "sh": b"\0", "shell": b"\0", "zsh": b"\0", "console": b"\1", "shell-session": b"\1", "terminal": b"\1"}


def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    if not data or len(data) > 200_000:
        return
    folder = os.path.join(OUT, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def markdown_files():
    for base in ["Content", "Tests"]:
        for folder, _, names in os.walk(os.path.join(ROOT, base)):
            for name in names:
                if name.endswith(".md"):
                    yield os.path.join(folder, name)


for path in markdown_files():
    text = open(path, encoding="utf-8", errors="replace").read()
    put("RecipeFuzz", text)
    match = re.match(r"(\ufeff?---\r?\n.*?^---[ \t]*\r?\n)", text, re.S | re.M)
    if match:
        put("FrontMatterFuzz", match.group(1))
    for fence in FENCE.finditer(text):
        language = (fence.group(2).split() or [""])[0].lower()
        body = fence.group(3)
        if language in ("yaml", "yml"):
            put("YAMLServiceFuzz", body)
        elif language in SHELL:
            put("ShellFuzz", SHELL[language] + body.encode())
        elif language == "mermaid":
            put("MermaidFuzz", body)

for module, target in [("RecipeYAMLTests", "YAMLServiceFuzz"), ("RecipeKubeTests", "YAMLServiceFuzz"),
                       ("RecipeShellTests", "ShellFuzz"), ("RecipeMermaidTests", "MermaidFuzz"),
                       ("RecipeSiteTests", "RecipeFuzz"), ("RecipeSiteTests", "FrontMatterFuzz")]:
    for folder, _, names in os.walk(os.path.join(ROOT, "Tests", module)):
        for name in names:
            if name.endswith(".swift"):
                source = open(os.path.join(folder, name), encoding="utf-8").read()
                for literal in LITERAL.finditer(source):
                    body = re.sub(r"^ {8,12}", "", literal.group(1), flags=re.M).replace("\\(", "(")
                    put(target, (b"\0" + body.encode()) if target == "ShellFuzz" else body)

crashers = os.path.join(ROOT, "Tests", "RecipeHardeningTests", "Fixtures", "Crashers")
names = {"front-matter": "FrontMatterFuzz", "yaml-service": "YAMLServiceFuzz", "shell": "ShellFuzz", "mermaid": "MermaidFuzz", "recipe": "RecipeFuzz"}
for pipeline, target in names.items():
    folder = os.path.join(crashers, pipeline)
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            put(target, open(os.path.join(folder, name), "rb").read())

for target in sorted(names.values()):
    folder = os.path.join(OUT, target)
    print(target, len(os.listdir(folder)) if os.path.isdir(folder) else 0)
