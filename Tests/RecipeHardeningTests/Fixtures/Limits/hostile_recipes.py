#!/usr/bin/env python3
"""Writes recipes that attack recipegen's time and memory, one site per case.

usage: hostile_recipes.py OUTDIR [SCALE]     (SCALE 1 is the full size: a 100 MB recipe, a
                                             million-line fence; the tests use a small scale)
       hostile_recipes.py --measure RECIPEGEN OUTDIR [SCALE]
                                             also runs 'recipegen check' on each case under
                                             /usr/bin/time -v and prints seconds, peak RSS and
                                             the first diagnostic codes

Each case is OUTDIR/<case>/Content/hostile/<case>.md.
"""
import os, re, subprocess, sys

FRONT = "---\ntitle: Hostile\ndescription: A recipe that attacks the generator.\ncategory: hostile\n---\n\n"


def fence(language, body):
    return f"```{language}\n{body}\n```\n"


def cases(scale):
    n = lambda full, least=10: max(least, int(full * scale))
    laughs = "lol0: &a0 [lol]\n" + "".join(f"lol{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 10) + "]\n" for i in range(1, 10))
    yield "yaml-alias-bomb", FRONT + fence("yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: bomb\n" + laughs)
    depth = n(100_000)
    yield "yaml-deep-flow", FRONT + fence("yaml", "key: " + "[" * depth + "]" * depth)
    yield "yaml-deep-block", FRONT + fence("yaml", "".join("  " * i + f"k{i}:\n" for i in range(n(5_000))))
    yield "shell-deep-substitution", FRONT + fence("bash", "echo " + "$(" * n(10_000) + "x" + ")" * n(10_000))
    yield "shell-deep-subshell", FRONT + fence("bash", "( " * n(10_000) + "true" + " )" * n(10_000))
    yield "shell-deep-arithmetic", FRONT + fence("bash", "(" * n(10_000) + "1" + ")" * n(10_000))
    yield "shell-deep-braces", FRONT + fence("bash", "{ " * n(10_000) + "true; " + "}; " * n(10_000))
    mermaid = "flowchart TD\n" + "".join(f"subgraph s{i}\n" for i in range(n(2_000))) + "  a --> b\n" + "end\n" * n(2_000)
    yield "mermaid-deep-subgraphs", FRONT + fence("mermaid", mermaid)
    yield "mermaid-long-chain", FRONT + fence("mermaid", "flowchart LR\n" + "".join(f"  n{i} --> n{i+1}\n" for i in range(n(5_000))))
    yield "markdown-deep-quotes", FRONT + ">" * n(100_000) + " deep\n"
    yield "markdown-deep-lists", FRONT + "".join("  " * i + "- item\n" for i in range(n(3_000)))
    yield "markdown-emphasis", FRONT + "*a **b " * n(100_000) + "\n"
    yield "markdown-brackets", FRONT + "[" * n(100_000) + "x" + "](" * n(50_000) + "\n"
    paragraph = "Services give pods a stable address; " * 27 + "\n\n"
    yield "big-recipe", FRONT + paragraph * (n(100_000_000) // len(paragraph))
    yield "million-line-fence", FRONT + fence("text", "\n".join(f"line {i}" for i in range(n(1_000_000))))
    yield "million-line-yaml", FRONT + fence("yaml", "\n".join(f"k{i}: v" for i in range(n(1_000_000))))
    yield "million-line-shell", FRONT + fence("bash", "\n".join("echo hello" for _ in range(n(1_000_000))))
    yield "shell-below-limit", FRONT + fence("bash", "\n".join("kubectl version --client" for _ in range(n(20_000))))
    yield "long-line", FRONT + "word " * n(4_000_000) + "\n"
    yield "long-line-fence", FRONT + fence("yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + "a" * n(10_000_000))
    yield "nul-bytes", FRONT + "Text\0with NUL.\n\n" + fence("bash", "echo a\0b") + fence("yaml", "a: \0")
    yield "crlf", (FRONT + "Some *text*.\n\n" + fence("bash", "kubectl get svc")).replace("\n", "\r\n")
    yield "cr-only", (FRONT + "Some *text*.\n\n" + fence("bash", "kubectl get svc")).replace("\n", "\r")
    yield "bom", "\ufeff" + FRONT + "Some *text*.\n"
    yield "invalid-utf8", (FRONT + "Bad byte: ").encode() + b"\xff\xfe\xc3(\n"


def write(out, scale):
    made = []
    for name, text in cases(scale):
        folder = os.path.join(out, name, "Content", "hostile")
        os.makedirs(folder, exist_ok=True)
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        with open(os.path.join(folder, name + ".md"), "wb") as f:
            f.write(data)
        made.append((name, len(data)))
    return made


def measure(recipegen, out, made):
    print(f"{'case':26} {'bytes':>11} {'exit':>4} {'seconds':>8} {'peak RSS MB':>11}  diagnostics")
    for name, size in made:
        site = os.path.join(out, name)
        run = subprocess.run(["/usr/bin/time", "-v", "timeout", "600", recipegen, "check", "--format", "short", "--content", "Content"],
                             cwd=site, capture_output=True, text=True, errors="replace")
        seconds = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", run.stderr)
        wall = (int(seconds.group(1) or 0) * 3600 + int(seconds.group(2)) * 60 + float(seconds.group(3))) if seconds else -1
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
        codes = sorted(set(re.findall(r"\b(RG\d{4})\b", run.stdout + run.stderr)))
        print(f"{name:26} {size:>11} {run.returncode:>4} {wall:>8.2f} {int(rss.group(1)) // 1024 if rss else -1:>11}  {' '.join(codes[:6])}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "--measure":
        recipegen, out = os.path.abspath(sys.argv[2]), sys.argv[3]
        scale = float(sys.argv[4]) if len(sys.argv) > 4 else 1.0
        measure(recipegen, out, write(out, scale))
    else:
        write(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 1.0)
