// vsce packages only what is inside the extension's folder: copy the repository's schema in.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const from = join(here, '..', '..', 'schema', 'copydesk.schema.json');
const to = join(here, '..', 'schema', 'copydesk.schema.json');
mkdirSync(dirname(to), { recursive: true });
copyFileSync(from, to);
console.log(`copied ${from} -> ${to}`);
