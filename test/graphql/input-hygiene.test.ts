// Every string argument is used in Unicode NFC, however the client composed it: a rank typed in
// decomposed form (NFD, as some keyboards and macOS file names produce) finds what the composed
// one finds, given in the document or as a variable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from '../helpers/databases.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();
const rank = 'Thượng tướng';

describe.each(drivers)('string arguments in NFC on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(() => server.stop());

  const namesByRank = async (given: string, asVariable: boolean) => {
    const res = asVariable
      ? await server.gql('query ($r: String) { people(filter: { rank: $r }) { nodes { name } } }', {
          r: given,
        })
      : await server.gql(
          `{ people(filter: { rank: ${JSON.stringify(given)} }) { nodes { name } } }`,
        );
    expect(res.body.errors).toBeUndefined();
    return (res.body.data.people.nodes as { name: string }[]).map((p) => p.name);
  };

  it('finds the same people for a rank in NFD as in NFC', async () => {
    const decomposed = rank.normalize('NFD');
    expect(decomposed).not.toBe(rank);
    const composed = await namesByRank(rank, true);
    expect(composed).toContain('Nguyễn Văn Long');
    expect(await namesByRank(decomposed, true)).toEqual(composed);
    expect(await namesByRank(decomposed, false)).toEqual(composed);
  });
});
