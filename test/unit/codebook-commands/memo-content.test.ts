import { describe, expect, it } from 'vitest';
import { appendMemoContent, editorStateOf, parseMemoState, stateFromPlainText } from '../../../shared/memos/content';

describe('memo content', () => {
  it('turns plain text into paragraphs, and old or empty content into an editor state or nothing', () => {
    const state = JSON.parse(stateFromPlainText('Første\nAndre'));
    expect(state.root.children.map((p: { children: { text: string }[] }) => p.children[0]?.text)).toEqual(['Første', 'Andre']);
    expect(editorStateOf({ content: '{}', plainText: '' })).toBeNull();
    expect(editorStateOf({ content: '', plainText: 'Gammelt notat' })).toBe(stateFromPlainText('Gammelt notat'));
    expect(parseMemoState('not json')).toBeNull();
  });

  it('appends one memo to another under a bold heading, keeping both', () => {
    const joined = appendMemoContent(
      { title: '', content: stateFromPlainText('Om tvetydig'), plainText: 'Om tvetydig' },
      { title: 'Lenker', content: '{}', plainText: 'Lenke til skjema' },
      'Fra Lenkesending',
    );
    expect(joined.plainText).toBe('Om tvetydig\n\nFra Lenkesending\n\nLenke til skjema');
    expect(joined.title).toBe('Lenker');
    const children = JSON.parse(joined.content).root.children;
    expect(children).toHaveLength(3);
    expect(children[1].children[0]).toMatchObject({ text: 'Fra Lenkesending', format: 1 });
  });
});
