/**
 * Lines that start a new thread when several dialogues share one file: a rule (`---`, `***`)
 * or a heading such as `Utdrag 3`, `Dialog 12: Søknad om AAP`, `Sekvens 4 – oppfølging`.
 */
export interface ThreadSeparator {
  /** The heading as written, or null for a bare rule. */
  title: string | null;
}

const rule = /^[ \t]*([-*_=~])\1{2,}[ \t]*$/;
const framedHeading = /^[ \t]*[-*_=~]{3,}[ \t]*(.+?)[ \t]*[-*_=~]*[ \t]*$/;
const heading =
  /^[ \t]*#*[ \t]*(?:utdrag|dialog|dialogue|sekvens|tråd|thread|samtale|excerpt|sequence)[ \t]+(?:nr\.?[ \t]*)?\d+[a-z]?(?:[ \t]*[:.\-–—][ \t]*.*)?[ \t]*$/iu;

export function matchThreadSeparator(line: string): ThreadSeparator | null {
  if (rule.test(line)) return { title: null };
  const framed = framedHeading.exec(line);
  if (framed) return { title: framed[1]!.trim() };
  if (heading.test(line)) return { title: line.trim().replace(/^#+[ \t]*/, '') };
  return null;
}
