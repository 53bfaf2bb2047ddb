// recipegen: copy buttons and the home page filters. No network requests, works from file://.
(function () {
  "use strict";

  function copyText(text, button) {
    function done(ok) {
      button.textContent = ok ? "Copied" : "Press Ctrl+C";
      setTimeout(function () { button.textContent = "Copy"; }, 1600);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
      return;
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "absolute";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    done(ok);
  }

  document.querySelectorAll("figure.code").forEach(function (figure) {
    var code = figure.querySelector("pre code");
    if (!code) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code to clipboard");
    button.addEventListener("click", function () {
      var text = figure.getAttribute("data-copy");
      copyText(text !== null ? text : code.textContent, button);
    });
    figure.appendChild(button);
  });

  var form = document.querySelector("[data-filters]");
  if (form) {
    form.hidden = false;
    var cards = Array.prototype.slice.call(document.querySelectorAll(".recipe-card"));
    var count = form.querySelector(".filter-count");
    var apply = function () {
      var category = form.elements.category.value;
      var difficulty = form.elements.difficulty.value;
      var tag = form.elements.tag.value.trim().toLowerCase();
      var shown = 0;
      cards.forEach(function (card) {
        var tags = " " + card.getAttribute("data-tags") + " ";
        var visible = (!category || card.getAttribute("data-category") === category) &&
          (!difficulty || card.getAttribute("data-difficulty") === difficulty) &&
          (!tag || tags.indexOf(" " + tag) !== -1);
        card.hidden = !visible;
        if (visible) { shown += 1; }
      });
      count.textContent = shown + " of " + cards.length + " recipes";
    };
    form.addEventListener("input", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }
})();

// Search: the index is a script loaded on first use, so it also works from file://.
(function () {
  "use strict";
  var form = document.querySelector(".site-search");
  if (!form) { return; }
  form.hidden = false;
  var input = form.querySelector("input");
  var list = form.querySelector(".search-results");
  var root = form.getAttribute("data-root") || "";
  var index = null;
  var loading = false;

  function load(then) {
    if (index) { then(); return; }
    if (loading) { return; }
    loading = true;
    var script = document.createElement("script");
    script.src = form.getAttribute("data-search-index");
    script.onload = function () { index = prepare(window.RECIPEGEN_SEARCH); then(); };
    document.head.appendChild(script);
  }

  var decoded = {};
  function decode(text) {
    if (decoded[text]) { return decoded[text]; }
    var ids = [], last = 0;
    text.split(",").forEach(function (part) { last += parseInt(part, 36); ids.push(last); });
    decoded[text] = ids;
    return ids;
  }

  function prepare(raw) {
    return { docs: raw.docs, strong: raw.strong, weak: raw.weak,
      strongTerms: Object.keys(raw.strong).sort(), weakTerms: Object.keys(raw.weak).sort() };
  }

  // Scores every document holding a term that starts with `word`: 10 for a title, tag or
  // heading word, 1 for a body word; an exact word counts double. A one-letter word matches
  // only itself, and a prefix at most 40 terms, which bounds the work of any query.
  function scoreWord(word, scores) {
    [["strong", "strongTerms", 10], ["weak", "weakTerms", 1]].forEach(function (field) {
      var terms = index[field[1]], map = index[field[0]];
      var lo = 0, hi = terms.length;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (terms[mid] < word) { lo = mid + 1; } else { hi = mid; } }
      var limit = word.length < 2 ? 1 : 40;
      for (var i = lo; i < terms.length && terms[i].lastIndexOf(word, 0) === 0 && i < lo + limit; i++) {
        var weight = field[2] * (terms[i] === word ? 2 : 1);
        decode(map[terms[i]]).forEach(function (id) { scores[id] = Math.max(scores[id] || 0, weight); });
      }
    });
  }

  function search(query) {
    var words = query.toLowerCase().split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; });
    if (words.length === 0) { return []; }
    var total = null;
    words.forEach(function (word) {
      var scores = {};
      scoreWord(word, scores);
      if (total === null) { total = scores; return; }
      var next = {};
      Object.keys(total).forEach(function (id) { if (scores[id]) { next[id] = total[id] + scores[id]; } });
      total = next;
    });
    return Object.keys(total).map(Number).sort(function (a, b) { return total[b] - total[a] || a - b; }).slice(0, 12);
  }

  function show() {
    var query = input.value.trim();
    list.textContent = "";
    if (!query) { return; }
    var results = search(query);
    if (results.length === 0) {
      var none = document.createElement("li");
      none.className = "search-empty";
      none.textContent = "No recipe matches \u201c" + query + "\u201d";
      list.appendChild(none);
      return;
    }
    results.forEach(function (id) {
      var doc = index.docs[id];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + doc[1];
      link.textContent = doc[0];
      var detail = document.createElement("span");
      detail.textContent = doc[3] + " \u00b7 " + doc[2];
      item.appendChild(link);
      item.appendChild(detail);
      list.appendChild(item);
    });
  }

  input.addEventListener("focus", function () { load(function () {}); });
  input.addEventListener("input", function () { load(show); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { input.value = ""; list.textContent = ""; }
    if (event.key === "Enter") {
      event.preventDefault();
      var first = list.querySelector("a");
      if (first) { window.location.href = first.href; }
    }
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
})();
