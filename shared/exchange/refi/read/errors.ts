/**
 * Why a .qdpx or .qdc cannot be imported, as a code with parameters (translated in the UI:
 * exchangeImport.error.<code>) and an English sentence for the CLI. Each says what went wrong,
 * where, and what to do.
 */
export const refiErrorCodes = [
  /** Unpacks to more than Kodebok reads, far more files than a project has, or a "zip bomb" (params: file, detail). */
  'refi-too-large',
  /** Not a zip, or a damaged one (params: file, detail). */
  'refi-zip-damaged',
  /** An entry with an absolute path, "..", a backslash or control characters (params: file, name). */
  'refi-unsafe-name',
  /** No .qde in the zip (params: file). */
  'refi-no-project',
  /** More than one .qde at the top of the zip (params: file, names). */
  'refi-several-projects',
  /** A DOCTYPE or ENTITY declaration (params: file, part). */
  'refi-doctype',
  /** Not well-formed XML (params: file, part, detail). */
  'refi-xml-malformed',
  /** Well-formed, but not a REFI-QDA project or codebook (params: file, element). */
  'refi-not-refi',
  /** An element lacks what the REFI schema requires (params: file, path, missing). */
  'refi-structure',
  /** An attribute value longer than any real file has (params: file, element, attribute, length). */
  'refi-attribute-too-long',
  /** Elements nested deeper than any real file (params: file, part, limit). */
  'refi-too-deep',
  /** The XML is in an encoding Kodebok cannot read (params: file, part). */
  'refi-encoding',
] as const;

export type RefiErrorCode = (typeof refiErrorCodes)[number];
export type RefiParams = Record<string, string | number>;

export interface RefiError {
  code: RefiErrorCode;
  params: RefiParams;
}

const resave = 'Export it again from the program that made it, and import the new file.';

/** The English sentence the CLI prints. */
export function refiErrorMessage({ code, params }: RefiError): string {
  const file = `"${params.file}"`;
  switch (code) {
    case 'refi-too-large':
      return `${file} cannot be imported: ${params.detail}`;
    case 'refi-zip-damaged':
      return `${file} could not be read as a REFI-QDA project (${params.detail}). ${resave}`;
    case 'refi-unsafe-name':
      return `${file} cannot be imported: it holds a file named "${params.name}", a name that could write outside its folder. QDA programs never write such names; the file is damaged or made to attack programs.`;
    case 'refi-no-project':
      return `${file} holds no project.qde, so it is not a REFI-QDA project (.qdpx). ${resave}`;
    case 'refi-several-projects':
      return `${file} holds more than one project file (${params.names}), so Kodebok cannot tell which is the project. ${resave}`;
    case 'refi-doctype':
      return `${file} was refused: ${params.part} has a document type declaration (<!DOCTYPE> or <!ENTITY>), which REFI-QDA files never have and which can make programs read other files or fill the memory. ${resave}`;
    case 'refi-xml-malformed':
      return `${file} could not be read: ${params.part} is not well-formed XML (${params.detail}). ${resave}`;
    case 'refi-not-refi':
      return `${file} is XML, but not a REFI-QDA project or codebook (its top element is <${params.element}>). ${resave}`;
    case 'refi-structure':
      return `${file} does not follow the REFI-QDA schema: ${params.path} has no ${params.missing}. ${resave}`;
    case 'refi-attribute-too-long':
      return `${file} was refused: the ${params.attribute} of a <${params.element}> is ${params.length} characters long, far beyond any real file. The file is damaged or made to overload programs.`;
    case 'refi-too-deep':
      return `${file} was refused: ${params.part} nests elements more than ${params.limit} levels deep, far beyond any real project. The file is damaged or made to overload programs.`;
    case 'refi-encoding':
      return `${file} could not be read: ${params.part} is in an encoding Kodebok cannot read. ${resave}`;
  }
}

/** Thrown inside the reader; readRefi returns it as `{ ok: false, error }`. */
export class RefiReadError extends Error {
  readonly code: RefiErrorCode;
  readonly params: RefiParams;
  constructor(code: RefiErrorCode, params: RefiParams) {
    super(refiErrorMessage({ code, params }));
    this.name = 'RefiReadError';
    this.code = code;
    this.params = params;
  }
}
