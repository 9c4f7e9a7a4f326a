// What a query costs, computed from the document before anything runs, and the shape limits
// (depth, aliases) checked even before validation. Published in the README for partners:
//
//   - a scalar field costs 0, an object or a list of objects 1 (one batched fetch), plus what
//     is selected inside it;
//   - a field with `first` (connections, latest, mostRead, related, search) multiplies what is
//     selected inside by `first` (its default when not given: 20 for connections); a
//     connection's `totalCount` costs 1 and `pageInfo` nothing, once, not per item;
//   - any other list multiplies what is selected inside by 5, a typical length;
//   - extra work costs extra: search 10, related 2, mostRead 2, totalCount 1, body 1, views 1;
//   - introspection: __schema 100, __type 10, whatever is selected.
import { LRUCache } from 'lru-cache';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

export const LIST_ESTIMATE = 5;
export const DEFAULT_FIRST = 20;

const extraCost: Record<string, number> = {
  'Query.search': 10,
  'Article.related': 2,
  'Query.mostRead': 2,
  'Article.body': 1,
  'Article.views': 1,
};

const introspectionCost: Record<string, number> = { __schema: 100, __type: 10 };

/** Whether a connection's selection asks for totalCount (one counting statement, whatever `first`). */
const selectsTotalCount = (node: FieldNode) =>
  (node.selectionSet?.selections ?? []).some(
    (s) => s.kind === Kind.FIELD && s.name.value === 'totalCount',
  );

const estimator: ComplexityEstimator = ({ type, field, node, args, childComplexity }) => {
  if (field.name in introspectionCost) return introspectionCost[field.name];
  const named = getNamedType(field.type);
  const composite = isCompositeType(named);
  const list = isListType(getNullableType(field.type));
  const own = (extraCost[`${type.name}.${field.name}`] ?? 0) + (composite ? 1 : 0);
  if (type.name.endsWith('Connection')) {
    // Counted by the connection field itself, once: not multiplied by `first`.
    if (field.name === 'totalCount' || field.name === 'pageInfo') return 0;
    // The connection's `first` already counted its items.
    if (field.name === 'edges' || field.name === 'nodes') return childComplexity;
  }
  const firstArg = field.args.find((a) => a.name === 'first');
  if (firstArg) {
    const first =
      typeof args.first === 'number'
        ? args.first
        : typeof firstArg.defaultValue === 'number'
          ? firstArg.defaultValue
          : DEFAULT_FIRST;
    const count = named.name.endsWith('Connection') && selectsTotalCount(node) ? 1 : 0;
    return own + count + Math.max(0, first) * childComplexity;
  }
  if (list && composite) return own + LIST_ESTIMATE * childComplexity;
  return own + childComplexity;
};

/**
 * Costs worked out, per parsed document (Apollo keeps one per query text) and per operation and
 * variables: a frontend sends the same few documents with the same variables again and again,
 * and walking the document for its cost was 3 % of a home page's CPU. Bounded by bytes per
 * document, and variables longer than a frontend's (a flood of large, different values) are
 * costed each time rather than kept.
 */
const costs = new WeakMap<DocumentNode, LRUCache<string, number>>();
const COST_KEY_MAX_CHARS = 2_000;
const COSTS_BYTES_PER_DOCUMENT = 256 * 1024;

/** The cost of the operation a request runs. Throws when the document expands absurdly (fragments). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
) {
  const key = JSON.stringify([operationName ?? null, variables ?? null]);
  let known = costs.get(document);
  const cost = known?.get(key);
  if (cost !== undefined) return cost;
  const computed = getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [estimator],
    maxQueryNodes: 20_000,
  });
  if (key.length > COST_KEY_MAX_CHARS) return computed;
  if (!known)
    costs.set(
      document,
      (known = new LRUCache({
        maxSize: COSTS_BYTES_PER_DOCUMENT,
        sizeCalculation: (_cost, k) => k.length * 2 + 64,
      })),
    );
  known.set(key, computed);
  return computed;
}

export type Shape = { depth: number; aliases: number };

/**
 * Depth (nested fields) and aliases of every operation in a document, fragments expanded
 * (memoised, so fragments spreading fragments cannot make this slow; cycles count as nothing
 * here and fail validation). Introspection subtrees are not counted for depth: the explorer's
 * own introspection query nests `ofType` eight deep.
 */
export function documentShape(document: DocumentNode, cap = 1_000_000): Shape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, Shape>();
  const visiting = new Set<string>();

  const ofSelections = (set: SelectionSetNode | undefined): Shape => {
    let depth = 0;
    let aliases = 0;
    for (const s of set?.selections ?? []) {
      let inner: Shape;
      if (s.kind === Kind.FIELD) {
        const child = s.name.value.startsWith('__')
          ? { depth: 0, aliases: 0 }
          : ofSelections(s.selectionSet);
        inner = { depth: 1 + child.depth, aliases: child.aliases + (s.alias ? 1 : 0) };
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        inner = ofSelections(s.selectionSet);
      } else {
        inner = ofFragment(s.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases = Math.min(cap, aliases + inner.aliases);
    }
    return { depth, aliases };
  };
  const ofFragment = (name: string): Shape => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return { depth: 0, aliases: 0 };
    visiting.add(name);
    const shape = ofSelections(fragment.selectionSet);
    visiting.delete(name);
    memo.set(name, shape);
    return shape;
  };

  let result: Shape = { depth: 0, aliases: 0 };
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const shape = ofSelections(d.selectionSet);
    result = {
      depth: Math.max(result.depth, shape.depth),
      aliases: Math.max(result.aliases, shape.aliases),
    };
  }
  return result;
}
