/**
 * Splits a text into parts that match the search words and parts that do not, with the same
 * folding as the search (so "strasse" marks "Straße"). Pure, no zod: used by the table cells.
 */
import { foldGerman, searchWords } from "./fold";

export interface TextPart {
  text: string;
  match: boolean;
}

export function highlightParts(text: string, q: string): TextPart[] {
  const words = searchWords(q);
  if (words.length === 0 || text === "") return [{ text, match: false }];
  // Fold character by character, remembering for each folded position its original character.
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = foldGerman(text[i]);
    folded += piece;
    for (let k = 0; k < piece.length; k++) origin.push(i);
  }
  const marked = new Uint8Array(text.length);
  for (const word of words) {
    for (let pos = folded.indexOf(word); pos !== -1; pos = folded.indexOf(word, pos + 1)) {
      for (let k = origin[pos]; k <= origin[pos + word.length - 1]; k++) marked[k] = 1;
    }
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    parts.push({ text: text.slice(i, j), match: marked[i] === 1 });
    i = j;
  }
  return parts;
}
