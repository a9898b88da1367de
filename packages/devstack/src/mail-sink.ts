import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export interface CaughtMail {
  readonly raw: string;
  readonly parsed: ParsedMail;
  readonly to: string[];
}

export interface MailSinkOptions {
  readonly port?: number;
  /** Also write each message as an .eml file here (the development catcher). */
  readonly dir?: string;
  /**
   * Decides how the server answers a message before accepting it: resolve to accept,
   * throw an error with `responseCode` to refuse it. Tests use it to hold a message
   * while a worker is killed, or to bounce one.
   */
  readonly beforeAccept?: (mail: { raw: string; to: string[]; session: SMTPServerSession }) => Promise<void>;
  /**
   * Parse and keep each message in `messages` (the default). The benchmark turns it off
   * to receive thousands of messages without holding them: `received()` still counts
   * them, `waitFor` still waits for them, and `beforeAccept` still sees each one.
   */
  readonly keep?: boolean;
}

/**
 * A real SMTP server in this process that keeps what it receives: what tests read
 * messages back from, the benchmark's sink, and `npm start`'s mail catcher.
 */
export async function startMailSink(opts: MailSinkOptions = {}) {
  const messages: CaughtMail[] = [];
  const keep = opts.keep ?? true;
  let received = 0;
  const waiters = new Set<() => void>();
  // Sessions whose client has gone: a message whose client left before the answer was
  // never accepted (the client will send it again), so it is not kept.
  const closed = new WeakSet<SMTPServerSession>();
  if (opts.dir) mkdirSync(opts.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onClose(session: SMTPServerSession) {
      closed.add(session);
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const to = session.envelope.rcptTo.map((r) => r.address);
        void (async () => {
          try {
            await opts.beforeAccept?.({ raw, to, session });
          } catch (err) {
            return callback(err as Error);
          }
          if (closed.has(session)) return callback(new Error('the client left before the answer'));
          if (keep) messages.push({ raw, parsed: await simpleParser(raw), to });
          received += 1;
          if (opts.dir) writeFileSync(join(opts.dir, `${Date.now()}-${received}.eml`), raw);
          for (const w of waiters) w();
          callback();
        })();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => {});
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    /** How many messages were accepted, kept or not. */
    received: () => received,
    /** Resolves once at least `count` messages have arrived. */
    async waitFor(count: number, timeoutMs = 30_000): Promise<CaughtMail[]> {
      if (received >= count) return messages;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} messages, got ${received} within ${timeoutMs} ms`));
        }, timeoutMs);
        const check = () => {
          if (received < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(messages);
        };
        waiters.add(check);
      });
    },
    async close(): Promise<void> {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
export type MailSink = Awaited<ReturnType<typeof startMailSink>>;
