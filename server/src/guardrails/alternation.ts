/**
 * A long alternation, `\b(?:A|B|…)`, run only through the branches that can match the text. V8 tries
 * every branch at every word start, so a list of sixty phrasings costs sixty tries per word, while a
 * message holds the words of few of them. Each branch's required words (literal text any match of it
 * must contain) are read from its source once; a text is scanned once for all of them, and the
 * branches whose words it lacks are not run. The matches are the alternation's own: the leftmost, the
 * earliest branch at a tie, each scan going on after the last match, with the groups in their places.
 * Any other pattern is passed over, the same way, where the text lacks words every match of it needs.
 */

/** Literal text; zero-width or repeated parts; groups and lookarounds; anything else matches a character. */
type Node =
  | { kind: 'char'; char: string }
  | { kind: 'other' }
  | {
      kind: 'group';
      head: string;
      body: Alternation;
      capturing: boolean;
      positive: boolean;
      start: number;
      end: number;
    }
  | { kind: 'repeat'; node: Node; min: number };
interface Alternation {
  branches: { nodes: Node[]; start: number; end: number }[];
}

/** Reads a pattern's source into nodes: only as far as required words need, every other escape is "other". */
function parse(source: string): Alternation {
  let at = 0;
  const alternation = (): Alternation => {
    const branches: Alternation['branches'] = [];
    let start = at;
    let nodes: Node[] = [];
    while (at < source.length && source[at] !== ')') {
      if (source[at] === '|') {
        branches.push({ nodes, start, end: at });
        at++;
        start = at;
        nodes = [];
        continue;
      }
      const atom = atomAt();
      nodes.push(quantified(atom));
    }
    branches.push({ nodes, start, end: at });
    return { branches };
  };
  const atomAt = (): Node => {
    const c = source[at] as string;
    if (c === '(') {
      const start = at;
      const head = /^\((\?:|\?=|\?!|\?<=|\?<!|\?<[\p{L}\p{N}_$]+>)?/u.exec(source.slice(at, at + 40))?.[0] ?? '(';
      // Any other "(?" (a modifier group) is not read: no plan.
      if (head === '(' && source[at + 1] === '?') throw new Error(`unread group at ${at}`);
      at += head.length;
      const body = alternation();
      at++; // ")"
      const named = head.length > 3 && head.startsWith('(?<') && head !== '(?<=' && head !== '(?<!';
      const positive = head !== '(?!' && head !== '(?<!';
      return { kind: 'group', head, body, capturing: head === '(' || named, positive, start, end: at };
    }
    if (c === '[') {
      at++;
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
      at++;
      return { kind: 'other' };
    }
    if (c === '\\') {
      // An escaped sign is itself; a letter or digit escape is a class, an edge, a reference or a code
      // ("\p{L}", "\k<name>", "\u00a0", "\x41", "\cJ", "\12"), read whole.
      const code =
        /^\\(?:[pP]\{[^}]*\}|k<[^>]*>|u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|c[a-zA-Z]|\d+|[\s\S])/.exec(
          source.slice(at, at + 40),
        )?.[0] ?? '\\';
      at += code.length;
      return /^\\[\p{L}\p{N}]/u.test(code) ? { kind: 'other' } : { kind: 'char', char: code.slice(1) };
    }
    at++;
    // Half a character written outside the Basic Plane: a quantifier after it would take the whole.
    const half = c >= '\ud800' && c <= '\udfff';
    return half || /[.^$]/.test(c) ? { kind: 'other' } : { kind: 'char', char: c };
  };
  const quantified = (node: Node): Node => {
    const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(at, at + 12));
    if (!q) return node;
    at += q[0].length;
    const min = q[0][0] === '+' ? 1 : q[0][0] === '{' ? Number(q[1]) : 0;
    return { kind: 'repeat', node, min };
  };
  const parsed = alternation();
  if (at !== source.length) throw new Error(`unbalanced pattern at ${at}`);
  return parsed;
}

/**
 * What every match contains, as a list of needs, each a list of literal texts one of which is there:
 * "customers like" needs "customers" and "like". Empty when nothing is sure (or only text too short).
 */
