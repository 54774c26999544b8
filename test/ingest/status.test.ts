import { describe, expect, it } from 'vitest';
import type { SourceEntry } from '../../src/lib/ingest/corpus.ts';
import { documentSchema, parseMetadata } from '../../src/lib/ingest/metadata.ts';
import { formatMessage } from '../../src/lib/ingest/report.ts';
import { checkStatuses } from '../../src/lib/ingest/status.ts';

const BASE = 'title:\n  ja: 題\n  en: Title\nkind: ordinance\nlang: ja\n';
const NOTE = 'statusNote:\n  ja: 理由\n  en: Why\n';
const BY = 'supersededBy:\n  city: national\n  doc: appi\n  since: 2023-04-01\n';

function messages(yaml: string): string[] {
  return parseMetadata(documentSchema, BASE + yaml, 'doc.yaml').file.messages.map(formatMessage);
}

describe('status metadata (docs/sources.md, "Status")', () => {
  it('accepts a superseded text with what replaced it and why', () => {
    expect(messages(`status: superseded\nasOf: 2018-09-25\n${BY}${NOTE}`)).toEqual([]);
    expect(messages(`status: in-force\nasOf: 2025-06-01\n${NOTE}`)).toEqual([]);
  });

  it('wants the reason with every status, never a bare claim', () => {
    const [message, ...rest] = messages('status: in-force\n');
    expect(rest).toEqual([]);
    expect(message).toMatch(
      /^doc\.yaml:6:\d+: status: expected statusNote \(ja, en\) saying why the text has this status \[invalid-metadata\]$/,
    );
  });

  it('wants supersededBy for a superseded or historical text, and none for a text in force', () => {
    expect(messages(`status: historical\n${NOTE}`)[0]).toContain('supersededBy: expected supersededBy');
    expect(messages(`status: in-force\n${BY}${NOTE}`)[0]).toContain(
      'unexpected supersededBy on an in-force text',
    );
  });

  it('rejects an unknown status, a bad date and a status note without status', () => {
    expect(messages(`status: repealed\n${NOTE}`)[0]).toMatch(/^doc\.yaml:6:9: status: expected one of/);
    expect(messages(`status: in-force\nasOf: 18 Sept 2018\n${NOTE}`)[0]).toContain(
      'asOf: expected an ISO date',
    );
    expect(messages(NOTE)[0]).toContain('expected status (in-force, superseded or historical)');
  });
});

describe('checkStatuses', () => {
  const entry = (city: string, doc: string, yaml: string): SourceEntry => {
    const { data } = parseMetadata(documentSchema, BASE + yaml, `${city}/${doc}.yaml`);
    if (!data) throw new Error(`invalid fixture ${city}/${doc}`);
    return { city, doc, path: `${city}/${doc}.txt`, meta: data } as SourceEntry;
  };
  const check = (entries: SourceEntry[]) =>
    checkStatuses(entries, ({ city, doc }) => `${city}/${doc}.yaml`).map(formatMessage);

  it('reports a pre-2023 municipal text without status, and one with no date at all', () => {
    expect(
      check([
        entry('hyuga', 'old', 'enforced: 2018-09-25\n'),
        entry('mutsu', 'page', ''),
        entry('tokyo', 'new', 'enforced: 2025-06-01\n'),
      ]).map((message) => message.replace(/:.*\[/, ' [')),
    ).toEqual(['hyuga/old.yaml [missing-status]', 'mutsu/page.yaml [missing-status]']);
  });

  it('does not ask a national law or a text that has a status', () => {
    const law = {
      ...entry('national', 'appi', ''),
      meta: { ...entry('national', 'appi', '').meta, kind: 'law' as const },
    };
    expect(
      check([law, entry('hyuga', 'old', `status: superseded\n${BY}${NOTE}enforced: 2018-09-25\n`)]),
    ).toEqual([]);
  });

  it('reports supersededBy naming a document the corpus does not have', () => {
    expect(
      check([entry('hyuga', 'old', `status: superseded\n${BY.replace('appi', 'nope')}${NOTE}`)]),
    ).toEqual([
      'hyuga/old.yaml: Unexpected supersededBy `national/nope`, expected a document of the corpus (content/sources/{city}/{doc}) [unknown-superseded-by]',
    ]);
  });
});
