// The gateway as a process, as an operator runs it: it stops at once when idle (SIGTERM does not
// wait out the grace period for nothing), and a port already taken is named as the problem.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sparePort } from '../helpers/processes.js';
import { startGatewayProcess } from '../helpers/built-gateway.js';

const dir = mkdtempSync(join(tmpdir(), 'bantin-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the gateway process', () => {
  it('exits on SIGTERM without waiting out the grace period when nothing is in flight, keep-alive clients and all', async () => {
    const port = await sparePort();
    // A grace period far longer than any stop should take: exiting well before it means the
    // gateway did not wait for it.
    const gateway = await startGatewayProcess({ DATABASE_URL: `sqlite:${join(dir, 'a.sqlite')}`, PORT: String(port), HOST: '127.0.0.1', SHUTDOWN_GRACE_MS: '60000' });
    expect(gateway.output()).toContain('Bantin is listening');
    const agent = new http.Agent({ keepAlive: true });
    const status = await new Promise<number>((done) =>
      http.get({ host: '127.0.0.1', port, path: '/healthz', agent }, (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      }),
    );
    expect(status).toBe(200);
    const sent = Date.now();
    gateway.child.kill('SIGTERM');
    const code = await gateway.exited;
    agent.destroy();
    expect(code).toBe(0);
    expect(Date.now() - sent).toBeLessThan(30_000);
    expect(gateway.output()).toContain('"msg":"stopped"');
  }, 90_000);

  it('says that the port is taken, and which, when it is', async () => {
    const port = await sparePort();
    const taken = http.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => taken.once('listening', r));
    try {
      const gateway = await startGatewayProcess({ DATABASE_URL: `sqlite:${join(dir, 'b.sqlite')}`, PORT: String(port), HOST: '127.0.0.1' });
      expect(await gateway.exited).toBe(1);
      expect(gateway.output()).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(gateway.output()).not.toContain('is the database reachable');
    } finally {
      taken.close();
    }
  }, 90_000);
});
