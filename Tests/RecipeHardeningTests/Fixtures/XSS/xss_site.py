#!/usr/bin/env python3
"""Builds a site whose recipes carry every XSS payload in every field and fence, then loads each
built page in headless Chromium and reports any payload that fires.

usage: xss_site.py RECIPEGEN TEMPLATES WORKDIR [CHROMIUM]

Each payload line of payloads.txt gets a unique marker (rgxss_<payload>_<place>). A recipe that
recipegen rejects with an error diagnostic is left out of the build (the payload did not reach a
page); the rest are built and every .html/.xml page is loaded through the DevTools protocol over
a pipe (no third-party Python modules). The script prints a JSON report and exits 1 when a
marker fired (dialog, console, network), a page requested another host, or a page's DOM holds an
event-handler attribute, a script URL or a script element recipegen did not write.
"""
import json, os, select, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
RECIPEGEN, TEMPLATES, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
CHROMIUM = sys.argv[4] if len(sys.argv) > 4 else shutil.which("chromium") or shutil.which("chromium-browser")

FRONT_TEXT = ["title", "description", "author", "time"]
FRONT_REJECTED = ["category", "slug", "difficulty", "kubernetes", "date", "tags"]


def payloads():
    lines = open(os.path.join(HERE, "payloads.txt"), encoding="utf-8").read().split("\n")
    return [line.replace("\\t", "\t") for line in lines if line and not line.startswith("#")]


def body_contexts(p):
    """Markdown places that are ordinary text to recipegen: together in one recipe."""
    return {
        "text": f"Text: {p}\n",
        "heading": f"## {p}\n",
        "link-text": f"[{p}](https://example.org/)\n",
        "raw-block": f"\n{p}\n\n",
        "raw-inline": f"Inline {p} here.\n",
        "table": f"| a | b |\n|---|---|\n| {p.replace('|', '')} | x |\n",
        "callout": f"> [!NOTE]\n> {p}\n",
        "code-span": f"Code `{p.replace('`', '')}`.\n",
        "fence-text": f"```text\n{p}\n```\n",
        "fence-yaml": f"```yaml ignore\nname: {p}\n```\n",
        "fence-shell": f"```bash ignore\necho {p}\n```\n",
    }


def fragile_contexts(p):
    """Places where a payload is likely to be a syntax error: one recipe each."""
    q = json.dumps(p)
    return {
        "link-dest": f"[click]({p})\n\n[click](<{p}>)\n",
        "image": f"![{p}](<{p}>)\n",
        "fence-title": f"```text title={q}\nbody\n```\n",
        "fence-lang": f"```{p.split()[0] if p.split() else 'x'}\nbody\n```\n",
        "mermaid-label": f"```mermaid\nflowchart LR\n  A[\"{p}\"] --> B[ok]\n  B -->|{p}| C[{p}]\n```\n",
        "mermaid-style": f"```mermaid\nflowchart LR\n  A[a] --> B[b]\n  classDef c fill:{p}\n  class A c\n  style B fill:{p},stroke:{p}\n  linkStyle 0 stroke:{p}\n```\n",
        "mermaid-acc": f"```mermaid\nflowchart LR\n  accTitle: {p}\n  accDescr: {p}\n  A[a] --> B[b]\n```\n",
    }


def recipe(name, front, body):
    matter = {"title": f"XSS {name}", "description": "A hostile recipe.", "category": "security", "date": "2026-01-01", "tags": ["xss"]}
    matter.update(front)
    lines = ["---"] + [f"{key}: {json.dumps(value)}" for key, value in matter.items()] + ["---", "", body]
    return "\n".join(lines)


def write_site(content, items):
    shutil.rmtree(content, ignore_errors=True)
    os.makedirs(content + "/security")
    for name, text in items.items():
        with open(f"{content}/security/{name}.md", "w", encoding="utf-8") as f:
            f.write(text)


def rejected(site):
    """Recipe names recipegen reports errors for."""
    run = subprocess.run([RECIPEGEN, "check", "--format", "json"], cwd=site, capture_output=True, text=True)
    report = json.loads(run.stdout or '{"diagnostics": []}')
    bad = set()
    for d in report["diagnostics"]:
        if d["severity"] == "error" and d.get("file"):
            bad.add(os.path.basename(d["file"])[:-3])
    return bad, run


