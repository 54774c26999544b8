import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEgovXml } from '../../src/lib/egov/schema.ts';
import { SAMPLE } from './helpers.ts';

const law = (body: string, attributes = 'Era="Reiwa" Year="5" Num="1" LawType="Act" Lang="ja"') =>
  `<Law ${attributes}><LawNum>令和五年法律第一号</LawNum><LawBody><LawTitle>法</LawTitle>${body}</LawBody></Law>`;
const article = (inner: string) => `<MainProvision><Article Num="1">${inner}</Article></MainProvision>`;
const paragraph =
  '<Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>文。</Sentence></ParagraphSentence></Paragraph>';

describe('checkEgovXml: the schema structure', () => {
  it('accepts the fixture law', () => {
    expect(checkEgovXml(readFileSync(SAMPLE, 'utf8'))).toEqual([]);
  });

  it.each([
    [
      'caption after title',
      article(`<ArticleTitle>第一条</ArticleTitle><ArticleCaption>（目的）</ArticleCaption>${paragraph}`),
      'content-model',
    ],
    ['article without paragraph', article('<ArticleTitle>第一条</ArticleTitle>'), 'content-model'],
    [
      'paragraph without ParagraphNum',
      article(
        '<ArticleTitle>第一条</ArticleTitle><Paragraph Num="1"><ParagraphSentence><Sentence/></ParagraphSentence></Paragraph>',
      ),
      'content-model',
    ],
    [
      'a list in a paragraph without items',
      article(
        '<ArticleTitle>第一条</ArticleTitle><Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence/></ParagraphSentence>' +
          '<List><ListSentence><Sentence/></ListSentence></List></Paragraph>',
      ),
      'content-model',
    ],
    [
      'tables between items',
      article(
        '<ArticleTitle>第一条</ArticleTitle><Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence/></ParagraphSentence>' +
          '<TableStruct><Table><TableRow><TableColumn/></TableRow></Table></TableStruct><Item Num="1"><ItemSentence><Sentence/></ItemSentence></Item>' +
          '<TableStruct><Table><TableRow><TableColumn/></TableRow></Table></TableStruct></Paragraph>',
      ),
      'content-model',
    ],
    [
      'articles and paragraphs mixed in MainProvision',
      `<MainProvision><Article Num="1"><ArticleTitle>第一条</ArticleTitle>${paragraph}</Article>${paragraph}</MainProvision>`,
      'content-model',
    ],
    ['no MainProvision', '', 'content-model'],
    ['unknown element', article(`<ArticleTitle>第一条</ArticleTitle>${paragraph}<Note2/>`), 'content-model'],
    [
      'text in an element-only element',
      article(`<ArticleTitle>第一条</ArticleTitle>${paragraph}stray`),
      'unexpected-text',
    ],
    [
      'a paragraph number that is not a positive integer',
      article(`<ArticleTitle>第一条</ArticleTitle>${paragraph.replace('Num="1"', 'Num="0"')}`),
      'invalid-attribute',
    ],
  ])('rejects %s', (_, body, rule) => {
    expect(checkEgovXml(law(body)).map((issue) => issue.rule)).toContain(rule);
  });

  it('reports missing and invalid Law attributes', () => {
    const issues = checkEgovXml(
      law(article(`<ArticleTitle>第一条</ArticleTitle>${paragraph}`), 'Era="Edo" Lang="ja"'),
    );
    expect(issues.map((issue) => issue.reason)).toEqual([
      'Missing Law@Year',
      'Missing Law@Num',
      'Missing Law@LawType',
      'Unexpected Law@Era="Edo"',
    ]);
  });

  it('reports a document that is not XML', () => {
    expect(checkEgovXml('<Law>').map((issue) => issue.rule)).toContain('not-well-formed');
    expect(checkEgovXml('just text').map((issue) => issue.rule)).toContain('content-model');
  });
});
