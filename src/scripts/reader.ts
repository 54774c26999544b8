/**
 * The document page, enhanced: previews of references and defined terms (hover, focus, tap; Esc
 * closes), one copy button per article for the chosen citation, the view switch kept in the address, anchors that land in
 * the translation when the original is hidden, and a way back after following a reference.
 * Everything works without it: references and terms are links, citations are text.
 */

export {};

interface Strings {
  lang: 'ja' | 'en';
  sourceLang: 'ja' | 'en';
  external: string;
  onSite: string;
  more: string;
  back: string;
  definition: string;
  copied: string;
  copiedText: string;
  copyFailed: string;
}

const strings = JSON.parse(document.getElementById('reader-strings')?.textContent ?? '{}') as Strings;
const status = document.getElementById('reader-status');
/** The page shows a translation into its language: previews read the translation. */
const inTranslation = strings.lang !== strings.sourceLang;
const MAX_TARGETS = 4;
const MAX_CHARS = 320;

// Labels of provisions: 第11条第2項第1号 / Art. 11(2)(i).

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, digits] of table)
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  return out;
}

function labelOf(id: string): string {
  const ja = strings.lang === 'ja';
  const parts = id.split('-');
  let out = '';
  let article = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = (): string => parts[++i] ?? '';
    if (part === 'art') {
      const [main, ...branches] = next().split('_');
      article = parts.slice(0, i + 1).join('-');
      out += ja
        ? `第${main}条${branches.map((b) => `の${b}`).join('')}`
        : `${out ? ' ' : ''}Art. ${[main, ...branches].join('-')}`;
    } else if (part === 'suppl') {
      next();
      out += ja ? '附則' : 'Suppl. Prov. ';
    } else if (part === 'ch') out += ja ? `第${next()}章` : `Chapter ${next()} `;
    else if (part === 'sec') out += ja ? `第${next()}節` : `Section ${next()} `;
    else if (/^p\d+$/.test(part)) {
      const only = article && part === 'p1' && !document.getElementById(`${article}-p2`);
      if (!only) out += ja ? `第${part.slice(1)}項` : `(${part.slice(1)})`;
    } else if (/^i\d+$/.test(part)) out += ja ? `第${part.slice(1)}号` : `(${roman(Number(part.slice(1)))})`;
    else if (/^s\d+$/.test(part)) {
      const marker = document.getElementById(parts.slice(0, i + 1).join('-'))?.dataset.inferred;
      out += ja ? (marker ?? `(${part.slice(1)})`) : `(${String.fromCharCode(96 + Number(part.slice(1)))})`;
    } else {
      const heading = document.getElementById(id)?.querySelector('.head');
      return heading?.textContent?.trim() ?? id;
    }
  }
  return out.trim();
}

/** The text of a unit in the page's language, without tools, notes or the other column. */
function unitText(id: string): { text: string; lang: string } | undefined {
  const escaped = CSS.escape(id);
  const translated = inTranslation
    ? document.querySelector<HTMLElement>(`.bi-t[data-unit="${escaped}"], .bi-t [data-unit="${escaped}"]`)
    : null;
  const element = translated ?? document.getElementById(id);
  if (!element) return undefined;
  const copy = element.cloneNode(true) as HTMLElement;
  for (const extra of copy.querySelectorAll('.bi-t, .unit-tools, .tr-note, .tr-flag, .bi-columns'))
    extra.remove();
  const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    text: text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text,
    lang: translated ? strings.lang : strings.sourceLang,
  };
}

// The preview: one tooltip, described by the link it belongs to.

const tooltip = document.createElement('div');
tooltip.id = 'preview';
tooltip.className = 'preview';
tooltip.setAttribute('role', 'tooltip');
tooltip.lang = strings.lang;
tooltip.hidden = true;
// Inside main: every piece of content sits in a landmark.
(document.getElementById('main') ?? document.body).append(tooltip);
let owner: HTMLElement | undefined;
let hideTimer: number | undefined;
let showTimer: number | undefined;

function entry(title: string, body?: { text: string; lang: string }, note?: string): HTMLElement {
  const item = document.createElement('div');
  item.className = 'preview-item';
  const head = document.createElement('strong');
  head.textContent = title;
  item.append(head);
  if (body?.text) {
    const text = document.createElement('p');
    text.lang = body.lang;
    text.textContent = body.text;
    item.append(text);
  }
  if (note) {
    const small = document.createElement('p');
    small.className = 'preview-note';
    small.textContent = note;
    item.append(small);
  }
  return item;
}

