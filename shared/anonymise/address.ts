import { hitsOf, type Hit } from './hit';

export const ADDRESS_PLACEHOLDER = '[adresse]';

const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';
const SPACE = '[ \\u00A0]';

/**
 * Endings of Norwegian street names written as one word (`Storgata`, `Kirkevegen`, `Solbakken`).
 * Left out on purpose: `-lia` (`Julia 12 år`) and `-ringen` (`Vurderingen 12. mars`), which
 * collide with names and ordinary nouns far more often than they find a street.
 */
const COMPOUND_SUFFIXES =
  'gata|gaten|gate|veien|vegen|vei|veg|plassen|plass|alléen|allé|alle|stien|sti|bakken|bakke|brekka|svingen|' +
  'tunet|torget|torg|kaia|kai|stredet|smuget|kroken|lunden|haugen|åsen|løkka|grenda|bryggen|brygga|brygge|' +
  'promenaden|parken';

/** Endings written as a word of their own after the person or place it is named for. */
const SEPARATE_SUFFIXES =
  '[Gg]ate|[Gg]ata|[Vv]eien|[Vv]egen|[Vv]ei|[Vv]eg|[Pp]lass|[Aa]llé|[Aa]lle|[Tt]org|[Bb]akke|[Bb]rygge';

const QUALIFIER = '(?:Nedre|Øvre|Store|Lille|Gamle|Nye|Søndre|Nordre|Østre|Vestre|Indre|Ytre|Sankt|St\\.)';

/** `Storgata`, `Nedre Slottsgate`: a capital, at least one more letter, then the ending. */
const COMPOUND_STREET = `(?:${QUALIFIER}${SPACE})?\\p{Lu}[\\p{L}-]+?(?:${COMPOUND_SUFFIXES})`;
/** `Karl Johans gate`, `Bygdøy allé`: one or two capitalised words, then the ending. */
const SEPARATE_STREET = `(?:\\p{Lu}[\\p{L}'’-]*${SPACE}){1,2}(?:${SEPARATE_SUFFIXES})`;
const STREET = `(?:${COMPOUND_STREET}|${SEPARATE_STREET})${WORD_END}`;
const POST_BOX = '(?:Postboks|Pb\\.)';

/** `12`, `12B`, `12 B`, `12-14`; a lone capital after a space only A–H, so `12 I dag` stays out. */
const HOUSE_NUMBER = `\\d{1,5}(?:-\\d{1,4})?(?:[A-Za-z]|${SPACE}[A-H])?${WORD_END}`;
/** `Solbakken 45 år` is a person's age and `Torget 20 kr` a price, not an address. */
const NOT_A_QUANTITY = `(?!${SPACE}?(?:(?:år|års|kr|kroner|prosent)(?![\\p{L}])|%|,-))`;

/** `Mo i Rana`, `Kristiansand S`: a capitalised place, with the few shapes longer ones take. */
const PLACE = `\\p{Lu}[\\p{L}-]*(?:${SPACE}i${SPACE}\\p{Lu}[\\p{L}-]*)?(?:${SPACE}[NSVØ])?${WORD_END}`;
/** A comma, spaces, or one line break (as on an envelope) between the street and the postcode. */
const POSTCODE_SEPARATOR = '(?:,[ \\t\\u00A0]*(?:\\n[ \\t\\u00A0]*)?|[ \\t\\u00A0]*\\n[ \\t\\u00A0]*|[ \\t\\u00A0]+)';
const POSTCODE_AND_PLACE = `${POSTCODE_SEPARATOR}\\d{4}${SPACE}+${PLACE}`;

/**
 * The look-behind keeps a match from starting inside a word, and after an opening bracket: the
 * word after `[` is a placeholder's (`[Navn] gate 5` after a name was replaced), not a street's.
 */
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}[<])(?:${STREET}|${POST_BOX})${SPACE}${HOUSE_NUMBER}${NOT_A_QUANTITY}` +
    `(?:${POSTCODE_AND_PLACE})?`,
  'gu',
);

export function findAddresses(text: string): Hit[] {
  return hitsOf(text, ADDRESS, 'address', ADDRESS_PLACEHOLDER);
}
