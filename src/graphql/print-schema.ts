// Writes schema.graphql from the code. `npm run schema`; a test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { createSchema, schemaSdl } from './schema.js';

writeFileSync('schema.graphql', schemaSdl(await createSchema()));
console.log('wrote schema.graphql');
