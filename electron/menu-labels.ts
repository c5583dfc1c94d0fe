import type { Language } from '../shared/ipc/contract';

export interface MenuLabels {
  file: string;
  newProject: string;
  openProject: string;
  import: string;
  /** File > Import REFI-QDA project (.qdpx)… */
  importRefi: string;
  export: string;
  backupNow: string;
  restoreBackup: string;
  /** Merge another coder's project into the open one. */
  mergeProject: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  toggleTheme: string;
  reload: string;
  toggleDevTools: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  fullScreen: string;
  window: string;
  help: string;
  about: string;
  /** macOS application menu. */
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  quitApp: string;
}

export const menuLabels: Record<Language, MenuLabels> = {
  nb: {
    file: 'Fil',
    newProject: 'Nytt prosjekt',
    openProject: 'Åpne prosjekt…',
    import: 'Importer…',
    importRefi: 'Importer REFI-QDA-prosjekt (.qdpx)…',
    export: 'Eksporter…',
    backupNow: 'Ta sikkerhetskopi nå',
    restoreBackup: 'Gjenopprett fra sikkerhetskopi…',
    mergeProject: 'Slå sammen med en annen koders prosjekt…',
    quit: 'Avslutt',
    edit: 'Rediger',
    undo: 'Angre',
    redo: 'Gjør om',
    cut: 'Klipp ut',
    copy: 'Kopier',
    paste: 'Lim inn',
    selectAll: 'Merk alt',
    view: 'Vis',
    toggleTheme: 'Bytt lys/mørk',
    reload: 'Last inn på nytt',
    toggleDevTools: 'Vis/skjul utviklerverktøy',
    zoomIn: 'Forstørr',
    zoomOut: 'Forminsk',
    resetZoom: 'Faktisk størrelse',
    fullScreen: 'Fullskjerm',
    window: 'Vindu',
    help: 'Hjelp',
    about: 'Om Kodebok',
    services: 'Tjenester',
    hide: 'Skjul Kodebok',
    hideOthers: 'Skjul andre',
    showAll: 'Vis alle',
    quitApp: 'Avslutt Kodebok',
  },
  nn: {
    file: 'Fil',
    newProject: 'Nytt prosjekt',
    openProject: 'Opne prosjekt…',
    import: 'Importer…',
    importRefi: 'Importer REFI-QDA-prosjekt (.qdpx)…',
    export: 'Eksporter…',
    backupNow: 'Ta tryggingskopi no',
    restoreBackup: 'Gjenopprett frå tryggingskopi…',
    mergeProject: 'Slå saman med prosjektet til ein annan kodar…',
    quit: 'Avslutt',
    edit: 'Rediger',
    undo: 'Angre',
    redo: 'Gjer om',
    cut: 'Klipp ut',
    copy: 'Kopier',
    paste: 'Lim inn',
    selectAll: 'Merk alt',
    view: 'Vis',
    toggleTheme: 'Byt lys/mørk',
    reload: 'Last inn på nytt',
    toggleDevTools: 'Vis/skjul utviklarverktøy',
    zoomIn: 'Forstørr',
    zoomOut: 'Forminsk',
    resetZoom: 'Verkeleg storleik',
    fullScreen: 'Fullskjerm',
    window: 'Vindauge',
    help: 'Hjelp',
    about: 'Om Kodebok',
    services: 'Tenester',
    hide: 'Skjul Kodebok',
    hideOthers: 'Skjul andre',
    showAll: 'Vis alle',
    quitApp: 'Avslutt Kodebok',
  },
  en: {
    file: 'File',
    newProject: 'New project',
    openProject: 'Open project…',
    import: 'Import…',
    importRefi: 'Import REFI-QDA project (.qdpx)…',
    export: 'Export…',
    backupNow: 'Back up now',
    restoreBackup: 'Restore from backup…',
    mergeProject: 'Merge another coder’s project…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    toggleTheme: 'Toggle light/dark',
    reload: 'Reload',
    toggleDevTools: 'Toggle developer tools',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    window: 'Window',
    help: 'Help',
    about: 'About Kodebok',
    services: 'Services',
    hide: 'Hide Kodebok',
    hideOthers: 'Hide others',
    showAll: 'Show all',
    quitApp: 'Quit Kodebok',
  },
};
