/*
 * Where a bench's CPU time went, process by process: every process on the machine is
 * read from /proc at the start and at the end of the measured phase, and the difference
 * is summed by program (node, meilisearch, postgres, redis-server, Apertium's stages).
 * Linux only; elsewhere the split is simply absent. With BENCH_CPU_PROFILE=FILE, this
 * process's own JavaScript is also profiled (V8's sampling profiler) for that phase and
 * written to FILE as a .cpuprofile, with the functions that took the most time in the
 * results.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { round } from './http-load.js';

/** Clock ticks per second of /proc/<pid>/stat on Linux (USER_HZ). */
const TICKS = 100;

/** Apertium's pipeline stages are several programs: counted together. */
const APERTIUM = /^(lt-proc|apertium|cg-proc|vislcg3|lrx-proc|cg-conv|cg3)/;

function programsCpu(): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (program: string, ticks: number) => totals.set(program, (totals.get(program) ?? 0) + ticks / TICKS);
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return totals;
  }
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // comm is in parentheses and may hold spaces; the fields after it are space-separated.
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After comm: utime and stime (fields 14 and 15 of the line) are the process's own;
    // cutime and cstime (16 and 17) are its children's that exited and were waited for.
    const own = Number(fields[11]) + Number(fields[12]);
    const children = Number(fields[13]) + Number(fields[14]);
    const program = APERTIUM.test(comm) ? 'apertium' : comm.startsWith('postgres') ? 'postgres' : comm;
    add(program, own);
    // This process's children are Apertium's short-lived pipelines (through bash): they
    // are gone by the end, and only their parent's account remembers them.
    add(Number(pid) === process.pid ? 'apertium' : program, children);
  }
  return totals;
}

export interface CpuSplit {
  /** CPU seconds per program over the phase, largest first (those under 0.5 s left out). */
  seconds: Record<string, number>;
  /** With BENCH_CPU_PROFILE: this process's JavaScript functions by self time, the first 25. */
  hottest?: { fn: string; where: string; selfSeconds: number }[];
}

/** Starts accounting; `stop()` returns the split since then. */
export async function startCpuAccounting(): Promise<{ stop(): Promise<CpuSplit> }> {
  const before = programsCpu();
  const profileFile = process.env.BENCH_CPU_PROFILE;
  let session: Session | undefined;
  if (profileFile) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  return {
    async stop() {
      const after = programsCpu();
      const seconds = Object.fromEntries(
        [...after]
          .map(([program, s]) => [program, round(s - (before.get(program) ?? 0))] as const)
          .filter(([, s]) => s >= 0.5)
          .sort((a, b) => b[1] - a[1]),
      );
      if (!session || !profileFile) return { seconds };
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      writeFileSync(profileFile, JSON.stringify(profile));
      return { seconds, hottest: hottestFunctions(profile) };
    },
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

function hottestFunctions(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const key = `${frame.functionName || '(anonymous)'}\t${frame.url.replace(/^.*\/(node_modules|packages|services|test)\//, '$1/')}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1e6);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([key, s]) => {
      const [fn, where] = key.split('\t') as [string, string];
      return { fn, where, selfSeconds: round(s) };
    });
}
