// The site's one script: search (window.SEARCH_INDEX), theme toggle, copy buttons, example tabs,
// the sidebar's current section, and a folded menu on phones. The page reads fine without it.
(function () {
  var root = document.body.getAttribute('data-root') || '';
  var store = {
    get: function (key) { try { return localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode */ } },
  };

  // Theme: follows the system until the reader picks one; the pick is remembered.
  var themeButton = document.getElementById('theme');
  var dark = window.matchMedia('(prefers-color-scheme: dark)');
  function currentTheme() {
    return document.documentElement.getAttribute('data-theme') || (dark.matches ? 'dark' : 'light');
  }
  function showTheme() {
    var isDark = currentTheme() === 'dark';
    themeButton.setAttribute('aria-pressed', String(isDark));
    themeButton.textContent = isDark ? 'Light' : 'Dark';
    themeButton.setAttribute('aria-label', isDark ? 'Light theme' : 'Dark theme');
  }
  themeButton.addEventListener('click', function () {
    var next = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.setAttribute('data-theme', next);
    store.set('docs-theme', next);
    showTheme();
  });
  if (dark.addEventListener) dark.addEventListener('change', showTheme);
  showTheme();

  // Search: the same words as the index (generator/emit/search-tokens.ts), prefixes and small typos.
  var input = document.getElementById('search');
  var list = document.getElementById('results');
  var data = { kinds: [], entries: [] };
  var entries = [];
  // The index is a script (so it loads from the file system too), fetched when the reader first reaches for search.
  var loading = false;
  function loadIndex() {
    if (loading) return;
    loading = true;
    var script = document.createElement('script');
    script.src = root + 'search-index.js';
    script.onload = function () {
      data = window.SEARCH_INDEX;
      entries = data.entries.map(function (e) {
        return { e: e, t: e.t.split(' '), d: e.d ? e.d.split(' ') : [], n: e.n.toLowerCase() };
      });
      if (input.value) render(matches(input.value));
    };
    document.body.appendChild(script);
  }
  input.addEventListener('focus', loadIndex);
  input.addEventListener('pointerenter', loadIndex);

  function tokens(text) {
    var out = [];
    text.split(/[^A-Za-z0-9]+/).forEach(function (word) {
      if (!word) return;
      var parts = word.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
      parts.forEach(function (p) { out.push(p.toLowerCase()); });
      if (parts.length > 1) out.push(word.toLowerCase());
    });
    text.split(/[^A-Za-z0-9_]+/).forEach(function (w) {
      if (w.indexOf('_') >= 0) out.push(w.toLowerCase().replace(/^_+|_+$/g, ''));
    });
    return out.filter(function (w, i) { return w && out.indexOf(w) === i; });
  }

  // Edit distance with transpositions, giving up beyond `limit`.
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var prev2 = null, prev = [], row;
    for (var j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      row = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        row[j] = v;
        if (v < best) best = v;
      }
      if (best > limit) return limit + 1;
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  // How well query word `q` matches word `w`: 4 exact, 3 prefix, 2 a typo away, 1 a typo'd prefix, 0 not.
  function wordScore(q, w) {
    if (w === q) return 4;
    if (w.lastIndexOf(q, 0) === 0) return 3;
    if (q.length < 3) return 0;
    if (q.length === 3) return w.length <= 4 && distance(q, w, 1) <= 1 ? 2 : 0;
    var limit = q.length >= 8 ? 2 : 1;
    if (distance(q, w, limit) <= limit) return 2;
    if (w.length > q.length && distance(q, w.slice(0, q.length), 1) <= 1) return 1;
    return 0;
  }

  function best(q, words) {
    var top = 0;
    for (var i = 0; i < words.length && top < 4; i++) top = Math.max(top, wordScore(q, words[i]));
    return top;
  }

  function matches(query) {
    var words = tokens(query);
    if (words.length === 0) return [];
    var whole = query.trim().toLowerCase();
    var found = [];
    entries.forEach(function (x) {
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var s = best(words[i], x.t) * 3 || best(words[i], x.d);
        if (!s) return;
        score += s;
      }
      if (x.n.toLowerCase() === whole) score += 30;
      else if (x.n.split('.').pop() === whole) score += 20;
      // Kinds are listed most important first.
      score = score * 10 + (data.kinds.length - x.e.k) * 4;
      found.push({ e: x.e, score: score });
    });
    found.sort(function (a, b) {
      return b.score - a.score || a.e.n.length - b.e.n.length || (a.e.n < b.e.n ? -1 : a.e.n > b.e.n ? 1 : 0);
    });
    return found.slice(0, 20).map(function (f) { return f.e; });
  }

  function render(found) {
    list.textContent = '';
    found.forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + entry.h;
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = entry.n;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = data.kinds[entry.k];
      var context = document.createElement('span');
      context.className = 'context';
      context.textContent = entry.c;
      link.appendChild(name);
      link.appendChild(kind);
      link.appendChild(context);
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = found.length === 0;
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }

  input.addEventListener('input', function () { loadIndex(); render(matches(input.value)); });
  input.addEventListener('keydown', function (event) {
    var all = links();
    if (event.key === 'Enter' && all[0]) { event.preventDefault(); window.location.href = all[0].href; list.hidden = true; }
    if (event.key === 'ArrowDown' && all[0]) { event.preventDefault(); all[0].focus(); }
    if (event.key === 'Escape') { input.value = ''; render([]); }
  });
  list.addEventListener('keydown', function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (event.key === 'ArrowDown') { event.preventDefault(); (all[at + 1] || all[at]).focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
    if (event.key === 'Escape') { input.focus(); render([]); }
  });
  list.addEventListener('click', function () { list.hidden = true; });
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  document.addEventListener('click', function (event) {
    if (!list.hidden && !list.contains(event.target) && event.target !== input) list.hidden = true;
  });

  // Copy buttons: the text of the code block beside each.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button.copy');
    if (!button) return;
    var code = button.parentNode.querySelector('code');
    var text = code ? code.textContent : '';
    var done = function () {
      button.textContent = 'Copied';
      setTimeout(function () { button.textContent = 'Copy'; }, 1500);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
    function fallback() {
      var area = document.createElement('textarea');
      area.value = text;
      document.body.appendChild(area);
      area.select();
      try { document.execCommand('copy'); done(); } catch (e) { /* nothing to do */ }
      document.body.removeChild(area);
    }
  });

  // Example tabs: language and fields, the same choice for every method, remembered.
  var choice = { lang: store.get('docs-lang') || 'ts', fields: store.get('docs-fields') || 'required' };
  function showExamples() {
    document.querySelectorAll('.method-code').forEach(function (box) {
      var fields = box.querySelector('.example[data-fields="' + choice.fields + '"]') ? choice.fields : 'required';
      box.querySelectorAll('.example').forEach(function (example) {
        example.hidden = !(example.getAttribute('data-lang') === choice.lang && example.getAttribute('data-fields') === fields);
      });
      box.querySelectorAll('button[data-lang]').forEach(function (b) {
        b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === choice.lang));
      });
      box.querySelectorAll('button[data-fields]').forEach(function (b) {
        b.setAttribute('aria-pressed', String(b.getAttribute('data-fields') === fields));
      });
    });
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.example-bar button');
    if (!button) return;
    if (button.hasAttribute('data-lang')) { choice.lang = button.getAttribute('data-lang'); store.set('docs-lang', choice.lang); }
    if (button.hasAttribute('data-fields')) { choice.fields = button.getAttribute('data-fields'); store.set('docs-fields', choice.fields); }
    var top = button.getBoundingClientRect().top;
    showExamples();
    // Keep the clicked button where it was, though blocks above it changed height.
    window.scrollBy(0, button.getBoundingClientRect().top - top);
  });
  showExamples();

  // The sidebar marks the section being read.
  var sectionLinks = document.querySelectorAll('nav a[data-section]');
  if (sectionLinks.length > 0 && 'IntersectionObserver' in window) {
    var byId = {};
    sectionLinks.forEach(function (a) { byId[a.getAttribute('data-section')] = a; });
    var visible = {};
    var observer = new IntersectionObserver(function (changes) {
      changes.forEach(function (c) { visible[c.target.id] = c.isIntersecting; });
      var first = null;
      document.querySelectorAll('main section[id]').forEach(function (s) { if (!first && visible[s.id]) first = s.id; });
      if (!first) return;
      sectionLinks.forEach(function (a) {
        if (a.getAttribute('data-section') === first) {
          a.setAttribute('aria-current', 'location');
          keepInView(a);
        } else a.removeAttribute('aria-current');
      });
    }, { rootMargin: '-64px 0px -55% 0px' });
    document.querySelectorAll('main section[id]').forEach(function (s) { if (byId[s.id]) observer.observe(s); });
  }
  // Scrolls the sidebar only (scrollIntoView would scroll the page too).
  function keepInView(element) {
    var nav = element.closest('nav');
    var box = element.getBoundingClientRect(), outer = nav.getBoundingClientRect();
    if (box.top < outer.top) nav.scrollTop -= outer.top - box.top + 8;
    else if (box.bottom > outer.bottom) nav.scrollTop += box.bottom - outer.bottom + 8;
  }

  // On a phone the navigation starts folded, so that the page itself comes first.
  var nav = document.querySelector('nav details');
  if (nav && window.matchMedia('(max-width: 760px)').matches) nav.removeAttribute('open');
})();
