import { hitsOf, type Hit } from './hit';

export const EMAIL_PLACEHOLDER = '[e-post]';

const LOCAL_CHAR = '[\\p{L}\\p{N}_%+-]';
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';

/**
 * Letters beyond ASCII are allowed on both sides because Norwegian addresses such as
 * `bjørn@fjøsvik.no` occur in real messages. The look-behind makes the match start at the
 * beginning of the local part rather than somewhere inside it.
 */
const EMAIL = new RegExp(
  `(?<![\\p{L}\\p{N}._%+-])${LOCAL_CHAR}+(?:\\.${LOCAL_CHAR}+)*@(?:${LABEL}\\.)+\\p{L}{2,}`,
  'gu',
);

export function findEmails(text: string): Hit[] {
  return hitsOf(text, EMAIL, 'email', EMAIL_PLACEHOLDER);
}
