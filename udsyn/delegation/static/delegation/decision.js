// The decision form shows the fields of the chosen outcome only (accept: department, host, dates; decline: the
// reason; refer: the department). Each field says its outcomes in data-outcomes; without this script all show.
(function () {
  "use strict";
  function update(form) {
    var chosen = form.querySelector("input[name=outcome]:checked");
    form.querySelectorAll("[data-outcomes]").forEach(function (input) {
      var field = input.closest(".field");
      if (field) {
        field.hidden = !!chosen && input.dataset.outcomes.split(" ").indexOf(chosen.value) < 0;
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.decision-form").forEach(function (form) {
      form.addEventListener("change", function (event) {
        if (event.target.name === "outcome") { update(form); }
      });
      update(form);
    });
  });
})();
