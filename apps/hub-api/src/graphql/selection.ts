import { collectSubFields, type VariableValues } from '@graphql-tools/utils';
import { FieldNode, getNamedType, GraphQLResolveInfo, isObjectType } from 'graphql';

/**
 * The names of the fields a caller selected on what a resolver returns, or on the object reached from it
 * by `path` (`['units']`: the fields asked of each unit), through fragments, aliases and @include/@skip,
 * with graphql-tools' field collection (the executor's own rules). A resolver asks it to leave out work
 * whose answer no one selected (supervisionReport runs the refusal counts only when they are asked for).
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let type = getNamedType(info.returnType);
  let nodes: FieldNode[] = [...info.fieldNodes];
  // graphql-tools takes the variables as graphql 17 holds them and reads `coerced` under graphql 16 (ours).
  const variables: VariableValues = { coerced: info.variableValues, sources: {} };
  for (let depth = 0; ; depth++) {
    if (!isObjectType(type)) return new Set();
    const { fields } = collectSubFields(info.schema, info.fragments, variables, type, nodes);
    const selected = [...fields.values()];
    if (depth === path.length) return new Set(selected.map((field) => field[0].name.value));
    const name = path[depth];
    nodes = selected.filter((field) => field[0].name.value === name).flat();
    const next = type.getFields()[name];
    if (!next || !nodes.length) return new Set();
    type = getNamedType(next.type);
  }
}