function previewOf(link: HTMLElement): HTMLElement[] {
  if (link.classList.contains('term')) {
    const id = decodeURIComponent(link.getAttribute('href')?.slice(1) ?? '');
    const dfn = document.getElementById(id);
    const at = dfn?.dataset.at ?? id;
    const term = link.textContent ?? '';
    if (!inTranslation && dfn?.dataset.def) {
      return [
        entry(`「${term}」 ${strings.definition}`, { text: dfn.dataset.def, lang: strings.sourceLang }),
      ];
    }
    const rendering = dfn?.dataset.en;
    const title = rendering ? `${rendering} (${term})` : term;
    return [entry(`${title} — ${strings.definition}: ${labelOf(at)}`, unitText(at))];
  }
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#')) {
    const law = link.dataset.law ?? '';
    return [
      entry(
        law || link.textContent || '',
        undefined,
        href.startsWith('/') ? strings.onSite : strings.external,
      ),
    ];
  }
  const targets = (link.dataset.to ?? href.slice(1)).split(' ').filter(Boolean);
  const items = targets.slice(0, MAX_TARGETS).map((id) => entry(labelOf(id), unitText(id)));
  if (targets.length > MAX_TARGETS) {
    const rest = targets.slice(MAX_TARGETS).map(labelOf).join(', ');
    items.push(
      entry(strings.more.replace('{n}', String(targets.length - MAX_TARGETS)), {
        text: rest,
        lang: strings.lang,
      }),
    );
  }
  return items;
}

function place(link: HTMLElement): void {
  const rect = link.getBoundingClientRect();
  const margin = 8;
  const width = Math.min(448, document.documentElement.clientWidth - 2 * margin);
  tooltip.style.width = `${width}px`;
  const left = Math.min(Math.max(margin, rect.left), document.documentElement.clientWidth - width - margin);
  tooltip.style.left = `${left + window.scrollX}px`;
  const height = tooltip.offsetHeight;
  const below = rect.bottom + 6;
  const top =
    below + height > window.innerHeight && rect.top - height - 6 > 0 ? rect.top - height - 6 : below;
  tooltip.style.top = `${top + window.scrollY}px`;
}

function show(link: HTMLElement): void {
  window.clearTimeout(hideTimer);
  if (owner === link && !tooltip.hidden) return;
  hide();
  tooltip.replaceChildren(...previewOf(link));
  tooltip.hidden = false;
  place(link);
  owner = link;
  link.setAttribute('aria-describedby', tooltip.id);
}

function hide(): void {
  window.clearTimeout(hideTimer);
  window.clearTimeout(showTimer);
  tooltip.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = undefined;
}

const TRIGGER = 'a.ref, a.term';
const triggerOf = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest(TRIGGER) as HTMLElement | null) : null;

document.addEventListener('focusin', (event) => {
  const link = triggerOf(event.target);
  if (link) show(link);
});
document.addEventListener('focusout', (event) => {
  if (triggerOf(event.target) === owner) hide();
});
document.addEventListener('mouseover', (event) => {
  const link = triggerOf(event.target);
  if (link) {
    window.clearTimeout(showTimer);
    window.clearTimeout(hideTimer);
    showTimer = window.setTimeout(() => show(link), 120);
  } else if (event.target instanceof Node && tooltip.contains(event.target)) window.clearTimeout(hideTimer);
});
document.addEventListener('mouseout', (event) => {
  const from =
    triggerOf(event.target) ??
    (event.target instanceof Node && tooltip.contains(event.target) ? tooltip : null);
  if (!from) return;
  window.clearTimeout(showTimer);
  // Hoverable: moving onto the preview keeps it open.
  hideTimer = window.setTimeout(() => {
    if (document.activeElement !== owner) hide();
  }, 300);
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !tooltip.hidden) hide();
});

// A tap on a term shows its definition; a second tap follows the link.
let touched = false;
let openOnTouch = false;
document.addEventListener('pointerdown', (event) => {
  touched = event.pointerType === 'touch' || event.pointerType === 'pen';
  // Before the tap focuses the link (which opens the preview): was it open already?
  openOnTouch = touched && owner !== undefined && owner === triggerOf(event.target);
});
document.addEventListener('click', (event) => {
  const link = triggerOf(event.target);
  const tap = touched;
  touched = false;
  if (link?.classList.contains('term') && tap && !openOnTouch) {
    event.preventDefault();
    show(link);
    return;
  }
  if (link && (link.getAttribute('href') ?? '').startsWith('#')) rememberOrigin(link);
  else if (!tooltip.contains(event.target as Node)) hide();
});

// Following a reference: a way back to where the reader was.

const back = document.createElement('button');
back.type = 'button';
back.className = 'back-to';
back.hidden = true;
back.addEventListener('click', () => {
  back.hidden = true;
  history.back();
});
let origin: string | undefined;

function rememberOrigin(link: HTMLElement): void {
  const unit = link.closest<HTMLElement>('[id].unit, [data-unit]');
  origin = unit?.id || unit?.dataset.unit;
}

// Anchors: land in the translation when the original is hidden; offer the way back.

