import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { redisConnection } from '@enlace/queue';
import { eventually } from '../support.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A process of the test's own, in a process group of its own so that killing it also
 * kills what it started (apertium). Its output is kept for the failure message.
 */
export interface OwnProcess {
  readonly pid: number;
  /** What it printed, stdout and stderr interleaved. */
  output(): string;
  /** Ends it at once, as a crash or a power cut would, and waits until it is gone. */
  kill(): Promise<void>;
  readonly exited: Promise<void>;
}

function own(child: ChildProcess): OwnProcess {
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    pid: child.pid!,
    output: () => out,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      await exited;
    },
  };
}

/** The worker service (services/worker/src/main.ts) as a process of its own, configured by `env`. */
export function startWorkerProcess(env: Record<string, string>): OwnProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/worker/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  return own(child);
}

/** A Redis server without persistence on `port`, answering once this resolves. */
export async function startRedisServer(port: number): Promise<OwnProcess & { url: string }> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const proc = own(child);
  const url = `redis://127.0.0.1:${port}`;
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`redis-server exited: ${proc.output()}`);
      const probe = redisConnection(url, 'producer', { lazyConnect: true, retryStrategy: () => null });
      probe.on('error', () => {});
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG';
      } finally {
        probe.disconnect();
      }
    },
    10_000,
    `redis-server on port ${port}`,
  );
  return { ...proc, url };
}
