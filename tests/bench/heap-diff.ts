/**
 * What grew between two heap snapshots (e.g. the two written by the `updates` bench with
 * BENCH_HEAP_SNAPSHOTS=<dir>): objects counted and self sizes summed per constructor or
 * kind, the top growth first. Retained sizes need a dominator tree; self sizes and counts
 * are enough to see which kind of object piles up, and `--retainers <name>` then prints
 * the retainer chains of a few of the new ones of that name.
 *
 *   npx tsx tests/bench/heap-diff.ts <before.heapsnapshot> <after.heapsnapshot> [--top 25] [--retainers <name>]
 */
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

interface Parsed {
  raw: Snapshot;
  nodeCount: number;
  nodeFieldCount: number;
  typeNames: string[];
  f: { type: number; name: number; id: number; selfSize: number; edgeCount: number };
}

function parse(file: string): Parsed {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const fields = raw.snapshot.meta.node_fields;
  const at = (name: string) => fields.indexOf(name);
  return {
    raw,
    nodeFieldCount: fields.length,
    nodeCount: raw.nodes.length / fields.length,
    typeNames: raw.snapshot.meta.node_types[0],
    f: { type: at('type'), name: at('name'), id: at('id'), selfSize: at('self_size'), edgeCount: at('edge_count') },
  };
}

function keyOf(p: Parsed, i: number): string {
  const base = i * p.nodeFieldCount;
  const type = p.typeNames[p.raw.nodes[base + p.f.type]!]!;
  const name = p.raw.strings[p.raw.nodes[base + p.f.name]!]!;
  if (type === 'object' || type === 'closure' || type === 'native') return `${type}:${name}`;
  if (type === 'string' || type === 'concatenated string' || type === 'sliced string') return 'string';
  return `(${type}) ${type === 'hidden' || type === 'array' || type === 'code' ? name : ''}`.trim();
}

function totals(p: Parsed): Map<string, { count: number; size: number }> {
  const map = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < p.nodeCount; i++) {
    const key = keyOf(p, i);
    const entry = map.get(key) ?? { count: 0, size: 0 };
    entry.count += 1;
    entry.size += p.raw.nodes[i * p.nodeFieldCount + p.f.selfSize]!;
    map.set(key, entry);
  }
  return map;
}

/** Retainer chains (up to `depth` steps) of a few nodes named `name` that are new in `after`. */
function retainers(before: Parsed, after: Parsed, name: string, samples = 3, depth = 8): string[] {
  const oldIds = new Set<number>();
  for (let i = 0; i < before.nodeCount; i++) oldIds.add(before.raw.nodes[i * before.nodeFieldCount + before.f.id]!);
  const p = after;
  const edgeFields = p.raw.snapshot.meta.edge_fields;
  const ef = { type: edgeFields.indexOf('type'), name: edgeFields.indexOf('name_or_index'), to: edgeFields.indexOf('to_node') };
  const edgeTypes = p.raw.snapshot.meta.edge_types[0];
  // Reverse edges: node index -> [from node index, edge label].
  const back = new Map<number, [number, string][]>();
  let edge = 0;
  for (let i = 0; i < p.nodeCount; i++) {
    const count = p.raw.nodes[i * p.nodeFieldCount + p.f.edgeCount]!;
    for (let e = 0; e < count; e++, edge += edgeFields.length) {
      const type = edgeTypes[p.raw.edges[edge + ef.type]!]!;
      if (type === 'weak' || type === 'shortcut') continue;
      const to = p.raw.edges[edge + ef.to]! / p.nodeFieldCount;
      const label = type === 'element' || type === 'hidden' ? `[${String(p.raw.edges[edge + ef.name])}]` : p.raw.strings[p.raw.edges[edge + ef.name]!]!;
      const list = back.get(to) ?? [];
      list.push([i, `${type}:${label}`]);
      back.set(to, list);
    }
  }
  const lines: string[] = [];
  let found = 0;
  for (let i = 0; i < p.nodeCount && found < samples; i++) {
    if (keyOf(p, i) !== name || oldIds.has(p.raw.nodes[i * p.nodeFieldCount + p.f.id]!)) continue;
    found += 1;
    const chain = [keyOf(p, i)];
    let current = i;
    const seen = new Set([i]);
    for (let d = 0; d < depth; d++) {
      const from = (back.get(current) ?? []).find(([n]) => !seen.has(n));
      if (!from) break;
      seen.add(from[0]);
      chain.push(`<-${from[1]}- ${keyOf(p, from[0])}`);
      current = from[0];
    }
    lines.push(chain.join(' '));
  }
  return lines;
}

const args = process.argv.slice(2);
const [beforeFile, afterFile] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!beforeFile || !afterFile) throw new Error('usage: heap-diff.ts <before.heapsnapshot> <after.heapsnapshot> [--top N] [--retainers <name>]');
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const top = Number(option('--top') ?? 25);
const before = parse(beforeFile);
const after = parse(afterFile);
const a = totals(before);
const b = totals(after);
const rows = [...new Set([...a.keys(), ...b.keys()])]
  .map((key) => ({ key, count: (b.get(key)?.count ?? 0) - (a.get(key)?.count ?? 0), size: (b.get(key)?.size ?? 0) - (a.get(key)?.size ?? 0) }))
  .sort((x, y) => y.size - x.size);
const sum = (m: Map<string, { size: number }>) => [...m.values()].reduce((n, v) => n + v.size, 0);
console.log(`heap: ${(sum(a) / 1048576).toFixed(1)} MB -> ${(sum(b) / 1048576).toFixed(1)} MB (${before.nodeCount} -> ${after.nodeCount} objects)`);
for (const row of rows.slice(0, top)) console.log(`${(row.size / 1024).toFixed(1).padStart(10)} KB ${String(row.count).padStart(8)}  ${row.key}`);
const name = option('--retainers');
if (name) for (const line of retainers(before, after, name)) console.log(line);
