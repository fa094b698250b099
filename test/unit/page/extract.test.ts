/**
 * Extraction of the article's text from a page (happy-dom), the map back from offsets to DOM
 * ranges, and the page's publication date. The pages are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { articleRoot, extractArticle } from '../../../entrypoints/article/extract';
import { rangeFor } from '../../../entrypoints/article/ranges';
import { pageTitle, publishedDate, sampleText } from '../../../entrypoints/article/metadata';

/**
 * Loads a page into the test window's document (the content script runs on the live document).
 * Not DOMParser: happy-dom collapses Ranges over text nodes of a DOMParser-made document.
 */
function parse(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = '';
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}

// Enough paragraph text (over 500 characters) for the <article> to be taken as the article.
const P1 = 'Turkey and Russia traded accusations over Idlib on Friday as the offensive went on in the northwest of the country.';
const P2 = 'Under the memorandum signed in September 2018, a demilitarized zone was to separate the two sides, officials recalled.';
const P3 = 'Aid groups said more than 200,000 people had fled their homes in the province this month, many of them for the second time.';
const P4 = 'Diplomats in Geneva said the talks on a new ceasefire would resume next week, although neither side expected much from them.';
const P5 = 'The war, now in its ninth year, has left the province crowded with displaced families living in tents along the border.';

const PAGE = `<!doctype html>
<html><head><title>Idlib talks</title></head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
  <header class="masthead">The Example Daily</header>
  <article>
    <h1>Talks on Idlib stall</h1>
    <p>${P1}</p>
    <div class="share-tools">Share this story on social media</div>
    <p>${P2}</p>
    <aside>Read more: an unrelated story in the aside</aside>
    <ul><li>First point in a list</li><li>Second point in a list</li></ul>
    <blockquote>We want the attacks to stop now, a spokesman said.</blockquote>
    <p>${P3}</p>
    <script>var tracking = "script text must not be read";</script>
    <style>.x { color: red }</style>
    <textarea>a comment being typed</textarea>
    <div contenteditable="true">an editable region</div>
    <pre>preformatted code block</pre>
    <p>Inline <code>code text</code> is skipped.</p>
    <p hidden>hidden paragraph text</p>
    <p aria-hidden="true">aria hidden paragraph text</p>
    <div class="related-articles"><p>A related headline that is boilerplate</p></div>
    <div class="newsletter-signup"><p>Subscribe to our newsletter</p></div>
    <p>${P4}</p>
    <p>${P5}</p>
    <footer>Copyright footer text</footer>
  </article>
  <aside class="sidebar"><p>Most read in the sidebar</p></aside>
  <footer><p>Site footer text</p></footer>
</body></html>`;

