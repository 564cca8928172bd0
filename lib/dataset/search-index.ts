/**
 * Search structures of a Dataset. Texts are folded once at load time. Cells that repeat across
 * rows (Lebenslage, LeiKa keys, Rechtsgrundlagen) are stored once per distinct combination; the
 * row's own cells (OZG-ID, Leistung, Bemerkung) are indexed by their whitespace-separated words.
 * A search word never contains whitespace, so it occurs in a text only inside one of its words:
 * scanning the distinct words finds exactly the rows a scan of every row's text would find.
 */

/** Texts joined into one string; text i spans start[i] .. start[i + 1] and ends in "\n". */
export interface SearchText {
  corpus: string;
  start: Uint32Array;
}

/** Rows per distinct word: the rows of word w are rows[rowsStart[w] .. rowsStart[w + 1]). */
export interface WordIndex {
  words: SearchText;
  rowsStart: Uint32Array;
  rows: Uint32Array;
}

export function joinTexts(texts: readonly string[]): SearchText {
  const start = new Uint32Array(texts.length + 1);
  let length = 0;
  texts.forEach((text, i) => {
    start[i] = length;
    length += text.length;
  });
  start[texts.length] = length;
  return { corpus: texts.join(""), start };
}

/** Calls `found` once for every text of `text` that contains `word`, in order. */
export function forEachTextContaining(text: SearchText, word: string, found: (index: number) => void): void {
  const { corpus, start } = text;
  let t = 0;
  let pos = corpus.indexOf(word);
  while (pos !== -1) {
    while (start[t + 1] <= pos) t++;
    found(t);
    // One hit per text is enough: continue after this text.
    pos = corpus.indexOf(word, start[t + 1]);
  }
}

/** Indexes each row's folded text (row r = texts[r]) by its distinct whitespace-separated words. */
export function buildWordIndex(texts: readonly string[]): WordIndex {
  const idOf = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  const rowWords: number[] = [];
  const rowWordsStart = new Uint32Array(texts.length + 1);
  for (let r = 0; r < texts.length; r++) {
    rowWordsStart[r] = rowWords.length;
    for (const word of texts[r].split(/\s+/)) {
      if (word === "") continue;
      let id = idOf.get(word);
      if (id === undefined) {
        id = words.push(word + "\n") - 1;
        idOf.set(word, id);
        counts.push(0);
      }
      // A word twice in one row is listed once (rows have few words: a short scan).
      let seen = false;
      for (let k = rowWordsStart[r]; k < rowWords.length && !seen; k++) seen = rowWords[k] === id;
      if (!seen) {
        rowWords.push(id);
        counts[id]++;
      }
    }
  }
  rowWordsStart[texts.length] = rowWords.length;

  const rowsStart = new Uint32Array(words.length + 1);
  for (let w = 0; w < words.length; w++) rowsStart[w + 1] = rowsStart[w] + counts[w];
  const fill = rowsStart.slice(0, words.length);
  const rows = new Uint32Array(rowWords.length);
  for (let r = 0; r < texts.length; r++) {
    for (let k = rowWordsStart[r]; k < rowWordsStart[r + 1]; k++) rows[fill[rowWords[k]]++] = r;
  }
  return { words: joinTexts(words), rowsStart, rows };
}

/** Marks (1) every row whose indexed text contains `word`. */
export function markRowsContaining(index: WordIndex, word: string, marks: Uint8Array): void {
  forEachTextContaining(index.words, word, (w) => {
    for (let k = index.rowsStart[w]; k < index.rowsStart[w + 1]; k++) marks[index.rows[k]] = 1;
  });
}
