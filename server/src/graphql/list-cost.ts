// What a query costs counted at the size of its lists: each field is 1, times every list above it —
// a connection at its `first` (50 when left out; one it refuses as out of range, at 1), a list inside
// an object at its `first` (its maximum when left out), a short list without `first` (a job code's
// rates, a delivery's attempts) at an assumed 20 — so 15 aliases of contractors → assignments →
// contractor → assignments cost what they would make the server read, and are refused before they
// run (graphql-armor's own cost limit counts every field once, whatever the lists).
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from './context.js';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;
/** A short list without `first` (a job code's rates, a delivery's attempts, a premium's lines): its size assumed. */
const UNPAGED_LIST_SIZE = 20;
export const MAX_LIST_COST = 200_000;

/**
 * How many items a field with `first` answers: its value, else its default. A connection's `first`
 * has none in the schema (50, at most 200); a list inside an object has its maximum as its default
 * (nested-lists.ts).
 */
function pageOf(first: GraphQLArgument, node: FieldNode, variables: Record<string, unknown>): number {
  const nested = typeof first.defaultValue === 'number' ? first.defaultValue : null;
  const argument = node.arguments?.find((arg) => arg.name.value === 'first');
  const value =
    argument?.value.kind === Kind.INT ? Number(argument.value.value) : argument?.value.kind === Kind.VARIABLE ? variables[argument.value.name.value] : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return nested ?? DEFAULT_PAGE;
  // Out of range, the list refuses it on `first` itself, which says more than a cost would.
  return value >= 1 && value <= (nested ?? MAX_PAGE) ? value : 1;
}

/** The operation's cost, with its variables' values. */
export function listCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  const root = operation ? schema.getRootType(operation.operation) : null;
  if (!operation || !root) return 0;
  const fragments = new Map(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );

  const multiplierOf = (field: GraphQLField<unknown, unknown>, node: FieldNode, parent: GraphQLNamedType): number => {
    const first = field.args.find((arg) => arg.name === 'first');
    if (first) return pageOf(first, node, variables);
    // A connection's edges are its page, already counted at the connection.
    return isListType(getNullableType(field.type)) && !parent.name.endsWith('Connection') ? UNPAGED_LIST_SIZE : 1;
  };

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
        const field = fields[selection.name.value];
        if (!field) {
          total += 1;
          continue;
        }
        const below = selection.selectionSet ? costOf(selection.selectionSet, getNamedType(field.type), seen) : 0;
        total += multiplierOf(field, selection, parent) * (1 + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += costOf(selection.selectionSet, type ?? parent, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        // A fragment that spreads itself is refused by validation; counted once here.
        if (!fragment || seen.has(fragment.name.value)) continue;
        total += costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? parent, new Set([...seen, fragment.name.value]));
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, root, new Set());
}

export const listCostPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request }) {
        const cost = listCost(schema, document, request.operationName, request.variables ?? {});
        if (cost <= MAX_LIST_COST) return;
        throw new GraphQLError(
          `This query asks for too much at once (a cost of ${cost.toLocaleString('en-US')}, at most ${MAX_LIST_COST.toLocaleString('en-US')}, counting each list at its page size). Ask for smaller pages (first) or fewer nested lists.`,
          { extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 } } },
        );
      },
    };
  },
};
