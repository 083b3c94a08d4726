/* The archive's search page, over the archive's own index (archive/search_index.py):
   classic <script> files, which load from file:// (where fetch() and modules are blocked)
   and over http alike, so a query finds, ranks and counts the same hosted and offline.
   Queries are folded and stemmed as the index was (arabic.js, twin of archive/arabic.py).
   - A word matches the other spellings the index lists for it (archive/variants.py:
     باراغواي, باراجواي), unless the reader asks for the exact spelling (&exact=1).
   - Articles holding a query's words side by side, in order, come first; words in quotes
     ("…", «…») must stand together.
   - The count is the number of articles that hold every word: exact.
   The query and filters live in the URL (?q=…&source=…&year=…&tag=…&sort=date&exact=1),
   so a search can be linked and shared. */
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
    var wanted = Object.create(null);
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

  /* A query: its terms in order, and the runs of them that were quoted. */
  var QUOTED = /"([^"]*)"|«([^»]*)»|“([^”]*)”/g;
  function parse(q) {
    var slots = [];
    var phrases = [];
    var last = 0;
    var m;
    function add(text, quoted) {
      var ts = fold.terms(text);
      if (quoted && ts.length > 1) phrases.push([slots.length, slots.length + ts.length - 1]);
      slots.push.apply(slots, ts);
    }
    QUOTED.lastIndex = 0;
    while ((m = QUOTED.exec(q)) !== null) {
      add(q.slice(last, m.index), false);
      add(m[1] || m[2] || m[3] || "", true);
      last = QUOTED.lastIndex;
    }
    add(q.slice(last), false);
    return { terms: slots, phrases: phrases };
  }

  /* ---- the index: script files, loaded on demand ---- */
  var loaded = {};
  function loadScript(src) {
    if (!loaded[src]) {
      loaded[src] = new Promise(function (resolve) {
        var s = document.createElement("script");
        s.src = src;
        s.onload = function () { resolve(true); };
        s.onerror = function () { resolve(false); };  // no such file: no such term
        document.head.appendChild(s);
      });
    }
    return loaded[src];
  }
  /* The index's segments (archive/search_index.py): 0, the base; 1, the documents added
     since it was made, under recent/, with the spellings they changed. A term's postings
     are the base's, then the recent segment's; its spellings, the recent segment's if it
     lists the term, else the base's. */
  var IDX = { meta: null, segments: [], docs: {} };
  function segment(n) {
    return IDX.segments[n] || (IDX.segments[n] = { terms: {}, spellings: {}, positions: {} });
  }
  window.ArchiveIndex = {
    meta: function (m) { IDX.meta = m; },
    terms: function (key, t, spellings, n) {
      var s = segment(n || 0);
      s.terms[key] = t;
      Object.keys(spellings || {}).forEach(function (k) { s.spellings[k] = spellings[k]; });
    },
    positions: function (file, p, n) { segment(n || 0).positions[file] = p; },
    docs: function (n, d) { IDX.docs[n] = d; }
  };
  /* obj[key] if obj has it as its own (a term such as "constructor" is not Object's) */
  function own(obj, key) {
    return obj && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
  }
  /* Where each segment's files are: its folder, shards and number of position files. */
  function parts() {
    var m = IDX.meta;
    var out = [{ dir: "", shards: m.shards, positions: m.positions }];
    if (m.recent) out.push({ dir: "recent/", shards: m.recent.shards, positions: m.recent.positions });
    return out;
  }
  function spellingsOf(t) {
    for (var n = parts().length - 1; n >= 0; n--) {
      var s = own(segment(n).spellings, t);
      if (s !== undefined) return s;
    }
    return [];
  }
  function shardKey(term) {
    var k = "";
    for (var i = 0; i < Math.min(2, term.length); i++) {
      k += ("0000" + term.charCodeAt(i).toString(16)).slice(-4);
    }
    return k;
  }
  function positionFile(term, files) {  // FNV-1a, as search_index.position_file
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h = Math.imul(h ^ term.charCodeAt(i), 0x01000193) >>> 0;
    }
    return h % files;
  }
  function loadTerms(ts) {
    var wanted = [];
    parts().forEach(function (part) {
      var shards = {};
      part.shards.forEach(function (k) { shards[k] = true; });
      ts.forEach(function (t) {
        var key = shardKey(t);
        if (shards[key]) wanted.push(loadScript(ROOT + "search-index/" + part.dir + "t-" + key + ".js"));
      });
    });
    return Promise.all(wanted);
  }
  /* Numbers written as text (search_index.packed): base 45, most significant digit
     first; the last digit of a number from the second alphabet, the others from the
     first. The alphabets: "#" to "~" but the backslash. */
  function unpack(text) {
    var out = [];
    for (var i = 0, n = 0; i < (text || "").length; i++) {
      var k = text.charCodeAt(i) - 35;
      if (k > 57) k--;  // past the backslash
      if (k < 45) n = n * 45 + k;
      else { out.push(n * 45 + k - 45); n = 0; }
    }
    return out;
  }
  window.ArchiveUnpack = unpack;  // for the tests of the format

  /* fn(doc, weight) for each posting of term t in segment n (its t-KEY.js loaded): pairs
     of a document number, delta-coded, and a weight */
  var postingCache = Object.create(null);  // segment and term → its postings, unpacked once
  function eachPostingIn(n, t, fn) {
    var shard = own(segment(n).terms, shardKey(t));
    var key = n + " " + t;
    if (shard && !(key in postingCache)) postingCache[key] = unpack(own(shard, t));
    var flat = shard ? postingCache[key] : [];
    for (var i = 0, doc = 0; i < flat.length; i += 2) {
      doc += flat[i];
      fn(doc, flat[i + 1]);
    }
  }
  function eachPosting(t, fn) {
    parts().forEach(function (_, n) { eachPostingIn(n, t, fn); });
  }

  /* doc → positions of term t in it (the p-N.js files of t loaded): per posting, in
     order, the first position + 1, then deltas, then 0 */
  var placeCache = Object.create(null);
  function places(t) {
    if (placeCache[t]) return placeCache[t];
    var out = {};
    parts().forEach(function (part, n) {
      var pos = unpack(own(own(segment(n).positions, positionFile(t, part.positions)), t));
      var j = 0;
      eachPostingIn(n, t, function (doc) {
        var at = [];
        for (var p = -1; j < pos.length && pos[j] !== 0; j++) {
          p = p < 0 ? pos[j] - 1 : p + pos[j];
          at.push(p);
        }
        j++;  // the 0 that ends a document's positions
        out[doc] = at;
      });
    });
    placeCache[t] = out;
    return out;
  }

  var engine = {
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
    /* query: parse()'s; exact: no other spellings. Every article holding every term (in
       one of its spellings), filtered; those holding the query's words side by side
       first, then by BM25; a quoted run must stand together. */
    search: function (query, filters, sort, exact) {
      var m = IDX.meta;
      var qterms = query.terms;
      var spelled = {};  // term → its spellings searched
      return loadTerms(qterms).then(function () {
        qterms.forEach(function (t) { spelled[t] = [t].concat(exact ? [] : spellingsOf(t)); });
        var others = [];
        qterms.forEach(function (t) { others.push.apply(others, spelled[t].slice(1)); });
        return loadTerms(others);
      }).then(function () {
        var scores = null;
        var unique = qterms.filter(function (t, i) { return qterms.indexOf(t) === i; });
        unique.forEach(function (t) {
          var weight = {};  // the term in any of its spellings: one word, one idf
          spelled[t].forEach(function (sp) {
            eachPosting(sp, function (doc, w) { weight[doc] = Math.max(weight[doc] || 0, w); });
          });
          var holding = Object.keys(weight);
          var idf = Math.log(1 + m.docs / Math.max(1, holding.length));
          var mine = {};
          holding.forEach(function (d) { mine[d] = idf * weight[d]; });
          if (scores === null) { scores = mine; return; }
          var both = {};
          Object.keys(scores).forEach(function (d) {
            if (d in mine) both[d] = scores[d] + mine[d];
          });
          scores = both;
        });
        var docs = unique.length ? Object.keys(scores).map(Number) : m.year.map(function (_, d) { return d; });
        docs = docs.filter(function (d) { return keep(d, filters); });
        if (qterms.length < 2 || !docs.length) return { docs: docs, scores: scores, together: {} };
        var files = {};
        parts().forEach(function (part) {
          unique.forEach(function (t) {
            spelled[t].forEach(function (sp) { files[part.dir + "p-" + positionFile(sp, part.positions)] = true; });
          });
        });
        return Promise.all(Object.keys(files).map(function (f) {
          return loadScript(ROOT + "search-index/" + f + ".js");
        })).then(function () { return adjacency(docs, scores); });
      }).then(function (r) {
        var docs = r.docs;
        if (query.phrases.length) docs = docs.filter(function (d) { return r.together[d] === Infinity; });
        // documents are numbered oldest first, undated before them: newest first is highest first
        if (sort === "date" || !qterms.length) docs.sort(function (a, b) { return b - a; });
        else {
          docs.sort(function (a, b) {
            return (r.together[b] || 0) - (r.together[a] || 0) || r.scores[b] - r.scores[a] || b - a;
          });
        }
        var offered = {};  // the other spellings the index has of the query's terms
        qterms.forEach(function (t) {
          var others = spellingsOf(t);
          if (others.length) offered[t] = others;
        });
        return {
          total: docs.length,
          spellings: offered,
          page: function (from) {
            var slice = docs.slice(from, from + PAGE);
            var chunks = slice.map(function (d) { return Math.floor(d / m.chunk); });
            return Promise.all(chunks.map(function (c) {
              return loadScript(ROOT + "search-index/d-" + c + ".js");
            })).then(function () {
              return slice.map(function (d) {
                var rec = IDX.docs[Math.floor(d / m.chunk)][d % m.chunk];
                return { id: rec[0], title: rec[1], date: rec[2], source: rec[3], text: rec[4] };
              });
            });
          }
        };
      });

      /* together[d]: how many of the query's neighbouring pairs of words stand side by
         side, in order, in d; Infinity when every quoted run does too (and only then, for
         a query with quotes). */
      function adjacency(docs, scores) {
        var together = {};
        var at = qterms.map(function (t) {
          return spelled[t].map(places);
        });
        docs.forEach(function (d) {
          var sets = at.map(function (perSpelling) {
            var set = {};
            perSpelling.forEach(function (byDoc) { (byDoc[d] || []).forEach(function (p) { set[p] = true; }); });
            return set;
          });
          function run(from, to) {  // slots from..to stand together somewhere in d
            return Object.keys(sets[from]).some(function (p) {
              for (var k = from + 1, q = Number(p) + 1; k <= to; k++, q++) if (!sets[k][q]) return false;
              return true;
            });
          }
          var pairs = 0;
          for (var i = 0; i + 1 < qterms.length; i++) if (run(i, i + 1)) pairs++;
          together[d] = pairs;
          if (query.phrases.length && query.phrases.every(function (ph) { return run(ph[0], ph[1]); })) {
            together[d] = Infinity;
          }
        });
        return { docs: docs, scores: scores, together: together };
      }
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

  /* ---- the page ---- */
  var input = box.querySelector("input[name=q]");
  var selects = {};  // the filters this page offers
  FILTERS.forEach(function (k) {
    var sel = box.querySelector("select[name=" + k + "]");
    if (sel) selects[k] = sel;
  });
  var sortSel = box.querySelector("select[name=sort]");
  var status = box.querySelector(".archive-search__status");
  var spellingNote = box.querySelector(".archive-search__spellings");
  var list = box.querySelector(".archive-search__results");
  var more = box.querySelector(".archive-search__more");
  var none = box.querySelector(".archive-search__none");
  var unfilter = box.querySelector(".archive-search__unfilter");
  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  sortSel.value = params.get("sort") === "date" ? "date" : "relevance";
  var exact = params.get("exact") === "1";

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
    var s = { q: input.value.trim(), sort: sortSel.value, exact: exact };
    FILTERS.forEach(function (k) { s[k] = chosen[k]; });
    return s;
  }

  function link(s) {
    var p = new URLSearchParams();
    ["q"].concat(FILTERS).forEach(function (k) { if (s[k]) p.set(k, s[k]); });
    if (s.sort === "date") p.set("sort", "date");
    if (s.exact) p.set("exact", "1");
    return location.pathname + (p.toString() ? "?" + p.toString() : "");
  }

  function syncUrl(s) {
    try { history.replaceState(null, "", link(s)); } catch (e) { /* file:// in some browsers */ }
  }

  /* The count, exact; with none, what to try instead. */
  function showTotal(n) {
    status.textContent = n ? words.count(n, "result") : words.t("no_results");
    if (none) {
      var s = state();
      none.hidden = n !== 0;
      if (unfilter) {
        unfilter.parentNode.hidden = !FILTERS.some(function (k) { return s[k]; });
        unfilter.setAttribute("href", location.pathname + "?q=" + encodeURIComponent(s.q));
      }
    }
  }

  /* Which other spellings were searched, and a link to search without them (or with). */
  function showSpellings(spellings, s) {
    if (!spellingNote) return;
    var names = Object.keys(spellings);
    spellingNote.hidden = !names.length;
    if (!names.length) return;
    var list = names.map(function (t) {
      return words.t("spelled_also", { word: t, others: spellings[t].join(words.t("list_separator")) });
    }).join(words.t("list_separator"));
    spellingNote.innerHTML = esc(words.t(s.exact ? "spellings_excluded" : "spellings_included", { list: list })) +
      ' <a href="' + esc(link(Object.assign({}, s, { exact: !s.exact }))) + '">' +
      esc(words.t(s.exact ? "search_all_spellings" : "search_exact_spelling")) + "</a>";
  }

  function run() {
    var s = state();
    syncUrl(s);
    var query = parse(s.q);
    var filtered = FILTERS.some(function (k) { return s[k]; });
    list.innerHTML = "";
    more.hidden = true;
    if (none) none.hidden = true;
    if (spellingNote) spellingNote.hidden = true;
    if (!query.terms.length && !filtered) { status.textContent = words.t("type_to_search"); return; }
    var mine = ++seq;
    status.textContent = words.t("searching");
    var started = performance.now();
    engine.search(query, s, s.sort, s.exact).then(function (result) {
      if (mine !== seq) return;
      var marks = query.terms.slice();
      if (!s.exact) Object.keys(result.spellings).forEach(function (t) { marks.push.apply(marks, result.spellings[t]); });
      current = { result: result, qterms: marks };
      shown = 0;
      box.setAttribute("data-ms", String(Math.round(performance.now() - started)));
      showTotal(result.total);
      showSpellings(result.spellings, s);
      return showMore(mine).then(function () {
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
    timer = setTimeout(run, 250);
  });
  box.querySelector("form").addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); run(); });
  sortSel.addEventListener("change", run);
  Object.keys(selects).forEach(function (k) {
    selects[k].addEventListener("change", function () { chosen[k] = selects[k].value; run(); });
  });
  more.addEventListener("click", function () { showMore(seq, true); });

  // the first results come before the filter lists, which a first query does not need
  engine.init().then(function (ok) {
    if (!ok || !IDX.meta) throw new Error("no index");
    box.setAttribute("data-init", "index");
    run();
    return engine.filters().then(fillFilters);
  }).catch(function () {
    status.textContent = words.t("search_unavailable");
  });
})();
