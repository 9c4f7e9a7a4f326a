// Writes schema.graphql from the code. `npm run schema`; a test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { answerHelp } from '../cli-usage.js';
import { createSchema, schemaSdl } from './schema.js';

answerHelp(
  'usage: npm run schema\n\nWrites schema.graphql from the code (a test fails when the committed one is stale).',
);

writeFileSync('schema.graphql', schemaSdl(await createSchema()));
console.log('wrote schema.graphql');
