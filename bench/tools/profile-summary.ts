/**
 * Summarises a V8 .cpuprofile (as written with BENCH_PROFILE) the way RESULTS.md quotes it: share of
 * samples by where the code lives (package, the hub's own code, node internals, GC, idle) by self
 * time, and the heaviest functions by self and by inclusive time.
 *
 *   npm run bench:profile -- /tmp/prof/CPU.….cpuprofile [--top 25] [--match text]
 *
 * `--match` lists the inclusive share of every function whose name or URL contains the text.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: profile-summary <file.cpuprofile> [--top n] [--match text]');
  process.exit(1);
}
const option = (name: string) => {
  const at = rest.indexOf(name);
  return at >= 0 ? rest[at + 1] : undefined;
};
const top = Number(option('--top') ?? 20);
const match = option('--match');

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** Where a frame's code lives: a package, the hub's own code, node internals, or a V8 pseudo-frame. */
function place(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return `(${functionName || 'anonymous'})`.replace(/^\(\((.*)\)\)$/, '($1)');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node internals';
  if (url.includes('/dist/') || url.includes('/apps/') || url.includes('/libs/')) return 'hub code';
  return url;
}
const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${place(n)}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;

const selfSamples = new Map<number, number>();
for (const id of profile.samples) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
// Shares are of the samples where the hub was doing something: idle time (waiting on PostgreSQL, or
// between load phases) would only dilute them.
const idleIds = new Set(
  profile.nodes.filter((n) => !n.callFrame.url && /^\(?(idle|program)\)?$/.test(n.callFrame.functionName)).map((n) => n.id),
);
const total = profile.samples.filter((id) => !idleIds.has(id)).length;
const pct = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;

function tally(key: (n: ProfileNode) => string, inclusive: boolean): Array<[string, number]> {
  const sums = new Map<string, number>();
  for (const [id, count] of selfSamples) {
    if (idleIds.has(id)) continue;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = inclusive ? parent.get(at) : undefined) {
      const k = key(byId.get(at)!);
      if (!seen.has(k)) sums.set(k, (sums.get(k) ?? 0) + count); // recursion counts once
      seen.add(k);
    }
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

const seconds = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1e6;
console.log(
  `${file}: ${profile.samples.length} samples over ${seconds.toFixed(1)} s, ${total} busy (${((100 * total) / profile.samples.length).toFixed(0)}%); shares below are of busy samples`,
);
console.log('\nself time by place:');
for (const [k, n] of tally(place, false).slice(0, top)) console.log(`  ${pct(n)}  ${k}`);
console.log('\nself time by function:');
for (const [k, n] of tally(label, false).slice(0, top)) console.log(`  ${pct(n)}  ${k}`);
console.log('\ninclusive time by function (outside node internals):');
const inclusive = tally(label, true).filter(([k]) => !/^\((root|program|garbage collector|idle)\)/.test(k));
for (const [k, n] of inclusive.filter(([k]) => !k.includes('node internals')).slice(0, top)) console.log(`  ${pct(n)}  ${k}`);
if (match) {
  console.log(`\ninclusive time of functions matching "${match}":`);
  for (const [k, n] of inclusive.filter(([k]) => k.includes(match)).slice(0, top)) console.log(`  ${pct(n)}  ${k}`);
}
