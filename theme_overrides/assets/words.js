/* The interface's words for scripts: the twin of archive/words.py. The words themselves
   are archive/words.yml, which the page hands over as window.ARCHIVE_WORDS; plural forms
   follow the browser's Intl.PluralRules("ar") (CLDR), digits are Western and grouped.
   tests/words_vectors.json holds the cases both must pass. A classic script, for file://. */
(function (global) {
  "use strict";
  var W = global.ARCHIVE_WORDS || {};
  var rules = new Intl.PluralRules("ar");
  var digits = new Intl.NumberFormat("en-US");

  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) {
      return values && k in values ? String(values[k]) : m;
    });
  }
  function number(n) { return digits.format(n); }
  function t(key, values) { return fill(W[key] == null ? key : W[key], values); }
  function count(n, unit) {
    return fill(W.counted[unit][rules.select(n)], { n: number(n) });
  }
  global.ArchiveWords = { t: t, count: count, number: number };
})(typeof window !== "undefined" ? window : globalThis);
