/**
 * The matches of a global expression in a text, as `text.matchAll(re)` gives them, but found
 * with the expression itself rather than with the copy that `matchAll` makes of it. V8 keeps a
 * copy's compiled code only for a while; once many garbage collections and much compiled code
 * have passed (a long text's analysis), it compiles the copy again without its optimisations,
 * and a scan for a long list of phrases runs ten times slower. The expression held here keeps
 * the code compiled at its first use.
 *
 * Each step sets `lastIndex` before it searches, so a loop over one text's matches may run
 * another such loop with the same expression. Between steps `lastIndex` is where the last match
 * ended: a loop's body must not `.test` or `.exec` the same expression. It is back at 0 once the
 * loop ends.
 */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError(`matches() needs a global expression: ${re}`);
  let from = 0;
  try {
    while (from <= text.length) {
      re.lastIndex = from;
      const m = re.exec(text);
      if (!m) return;
      from = m[0].length ? re.lastIndex : nextCodePoint(re, text, re.lastIndex);
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** Past an empty match: one character on, or a whole surrogate pair under the `u` flag. */
function nextCodePoint(re: RegExp, text: string, at: number): number {
  const wide = (re.unicode || re.unicodeSets) && (text.codePointAt(at) ?? 0) > 0xffff;
  return at + (wide ? 2 : 1);
}

/**
 * A global expression that finds any of `words` (expression sources) as a whole word: no
 * letter before or after it.
 */
export function wholeWords(words: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(`${opensWith(words)}(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, flags);
}

/**
 * A look-ahead for the letters that every match of one of `patterns` (expression sources)
 * opens with; none where one may open with something else. Put before a look back, it spares
 * the look back at most places of a text: an expression that opens with a look back tries it
 * at every character, which can double the time of a scan.
 */
export function opensWith(patterns: Iterable<string>, most = 3): string {
  const openings = new Set<string>();
  for (const pattern of patterns) {
    for (const opening of openingLetters(pattern, most)) {
      if (!opening) return '';
      openings.add(opening);
    }
  }
  return openings.size ? `(?=${[...openings].join('|')})` : '';
}

/**
 * The letters every match of `pattern` opens with (up to `most`), as the strings they can be:
 * "t[ae]ll?" opens with "tal" or "tel". It stops at anything but a letter or a class of
 * letters, and before what may be left out; [''] when the pattern opens with neither.
 */
export function openingLetters(pattern: string, most = 3): string[] {
  // (Alternatives of its own, "iraq|syria", each open otherwise: read as opening with anything.)
  if (hasTopLevelBar(pattern)) return [''];
  let openings = [''];
  for (let at = 0; openings[0]!.length < most; ) {
    const unit = /^(?:[a-z]|\[([a-z]+)\])/i.exec(pattern.slice(at));
    if (!unit) break;
    const next = at + unit[0].length;
    if (/^[?*{]/.test(pattern.slice(next))) break;
    const letters = [...(unit[1] ?? unit[0])];
    // (Classes multiply the openings: stop before they grow past a short list.)
    if (openings.length * letters.length > MOST_OPENINGS) break;
    openings = openings.flatMap((o) => letters.map((c) => o + c));
    if (pattern[next] === '+') break;
    at = next;
  }
  return openings;
}

const MOST_OPENINGS = 16;

/** Whether an expression source has a `|` outside its groups and classes. */
function hasTopLevelBar(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
