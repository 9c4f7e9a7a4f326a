// Who is calling, resolved once per request before GraphQL runs (see src/http/authenticate.ts).
import { KeyScope } from './api-key.entity.js';

export type Caller =
  | { kind: 'anonymous' }
  | {
      kind: 'key';
      keyId: number;
      prefix: string;
      name: string;
      scopes: KeyScope[];
      expiresAt: Date | null;
      /** The key's own budgets, where it has them (else its class's). */
      costLimit: number | null;
      perMinute: number | null;
    };

/** Budgets and limits come per class: anonymous < partner < editor. */
export type CallerClass = 'anonymous' | 'partner' | 'editor';

export function callerClass(caller: Caller): CallerClass {
  if (caller.kind === 'anonymous') return 'anonymous';
  if (caller.scopes.includes(KeyScope.EDITOR)) return 'editor';
  // A key with no scope is a partner key: keys exist to identify partners.
  return 'partner';
}

/**
 * Which articles the caller may see: published ones (everyone), or every one, drafts and
 * scheduled included (editors). Applied on every path: lookups, node, connections, search, related.
 */
export type ArticleVisibility = 'published' | 'all';

/** The budgets that apply to a caller: the key's own, or its class's. */
export function budgetsOf(
  caller: Caller,
  defaults: { costLimit: Record<CallerClass, number>; ratePerMinute: Record<CallerClass, number> },
) {
  const klass = callerClass(caller);
  const key = caller.kind === 'key' ? caller : null;
  return {
    klass,
    costLimit: key?.costLimit ?? defaults.costLimit[klass],
    perMinute: key?.perMinute ?? defaults.ratePerMinute[klass],
  };
}

export const visibilityOf = (caller: Caller): ArticleVisibility =>
  callerClass(caller) === 'editor' ? 'all' : 'published';
