import { ERA_NAME_PATTERN } from '../../text/era.ts';
import { NUMERAL_CLASS, parseBranchNumber, parseCircled } from '../../text/numerals.ts';
import { CONTAINER_COUNTERS, type ContainerType, containerOfCounter } from '../../tree/levels.ts';
import type { ChromeKind } from '../../tree/types.ts';
import { readNumberLine } from '../dates.ts';
import { type MarkerMatch, matchMarkers } from '../markers.ts';

/**
 * What one line of a law says by itself, before its place in the tree is known: the line
 * classifier of the law reader. It looks at the line's half-width view after its indent and
 * nothing else; the rules decide with the state (numbering so far, open units) whether the
 * reading holds.
 */
export type LineClass =
  | { kind: 'page-break'; furniture?: ChromeKind }
  | { kind: 'toc-label' }
  | { kind: 'supplement'; amendment: string | undefined }
  | { kind: 'appendix'; labelLength: number; title: string | undefined }
  | {
      kind: 'division';
      division: DivisionKind;
      num: string | undefined;
      key: string;
      labelLength: number;
      /** the heading's title, '' when the line is a bare label */
      title: string;
    }
  | { kind: 'caption'; caption: string; readings: readonly MarkerMatch[] }
  | {
      kind: 'article';
      num: string | undefined;
      /** main number (11 of 第十一条の二), NaN when unreadable */
      main: number;
      through: string | undefined;
      labelLength: number;
      /** a caption printed on the label's line: 第1条(目的) */
      caption: string | undefined;
      /** where the sentence starts (after the label, caption and separator) */
      restStart: number;
      deleted: boolean;
      alone: boolean;
    }
  | {
      kind: 'paragraph';
      num: number;
      /** characters before the digits (a ○ that some web pages print before paragraph numbers) */
      prefixLength: number;
      digitsLength: number;
      restStart: number;
      /** printed as a circled number (②), as old 例規集 and law books number paragraphs */
      circled: boolean;
      alone: boolean;
      readings: readonly MarkerMatch[];
    }
  | { kind: 'trailing-date'; enacted: boolean }
  | { kind: 'marker'; readings: readonly MarkerMatch[]; alone: boolean }
  | { kind: 'text' };

type DivisionKind = ContainerType;

const N = `[${NUMERAL_CLASS}]`;

/**
 * 第N条, 第N条の2, 第十一条の二, 第二十二条ノ二 and 第一條 (old laws print the traditional 條), 第4条から第6条まで and 第2条及び第3条
 * (deleted together), with an inline caption 第1条(目的).
 */
const ARTICLE = new RegExp(
  `^第[ \\t]?(${N}+)[ \\t]?[条條]((?:[ \\t]?[のノ][ \\t]?${N}+)*)(?:(?:から|乃至|ないし)第(${N}+)[条條]((?:[のノ]${N}+)*)(?:まで)?|及び第(${N}+)[条條]((?:[のノ]${N}+)*))?(?:\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\))?(?=[ \\t]|$)[ \\t]*`,
);

/** 第N編/章/節/款/目 headings, with branch numbers (第4章の2); group 1 is the label. */
const DIVISION = new RegExp(
  `^(第[ \\t]?(${N}+)[ \\t]?([${CONTAINER_COUNTERS}])((?:[のノ]${N}+)*))(?:[ \\t]+(.*?))?[ \\t]*$`,
);

/** 附則, 附 則, 附則(平成19年10月1日条例第24号), 附則(…抄), 附則抄. */
const SUPPLEMENT = /^附[ \t]*則[ \t]*(?:\((.*)\))?[ \t]*(抄)?[ \t]*$/;

/** An article caption on its own line: (目的). */
const CAPTION = /^\(([^()]{1,60}(?:\([^()]*\)[^()]*)?)\)[ \t]*$/;

/**
 * An amendment record under an article in a 例規集 (令六条例一〇七・一部改正, 平16条例12・追加):
 * it notes what changed the article above, so it is text of that article, never the caption of
 * the next one, although it has a caption's parentheses.
 */
const AMENDMENT_RECORD =
  /^\((?:明|大|昭|平|令)[^()]{0,20}?(?:条例|規則|規程|法律|法|政令|省令|告示|訓令)[^()]{0,20}・[^()]{1,60}\)[ \t]*$/;

/** Is the line (its half-width view without indent) an amendment record of the unit above? */
export function isAmendmentRecord(body: string): boolean {
  return body.startsWith('(') && AMENDMENT_RECORD.test(body);
}

/** A paragraph number: "2 " in municipal, "２　" in national style, "○２" or "２" alone in web copies. */
const PARAGRAPH = /^(○?)(\d{1,3})(?:[ \t]+(?=\S)|[ \t]*$)/;

/**
 * ② ③ … at a line's start: the number of a paragraph in old 例規集 and law books (the first
 * paragraph is unnumbered, so ① never is one), or an item of a circled list; the rules decide by
 * the sequence. Law books set the sentence right after the number (②前項ノ規定ハ…), with no
 * space: a circled numeral is a label by its shape alone.
 */
const CIRCLED_PARAGRAPH = /^([\u2461-\u2473])[ \t]*/;

/** Page-break marks left by PDF extraction: "- 3 -", "―３―", "3/12", form feeds. */
const PAGE_BREAK =
  /^(?:[-‐―－ー—]\s*\d{1,4}\s*[-‐―－ー—]|\d{1,4}\s*\/\s*\d{1,4}|\f+|\(\d{1,4}\)\s*ページ|page \d+)$/i;

/**
 * The note a 例規集 prints after a form's link: the file's kind and size ([PDF:125KB],
 * (Word 32KB), [PDFファイル/58KB], 〔エクセル〕).
 */
