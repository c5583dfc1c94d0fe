import type { Project } from '../../../shared/model';
import type { KodebokDb } from '../../store/db';
import { createProject } from '../../store/repositories/projects';

const names = { nb: 'Demo: Grensearbeid i digitale dialoger', en: 'Demo: Boundary work in digital dialogues' };

/** The demo project offered on first start; its sources come from sample-data/. */
export async function createDemoProject(db: KodebokDb, language: 'nb' | 'en'): Promise<Project> {
  return createProject(db, { name: names[language], isDemo: true });
}
