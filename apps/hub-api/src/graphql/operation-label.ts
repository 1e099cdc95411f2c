import { DocumentNode, FragmentDefinitionNode, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';

function rootFieldNames(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  names: Set<string>,
  seen = new Set<string>(),
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') names.add(selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootFieldNames(selection.selectionSet, fragments, names, seen);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value)) {
        seen.add(fragment.name.value);
        rootFieldNames(fragment.selectionSet, fragments, names, seen);
      }
    }
  }
}

/**
 * The operation a metric and a log line are labelled with, taken from the schema, never from the text
 * a caller chose (its `query MyName` is free text, unbounded): `query.partyProfile`,
 * `mutation.publishLicences`; `query.(several)` for a document asking for more than one root field;
 * `(invalid)` for one that did not parse or validate. So the labels are bounded by the schema's size.
 */
export function operationLabel(
  schema: GraphQLSchema,
  document: DocumentNode | undefined,
  operation: OperationDefinitionNode | undefined,
): string {
  if (!document || !operation) return '(invalid)';
  const root = schema.getRootType(operation.operation);
  if (!root) return '(invalid)';
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const names = new Set<string>();
  rootFieldNames(operation.selectionSet, fragments, names);
  const fields = root.getFields();
  const known = [...names].filter((name) => name in fields || name === '__schema' || name === '__type');
  if (known.length === 0) return `${operation.operation}.(none)`;
  return known.length === 1 ? `${operation.operation}.${known[0]}` : `${operation.operation}.(several)`;
}
