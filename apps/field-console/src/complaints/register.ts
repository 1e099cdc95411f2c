import type { ComplaintChannel } from '../gql/graphql';

/** How the person reached the unit: at its counter (窗口) or by phone (电话). */
export type ReceivedBy = 'COUNTER' | 'PHONE';
export const RECEIVED_BY: Record<ReceivedBy, string> = { COUNTER: '窗口受理', PHONE: '电话受理' };

export interface RegisterValues {
  receivedBy: ReceivedBy;
  channel: ComplaintChannel;
  receivedAt: Date;
  subjectName: string;
  subjectUscc: string;
  summary: string;
  reporterName: string;
  reporterPhone: string;
}

/**
 * The unit's own id for a complaint it registers in the console (`sourceId`, unique per publisher): ZD for
 * 执法终端, the Shanghai date, and random hex from crypto.getRandomValues (which, unlike randomUUID, a
 * page on plain http has).
 */
export function consoleSourceId(at: Date, random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const day = at.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).replaceAll('-', '');
  const hex = [...random(new Uint8Array(6))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `ZD-${day}-${hex}`;
}

/**
 * The record the hub keeps of a complaint received at the counter or by phone (§4(1)6, §4(2)): received
 * now by this unit (the first receiver owns it), how it came in written at the head of the summary (the
 * shared record has no field of its own for it), blanks left out rather than sent empty.
 */
export function registerInput(values: RegisterValues, sourceId: string) {
  const optional = (value: string) => (value.trim() ? value.trim() : null);
  return {
    sourceId,
    channel: values.channel,
    status: 'RECEIVED' as const,
    receivedAt: values.receivedAt.toISOString(),
    summary: `【${RECEIVED_BY[values.receivedBy]}】${values.summary.trim()}`,
    subjectName: optional(values.subjectName),
    subjectUscc: optional(values.subjectUscc)?.toUpperCase() ?? null,
    reporterName: optional(values.reporterName),
    reporterPhone: optional(values.reporterPhone),
  };
}
