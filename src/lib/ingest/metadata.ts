import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { z } from 'zod';
import { describeError, INGEST_SOURCE } from './report.ts';
import { parseYamlFile, type YamlFileResult } from './yaml-file.ts';

/** A text in both site languages. */
export const localizedSchema = z.strictObject({
  /** Japanese, as the city writes it. Required. */
  ja: z.string().min(1),
  /** English, natural rather than literal. Required. */
  en: z.string().min(1),
});

/** An ISO 8601 calendar date (yyyy-mm-dd). Quote it or not: YAML 1.2 reads it as a string. */
const isoDate = z.iso.date({ error: 'expected an ISO date (yyyy-mm-dd), e.g. 2006-09-22' });

/** An absolute http or https URL. */
const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' });

/**
 * What kind of local government a folder is: 市, 特別区 (区), 町, 村, or 都 (Tokyo). Pages that speak
 * of it generically say 市 / "the city", 都 / "the Metropolitan Government", … by this kind.
 */
const CITY_KINDS = ['city', 'special-ward', 'town', 'village', 'metropolis'] as const;
export type CityKind = (typeof CITY_KINDS)[number];

/** Metadata of a city: `content/sources/{city}/city.yaml`. */
export const citySchema = z.strictObject({
  /** What kind of local government it is (CITY_KINDS). Optional; default `city`. */
  kind: z.enum(CITY_KINDS).optional(),
  /** The city's name, e.g. `{ ja: 日向市, en: Hyuga City }`. Required. */
  name: localizedSchema,
  /** Its prefecture, e.g. `{ ja: 宮崎県, en: Miyazaki }`. Required. */
  prefecture: localizedSchema,
  /** The city's official website (http or https). Optional; no default. */
  url: httpUrl.optional(),
});

/** Whether a text is the rule that applies now (see docs/sources.md, "Status"). */
const DOCUMENT_STATUSES = ['in-force', 'superseded', 'historical'] as const;

/** The day the APPI's rules for 行政機関等 began to govern every municipality (令和3年法律第37号). */
export const MUNICIPAL_APPI_DATE = '2023-04-01';

/** The document that replaced a text: another document of the site (a city's, or a national law). */
const supersededBySchema = z.strictObject({
  /** city folder of the replacing document (`national` for a national law). Required. */
  city: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a city folder name' }),
  /** its document name (`appi`). Required. */
  doc: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a document name' }),
  /** the day it took over (`2023-04-01`). Required. */
  since: isoDate,
  /** the enactment that made it take over, as printed (`令和3年法律第37号`). Optional. */
  amendment: z.string().min(1).optional(),
});

/**
 * One version of a document's text in `versions:` (docs/sources.md): the latest is the current
 * text, `{doc}.{ext}`; each earlier one is `{doc}.versions/{date}.{ext}`, kept unchanged.
 */
const versionSchema = z.strictObject({
  /** The date the text stood as of (時点), e.g. `2025-09-24`. Required. */
  date: isoDate,
  /** Where this text was published (http or https), only when known. Optional. */
  source: httpUrl.optional(),
  /** When it was retrieved from there. Optional. */
  retrieved: isoDate.optional(),
  /** Provenance in words: the file it was imported from, what it contains. Optional. */
  note: z.string().min(1).optional(),
});

