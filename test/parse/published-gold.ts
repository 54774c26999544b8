import type { GoldLaw } from './structure-score.ts';

/** What a fixture of test/fixtures/published must read as, beside its articles. */
export interface PublishedGold {
  law: GoldLaw;
  supplements: number;
  appendices: number;
}

/**
 * Reads a gold file written by hand before the parser ran on its fixture, one unit a line:
 * `第3条 caption` (`-` for none) opens an article (`第4条から第6条まで -` a range deleted together), `p text` a paragraph, `i marker text` an item,
 * `s marker text` a sub-item (`ss` one level deeper); `supplements N` and `appendices N` count the
 * 附則 blocks and the 別表/様式; `#` starts a comment. Text is compared as the scorer compares it
 * (NFKC, no white space).
 */
export function readGold(text: string, id: string): PublishedGold {
  const law: GoldLaw = { law_id: id, articles: [] };
  const gold: PublishedGold = { law, supplements: 0, appendices: 0 };
  type Item = { marker: string; text: string; subitems?: Item[] };
  let paragraph: GoldLaw['articles'][number]['paragraphs'][number] | undefined;
  let levels: Item[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const count = /^(supplements|appendices) (\d+)$/.exec(line);
    if (count) {
      gold[count[1] as 'supplements' | 'appendices'] = Number(count[2]);
      continue;
    }
    const article = /^(第\d+条(?:の\d+)*(?:から第\d+条まで)?) (.+)$/.exec(line);
    if (article) {
      law.articles.push({
        num: article[1]!,
        caption: article[2] === '-' ? null : article[2]!,
        paragraphs: [],
      });
      paragraph = undefined;
      continue;
    }
    const unit = /^(p|i|s+) (.+)$/.exec(line);
    const current = law.articles[law.articles.length - 1];
    if (!unit || !current) throw new Error(`${id}.gold.txt:${i + 1}: cannot read ${JSON.stringify(raw)}`);
    if (unit[1] === 'p') {
      const num = String(current.paragraphs.length + 1);
      paragraph = { num, text: unit[2]!, items: [] };
      current.paragraphs.push(paragraph);
      levels = [];
      continue;
    }
    const [marker, ...rest] = unit[2]!.split(' ');
    const item: Item = { marker: marker!, text: rest.join(' ') };
    const depth = unit[1] === 'i' ? 0 : unit[1]!.length;
    if (depth === 0) paragraph!.items!.push(item);
    else {
      const parent = levels[depth - 1]!;
      parent.subitems = [...(parent.subitems ?? []), item];
    }
    levels[depth] = item;
    levels.length = depth + 1;
  }
  return gold;
}
