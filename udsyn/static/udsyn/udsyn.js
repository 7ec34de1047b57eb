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

  // A file input becomes a drop zone that lists what was chosen (core/widgets/file_drop.html); the input itself
  // lies over the zone, so clicking, the keyboard and a screen reader meet the browser's own control.
  function fileSize(bytes) {
    var format = new Intl.NumberFormat(document.documentElement.lang || undefined, {maximumFractionDigits: 1});
    return bytes >= 1048576 ? format.format(bytes / 1048576) + " MB" : format.format(Math.ceil(bytes / 1024)) + " kB";
  }

  function listFiles(zone, input) {
    var list = zone.querySelector(".file-drop-list");
    var limit = Number(zone.getAttribute("data-max-bytes")) || 0;
    list.textContent = "";
    Array.prototype.forEach.call(input.files, function (file) {
      var item = document.createElement("li");
      item.textContent = file.name + " (" + fileSize(file.size) + ")";
      if (limit && file.size > limit) {
        item.className = "too-large";
        item.textContent += " – " + list.getAttribute("data-too-large");
      }
      list.appendChild(item);
    });
    if (!input.files.length) {
      var none = document.createElement("li");
      none.className = "none";
      none.textContent = list.getAttribute("data-none");
      list.appendChild(none);
    }
  }

  function dropFiles(input, files) {
    if (!input.multiple && files.length > 1) {  // one file wanted: keep the first rather than none
      var first = new DataTransfer();
      first.items.add(files[0]);
      files = first.files;
    }
    input.files = files;
    input.dispatchEvent(new Event("change", {bubbles: true}));
  }

  function enhanceFileDrop(zone) {
    var input = zone.querySelector("input[type=file]");
    zone.classList.add("enhanced");
    input.addEventListener("change", function () { listFiles(zone, input); });
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();  // not the browser's own handling, which would open the file instead
      if (event.dataTransfer && event.dataTransfer.files.length) dropFiles(input, event.dataTransfer.files);
    });
    listFiles(zone, input);  // files the browser kept when the page came back
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-file-drop]").forEach(enhanceFileDrop);
  });

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