def make_recipes():
    items, groups = {}, {}
    for index, p in enumerate(payloads()):
        mark = lambda place: f"rgxss_{index}_{place.replace('-', '_')}"
        front = {key: p.replace("MARK", mark("fm_" + key)) for key in FRONT_TEXT}
        body = "".join(text.replace("MARK", mark(place)) for place, text in body_contexts(p).items())
        name = f"xss-{index:03d}-all"
        items[name] = recipe(name, front, body)
        groups[name] = (index, p)
        for place, text in fragile_contexts(p).items():
            name = f"xss-{index:03d}-{place}"
            items[name] = recipe(name, {}, text.replace("MARK", mark(place)))
        for key in FRONT_REJECTED:
            name = f"xss-{index:03d}-fm-{key}"
            value = [p.replace("MARK", mark("fm_" + key))] if key == "tags" else p.replace("MARK", mark("fm_" + key))
            items[name] = recipe(name, {key: value}, "Body.\n")
    return items, groups


def split_group(index, p):
    mark = lambda place: f"rgxss_{index}_{place.replace('-', '_')}"
    items = {}
    for key in FRONT_TEXT:
        name = f"xss-{index:03d}-fm-{key}"
        items[name] = recipe(name, {key: p.replace("MARK", mark("fm_" + key))}, "Body.\n")
    for place, text in body_contexts(p).items():
        name = f"xss-{index:03d}-{place}"
        items[name] = recipe(name, {}, text.replace("MARK", mark(place)))
    return items


