// PostGraphile 4 over the same PostgreSQL database as Bantin, for side-by-side benchmarks.
// Custom logic (latest, views, related, most read) is SQL functions from functions.sql, the
// idiomatic PostGraphile way. Usage: DATABASE_URL=... PORT=... node server.js
const http = require('node:http');
const { postgraphile } = require('postgraphile');

const handler = postgraphile(process.env.DATABASE_URL, 'public', {
  simpleCollections: 'both',
  disableDefaultMutations: true,
  graphqlRoute: '/graphql',
  disableQueryLog: true,
  retryOnInitFail: false,
  watchPg: false,
  ignoreRBAC: true,
  setofFunctionsContainNulls: false,
  legacyRelations: 'omit',
});

http.createServer(handler).listen(Number(process.env.PORT), '127.0.0.1', () => {
  console.log(`postgraphile listening on ${process.env.PORT}`);
});
