import { useEffect } from 'react';
import type { AppServices } from './AppContext';
import { navigate } from './routes';

/**
 * Menu commands from Electron's application menu. Commands whose feature arrives later
 * (import, export, undo) are routed here as those issues land.
 */
export function useMenuCommands({ bridge, settings, updateSetting }: AppServices): void {
  useEffect(
    () =>
      bridge.onMenuCommand((command) => {
        switch (command) {
          case 'new-project':
          case 'open-project':
            navigate('projects');
            break;
          case 'import':
            navigate('sources');
            break;
          case 'toggle-theme':
            void updateSetting('theme', document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark');
            break;
          default:
            break;
        }
      }),
    [bridge, settings, updateSetting],
  );
}
