import type { Lang } from '../i18n/index.ts';
import type { UnitTranslation } from '../translate/status.ts';
import type { ContactInfo, ContactWordedField } from './contact.ts';

/** A contact field as a page shows it, in the language it is written in. */
interface LocalizedField {
  text: string;
  lang: Lang;
}

/** The worded fields of a contact in the page's language where the document's translation has them. */
interface LocalizedContact {
  department?: LocalizedField;
  /** the address with its postal code, in the order of the language (〒 first in Japanese, last in English) */
  address?: LocalizedField;
}

/** The label a policy prints before a contact line: （名称）… is translated "(Name) …". */
const LINE_LABEL = /^\s*[(（][^)）]{1,24}[)）]\s*/u;

/**
 * The office and address of a contact in `lang`: on a page in the document's own language as
 * printed; otherwise from the current translations of the blocks they were read from (a stale or
 * missing translation leaves the original, marked with its language).
 */
export function localizeContact(
  contact: ContactInfo,
  lang: Lang,
  units: readonly Pick<UnitTranslation, 'key' | 'status' | 'translation'>[],
): LocalizedContact {
  const current = new Map(
    units
      .filter((unit) => unit.status === 'translated' && unit.translation)
      .map((unit) => [unit.key, unit.translation!]),
  );
  const translated = (field: ContactWordedField): string[] | undefined => {
    if (lang === contact.lang) return undefined;
    const anchors = contact.fieldAnchors[field] ?? [];
    const texts = anchors.map((anchor) => current.get(anchor)?.replace(LINE_LABEL, '').trim());
    return anchors.length > 0 && texts.every(Boolean) ? (texts as string[]) : undefined;
  };
  const out: LocalizedContact = {};

  const department = translated('department');
  if (department) out.department = { text: department.join(', '), lang };
  else if (contact.department) out.department = { text: contact.department, lang: contact.lang };

  const address = translated('address');
  const postalInAddress = (contact.fieldAnchors.postalCode ?? []).every((anchor) =>
    (contact.fieldAnchors.address ?? []).includes(anchor),
  );
  if (address) {
    // the block that holds the address holds the postal code too: its translation has both
    const postal = contact.postalCode && !postalInAddress ? contact.postalCode : undefined;
    const text = address.join(', ');
    out.address = {
      text: postal ? (lang === 'ja' ? `〒${postal} ${text}` : `${text} ${postal}`) : text,
      lang,
    };
  } else if (contact.address || contact.postalCode) {
    const printed = [contact.postalCode && `〒${contact.postalCode}`, contact.address]
      .filter(Boolean)
      .join(' ');
    out.address = { text: printed, lang: contact.lang };
  }
  return out;
}
