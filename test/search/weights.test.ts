import { describe, expect, it } from 'vitest';
import { recordWeight } from '../../src/lib/search/build-index.ts';

const city = { city: 'hyuga', kind: 'ordinance' } as const;
const national = { city: 'national', kind: 'law' } as const;

describe('record weights', () => {
  it('count an article fully and its exception less', () => {
    expect(recordWeight(city, { type: 'article', anchor: 'art-26', caption: '開示決定等の期限' })).toBe(1);
    expect(
      recordWeight(city, { type: 'article', anchor: 'art-27', caption: '開示決定等の期限の特例' }),
    ).toBeCloseTo(0.6);
  });

  it('count 附則 less, but not the 施行期日 of the text’s own 附則', () => {
    expect(recordWeight(city, { type: 'supplement', anchor: 'suppl-1-p3', caption: '経過措置' })).toBeCloseTo(
      0.3,
    );
    expect(recordWeight(city, { type: 'supplement', anchor: 'suppl-1-p1', caption: '施行期日' })).toBe(1);
    expect(recordWeight(city, { type: 'article', anchor: 'suppl-1-art-1', caption: '(施行期日)' })).toBe(1);
    // an amending act's effective date is about the amendment, not the text
    expect(recordWeight(city, { type: 'supplement', anchor: 'suppl-7-p1', caption: '施行期日' })).toBeCloseTo(
      0.3,
    );
    expect(
      recordWeight(national, { type: 'article', anchor: 'suppl-1-art-1', caption: '施行期日' }),
    ).toBeCloseTo(0.7);
    expect(recordWeight(city, { type: 'supplement', anchor: 'suppl-1' })).toBeCloseTo(0.3);
  });
});
