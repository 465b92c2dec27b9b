// Fault-injecting HTTP proxy on 127.0.0.1 for the "never submits twice" test. Driven by a seeded PRNG so a
// failing run can be replayed. Faults are chosen per request, and half of them happen *after* the upstream
// server has processed the request: exactly the case where a naive client creates a duplicate.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** mulberry32: small, fast, seeded PRNG returning [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Fault =
  | 'pass'
  | 'delay' // forward after a pause (may exceed the client's timeout)
  | 'drop-before' // destroy the client socket without forwarding
  | 'drop-after' // forward, let the server commit, then destroy the client socket
  | 'error-before' // answer 500 without forwarding
  | 'error-after' // forward, let the server commit, answer 500 instead of its response
  | 'truncate-after'; // forward, let the server commit, send its status and half its body, then cut the connection

export interface ChaosOptions {
  target: string;
  seed: number;
  /** Probability of each fault; the remainder passes through. */
  rates: Partial<Record<Exclude<Fault, 'pass'>, number>>;
  /** Delay range in ms for `delay`. */
  delayMs?: [number, number];
  /** Only inject faults into requests matching this (e.g. POSTs); others pass. */
  applies?: (req: IncomingMessage) => boolean;
}

export interface ChaosProxy {
  url: string;
  counts: Record<Fault, number>;
  close(): Promise<void>;
}

export async function startChaosProxy(options: ChaosOptions): Promise<ChaosProxy> {
  const random = seededRandom(options.seed);
  const target = new URL(options.target);
  const counts: Record<Fault, number> = { pass: 0, delay: 0, 'drop-before': 0, 'drop-after': 0, 'error-before': 0, 'error-after': 0, 'truncate-after': 0 };
  const [minDelay, maxDelay] = options.delayMs ?? [50, 400];

  const pick = (req: IncomingMessage): Fault => {
    if (options.applies !== undefined && !options.applies(req)) return 'pass';
    let r = random();
    for (const [fault, rate] of Object.entries(options.rates) as Array<[Fault, number]>) {
      if (r < rate) return fault;
      r -= rate;
    }
    return 'pass';
  };

  const forward = (req: IncomingMessage, body: Buffer, onResponse: (up: IncomingMessage, upBody: Buffer) => void, onError: () => void): void => {
    const up = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (upRes) => {
        const chunks: Buffer[] = [];
        upRes.on('data', (c: Buffer) => chunks.push(c));
        upRes.on('end', () => onResponse(upRes, Buffer.concat(chunks)));
        upRes.on('error', onError);
      },
    );
    up.on('error', onError);
    up.end(body);
  };

  // The upstream status and headers, announcing the whole body's length.
  const writeHead = (res: ServerResponse, up: IncomingMessage, body: Buffer): void => {
    const headers = { ...up.headers };
    delete headers['transfer-encoding'];
    delete headers['connection'];
    headers['content-length'] = String(body.length);
    res.writeHead(up.statusCode ?? 502, headers);
  };

  const reply = (res: ServerResponse, up: IncomingMessage, body: Buffer): void => {
    if (res.destroyed) return;
    writeHead(res, up, body);
    res.end(body);
  };

  // The full response's headers (its Content-Length included), then half the body, then a cut: a client reads
  // a status of success and loses the rest mid-body.
  const truncate = (res: ServerResponse, up: IncomingMessage, body: Buffer): void => {
    if (res.destroyed) return;
    writeHead(res, up, body);
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const fault = pick(req);
      counts[fault]++;
      const fail500 = (): void => {
        if (res.destroyed) return;
        res.writeHead(500, { 'content-type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'urn:zwfw:problem:internal', title: 'Injected fault', status: 500, code: 'internal' }));
      };
      const gateway = (): void => {
        if (!res.destroyed) res.destroy();
      };
      switch (fault) {
        case 'drop-before':
          res.socket?.destroy();
          return;
        case 'error-before':
          fail500();
          return;
        case 'drop-after':
          forward(req, body, () => res.socket?.destroy(), gateway);
          return;
        case 'error-after':
          forward(req, body, () => fail500(), gateway);
          return;
        case 'truncate-after':
          forward(req, body, (up, b) => truncate(res, up, b), gateway);
          return;
        case 'delay':
          setTimeout(() => forward(req, body, (up, b) => reply(res, up, b), gateway), minDelay + random() * (maxDelay - minDelay));
          return;
        case 'pass':
          forward(req, body, (up, b) => reply(res, up, b), gateway);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
