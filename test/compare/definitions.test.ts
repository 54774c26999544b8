import { beforeAll, describe, expect, it } from 'vitest';
import { alignTerm, compareDefinitions, type DefinitionRow } from '../../src/lib/compare/definitions.ts';
import type { CompareCorpus } from '../../src/lib/compare/documents.ts';
import { loadTopicScheme, type TopicScheme } from '../../src/lib/compare/topic-scheme.ts';
import { collectAnchors } from '../../src/lib/compare/units.ts';
import { loadSeeds } from './seeds.ts';

describe('definitions compared across the seeds', () => {
  let corpus: CompareCorpus;
  let scheme: TopicScheme;
  let rows: DefinitionRow[];
  beforeAll(async () => {
    [corpus, scheme] = await Promise.all([loadSeeds(), loadTopicScheme()]);
    rows = compareDefinitions(corpus.documents, scheme.terms);
  });

  const row = (key: string) => rows.find((candidate) => candidate.key === key);
  const where = (key: string) => row(key)?.definitions.map((d) => `${d.city} #${d.anchor} (${d.rule})`);

  it('puts 個人情報 as all five seeds define it side by side, first', () => {
    expect(rows[0]?.key).toBe('個人情報');
    expect(where('個人情報')).toEqual([
      'hyuga #art-2-p3 (analyze)',
      'minato #h-2-b1 (sentence)',
      'mutsu #h-2-b1 (heading)',
      'nagareyama #h-1-b1 (heading)',
      'odawara #art-2-p1-t1 (analyze)',
    ]);
    const [hyuga, minato, mutsu, nagareyama, odawara] = row('個人情報')!.definitions;
    expect(hyuga?.text).toMatch(/^この条例において「個人情報」とは、個人に関する情報であって/);
    expect(hyuga?.text).toContain('個人識別符号が含まれるもの');
    expect(minato?.term).toBe('Personal Information');
    expect(minato?.text).toMatch(
      /^We define "Personal Information" as information handled by the Minato City Website/,
    );
    expect(mutsu?.text).toMatch(/^生存する個人に関する情報であって/);
    expect(nagareyama?.text).toMatch(/^個人に関する情報であって、特定の個人が識別されるものをいいます/);
    expect(odawara?.text).toBe('個人情報保護法第２条第１項の「個人情報」');
  });

  it('compares 保有個人情報 and 実施機関 where they are defined', () => {
    expect(where('保有個人情報')).toEqual([
      'hyuga #art-2-p6 (analyze)',
      'mutsu #h-3-b1 (heading)',
      'odawara #art-2-p1-t1 (analyze)',
    ]);
    expect(where('実施機関')).toEqual(['hyuga #art-2-p1 (analyze)', 'mutsu #h-4-b1 (heading)']);
    expect(row('実施機関')?.label).toEqual({ ja: '実施機関', en: 'Implementing agency' });
  });

  it('leaves out abbreviations (以下「開示請求」という) and law names (以下「番号法」という)', () => {
    for (const key of ['開示請求', '番号法', '利用目的', '当市', '個人情報保護法'])
      expect(row(key), key).toBeUndefined();
  });

  it('cites anchors that exist', () => {
    for (const definition of rows.flatMap((candidate) => candidate.definitions)) {
      const tree = corpus.documents.find((d) => d.city === definition.city && d.doc === definition.doc)!.tree;
      expect(collectAnchors(tree).has(definition.anchor), `${definition.city} #${definition.anchor}`).toBe(
        true,
      );
    }
  });

  it('aligns terms across languages by the aliases of content/topics.yaml', () => {
    expect(alignTerm('Personal Information', scheme.terms)).toBe('個人情報');
    expect(alignTerm('個人情報', scheme.terms)).toBe('個人情報');
    expect(alignTerm('加盟店', scheme.terms)).toBe('加盟店');
  });
});