/** Metadata of one source document: `content/sources/{city}/{doc}.yaml` beside `{doc}.txt` or `{doc}.html`. */
export const documentSchema = z
  .strictObject({
    /** Document title, e.g. `{ ja: 日向市個人情報保護条例, en: Hyuga City Personal Information Protection Ordinance }`. Required. */
    title: localizedSchema,
    /** What the document is: an ordinance (条例), a policy (方針・ポリシー), an explanatory web page, or a national law. Required. */
    kind: z.enum(['ordinance', 'policy', 'page', 'law']),
    /** Language of the source text. Required. */
    lang: z.enum(['ja', 'en']),
    /** Law or ordinance number as printed, e.g. `条例第57号`. Optional. */
    number: z.string().min(1).optional(),
    /** Promulgation (公布) or enactment (制定) date. Optional. */
    promulgated: isoDate.optional(),
    /** Date of the last amendment or page update the source states (改正, 更新日). Optional. */
    updated: isoDate.optional(),
    /** Date the text in force took effect (施行). Optional. */
    enforced: isoDate.optional(),
    /** Where the source was published (http or https), only when known; never guessed. Optional. */
    source: httpUrl.optional(),
    /**
     * An official translation published elsewhere (e.g. Japanese Law Translation for a national
     * law): the page links to it where the team has not translated a unit. Linked, never copied.
     * Optional.
     */
    officialTranslation: z
      .strictObject({
        /** the language it is in */
        lang: z.enum(['ja', 'en']),
        /** where it is published (http or https) */
        url: httpUrl,
        /** who publishes it, e.g. `{ ja: 日本法令外国語訳データベース, en: Japanese Law Translation }` */
        name: localizedSchema,
      })
      .optional(),
    /** File name of the seed this source was imported from, e.g. `003_c43405dea882d69b.txt`. Optional. */
    seed: z.string().min(1).optional(),
    /**
     * Defects of the source text itself, reviewed and acknowledged (a drafting slip the city
     * published): `npm run check` still lists them but does not fail on them. Optional; default none.
     */
    known: z
      .array(
        z
          .object({
            /** rule id of the diagnostic, e.g. `dangling-reference` */
            rule: z.string().min(1),
            /** 1-based line of the diagnostic in the source */
            line: z.number().int().positive(),
            /** why it is acknowledged */
            note: z.string().min(1),
          })
          .strict(),
      )
      .optional(),
    /** Free-form settings for later passes (topic overrides and the like). Optional; default none. */
    overrides: z.record(z.string(), z.unknown()).optional(),
    /** The versions of the text, each with its date; the latest is the current one. Optional; default one version. */
    versions: z
      .array(versionSchema)
      .min(1)
      .refine((versions) => new Set(versions.map((v) => v.date)).size === versions.length, {
        error: 'expected each version date once',
      })
      .optional(),
    /**
     * Whether the text applies now: `in-force` (the rule that applies, as of `asOf`), `superseded`
     * (a rule replaced by `supersededBy`), `historical` (a page describing a regime that was
     * replaced). Optional, but never guessed: a page without it says the status is not recorded.
     */
    status: z.enum(DOCUMENT_STATUSES).optional(),
    /** The date the text is as of: the 施行 date of the version captured, or a page's 更新日. Optional. */
    asOf: isoDate.optional(),
    /** What replaced the text (for `superseded` and `historical`). */
    supersededBy: supersededBySchema.optional(),
    /** Why the status is what it is, in both languages (the evidence: a repeal, the page's date). Required with `status`. */
    statusNote: localizedSchema.optional(),
  })
  .superRefine((meta, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (meta.status && !meta.statusNote)
      issue('status', 'expected statusNote (ja, en) saying why the text has this status');
    if (!meta.status && (meta.statusNote || meta.supersededBy || meta.asOf))
      issue(
        'status',
        'expected status (in-force, superseded or historical) with asOf, supersededBy or statusNote',
      );
    if ((meta.status === 'superseded' || meta.status === 'historical') && !meta.supersededBy)
      issue('supersededBy', `expected supersededBy {city, doc, since} for a ${meta.status} text`);
    if (meta.status === 'in-force' && meta.supersededBy)
      issue('supersededBy', 'unexpected supersededBy on an in-force text, expected superseded or historical');
  });

/** Validated `city.yaml`. */
export type CityMeta = z.infer<typeof citySchema>;
/** One validated entry of `versions:`. */
export type VersionMeta = z.infer<typeof versionSchema>;
/** Validated `{doc}.yaml`. */
export type DocumentMeta = z.infer<typeof documentSchema>;

/**
 * The latest date a document's metadata gives for its text: `asOf`, else the 施行 or update
 * date, the latest version's date, or the promulgation date. Undefined when none is known.
 */
export function textDate(
  meta: Pick<DocumentMeta, 'asOf' | 'enforced' | 'updated' | 'promulgated'> &
    Partial<Pick<DocumentMeta, 'versions'>>,
): string | undefined {
  const latestVersion = meta.versions
    ?.map((version) => version.date)
    .sort()
    .at(-1);
  return meta.asOf ?? meta.enforced ?? meta.updated ?? latestVersion ?? meta.promulgated;
}

/** The outcome of reading a metadata file: the data when valid, and the file with its messages. */
type MetadataResult<T> = YamlFileResult<T>;

/**
 * Parse and validate YAML metadata. Problems become messages on the returned file (never thrown):
 * `invalid-yaml` for syntax errors, `invalid-metadata` for each bad field, naming the field path
 * ("title.en: expected string, received undefined") and pointing at its line.
 */
export function parseMetadata<T>(schema: z.ZodType<T>, text: string, path: string): MetadataResult<T> {
  return parseYamlFile(schema, text, path, {
    ruleId: 'invalid-metadata',
    source: INGEST_SOURCE,
    unknownField: 'unexpected field, expected only the fields listed in docs/sources.md (a typo?)',
  });
}

/** Read and validate `city.yaml`. */
export async function readCityMeta(path: string): Promise<MetadataResult<CityMeta>> {
  return readMetadata(citySchema, path);
}

/** Read and validate a document's `{doc}.yaml`. */
export async function readDocumentMeta(path: string): Promise<MetadataResult<DocumentMeta>> {
  return readMetadata(documentSchema, path);
}

async function readMetadata<T>(schema: z.ZodType<T>, path: string): Promise<MetadataResult<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const file = new VFile({ path });
    const reason = `Cannot read metadata (${describeError(error)}), expected a readable YAML file`;
    file.message(reason, { ruleId: 'unreadable-metadata', source: INGEST_SOURCE }).fatal = true;
    return { data: undefined, file };
  }
  return parseMetadata(schema, text.replace(/^\uFEFF/, ''), path);
}
