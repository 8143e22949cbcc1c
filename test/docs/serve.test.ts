import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type SiteServer } from '../../test-browser/serve.js';

/** GET a raw path (not normalised by a URL parser), returning the status and body. */
function get(server: SiteServer, path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the browser test\'s site server', () => {
  let dir = '';
  let server: SiteServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'balint-rules-site-'));
    mkdirSync(join(dir, 'site', 'playground'), { recursive: true });
    writeFileSync(join(dir, 'site', 'index.html'), '<h1>home</h1>');
    writeFileSync(join(dir, 'site', 'playground', 'playground.js'), 'export {};');
    writeFileSync(join(dir, 'secret.txt'), 'outside');
    server = await serveSite(join(dir, 'site'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves files with their types, and index.html for a folder', async () => {
    expect(await get(server, '/')).toMatchObject({ status: 200, body: '<h1>home</h1>', type: 'text/html; charset=utf-8' });
    expect(await get(server, '/playground/playground.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves nothing outside its folder, however the path is written', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/playground/../../secret.txt', '/%2e%2e%2fsecret.txt', '/missing.html', '/%']) {
      expect((await get(server, path)).status, path).toBe(404);
    }
  });
});
