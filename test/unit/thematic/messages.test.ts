import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { nb } from '../../../renderer/i18n/nb';
import { nn } from '../../../renderer/i18n/nn';
import { thematicPhaseKeys, thematicProblems } from '../../../shared/thematic';

describe('thematic analysis in words', () => {
  it('every refusal and every phase is said in bokmål, nynorsk and English, never in English inside Norwegian', () => {
    for (const messages of [en, nb, nn]) {
      for (const problem of thematicProblems) expect(messages.thematic.problems[problem]).toBeTruthy();
      for (const phase of thematicPhaseKeys) expect(messages.thematic.phases[phase]).toBeTruthy();
    }
    for (const problem of thematicProblems) {
      expect(nb.thematic.problems[problem]).not.toBe(en.thematic.problems[problem]);
      expect(nn.thematic.problems[problem]).not.toBe(nb.thematic.problems[problem]);
    }
  });
});
