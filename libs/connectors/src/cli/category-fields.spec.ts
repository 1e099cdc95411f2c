import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLSchema,
  isListType,
  isNonNullType,
} from 'graphql';
import { PUBLISH_CATEGORIES, PUBLISH_CATEGORY_NAMES } from '../publish-categories';
import { CATEGORY_FIELDS } from './category-fields';
import type { FieldSpec } from './field-spec';

/** The committed SDL is the contract: the CLI's field table must say what it says. */
describe('category fields against the committed SDL', () => {
  const schema: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '../../../shared-schema/schema.graphql'), 'utf8'));

  it.each(PUBLISH_CATEGORY_NAMES)('%s: the batch mutation takes records of its input type', (category) => {
    const { mutation, inputType } = PUBLISH_CATEGORIES[category];
    const field = schema.getMutationType()?.getFields()[mutation];
    expect(field?.args.map((a) => [a.name, String(a.type)])).toEqual([
      ['dryRun', 'Boolean'],
      ['records', `[${inputType}!]!`],
    ]);
    expect(String(field?.type)).toBe('BatchPublishResult!');
  });

  it.each(PUBLISH_CATEGORY_NAMES)('%s: every input field, its type and whether it is required', (category) => {
    const input = schema.getType(PUBLISH_CATEGORIES[category].inputType) as GraphQLInputObjectType;
    const specs = CATEGORY_FIELDS[category] as Record<string, FieldSpec>;
    expect(Object.keys(specs).sort()).toEqual(Object.keys(input.getFields()).sort());
    for (const [name, sdl] of Object.entries(input.getFields())) {
      const spec = specs[name];
      const required = isNonNullType(sdl.type) && sdl.defaultValue === undefined;
      const named = getNamedType(sdl.type);
      const list = isListType(isNonNullType(sdl.type) ? (sdl.type as GraphQLNonNull<GraphQLList<never>>).ofType : sdl.type);
      const kind =
        named instanceof GraphQLEnumType
          ? 'enum'
          : list
            ? 'list'
            : named.name === 'DateTime'
              ? 'dateTime'
              : named.name === 'JSON'
                ? 'json'
                : 'string';
      const specKind = ['date', 'decimal', 'uscc', 'township'].includes(spec.kind) ? 'string' : spec.kind;
      expect([name, specKind, spec.required]).toEqual([name, kind, required]);
      // A licence's EXPIRED and WITHDRAWN are derived by the hub when read and refused as input: the CLI does not offer them.
      const offered =
        named instanceof GraphQLEnumType
          ? named
              .getValues()
              .map((v) => v.name)
              .filter((v) => !(named.name === 'LicenceStatus' && (v === 'EXPIRED' || v === 'WITHDRAWN')))
          : [];
      if (named instanceof GraphQLEnumType) expect([name, Object.keys(spec.values ?? {}).sort()]).toEqual([name, offered.sort()]);
    }
  });

  it("recognises the headers of the hub's own exports (罚款金额（元）, 来源编号 …)", () => {
    const labels = (category: keyof typeof CATEGORY_FIELDS, name: string) =>
      (CATEGORY_FIELDS[category] as Record<string, FieldSpec>)[name].labels;
    expect([labels('penalty', 'fineAmount'), labels('penalty', 'sourceId'), labels('licensing', 'townshipCode')]).toEqual([
      expect.arrayContaining(['罚款金额（元）']),
      expect.arrayContaining(['来源编号']),
      expect.arrayContaining(['镇街']),
    ]);
  });

  it.each(PUBLISH_CATEGORY_NAMES)('%s: a header names one field only', (category) => {
    const headers = Object.entries(CATEGORY_FIELDS[category] as Record<string, FieldSpec>).flatMap(([name, spec]) => [
      name,
      ...spec.labels,
    ]);
    expect(headers.filter((h, i) => headers.indexOf(h) !== i)).toEqual([]);
  });
});
