// The header's search box: results appear below it as you type (HTMX), grouped by type.
// Keyboard: "/" focuses the box; arrow keys move through the results; Escape closes them.
(function () {
  "use strict";

  var escaping = false;  // focus goes back to the box on Escape without opening the list again

  function parts() {
    var form = document.querySelector("[data-site-search]");
    if (!form) { return null; }
    return {form: form, input: form.querySelector("input[type=search]"), box: form.querySelector(".site-search-results")};
  }

  function hits(box) { return Array.prototype.slice.call(box.querySelectorAll("a.search-hit")); }

  function show(p, open) {
    var visible = open && p.box.textContent.trim() !== "";
    p.box.hidden = !visible;
    p.input.setAttribute("aria-expanded", visible ? "true" : "false");
  }

  function move(p, from, step) {
    var links = hits(p.box);
    if (!links.length) { return; }
    var index = links.indexOf(from) + step;
    if (index < 0) { p.input.focus(); return; }
    links[Math.min(index, links.length - 1)].focus();
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    var p = parts();
    if (p && event.detail.target === p.box) { show(p, p.input.value.trim() !== ""); }
  });

  document.addEventListener("keydown", function (event) {
    var p = parts();
    if (!p) { return; }
    var target = event.target;
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable;
    if (event.key === "/" && !typing) {
      event.preventDefault();
      p.input.focus();
      p.input.select();
      return;
    }
    if (!p.form.contains(target)) { return; }
    if (event.key === "ArrowDown") {
      event.preventDefault();
      show(p, true);
      move(p, target === p.input ? null : target, 1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      move(p, target, -1);
    } else if (event.key === "Escape") {
      show(p, false);
      escaping = true;
      p.input.focus();
      escaping = false;
    }
  });

  document.addEventListener("click", function (event) {
    var p = parts();
    if (p && !p.form.contains(event.target)) { show(p, false); }
  });

  document.addEventListener("focusin", function (event) {
    var p = parts();
    if (p && !escaping && event.target === p.input && p.input.value.trim() !== "") { show(p, true); }
  });
})();
