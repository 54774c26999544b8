import { beforeAll, describe, expect, it } from 'vitest';
import { type ContactInfo, findContact } from '../../src/lib/compare/contact.ts';
import { localizeContact } from '../../src/lib/compare/contact-translation.ts';
import type { CompareCorpus } from '../../src/lib/compare/documents.ts';
import { loadTranslation, translationStatus, type UnitTranslation } from '../../src/lib/translate/index.ts';
import { loadSeeds } from './seeds.ts';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff〒]/u;

describe('contact offices and addresses in the page language', () => {
  let corpus: CompareCorpus;
  const contacts = new Map<string, { contact: ContactInfo; units: UnitTranslation[] }>();
  beforeAll(async () => {
    corpus = await loadSeeds();
    for (const document of corpus.documents) {
      const contact = findContact(document);
      if (contact?.lang !== 'ja') continue;
      const units = translationStatus(document.tree, loadTranslation(document.city, document.doc, 'en'));
      contacts.set(document.city, { contact, units });
    }
  });

  it('are translated on English pages, addresses in the English order', () => {
    const english = Object.fromEntries(
      [...contacts].map(([city, { contact, units }]) => [city, localizeContact(contact, 'en', units)]),
    );
    expect(english).toEqual({
      mutsu: {
        department: { text: 'General Affairs Division, General Affairs Department', lang: 'en' },
        address: { text: '1-8-1 Chuo, Mutsu, Aomori 035-8686', lang: 'en' },
      },
      nagareyama: {
        department: { text: 'General Affairs Division, General Affairs Department', lang: 'en' },
        address: { text: '2nd Floor, City Hall Building 1, 1-1-1 Heiwadai, Nagareyama 270-0192', lang: 'en' },
      },
      odawara: {
        department: { text: 'Digital Innovation Division, Planning Department, Odawara City', lang: 'en' },
        address: { text: '300 Ogikubo, Odawara, Kanagawa', lang: 'en' },
      },
    });
    for (const localized of Object.values(english)) {
      expect(localized.department!.text).not.toMatch(JAPANESE);
      // Japanese Law Translation style: "1-1 Honmachi, Hyuga, Miyazaki", no "City"/"Prefecture" suffixes
      expect(localized.address!.text).not.toMatch(/\b(?:City|Prefecture)\b(?! Hall)|〒/u);
    }
  });

  it('are printed as the document has them on pages in its own language', () => {
    const { contact, units } = contacts.get('mutsu')!;
    expect(localizeContact(contact, 'ja', units)).toEqual({
      department: { text: '総務部総務課', lang: 'ja' },
      address: { text: '〒035-8686 青森県むつ市中央一丁目8-1', lang: 'ja' },
    });
  });

  it('stay Japanese, marked so, where the translation is stale or missing', () => {
    const { contact, units } = contacts.get('nagareyama')!;
    const stale = units.map((unit) =>
      unit.key === 'contact-b2' ? { ...unit, status: 'stale' as const } : unit,
    );
    expect(localizeContact(contact, 'en', stale).address).toEqual({
      text: '〒270-0192 流山市平和台1丁目1番地の1 第1庁舎2階',
      lang: 'ja',
    });
    expect(localizeContact(contact, 'en', []).department).toEqual({ text: '総務部 総務課', lang: 'ja' });
  });
});
