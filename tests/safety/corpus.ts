/**
 * Loads the crisis-language corpus (`tests/safety/corpus/`, see its README): the tuning files,
 * one per language, and the held-out file. Held-out lines are returned for counting only: the
 * eval prints their totals, never their text.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

export type Part = 'tuning' | 'held-out';
export type ExpectedTier = 'act' | 'cue' | 'none';

export interface CorpusLine {
  readonly part: Part;
  readonly lang: string;
  readonly kind: 'crisis' | 'ordinary';
  readonly class: string;
  readonly tier: ExpectedTier;
  readonly text: string;
}

export const CORPUS_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));

const Crisis = z.object({ text: z.string(), class: z.string(), tier: z.enum(['act', 'cue']), lang: z.string().optional() });
const Ordinary = z.object({ text: z.string(), class: z.string(), lang: z.string().optional() });
const File = z.object({
  lang: z.string().optional(),
  crisis: z.array(Crisis).default([]),
  ordinary: z.array(Ordinary).default([]),
});

/** Lines of one corpus file; `lang` on an entry wins over the file's. */
export function parseCorpusFile(source: string, part: Part): CorpusLine[] {
  const file = File.parse(parse(source));
  const lang = (entry: { lang?: string | undefined }) => entry.lang ?? file.lang ?? '?';
  return [
    ...file.crisis.map((e) => ({ part, lang: lang(e), kind: 'crisis' as const, class: e.class, tier: e.tier, text: e.text })),
    ...file.ordinary.map((e) => ({ part, lang: lang(e), kind: 'ordinary' as const, class: e.class, tier: 'none' as const, text: e.text })),
  ];
}

/** The tuning part (every `tuning/*.yaml`), and the held-out part (`held-out*.yaml`) when asked for and present. */
export function loadCorpus(parts: readonly Part[] = ['tuning', 'held-out']): CorpusLine[] {
  const lines: CorpusLine[] = [];
  if (parts.includes('tuning')) {
    const dir = `${CORPUS_DIR}tuning/`;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
      lines.push(...parseCorpusFile(readFileSync(dir + name, 'utf8'), 'tuning'));
    }
  }
  // held-out.yaml and the batches written after it (held-out-2.yaml...), each by someone who never saw the rules.
  if (parts.includes('held-out') && existsSync(CORPUS_DIR)) {
    for (const name of readdirSync(CORPUS_DIR).filter((n) => /^held-out(-\d+)?\.yaml$/.test(n)).sort()) {
      lines.push(...parseCorpusFile(readFileSync(CORPUS_DIR + name, 'utf8'), 'held-out'));
    }
  }
  return lines;
}
