/**
 * German capitalises every noun, so a capital letter says little about a name. The de_DE Hunspell
 * word list (dictionary-de, GPL-2.0/3.0, used on the server only) tells nouns from names: a word is
 * a common noun when it, its stem without an inflection ending, or each half of a compound
 * ("Terminplanung" = Termin + Planung) is in the list.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fold } from '../text.ts';

let nouns: Set<string> | null = null;

/** The list's entries, folded; read on first use (about 75,000 words). */
function load(): Set<string> {
  if (nouns) return nouns;
  // The package exports only its entry point; the word list sits beside it.
  const entry = createRequire(import.meta.url).resolve('dictionary-de');
  nouns = new Set();
  for (const line of readFileSync(path.join(path.dirname(entry), 'index.dic'), 'utf8').split('\n')) {
    const word = line.split('/')[0]?.trim() ?? '';
    if (/^\p{L}+$/u.test(word)) nouns.add(fold(word));
  }
  return nouns;
}

const ENDINGS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ern', 'ens'];
const LINKS = ['', 's', 'n', 'en', 'e', 'er', 'es'];

function inflected(word: string, list: Set<string>): boolean {
  // Nouns made from verbs are not listed: "Planung" from "planen", "Lieferungen" from "liefern".
  const verb = /^(.{3,})ung(?:en)?$/.exec(word)?.[1];
  if (verb && (list.has(`${verb}en`) || list.has(`${verb}n`))) return true;
  return ENDINGS.some(
    (e) => word.endsWith(e) && word.length - e.length >= 3 && list.has(word.slice(0, word.length - e.length)),
  );
}

/** True when `word` reads as a common German noun, not a name. */
export function isGermanNoun(word: string): boolean {
  return isNoun(fold(word), load(), 3);
}

/** Listed, or a compound of a listed head (with its linking letters) and a noun: "Tier|arzt|praxen". */
function isNoun(w: string, list: Set<string>, parts: number): boolean {
  if (inflected(w, list)) return true;
  if (parts === 1) return false;
  for (let i = 3; i <= w.length - 3; i++) {
    const head = w.slice(0, i);
    const known = LINKS.some(
      (l) => head.endsWith(l) && head.length - l.length >= 3 && list.has(head.slice(0, head.length - l.length)),
    );
    if (known && isNoun(w.slice(i), list, parts - 1)) return true;
  }
  return false;
}

/** Nouns that a name follows: places and firms ("Tierklinik Isar", "Brauerei Falkenstein"), people ("Kollege Stefan"). */
const NAMING =
  /(?:klinik|kliniken|praxis|hotel|haus|studio|studios|agentur|kanzlei|gruppe|verlag|werk|werke|apotheke|backerei|brauerei|schule|zentrum|center|markt|bank|versicherung|gmbh|ag|kollege|kollegin|herr|frau|dr\.?|prof\.?)$/;

export function namesNext(word: string): boolean {
  return NAMING.test(fold(word));
}