type Needs = string[][];

function requiredIn(alternation: Alternation): Needs {
  if (alternation.branches.length === 1) return requiredInSequence(alternation.branches[0]?.nodes ?? []);
  // Of alternatives, one of them: each one's most telling need, together.
  const best = alternation.branches.map((b) => mostTelling(requiredInSequence(b.nodes)));
  return best.every((set) => set !== undefined) ? [[...new Set(best.flat())]] : [];
}

// Shorter literal text is in nearly every message: no reason to skip a branch.
const SHORTEST = 3;

function requiredOf(node: Node): Needs {
  if (node.kind === 'group') return node.positive ? requiredIn(node.body) : [];
  return node.kind === 'repeat' && node.min > 0 ? requiredOf(node.node) : [];
}

function requiredInSequence(nodes: Node[]): Needs {
  const needs: Needs = [];
  let run = '';
  const endRun = () => {
    if (run.length >= SHORTEST) needs.push([run]);
    run = '';
  };
  for (const node of nodes) {
    if (node.kind === 'char') {
      run += node.char;
      continue;
    }
    // "tr(?:y|ies|ied)": the text before a group of plain words, with each of them.
    const words = node.kind === 'group' && node.positive ? plainWords(node.body) : null;
    if (run && words && run.length + Math.min(...words.map((w) => w.length)) >= SHORTEST) {
      needs.push(words.map((w) => run + w));
    }
    endRun();
    needs.push(...requiredOf(node));
  }
  endRun();
  return needs;
}

/** The alternatives of a group that are each plain text ("y|ies|ied"), or null. */
function plainWords(alternation: Alternation): string[] | null {
  const words = alternation.branches.map((b) =>
    b.nodes.every((n) => n.kind === 'char') ? b.nodes.map((n) => (n.kind === 'char' ? n.char : '')).join('') : null,
  );
  return words.every((w) => w !== null) ? words : null;
}

/** The need fewest texts meet: the longest shortest text, then the fewest texts. */
const telling = (set: string[]) => Math.min(...set.map((s) => s.length)) * 1000 - set.length;
const mostTelling = (needs: Needs): string[] | undefined => needs.toSorted((a, b) => telling(b) - telling(a))[0];

/** How many capturing groups the nodes open, named ones counted apart (they would need `groups` rebuilt). */
function groupsIn(nodes: Node[]): { numbered: number; named: number } {
  const count = { numbered: 0, named: 0 };
  const visit = (node: Node) => {
    if (node.kind === 'repeat') visit(node.node);
    if (node.kind !== 'group') return;
    if (node.capturing) count[node.head === '(' ? 'numbered' : 'named']++;
    for (const b of node.body.branches) b.nodes.forEach(visit);
  };
  nodes.forEach(visit);
  return count;
}

interface Branch {
  pattern: RegExp;
  /** Its needs, each as the count of its literal texts then their ids: met by one of them. None: always run. */
  needs: Int32Array;
  /** Where each of its groups stands among the alternation's. */
  places: Int32Array;
}
export interface Plan {
  branches: Branch[];
  groups: number;
  /** The branches that need no text; the others by the ids of their first need. */
  always: number[];
  byFirstNeed: Map<number, number[]>;
}

// Every required text of every plan, by id, as the three-letter windows it is made of: those of `id`
// are `windows[start[id]]` up to `windows[start[id + 1]]`, all in one array (read side by side, where
// an array per text cost a jump to each).
const ids = new Map<string, number>();
let windows = new Int32Array(1 << 12);
const start: number[] = [0];
const idOf = (text: string) => {
  let id = ids.get(text);
  if (id === undefined) {
    id = start.length - 1;
    const from = start[id] as number;
    const end = from + text.length - 2;
    if (end > windows.length) {
      const grown = new Int32Array(Math.max(end, windows.length * 2));
      grown.set(windows);
      windows = grown;
    }
    for (let i = 0; from + i < end; i++) windows[from + i] = windowAt(text, i);
    start.push(end);
    ids.set(text, id);
  }
  return id;
};
const windowsOf = (id: number) => windows.subarray(start[id], start[id + 1]);
// Five bits a letter: exact for a to z; other characters share codes, which only lets more branches run.
const windowAt = (text: string, i: number) =>
  (text.charCodeAt(i) & 0x1f) | ((text.charCodeAt(i + 1) & 0x1f) << 5) | ((text.charCodeAt(i + 2) & 0x1f) << 10);
