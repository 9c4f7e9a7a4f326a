// test/generated/ holds what GraphQL Code Generator makes of schema.graphql and the repository's
// operations (codegen.yml). Regenerating must change nothing: run `npm run codegen` when it does.
import { readFileSync } from 'node:fs';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

describe('generated operation types', () => {
  it('match schema.graphql and every graphql(`...`) operation in the repository', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
    const outputs = await generate({ ...config, cwd: process.cwd(), silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      expect(readFileSync(filename, 'utf8'), `${filename} is stale: run npm run codegen`).toBe(
        content,
      );
    }
  });
});
