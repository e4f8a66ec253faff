/**
 * `npm run scenarios:graph [id] [--dir scenarios]`: prints a Mermaid flowchart per
 * scenario (paste into any Mermaid viewer). Drafts with problems are drawn too, with
 * missing steps in red, because a picture is often the quickest way to see the mistake.
 */
import { toMermaid } from '../graph.ts';
import { inspectScenarios } from '../loader.ts';
import { runCli } from './run-main.ts';

async function main(argv: string[]): Promise<number> {
  const dirFlag = argv.indexOf('--dir');
  const dir = dirFlag === -1 ? 'scenarios' : (argv[dirFlag + 1] ?? 'scenarios');
  const ids = argv.filter((arg, i) => !arg.startsWith('--') && (dirFlag === -1 || (i !== dirFlag + 1)));
  const { scenarios } = await inspectScenarios(dir);
  const chosen = ids.length === 0 ? [...scenarios].sort((a, b) => a.order - b.order) : scenarios.filter((s) => ids.includes(s.id));
  const unknown = ids.filter((id) => !scenarios.some((s) => s.id === id));
  if (unknown.length > 0) {
    console.error(`unknown scenario: ${unknown.join(', ')} (known: ${scenarios.map((s) => s.id).join(', ')})`);
    return 1;
  }
  console.log(chosen.map(toMermaid).join('\n\n'));
  return 0;
}

runCli(import.meta.url, main);
