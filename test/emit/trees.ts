import type {
  ChromeKind,
  DocumentNode,
  Leaf,
  LeafType,
  Node,
  Parent,
  ParentType,
} from '../../src/lib/tree/types.ts';

/** A leaf of the given kind. */
export function leaf(type: LeafType, value: string, kind?: ChromeKind): Leaf {
  return kind === undefined ? { type, value } : { type, value, kind };
}

/** Shorthands for the leaves fixtures use most. */
export const text = (value: string): Leaf => leaf('text', value);
export const marker = (value: string): Leaf => leaf('marker', value);
export const br = (value = '\n'): Leaf => leaf('break', value);

/** A structural node. */
export function node(
  type: ParentType,
  fields: Omit<Partial<Parent>, 'type' | 'children'>,
  children: Node[],
): Parent {
  return { type, ...fields, children };
}

/** A document root. */
export function documentOf(
  children: Node[],
  fields: Partial<Omit<DocumentNode, 'type' | 'children'>> = {},
): DocumentNode {
  return { type: 'document', style: 'law', lang: 'ja', ...fields, children };
}

/** A small ordinance in the shape the parser produces: chapter, articles, paragraphs, items, supplements. */
export function ordinance(): DocumentNode {
  return documentOf(
    [
      node('title', {}, [text('○日向市個人情報保護条例')]),
      br('\n\n'),
      node('enactment', {}, [text('平成18年9月22日'), br('\n\n'), text('条例第57号')]),
      br('\n\n'),
      node('chapter', { id: 'ch-1', label: '第1章', num: '1', title: '総則' }, [
        marker('第1章'),
        text(' 総則'),
        br('\n\n'),
        node('article', { id: 'art-1', label: '第1条', num: '1', caption: '目的' }, [
          leaf('caption', '(目的)'),
          br('\n\n'),
          marker('第1条'),
          br(' '),
          node('paragraph', { id: 'art-1-p1', num: '1' }, [
            text('この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとする。'),
            br('\n\n'),
          ]),
        ]),
        node('article', { id: 'art-2', label: '第2条', num: '2', caption: '定義' }, [
          leaf('caption', '(定義)'),
          br('\n\n'),
          marker('第2条'),
          br(' '),
          node('paragraph', { id: 'art-2-p1', num: '1' }, [
            text('この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。'),
            br('\n\n'),
            node('item', { id: 'art-2-p1-i1', label: '(1)', num: '1' }, [
              marker('(1) '),
              text('実施機関　市長、教育委員会及び議会をいう。'),
              br('\n\n'),
              node('subitem', { id: 'art-2-p1-i1-s1', label: 'ア', num: '1', inferred: true }, [
                text('市長'),
              ]),
            ]),
          ]),
          node('paragraph', { id: 'art-2-p2', label: '2', num: '2' }, [
            marker('2 '),
            text('前項の規定にかかわらず、「個人情報」とは{生存する}個人に関する情報をいう。'),
            br('\n\n'),
          ]),
        ]),
      ]),
      // PDF style: 第１条（適用関係） on one line, text wrapped at a fixed width.
      node('article', { id: 'art-11_2', label: '第１１条の２', num: '11_2', caption: '適用関係' }, [
        marker('第１１条の２'),
        leaf('caption', '（適用関係）'),
        br(' \n\n'),
        node('paragraph', { id: 'art-11_2-p1', num: '1', label: '１' }, [
          marker('１ '),
          text('当市が、当市ウェブサイト上に掲載するプライバシーポリシーその他の個人情報保'),
          br('\n\n'),
          text('護方針または規約などにおける規定と矛盾する場合には、本ポリシーが優先します。 '),
          br('\n\n'),
          text('(PDF wrap kept between Latin words)'),
          br('\n'),
          text('second line'),
        ]),
      ]),
      node('supplement', { id: 'suppl-1', label: '附 則', num: '1' }, [
        marker('附 則'),
        br('\n\n'),
        node('paragraph', { id: 'suppl-1-p1', num: '1', label: '1', caption: '施行期日' }, [
          leaf('caption', '(施行期日)'),
          br('\n\n'),
          marker('1 '),
          text('この条例は、平成19年4月1日から施行する。'),
          br('\n\n'),
        ]),
      ]),
      node(
        'supplement',
        { id: 'suppl-2', label: '附 則(平成19年10月1日条例第24号)', amendment: '平成19年10月1日条例第24号' },
        [
          marker('附 則(平成19年10月1日条例第24号)'),
          br('\n\n'),
          node('paragraph', { id: 'suppl-2-p1', num: '1' }, [text('この条例は、公布の日から施行する。')]),
        ],
      ),
      br('\n'),
    ],
    { title: '日向市個人情報保護条例', number: '条例第57号', promulgated: '平成18年9月22日' },
  );
}

/** A web page in the shape the page parser produces: chrome, nested headings, lists, a table, contact data. */
export function page(): DocumentNode {
  return documentOf(
    [
      leaf('chrome', 'ここから本文です。', 'navigation'),
      br('\n\n'),
      node('chrome', { kind: 'share' }, [leaf('chrome', 'このページをシェア', 'share')]),
      node('title', { depth: 1, title: 'Privacy Policy' }, [text('Privacy Policy')]),
      br('\n\n'),
      node('heading', { id: 'h-1', depth: 2, title: 'Handling of "Personal Information" & <data>' }, [
        text('Handling of "Personal Information" & <data>'),
        br('\n\n'),
        node('block', { id: 'h-1-b1' }, [
          text('Pursuant to the Minato City Ordinance, we will observe the following.'),
        ]),
        node('list', { id: 'h-1-l1', ordered: true }, [
          node('listItem', { id: 'h-1-l1-1' }, [marker('1.'), br(' '), text('We collect the minimum.')]),
          br('\n'),
          node('listItem', { id: 'h-1-l1-2' }, [marker('2.'), br(' '), text('We keep it safe.')]),
          text('stray text in a list'),
        ]),
        node('heading', { id: 'h-2', depth: 3, title: 'Fees' }, [
          text('Fees'),
          br('\n\n'),
          node('table', { id: 'h-2-t1' }, [
            node('row', { header: true }, [
              node('cell', {}, [text('用語')]),
              node('cell', {}, [text('定義')]),
            ]),
            node('row', {}, [node('cell', {}, [text('写し')]), text('10円')]),
          ]),
        ]),
      ]),
      node('heading', { id: 'h-3', depth: 2, title: 'Contact' }, [
        text('Contact'),
        br('\n\n'),
        leaf('unparsed', 'an unplaced line with {braces} and <tags>'),
        br('\n'),
        node('contact', { id: 'contact', contact: { department: ['港区'], tel: ['03-3578-2111'] } }, [
          text('お問い合わせ 港区 電話番号：03-3578-2111'),
        ]),
      ]),
      leaf('chrome', 'このページの先頭へ', 'back-to-top'),
    ],
    { style: 'page', lang: 'en', title: 'Privacy Policy' },
  );
}