describe('extractArticle', () => {
  const load = () => {
    const doc = parse(PAGE);
    return { doc, ...extractArticle(doc) };
  };

  it('takes the article element as the root when it holds enough paragraph text', () => {
    expect(articleRoot(load().doc)?.nodeName).toBe('ARTICLE');
  });

  it('takes the headings, paragraphs, list items and quotes of the article, separated by blank lines', () => {
    const { text, blocks } = load();
    // Blocks as read from the DOM; white space inside a block is the page's own.
    expect(text.split('\n\n').map((b) => b.replace(/\s+/g, ' ').trim())).toEqual([
      'Talks on Idlib stall',
      P1,
      P2,
      'First point in a list',
      'Second point in a list',
      'We want the attacks to stop now, a spokesman said.',
      P3,
      'Inline is skipped.',
      P4,
      P5,
    ]);
    expect(blocks).toBe(10);
  });

  it('skips navigation, asides, footers, scripts, styles, forms, editable, code, hidden and boilerplate', () => {
    const { text } = load();
    for (const unwanted of [
      'Home',
      'menu',
      'The Example Daily',
      'Share this story',
      'Read more',
      'script text',
      'color: red',
      'a comment being typed',
      'an editable region',
      'preformatted',
      'code text',
      'hidden paragraph',
      'aria hidden',
      'related headline',
      'Subscribe',
      'Copyright',
      'sidebar',
      'Site footer',
    ]) {
      expect(text, unwanted).not.toContain(unwanted);
    }
  });

  it('records each text node with its offset in the joined text', () => {
    const { text, pieces } = load();
    for (const p of pieces) expect(text.slice(p.start, p.start + p.node.data.length)).toBe(p.node.data);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBeGreaterThan(pieces[i - 1]!.start);
  });

  it('falls back to the body when there is no article element', () => {
    const d = parse('<html><body><nav>Menu</nav><h2>Heading</h2><p>One paragraph.</p><p>Another paragraph.</p></body></html>');
    expect(articleRoot(d)?.nodeName).toBe('BODY');
    expect(extractArticle(d).text).toBe('Heading\n\nOne paragraph.\n\nAnother paragraph.');
  });

  it('finds an article whose paragraphs are divs, not <p>, among teasers and a long footer', () => {
    const para = (t: string) => `<div class="body-paragraph">${t} ${t}</div>`;
    const d = parse(
      '<html><body><div class="teasers"><div><a href="/a">A teaser headline that links elsewhere</a></div><div><a href="/b">Another teaser</a></div></div>' +
        `<div class="story">${para('Aid groups say more than 200,000 people fled southern Idlib in two weeks of fighting.')}` +
        `${para('Turkey and Russia signed the Sochi memorandum on 17 September 2018 to set up a buffer zone.')}` +
        `${para('The United Nations asked for a halt to attacks on civilians and on the camps near the border.')}</div>` +
        '<div class="site-info">The customer service centre can be reached by telephone or e-mail from Sunday to Thursday, eight to six.</div></body></html>',
    );
    expect((articleRoot(d) as Element).getAttribute('class')).toBe('story');
    const { text } = extractArticle(d);
    expect(text).toContain('Sochi memorandum');
    expect(text).not.toContain('customer service');
    expect(text).not.toContain('teaser');
  });

  it('measures a div-written article by its blocks: a boilerplate box inside it is left out, as on a page of <p>', () => {
    const para = (t: string) => `<div class="body-paragraph">${t} ${t}</div>`;
    const d = parse(
      `<html><body><div class="story">${para('Aid groups say more than 200,000 people fled southern Idlib in two weeks of fighting.')}` +
        '<div class="newsletter-signup">Sign up to our newsletter for the latest news every morning in your inbox, free.</div>' +
        `${para('Turkey and Russia signed the Sochi memorandum on 17 September 2018 to set up a buffer zone.')}` +
        `${para('The United Nations asked for a halt to attacks on civilians and on the camps near the border.')}</div></body></html>`,
    );
    const { text } = extractArticle(d);
    expect(text).toContain('Sochi memorandum');
    expect(text).not.toContain('newsletter');
  });

  it('does not stumble on element names that are no valid selector ("st1:story")', () => {
    const d = parse(`<html><body><st1:story class="x">${'<p>Turkey and Russia agreed on a buffer zone around Idlib in Sochi. </p>'.repeat(12)}</st1:story></body></html>`);
    expect(() => extractArticle(d)).not.toThrow();
    expect(extractArticle(d).text).toContain('buffer zone');
  });

  it('keeps words apart across inline elements and white-space-only nodes', () => {
    const d = parse('<html><body><p><b>Turkey</b> <i>and</i> <em>Russia</em> agreed.</p></body></html>');
    expect(extractArticle(d).text).toBe('Turkey and Russia agreed.');
  });

  it('stops near maxChars', () => {
    const long = parse(`<html><body>${Array.from({ length: 50 }, (_, i) => `<p>Paragraph number ${i} with some words.</p>`).join('')}</body></html>`);
    const all = extractArticle(long).text;
    const cut = extractArticle(long, { maxChars: 200 }).text;
    expect(cut.length).toBeLessThan(all.length);
    expect(cut.length).toBeGreaterThanOrEqual(200);
    expect(cut.length).toBeLessThan(300);
    expect(all.startsWith(cut)).toBe(true);
  });

  it('returns empty text for an empty page', () => {
    expect(extractArticle(parse('<html><body></body></html>')).text).toBe('');
  });
});

