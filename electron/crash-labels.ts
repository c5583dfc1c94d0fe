import type { Language } from '../shared/ipc/contract';

/** Text of the main process's own dialogs when the window crashes or hangs (the renderer cannot show them). */
export interface CrashLabels {
  crashedTitle: string;
  crashed: string;
  outOfMemory: string;
  /** Why reloading is safe: every step is one transaction, so the store holds whole steps only. */
  projectSafe: string;
  outOfMemoryHint: string;
  reload: string;
  quit: string;
  /** `{count}` is replaced by how many times the window stopped. */
  repeated: string;
  repeatedDetail: string;
  notRespondingTitle: string;
  notResponding: string;
  notRespondingDetail: string;
  wait: string;
}

export const crashLabels: Record<Language, CrashLabels> = {
  nb: {
    crashedTitle: 'Kodebok stoppet',
    crashed: 'Kodebok-vinduet stoppet uventet.',
    outOfMemory: 'Kodebok-vinduet gikk tom for minne og stoppet.',
    projectSafe:
      'Prosjektet ditt er slik det var etter den siste endringen du fullførte: hver endring lagres helt eller ikke i det hele tatt. Last inn vinduet på nytt for å arbeide videre.',
    outOfMemoryHint: 'Skjedde det under en import, kan du prøve å importere færre eller mindre filer om gangen.',
    reload: 'Last inn på nytt',
    quit: 'Avslutt Kodebok',
    repeated: 'Kodebok-vinduet har stoppet {count} ganger på ett minutt.',
    repeatedDetail:
      'Å laste inn på nytt en gang til ville trolig bare få det til å stoppe igjen. Prosjektet ditt er slik det var etter den siste endringen du fullførte. Avslutt Kodebok og start programmet på nytt. Skjer det fortsatt, kan du lukke andre programmer for å frigjøre minne, eller starte maskinen på nytt.',
    notRespondingTitle: 'Kodebok svarer ikke',
    notResponding: 'Kodebok svarer ikke.',
    notRespondingDetail:
      'Programmet kan være opptatt med en stor oppgave. Du kan vente, eller laste inn vinduet på nytt: prosjektet ditt er slik det var etter den siste endringen du fullførte, og bare endringen som pågår nå, går tapt.',
    wait: 'Vent',
  },
  nn: {
    crashedTitle: 'Kodebok stoppa',
    crashed: 'Kodebok-vindauget stoppa uventa.',
    outOfMemory: 'Kodebok-vindauget gjekk tom for minne og stoppa.',
    projectSafe:
      'Prosjektet ditt er slik det var etter den siste endringa du fullførte: kvar endring blir lagra heil eller ikkje i det heile. Last inn vindauget på nytt for å arbeide vidare.',
    outOfMemoryHint: 'Skjedde det under ein import, kan du prøve å importere færre eller mindre filer om gongen.',
    reload: 'Last inn på nytt',
    quit: 'Avslutt Kodebok',
    repeated: 'Kodebok-vindauget har stoppa {count} gonger på eitt minutt.',
    repeatedDetail:
      'Lastar du inn på nytt ein gong til, stoppar det truleg berre igjen. Prosjektet ditt er slik det var etter den siste endringa du fullførte. Avslutt Kodebok og start programmet på nytt. Skjer det framleis, kan du lukke andre program for å frigjere minne, eller starte maskina på nytt.',
    notRespondingTitle: 'Kodebok svarar ikkje',
    notResponding: 'Kodebok svarar ikkje.',
    notRespondingDetail:
      'Programmet kan vere oppteke med ei stor oppgåve. Du kan vente, eller laste inn vindauget på nytt: prosjektet ditt er slik det var etter den siste endringa du fullførte, og berre endringa som held på no, går tapt.',
    wait: 'Vent',
  },
  en: {
    crashedTitle: 'Kodebok stopped',
    crashed: 'The Kodebok window stopped unexpectedly.',
    outOfMemory: 'The Kodebok window ran out of memory and stopped.',
    projectSafe:
      'Your project is as it was after the last change you completed: every change is saved whole or not at all. Reload the window to go on working.',
    outOfMemoryHint: 'If it happened during an import, try importing fewer or smaller files at a time.',
    reload: 'Reload',
    quit: 'Quit Kodebok',
    repeated: 'The Kodebok window has stopped {count} times in one minute.',
    repeatedDetail:
      'Reloading once more would most likely only make it stop again. Your project is as it was after the last change you completed. Quit Kodebok and start it again. If it keeps happening, close other programs to free memory, or restart the computer.',
    notRespondingTitle: 'Kodebok is not responding',
    notResponding: 'Kodebok is not responding.',
    notRespondingDetail:
      'It may be busy with a large task. You can wait, or reload the window: your project is as it was after the last change you completed, and only the change in progress is lost.',
    wait: 'Wait',
  },
};