const FILE_NOTE =
  '[\\[(〔【](?:PDF|Word|Excel|Docx?|Xlsx?|Rtf|Jtd|一太郎|ワード|エクセル|ピーディーエフ)[^\\])〕】]{0,30}[\\])〕】]';

/** Appended tables and forms: 別表第1(第2条関係), 別記, 様式第2号, 別記様式第一 (第十条関係), 別紙様式. */
const APPENDIX = new RegExp(
  `^(別表|別記様式|別紙様式|別記|様式)(第${N}+(?:の${N}+)*号?)?[ \\t]*(\\([^()]*(?:\\([^()]*\\)[^()]*)*\\))?[ \\t]*(?:${FILE_NOTE}[ \\t]*)*$`,
  'i',
);

/** A table of contents' label: 目次, or the law's name before it (労働基準法目次). */
const TOC_LABEL = /^[^\s、。,()]{0,40}目[ \t]*次$/;

const TRAILING_DATE = new RegExp(
  `^(?:\\d{4}|(?:${ERA_NAME_PATTERN})(?:元|\\d{1,2}))年\\d{1,2}月\\d{1,2}日\\s*(制定|改定|改正|施行)$`,
);

/** Classifies one line: `body` is its half-width view without indent and trailing spaces. */
export function classifyLine(body: string, raw: string): LineClass {
  const first = body[0];
  if (first === '第') {
    const article = ARTICLE.exec(body);
    if (article) return readArticle(article, body);
    const division = DIVISION.exec(body);
    if (division) {
      const title = division[5] ?? '';
      // 第一節の規定により… is a sentence that starts with a heading's name, not a heading
      if (!/^[のにをはがでと]/.test(title)) {
        const num = parseBranchNumber(division[2]!, division[4] ?? '');
        return {
          kind: 'division',
          division: containerOfCounter(division[3]!)!.type,
          num,
          key: `${division[3]}${num ?? division[2]}`,
          labelLength: division[1]!.length,
          title,
        };
      }
    }
  } else if (first === '附') {
    const supplement = SUPPLEMENT.exec(body);
    if (supplement) return { kind: 'supplement', amendment: supplement[1] };
  } else if (first === '別' || first === '様') {
    const appendix = APPENDIX.exec(body);
    if (appendix)
      return {
        kind: 'appendix',
        labelLength: appendix[1]!.length + (appendix[2]?.length ?? 0),
        title: appendix[3]?.slice(1, -1),
      };
  } else if (first === '(') {
    // (令和五年法律第九十九号) under a title is the law's number, never an article's caption
    const caption = AMENDMENT_RECORD.test(body) || readNumberLine(body) ? null : CAPTION.exec(body);
    if (caption) return { kind: 'caption', caption: caption[1]!, readings: matchMarkers(body, raw) };
  }
  if (PAGE_BREAK.test(body)) return PAGE_BREAK_LINE;
  if (body.endsWith('目次') || body.endsWith('次')) {
    if (TOC_LABEL.test(body)) return TOC_LABEL_LINE;
  }
  const readings = matchMarkers(body, raw);
  if ((first !== undefined && first >= '0' && first <= '9') || first === '○') {
    const paragraph = PARAGRAPH.exec(body);
    if (paragraph) {
      const restStart = paragraph[0].length;
      return {
        kind: 'paragraph',
        num: Number(paragraph[2]),
        prefixLength: paragraph[1]!.length,
        digitsLength: paragraph[2]!.length,
        restStart,
        alone: restStart >= body.length,
        circled: false,
        readings,
      };
    }
    const date = TRAILING_DATE.exec(body);
    if (date) return { kind: 'trailing-date', enacted: date[1] === '制定' };
  } else if (first === '明' || first === '大' || first === '昭' || first === '平' || first === '令') {
    const date = TRAILING_DATE.exec(body);
    if (date) return { kind: 'trailing-date', enacted: date[1] === '制定' };
  }
  const circled = first === undefined ? undefined : CIRCLED_PARAGRAPH.exec(body);
  if (circled)
    return {
      kind: 'paragraph',
      num: parseCircled(circled[1]!),
      prefixLength: 0,
      digitsLength: 1,
      restStart: circled[0].length,
      alone: circled[0].length >= body.length,
      circled: true,
      readings,
    };
  if (readings.length)
    return { kind: 'marker', readings, alone: readings.some((r) => r.length >= body.length) };
  return TEXT_LINE;
}

// classes without fields are shared, not made per line: most lines of a text are plain text
const TEXT_LINE: LineClass = Object.freeze({ kind: 'text' });
const PAGE_BREAK_LINE: LineClass = Object.freeze({ kind: 'page-break' });
const TOC_LABEL_LINE: LineClass = Object.freeze({ kind: 'toc-label' });

function readArticle(m: RegExpExecArray, body: string): LineClass {
  // a PDF extraction may set the number apart (第 1 条, 第 3 条 の 2): the label is the same
  const num = parseBranchNumber(m[1]!, (m[2] ?? '').replace(/[ \t]/g, ''));
  const captionLength = m[7] !== undefined ? m[7].length + 2 : 0;
  const labelLength = m[0].trimEnd().length - captionLength;
  const rest = body.slice(m[0].length);
  return {
    kind: 'article',
    num,
    main: num ? Number(num.split('_')[0]) : Number.NaN,
    through: m[3]
      ? parseBranchNumber(m[3], m[4] ?? '')
      : m[5]
        ? parseBranchNumber(m[5], m[6] ?? '')
        : undefined,
    labelLength,
    caption: m[7],
    restStart: m[0].length,
    deleted: /^削\s*除\s*$/.test(rest.trim()),
    alone: rest.trim() === '',
  };
}
