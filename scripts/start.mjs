// `npm start` (and `npm run migrate`): the production build where this install is a production
// one (NODE_ENV=production, or devDependencies left out so tsx is missing), otherwise the
// TypeScript source through tsx. Both are the same program; `npm run build` makes the first
// from the second. The argument names the entry point: `main` (default) or `db/migrate-cli`.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('../', import.meta.url);
const entry = process.argv[2] ?? 'main';
const built = new URL(`dist/${entry}.js`, root);

function tsxInstalled() {
  try {
    createRequire(import.meta.url).resolve('tsx/esm/api');
    return true;
  } catch {
    return false;
  }
}

if (process.env.NODE_ENV === 'production' || !tsxInstalled()) {
  if (!existsSync(built)) {
    console.error('letgo: no production build here. Run `npm run build` first (or `npm install` for the source).');
    process.exit(1);
  }
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL(`src/${entry}.ts`, root).href);
}
