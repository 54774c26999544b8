import type { ComponentName } from '../../lib/emit/components.ts';
import type { Lang } from '../../lib/i18n/index.ts';
import type { DocContext } from '../../lib/site/document.ts';
import Appendix from './Appendix.astro';
import Article from './Article.astro';
import Block from './Block.astro';
import Caption from './Caption.astro';
import Cell from './Cell.astro';
import Chapter from './Chapter.astro';
import Chrome from './Chrome.astro';
import Contact from './Contact.astro';
import Dfn from './Dfn.astro';
import Division from './Division.astro';
import Document from './Document.astro';
import Enactment from './Enactment.astro';
import Head from './Head.astro';
import Heading from './Heading.astro';
import History from './History.astro';
import HistoryEntry from './HistoryEntry.astro';
import Item from './Item.astro';
import List from './List.astro';
import ListItem from './ListItem.astro';
import Marker from './Marker.astro';
import Metadata from './Metadata.astro';
import Paragraph from './Paragraph.astro';
import Part from './Part.astro';
import Preamble from './Preamble.astro';
import Ref from './Ref.astro';
import Row from './Row.astro';
import Section from './Section.astro';
import Subitem from './Subitem.astro';
import Subsection from './Subsection.astro';
import Supplement from './Supplement.astro';
import Table from './Table.astro';
import Term from './Term.astro';
import Title from './Title.astro';
import Toc from './Toc.astro';
import TocEntry from './TocEntry.astro';
import Unparsed from './Unparsed.astro';

declare global {
  namespace App {
    interface Locals {
      /** language of the page being rendered, for the UI strings MDX components show */
      uiLang?: Lang;
      /** tables rendered so far on the page, to name each table region */
      tables?: number;
      /** translated tables rendered so far on the page */
      transTables?: number;
      /** the document a document page shows, for the components of its text */
      doc?: DocContext;
    }
  }
}

/**
 * The Astro component for each name the emitter uses (src/lib/emit/components.ts), passed to an
 * emitted document as `<Content components={mdxComponents} />`. Typed as a complete record, so a
 * component the emitter starts using cannot be forgotten here.
 */
export const mdxComponents: Record<ComponentName, unknown> = {
  Appendix,
  Article,
  Block,
  Caption,
  Cell,
  Chapter,
  Chrome,
  Contact,
  Dfn,
  Division,
  Document,
  Enactment,
  Head,
  Heading,
  History,
  HistoryEntry,
  Item,
  List,
  ListItem,
  Marker,
  Metadata,
  Paragraph,
  Part,
  Preamble,
  Ref,
  Row,
  Section,
  Subitem,
  Subsection,
  Supplement,
  Table,
  Term,
  Title,
  Toc,
  TocEntry,
  Unparsed,
};
