// The end-to-end tests drive Debian's Chromium; say how to get it instead of failing obscurely.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `Chromium is missing at ${path}; the end-to-end tests need it.\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium\n' +
      '(or set CHROMIUM_PATH to another Chromium or Chrome binary).',
  );
  process.exit(1);
}
