/* The review queue by keyboard: j/k move between proposals, a accepts (or merges into the record the register
   already has), n adds as new even so, r rejects, e opens the proposal to edit or merge by hand. After a decision
   (HTMX swaps the card) the next open proposal comes into view; when the page has none left, the queue loads the
   page that holds the next open ones. A static file: the Content-Security-Policy allows no inline script. */
(function () {
  "use strict";

  function cards() {
    return Array.prototype.slice.call(document.querySelectorAll("#queue .proposal"));
  }

  function current() {
    return document.querySelector("#queue .proposal.current");
  }

  // While HTMX swaps or settles part of the queue, new cards are in the page before HTMX has wired their forms
  // (htmx-added until settled): a key pressed then would post a form the old way and reload the whole page. Keys
  // wait for the queue to be still; the card they act on is made current only once its answer has settled.
  function busy() {
    return !!document.querySelector(
      "#queue.htmx-swapping, #queue.htmx-settling, #queue .htmx-added, #queue .htmx-swapping, #queue .htmx-settling"
    ) || loading;
  }

  function select(card) {
    if (!card) return;
    cards().forEach(function (other) { other.classList.remove("current"); });
    card.classList.add("current");
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest", behavior: "auto" });
  }

  function firstOpen(after, skip) {
    var all = cards();
    var start = after ? all.indexOf(after) + 1 : 0;
    for (var i = start; i < all.length; i++) {
      if (all[i].classList.contains("open") && !(skip && skip[all[i].id])) return all[i];
    }
    return null;
  }

  function move(step) {
    var all = cards();
    if (!all.length) return;
    var index = all.indexOf(current());
    select(all[Math.min(all.length - 1, Math.max(0, index + step))] || all[0]);
  }

  function press(key) {
    var card = current();
    var target = card && card.querySelector("[data-shortcut='" + key + "']");
    if (target) target.click();
  }

  // The next page of proposals is on its way: the open cards the reviewer passed over on this page (before the
  // decided one) come back first on the refreshed page, so the one after them is selected.
  var loading = false;
  var passedOver = null;
  var nextUrl = "";

  function loadNext(url) {
    loading = true;
    nextUrl = url;
    window.htmx.ajax("GET", url, { target: "#queue" }).then(function () { loading = false; }, fallBack);
  }

  // The next page could not be fetched in place: load it the ordinary way rather than leave no card current.
  function fallBack() {
    if (passedOver === null) return;
    loading = false;
    passedOver = null;
    window.location.assign(nextUrl);
  }

  function passedOverBefore(card) {
    var skip = {};
    var all = cards();
    for (var i = 0; i < all.indexOf(card); i++) {
      if (all[i].classList.contains("open")) skip[all[i].id] = true;
    }
    return skip;
  }

  // After a decision: the next open proposal on this page, or else the page of the queue that holds it.
  function afterDecision(id) {
    var card = document.getElementById("candidate-" + id);
    if (card && card.classList.contains("open")) { select(card); return; }  // refused: it still waits
    var next = firstOpen(card);
    if (next) { select(next); return; }
    var count = document.getElementById("queue-count");
    if (count && count.getAttribute("data-left") === "0") return;  // all reviewed: the last answer stays in view
    var list = document.querySelector("#queue .queue-list");
    var url = list && list.getAttribute("data-next-url");
    if (url && window.htmx) {
      passedOver = card ? passedOverBefore(card) : {};
      loadNext(url);
    }
  }

  // A page of the queue was swapped in after the last open card of the one before was decided.
  function afterNextPage() {
    var skip = passedOver;
    passedOver = null;
    var next = firstOpen(null, skip) || firstOpen(null);
    if (next) { select(next); return; }
    var list = document.querySelector("#queue .queue-list");
    var url = list && list.getAttribute("data-next-url");
    var more = list && list.getAttribute("data-next-is-further") === "1";
    if (url && more) { passedOver = {}; loadNext(url); }  // all decided on this page too: on to the next one
  }

  document.addEventListener("DOMContentLoaded", function () {
    var queue = document.getElementById("queue");
    if (!queue) return;
    var wanted = window.location.hash && document.querySelector(window.location.hash);
    if (wanted && wanted.classList.contains("proposal")) select(wanted);
    document.body.addEventListener("udsyn:decided", function (event) { afterDecision(event.detail.id); });
    // The card being answered is no longer the one keys act on: HTMX keeps an element's classes while it swaps
    // in its successor of the same id, and only the settled answer is made current again (afterDecision).
    document.body.addEventListener("htmx:beforeSwap", function (event) {
      var target = event.detail.target;
      if (target && target.classList && target.classList.contains("proposal")) target.classList.remove("current");
    });
    document.body.addEventListener("htmx:responseError", fallBack);
    document.body.addEventListener("htmx:afterSettle", function (event) {
      if (passedOver && event.detail.target && event.detail.target.id === "queue") afterNextPage();
    });
    queue.addEventListener("click", function (event) {
      var card = event.target.closest && event.target.closest(".proposal");
      if (card) { cards().forEach(function (c) { c.classList.remove("current"); }); card.classList.add("current"); }
    });
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      var tag = (event.target.tagName || "").toLowerCase();
      if (tag === "input" || tag === "select" || tag === "textarea" || event.target.isContentEditable) return;
      var actions = {
        j: function () { current() ? move(1) : select(firstOpen(null) || cards()[0]); },
        k: function () { move(-1); },
        a: function () { press("a"); },
        n: function () { press("n"); },
        r: function () { press("r"); },
        e: function () { press("e"); },
      };
      var action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      if (!busy()) action();
    });
    // The shortcuts work from here on: say so (without this script the keys do nothing, so the help stays hidden).
    var help = document.getElementById("queue-shortcuts");
    if (help) help.hidden = false;
  });
})();