const WINDOWS = 1 << 15;

// The texts of the branches' first needs, by their first window: found by one pass over a message.
const firstNeeds = new Set<number>();
/**
 * The ids of first needs by their rarest window (the one fewest required texts have: a message has it
 * seldom too), `ids[from[w]]` up to `ids[from[w + 1]]`.
 */
let byKeyWindow: { from: Int32Array; ids: Int32Array } | null = null;
function indexFirstNeeds(): { from: Int32Array; ids: Int32Array } {
  const count = new Int32Array(WINDOWS);
  for (let id = 0; id < ids.size; id++) for (const w of new Set(windowsOf(id))) count[w] = (count[w] ?? 0) + 1;
  const key = (id: number) => windowsOf(id).reduce((best, w) => ((count[w] ?? 0) < (count[best] ?? 0) ? w : best));
  const byWindow = Map.groupBy(firstNeeds, key);
  const from = new Int32Array(WINDOWS + 1);
  const ordered: number[] = [];
  for (let w = 0; w < WINDOWS; w++) {
    from[w] = ordered.length;
    ordered.push(...(byWindow.get(w) ?? []));
  }
  from[WINDOWS] = ordered.length;
  return { from, ids: Int32Array.from(ordered) };
}
function addFirstNeed(id: number): void {
  if (firstNeeds.has(id)) return;
  firstNeeds.add(id);
  byKeyWindow = null;
  readings.clear();
}

// Fewer branches are tried fast enough as one pattern.
const MIN_BRANCHES = 8;
const plans = new WeakMap<RegExp, Plan | null>();

/** The plan for `\b(?:A|B|…)` with enough branches, global and case-sensitive; null for any other pattern. */
export function planFor(pattern: RegExp): Plan | null {
  let plan = plans.get(pattern);
  if (plan === undefined) {
    plan = makePlan(pattern);
    plans.set(pattern, plan);
  }
  return plan;
}

function makePlan(pattern: RegExp): Plan | null {
  const { source, flags } = pattern;
  if (!flags.includes('g') || /[iy]/.test(flags) || !source.startsWith('\\b(?:')) return null;
  let top: Alternation['branches'];
  try {
    top = parse(source).branches;
  } catch {
    return null;
  }
  const group = top.length === 1 ? top[0]?.nodes[1] : undefined;
  if (group?.kind !== 'group' || group.head !== '(?:') return null;
  // What follows the alternation ("\\b(?:A|B)\\b") follows each branch.
  const rest = (top[0]?.nodes ?? []).slice(2);
  if (groupsIn(rest).numbered + groupsIn(rest).named > 0) return null;
  const suffix = source.slice(group.end);
  let groups = 0;
  const branches: Branch[] = [];
  for (const b of group.body.branches) {
    const count = groupsIn(b.nodes);
    if (count.named > 0) return null;
    for (const part of partsOf(source, b, groups)) {
      const needs = requiredInSequence([...part.nodes, ...rest]).toSorted((x, y) => telling(y) - telling(x));
      branches.push({
        pattern: new RegExp(`\\b(?:${part.source})${suffix}`, flags),
        needs: Int32Array.from(needs.flatMap((set) => [set.length, ...set.map(idOf)])),
        places: Int32Array.from(part.places),
      });
    }
    groups += count.numbered;
  }
  if (branches.length < MIN_BRANCHES) return null;
  const always = [...branches.keys()].filter((b) => branches[b]?.needs.length === 0);
  const byFirstNeed = new Map<number, number[]>();
  branches.forEach(({ needs }, b) => {
    for (const id of needs.subarray(1, 1 + (needs[0] ?? 0))) {
      byFirstNeed.set(id, [...(byFirstNeed.get(id) ?? []), b]);
      addFirstNeed(id);
    }
  });
  return { branches, groups, always, byFirstNeed };
}

