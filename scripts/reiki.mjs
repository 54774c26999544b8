#!/usr/bin/env node
// The `reiki` command. It runs the bundle scripts/cli-bundle.mjs made of scripts/reiki-cli.ts,
// rebuilt first when a source changed since; without esbuild it runs the sources through tsx.
// Either way it runs the code as it is now, never an outdated bundle.
import { pathToFileURL } from 'node:url';
import { BUNDLE, buildCliBundle, ENTRY, isBundleFresh } from './cli-bundle.mjs';

let entry = BUNDLE;
if (!isBundleFresh()) {
  try {
    await buildCliBundle();
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    entry = ENTRY;
  }
}
await import(pathToFileURL(entry).href);
