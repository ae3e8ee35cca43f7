// offsets.js: byte offsets into UTF-8 text as positions in a JavaScript string.
//
// The API's spans (citations, sentences, removed boilerplate) are [begin, end) byte
// offsets into an article's UTF-8 text; a JavaScript string indexes UTF-16 code units.
// A code point takes 1 to 4 UTF-8 bytes and 1 or 2 UTF-16 units:
//   U+0000..U+007F   1 byte   1 unit      "a"
//   U+0080..U+07FF   2 bytes  1 unit      "ü"
//   U+0800..U+FFFF   3 bytes  1 unit      "’", "北"
//   U+10000..        4 bytes  2 units     "🚋" (a surrogate pair)
// so the position of byte offset b is found by walking the string one code point at a
// time, adding up both lengths. An offset inside a code point (never produced by the
// server) maps to the start of the next one.
"use strict";

(function () {
  function utf8Length(codePoint) {
    if (codePoint < 0x80) return 1;
    if (codePoint < 0x800) return 2;
    if (codePoint < 0x10000) return 3;
    return 4;
  }

  // The string positions of `offsets` (UTF-8 byte offsets into `text`), in the order
  // given. One walk over the text for any number of offsets.
  function byteOffsetsToIndexes(text, offsets) {
    const order = offsets.map((offset, i) => i).sort((a, b) => offsets[a] - offsets[b]);
    const result = new Array(offsets.length);
    let bytes = 0;
    let index = 0;
    let k = 0;
    while (k < order.length) {
      const want = offsets[order[k]];
      if (bytes >= want || index >= text.length) {
        result[order[k]] = index;
        k++;
        continue;
      }
      const codePoint = text.codePointAt(index);
      bytes += utf8Length(codePoint);
      index += codePoint > 0xffff ? 2 : 1;
    }
    return result;
  }

  // The UTF-8 length of a whole string, in bytes.
  function utf8ByteLength(text) {
    let bytes = 0;
    for (const ch of text) bytes += utf8Length(ch.codePointAt(0));
    return bytes;
  }

  window.DossierOffsets = { byteOffsetsToIndexes, utf8ByteLength };
})();
