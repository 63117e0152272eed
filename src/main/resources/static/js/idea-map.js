// The idea maps: the list's map that loads markers and clusters for the visible area, the map in
// the idea form that sets the place, and the small map of one idea. Every one of them has a
// complete alternative on the page without JavaScript (the list's places, the form's fields).
(function () {
  'use strict';

  var german = document.documentElement.lang !== 'en';

  function base(element, options) {
    var parts = (element.dataset.center || '49.4447,7.7689').split(',');
    var map = L.map(element, Object.assign({ scrollWheelZoom: false, keyboard: true }, options || {}))
      .setView([parseFloat(parts[0]), parseFloat(parts[1])], 13);
    map.attributionControl.setPrefix(false);
    L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.tileAttribution, maxZoom: 19 }).addTo(map);
    return map;
  }

  function area(map, element) {
    if (!element.dataset.area) {
      return null;
    }
    try {
      var layer = L.geoJSON(JSON.parse(element.dataset.area), {
        style: { color: '#1b4f8a', weight: 2, fillOpacity: 0.05 },
        interactive: false
      }).addTo(map);
      if (layer.getBounds().isValid()) {
        map.fitBounds(layer.getBounds(), { padding: [12, 12], maxZoom: 16 });
      }
      return layer;
    } catch (e) {
      return null;
    }
  }

  // --- The list's map ---

  function ideasMap(element) {
    var map = base(element);
    area(map, element);
    var markers = L.layerGroup().addTo(map);
    var url = element.dataset.ideasUrl;
    var pending = null;

    function popup(properties) {
      var wrapper = document.createElement('div');
      var title = document.createElement('strong');
      title.textContent = properties.title;
      wrapper.appendChild(title);
      var details = [properties.category, properties.status].filter(Boolean).join(' · ');
      if (details) {
        var p = document.createElement('p');
        p.textContent = details;
        wrapper.appendChild(p);
      }
      return wrapper;
    }

    function draw(data) {
      markers.clearLayers();
      data.features.forEach(function (feature) {
        var c = feature.geometry.coordinates;
        var latlng = [c[1], c[0]];
        var p = feature.properties;
        if (p.cluster) {
          var label = p.count + (german ? ' Ideen' : ' ideas');
          var icon = L.divIcon({
            className: 'idea-cluster',
            html: '<span aria-hidden="true">' + p.count + '</span>',
            iconSize: [40, 40]
          });
          var cluster = L.marker(latlng, { icon: icon, title: label, alt: label, keyboard: true }).addTo(markers);
          cluster.on('click', function () { map.setView(latlng, Math.min(map.getZoom() + 2, 19)); });
        } else {
          var marker = L.circleMarker(latlng, {
            radius: 9, color: '#ffffff', weight: 2, fillColor: p.colour || '#1b6e3a', fillOpacity: 0.95
          }).addTo(markers);
          marker.bindTooltip(popup(p));
          // a click opens the idea; with Ctrl or Cmd in a new tab, as links do
          marker.on('click', function (event) {
            if (event.originalEvent && (event.originalEvent.ctrlKey || event.originalEvent.metaKey)) {
              window.open(p.url);
            } else {
              window.location.href = p.url;
            }
          });
        }
      });
    }

    function load() {
      var b = map.getBounds();
      // the viewport widened to the grid of map tiles (360 / 2^zoom degrees): people looking at the same
      // part of the city ask for the same address, which the platform and a proxy can answer from a cache
      var step = 360 / Math.pow(2, map.getZoom());
      var bbox = [Math.floor(b.getWest() / step) * step, Math.floor(b.getSouth() / step) * step,
        Math.ceil(b.getEast() / step) * step, Math.ceil(b.getNorth() / step) * step].map(function (v) {
        return Math.max(-180, Math.min(180, v)).toFixed(5);
      });
      bbox[1] = Math.max(-90, bbox[1]);
      bbox[3] = Math.min(90, bbox[3]);
      var query = url + (url.indexOf('?') >= 0 ? '&' : '?') + 'bbox=' + bbox.join(',') + '&zoom=' + map.getZoom();
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      fetch(query, { headers: { Accept: 'application/geo+json' }, signal: pending.signal })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { if (data) { draw(data); } })
        .catch(function () { /* a newer request replaced this one */ });
    }

    map.on('moveend', load);
    load();
    // The filters reload the list with htmx; the map follows the same filters.
    document.body.addEventListener('htmx:afterSettle', function () {
      var results = document.getElementById('results');
      if (results && results.dataset.mapUrl) {
        url = results.dataset.mapUrl;
        load();
      }
    });
    toggle(element);
  }

  // On small screens list and map share the width; a button hides or shows the map.
  function toggle(element) {
    var section = element.closest('.idea-layout__map');
    if (!section) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--secondary button--small map-toggle';
    button.setAttribute('aria-expanded', 'true');
    button.setAttribute('aria-controls', element.id || (element.id = 'ideen-karte'));
    var show = german ? 'Karte zeigen' : 'Show map';
    var hide = german ? 'Karte ausblenden' : 'Hide map';
    button.textContent = hide;
    button.addEventListener('click', function () {
      var hidden = element.hidden = !element.hidden;
      button.textContent = hidden ? show : hide;
      button.setAttribute('aria-expanded', hidden ? 'false' : 'true');
    });
    section.insertBefore(button, element);
  }

  // --- The form's map ---

  function round(value) {
    return Math.round(value * 100000) / 100000;
  }

  function picker(element) {
    var map = base(element);
    area(map, element);
    var lat = document.getElementById(element.dataset.pickLat);
    var lon = document.getElementById(element.dataset.pickLon);
    var status = document.getElementById(element.dataset.pickStatus || 'map-status');
    var named = document.getElementById(element.dataset.pickNamed || 'namedPlace');
    var markerLabel = element.dataset.markerLabel;
    var marker = null;

    function announce(text) {
      if (status) {
        status.textContent = text;
      }
    }

    function place(latlng, source) {
      if (!marker) {
        marker = L.marker(latlng, {
          draggable: true, keyboard: true,
          title: markerLabel || (german ? 'Ort der Idee, verschiebbar' : 'Place of the idea, draggable'),
          alt: markerLabel || (german ? 'Ort der Idee' : 'Place of the idea')
        }).addTo(map);
        marker.on('dragend', function () { place(marker.getLatLng(), 'map'); });
      } else {
        marker.setLatLng(latlng);
      }
      if (source !== 'fields') {
        lat.value = String(round(latlng.lat));
        lon.value = String(round(latlng.lng));
        if (named && source !== 'list') {
          named.value = '';
        }
      }
      announce((german ? 'Ort gesetzt: ' : 'Place set: ') + round(latlng.lat) + ', ' + round(latlng.lng));
    }

    function fromFields() {
      var a = parseFloat(String(lat.value).replace(',', '.'));
      var b = parseFloat(String(lon.value).replace(',', '.'));
      if (isFinite(a) && isFinite(b) && Math.abs(a) <= 90 && Math.abs(b) <= 180) {
        place(L.latLng(a, b), 'fields');
        map.setView([a, b], Math.max(map.getZoom(), 15));
      }
    }

    map.on('click', function (event) { place(event.latlng, 'map'); });
    lat.addEventListener('change', fromFields);
    lon.addEventListener('change', fromFields);
    if (named) {
      named.addEventListener('change', function () {
        var option = named.options[named.selectedIndex];
        if (option && option.dataset.lat) {
          var latlng = L.latLng(parseFloat(option.dataset.lat), parseFloat(option.dataset.lon));
          place(latlng, 'list');
          map.setView(latlng, 16);
        }
      });
    }
    if (navigator.geolocation) {
      var locate = document.createElement('button');
      locate.type = 'button';
      locate.className = 'button button--secondary button--small';
      locate.textContent = element.dataset.locateLabel;
      locate.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (position) {
          var latlng = L.latLng(position.coords.latitude, position.coords.longitude);
          place(latlng, 'map');
          map.setView(latlng, 17);
        }, function () {
          announce(element.dataset.locateFailed);
        }, { enableHighAccuracy: true, timeout: 10000 });
      });
      element.parentNode.insertBefore(locate, element.nextSibling);
    }
    fromFields();
  }

  // --- One idea's place ---

  function point(element) {
    var parts = element.dataset.point.split(',');
    var latlng = [parseFloat(parts[0]), parseFloat(parts[1])];
    var map = base(element, { dragging: !L.Browser.mobile });
    map.setView(latlng, 16);
    L.circleMarker(latlng, { radius: 9, color: '#ffffff', weight: 2, fillColor: '#1b6e3a', fillOpacity: 0.95 })
      .addTo(map);
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.L) {
      return;
    }
    document.querySelectorAll('.map[data-ideas-url]').forEach(ideasMap);
    document.querySelectorAll('.map[data-pick-lat]').forEach(picker);
    document.querySelectorAll('.map[data-point]').forEach(point);
  });
})();
