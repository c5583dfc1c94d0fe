import type { SearchLanguage } from './options';

/*
 * Snowball's stop word lists (snowballstem.org). The Norwegian list holds bokmål and nynorsk
 * forms together, so one list serves both written standards.
 */

const norwegian = `og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg men ett har om vi
min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv sjøl her alle vil
bli ble blei blitt kunne inn når være kom noen noe ville dere deres kun ja etter ned skulle denne for deg si sine sitt
mot å meget hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken hvilke sånn inni mellom vår hver hvem
vors hvis både bare enn fordi før mange også slik vært båe begge siden dykk dykkar dei deira deires deim di då eg ein
eit eitt elles honom hjå ho hoe henne hennar hennes hoss hossen ingi inkje korleis korso kva kvar kvarhelst kven kvi
kvifor me medan mi mine mykje no nokon noka nokor noko nokre sia sidan so somt somme um upp vere vore verte vort varte
vart`;

const english = `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be
been being have has had having do does did doing a an the and but if or because as until while of at by for with about
against between into through during before after above below to from up down in out on off over under again further then
once here there when where why how all any both each few more most other some such no nor not only own same so than too
very s t can will just don should now`;

const lists: Record<SearchLanguage, ReadonlySet<string>> = {
  nb: new Set(norwegian.split(/\s+/)),
  nn: new Set(norwegian.split(/\s+/)),
  en: new Set(english.split(/\s+/)),
};

/** The stop words of a language, lower-case. */
export function stopWordsOf(language: SearchLanguage): ReadonlySet<string> {
  return lists[language];
}
