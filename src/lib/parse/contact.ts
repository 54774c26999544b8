import type { ContactData } from '../tree/types.ts';

const TEL =
  /(?:電話(?:番号)?|TEL|Tel|The telephone number|Telephone|Phone)\s*[:：]?\s*([0-9０-９()（）\-‐－ ]{9,}[0-9０-９])(?:\s*[(（]([^)）]*)[)）])?/;
const FAX = /(?:FAX|Fax|ファクス|ファックス)\s*[:：]?\s*([0-9０-９\-‐－ ()（）]{9,}[0-9０-９])/;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const URL = /https?:\/\/[^\s　)）]+/;
const POSTAL = /〒\s*(\d{3}[-‐－]\d{4})\s*(.*)$/;
const ADDRESS = /^(?:[^\s]{2,3}[都道府県])?[^\s]{1,8}[市区町村郡].*\d/;
const EXTENSION = /内線\s*[:：]?\s*([0-9０-９・~〜\-、,]+)/;
/** English unit names glued together by an extraction: "General Affairs DepartmentInformation Policy Section". */
const GLUED_UNITS = /(?<=(?:Department|Division|Section|Subsection|Office|Bureau|Unit|Team))(?=[A-Z])/g;

/**
 * Reads a contact block (the lines under お問い合わせ) into structured data: department, postal
 * code, address, telephone numbers with their notes, fax, e-mail, extensions.
 */
export function parseContact(lines: string[]): ContactData {
  const data: ContactData = {};
  const departments: string[] = [];
  const tels: string[] = [];
  const extensions: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const email = EMAIL.exec(line);
    if (email) data.email = email[0];
    const url = URL.exec(line);
    if (url && !email) data.url = url[0];
    const postal = POSTAL.exec(line);
    if (postal) {
      data.postalCode = postal[1]!;
      if (postal[2]?.trim()) data.address = postal[2].trim();
      continue;
    }
    const tel = TEL.exec(line);
    const fax = FAX.exec(line);
    if (tel) tels.push(tel[1]!.trim() + (tel[2] ? ` (${tel[2]})` : ''));
    if (fax) data.fax = fax[1]!.trim();
    const extension = EXTENSION.exec(line);
    if (extension) extensions.push(line);
    if (tel || fax || extension || email || url) continue;
    if (!data.address && ADDRESS.test(line) && !/課|部|係|室|Section|Department/.test(line.slice(0, 4))) {
      data.address = line;
      continue;
    }
    if (/^(お問い合わせは|Please|受付時間)/.test(line)) continue;
    const unit = line.replace(/^(Section in charge|担当(課|部署)?|所管)\s*[:：]\s*/i, '');
    departments.push(
      ...unit.split(GLUED_UNITS).flatMap((part) => part.split(/\s+(?=\S+(?:課|係|室|担当)$)/)),
    );
  }
  if (departments.length) data.department = departments.map((d) => d.trim()).filter(Boolean);
  if (tels.length) data.tel = tels;
  if (extensions.length) data.extensions = extensions;
  return data;
}
