import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Inside renderer/, imports point down as well: app/ composes the screens from features/, which
 * stand on services/ (app context, routes, menu commands), store/, editor/ and ui/. These rules in
 * eslint.config.js must actually fire.
 */
const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('renderer layers', () => {
  it.each([
    ['renderer/features/coding/probe.ts', "import { useApp } from '../../app/AppContext'; export const x = useApp;"],
    ['renderer/features/sources/probe.tsx', "import { Shell } from '../../app/Shell'; export const x = Shell;"],
    ['renderer/services/probe.ts', "import { App } from '../app/App'; export const x = App;"],
    ['renderer/services/probe.ts', "import { ProjectsScreen } from '../features/projects/ProjectsScreen'; export const x = ProjectsScreen;"],
    ['renderer/editor/probe.ts', "import { navigate } from '../app/routes'; export const x = navigate;"],
    ['renderer/editor/probe.ts', "import { MemoPanel } from '../features/memos/MemoPanel'; export const x = MemoPanel;"],
    ['renderer/store/probe.ts', "import { useApp } from '../app/AppContext'; export const x = useApp;"],
    ['renderer/store/queries/probe.ts', "import { useCurrentProject } from '../../features/sources/useCurrentProject'; export const x = useCurrentProject;"],
    ['renderer/ui/probe.tsx', "import { Sidebar } from '../app/Sidebar'; export const x = Sidebar;"],
  ])('%s may not: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it('features use the services below them; app/ composes features', async () => {
    const services = "import { useApp } from '../../services/AppContext'; import { navigate } from '../../services/routes'; import { onCommand } from '../../services/menu-commands'; export const x = [useApp, navigate, onCommand];";
    expect(await ruleIds('renderer/features/sources/probe.ts', services)).toEqual([]);
    expect(await ruleIds('renderer/app/probe.ts', "import { ProjectsScreen } from '../features/projects/ProjectsScreen'; export const x = ProjectsScreen;")).toEqual([]);
    expect(await ruleIds('renderer/main.tsx', "import { App } from './app/App'; export const x = App;")).toEqual([]);
  });
});
