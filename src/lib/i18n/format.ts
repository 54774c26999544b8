import type { Lang } from './index.ts';

const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** An ISO date (2006-09-22) as readers of `lang` write it: 2006年9月22日 / 22 September 2006. */
export function formatDate(lang: Lang, iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMATS[lang].format(date);
}
