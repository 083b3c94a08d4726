/* An article's «كيف تستشهد بهذا المقال»: copy the citation, or download its record as
   BibTeX, RIS or CSL-JSON, made from the record the page carries (its JSON-LD). A
   classic script with no request, so it works from file:// too. */
(function () {
  "use strict";
  var box = document.querySelector(".archive-cite");
  var data = document.querySelector('script[type="application/ld+json"]');
  if (!box || !data) return;
  var csl = fromPage(JSON.parse(data.textContent));

  /* CSL-JSON from what the page carries for crawlers (its schema.org NewsArticle, its
     og:site_name) and the citation box (its id, the date archived): no second copy of
     the record in every page. */
  function fromPage(ld) {
    var publisher = ld.publisher && ld.publisher.name;
    var site = document.querySelector('meta[property="og:site_name"]');
    var item = {
      id: box.getAttribute("data-id"), type: "article-newspaper", title: ld.headline,
      "container-title": publisher, publisher: publisher,
      author: (ld.author || []).map(function (a) { return { literal: a.name }; }),
      issued: parts(ld.datePublished), URL: ld.sameAs, language: ld.inLanguage,
      archive: site && site.getAttribute("content"), archive_location: ld.url,
      accessed: parts(box.getAttribute("data-accessed")),
      note: ld.identifier ? "SHA-256: " + ld.identifier.value : null
    };
    Object.keys(item).forEach(function (k) {
      if (item[k] == null || (Array.isArray(item[k]) && !item[k].length)) delete item[k];
    });
    return item;
  }
  function parts(when) {  // "2015-07-21T10:00:00", "2015-07", "2014": as far as it is known
    return when ? { "date-parts": [when.slice(0, 10).split("-").map(Number)] } : null;
  }
  var status = box.querySelector(".archive-cite__status");

  function say(what) { status.textContent = status.getAttribute("data-" + what) || ""; }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallback(text); });
    }
    return Promise.resolve(fallback(text));
  }
  function fallback(text) {  // where the Clipboard API is not offered
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    if (!ok) throw new Error("copy");
  }

  function date(d) { return d && d["date-parts"] ? d["date-parts"][0] : []; }
  function pad(n) { return n < 10 ? "0" + n : String(n); }
  function names() { return (csl.author || []).map(function (a) { return a.literal || [a.family, a.given].join(", "); }); }

  /* BibTeX: @article, braces protect the Arabic text; UTF-8 as biber and bibtexparser read it. */
  function bibtex() {
    var d = date(csl.issued);
    var f = [["title", csl.title], ["author", names().join(" and ")], ["journal", csl["container-title"]],
             ["year", d[0]], ["month", d[1]], ["day", d[2]], ["url", csl.URL], ["language", "arabic"],
             ["note", [csl.note, csl.archive_location].filter(Boolean).join("; ")]];
    var esc = function (v) { return String(v).replace(/[{}\\]/g, ""); };
    return "@article{" + csl.id + ",\n" + f.filter(function (x) { return x[1]; }).map(function (x) {
      return "  " + x[0] + " = {" + esc(x[1]) + "}";
    }).join(",\n") + "\n}\n";
  }
  /* RIS: a newspaper article (NEWS). */
  function ris() {
    var d = date(csl.issued);
    var lines = [["TY", "NEWS"], ["TI", csl.title]];
    names().forEach(function (n) { lines.push(["AU", n]); });
    lines.push(["T2", csl["container-title"]], ["PB", csl.publisher],
               ["DA", d.length ? [d[0], d[1] ? pad(d[1]) : "", d[2] ? pad(d[2]) : "", ""].join("/") : ""],
               ["PY", d[0]], ["UR", csl.URL], ["LA", "ar"], ["N1", csl.note], ["ID", csl.id]);
    return lines.filter(function (l) { return l[1]; }).map(function (l) { return l[0] + "  - " + l[1]; })
      .join("\r\n") + "\r\nER  - \r\n";
  }
  var FORMATS = {
    bibtex: { text: bibtex, ext: ".bib", type: "application/x-bibtex" },
    ris: { text: ris, ext: ".ris", type: "application/x-research-info-systems" },
    csl: { text: function () { return JSON.stringify([csl], null, 2) + "\n"; }, ext: ".json", type: "application/json" }
  };
  window.ArchiveCitation = { bibtex: bibtex, ris: ris, csl: function () { return [csl]; } };

  box.addEventListener("click", function (e) {
    var button = e.target.closest("button");
    if (!button) return;
    if (button.hasAttribute("data-copy")) {
      var text = document.getElementById(button.getAttribute("data-copy")).textContent;
      copy(text).then(function () { say("copied"); }, function () { say("failed"); });
      return;
    }
    var format = FORMATS[button.getAttribute("data-format")];
    if (!format) return;
    var blob = new Blob([format.text()], { type: format.type + ";charset=utf-8" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = csl.id + format.ext;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  });
})();
