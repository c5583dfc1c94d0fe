import type { Code, Coding } from '../../../shared/model';

const at = '2025-01-01T00:00:00.000Z';

export function makeCode(id: string, name: string, parentId: string | null = null, order = 0): Code {
  return {
    id,
    projectId: 'p',
    createdAt: at,
    updatedAt: at,
    parentId,
    order,
    name,
    shortName: '',
    color: '#3871e9',
    definition: '',
    inclusion: '',
    exclusion: '',
    typicalExample: '',
    atypicalExample: '',
    pinned: false,
  };
}

export function makeCoding(
  id: string,
  codeId: string,
  sourceId: string,
  start: number,
  end: number,
  coderId = 'kari',
): Coding {
  return { id, projectId: 'p', createdAt: at, updatedAt: at, authorId: coderId, coderId, sourceId, codeId, start, end };
}
