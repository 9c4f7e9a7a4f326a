// The layers of src/ (README, "Layout"), checked by `npm run layers` (CI runs it): what may
// import what. A type-only import is not a dependency at run time and is not counted in circles.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import circle: the files in it can only be understood, loaded and changed together.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'features-not-transport',
      severity: 'error',
      comment:
        'A feature (src/modules) never imports the HTTP layer: what it needs from there belongs lower down.',
      from: { path: '^src/modules/' },
      to: { path: '^src/http/' },
    },
    {
      name: 'schema-not-server',
      severity: 'error',
      comment: 'The schema (src/graphql) never imports the server (src/http).',
      from: { path: '^src/graphql/' },
      to: { path: '^src/http/' },
    },
    {
      name: 'db-not-above',
      severity: 'error',
      comment:
        "src/db never imports the schema, the server or a feature's behaviour (entities are its to know).",
      from: { path: '^src/db/' },
      to: { path: ['^src/graphql/', '^src/http/', '^src/modules/.+/(?!.*\\.entity\\.ts$)[^/]+$'] },
    },
    {
      name: 'platform-at-the-bottom',
      severity: 'error',
      comment:
        'Process-wide parts (src/platform: config, logging, the change bus, the cache registry) import nothing of ours above them.',
      from: { path: '^src/platform/' },
      to: { path: '^src/(?!platform/|text/|config\\.ts$)' },
    },
    {
      name: 'text-is-a-leaf',
      severity: 'error',
      comment: 'Text utilities (src/text) import nothing of ours but each other.',
      from: { path: '^src/text/' },
      to: { path: '^(src|seeds)/(?!text/)' },
    },
    {
      name: 'seeds-only-from-the-entry',
      severity: 'error',
      comment:
        'Only the entry point (start-up, the cluster primary) imports seeds/, to seed an empty database.',
      from: { path: '^src/', pathNot: '^src/(bootstrap|cluster)\\.ts$' },
      to: { path: '^seeds/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
    exclude: { path: ['^src/explorer/', '^dist/'] },
  },
};
