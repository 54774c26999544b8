import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../src/lib/export/text.ts';
import type { Leaf, Node, Parent } from '../../src/lib/tree/types.ts';
import { importFile, importText, SAMPLE, unitsOf, xmlSentences } from './helpers.ts';

describe('importEgovXml: the fixture law', () => {
  const { tree, file } = importFile(SAMPLE);
  const xml = readFileSync(SAMPLE, 'utf8');
  const byId = (id: string) =>
    unitsOf(tree, [
      'chapter',
      'section',
      'article',
      'paragraph',
      'item',
      'subitem',
      'supplement',
      'appendix',
      'table',
      'block',
    ]).find((n) => n.id === id);

  it('reads without messages, with the Law attributes and title', () => {
    expect(file.messages).toEqual([]);
    expect(tree).toMatchObject({
      type: 'document',
      style: 'law',
      lang: 'ja',
      title: '架空情報の取扱いに関する法律',
      number: '法律第九十九号',
      promulgated: '令和5年4月1日',
      promulgatedIso: '2023-04-01',
      data: { egov: 'Law', lawId: '505AC0000000099', lawNum: '令和五年法律第九十九号', abbrev: '架空情報法' },
    });
  });

  it('gives the anchors the parser gives', () => {
    const ids = unitsOf(tree, [
      'chapter',
      'section',
      'article',
      'paragraph',
      'item',
      'subitem',
      'supplement',
      'appendix',
    ]).map((n) => n.id);
    expect(ids).toEqual([
      'ch-1',
      'art-1',
      'art-1-p1',
      'art-2',
      'art-2-p1',
      'art-2-p1-i1',
      'art-2-p1-i2',
      'art-2-p1-i2-s1',
      'art-2-p1-i2-s2',
      'art-2-p1-i2-s2-s1',
      'art-2-p1-i2-s2-s2',
      'art-2-p2',
      'art-2-p2-i1',
      'ch-2',
      'ch-2-sec-1',
      'art-3',
      'art-3-p1',
      'art-3_2',
      'art-3_2-p1',
      'art-4',
      'art-4-p1',
      'ch-2-sec-2',
      'art-5',
      'art-5-p1',
      'art-5-p2',
      'art-5-p2-i1',
      'ch-3',
      'art-6',
      'art-6-p1',
      'suppl-1',
      'suppl-1-p1',
      'suppl-1-p2',
      'suppl-2',
      'suppl-2-art-1',
      'suppl-2-art-1-p1',
      'suppl-2-art-2',
      'suppl-2-art-2-p1',
      'appx-1',
    ]);
  });

  it('keeps labels, captions and text per unit', () => {
    expect(byId('ch-2')).toMatchObject({ label: '第二章', title: '事業者の義務', num: '2' });
    expect(byId('art-3_2')).toMatchObject({ label: '第三条の二', caption: '安全管理措置', num: '3_2' });
    expect(byId('art-1-p1')?.text).toBe(
      'この法律は、架空情報の適正な取扱いに関し必要な事項を定め、もって個人の権利利益を保護することを目的とする。',
    );
    expect(byId('art-3-p1')?.text).toBe(
      '事業者は、架空情報を取り扱うに当たっては、その利用の目的をできる限り特定しなければならない。ただし、法令に基づく場合は、この限りでない。',
    );
    expect(byId('art-2-p2')).toMatchObject({ label: '２', num: '2' });
    expect(byId('art-2-p2-i1')?.text).toBe('法人\u3000その代表者');
    expect(byId('art-2-p1-i2-s2-s1')).toMatchObject({ label: '（１）', text: '基礎年金番号' });
    expect(byId('art-5-p2')).toMatchObject({ caption: '記録の提供' });
    expect(byId('art-5-p2-b1')?.text).toBe('開示は、書面の交付その他の方法（A&B方式を含む。）による。');
    expect(byId('art-4')?.deleted).toBe(true);
    expect(byId('art-6')).toMatchObject({ num: '6', through: '7', deleted: true, label: '第六条及び第七条' });
    expect(byId('suppl-2')).toMatchObject({
      label: '附\u3000則',
      amendment: '令和六年三月三一日法律第一号抄',
    });
    expect(byId('appx-1')).toMatchObject({ label: '別表第一', title: '第二条関係' });
    const rows = unitsOf(byId('appx-1')!, ['row']).map((row) =>
      unitsOf(row, ['cell']).map((cell) => cell.text),
    );
    expect(rows).toEqual([
      ['名称', '根拠法'],
      ['架空機構', '架空機構法（令和五年法律第一号）'],
    ]);
  });

  it('loses no sentence: every Sentence of the XML is in the leaves', () => {
    const text = toPlainText(tree).replace(/\s/g, '');
    for (const sentence of xmlSentences(xml)) expect(text).toContain(sentence);
  });

  it('positions every node and text leaf at its element in the XML', () => {
    const article = byId('art-3_2')!;
    expect(xml.slice(article.position!.start.offset, article.position!.end.offset)).toMatch(
      /^<Article Num="3_2">[\s\S]*<\/Article>$/,
    );
    expect(article.position!.start).toMatchObject({
      line: xml.slice(0, article.position!.start.offset).split('\n').length,
      column: 11,
    });
    const leaves: Leaf[] = [];
    const walk = (node: Node) => ('children' in node ? node.children.forEach(walk) : leaves.push(node));
    walk(tree);
    for (const leaf of leaves.filter((l) => l.type !== 'break')) {
      const { start, end } = leaf.position!;
      const element = xml.slice(start.offset, end.offset);
      expect(element.startsWith('<')).toBe(true);
      if (leaf.type === 'text' && !leaf.value.includes('\u3000'))
        expect(element.replace(/<Rt>[^<]*<\/Rt>|<[^>]*>|&amp;/g, '')).toContain(leaf.value.replace('&', ''));
    }
  });

  it('reads the table of contents as entries', () => {
    const entries = unitsOf(tree, ['tocEntry']).map((entry) => `${entry.label}|${entry.title ?? ''}`);
    expect(entries).toEqual([
      '第一章|総則',
      '第二章|事業者の義務',
      '第一節|通則',
      '第二節|記録',
      '第三章|雑則',
      '附則|',
    ]);
  });
});

