/* Connections graph (drawn on the server as SVG): pointing at or focusing a node lights up its links. */
(function () {
  "use strict";
  var svg = document.getElementById("network-graph");
  if (!svg) { return; }
  var edges = Array.prototype.slice.call(svg.querySelectorAll(".edge"));
  var nodes = {};
  Array.prototype.forEach.call(svg.querySelectorAll(".node"), function (node) { nodes[node.dataset.id] = node; });

  function light(id) {
    svg.classList.add("focused");
    nodes[id].classList.add("lit");
    edges.forEach(function (edge) {
      var other = edge.dataset.source === id ? edge.dataset.target : edge.dataset.target === id ? edge.dataset.source : null;
      if (other !== null) {
        edge.classList.add("lit");
        if (nodes[other]) { nodes[other].classList.add("lit"); }
      }
    });
  }

  function clear() {
    svg.classList.remove("focused");
    Array.prototype.forEach.call(svg.querySelectorAll(".lit"), function (el) { el.classList.remove("lit"); });
  }

  Object.keys(nodes).forEach(function (id) {
    var node = nodes[id];
    node.addEventListener("mouseenter", function () { light(id); });
    node.addEventListener("focus", function () { light(id); });
    node.addEventListener("mouseleave", clear);
    node.addEventListener("blur", clear);
  });
}());
