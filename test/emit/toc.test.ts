import { describe, expect, it } from 'vitest';
import { collectToc } from '../../src/lib/emit/index.ts';
import { ordinance, page } from './trees.ts';

describe('table of contents', () => {
  it('lists chapters with their articles, then loose articles and supplements', () => {
    expect(collectToc(ordinance())).toEqual([
      {
        id: 'ch-1',
        type: 'chapter',
        label: '第1章',
        title: '総則',
        children: [
          { id: 'art-1', type: 'article', label: '第1条', title: '目的', children: [] },
          { id: 'art-2', type: 'article', label: '第2条', title: '定義', children: [] },
        ],
      },
      { id: 'art-11_2', type: 'article', label: '第11条の2', children: [] },
      { id: 'suppl-1', type: 'supplement', label: '附則', children: [] },
      { id: 'suppl-2', type: 'supplement', label: '附則', title: '平成19年10月1日条例第24号', children: [] },
    ]);
  });

  it('lists the headings of a page with their printed text', () => {
    expect(collectToc(page()).map((entry) => [entry.id, entry.title])).toEqual([
      ['h-1', 'Privacy Policy'],
      ['h-2', 'Handling of "Personal Information" & <data>'],
      ['h-3', 'Fees'],
    ]);
  });
});