class Browser:
    """Chromium driven through the DevTools protocol on fds 3 and 4."""

    def __init__(self, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        def setup():
            # dup first: a pipe end may already be fd 3 or 4, and os.pipe() ends are close-on-exec
            high_r, high_w = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)
        self.process = subprocess.Popen(
            [CHROMIUM, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--disable-extensions", "--allow-file-access-from-files", f"--user-data-dir={profile}", "about:blank"],
            preexec_fn=setup, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer, self.next_id, self.events = b"", 0, []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        return self.next_id

    def pump(self, timeout):
        end = time.time() + timeout
        while time.time() < end:
            ready, _, _ = select.select([self.from_chrome], [], [], max(0, end - time.time()))
            if not ready:
                return
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                self.events.append(json.loads(raw))

    def call(self, method, params=None, session=None, timeout=15):
        ident = self.send(method, params, session)
        end = time.time() + timeout
        while time.time() < end:
            for event in self.events:
                if event.get("id") == ident:
                    self.events.remove(event)
                    if "error" in event:
                        raise RuntimeError(f"{method}: {event['error']}")
                    return event.get("result", {})
            self.pump(0.05)
        raise RuntimeError(f"{method} timed out")

    def wait_event(self, method, timeout):
        end = time.time() + timeout
        while time.time() < end:
            for event in self.events:
                if event.get("method") == method:
                    return True
            self.pump(0.05)
        return False

    def close(self):
        try:
            self.send("Browser.close")
            self.process.wait(timeout=5)
        except Exception:
            self.process.kill()


HOOK = """(() => {
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => console.log('DIALOG ' + name + ' ' + args.join(' '));
  }
})();"""

DOM_CHECK = """(() => {
  const found = [];
  const bad = /^\\s*(javascript|vbscript|data):/i;
  for (const e of document.querySelectorAll('*')) {
    for (const a of e.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) found.push(e.tagName + ' ' + name + '=' + a.value);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'srcset', 'poster'].includes(name) && (bad.test(a.value) || name === 'srcdoc'))
        found.push(e.tagName + ' ' + name + '=' + a.value);
    }
    const tag = e.tagName.toLowerCase();
    if (['iframe', 'object', 'embed', 'base', 'foreignobject', 'frame'].includes(tag)) found.push('element ' + tag);
    if (tag === 'script' && (e.textContent.includes('rgxss_') || (e.src && !e.src.startsWith('file:')))) found.push('script ' + (e.src || e.textContent.slice(0, 80)));
    if (tag === 'meta' && e.httpEquiv) found.push('meta http-equiv ' + e.httpEquiv);
    if (tag === 'link' && e.href && !e.href.startsWith('file:')) found.push('link ' + e.href);
  }
  return found;
})()"""


CANARY = """<!doctype html><title>canary</title>
<img src=x onerror="alert('rgxss_canary_dialog')">
<a href="javascript:alert('rgxss_canary_href')">x</a>
<script>console.log('rgxss_canary_console')</script>
"""


def load_pages(output, extra=()):
    pages = []
    for folder, _, names in os.walk(output):
        for name in names:
            if name.endswith((".html", ".xml")):
                pages.append(os.path.join(folder, name))
    pages.sort()
    pages = list(extra) + pages
    profile = tempfile.mkdtemp(prefix="rgxss-profile-")
    browser = Browser(profile)
    problems = []
    try:
        target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for method in ["Page.enable", "Runtime.enable", "Network.enable"]:
            browser.call(method, session=session)
        browser.call("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK}, session=session)
        for page in pages:
            browser.events.clear()
            browser.call("Page.navigate", {"url": "file://" + page}, session=session)
            browser.wait_event("Page.loadEventFired", 10)
            browser.pump(0.15)
            where = os.path.relpath(page, output)
            for event in browser.events:
                method, params = event.get("method"), event.get("params", {})
                if method == "Page.javascriptDialogOpening":
                    problems.append(f"{where}: dialog {params.get('message')}")
                    browser.send("Page.handleJavaScriptDialog", {"accept": True}, session=session)
                elif method == "Runtime.consoleAPICalled":
                    text = " ".join(str(arg.get("value", arg.get("description", ""))) for arg in params.get("args", []))
                    if "rgxss_" in text or text.startswith("DIALOG"):
                        problems.append(f"{where}: console {text[:200]}")
                    elif text.startswith("search-index "):
                        problems.append(f"{where}: {text[len('search-index '):]}")
                elif method == "Runtime.exceptionThrown" and "search-index-check" in where:
                    problems.append(f"{where}: exception {json.dumps(params)[:300]}")
                elif method == "Network.requestWillBeSent":
                    url = params.get("request", {}).get("url", "")
                    if (url.startswith("file:") and "rgxss_" in url) or not (url.startswith("file:") or url.startswith("data:") or url.startswith("about:")):
                        problems.append(f"{where}: request {url[:200]}")
            if where.endswith(".html"):
                result = browser.call("Runtime.evaluate", {"expression": DOM_CHECK, "returnByValue": True}, session=session)
                for item in result.get("result", {}).get("value", []) or []:
                    problems.append(f"{where}: DOM {item[:200]}")
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)
    return pages, problems


def main():
    started = time.time()
    site = WORK
    os.makedirs(site, exist_ok=True)
    shutil.rmtree(site + "/Templates", ignore_errors=True)
    shutil.copytree(TEMPLATES, site + "/Templates")
    items, groups = make_recipes()
    write_site(site + "/Content", items)
    bad, _ = rejected(site)
    for name in sorted(bad & set(groups)):
        del items[name]
        items.update(split_group(*groups[name]))
    for name in bad - set(groups):
        items.pop(name, None)
    write_site(site + "/Content", items)
    bad2, _ = rejected(site)
    for name in bad2:
        items.pop(name, None)
    write_site(site + "/Content", items)
    build = subprocess.run([RECIPEGEN, "build"], cwd=site, capture_output=True, text=True)
    report = {"payloads": len(payloads()), "recipes_built": len(items), "rejected": len(bad - set(groups)) + len(bad2)}
    if build.returncode != 0:
        report["build_error"] = build.stderr[-2000:]
        print(json.dumps(report, indent=1))
        return 1
    report["check_and_build_seconds"] = round(time.time() - started, 1)
    canary = os.path.join(site, "canary.html")
    with open(canary, "w") as f:
        f.write(CANARY)
    search = os.path.join(site, "search-index-check.html")
    index_files = [n for n in os.listdir(site + "/Output/assets") if n.startswith("search-index")]
    with open(search, "w") as f:
        f.write("<!doctype html><title>search index</title>" + "".join(
            f'<script src="Output/assets/{n}"></script>' for n in index_files) +
            "<script>console.log('search-index ' + (window.RECIPEGEN_SEARCH ? 'loaded' : 'missing'))</script>")
    pages, problems = load_pages(site + "/Output", [canary, search])
    if not any(p == "../search-index-check.html: loaded" for p in problems):
        problems.append("the search index script did not load: " + repr([p for p in problems if "search-index-check" in p][:3]))
    problems = [p for p in problems if p != "../search-index-check.html: loaded"]
    caught = [p for p in problems if p.startswith("../canary.html")]
    problems = [p for p in problems if not p.startswith("../canary.html")]
    report.update({"pages_loaded": len(pages) - 2, "problems": problems[:100], "problem_count": len(problems),
                   "canary_caught": len(caught), "seconds": round(time.time() - started, 1)})
    if len(caught) < 3:
        report["error"] = "the checker missed the canary page's payloads: " + repr(caught)
        print(json.dumps(report, indent=1))
        return 1
    unescaped_rejects = [n for n in FRONT_REJECTED if any(name.endswith("-fm-" + n) for name in items)]
    report["validated_fields_accepted"] = unescaped_rejects
    print(json.dumps(report, indent=1))
    return 1 if problems else 0


sys.exit(main())
