// Live Q&A: new questions and the current stage question arrive as server-sent events.
// Without JavaScript the page shows the same content on reload.
(function () {
  'use strict';
  if (!window.EventSource) {
    return;
  }
  document.querySelectorAll('[data-live-source]').forEach(function (root) {
    var source = new EventSource(root.getAttribute('data-live-source'));
    var guest = root.getAttribute('data-live-guest');
    var list = root.querySelector('[data-live-list]');
    var status = root.querySelector('[data-live-status]');
    var stage = root.querySelector('[data-live-stage]');
    var stageMeta = root.querySelector('[data-live-stage-meta]');
    source.addEventListener('open', function () {
      root.setAttribute('data-live-connected', '');
    });

    function text(tag, className, value) {
      var element = document.createElement(tag);
      if (className) {
        element.className = className;
      }
      element.textContent = value;
      return element;
    }

    source.addEventListener('question', function (event) {
      var question = JSON.parse(event.data);
      if (!list || document.getElementById('frage-' + question.id)) {
        return;
      }
      var item = document.createElement('li');
      item.className = 'card question question--new';
      item.id = 'frage-' + question.id;
      var body = text('p', 'question__text', '');
      var link = text('a', null, question.body);
      link.href = window.location.pathname.replace(/\/live$/, '') + '/' + question.id;
      body.appendChild(link);
      item.appendChild(body);
      item.appendChild(text('p', 'meta', [question.author || guest, question.category].filter(Boolean).join(' · ')));
      list.insertBefore(item, list.firstChild);
      var none = root.querySelector('[data-live-none]');
      if (none) {
        none.remove();
      }
      if (status) {
        status.textContent = status.getAttribute('data-live-new') + ' ' + question.body;
      }
    });

    source.addEventListener('removed', function (event) {
      var item = document.getElementById('frage-' + JSON.parse(event.data).id);
      if (item) {
        item.remove();
      }
    });

    source.addEventListener('stage', function (event) {
      var question = JSON.parse(event.data);
      if (stage) {
        stage.textContent = question.body || stage.getAttribute('data-live-empty');
      }
      if (stageMeta) {
        stageMeta.textContent = question.body
            ? [question.author || guest, question.category].filter(Boolean).join(' · ') : '';
      }
    });
  });
})();