function reveal(): void {
  for (const old of document.querySelectorAll('.is-target')) old.classList.remove('is-target');
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  let landing = document.getElementById(id);
  if (landing && landing.getClientRects().length === 0) {
    const escaped = CSS.escape(id);
    const translated = document.querySelector<HTMLElement>(
      `.bi-t[data-unit="${escaped}"], .bi-t [data-unit="${escaped}"]`,
    );
    if (translated && translated.getClientRects().length > 0) {
      translated.classList.add('is-target');
      translated.scrollIntoView();
      landing = translated;
    }
  }
  if (origin && origin !== id && landing) {
    back.textContent = strings.back.replace('{cite}', labelOf(origin));
    back.hidden = false;
    // First after the target in the tab order; fixed, so the text does not move.
    landing.prepend(back);
  } else back.hidden = true;
  origin = undefined;
}
window.addEventListener('hashchange', reveal);
reveal();

// The view control: ?view= in the address, the target kept in sight.

for (const input of document.querySelectorAll<HTMLInputElement>('input[name="view"]')) {
  input.addEventListener('change', () => {
    const url = new URL(location.href);
    url.searchParams.set('view', input.value);
    history.replaceState(history.state, '', url);
    reveal();
  });
}

// Copying citations: one button per article copies the chosen provision's citation (title,
// number, provision, address); the radios choose, the address shown follows the choice.

for (const tools of document.querySelectorAll<HTMLElement>('details.cite')) {
  const button = tools.querySelector<HTMLButtonElement>('button.copy');
  const radios = [...tools.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const address = tools.querySelector<HTMLElement>('.cite-address code');
  if (!button || radios.length === 0) continue;
  for (const radio of radios) radio.hidden = radios.length < 2;
  button.hidden = false;
  const label = button.textContent ?? '';
  const chosen = () => radios.find((radio) => radio.checked) ?? radios[0]!;
  const base = (address?.textContent ?? '').split('#')[0];
  const follow = () => {
    if (address) address.textContent = `${base}#${chosen().value}`;
  };
  for (const radio of radios) radio.addEventListener('change', follow);
  button.addEventListener('click', async () => {
    const text = chosen().dataset.reference ?? '';
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = `${strings.copied} ✓`;
      if (status) status.textContent = strings.copiedText.replace('{text}', text);
      window.setTimeout(() => {
        button.textContent = label;
      }, 2500);
    } catch {
      const source = tools.querySelector<HTMLElement>(`#c-${CSS.escape(chosen().value)}`);
      if (source) {
        const range = document.createRange();
        range.selectNodeContents(source);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
      if (status) status.textContent = strings.copyFailed;
    }
  });
}

// The contents follow the reading position: the link of the section at the top of the screen is
// aria-current="location" (and kept in sight in the contents panel). On narrow screens, where the
// contents are a drawer over the text, following a link closes the drawer.

const contents = document.querySelector<HTMLElement>('nav.contents');
const contentsLinks = new Map<string, HTMLAnchorElement>();
for (const link of contents?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])
  contentsLinks.set(decodeURIComponent(link.hash.slice(1)), link);
const sections = [...contentsLinks.keys()].flatMap((id) => {
  const element = document.getElementById(id);
  return element ? [element] : [];
});
let current: HTMLAnchorElement | undefined;

function markCurrent(): void {
  // The first section that starts between the top of the screen and the reading line (a third
  // down), else the last one that started above the screen. Not the last above the line: a short
  // section reached from the contents would otherwise hand its mark to the one below it.
  const line = window.innerHeight / 3;
  let above: HTMLElement | undefined;
  let reading: HTMLElement | undefined;
  for (const section of sections) {
    const top = section.getBoundingClientRect().top;
    if (top > line) break;
    if (top >= -2) {
      reading = section;
      break;
    }
    above = section;
  }
  reading ??= above;
  const link = reading ? contentsLinks.get(reading.id) : undefined;
  if (link === current) return;
  current?.removeAttribute('aria-current');
  current = link;
  if (!link) return;
  link.setAttribute('aria-current', 'location');
  const panel = contents?.querySelector<HTMLElement>('details > div');
  if (panel && panel.scrollHeight > panel.clientHeight) {
    const top = link.offsetTop - panel.offsetTop;
    if (top < panel.scrollTop || top > panel.scrollTop + panel.clientHeight - link.offsetHeight)
      panel.scrollTop = top - panel.clientHeight / 3;
  } else if (contents && contents.scrollHeight > contents.clientHeight) {
    const top = link.offsetTop - contents.offsetTop;
    if (top < contents.scrollTop || top > contents.scrollTop + contents.clientHeight - link.offsetHeight)
      contents.scrollTop = top - contents.clientHeight / 3;
  }
}

if (sections.length > 0) {
  // The observer says when a section crosses the screen; the current one is then worked out in
  // document order (several can cross at once).
  let queued = false;
  const observer = new IntersectionObserver(
    () => {
      if (queued) return;
      queued = true;
      window.requestAnimationFrame(() => {
        queued = false;
        markCurrent();
      });
    },
    // The band above the reading line: a section's start crossing the line enters or leaves it.
    { rootMargin: '0px 0px -66% 0px' },
  );
  for (const section of sections) observer.observe(section);
  markCurrent();
}

contents?.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  const drawer = contents.querySelector('details');
  if (link && drawer && window.matchMedia('(max-width: 59.99rem)').matches) drawer.open = false;
});
