import type { Manifest, ManifestDocument } from '../emit/manifest.ts';
import { type Lang, type MessageKey, t } from '../i18n/index.ts';
import { eraDate } from '../text/era.ts';
import { englishLawNumber } from '../text/law-number.ts';
import { gregorianDate } from './dates.ts';

/** A link of a status notice. */
interface StatusLink {
  href: string;
  label: string;
}

/** What a document page says about its date and whether it applies now (docs/sources.md, "Status"). */
interface StatusView {
  /** `in-force`, `superseded`, `historical`, or `unrecorded` when the metadata does not say */
  status: 'in-force' | 'superseded' | 'historical' | 'unrecorded';
  /** the status in words */
  label: string;
  /** the date the text is as of (ISO), when known */
  asOf?: string;
  /** why, from the metadata */
  note?: string;
  /** what governs instead, with links to it and to the city's rights under it */
  replacedBy?: { text: string; links: StatusLink[] };
}

/** A date inside a sentence: 令和5年4月1日 / April 1, 2023. */
function sentenceDate(lang: Lang, iso: string): string {
  return lang === 'ja' ? (eraDate(iso) ?? gregorianDate('ja', iso)) : gregorianDate('en', iso);
}

/**
 * The status of a document for its page, in `lang`. The status, its reason and what replaced the
 * text come from the metadata only; without them the page says the status is not recorded.
 */
export function statusView(lang: Lang, document: ManifestDocument, manifest: Manifest): StatusView {
  const recorded = document.status;
  if (!recorded) {
    const asOf = document.enforced ?? document.updated ?? document.promulgated;
    return { status: 'unrecorded', label: t(lang, 'status.unrecorded'), ...(asOf ? { asOf } : {}) };
  }
  const view: StatusView = {
    status: recorded.status,
    label: t(lang, `status.${recorded.status}` as MessageKey),
    note: recorded.note[lang],
  };
  const asOf = recorded.asOf ?? document.enforced ?? document.updated;
  if (asOf) view.asOf = asOf;
  const by = recorded.supersededBy;
  const replacement =
    by && manifest.documents.find((entry) => entry.city === by.city && entry.doc === by.doc);
  if (by && replacement) {
    const city = manifest.cities.find((entry) => entry.slug === document.city)?.name[lang] ?? document.city;
    const law = replacement.title[lang];
    const amended = by.amendment
      ? t(lang, 'status.amendedBy', {
          amendment: lang === 'en' ? englishLawNumber(by.amendment, { withYear: true }) : by.amendment,
        })
      : '';
    const national = replacement.kind === 'law';
    const key: MessageKey = national
      ? recorded.status === 'historical'
        ? 'status.governsSystem'
        : 'status.governsOrdinance'
      : 'status.replacedByDocument';
    const links: StatusLink[] = [
      {
        href: `/${lang}/${replacement.city}/${replacement.doc}/`,
        label: t(lang, 'status.readReplacement', { title: law }),
      },
    ];
    if (
      national &&
      manifest.cities.some((entry) => entry.slug === document.city && entry.slug !== 'national')
    ) {
      links.push({
        href: `/${lang}/${document.city}/rights/`,
        label: t(lang, 'status.rightsToday', { city }),
      });
    }
    view.replacedBy = {
      text: t(lang, key, { since: sentenceDate(lang, by.since), law, amended, city }),
      links,
    };
  }
  return view;
}
