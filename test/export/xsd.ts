import { existsSync, readFileSync } from 'node:fs';
import { memoryPages, validateXML } from 'xmllint-wasm';

/** The official e-Gov schema beside the project, when present (never committed). */
export const EGOV_XSD = '../shared/reference/XMLSchemaForJapaneseLaw_v3.xsd';

/** Why schema tests cannot run here, or undefined when they can. */
export function missingSchemaReason(): string | undefined {
  if (existsSync(EGOV_XSD)) return undefined;
  const reason = `skipped: ${EGOV_XSD} is absent, so e-Gov XML exports cannot be validated against the official schema`;
  console.log(reason);
  return reason;
}

/** One file to validate: a name for the messages and its XML text. */
export interface XmlToValidate {
  name: string;
  xml: string;
}

/**
 * Validate XML files against the official schema with libxml2 (xmllint compiled to WebAssembly, so
 * no system package is needed). Returns xmllint's messages (`name:line: … error …`), empty when valid.
 */
export async function validateAgainstEgovSchema(files: XmlToValidate[]): Promise<string[]> {
  const schema = readFileSync(EGOV_XSD, 'utf8');
  const result = await validateXML({
    xml: files.map((file) => ({ fileName: file.name, contents: file.xml })),
    schema: [schema],
    maxMemoryPages: memoryPages.GiB,
  });
  return result.errors.map((error) => error.rawMessage);
}
