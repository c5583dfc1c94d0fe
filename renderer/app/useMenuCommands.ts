import { useEffect } from 'react';
import type { AppServices } from '../services/AppContext';
import { emitCommand } from '../services/menu-commands';
import { navigate } from '../services/routes';

/**
 * Menu commands from Electron's application menu (in the browser: the same shortcuts, see bridge.web.ts).
 * Commands whose feature arrives with a later issue (export, undo) are passed on as events.
 */
export function useMenuCommands({ bridge, updateSetting }: AppServices): void {
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
            // Let the Sources screen mount before it hears the command.
            setTimeout(() => emitCommand('import'), 0);
            break;
          case 'toggle-theme':
            void updateSetting('theme', document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark');
            break;
          default:
            emitCommand(command);
        }
      }),
    [bridge, updateSetting],
  );

}
