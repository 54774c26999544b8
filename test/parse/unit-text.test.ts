import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { finishSource } from '../../src/lib/ingest/read-source.ts';
import { textViewOf } from '../../src/lib/parse/finalize.ts';
import { parseSource } from '../../src/lib/parse/index.ts';
import { joinSpan, joinText } from '../../src/lib/text/view.ts';
import type { Node, Parent } from '../../src/lib/tree/types.ts';

function units(node: Node, type: string, out: Parent[] = []): Parent[] {
  if ('children' in node) {
    if (node.type === type) out.push(node);
    for (const child of node.children) units(child, type, out);
  }
  return out;
}

const LAW = [
  '第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定める。',
  '2　前項の規定は、実施機関が保有する個人情報について適用する。',
  '第2条　この条例において「実施機関」とは、市長、教育委員会及び',
  '選挙管理委員会をいう。',
  '',
].join('\n');

describe('a unit’s sentence text and its view', () => {
  const source = LAW;
  const root = parseSource(new VFile({ path: 'a.txt', value: source }), { style: 'law' });
  const paragraphs = units(root, 'paragraph');

  it('gives each unit the text of its text leaves, joined', () => {
    expect(paragraphs.map((p) => p.text)).toEqual([
      'この条例は、個人情報の適正な取扱いに関し必要な事項を定める。',
      '前項の規定は、実施機関が保有する個人情報について適用する。',
      // the sentence broken off before its 。 goes on in the next line
      'この条例において「実施機関」とは、市長、教育委員会及び選挙管理委員会をいう。',
    ]);
  });

  it('joins a unit of one text leaf as one of several (the seeds, every unit)', () => {
    let several = 0;
    for (const path of [
      'content/sources/hyuga/personal-information-protection-ordinance.txt',
      'content/sources/odawara/smart-city-privacy-policy.txt',
    ]) {
      const file = finishSource(new Uint8Array(readFileSync(path)), path);
      const text = String(file.value);
      const tree = parseSource(file);
      const visit = (node: Node): void => {
        if (!('children' in node)) return;
        if (node.text !== undefined) {
          const segments = node.children
            .filter((c) => c.type === 'text' && c.position!.end.offset! > c.position!.start.offset!)
            .map((c) => ({ start: c.position!.start.offset!, end: c.position!.end.offset! }));
          if (segments.length > 1) several++;
          expect(node.text).toBe(joinText(text, segments, tree.lang));
        }
        for (const child of node.children) visit(child);
      };
      visit(tree);
    }
    expect(several).toBeGreaterThan(10);
  });

  it('gives each unit a view mapped onto the source, built once, invisible to JSON and keys', () => {
    for (const paragraph of paragraphs) {
      const view = textViewOf(paragraph, root)!;
      expect(view.text).toBe(paragraph.text);
      for (let i = 0; i < view.text.length; i++) expect(source[view.origin[i]!]).toBe(view.text[i]);
      expect(textViewOf(paragraph, root)).toBe(view);
      expect(Object.keys(paragraph)).not.toContain('view');
      expect(JSON.stringify(paragraph)).not.toContain('origin');
      expect({ ...paragraph }).not.toHaveProperty('origin');
    }
    expect(textViewOf(root, root)).toBeUndefined();
  });

  it('joins one span as it joins a list of that one segment', () => {
    const texts = ['　当 市 の 住 所　', ' plain text ', '個人情報\n', 'a b', '当　市'];
    for (const text of texts)
      for (const lang of ['ja', 'en'] as const)
        expect(joinSpan(text, 0, text.length, lang)).toBe(
          joinText(text, [{ start: 0, end: text.length }], lang),
        );
  });
});
