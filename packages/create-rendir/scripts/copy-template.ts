// Before packing: the content template travels inside the package (content-template/),
// copied from its one source, the generator's site/template.
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
rmSync(here('../content-template'), { recursive: true, force: true });
cpSync(here('../../../site/template'), here('../content-template'), { recursive: true });
