/* Map of partner cities: the vendored world outline as a plain GeoJSON layer (no tile server) and one
   circle marker per partner city with coordinates, coloured by kind of relation, with a popup. */
(function () {
  "use strict";
  var element = document.getElementById("partner-map");
  if (!element || !window.L) { return; }
  var features = JSON.parse(document.getElementById("partner-features").textContent);
  var colours = JSON.parse(document.getElementById("kind-colours").textContent);

  var map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 8, attributionControl: false })
    .setView([35, 10], 2);
  map.createPane("world").style.zIndex = 250;  // below the markers' overlay pane

  // Leaflet shows a string given to a tooltip or popup as HTML: register names go in as DOM text nodes only.
  function text(value) {
    var span = document.createElement("span");
    span.textContent = value;
    return span;
  }

  function line(label, value) {
    var row = document.createElement("div");
    if (label) {
      var strong = document.createElement("strong");
      strong.textContent = label;
      row.appendChild(strong);
      row.appendChild(document.createTextNode(" "));
    }
    row.appendChild(document.createTextNode(value));
    return row;
  }

  function popup(properties) {
    // Built from DOM nodes, never from HTML strings: names come from the register.
    var box = document.createElement("div");
    var title = document.createElement("strong");
    title.textContent = properties.institution ? properties.institution + ", " + properties.city : properties.city;
    box.appendChild(title);
    box.appendChild(line("", properties.kind_label + " · " + properties.country));
    if (properties.signed_on || properties.ended_on) {
      box.appendChild(line("", (properties.signed_on || "?") + (properties.ended_on ? " – " + properties.ended_on : "")));
    }
    if (properties.themes && properties.themes.length) { box.appendChild(line("", properties.themes.join(", "))); }
    box.appendChild(line("", properties.department));
    return box;
  }

  var markers = L.geoJSON(features, {
    pointToLayer: function (feature, latlng) {
      return L.circleMarker(latlng, {
        radius: 7, color: "#ffffff", weight: 1.5, fillOpacity: 0.9,
        fillColor: colours[feature.properties.kind] || "#666666",
        className: "udsyn-partner-marker udsyn-kind-" + feature.properties.kind
      });
    },
    onEachFeature: function (feature, layer) {
      layer.bindPopup(popup(feature.properties));
      layer.bindTooltip(text(feature.properties.city));
    }
  }).addTo(map);
  if (features.features.length) {
    map.fitBounds(markers.getBounds().pad(0.4), { maxZoom: 4 });
  }

  fetch(element.dataset.world)
    .then(function (response) { return response.json(); })
    .then(function (world) {
      L.geoJSON(world, {
        pane: "world", interactive: false,
        style: { color: "#8aa0b3", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 }
      }).addTo(map);
      element.dataset.ready = "true";
    })
    .catch(function () { element.dataset.ready = "error"; });
}());
