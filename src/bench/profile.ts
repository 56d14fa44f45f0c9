/**
 * --profile: the V8 CPU profiler over each phase (build, answers, add), through the inspector in
 * this process. Each phase's profile is written as a .cpuprofile (open it in Chrome DevTools) and
 * summarized as the functions with the most self time, which is usually enough to name a hot spot.
 */
import { Session } from 'node:inspector/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Profiler {
  phase<T>(name: string, run: () => T | Promise<T>): Promise<T>;
  /** Phase name → summary text; undefined when profiling is off. */
  stop(): Promise<Record<string, string> | undefined>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const TOP = 25;

export async function startProfiler(dir: string | null): Promise<Profiler> {
  if (!dir) return { phase: async (_name, run) => run(), stop: async () => undefined };
  mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  const summaries: Record<string, string> = {};
  return {
    async phase(name, run) {
      await session.post('Profiler.start');
      try {
        return await run();
      } finally {
        const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
        const file = join(dir, `${name}-${process.pid}.cpuprofile`);
        writeFileSync(file, JSON.stringify(profile));
        summaries[name] = `${file}\n${summarizeProfile(profile)}`;
      }
    },
    async stop() {
      session.disconnect();
      return summaries;
    },
  };
}

/**
 * The functions with the most self time, then with the most total time (self plus callees,
 * counted once however deep a function recurses): "ms  share  function  file". Transpiled files
 * report no useful line, so anonymous functions are told apart by their column.
 */
export function summarizeProfile(profile: CpuProfile, top = TOP): string {
  const selfMs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  const walk = (node: ProfileNode, open: ReadonlySet<string>): number => {
    const key = label(node);
    let ms = selfMs.get(node.id) ?? 0;
    self.set(key, (self.get(key) ?? 0) + ms);
    all += ms;
    const inner = new Set(open).add(key);
    for (const child of node.children ?? []) ms += walk(byId.get(child)!, inner);
    if (!open.has(key)) total.set(key, (total.get(key) ?? 0) + ms);
    return ms;
  };
  const children = new Set(profile.nodes.flatMap((n) => n.children ?? []));
  for (const root of profile.nodes.filter((n) => !children.has(n.id))) walk(root, new Set());
  const lines = (m: Map<string, number>, skip: (key: string) => boolean) =>
    [...m.entries()]
      .filter(([key]) => !skip(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${key}`);
  const framework = (key: string) => /^\((root|program|idle)\)|node:internal|bench\//.test(key);
  return ['self time:', ...lines(self, () => false), 'total time:', ...lines(total, framework)].join('\n');
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//, '').replace(/^.*\/(src|node_modules)\//, '$1/');
  const where = !file ? '' : lineNumber > 0 ? `${file}:${lineNumber + 1}` : `${file} col ${columnNumber}`;
  return `${functionName || '(anonymous)'}  ${where}`.trim();
}