describe('an article in the page\'s own shadow roots (pages built of web components)', () => {
  const story = [
    'Turkey and Russia agreed in Sochi on 17 September 2018 to set up a demilitarised zone around Idlib.',
    'The zone was to be fifteen to twenty kilometres deep, patrolled by Turkish and Russian forces.',
    'Aid agencies said more than 200,000 people had fled the fighting in the south of the province.',
  ];
  const paragraphs = (lines: string[]) => lines.map((t) => `<p>${t} ${t}</p>`).join('');

  /** A page whose body holds a menu and a component; the component's open shadow root holds the article. */
  function shadowPage(inner: string, light = ''): { doc: Document; shadow: ShadowRoot } {
    const doc = parse(`<html><body><nav><a href="/">Home</a></nav><news-story>${light}</news-story><p>Short note.</p></body></html>`);
    const shadow = doc.querySelector('news-story')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = inner;
    return { doc, shadow };
  }

  /** Gives the element `selector` finds under `scope` an open shadow root holding `html`. */
  function component(scope: ParentNode, selector: string, html: string): ShadowRoot {
    const root = scope.querySelector(selector)!.attachShadow({ mode: 'open' });
    root.innerHTML = html;
    return root;
  }

  /** The same for every element `selector` finds, the i-th holding `htmlOf(i)`. */
  function components(scope: ParentNode, selector: string, htmlOf: (i: number) => string): ShadowRoot[] {
    return Array.from(scope.querySelectorAll(selector)).map((host, i) => {
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = htmlOf(i);
      return root;
    });
  }

  it('reads the article from the open shadow root and maps its offsets back there', () => {
    const { doc, shadow } = shadowPage(`<header><h1>Talks on Idlib</h1></header><div class="body">${paragraphs(story)}</div>`);
    const { text, pieces, shadowRoots } = extractArticle(doc);
    expect(shadowRoots).toEqual([shadow]);
    expect(text).toContain('200,000 people had fled');
    expect(text).not.toContain('Short note');
    const start = text.indexOf('Sochi');
    const range = rangeFor(doc, pieces, text, start, start + 5)!;
    expect(range.toString()).toBe('Sochi');
    expect(range.startContainer.getRootNode()).toBe(shadow);
  });

  it('reads nested components and the page\'s content placed in slots, in the order shown', () => {
    const { doc } = shadowPage(
      `<div class="body"><p>${story[0]} ${story[0]} ${story[0]}</p><story-quote></story-quote><slot name="aside">fallback words</slot><slot></slot></div>`,
      `<p>${story[2]} ${story[2]}</p>`,
    );
    const quote = doc.querySelector('news-story')!.shadowRoot!.querySelector('story-quote')!;
    quote.attachShadow({ mode: 'open' }).innerHTML = `<blockquote>${story[1]} ${story[1]}</blockquote>`;
    const { text } = extractArticle(doc);
    const at = (s: string) => text.indexOf(s);
    expect(at('Sochi')).toBeGreaterThanOrEqual(0);
    expect(at('patrolled')).toBeGreaterThan(at('Sochi'));
    // Nothing is assigned to the named slot: its own fallback is shown; the light paragraph fills the default slot.
    expect(at('fallback words')).toBeGreaterThan(at('patrolled'));
    expect(at('200,000')).toBeGreaterThan(at('fallback words'));
  });

  it('reads an article written as one component per paragraph whole, each paragraph apart', () => {
    const { doc, shadow } = shadowPage(`<h1>Talks on Idlib</h1>${story.map(() => '<story-paragraph></story-paragraph>').join('')}`);
    const inner = components(shadow, 'story-paragraph', (i) => `<p>${story[i]} ${story[i]}</p>`);
    const { text, shadowRoots } = extractArticle(doc);
    for (const line of story) expect(text).toContain(`${line} ${line}`);
    expect(text.indexOf('Sochi')).toBeLessThan(text.indexOf('patrolled'));
    expect(text).toContain('kilometres deep, patrolled by Turkish and Russian forces.\n\nAid agencies');
    // The story's root first, then each paragraph's: all are watched for changes.
    expect(shadowRoots).toEqual([shadow, ...inner]);
  });

  // A header, a rail of related stories and a footer beside the article: each less than the article, together more.
  const header = '<p>Sections: world, business, sport and the weather today.</p>';
  const rail = '<p>' + 'More from the world desk: markets, elections and the weather this week. '.repeat(6) + '</p>';
  const footer = '<p>' + 'About us, contact, careers, terms of use and the rest of the links. '.repeat(6) + '</p>';

  it("takes the article's own component rather than the page shell around it, however much else the shell holds", () => {
    const doc = parse('<html><body><app-shell></app-shell></body></html>');
    const shell = component(doc, 'app-shell', '<app-header></app-header><article-view></article-view><related-rail></related-rail><app-footer></app-footer>');
    component(shell, 'app-header', header);
    const article = component(shell, 'article-view', paragraphs(story));
    component(shell, 'related-rail', rail);
    component(shell, 'app-footer', footer);
    const { text, shadowRoots } = extractArticle(doc);
    expect(text).toContain('Sochi');
    for (const other of ['Sections', 'More from the world desk', 'careers']) expect(text).not.toContain(other);
    // Watched: the shell (it may swap the article) and the article's root; not the header's or the footer's.
    expect(shadowRoots).toEqual([shell, article]);
  });

  it('leaves out the boilerplate inside an article read through its paragraph components', () => {
    const { doc, shadow } = shadowPage(
      `<div class="content-with-sidebar"><h1>Talks on Idlib</h1>${story.map(() => '<x-p></x-p>').join('')}</div>` +
        '<div class="share-bar"><p>Share on Facebook, share on X, copy the link to this story.</p></div>',
    );
    components(shadow, 'x-p', (i) => `<p>${story[i]} ${story[i]}</p>`);
    const { text } = extractArticle(doc);
    for (const line of story) expect(text).toContain(line);
    expect(text).toContain('Talks on Idlib');
    expect(text).not.toContain('Share on Facebook');
  });

  it("reads components side by side in the page's own tree, one per paragraph, as one article", () => {
    const doc = parse(`<html><body><div>Weather in Paris today: sunny.</div><main><h1>Talks on Idlib</h1>${story.map(() => '<story-paragraph></story-paragraph>').join('')}</main></body></html>`);
    const inner = components(doc, 'story-paragraph', (i) => `<p>${story[i]} ${story[i]}</p>`);
    const { text, shadowRoots } = extractArticle(doc);
    expect(text).toContain('Talks on Idlib');
    for (const line of story) expect(text).toContain(`${line} ${line}`);
    expect(text).toContain('kilometres deep, patrolled by Turkish and Russian forces.\n\nAid agencies');
    expect(text).not.toContain('Weather in Paris');
    expect(shadowRoots).toEqual(inner);
  });

  it('reads paragraph components of very different lengths whole, in a component or in the page', () => {
    const lengths = [12, 2, 2];
    const fill = (i: number) => `<p>${Array.from({ length: lengths[i]! }, () => story[i]).join(' ')}</p>`;
    const nested = shadowPage(`<h1>Talks on Idlib</h1>${lengths.map(() => '<x-p></x-p>').join('')}`);
    components(nested.shadow, 'x-p', fill);
    const side = parse(`<html><body><main>${lengths.map(() => '<x-p></x-p>').join('')}</main></body></html>`);
    components(side, 'x-p', fill);
    for (const doc of [nested.doc, side]) {
      const { text } = extractArticle(doc);
      for (const line of story) expect(text).toContain(line);
    }
  });

  it('maps no range over text that runs from the page into a component inside a paragraph', () => {
    const { doc, shadow } = shadowPage(`${paragraphs(story)}<p>Aid groups said that <x-num></x-num> people had fled.</p>`);
    component(shadow, 'x-num', 'more than 200,000');
    const { text, pieces } = extractArticle(doc);
    expect(text).toContain('Aid groups said that more than 200,000 people had fled.');
    const across = text.indexOf('that more than');
    expect(rangeFor(doc, pieces, text, across, across + 'that more than'.length)).toBeNull();
    const inside = text.indexOf('200,000');
    expect(rangeFor(doc, pieces, text, inside, inside + 7)?.toString()).toBe('200,000');
  });

  it('takes the article component, not the header, newsletter and footer components beside it', () => {
    const doc = parse('<html><body><site-header></site-header><news-article></news-article><newsletter-box></newsletter-box><site-footer></site-footer></body></html>');
    component(doc, 'site-header', header);
    const article = component(doc, 'news-article', paragraphs(story));
    component(doc, 'newsletter-box', rail);
    component(doc, 'site-footer', footer);
    const { text, shadowRoots } = extractArticle(doc);
    expect(shadowRoots).toEqual([article]);
    expect(text).toContain('Sochi');
    for (const other of ['Sections', 'More from the world desk', 'careers']) expect(text).not.toContain(other);
  });

  it("keeps a short article of the page's own over the comment components below it", () => {
    const comment = (n: number) => `<p>Comment ${n}: ${'I have followed this war for years and the talks never change anything. '.repeat(3)}</p>`;
    const brief = paragraphs(story);
    const doc = parse(`<html><body><main><article>${brief}</article><div id="comments">${[1, 2, 3, 4, 5, 6].map(() => '<user-comment></user-comment>').join('')}</div></main></body></html>`);
    components(doc, 'user-comment', (i) => comment(i + 1));
    const { text, shadowRoots } = extractArticle(doc);
    expect(shadowRoots).toBeUndefined();
    expect(text).toContain('Sochi');
    expect(text).not.toContain('Comment 1');
  });

  it('leaves the shadow roots alone when the page itself holds the article', () => {
    const doc = parse(`<html><body><article>${paragraphs(story)}</article><news-widget></news-widget></body></html>`);
    doc.querySelector('news-widget')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Widget text that is not the article, however long it is written to be here.</p>';
    const { text, shadowRoots } = extractArticle(doc);
    expect(shadowRoots).toBeUndefined();
    expect(text).toContain('Sochi');
    expect(text).not.toContain('Widget text');
  });

  it('prefers an article written in divs on the page itself to a notice in a shadow root', () => {
    const para = (t: string) => `<div class="body-paragraph">${t} ${t}</div>`;
    const doc = parse(`<html><body><cookie-banner></cookie-banner><div class="story">${story.map(para).join('')}</div></body></html>`);
    doc.querySelector('cookie-banner')!.attachShadow({ mode: 'open' }).innerHTML =
      '<p>We use cookies to improve your experience. By continuing you accept our use of cookies and our privacy policy, which you can read at any time.</p>';
    const { text, shadowRoots } = extractArticle(doc);
    expect(shadowRoots).toBeUndefined();
    expect(text).toContain('Sochi');
    expect(text).not.toContain('cookies');
  });
});