/**
 * False when `text` cannot hold a match of `pattern`, a pattern no plan splits: it lacks one of the
 * literal texts every match contains (read from the source once). True when it may, or nothing is sure.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  let needs = wholeNeeds.get(pattern);
  if (needs === undefined) {
    needs = needsOfWhole(pattern);
    wholeNeeds.set(pattern, needs);
  }
  if (needs.length === 0) return true;
  const reading = readingOf(text);
  // Case-blind, the windows fold a to z as the pattern does; only "ſ" and the Kelvin sign also fold
  // into ASCII ("beſt" is "best").
  return (reading.foldsToAscii && pattern.ignoreCase) || meets(needs, reading);
}
const wholeNeeds = new WeakMap<RegExp, Int32Array>();
function needsOfWhole(pattern: RegExp): Int32Array {
  let needs: Needs;
  try {
    needs = requiredIn(parse(pattern.source));
  } catch {
    return new Int32Array(0);
  }
  // Case-blind, words beyond ASCII are not sure either.
  if (pattern.ignoreCase && needs.flat().some((text) => /[^\x20-\x7e]/.test(text))) return new Int32Array(0);
  return Int32Array.from(needs.flatMap((set) => [set.length, ...set.map(idOf)]));
}

interface Part {
  source: string;
  nodes: Node[];
  /** Where each of its groups stands among the alternation's. */
  places: number[];
}

/**
 * A branch as the parts it can be run in. A branch that is one captured alternation, "(\\b(?:X|Y)\\b)"
 * (a family of phrasings), is run as "(\\b(?:X)\\b)" and "(\\b(?:Y)\\b)": each captures in the same
 * place, and each has its own required words.
 */
function partsOf(source: string, branch: Alternation['branches'][number], offset: number): Part[] {
  const places = Array.from({ length: groupsIn(branch.nodes).numbered }, (_, g) => offset + g);
  const whole: Part = { source: source.slice(branch.start, branch.end), nodes: branch.nodes, places };
  const [outer] = branch.nodes;
  if (branch.nodes.length !== 1 || outer?.kind !== 'group' || outer.head !== '(' || outer.body.branches.length !== 1) {
    return [whole];
  }
  const inside = outer.body.branches[0]?.nodes ?? [];
  const family = inside.find((n) => n.kind === 'group' && n.head === '(?:' && n.body.branches.length > 1);
  if (family?.kind !== 'group' || inside.some((n) => n !== family && groupsIn([n]).numbered > 0)) return [whole];
  const before = source.slice(outer.start + 1, family.start);
  const after = source.slice(family.end, outer.end - 1);
  let inner = offset + 1;
  return family.body.branches.map((b) => {
    const own = groupsIn(b.nodes).numbered;
    const places = [offset, ...Array.from({ length: own }, (_, g) => inner + g)];
    inner += own;
    const alone: Node = { ...family, body: { branches: [b] } };
    return {
      source: `(${before}(?:${source.slice(b.start, b.end)})${after})`,
      nodes: inside.map((n) => (n === family ? alone : n)),
      places,
    };
  });
}

/** A text as read: the windows it has, a bit each, and the first-need texts it may hold. */
interface Reading {
  bits: Int32Array;
  firsts: number[];
  /** It has a character a case-blind pattern reads as a letter of ASCII ("ſ", "K"). */
  foldsToAscii: boolean;
}
// The checks read a message, its copy with the sender's name masked and the text as written in turn
// (a sentence by its message's reading): the last few readings are kept,
// each in its own slot of window bits (4 KB: they stay in the nearest cache).
const KEPT = 4;
const slots = Array.from({ length: KEPT }, () => new Int32Array(WINDOWS >> 5));
const readings = new Map<string, Reading>();
let reads = 0;

