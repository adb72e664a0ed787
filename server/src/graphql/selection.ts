// What an operation asks of a field's result, for a resolver that reads less when less is asked:
// fields are collected as graphql-js executes them (aliases, fragments, @skip and @include).
import { collectSubFields } from '@graphql-tools/utils';
import { getNamedType, isObjectType, type FieldNode, type GraphQLResolveInfo } from 'graphql';

/** Whether the operation selects the field at `path` (field names, not aliases) below the field being resolved. */
export function selectsField(info: GraphQLResolveInfo, path: readonly [string, ...string[]]): boolean {
  let type = getNamedType(info.returnType);
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    if (!isObjectType(type)) return false;
    const field = type.getFields()[name];
    if (!field) return false;
    const { fields, patches } = collectSubFields(info.schema, info.fragments, info.variableValues, type, nodes as FieldNode[]);
    // Deferred fragments (patches) are still executed, only later.
    nodes = [fields, ...patches.map((patch) => patch.fields)].flatMap((byResponseName) => [...byResponseName.values()].flat()).filter((node) => node.name.value === name);
    if (nodes.length === 0) return false;
    type = getNamedType(field.type);
  }
  return true;
}
