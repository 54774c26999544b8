import { minOf } from '../arrays.ts';
import type { Localized } from './topic-scheme.ts';

/**
 * City bodies that ordinances name as implementing agencies (実施機関), with their English names.
 * Names not listed here are kept as written, so an unknown body is shown rather than dropped.
 */
const AGENCY_NAMES: Readonly<Record<string, string>> = {
  市長: 'Mayor',
  議会: 'City council',
  教育委員会: 'Board of education',
  選挙管理委員会: 'Election administration commission',
  公平委員会: 'Fair treatment commission',
  人事委員会: 'Personnel commission',
  監査委員: 'Audit commissioners',
  農業委員会: 'Agricultural committee',
  固定資産評価審査委員会: 'Fixed asset evaluation review board',
  水道事業管理者: 'Waterworks manager',
  公営企業管理者: 'Public enterprise manager',
  病院事業管理者: 'Hospital manager',
  消防長: 'Fire chief',
  土地開発公社: 'Land development corporation',
};

/** Spellings of the same body: 市議会 and 議会, 上下水道事業管理者 … */
const ALIASES: Readonly<Record<string, string>> = {
  市議会: '議会',
};

/** Normalise one agency name as printed: trim, drop 市の / 当該, resolve aliases. */
function normalizeAgency(name: string): string {
  const trimmed = name
    .replace(/[\s\u3000]+/g, '')
    .replace(/^(?:市の|当該)/u, '')
    .replace(/[。．.]$/u, '');
  return ALIASES[trimmed] ?? trimmed;
}

/** The name of an agency in a language: Japanese as written, English from AGENCY_NAMES when known. */
export function agencyLabel(name: string): Localized {
  return { ja: name, en: AGENCY_NAMES[name] ?? name };
}

/** Separators of a Japanese list of bodies: 、 及び および 並びに ならびに 又は. */
const LIST_SEPARATOR = /[、，,]|及び|および|並びに|ならびに|又は|または/u;
/** Where a list of bodies ends: をいう, です, a closing bracket, the sentence end. */
const LIST_END = /をいう|をいいます|です|である|[)）。]/u;

/**
 * Read the list of implementing agencies from a sentence that names at least three known bodies
 * (市長、教育委員会、…及び固定資産評価審査委員会). The list runs from the first known body to the
 * end of the enumeration; returns undefined when the sentence is not such a list.
 */
export function readAgencyList(sentence: string): string[] | undefined {
  const known = Object.keys(AGENCY_NAMES);
  const starts = known.map((name) => sentence.indexOf(name)).filter((at) => at >= 0);
  if (starts.length < 3) return undefined;
  const start = minOf(starts);
  const rest = sentence.slice(start);
  const end = rest.search(LIST_END);
  const span = end < 0 ? rest : rest.slice(0, end);
  const names = span.split(LIST_SEPARATOR).map(normalizeAgency).filter(Boolean);
  const knownCount = names.filter((name) => name in AGENCY_NAMES).length;
  return knownCount >= 3 ? [...new Set(names)] : undefined;
}