describe('rangeFor', () => {
  it('maps offsets back to a DOM range over the same text', () => {
    const doc = parse(PAGE);
    const { text, pieces } = extractArticle(doc);
    for (const word of ['Idlib', 'September 2018', 'more than 200,000 people', 'ninth year', 'Second point', 'Talks on Idlib stall']) {
      const start = text.indexOf(word);
      expect(start, word).toBeGreaterThanOrEqual(0);
      const range = rangeFor(doc, pieces, text, start, start + word.length);
      expect(range, word).not.toBeNull();
      expect(range!.toString()).toBe(word);
    }
  });

  it('maps a span across inline elements (<a>, <em>) back to the same text', () => {
    const doc = parse(
      '<html><body><p>Officials said <a href="/x">Recep Tayyip</a> <em>Erdogan</em> met Vladimir <strong>Putin in Sochi</strong> last year.</p></body></html>',
    );
    const { text, pieces } = extractArticle(doc);
    expect(text).toBe('Officials said Recep Tayyip Erdogan met Vladimir Putin in Sochi last year.');
    for (const span of ['Recep Tayyip Erdogan', 'Tayyip Erdogan met Vladimir Putin', 'Putin', 'said Recep', 'Sochi last year.']) {
      const start = text.indexOf(span);
      const range = rangeFor(doc, pieces, text, start, start + span.length);
      expect(range, span).not.toBeNull();
      expect(range!.toString(), span).toBe(span);
    }
  });

  it('returns null for a span that starts or ends between blocks', () => {
    const doc = parse('<html><body><p>First block.</p><p>Second block.</p></body></html>');
    const { text, pieces } = extractArticle(doc);
    const gap = text.indexOf('\n\n');
    expect(rangeFor(doc, pieces, text, gap, gap + 2)).toBeNull();
  });

  it('returns null once a text node changed after extraction', () => {
    const doc = parse('<html><body><p>Russia and <b>Turkey</b> agreed.</p><p>Another block here.</p></body></html>');
    const { text, pieces } = extractArticle(doc);
    const start = text.indexOf('Turkey');
    expect(rangeFor(doc, pieces, text, start, start + 6)!.toString()).toBe('Turkey');
    const node = pieces.find((p) => p.node.data === 'Turkey')!.node;
    node.data = 'Iran!!';
    expect(rangeFor(doc, pieces, text, start, start + 6)).toBeNull();
    // Other blocks are untouched and still map.
    const other = text.indexOf('Another');
    expect(rangeFor(doc, pieces, text, other, other + 7)!.toString()).toBe('Another');
  });

  it('returns null once a text node was removed from the page', () => {
    const doc = parse('<html><body><p>Russia and Turkey agreed.</p></body></html>');
    const { text, pieces } = extractArticle(doc);
    pieces[0]!.node.remove();
    expect(rangeFor(doc, pieces, text, 0, 6)).toBeNull();
  });
});

