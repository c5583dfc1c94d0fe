import type { Language } from '../../shared/ipc/contract';
import type { ApplicationMenu } from '../menu';

/** The renderer switched language: the native menu follows. */
export function setLanguage(request: { language: Language }, menu: Pick<ApplicationMenu, 'setLanguage'>): void {
  menu.setLanguage(request.language);
}
