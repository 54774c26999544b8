import { describe, expect, it } from 'vitest';
import { isHeaderLine } from '../../src/lib/parse/dates.ts';

/** Half-width views, as the law reader passes them. */
describe('header lines (a law’s number and dates)', () => {
  it('reads number and date lines, in parentheses or not, with their notes', () => {
    for (const line of [
      '平成十五年法律第五十七号',
      '(令和五年法律第九十九号)',
      '(昭和三十年三月三十一日建設省令第五号)最終改正:平成二〇年一二月一日国土交通省令第九七号',
      '(令和6年3月1日条例第1号) 最終改正:令和7年3月1日条例第2号',
      '最終改正:令和7年3月1日政令第2号',
      '施行日:令和6年4月1日',
      '(令和6年4月1日施行)',
      '平成18年9月22日',
    ])
      expect(isHeaderLine(line), line).toBe(true);
  });

  it('leaves sentences that cite a law by its number to the provisions', () => {
    for (const line of [
      '(平成十一年法律第百四十七号)第五条第二項の規定に基づき、この政令を制定する。',
      '内閣は、架空法(令和五年法律第九十九号)第三条の規定に基づき',
      '(目的)',
      '平成18年9月22日から施行する。',
    ])
      expect(isHeaderLine(line), line).toBe(false);
  });
});
