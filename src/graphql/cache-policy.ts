// The cache policy of an operation, read from its document and the schema's `@cacheControl`
// hints once per document, with the rules of Apollo's cache-control plugin: a field takes its
// own hint, else its type's; a field returning an object (or any root field) without one gets
// the default max-age; `inheritMaxAge` takes the parent's; the answer gets the shortest max-age
// and PRIVATE if any field is private.
//
// Apollo's plugin applies those rules as the fields resolve, through a hook on every field of
// every answer: a fifth of what a PartnerPull allocated. No resolver here sets a hint at run
// time, so the document says it all. The one difference: a field under a null, or in a fragment
// on a type that did not occur, counts here as well. The policy can be shorter, never longer.
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export type CachePolicy = { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' };
type Hint = CachePolicy & { inheritMaxAge?: boolean };

function hintOf(directives: readonly ConstDirectiveNode[] | undefined): Hint | undefined {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive) return undefined;
  const arg = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
  const scope = arg('scope');
  const hint: Hint = {};
  if (scope?.kind === Kind.ENUM && (scope.value === 'PUBLIC' || scope.value === 'PRIVATE'))
    hint.scope = scope.value;
  const inherit = arg('inheritMaxAge');
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { ...hint, inheritMaxAge: true };
  const maxAge = arg('maxAge');
  if (maxAge?.kind === Kind.INT) hint.maxAge = Number.parseInt(maxAge.value, 10);
  return hint;
}

const typeHint = (type: GraphQLNamedType): Hint =>
  hintOf(type.astNode?.directives) ??
  type.extensionASTNodes.map((n) => hintOf(n.directives)).find(Boolean) ??
  {};

/** Narrows `policy` by `hint`, as Apollo's CachePolicy.restrict does. */
function restrict(policy: CachePolicy, hint: CachePolicy) {
  if (hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge))
    policy.maxAge = hint.maxAge;
  if (hint.scope === 'PRIVATE') policy.scope = 'PRIVATE';
  else if (hint.scope !== undefined && policy.scope === undefined) policy.scope = hint.scope;
}

/** The policy one field contributes (Apollo's willResolveField, statically). */
function fieldPolicy(
  field: GraphQLField<unknown, unknown>,
  root: boolean,
  defaultMaxAge: number,
): CachePolicy {
  const policy: CachePolicy = {};
  const target = getNamedType(field.type);
  let inherit = false;
  if (isCompositeType(target)) {
    const hint = typeHint(target);
    Object.assign(policy, withoutInherit(hint));
    inherit = !!hint.inheritMaxAge;
  }
  const own = hintOf(field.astNode?.directives) ?? {};
  if (own.inheritMaxAge && policy.maxAge === undefined) {
    inherit = true;
    if (own.scope) policy.scope = own.scope;
  } else {
    Object.assign(policy, withoutInherit(own));
  }
  if (policy.maxAge === undefined && ((isCompositeType(target) && !inherit) || root))
    policy.maxAge = defaultMaxAge;
  return policy;
}

const withoutInherit = ({ maxAge, scope }: Hint): CachePolicy => ({
  ...(maxAge !== undefined ? { maxAge } : {}),
  ...(scope !== undefined ? { scope } : {}),
});

const policies = new WeakMap<DocumentNode, Map<string, CachePolicy>>();

/** The policy of `operation` in `document` (remembered per parsed document). */
export function cachePolicyOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  defaultMaxAge: number,
): CachePolicy {
  let byOperation = policies.get(document);
  if (!byOperation) policies.set(document, (byOperation = new Map()));
  const name = operation.name?.value ?? '';
  let policy = byOperation.get(name);
  if (!policy)
    byOperation.set(name, (policy = compute(schema, document, operation, defaultMaxAge)));
  return policy;
}

function compute(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  defaultMaxAge: number,
): CachePolicy {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const rootType =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const policy: CachePolicy = {};
  if (!rootType) return policy;
  const seen = new Set<string>();

  const visit = (selections: SelectionSetNode, parent: GraphQLCompositeType, root: boolean) => {
    // A field chosen on an interface or union resolves on one of its object types: each counts.
    const objects = isAbstractType(parent)
      ? schema.getPossibleTypes(parent)
      : isObjectType(parent)
        ? [parent]
        : [];
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        // Introspection: Apollo's plugin never sees these fields (they have no hook), so they add nothing.
        if (name.startsWith('__')) continue;
        for (const object of objects) {
          const field = object.getFields()[name];
          if (!field) continue;
          restrict(
            policy,
            fieldPolicy(field as GraphQLField<unknown, unknown>, root, defaultMaxAge),
          );
          const target = getNamedType(field.type);
          if (selection.selectionSet && isCompositeType(target))
            visit(selection.selectionSet, target, false);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (condition && isCompositeType(condition)) visit(selection.selectionSet, condition, root);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(`${fragment.name.value}:${parent.name}`)) continue;
        seen.add(`${fragment.name.value}:${parent.name}`);
        const condition = schema.getType(fragment.typeCondition.name.value);
        if (condition && isCompositeType(condition)) visit(fragment.selectionSet, condition, root);
      }
    }
  };
  visit(operation.selectionSet, rootType, true);
  return policy;
}
