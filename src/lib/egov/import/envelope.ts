import { childElement, textContent, type XmlElement } from '../xml.ts';

/** What the e-Gov law API's `<DataRoot>` envelope says around the law it carries. */
interface ApiEnvelope {
  /** `Result/Code`: `0` when the API served the law */
  code?: string;
  /** `Result/Message`, when the API explained a failure */
  message?: string;
  /** `ApplData/LawId`: the e-Gov law ID the API was asked for */
  lawId?: string;
}

/** The law inside an XML root: the root itself when it is `<Law>`, or the law of an API envelope. */
interface LawRoot {
  law: XmlElement | undefined;
  /** set when the law came wrapped in the API's envelope */
  envelope?: ApiEnvelope;
}

/**
 * Find the `<Law>` of an e-Gov XML source. The e-Gov law API (v1, `lawdata`) serves a law as
 * `DataRoot/ApplData/LawFullText/Law`, with `DataRoot/Result` saying whether it succeeded: the
 * envelope is read here, so such a file is imported unchanged rather than stripped by hand.
 */
export function findLawRoot(root: XmlElement | undefined): LawRoot {
  if (!root) return { law: undefined };
  if (root.name === 'Law') return { law: root };
  if (root.name !== 'DataRoot') return { law: undefined };
  const result = childElement(root, 'Result');
  const data = childElement(root, 'ApplData');
  const code = result && childElement(result, 'Code');
  const message = result && childElement(result, 'Message');
  const lawId = data && childElement(data, 'LawId');
  const envelope: ApiEnvelope = {
    ...(code ? { code: textContent(code).trim() } : {}),
    ...(message && textContent(message).trim() ? { message: textContent(message).trim() } : {}),
    ...(lawId && textContent(lawId).trim() ? { lawId: textContent(lawId).trim() } : {}),
  };
  const fullText = data && childElement(data, 'LawFullText');
  return { law: fullText && childElement(fullText, 'Law'), envelope };
}
