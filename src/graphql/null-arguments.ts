// An optional argument given as `null` means what leaving it out means: its default, or nothing.
// GraphQL passes an explicit null through (`articles(filter: null)`), and resolvers written for
// "given or not" read a property of it and fail with a 500. One rule at the schema, for every
// field and every nullable argument, instead of a `?? {}` in each resolver. Inside input objects
// null keeps its own meaning (an editor's `lead: null` clears the lead).
import {
  defaultFieldResolver,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';

export function nullArgumentsAsAbsent(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const optional = field.args.filter((arg) => !isNonNullType(arg.type));
      if (optional.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) =>
        resolve(source, withoutNulls(args, optional), context, info);
    }
  }
}

function withoutNulls(
  args: Record<string, unknown>,
  optional: readonly GraphQLArgument[],
): Record<string, unknown> {
  let out = args;
  for (const arg of optional) {
    if (out[arg.name] !== null) continue;
    if (out === args) out = { ...args };
    if (arg.defaultValue === undefined) delete out[arg.name];
    else out[arg.name] = arg.defaultValue;
  }
  return out;
}
