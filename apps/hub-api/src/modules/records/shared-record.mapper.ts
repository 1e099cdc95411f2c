import { SharedRecord } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { maskField, seesPersonalData } from '../personal-data/personal-data';
import { SharedRecordEntity } from './shared-record.entity';

/** The fields every shared record shows, and whether the reader got its personal data masked. */
export function sharedRecordFields(row: SharedRecordEntity, masked: boolean): SharedRecord {
  return {
    id: row.id,
    publisherCode: row.publisherCode,
    sourceId: row.sourceId,
    version: row.version,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    revokedAt: row.revokedAt,
    revokeReason: row.revokeReason,
    masked,
  };
}

/** The fields of a row that hold a person's text (an ID number, a phone, a name) or nothing. */
type PersonalField<Row> = { [K in keyof Row & string]: Row[K] extends string | null ? K : never }[keyof Row & string];

/** What a category declares of its personal data (record-category.ts): which fields, and who handles a record besides its publisher. */
interface PersonalDataDeclaration<Row extends SharedRecordEntity, F extends PersonalField<Row>> {
  entity: new () => Row;
  personalFields: readonly F[];
  handlingUnitsOf?(row: NoInfer<Row>): string[];
}

/**
 * A category's personal data as its declaration states it (§5(1)): `seesInFull` whether the reader is
 * the publisher, a handling unit or a supervisor; `envelope` the shared record's fields with the personal
 * ones, in full or masked by what their names say they hold (see maskField); `fullyShown` the ids of rows
 * shown in full with something personal in them, whose views are audited.
 */
export function personalRecordMapper<Row extends SharedRecordEntity, F extends PersonalField<Row>>(
  declaration: PersonalDataDeclaration<Row, F>,
) {
  const fields = declaration.personalFields;
  const seesInFull = (row: Row, reader: Actor) =>
    seesPersonalData(reader, [row.publisherCode, ...(declaration.handlingUnitsOf?.(row) ?? [])]);
  return {
    seesInFull,
    envelope(row: Row, reader: Actor): SharedRecord & { [K in F]: string | null } {
      const full = seesInFull(row, reader);
      const personal = {} as { [K in F]: string | null };
      for (const field of fields) {
        const value = row[field] as string | null;
        personal[field] = full ? value : maskField(field, value);
      }
      return { ...sharedRecordFields(row, !full), ...personal };
    },
    fullyShown(rows: Row[], reader: Actor): string[] {
      return rows.filter((r) => fields.some((field) => r[field]) && seesInFull(r, reader)).map((r) => r.id);
    },
  };
}
