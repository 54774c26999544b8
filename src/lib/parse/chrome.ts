import type { ChromeKind } from '../tree/types.ts';
import type { TreeBuilder } from './builder.ts';
import type { Line } from './lines.ts';

/** Page furniture of municipal web sites, recognised by wording; first match wins. */
const CHROME_PATTERNS: Array<[ChromeKind, RegExp]> = [
  [
    'navigation',
    /^(ここから本文(です)?。?|本文へ(移動する|スキップ|進む)?|ナビゲーション(スキップ)?メニュー|メニューを(開く|閉じる)|(サイト)?メニュー|skip to (main )?content|main menu)$/i,
  ],
  ['navigation', /^よくある質問(入り口|コンテンツ)?$|^「よくある質問(コンテンツ)?」をご活用ください。?$/],
  ['breadcrumb', /^(ホーム|トップページ|Home)\s*[>＞›»]/i],
  [
    'share',
    /(ツイート|シェア|ツイッター|Twitter|facebook|Facebook|はてなブックマーク)(でき|する|ます|$)|^(LINE|X|Twitter|facebook|Facebook|Instagram|ポスト)$/,
  ],
  ['updated', /^(更新日|最終更新日|ページ番号|ページID|Last updated|Updated)[:：\s\d]/i],
  ['image', /^(画像|Image)[:：]/],
  [
    'back-to-top',
    /^(ページ(の)?(上部|先頭)へ(戻る)?|このページの(上部|先頭)へ(戻る)?|back to top|page top)$/i,
  ],
  [
    'survey',
    /^(質問[:：]|このページ(の内容|の情報)?は(役に立ちましたか|わかりやすかったですか|見つけやすかったですか))|アンケート/,
  ],
  [
    'other',
    /^(印刷(する)?|PDF形式のファイルを(ご覧|開く).*|Adobe (Acrobat )?Reader.*|文字サイズ.*|背景色.*)$/,
  ],
];

/** Kind of chrome a line is, or undefined when it is content. */
export function chromeKindOf(body: string): ChromeKind | undefined {
  const text = body.replace(/^[•・●\-*\s]+/, '').replace(/^\d+\.\s+/, '');
  for (const [kind, pattern] of CHROME_PATTERNS) if (pattern.test(text)) return kind;
  return undefined;
}

/** A survey form heading: everything after it up to the next contact heading is the survey. */
export function startsSurvey(body: string): boolean {
  return /^(ご意見をお聞かせください|このページについてご意見をお聞かせください|アンケート)/.test(body);
}

/** The heading of a contact block. */
export function isContactHeading(body: string): boolean {
  return /^(この(ページ|記事)?(に関する|への|についての)?)?(お問い合わせ|お問合せ|お問い合せ|問い合わせ先)(先)?$|^(Contact|Inquiries|Contact us)$/i.test(
    body.trim(),
  );
}

/** Chrome kind of a line that an HTML extraction marked as furniture (script, nav, footer …). */
export function chromeRangeKind(b: TreeBuilder, line: Line): ChromeKind | undefined {
  const ranges = b.file.data['chrome'] as Array<{ start: number; end: number; kind: ChromeKind }> | undefined;
  if (!ranges?.length) return undefined;
  const at = line.start + line.indent;
  const end = line.start + line.raw.trimEnd().length;
  for (const range of ranges) if (range.start <= at && end <= range.end) return range.kind;
  return undefined;
}
