/* The Arabic folding used by search, on the query side: the twin of archive/arabic.py.
   tests/arabic_vectors.json holds the cases both must pass (tests/test_arabic.py).
   A classic script, not a module, so that it loads from file:// too. */
(function (global) {
  "use strict";
  var DROP = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/g;
  var MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك",
    "ڤ": "ف", "پ": "ب", "گ": "ك", "چ": "ج"
  };
  for (var i = 0; i < 10; i++) {
    MAP[String.fromCharCode(0x0660 + i)] = String(i);
    MAP[String.fromCharCode(0x06F0 + i)] = String(i);
  }
  var MAPPED = new RegExp("[" + Object.keys(MAP).join("") + "]", "g");
  var TOKEN = /[0-9]+|[a-z]+|[\u0621-\u064a]+/g;  // بـ٥ is ب and 5
  var PREFIXES = ["وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال"];
  var SUFFIXES = ["ات", "ون", "ين", "ان", "ه"];  // ه: ة folded
  var MIN_STEM = 3;

  function fold(text) {
    text = String(text).normalize("NFKC").toLowerCase();
    return text.replace(DROP, "").replace(MAPPED, function (c) { return MAP[c]; });
  }

  function stem(token) {
    if (/^[\x00-\x7f]*$/.test(token)) return token;
    var stripped = false;
    for (var i = 0; i < PREFIXES.length; i++) {
      var p = PREFIXES[i];
      if (token.indexOf(p) === 0 && token.length - p.length >= MIN_STEM) {
        token = token.slice(p.length);
        stripped = true;
        break;
      }
    }
    if (!stripped && "وفبلك".indexOf(token[0]) >= 0 && token.length - 1 >= MIN_STEM) {
      token = token.slice(1);
    }
    for (var j = 0; j < SUFFIXES.length; j++) {
      var s = SUFFIXES[j];
      if (token.length - s.length >= MIN_STEM && token.slice(-s.length) === s) {
        return token.slice(0, -s.length);
      }
    }
    return token;
  }

  function terms(text) {
    return (fold(text).match(TOKEN) || []).map(stem);
  }

  global.ArabicFold = { fold: fold, stem: stem, terms: terms };
})(typeof window !== "undefined" ? window : globalThis);
