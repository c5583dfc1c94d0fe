import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBytes } from './refi-read-helpers';

const g = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Veiledning">
  <Users><User guid="${g(1)}" name="Kari"/></Users>
  <CodeBook><Codes><Code guid="${g(2)}" name="Frister" isCodable="true"><Code guid="${g(3)}" name="Ventetid" isCodable="true"/></Code></Codes></CodeBook>
  <Sources><TextSource guid="${g(10)}" name="Samtale" plainTextPath="internal://${g(10)}.txt">
    <PlainTextSelection guid="${g(11)}" name="Bruker" startPosition="9" endPosition="15"><Coding guid="${g(12)}" creatingUser="${g(1)}"><CodeRef targetGUID="${g(3)}"/></Coding></PlainTextSelection>
  </TextSource></Sources>
  <Notes><Note guid="${g(20)}" name="Notat"><PlainTextContent>Om fristen.</PlainTextContent></Note></Notes>
</Project>`;
const text = '\uFEFF😀 Hei.\r\nBruker: Når får jeg svar?';

describe('a damaged project.qde never crashes the reader', () => {
  it('any cut, insertion or overwrite gives a read project or a coded error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(qde.length), fc.nat(200), fc.string({ unit: fc.constantFrom('<', '>', '"', '&', '/', '=', ' ', 'a', '#', ';', '!', '-', '😀', '\r') }), async (at, cut, insert) => {
        const damaged = qde.slice(0, at) + insert + qde.slice(at + cut);
        const result = await readBytes(zipSync({ 'project.qde': strToU8(damaged), [`sources/${g(10)}.txt`]: strToU8(text) }));
        if (result.ok) expect(result.project.tables.codings.length).toBeLessThanOrEqual(1);
        else expect(result.error.code).toMatch(/^refi-/);
      }),
      { numRuns: 300 },
    );
  });
});
