import { residentIdBornOn } from './fixtures';
import { gqlAt, GraphQLResponse } from './test-app';

/** Candidate numbers of an enumeration: Jinjiang, sequence 001, one birth date a day from 1990-01-01. */
export function candidateIdNumber(day: number): string {
  const date = new Date(Date.UTC(1990, 0, 1 + day)).toISOString().slice(0, 10).replace(/-/g, '');
  return residentIdBornOn(date, 1);
}

/** The root fields that search by ID number, each with the argument that takes it. */
export const ID_NUMBER_SEARCHES = {
  penaltyDecisions: (arg: string) => `penaltyDecisions(partyIdNumber: ${arg}, first: 1) { nodes { partyIdNumber } }`,
  licensingDecisions: (arg: string) => `licensingDecisions(holderIdNumber: ${arg}, first: 1) { nodes { holderIdNumber } }`,
  partyProfile: (arg: string) => `partyProfile(idNumber: ${arg}) { query penalties { partyIdNumber } }`,
} as const;

/**
 * One request searching every number with one alias each (`a0`, `a1` …), as the enumeration attack
 * did: the aliases of a document run concurrently. An alias refused fails its non-null root field,
 * which nulls the whole `data`; what each alias cost shows in the audit trail (`x-request-id`).
 */
export function searchAll(
  url: string,
  credential: string,
  numbers: string[],
  requestId: string,
  field: keyof typeof ID_NUMBER_SEARCHES = 'penaltyDecisions',
): Promise<GraphQLResponse<Record<string, any>>> {
  const variables = Object.fromEntries(numbers.map((n, i) => [`n${i}`, n]));
  const declared = numbers.map((_, i) => `$n${i}: String`).join(', ');
  const fields = numbers.map((_, i) => `a${i}: ${ID_NUMBER_SEARCHES[field](`$n${i}`)}`).join('\n');
  return gqlAt(url, `query(${declared}) {\n${fields}\n}`, variables, { credential, headers: { 'x-request-id': requestId } });
}
