import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  citySchema,
  documentSchema,
  parseMetadata,
  readDocumentMeta,
} from '../../src/lib/ingest/metadata.ts';
import { formatMessage } from '../../src/lib/ingest/report.ts';

const PATH = 'content/sources/hyuga/jorei.yaml';
const GOOD = `title:
  ja: 日向市個人情報保護条例
  en: Hyuga City Personal Information Protection Ordinance
kind: ordinance
lang: ja
number: 条例第57号
promulgated: 2006-09-22
updated: "2018-09-25"
source: https://example.jp/reiki/jorei.html
overrides:
  topics: [disclosure]
`;

function messagesFor(yaml: string): string[] {
  const result = parseMetadata(documentSchema, yaml, PATH);
  expect(result.data).toBeUndefined();
  expect(result.file.messages.every((message) => message.fatal)).toBe(true);
  return result.file.messages.map(formatMessage);
}

describe('document metadata', () => {
  it('accepts a complete file; unquoted dates stay strings', () => {
    const { data, file } = parseMetadata(documentSchema, GOOD, PATH);
    expect(file.messages).toEqual([]);
    expect(data).toEqual({
      title: { ja: '日向市個人情報保護条例', en: 'Hyuga City Personal Information Protection Ordinance' },
      kind: 'ordinance',
      lang: 'ja',
      number: '条例第57号',
      promulgated: '2006-09-22',
      updated: '2018-09-25',
      source: 'https://example.jp/reiki/jorei.html',
      overrides: { topics: ['disclosure'] },
    });
  });

  it('names the file, the field and its line', () => {
    expect(messagesFor(GOOD.replace(/ {2}en: .*\n/, ''))).toEqual([
      'content/sources/hyuga/jorei.yaml:2:3: title.en: expected string, received undefined [invalid-metadata]',
    ]);
  });

  it('reports every bad field at once', () => {
    const yaml = GOOD.replace('kind: ordinance', 'kind: rule')
      .replace('number: 条例第57号', 'number: 57')
      .replace('promulgated: 2006-09-22', 'promulgated: 平成18年9月22日')
      .replace('source: https://example.jp/reiki/jorei.html', 'source: example.jp/jorei')
      .replace('lang: ja', 'lang: ja\npromulagted: 2006-09-22');
    expect(messagesFor(yaml)).toEqual([
      'content/sources/hyuga/jorei.yaml:4:7: kind: expected one of "ordinance"|"policy"|"page"|"law" [invalid-metadata]',
      'content/sources/hyuga/jorei.yaml:6:14: promulagted: unexpected field, expected only the fields listed in docs/sources.md (a typo?) [invalid-metadata]',
      'content/sources/hyuga/jorei.yaml:7:9: number: expected string, received number [invalid-metadata]',
      'content/sources/hyuga/jorei.yaml:8:14: promulgated: expected an ISO date (yyyy-mm-dd), e.g. 2006-09-22 [invalid-metadata]',
      'content/sources/hyuga/jorei.yaml:10:9: source: expected an absolute http(s) URL [invalid-metadata]',
    ]);
  });

  it('reports YAML syntax errors and empty files', () => {
    expect(messagesFor('title: [unclosed\n')).toEqual([
      'content/sources/hyuga/jorei.yaml:2:1: Unexpected YAML: Flow sequence in block collection must be sufficiently indented and end with a ] [invalid-yaml]',
    ]);
    expect(messagesFor('')).toEqual([
      'content/sources/hyuga/jorei.yaml: expected object, received null [invalid-metadata]',
    ]);
  });

  it('reports a missing file instead of throwing', async () => {
    const { data, file } = await readDocumentMeta('content/sources/nowhere/missing.yaml');
    expect(data).toBeUndefined();
    expect(file.messages.map(formatMessage)).toEqual([
      'content/sources/nowhere/missing.yaml: Cannot read metadata (ENOENT), expected a readable YAML file [unreadable-metadata]',
    ]);
  });
});

describe('city metadata', () => {
  it('requires both languages of name and prefecture', () => {
    const { data, file } = parseMetadata(
      citySchema,
      'name:\n  ja: 日向市\nprefecture:\n  ja: 宮崎県\n  en: Miyazaki\n',
      'hyuga/city.yaml',
    );
    expect(data).toBeUndefined();
    expect(file.messages.map(formatMessage)).toEqual([
      'hyuga/city.yaml:2:3: name.en: expected string, received undefined [invalid-metadata]',
    ]);
  });
});

describe('the committed metadata', () => {
  const sources = new URL('../../content/sources/', import.meta.url);
  const files = readdirSync(sources, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.yaml'),
  );

  it('has a city.yaml and a document file per city', () => {
    const cities = readdirSync(sources, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(files.filter((name) => name.endsWith('city.yaml'))).toHaveLength(cities.length);
    for (const city of cities)
      expect(files.filter((name) => name.startsWith(`${city.name}/`)).length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s is valid', (name) => {
    const text = readFileSync(new URL(name, sources), 'utf8');
    const path = join('content/sources', name);
    const { file } = name.endsWith('city.yaml')
      ? parseMetadata(citySchema, text, path)
      : parseMetadata(documentSchema, text, path);
    expect(file.messages.map(formatMessage)).toEqual([]);
  });
});
