import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlFile } from '../../src/lib/ingest/yaml-file.ts';

const schema = z.strictObject({
  title: z.strictObject({ ja: z.string(), en: z.string() }),
  count: z.number().optional(),
});
const options = { ruleId: 'invalid-thing', source: 'reiki-test' };

function problems(text: string, extra: Partial<Parameters<typeof parseYamlFile>[3]> = {}) {
  const { data, file } = parseYamlFile(schema, text, 'thing.yaml', { ...options, ...extra });
  const messages = file.messages.map((m) => ({
    ruleId: m.ruleId,
    source: m.source,
    line: m.line,
    column: m.column,
    fatal: m.fatal,
    reason: m.reason,
  }));
  return { data, messages };
}

describe('parseYamlFile (the one YAML + schema reader)', () => {
  it('returns the validated data and no message for a good file, with or without a byte order mark', () => {
    const text = 'title:\n  ja: 日向市\n  en: Hyuga\ncount: 3\n';
    const expected = { title: { ja: '日向市', en: 'Hyuga' }, count: 3 };
    expect(problems(text)).toEqual({ data: expected, messages: [] });
    expect(problems(`\uFEFF${text}`)).toEqual({ data: expected, messages: [] });
  });

  it('reports a syntax error as invalid-yaml at its line and column, without the YAML library’s excerpt', () => {
    const { data, messages } = problems('title:\n  ja: "open\n  en: x\n');
    expect(data).toBeUndefined();
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toMatchObject({ ruleId: 'invalid-yaml', source: 'reiki-test', fatal: true });
      expect(message.line).toBeGreaterThanOrEqual(2);
      expect(message.reason).toMatch(/^Unexpected YAML: /);
      expect(message.reason).not.toMatch(/\n| at line \d+/);
    }
  });

  it('names each bad field by its path at its own line, in source order', () => {
    const { messages } = problems('count: many\ntitle:\n  ja: 1\n  en: Hyuga\n');
    expect(messages.map((m) => [m.ruleId, m.line, m.reason])).toEqual([
      ['invalid-thing', 1, 'count: expected number, received string'],
      ['invalid-thing', 3, 'title.ja: expected string, received number'],
    ]);
  });

  it('points a missing field at the map that lacks it, and an unknown one at the key, with the caller’s hint', () => {
    const missing = problems('count: 1\ntitle:\n  ja: 日向市\n').messages;
    expect(missing).toMatchObject([{ line: 3, reason: 'title.en: expected string, received undefined' }]);
    const unknown = problems('title:\n  ja: a\n  en: b\ntitel: c\n', {
      unknownField: 'see docs/x.md',
    }).messages;
    expect(unknown).toMatchObject([{ line: 4, reason: 'titel: see docs/x.md' }]);
    expect(problems('title:\n  ja: a\n  en: b\ntitel: c\n').messages[0]?.reason).toBe(
      'titel: unexpected field (a typo?)',
    );
  });

  it('reads an empty file as null (one problem), or as the value the caller gives', () => {
    expect(problems('').messages).toMatchObject([
      { ruleId: 'invalid-thing', reason: 'expected object, received null' },
    ]);
    const table = parseYamlFile(z.record(z.string(), z.string()), '', 'empty.yaml', {
      ...options,
      empty: {},
    });
    expect(table.data).toEqual({});
  });

  it('reports an alias without its anchor, and an alias bomb, as invalid-yaml at the alias', () => {
    expect(problems('title: *t\n').messages).toMatchObject([
      {
        ruleId: 'invalid-yaml',
        line: 1,
        column: 8,
        fatal: true,
        reason: expect.stringMatching(/^Unexpected YAML: .*alias/i),
      },
    ]);
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefg')
      laughs.push(
        `${name}: &${name} [${Array(10)
          .fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`)
          .join(', ')}]`,
      );
    const bomb = problems(laughs.join('\n')).messages;
    expect(bomb).toMatchObject([{ ruleId: 'invalid-yaml', fatal: true }]);
    expect(bomb[0]?.line).toBe(2);
  });

  it('never throws, and every message it gives is fatal and placed inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'title: ja en\n-[]{}"\'#&*!|>%@`日,') }), (text) => {
        const { data, file } = parseYamlFile(schema, text, 'fuzz.yaml', options);
        if (data) expect(file.messages).toEqual([]);
        const lines = text.split('\n').length;
        for (const message of file.messages) {
          expect(message.fatal).toBe(true);
          if (message.line !== undefined) expect(message.line).toBeLessThanOrEqual(lines + 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