describe('metadata', () => {
  const wrap = (head: string, body = '<p>Text.</p>') => parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

  it('reads the date from meta article:published_time', () => {
    expect(publishedDate(wrap('<meta property="article:published_time" content="2019-12-27T08:15:00+03:00">'))).toBe('2019-12-27');
    expect(publishedDate(wrap('<meta itemprop="datePublished" content="2019-10-22">'))).toBe('2019-10-22');
  });

  it('reads the date from JSON-LD datePublished', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2019-10-09T10:00:00Z"}</script>';
    expect(publishedDate(wrap(ld))).toBe('2019-10-09');
  });

  it('reads the date from an article\'s time[datetime]', () => {
    expect(publishedDate(wrap('', '<article><time datetime="2018-09-17T12:00">17 September</time><p>Text.</p></article>'))).toBe('2018-09-17');
  });

  it('prefers the meta tag to JSON-LD and time', () => {
    const doc = wrap(
      '<meta property="article:published_time" content="2019-12-27"><script type="application/ld+json">{"datePublished":"2001-01-01"}</script>',
      '<article><time datetime="2002-02-02">then</time></article>',
    );
    expect(publishedDate(doc)).toBe('2019-12-27');
  });

  it('ignores a meta date that is not a date, and returns null without any', () => {
    expect(publishedDate(wrap('<meta property="article:published_time" content="yesterday">'))).toBeNull();
    expect(publishedDate(wrap('<meta name="description" content="2019-12-27 is not a date field">'))).toBeNull();
    expect(publishedDate(wrap(''))).toBeNull();
  });

  it('reads the title from og:title, else the document title', () => {
    expect(pageTitle(wrap('<title>Doc title</title><meta property="og:title" content=" OG title ">'))).toBe('OG title');
    expect(pageTitle(wrap('<title>Doc title</title>'))).toBe('Doc title');
  });

  it('samples visible text without scripts or styles, up to a limit', () => {
    const doc = wrap('', '<p>Visible words here.</p><script>hidden()</script><style>.a{}</style><p>More words.</p>');
    const s = sampleText(doc, 1000);
    expect(s).toContain('Visible words here.');
    expect(s).toContain('More words.');
    expect(s).not.toContain('hidden()');
    expect(s).not.toContain('.a{}');
    expect(sampleText(doc, 5).length).toBeLessThanOrEqual(5);
  });

  it('samples paragraphs first, and walks every text node when paragraphs hold too little', () => {
    const long = 'Aleppo and Idlib were shelled again. '.repeat(40);
    const withParagraphs = wrap('', `<nav>Menu Damascus Deals</nav><p>${long}</p>`);
    expect(sampleText(withParagraphs, 10_000)).not.toContain('Menu');
    expect(sampleText(withParagraphs, 10_000)).toContain('Aleppo');
    const divs = wrap('', '<div>Fighting in Idlib</div><div>Talks in Damascus</div><p>Short.</p>');
    const s = sampleText(divs, 10_000);
    expect(s).toContain('Fighting in Idlib');
    expect(s).toContain('Talks in Damascus');
  });

  it("samples the text of the page's open shadow roots when the page holds almost none of its own", () => {
    const doc = wrap('', '<news-story></news-story><p>Short.</p>');
    doc.querySelector('news-story')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Shelling in Idlib and talks in Damascus.</p>';
    expect(sampleText(doc, 1_500)).toContain('Shelling in Idlib');
  });

  it('samples shadow roots in the order the page shows them', () => {
    const doc = wrap('', '<app-shell></app-shell>');
    const shell = doc.querySelector('app-shell')!.attachShadow({ mode: 'open' });
    shell.innerHTML = '<app-header></app-header><main><article-view></article-view></main><app-footer></app-footer>';
    shell.querySelector('app-header')!.attachShadow({ mode: 'open' }).innerHTML = '<nav>Header</nav>';
    shell.querySelector('article-view')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Shelling in Idlib and talks in Damascus.</p>';
    shell.querySelector('app-footer')!.attachShadow({ mode: 'open' }).innerHTML = '<p>' + 'Footer link. '.repeat(200) + '</p>';
    const sample = sampleText(doc, 1_500);
    expect(sample.indexOf('Idlib')).toBeGreaterThan(sample.indexOf('Header'));
    expect(sample).toContain('Idlib');
  });

  it("samples the paragraphs of the page's <article> before the rest", () => {
    const notice = '<p>' + 'We use cookies to improve your experience on this site. '.repeat(30) + '</p>';
    const story = '<article><p>' + 'Shelling hit Idlib as talks in Damascus stalled. '.repeat(30) + '</p></article>';
    const s = sampleText(wrap('', notice + story), 1_500);
    expect(s.startsWith('Shelling hit Idlib')).toBe(true);
    // A teaser <article> with little text: the page's paragraphs are read instead.
    const teaser = '<article><p>Short teaser.</p></article>' + '<p>' + 'Aleppo was quiet. '.repeat(80) + '</p>';
    const fromPage = sampleText(wrap('', teaser), 1_500);
    expect(fromPage.startsWith('Short teaser. Aleppo was quiet.')).toBe(true);
  });
});
