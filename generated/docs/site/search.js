// The site's one script: search over methods, resources and models (window.SEARCH_INDEX), and a folded menu on phones.
(function () {
  var input = document.getElementById('search');
  var list = document.getElementById('results');
  var root = document.body.getAttribute('data-root') || '';
  var index = window.SEARCH_INDEX || [];

  function matches(query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    return index
      .filter(function (entry) {
        var text = (entry.name + ' ' + entry.title).toLowerCase();
        return words.every(function (word) { return text.indexOf(word) >= 0; });
      })
      .slice(0, 50);
  }

  function render(found) {
    list.textContent = '';
    found.forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + entry.href;
      link.textContent = entry.name;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = entry.kind + (entry.title && entry.title !== entry.name ? ' · ' + entry.title : '');
      link.appendChild(kind);
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = found.length === 0;
  }

  input.addEventListener('input', function () { render(matches(input.value)); });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && list.firstChild) window.location.href = list.firstChild.firstChild.href;
    if (event.key === 'Escape') { input.value = ''; render([]); }
  });
  list.addEventListener('click', function () { list.hidden = true; });

  // On a phone the navigation starts folded, so that the page itself comes first.
  var nav = document.querySelector('nav details');
  if (nav && window.matchMedia('(max-width: 760px)').matches) nav.removeAttribute('open');
})();
