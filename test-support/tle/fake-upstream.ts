import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake upstream does with the next requests. */
export type UpstreamBehaviour =
  | { kind: 'tle'; body: string; delayMs?: number }
  | { kind: 'status'; status: number; retryAfter?: string; body?: string }
  | { kind: 'html' }
  | { kind: 'hang' }
  | { kind: 'hang-mid-body'; partial: string };

export interface FakeUpstream {
  url: string;
  /** Requests received so far. */
  requests: number;
  behaviour: UpstreamBehaviour;
  close(): Promise<void>;
}

/** A TLE server on 127.0.0.1 and a random port that misbehaves on demand. */
export async function startFakeUpstream(initial: UpstreamBehaviour): Promise<FakeUpstream> {
  const state = { requests: 0, behaviour: initial };
  const server = http.createServer((req, res) => {
    state.requests += 1;
    const b = state.behaviour;
    switch (b.kind) {
      case 'tle': {
        const send = () => {
          res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(b.body);
        };
        if (b.delayMs) setTimeout(send, b.delayMs);
        else send();
        return;
      }
      case 'status': {
        const headers: Record<string, string> = { 'content-type': 'text/plain' };
        if (b.retryAfter !== undefined) headers['retry-after'] = b.retryAfter;
        res.writeHead(b.status, headers);
        res.end(b.body ?? `error ${b.status}`);
        return;
      }
      case 'html':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(
          '<!DOCTYPE html><html><head><title>Service unavailable</title></head><body><h1>Try later</h1></body></html>',
        );
        return;
      case 'hang':
        return; // never answer
      case 'hang-mid-body':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write(b.partial);
        return; // never finish the body
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/gp.php?CATNR=25544&FORMAT=TLE`,
    get requests() {
      return state.requests;
    },
    set requests(n: number) {
      state.requests = n;
    },
    get behaviour() {
      return state.behaviour;
    },
    set behaviour(b: UpstreamBehaviour) {
      state.behaviour = b;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
