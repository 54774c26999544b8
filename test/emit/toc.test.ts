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
      { id: 'art-11_2', type: 'article', label: '第１１条の２', title: '適用関係', children: [] },
      { id: 'suppl-1', type: 'supplement', label: '附 則', children: [] },
      {
        id: 'suppl-2',
        type: 'supplement',
        label: '附 則(平成19年10月1日条例第24号)',
        children: [],
      },
    ]);
  });

  it('lists the headings of a page, sub-headings under their heading', () => {
    expect(collectToc(page())).toEqual([
      {
        id: 'h-1',
        type: 'heading',
        title: 'Handling of "Personal Information" & <data>',
        children: [{ id: 'h-2', type: 'heading', title: 'Fees', children: [] }],
      },
      { id: 'h-3', type: 'heading', title: 'Contact', children: [] },
    ]);
  });
});
