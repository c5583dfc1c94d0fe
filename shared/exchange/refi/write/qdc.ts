import type { Code, Theme, ThemeCode } from '../../../model';
import { refiGuidOf } from '../guid';
import { writeCodes } from './code-elements';
import type { WithGuid } from './project-view';
import { XmlWriter } from './xml';

export const codebookNamespace = 'urn:QDA-XML:codebook:1.0';

/**
 * A codebook as a REFI-QDA Codebook document (.qdc, Codebook-mrt2019.xsd): the code tree with
 * colours and descriptions (definition and criteria), and themes as sets of their codes when the
 * project has any. The GUIDs are the ones a .qdpx of the same project uses. Null when there are no codes.
 */
export function writeQdc(
  codes: WithGuid<Code>[],
  origin: string,
  sets: { themes: Theme[]; themeCodes: ThemeCode[] } = { themes: [], themeCodes: [] },
): string | null {
  // The schema needs at least one Code: there is no valid .qdc of an empty codebook.
  if (codes.length === 0) return null;
  const xml = new XmlWriter();
  xml.open('CodeBook', { origin }, ` xmlns="${codebookNamespace}"`);
  writeCodes(xml, codes);
  const codeGuids = new Map(codes.map((c) => [c.id, refiGuidOf(c)]));
  const themes = sets.themes.filter((t) => typeof t.name === 'string');
  if (themes.length > 0) {
    xml.open('Sets');
    for (const theme of themes) {
      xml.open('Set', { guid: refiGuidOf(theme), name: theme.name });
      if (theme.definition) xml.text('Description', theme.definition);
      for (const link of sets.themeCodes)
        if (link.themeId === theme.id && codeGuids.has(link.codeId)) xml.empty('MemberCode', { guid: codeGuids.get(link.codeId) });
      xml.close('Set');
    }
    xml.close('Sets');
  }
  xml.close('CodeBook');
  return xml.toString();
}
