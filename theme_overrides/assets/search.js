/* The archive's search page. Two back ends behind one interface, fed the same folded
   terms (arabic.js, twin of archive/arabic.py):
   - hosted (http): Pagefind, its index built by `make site` (archive/site.py);
   - offline (file://): the archive's own index of classic <script> shards
     (archive/search_index.py), since file:// allows neither fetch() nor modules.
   The query and filters live in the URL (?q=…&source=…&year=…&tag=…&sort=date), so a
   search can be linked and shared. */
(function () {
  "use strict";
  var box = document.getElementById("archive-search");
  if (!box) return;
  var ROOT = box.getAttribute("data-root");
  var DIR_URLS = box.getAttribute("data-directory-urls") === "true";
  var PAGE = 10;
  var FILTERS = ["source", "year", "tag", "author"];  // the page's <select>s, by name
  var fold = window.ArabicFold;
  var words = window.ArchiveWords;  // words.js: archive/words.yml, plural rules

  function articleUrl(id) {
    return ROOT + "articles/" + encodeURIComponent(id) + (DIR_URLS ? "/" : ".html");
  }

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  /* `size` words of `text`, escaped, those matching the query in <mark>; from the start,
     or (`around`) from a little before the first match. */
  function marked(text, qterms, size, around) {
    var words = String(text || "").split(/\s+/).filter(Boolean);
    var wanted = {};
    qterms.forEach(function (t) { wanted[t] = true; });
    var hit = words.map(function (w) {
      return fold.terms(w).some(function (t) { return wanted[t]; });
    });
    var first = hit.indexOf(true);
    var start = around && first > 0 ? Math.max(0, first - 8) : 0;
    var out = words.slice(start, start + size).map(function (w, i) {
      return hit[start + i] ? "<mark>" + esc(w) + "</mark>" : esc(w);
    }).join(" ");
    return (start > 0 ? "… " : "") + out + (start + size < words.length ? " …" : "");
  }
  /* A window of the text around the query's first match. */
  function excerpt(text, qterms) { return marked(text, qterms, 36, true); }

  /* ---- offline back end: script shards ---- */
  var loaded = {};
  function loadScript(src) {
    if (!loaded[src]) {
      loaded[src] = new Promise(function (resolve) {
        var s = document.createElement("script");
        s.src = src;
        s.onload = function () { resolve(true); };
        s.onerror = function () { resolve(false); };  // no shard: no such term
        document.head.appendChild(s);
      });
    }
    return loaded[src];
  }
  var IDX = { meta: null, terms: {}, docs: {} };
  window.ArchiveIndex = {
    meta: function (m) { IDX.meta = m; },
    terms: function (key, t) { IDX.terms[key] = t; },
    docs: function (n, d) { IDX.docs[n] = d; }
  };
  function shardKey(term) {
    var k = "";
    for (var i = 0; i < Math.min(2, term.length); i++) {
      k += ("0000" + term.charCodeAt(i).toString(16)).slice(-4);
    }
    return k;
  }
  var offline = {
    name: "offline",
    init: function () { return loadScript(ROOT + "search-index/meta.js"); },
    filters: function () {
      return Promise.resolve().then(function () {
        var m = IDX.meta;
        var years = {};
        m.year.forEach(function (y) { if (y) years[y] = (years[y] || 0) + 1; });
        var sources = {};
        m.source.forEach(function (s) { if (s >= 0) sources[m.sources[s]] = (sources[m.sources[s]] || 0) + 1; });
        function counted(map, names) {
          var out = {};
          Object.keys(map || {}).forEach(function (n) {
            map[n].forEach(function (t) { out[names[t]] = (out[names[t]] || 0) + 1; });
          });
          return out;
        }
        return { source: sources, year: years, tag: counted(m.tag, m.tags), author: counted(m.author, m.authors) };
      });
    },
    search: function (qterms, filters, sort) {
      var m = IDX.meta;
      var unique = qterms.filter(function (t, i) { return qterms.indexOf(t) === i; });
      var shards = {};
      m.shards.forEach(function (k) { shards[k] = true; });
      return Promise.all(unique.map(function (t) {
        var key = shardKey(t);
        return shards[key] ? loadScript(ROOT + "search-index/t-" + key + ".js") : null;
      })).then(function () {
        var scores = null;
        var any = {};
        unique.forEach(function (t) {
          var flat = (IDX.terms[shardKey(t)] || {})[t] || [];
          var idf = Math.log(1 + m.docs / Math.max(1, flat.length / 2));
          var mine = {};
          for (var i = 0, doc = 0; i < flat.length; i += 2) {
            doc += flat[i];
            mine[doc] = idf * flat[i + 1];
            any[doc] = (any[doc] || 0) + mine[doc];
          }
          if (scores === null) { scores = mine; return; }
          var both = {};
          Object.keys(scores).forEach(function (d) {
            if (d in mine) both[d] = scores[d] + mine[d];
          });
          scores = both;
        });
        var docs = Object.keys(scores || {}).map(Number);
        docs = docs.filter(function (d) { return keep(d, filters); });
        if (!unique.length) {
          docs = m.year.map(function (_, d) { return d; }).filter(function (d) { return keep(d, filters); });
        }
        if (sort === "date" || !unique.length) docs.sort(function (a, b) { return a - b; });
        else docs.sort(function (a, b) { return scores[b] - scores[a] || a - b; });
        return {
          total: docs.length,
          page: function (from) {
            var slice = docs.slice(from, from + PAGE);
            var chunks = slice.map(function (d) { return Math.floor(d / m.chunk); });
            return Promise.all(chunks.map(function (c) {
              return loadScript(ROOT + "search-index/d-" + c + ".js");
            })).then(function () {
              return slice.map(function (d) {
                var r = IDX.docs[Math.floor(d / m.chunk)][d % m.chunk];
                return { id: r[0], title: r[1], date: r[2], source: r[3], text: r[4] };
              });
            });
          }
        };
      });
      function keep(d, f) {
        if (f.source && m.sources[m.source[d]] !== f.source) return false;
        if (f.year && String(m.year[d]) !== f.year) return false;
        if (f.tag && (m.tag[d] || []).map(function (t) { return m.tags[t]; }).indexOf(f.tag) < 0) return false;
        if (f.author && ((m.author || {})[d] || []).map(function (t) { return m.authors[t]; })
          .indexOf(f.author) < 0) return false;
        return true;
      }
    }
  };

  /* ---- hosted back end: Pagefind ----
     One Pagefind index of folded documents (archive/search_index.py); Pagefind boosts an
     article whose title holds the query, so a reader who types words of a headline finds
     that article first. */
  var pf = null;
  // Pagefind answers a word by every word that begins with it, and a word it lacks with
  // similar ones; the archive wants the reader's terms, exactly.
  function holdsAll(d, qterms) {
    var have = {};
    d.content.split(/[\s.,]+/).forEach(function (t) { have[t] = true; });
    return qterms.every(function (t) { return have[t]; });
  }
  function item(d) {
    return { id: d.meta.id, title: d.meta.headline, date: d.meta.date,
             source: d.meta.source, text: d.meta.text };
  }
  var hosted = {
    name: "pagefind",
    init: function () {
      return import(new URL(ROOT + "pagefind/pagefind.js", location.href).href).then(function (m) {
        pf = m;
        return m.options({
          basePath: new URL(ROOT + "pagefind/", location.href).pathname,
          // only the title's words lift a result; the other fields are for display
          ranking: { metaWeights: { title: 5, headline: 0, text: 0, source: 0, date: 0, id: 0 } }
        }).then(function () { return m.init(); });  // start loading the index at once
      });
    },
    preload: function (qterms) { if (pf && qterms.length) pf.preload(qterms.join(" ")); },
    filters: function () { return pf.filters(); },
    search: function (qterms, filters, sort) {
      var f = {};
      FILTERS.forEach(function (k) { if (filters[k]) f[k] = filters[k]; });
      var opts = { filters: f };
      if (sort === "date" || !qterms.length) opts.sort = { date: "desc" };
      return pf.search(qterms.length ? qterms.join(" ") : null, opts).then(function (r) {
        var results = r.results;
        var merged = [];
        var next = 0;
        function fill(upTo) {  // load results until `upTo` exact ones are kept
          if (merged.length >= upTo || next >= results.length) return Promise.resolve();
          var batch = results.slice(next, next + PAGE);
          next += batch.length;
          return Promise.all(batch.map(function (x) { return x.data(); })).then(function (all) {
            all.forEach(function (d) { if (holdsAll(d, qterms)) merged.push(item(d)); });
            return fill(upTo);
          });
        }
        return fill(PAGE).then(function () {
          return {
            total: merged.length,  // known for sure once count() has run
            approx: Math.max(results.length, merged.length),
            exact: false,
            count: function () {
              // nothing exact on the first page means Pagefind only offered similar words;
              // a short list is checked whole, so its count is exact; a long one is Pagefind's
              // (prefix matches included) until the script index gives the exact number
              var self = this;
              if (!merged.length) { self.exact = true; return Promise.resolve(0); }
              if (results.length > 2 * PAGE) return Promise.resolve(Math.max(results.length, merged.length));
              return fill(Infinity).then(function () { self.exact = true; return merged.length; });
            },
            page: function (from) {
              return fill(from + PAGE).then(function () { return merged.slice(from, from + PAGE); });
            }
          };
        });
      });
    }
  };

  /* ---- the page ---- */
  var input = box.querySelector("input[name=q]");
  var selects = {};  // the filters this page offers
  FILTERS.forEach(function (k) {
    var sel = box.querySelector("select[name=" + k + "]");
    if (sel) selects[k] = sel;
  });
  var sortSel = box.querySelector("select[name=sort]");
  var status = box.querySelector(".archive-search__status");
  var list = box.querySelector(".archive-search__results");
  var more = box.querySelector(".archive-search__more");
  var none = box.querySelector(".archive-search__none");
  var unfilter = box.querySelector(".archive-search__unfilter");
  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  sortSel.value = params.get("sort") === "date" ? "date" : "relevance";

  var backend = location.protocol === "file:" ? offline : hosted;
  var current = null;
  var shown = 0;
  var seq = 0;

  function fillFilters(counts) {
    Object.keys(selects).forEach(function (k) {
      var sel = selects[k];
      var values = Object.keys(counts[k] || {}).sort();
      if (k === "year") values.reverse();
      values.forEach(function (v) {
        var o = document.createElement("option");
        o.value = v;
        o.textContent = v + " (" + words.number(counts[k][v]) + ")";
        sel.appendChild(o);
      });
      sel.value = chosen[k];
      sel.parentNode.hidden = values.length === 0;
    });
  }

  // filters from the URL apply at once, before their lists of choices have loaded
  var chosen = {};
  FILTERS.forEach(function (k) { chosen[k] = params.get(k) || ""; });

  function state() {
    var s = { q: input.value.trim(), sort: sortSel.value };
    FILTERS.forEach(function (k) { s[k] = chosen[k]; });
    return s;
  }

  function syncUrl(s) {
    var p = new URLSearchParams();
    ["q"].concat(FILTERS).forEach(function (k) { if (s[k]) p.set(k, s[k]); });
    if (s.sort === "date") p.set("sort", "date");
    var url = location.pathname + (p.toString() ? "?" + p.toString() : "");
    try { history.replaceState(null, "", url); } catch (e) { /* file:// in some browsers */ }
  }

  /* The count says «نحو» until it is exact; with none, what to try instead. */
  function showTotal(n, exact) {
    status.textContent = !n ? words.t("no_results")
      : exact ? words.count(n, "result") : words.t("about_results", { count: words.count(n, "result") });
    if (none) {
      var s = state();
      none.hidden = n !== 0;
      if (unfilter) {
        unfilter.parentNode.hidden = !FILTERS.some(function (k) { return s[k]; });
        unfilter.setAttribute("href", location.pathname + "?q=" + encodeURIComponent(s.q));
      }
    }
  }

  /* The exact number of articles that hold every query term (and pass the filters), from
     the script index: its postings are exact, where Pagefind counts prefix matches too. */
  function exactCount(qterms, s) {
    if (backend === offline) return null;
    return offline.init().then(function (ok) {
      if (!ok || !IDX.meta) return null;
      return offline.search(qterms, s, s.sort).then(function (r) { return r.total; });
    }).catch(function () { return null; });
  }

  function run() {
    var s = state();
    syncUrl(s);
    var qterms = fold.terms(s.q);
    var filtered = FILTERS.some(function (k) { return s[k]; });
    list.innerHTML = "";
    more.hidden = true;
    if (none) none.hidden = true;
    if (!qterms.length && !filtered) { status.textContent = words.t("type_to_search"); return; }
    var mine = ++seq;
    status.textContent = words.t("searching");
    var started = performance.now();
    backend.search(qterms, s, s.sort).then(function (result) {
      if (mine !== seq) return;
      current = { result: result, qterms: qterms };
      shown = 0;
      box.setAttribute("data-ms", String(Math.round(performance.now() - started)));
      showTotal(result.count ? result.approx : result.total, !result.count);
      return showMore(mine).then(function () {
        return result.count ? result.count() : result.total;
      }).then(function (total) {
        if (mine !== seq) return;
        result.total = total;
        showTotal(total, !result.count || result.exact);
        more.hidden = shown >= total;
        if (result.exact || !result.count) return total;
        return exactCount(qterms, s).then(function (n) {
          if (mine !== seq || n == null) return;
          result.total = n;
          showTotal(n, true);
          more.hidden = shown >= n;
        });
      }).then(function () {
        if (mine === seq) box.setAttribute("data-complete", String(mine));
      });
    }).catch(function (e) {
      status.textContent = words.t("search_failed", { error: e });
    });
  }

  function showMore(mine, focus) {
    var c = current;
    return c.result.page(shown).then(function (items) {
      if (mine !== seq) return;
      items.forEach(function (it, i) {
        var li = document.createElement("li");
        li.className = "archive-result";
        li.innerHTML = '<a class="archive-result__title" href="' + esc(articleUrl(it.id)) + '">' +
          marked(it.title, c.qterms, Infinity) + "</a>" +
          '<div class="archive-result__meta">' + esc(it.date || words.t("not_dated")) +
          (it.source ? " · " + esc(it.source) : "") + "</div>" +
          '<p class="archive-result__excerpt">' + excerpt(it.text, c.qterms) + "</p>";
        list.appendChild(li);
        if (focus && i === 0) li.querySelector("a").focus();  // «المزيد»: on to the first new result
      });
      shown += items.length;
      more.hidden = shown >= c.result.total;
      box.setAttribute("data-ready", String(seq));
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    if (backend.preload) backend.preload(fold.terms(input.value));  // fetch the index while typing
    timer = setTimeout(run, 250);
  });
  box.querySelector("form").addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); run(); });
  sortSel.addEventListener("change", run);
  Object.keys(selects).forEach(function (k) {
    selects[k].addEventListener("change", function () { chosen[k] = selects[k].value; run(); });
  });
  more.addEventListener("click", function () { showMore(seq, true); });

  function start(b) {
    backend = b;
    // the first results come before the filter lists, which a first query does not need
    return b.init().then(function () {
      box.setAttribute("data-init", b.name);
      run();
      return b.filters().then(fillFilters);
    });
  }
  start(backend).catch(function () {
    // Pagefind missing (an offline build served over http): the script index still works.
    if (backend !== offline) return start(offline);
    status.textContent = words.t("search_unavailable");
  });
})();
