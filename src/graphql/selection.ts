// What a query selects below the field being resolved, so a list can load its items' relations
// before GraphQL walks the items (see modules/article/article.preload.ts).
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected on the objects `path` below the resolving field (`[]`: the
 * field's own objects; `['nodes']`: a connection's nodes), through fragments and inline
 * fragments. It may name more than GraphQL will resolve (it ignores type conditions and
 * @skip/@include), never fewer.
 */
export function fieldsBelow(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const step of path) {
    sets = sets.flatMap((s) =>
      fieldsOf(s, info).flatMap((f) =>
        f.name.value === step && f.selectionSet ? [f.selectionSet] : [],
      ),
    );
  }
  return new Set(sets.flatMap((s) => fieldsOf(s, info).map((f) => f.name.value)));
}

function fieldsOf(
  set: SelectionSetNode,
  info: GraphQLResolveInfo,
  seen = new Set<string>(),
): FieldNode[] {
  return set.selections.flatMap((s): FieldNode[] => {
    if (s.kind === 'Field') return [s];
    if (s.kind === 'InlineFragment') return fieldsOf(s.selectionSet, info, seen);
    // A fragment spread (validation has refused cycles; `seen` only keeps a repeat from being read twice).
    const fragment = info.fragments[s.name.value];
    if (!fragment || seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    return fieldsOf(fragment.selectionSet, info, seen);
  });
}
