#!/usr/bin/env node
// The `rendir` command. Installed (under node_modules), it runs the compiled cli/rendir.js,
// since Node strips no types there; in a checkout, the TypeScript source, always current.
const installed = import.meta.url.includes('/node_modules/');
await import(installed ? '../cli/rendir.js' : './rendir.ts');