/** Reads `text` once: its windows, and the first-need texts all of whose windows it has. */
function readingOf(text: string): Reading {
  const kept = readings.get(text);
  if (kept) return kept;
  byKeyWindow ??= indexFirstNeeds();
  const { from, ids } = byKeyWindow;
  const bits = slots[++reads % KEPT] as Int32Array;
  for (const [old, reading] of readings) if (reading.bits === bits) readings.delete(old);
  bits.fill(0);
  const reading: Reading = { bits, firsts: [], foldsToAscii: /[\u017f\u212a]/.test(text) };
  const seen: number[] = [];
  // Each window is the last one moved by a letter: (w >> 5) drops its first, the next comes in at the top.
  let w = text.length > 2 ? windowAt(text, 0) : 0;
  for (let i = 0; i + 2 < text.length; i++) {
    if (i > 0) w = (w >> 5) | ((text.charCodeAt(i + 2) & 0x1f) << 10);
    const bit = 1 << (w & 31);
    if (((bits[w >> 5] as number) & bit) === 0) {
      bits[w >> 5] = (bits[w >> 5] as number) | bit;
      seen.push(w);
    }
  }
  for (const w of seen) {
    for (let k = from[w] as number; k < (from[w + 1] as number); k++) {
      if (holds(reading, ids[k] as number)) reading.firsts.push(ids[k] as number);
    }
  }
  readings.set(text, reading);
  return reading;
}

/** The text may hold required text `id`: it has all its windows (a text lacking one cannot). */
function holds(reading: Reading, id: number): boolean {
  const { bits } = reading;
  const end = start[id + 1] as number;
  for (let i = start[id] as number; i < end; i++) {
    const w = windows[i] as number;
    if (((bits[w >> 5] as number) & (1 << (w & 31))) === 0) return false;
  }
  return true;
}

/** Every need met: `needs` lists each need's count of ids, then the ids. */
function meets(needs: Int32Array, reading: Reading): boolean {
  let i = 0;
  while (i < needs.length) {
    const end = i + 1 + (needs[i] as number);
    let met = false;
    for (let j = i + 1; j < end && !met; j++) met = holds(reading, needs[j] as number);
    if (!met) return false;
    i = end;
  }
  return true;
}

/**
 * The branches that may match, in order: those needing nothing, and those whose first need is met by
 * a text the message may hold (found from the texts it holds, not by trying every branch), every
 * other need met too.
 */
function liveIn(plan: Plan, text: string): Branch[] {
  const reading = readingOf(text);
  const live: number[] = [...plan.always];
  for (const id of reading.firsts) {
    for (const b of plan.byFirstNeed.get(id) ?? []) {
      if (!live.includes(b) && meets((plan.branches[b] as Branch).needs, reading)) live.push(b);
    }
  }
  return live.sort((x, y) => x - y).map((b) => plan.branches[b] as Branch);
}

/** Every match of the planned pattern in `text`, as `exec` in a loop would find them; `within` holds `text`. */
export function matchesByPlan(plan: Plan, text: string, within = text): RegExpExecArray[] {
  const live = liveIn(plan, within);
  const next = live.map((b) => execFrom(b.pattern, text, 0));
  const out: RegExpExecArray[] = [];
  let pos = 0;
  for (;;) {
    let best = -1;
    let bestIndex = Infinity;
    for (let i = 0; i < live.length; i++) {
      let m = next[i] ?? null;
      if (m && m.index < pos) {
        m = execFrom((live[i] as Branch).pattern, text, pos);
        next[i] = m;
      }
      // At a tie the earlier branch wins, as in the alternation.
      if (m && m.index < bestIndex) {
        best = i;
        bestIndex = m.index;
      }
    }
    if (best < 0) return out;
    const m = next[best] as RegExpExecArray;
    out.push(inPlace(m, live[best] as Branch, plan.groups, text));
    pos = m.index + m[0].length + (m[0] === '' ? 1 : 0);
  }
}

function execFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

/** A branch's match as the whole alternation's: its groups at their places, the others undefined. */
function inPlace(m: RegExpExecArray, branch: Branch, groups: number, text: string): RegExpExecArray {
  const whole: (string | undefined)[] = new Array(groups + 1).fill(undefined);
  whole[0] = m[0];
  branch.places.forEach((place, g) => {
    whole[place + 1] = m[g + 1];
  });
  return Object.assign(whole, { index: m.index, input: text, groups: undefined }) as RegExpExecArray;
}
