import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { refiFixture } from './refi-fixtures';

/**
 * Validates a document against one of the REFI XSDs with libxml2's schema validator
 * (xmllint-wasm, test-only). Returns the validator's messages: an empty list means valid.
 */
export async function refiSchemaErrors(xml: string, schema: 'Project' | 'Codebook'): Promise<string[]> {
  const xsd = readFileSync(refiFixture('xsd', `${schema}-mrt2019.xsd`), 'utf8');
  const result = await validateXML({
    xml: [{ fileName: schema === 'Project' ? 'project.qde' : 'codebook.qdc', contents: xml }],
    schema: [{ fileName: `${schema}.xsd`, contents: xsd }],
    initialMemoryPages: 512,
    maxMemoryPages: 4096,
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