describe('importEgovXml: problems are reported, not thrown', () => {
  it('reports a source that is not a law', () => {
    const { tree, file } = importText('<html><body>x</body></html>');
    expect(tree.children).toEqual([]);
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['not-egov-xml', true]]);
  });

  it('reads what it can of broken XML and says where it broke', () => {
    const { tree, file } = importText(
      '<Law Era="Reiwa" Year="1" Num="1" LawType="Act" Lang="ja"><LawNum>令和元年法律第一号</LawNum><LawBody><LawTitle>法</LawTitle><MainProvision><Article Num="1"><ArticleTitle>第一条</ArticleTitle><Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>文。</Sentence></ParagraphSentence></Article></MainProvision></LawBody></Law>',
    );
    expect(unitsOf(tree, ['paragraph']).map((p: Parent) => p.text)).toEqual(['文。']);
    expect(file.messages.map((m) => m.ruleId)).toContain('invalid-xml');
    expect(file.messages.every((m) => m.fatal === false)).toBe(true);
  });

  it('keeps the text of elements it has no unit for, with a note', () => {
    const { tree, file } = importText(
      '<Law Era="Reiwa" Year="1" Num="1" LawType="Act" Lang="ja"><LawNum>令和元年法律第一号</LawNum><LawBody><MainProvision><Article Num="1"><ArticleTitle>第一条</ArticleTitle><Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>文。</Sentence></ParagraphSentence><AmendProvision><AmendProvisionSentence><Sentence>次のように改正する。</Sentence></AmendProvisionSentence><NewProvision><Article Num="9"><ArticleTitle>第九条</ArticleTitle><Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>新しい文。</Sentence></ParagraphSentence></Paragraph></Article></NewProvision></AmendProvision></Paragraph></Article></MainProvision><Mystery>謎の文。</Mystery></LawBody></Law>',
    );
    const text = toPlainText(tree);
    expect(text).toContain('次のように改正する。');
    expect(text).toContain('第九条\u3000新しい文。');
    expect(text).toContain('謎の文。');
    expect(unitsOf(tree, ['article']).map((a) => a.id)).toEqual(['art-1']);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['unexpected-element']);
  });
});
