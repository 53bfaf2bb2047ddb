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
