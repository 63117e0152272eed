// Draws the maps of a page with Leaflet. Every map has a text alternative on the page, so the
// page stays complete without JavaScript. Data comes from data attributes (no inline script).
(function () {
  'use strict';

  function center(element) {
    var parts = (element.dataset.center || '49.4447,7.7689').split(',');
    return [parseFloat(parts[0]), parseFloat(parts[1])];
  }

  function stateLabel(state) {
    var german = document.documentElement.lang !== 'en';
    var labels = german
      ? { laeuft: 'Läuft', geplant: 'Geplant', abgeschlossen: 'Abgeschlossen' }
      : { laeuft: 'Running', geplant: 'Planned', abgeschlossen: 'Finished' };
    return labels[state] || state;
  }

  function popup(feature) {
    var wrapper = document.createElement('div');
    var link = document.createElement('a');
    link.href = feature.properties.url;
    link.textContent = feature.properties.title;
    var state = document.createElement('p');
    state.textContent = stateLabel(feature.properties.state);
    wrapper.appendChild(link);
    wrapper.appendChild(state);
    return wrapper;
  }

  function show(map, layer, data) {
    layer.clearLayers();
    layer.addData(data);
    var bounds = layer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
    }
  }

  // The project form: the GeoJSON field stays the way to enter an area (keyboard, screen reader,
  // polygons); the map shows what it holds, and a click on the map sets a point there.
  function edit(map, layer, field) {
    var redraw = function () {
      try {
        var value = field.value.trim();
        layer.clearLayers();
        if (value) {
          show(map, layer, JSON.parse(value));
        }
      } catch (e) {
        // Invalid GeoJSON is explained by the server when the form is sent.
      }
    };
    field.addEventListener('input', redraw);
    map.on('click', function (event) {
      var point = { type: 'Point', coordinates: [round(event.latlng.lng), round(event.latlng.lat)] };
      field.value = JSON.stringify(point);
      redraw();
    });
    redraw();
  }

  function round(value) {
    return Math.round(value * 100000) / 100000;
  }

  function init(element) {
    if (!window.L || element.dataset.ready) {
      return;
    }
    element.dataset.ready = 'true';
    var map = L.map(element, { scrollWheelZoom: false, keyboard: true }).setView(center(element), 13);
    // The attribution names the tile source the city chose; no link to a third party is added.
    map.attributionControl.setPrefix(false);
    L.tileLayer(element.dataset.tileUrl, {
      attribution: element.dataset.tileAttribution,
      maxZoom: 19
    }).addTo(map);
    var layer = L.geoJSON(null, {
      onEachFeature: function (feature, shape) {
        if (feature.properties && feature.properties.url) {
          shape.bindPopup(popup(feature));
        }
      }
    }).addTo(map);

    if (element.dataset.editTarget) {
      edit(map, layer, document.getElementById(element.dataset.editTarget));
      return;
    }
    if (element.dataset.geojson) {
      show(map, layer, JSON.parse(element.dataset.geojson));
      return;
    }
    var load = function (query) {
      fetch(element.dataset.geojsonUrl + (query || ''), { headers: { Accept: 'application/geo+json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { if (data) { show(map, layer, data); } });
    };
    load(window.location.search);
    // The overview's filters reload the list with htmx; the map follows the same filters.
    document.body.addEventListener('htmx:afterSettle', function () {
      load(window.location.search);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.map:not([data-ideas-url]):not([data-pick-lat]):not([data-point])').forEach(init);
  });
})();
