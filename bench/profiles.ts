import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

/** The parts of a V8 CPU profile (`node --cpu-prof`) this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  /** 'handle (services/finance/src/…/seat-confirmed.consumer.js:12)', '(garbage collector)'. */
  name: string;
  /** Time the function itself was on the CPU (not its callees), ms. */
  selfMs: number;
  /** Its share of the process's busy time (idle left out). */
  share: number;
}

/** Where a process's CPU went: the functions with the most self time, idle and waits for child tools left out. */
export function hotFunctions(profile: CpuProfile, top = 5, repo = ''): HotFunction[] {
  const selfMs = new Map<number, number>();
  const { samples = [], timeDeltas = [] } = profile;
  // Each sample's time is the gap to the next one (V8 records the delta before each sample).
  for (let i = 0; i < samples.length; i++) selfMs.set(samples[i], (selfMs.get(samples[i]) ?? 0) + (timeDeltas[i + 1] ?? 0) / 1000);
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    // Idle, or blocked waiting for a reference tool (pgbench, psql) to finish: time, but not the process's work.
    if (functionName === '(idle)' || functionName === 'spawnSync') continue;
    const where = url ? ` (${relative(repo, url.replace(/^file:\/\//, ''))}:${lineNumber + 1})` : '';
    const name = `${functionName || '(anonymous)'}${where}`;
    byName.set(name, (byName.get(name) ?? 0) + (selfMs.get(node.id) ?? 0));
  }
  const busy = [...byName.values()].reduce((a, b) => a + b, 0);
  return [...byName]
    .map(([name, ms]) => ({ name, selfMs: ms, share: busy > 0 ? ms / busy : 0 }))
    .filter((f) => f.selfMs > 0)
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}

/** Every .cpuprofile under `dir` (the load generator's and each service process's). */
export function profileFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return profileFiles(path);
    return entry.endsWith('.cpuprofile') ? [path] : [];
  });
}

/** A Markdown list per profile of a benchmark: which process, then its hottest functions. */
export function hotPathsMarkdown(bench: string, dir: string, repo: string, top = 5): string {
  const lines: string[] = [];
  for (const file of profileFiles(dir)) {
    const process = relative(dir, file).includes('/') ? relative(dir, file).split('/')[0] : 'load generator';
    let hot: HotFunction[];
    try {
      hot = hotFunctions(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, top, repo);
    } catch {
      continue; // a profile cut short (the process killed) is not JSON
    }
    lines.push(`- ${bench}, ${process} (\`${basename(file)}\`): ${hot.map((f) => `${f.name} ${(f.share * 100).toFixed(0)}%`).join('; ')}`);
  }
  return lines.join('\n');
}
