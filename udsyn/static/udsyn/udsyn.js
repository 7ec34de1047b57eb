/* udsyn's own script for every page (no inline script anywhere: the Content-Security-Policy forbids it).
   Loaded in <head> without defer, so the page knows at once that script runs (html.js) and a narrow screen
   starts with the menu folded instead of flashing it open. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function setMenu(button, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    document.getElementById(button.getAttribute("aria-controls")).classList.toggle("open", open);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".menu-button");
    if (!button) return;
    button.hidden = false;  // without script the menu simply stays unfolded
    button.addEventListener("click", function () {
      setMenu(button, button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        setMenu(button, false);
        button.focus();
      }
    });
  });
})();
