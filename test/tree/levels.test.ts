import { describe, expect, it } from 'vitest';
import { toEgovXml } from '../../src/lib/egov/export/index.ts';
import { checkEgovXml } from '../../src/lib/egov/schema.ts';
import { englishLabel as searchEnglishLabel } from '../../src/lib/search/localize.ts';
import { englishLabel, englishPrintedLabel } from '../../src/lib/site/labels.ts';
import {
  CONTAINER_COUNTERS,
  CONTAINER_LEVELS,
  COUNTERS,
  containerLevelOf,
  containerOfCounter,
  containerOfElement,
  isContainerType,
  LEVEL_LIST,
  LEVELS,
  levelOf,
  levelOfCounter,
  PROVISION_LEVELS,
  RELATIVE_COUNTERS,
} from '../../src/lib/tree/levels.ts';
import { is, type Node, type Parent } from '../../src/lib/tree/types.ts';
import { importFile, SAMPLE } from '../egov/helpers.ts';
import { parseText } from '../parse/helpers.ts';

/** Levels numbered otherwise than 第N…: 附則 (in order), 別表 (別表第1, 別記), sub-items (ア, (1)). */
const UNCOUNTED = ['supplement', 'appendix', 'subitem'];
/** Levels an e-Gov TOC does not list. */
const NOT_IN_TOC = ['paragraph', 'item', 'subitem'];

function walk(
  node: Node,
  visit: (node: Parent, ancestors: readonly Parent[]) => void,
  ancestors: Parent[] = [],
) {
  if (!('children' in node)) return;
  visit(node, ancestors);
  for (const child of node.children) walk(child, visit, [...ancestors, node]);
}

describe('the registry of structural levels', () => {
  it('describes every level with every field', () => {
    expect(LEVEL_LIST.map((level) => level.type)).toEqual([
      'supplement',
      'appendix',
      'part',
      'chapter',
      'section',
      'subsection',
      'division',
      'article',
      'paragraph',
      'item',
      'subitem',
    ]);
    for (const level of LEVEL_LIST) {
      expect(LEVELS[level.type]).toBe(level);
      expect(level.name, level.type).toMatch(/^\p{Script=Han}+(?:の\p{Script=Han}+)?$/u);
      expect(level.anchor, level.type).toMatch(/^[a-z]+-?$/);
      expect(Number.isInteger(level.rank), level.type).toBe(true);
      expect(level.egov.element, level.type).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(level.egov.title, level.type).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(level.english, level.type).toMatch(/^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/);
      expect(level.noun, level.type).toMatch(/^[a-z][a-z -]+$/);
      expect(['roman', 'arabic'], level.type).toContain(level.numbering);
      if (UNCOUNTED.includes(level.type)) expect(level.counter, level.type).toBeUndefined();
      else expect(level.counter, level.type).toMatch(/^\p{Script=Han}$/u);
      if (NOT_IN_TOC.includes(level.type)) expect(level.egov.toc, level.type).toBeUndefined();
      else expect(level.egov.toc, level.type).toMatch(/^TOC[A-Z][A-Za-z]+$/);
    }
  });

  it('gives each level its own anchor prefix, counter and e-Gov elements', () => {
    const unique = (values: Array<string | undefined>) => {
      const defined = values.filter((value) => value !== undefined);
      expect(new Set(defined).size).toBe(defined.length);
    };
    unique(LEVEL_LIST.map((level) => level.anchor));
    // an anchor segment must say its level by its prefix alone: sub-1 is no sec-1
    for (const a of LEVEL_LIST)
      for (const b of LEVEL_LIST)
        if (a !== b && a.anchor.endsWith('-') && b.anchor.endsWith('-'))
          expect(a.anchor.startsWith(b.anchor)).toBe(false);
    unique(LEVEL_LIST.map((level) => level.counter));
    unique(LEVEL_LIST.map((level) => level.egov.element));
    unique(LEVEL_LIST.map((level) => level.egov.title));
    unique(LEVEL_LIST.map((level) => level.egov.toc));
    unique(LEVEL_LIST.map((level) => level.english));
  });

  it('ranks 附則 and 別表 widest, then 編 … 目, then 条 … sub-items, each narrower than the one before', () => {
    const ranks = [...CONTAINER_LEVELS, ...PROVISION_LEVELS].map((level) => level.rank);
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeGreaterThan(ranks[i - 1]!);
    expect(LEVELS.supplement.rank).toBeLessThan(LEVELS.part.rank);
    expect(LEVELS.appendix.rank).toBeLessThan(LEVELS.part.rank);
    expect(CONTAINER_COUNTERS).toBe('編章節款目');
  });

  it('lists the printed counters widest first, and those a relative pointer takes (not 目: この目的)', () => {
    expect(COUNTERS).toBe('編章節款目条項号');
    expect(RELATIVE_COUNTERS).toBe('編章節款条項号');
    for (const counter of COUNTERS) expect(levelOfCounter(counter)?.counter).toBe(counter);
  });

  it('finds a level by its counter, node type and e-Gov element', () => {
    for (const level of LEVEL_LIST) {
      expect(levelOf(level.type)).toBe(level);
      if (level.counter) expect(levelOfCounter(level.counter)).toBe(level);
    }
    for (const level of CONTAINER_LEVELS) {
      expect(isContainerType(level.type)).toBe(true);
      expect(containerLevelOf(level.type)).toBe(level);
      expect(containerOfCounter(level.counter)).toBe(level);
      expect(containerOfElement(level.egov.element)).toBe(level);
    }
    for (const other of ['article', 'supplement', 'table', 'heading', 'toString', 'constructor']) {
      expect(isContainerType(other)).toBe(false);
      expect(containerLevelOf(other)).toBeUndefined();
    }
    expect(levelOf('toString')).toBeUndefined();
    expect(levelOfCounter('例')).toBeUndefined();
    expect(levelOfCounter('')).toBeUndefined();
  });
});

