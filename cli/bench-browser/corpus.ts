/**
 * The pages of the in-browser benchmark: the corpus's saved non-Syria web pages as they are, and
 * Syria articles of a chosen size assembled at run time from the corpus's Syria-labelled
 * Wikipedia and FA-KES texts (never written to disk: the corpus's licences keep it outside the
 * repository).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusPage {
  id: string;
  /** Path of the HTML file inside the corpus folder, e.g. "html/042bb7b5fedab6ea.html". */
  file: string;
  url: string;
  label: string;
}

/** The corpus's saved web pages with their labels (html/pages.jsonl), in file-name order. */
export function corpusPages(dir: string): CorpusPage[] {
  const list = join(dir, 'html', 'pages.jsonl');
  const pages = readFileSync(list, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusPage)
    .filter((p) => existsSync(join(dir, p.file)));
  return pages.sort((a, b) => a.file.localeCompare(b.file));
}

/** The Syria-labelled Wikipedia and FA-KES texts of articles.jsonl, in file order, as paragraphs. */
export function syriaTexts(dir: string): string[][] {
  return readFileSync(join(dir, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { label: string; set: string; text: string })
    .filter((r) => r.label === 'syria' && (r.set === 'wikipedia' || r.set === 'fakes'))
    .map((r) =>
      r.text
        .split(/\r?\n+/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    )
    .filter((ps) => ps.length > 0);
}

export const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

export interface Article {
  words: number;
  paragraphs: string[];
}

/**
 * About `words` words (at least `words`, at most `max`): the texts one after another from
 * `start`, whole paragraphs; a paragraph that would pass `max` is left out.
 */
export function assemble(texts: string[][], words: number, start = 0, max = Infinity): Article {
  const paragraphs: string[] = [];
  let n = 0;
  for (let i = start; n < words; i++) {
    for (const p of texts[i % texts.length]!) {
      const w = countWords(p);
      if (n >= words) break;
      if (n + w > max) continue;
      paragraphs.push(p);
      n += w;
    }
    if (i - start > texts.length * 2) break; // corpus too small for the size asked: stop
  }
  return { words: n, paragraphs };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An article page: a <title> that names Syria, a headline, every paragraph a <p> in <article>. */
export function articlePage(article: Article, title: string): string {
  const body = article.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>
<h1>${escapeHtml(title)}</h1>
${body}
</article></main>
<footer>Benchmark page generated at run time.</footer>
</body>
</html>
`;
}
