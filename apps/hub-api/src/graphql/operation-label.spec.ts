import { buildSchema, Kind, OperationDefinitionNode, parse } from 'graphql';
import { operationLabel } from './operation-label';

const schema = buildSchema('type Query { viewer: String, units: [String] } type Mutation { login: String }');

function label(source: string, operationName?: string): string {
  const document = parse(source);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.find((o) => !operationName || o.name?.value === operationName);
  return operationLabel(schema, document, operation);
}

describe('operation labels come from the schema, not from what the caller typed', () => {
  it('names the one root field with the operation type', () => {
    expect(label('query AnythingTheCallerLikes { viewer }')).toBe('query.viewer');
    expect(label('mutation { login }')).toBe('mutation.login');
    expect(label('query { a: viewer b: viewer __typename }')).toBe('query.viewer');
    expect(label('query { ...F } fragment F on Query { units }')).toBe('query.units');
    expect(label('{ __schema { types { name } } }')).toBe('query.__schema');
  });

  it('bounds everything else to a few fixed labels', () => {
    expect(label('{ viewer units }')).toBe('query.(several)');
    expect(label('{ noSuchField }')).toBe('query.(none)');
    expect(operationLabel(schema, undefined, undefined)).toBe('(invalid)');
    expect(label('subscription { ticks }')).toBe('(invalid)');
  });
});
