// The README's promise: `npm start` brings up PostgreSQL, the API, the worker and the web app, and one
// Ctrl-C stops all of them, leaving no process or port behind; a second start reuses the data.
import { afterAll, describe, expect, it } from 'vitest';
import { isPortFree, killLeftovers, prepareLogAi, startLogAi, stopLogAi } from './support/start-logai';

let cleanup: (() => Promise<void>) | undefined;

afterAll(async () => {
  killLeftovers();
  await cleanup?.();
});

describe('npm start', () => {
  it('starts everything, stops cleanly on Ctrl-C and keeps the data for the next start', async () => {
    const installation = await prepareLogAi();
    cleanup = installation.cleanup;
    const { ports, env } = installation;

    const first = await startLogAi(env);
    const ready = await fetch(`http://127.0.0.1:${ports.api}/readyz`);
    expect(ready.status).toBe(200);
    const page = await (await fetch(`http://127.0.0.1:${ports.web}/`)).text();
    expect(page).toContain('Find out what your logs are telling you');
    expect(page).toContain('API and database ready');
    const account = { email: 'first@example.com', password: 'correct horse battery staple' };
    const signUp = await fetch(`http://127.0.0.1:${ports.api}/api/v1/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...account, fullName: 'First User', organizationName: 'First Org' }),
    });
    expect(signUp.status).toBe(201);
    const { accessToken } = (await signUp.json()) as { accessToken: string };
    const ping = await fetch(`http://127.0.0.1:${ports.api}/api/v1/system/pings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ message: 'kept across restarts' }),
    });
    const { id } = (await ping.json()) as { id: string };
    await stopLogAi(first);
    expect(first.output()).toContain('PostgreSQL stopped');
    for (const port of Object.values(ports)) expect(await isPortFree(port)).toBe(true);

    const second = await startLogAi(env);
    // The account, its signing key (generated once under the data directory) and the ping all survived.
    const signIn = await fetch(`http://127.0.0.1:${ports.api}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(account),
    });
    expect(signIn.status).toBe(200);
    const again = await fetch(`http://127.0.0.1:${ports.api}/api/v1/system/pings/${id}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(await again.json()).toMatchObject({ message: 'kept across restarts', status: 'processed' });
    await stopLogAi(second);
    expect(second.output()).toContain('PostgreSQL stopped');
    for (const port of Object.values(ports)) expect(await isPortFree(port)).toBe(true);
  }, 400_000);
});