describe('the layers read the registry', () => {
  const law = [
    '○テスト条例',
    '第1編 総則',
    '第1章 通則',
    '第1条 この条例は、テストである。',
    '第2章 手続',
    '第1節 請求',
    '第1款 開示',
    '第1目 方法',
    '第2条 開示の請求は、次に掲げる事項を記載した書面によりしなければならない。',
    '(1) 氏名',
    'ア 住所',
    '附 則',
    'この条例は、公布の日から施行する。',
    '',
  ].join('\n');
  const { tree } = parseText(law);

  it('anchors every parsed unit with its level prefix, sections and below within their chapter', () => {
    const seen = new Set<string>();
    walk(tree, (node) => {
      const level = levelOf(node.type);
      if (!level || !node.id) return;
      seen.add(level.type);
      const last = node.id.split('-').slice(level.anchor.endsWith('-') ? -2 : -1);
      expect(last.join('-'), node.id).toMatch(new RegExp(`^${level.anchor}\\d`));
    });
    expect([...seen].sort()).toEqual(
      [
        'part',
        'chapter',
        'section',
        'subsection',
        'division',
        'article',
        'paragraph',
        'item',
        'subitem',
        'supplement',
      ].sort(),
    );
    const ids: string[] = [];
    walk(tree, (node) => {
      if (node.id) ids.push(node.id);
    });
    expect(ids).toContain('ch-2-sec-1-sub-1-div-1');
    expect(ids).toContain('art-2-p1-i1-s1');
  });

  it('labels containers in English as JLT does, by the registry word and numbering', () => {
    walk(tree, (node) => {
      const level = containerLevelOf(node.type);
      if (!level) return;
      const label = englishLabel(node);
      expect(label?.startsWith(`${level.english} `), label).toBe(true);
      expect(englishPrintedLabel(node.label!)).toBe(label);
    });
    expect(englishPrintedLabel('第四章の二')).toBe('Chapter IV-2');
    expect(englishPrintedLabel('第3款')).toBe('Subsection 3');
    expect(searchEnglishLabel('第2目')).toBe('Division 2');
  });

  it('writes e-Gov XML whose containers are the registry elements, and reads them back at the same anchors', () => {
    const xml = toEgovXml(tree);
    expect(checkEgovXml(xml)).toEqual([]);
    for (const level of CONTAINER_LEVELS) expect(xml).toContain(`<${level.egov.element} `);
    const { tree: sample } = importFile(SAMPLE);
    walk(sample, (node) => {
      const level = containerLevelOf(node.type);
      if (level) expect(node.id).toMatch(new RegExp(`(?:^|-)${level.anchor}[0-9_]+$`));
    });
  });
});

describe('the per-node types', () => {
  it('narrows a structural node by its type, never a leaf of the same name', () => {
    const chromeLeaf: Node = { type: 'chrome', value: 'ページ上部へ', kind: 'back-to-top' };
    const chromeBlock: Node = { type: 'chrome', children: [chromeLeaf] };
    expect(is(chromeLeaf, 'chrome')).toBe(false);
    expect(is(chromeBlock, 'chrome')).toBe(true);
    expect(is(undefined, 'article')).toBe(false);
    const article: Node = { type: 'article', caption: '目的', children: [] };
    // narrowing, not a cast: the caption is read from an Article
    expect(is(article, 'article') ? article.caption : undefined).toBe('目的');
    expect(is(article, 'paragraph')).toBe(false);
  });
});
