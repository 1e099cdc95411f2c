/** The field specs live with the categories' field tables in the shared schema (records/field-spec.ts). */
export * from '@hub/shared-schema/records/field-spec';
