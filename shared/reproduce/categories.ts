import type { Code, Id, PublishedTable, ReproduceCategory } from '../model';
import { responseCodes } from '../codebook/boundary-work/response';
import { strategyCodes } from '../codebook/boundary-work/strategies';
import { positionCodes } from '../codebook/boundary-work/positions';
import type { TemplateCode } from '../codebook/template-code';

export interface CategoryDefinition {
  category: ReproduceCategory;
  /** The template code the study counted, as keys from the top level of the boundary-work codebook. */
  templateKeys: readonly string[];
  /** The category this one is a part of in the study's table; its parts may overlap. */
  partOf: ReproduceCategory | null;
}

/**
 * The study's table (METHODS.md): 47 sequences sorted by response, and the boundary-work
 * sequences' excerpts sorted into clear and ambiguous strategies. Clear and ambiguous sit under the
 * strategy code in the codebook, but in the table they are parts of "boundary work".
 */
export const categoryDefinitions: readonly CategoryDefinition[] = [
  { category: 'sequences', templateKeys: ['response'], partOf: null },
  { category: 'no-written-response', templateKeys: ['response', 'no-written-response'], partOf: 'sequences' },
  {
    category: 'help-without-boundary-work',
    templateKeys: ['response', 'help-without-boundary-work'],
    partOf: 'sequences',
  },
  { category: 'boundary-work', templateKeys: ['response', 'boundary-work'], partOf: 'sequences' },
  { category: 'clear', templateKeys: ['boundary-work-strategies', 'clear'], partOf: 'boundary-work' },
  { category: 'ambiguous', templateKeys: ['boundary-work-strategies', 'ambiguous'], partOf: 'boundary-work' },
];

/** The values the study published, which the demo project comes with. */
export const studyPublishedTable: Required<PublishedTable> = {
  sequences: 47,
  'no-written-response': 3,
  'help-without-boundary-work': 13,
  'boundary-work': 31,
  clear: 10,
  ambiguous: 23,
};

const templateRoots: readonly TemplateCode[] = [responseCodes, strategyCodes, positionCodes];

const normalName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

/** Every name a template code has in the app's languages (a project keeps the names, not the keys). */
function templateNames(code: TemplateCode): Set<string> {
  return new Set(Object.values(code.text).map((text) => normalName(text.name)));
}

/**
 * The project's code for a template code given as keys from the top level of the boundary-work
 * codebook, found by following the keys down the code tree and matching each level's name in any
 * language (a code made from the template in nb, nn or en). Undefined when the project lacks it
 * (renamed or deleted).
 */
export function findTemplateCode(codes: readonly Code[], templateKeys: readonly string[]): Code | undefined {
  let parentId: Id | null = null;
  let level: readonly TemplateCode[] = templateRoots;
  let found: Code | undefined;
  for (const key of templateKeys) {
    const template = level.find((t) => t.key === key);
    if (!template) return undefined;
    const names = templateNames(template);
    found = codes.filter((c) => c.parentId === parentId && names.has(normalName(c.name))).sort((a, b) => a.order - b.order)[0];
    if (!found) return undefined;
    parentId = found.id;
    level = template.children;
  }
  return found;
}

/** The project's code for each category the study counted; a category whose code the project lacks is absent. */
export function findCategoryCodes(codes: readonly Code[]): Map<ReproduceCategory, Id> {
  const found = new Map<ReproduceCategory, Id>();
  for (const definition of categoryDefinitions) {
    const code = findTemplateCode(codes, definition.templateKeys);
    if (code) found.set(definition.category, code.id);
  }
  return found;
}
