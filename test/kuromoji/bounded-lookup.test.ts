import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';
import { beforeAll, describe, expect, it } from 'vitest';
import { getTokenizer, type JapaneseTokenizer } from '../../src/lib/kuromoji/index.ts';

/** kuromoji exactly as the package ships it, to hold the bounded lookup against. */
function buildUnpatched(): Promise<JapaneseTokenizer> {
  const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
  return new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built))),
  );
}

const describeTokens = (tokenizer: JapaneseTokenizer, text: string) =>
  tokenizer
    .tokenize(text)
    .map((token) => [token.surface_form, token.pos, token.basic_form, token.word_position]);

const seedTexts = (): string[] => {
  const root = 'content/sources';
  return readdirSync(root).flatMap((city) =>
    readdirSync(join(root, city))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(root, city, name), 'utf8')),
  );
};

describe('kuromoji with the dictionary lookup bounded to the longest word', () => {
  let bounded: JapaneseTokenizer;
  let unpatched: JapaneseTokenizer;
  beforeAll(async () => {
    [bounded, unpatched] = await Promise.all([getTokenizer(), buildUnpatched()]);
  }, 60_000);

  it('finds the same tokens in every source of the project, each read as one long text', () => {
    const texts = seedTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(describeTokens(bounded, text)).toEqual(describeTokens(unpatched, text));
  });

  it('finds the same tokens in a long sentence with no 、 or 。, surrogate pairs and variation selectors', () => {
    const text =
      '個人情報保護委員会規則で定めるところにより𠮷野屋の葛󠄀城市における特定個人情報ファイル保有個人情報開示請求訂正請求利用停止請求'.repeat(
        20,
      );
    expect(text.length).toBeGreaterThan(1_000);
    expect(describeTokens(bounded, text)).toEqual(describeTokens(unpatched, text));
  });

  it('is the one tokenizer of the process', async () => {
    expect(await getTokenizer()).toBe(bounded);
  });
});
