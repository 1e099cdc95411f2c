import { buildSchema, graphql, GraphQLResolveInfo } from 'graphql';
import { selectedFields } from './selection';

const schema = buildSchema(`
  type Unit { code: String refusals: Int declines: Int grounds: [Ground] }
  type Ground { code: String }
  type Report { label: String units: [Unit] }
  type Query { report: Report }
`);

/** What `selectedFields` saw for `path` when `query` ran. */
async function seen(query: string, path: string[], variables: Record<string, unknown> = {}): Promise<string[]> {
  let fields: string[] = [];
  const result = await graphql({
    schema,
    source: query,
    variableValues: variables,
    rootValue: {
      report: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        fields = [...selectedFields(info, path)].sort();
        return { units: [] };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return fields;
}

describe('selectedFields', () => {
  it('names the fields asked of the object reached by the path, by field name, not alias', async () => {
    expect(await seen('{ report { label units { code n: refusals } } }', [])).toEqual(['label', 'units']);
    expect(await seen('{ report { label units { code n: refusals } } }', ['units'])).toEqual(['code', 'refusals']);
  });

  it('follows fragments, inline fragments and @include/@skip with their variables', async () => {
    const query = `query($d: Boolean!) { report { units { ...U ... on Unit { grounds { code } } declines @include(if: $d) } } }
      fragment U on Unit { refusals }`;
    expect(await seen(query, ['units'], { d: true })).toEqual(['declines', 'grounds', 'refusals']);
    expect(await seen(query, ['units'], { d: false })).toEqual(['grounds', 'refusals']);
    expect(await seen('{ report { units { code } units { refusals } } }', ['units'])).toEqual(['code', 'refusals']);
  });

  it('is empty for a path not selected or not an object', async () => {
    expect(await seen('{ report { label } }', ['units'])).toEqual([]);
    expect(await seen('{ report { label } }', ['label'])).toEqual([]);
  });
});
