import { LifecycleSide, RecordCategory, Role, TransferAction, TransferMaterialKind, TransferState } from '@hub/shared-schema';
import { declareLifecycle, LifecycleInput, LifecycleItem, unitOn } from '../lifecycle/lifecycle-declaration';
import { DeadlineRule } from '../deadlines/deadlines.service';
import { resultPeriodOf, SEND_EXTENSION_LIMIT_WORKING_DAYS } from './transfer-deadlines';
import { TransferErrors } from './transfers.errors';
import { TransferRow } from './transfers.repository';

/** A transfer as its lifecycle sees it: the row, and what its guards need, loaded by TransfersService. */
export interface TransferItem extends LifecycleItem<TransferState> {
  row: TransferRow;
  /** The kinds of confirmed material attached (the issued letter counts as LETTER). */
  materialKinds: ReadonlySet<TransferMaterialKind>;
  /** The open SEND deadline's due time, if there is one. */
  sendDueAt: Date | null;
  /** Everyone told of its events: sender, receiver(s), the city government once escalated, the supervisors' office. */
  audience: string[];
}

export interface TransferInput extends LifecycleInput {
  workingDays?: number;
  handlingUnitCode?: string;
  summary?: string;
  penaltyId?: string | null;
}

const { SENDER, RECEIVER, CITY_GOVERNMENT, JUDICIAL_ORGAN } = LifecycleSide;
const STAFF = [Role.OFFICER, Role.LEADER, Role.CONNECTOR] as const;
const REQUIRED_MATERIALS: readonly TransferMaterialKind[] = [
  TransferMaterialKind.LETTER,
  TransferMaterialKind.SOURCE,
  TransferMaterialKind.EVIDENCE,
];

/** §4(3)3①: 5 working days from discovery; §4(3)3③: an urgent case 24 hours (clock time). */
export const sendRule = (row: Pick<TransferRow, 'urgent'>): DeadlineRule => (row.urgent ? { hours: 24 } : { workingDays: 5 });

/**
 * 案件移送 (§4(3), §2, §4(5)): draft → submitted → approved by a LEADER of the sending unit → sent →
 * accepted, or declined → escalated to the city government → the unit it names accepts → result reported
 * → closed; withdrawn by the sender before acceptance. A criminal referral runs the same lifecycle towards
 * a judicial organ (its receiver stands on the RECEIVER and the JUDICIAL_ORGAN side).
 */
export const TRANSFER_LIFECYCLE = declareLifecycle<TransferState, TransferAction, TransferItem, TransferInput>({
  itemType: 'transfer',
  table: 'case_transfer',
  title: '案件移送 case transfer (§4(3))',
  initial: TransferState.DRAFT,
  final: [TransferState.CLOSED, TransferState.WITHDRAWN],
  states: {
    DRAFT: '草稿',
    SUBMITTED: '待审批',
    APPROVED: '已审批',
    SENT: '已移送',
    ACCEPTED: '已接收',
    DECLINED: '不予接收',
    ESCALATED: '报市政府',
    ASSIGNED: '市政府指定',
    RESULT_REPORTED: '已反馈结果',
    CLOSED: '已办结',
    WITHDRAWN: '已撤回',
  },
  created: {
    label: '新建',
    clause: '§4(3)3①',
    // §4(3)3①: sending is due 5 working days after discovery; §4(3)3③: an urgent case 24 hours after it.
    deadlines: [
      {
        kind: 'SEND',
        clause: '§4(3)3①',
        owner: unitOn(SENDER),
        startedAt: (_ctx, item) => item.row.discoveredAt,
        rule: (item) => sendRule(item.row),
      },
    ],
  },
  actions: {
    submit: { label: '提交审批', clause: '§4(3)4', from: ['DRAFT'], to: 'SUBMITTED', by: { roles: STAFF, sides: [SENDER] } },
    // §4(3)4: transfers are made in the unit's name with its leader's written approval.
    approve: { label: '审批通过', clause: '§4(3)4', from: ['SUBMITTED'], to: 'APPROVED', by: { roles: [Role.LEADER], sides: [SENDER] } },
    reject: {
      label: '退回',
      clause: '§4(3)4',
      from: ['SUBMITTED'],
      to: 'DRAFT',
      by: { roles: [Role.LEADER], sides: [SENDER] },
      noteRequired: true,
    },
    // §4(3)3②: extendable for investigation, announced to the receiver before the due, at most 10 working days.
    extend: {
      label: '延期移送',
      clause: '§4(3)3②',
      from: ['DRAFT', 'SUBMITTED', 'APPROVED'],
      by: { roles: STAFF, sides: [SENDER] },
      noteRequired: true,
      guards: [
        {
          name: 'extensionWithinLimit',
          clause: '§4(3)3②③',
          check: (_ctx, item, input) =>
            item.row.urgent
              ? TransferErrors.urgentNotExtended()
              : (input.workingDays ?? 0) > SEND_EXTENSION_LIMIT_WORKING_DAYS
                ? TransferErrors.extensionBeyondLimit(SEND_EXTENSION_LIMIT_WORKING_DAYS)
                : null,
        },
        {
          name: 'extensionBeforeDue',
          clause: '§4(3)3②',
          check: (ctx, item) => (item.sendDueAt && ctx.now() > item.sendDueAt ? TransferErrors.extensionTooLate(item.sendDueAt) : null),
        },
      ],
      deadlines: {
        move: [{ kind: 'SEND', rule: (_item, input) => ({ workingDays: input.workingDays ?? 5 }), reason: (input) => input.note ?? '' }],
      },
    },
    send: {
      label: '移送',
      clause: '§4(3)3①③, §4(3)4',
      from: ['APPROVED'],
      to: 'SENT',
      by: { roles: STAFF, sides: [SENDER] },
      guards: [
        {
          // §4(3)4: the letter, the source material and the evidence go with the case.
          name: 'materialsComplete',
          clause: '§4(3)4',
          check: (_ctx, item) => {
            const missing = REQUIRED_MATERIALS.filter((kind) => !item.materialKinds.has(kind));
            return missing.length ? TransferErrors.materialsMissing(missing) : null;
          },
        },
      ],
      deadlines: {
        stop: [{ kind: 'SEND', outcome: 'MET' }],
        // §4(3)3④: the receiver answers in writing within 5 working days of receipt.
        start: [
          { kind: 'ANSWER', clause: '§4(3)3④', owner: unitOn(RECEIVER), startedAt: (ctx) => ctx.now(), rule: () => ({ workingDays: 5 }) },
        ],
      },
    },
    accept: {
      label: '接收',
      clause: '§4(3)3④',
      from: ['SENT', 'ASSIGNED'],
      to: 'ACCEPTED',
      by: { roles: STAFF, sides: [RECEIVER, JUDICIAL_ORGAN] },
      deadlines: {
        stop: [{ kind: 'ANSWER', outcome: 'MET' }],
        // §2(1), §2(2): the result is reported back; the period is the city's per situation (local policy).
        start: [
          {
            kind: 'RESULT',
            clause: '§2(1), §2(2)',
            owner: unitOn(RECEIVER),
            startedAt: (ctx) => ctx.now(),
            rule: (item) => resultPeriodOf(item.row.situation),
          },
        ],
      },
    },
    // §4(3)3④: a receiver that finds the case is not its own reports it to the city government.
    decline: {
      label: '不予接收',
      clause: '§4(3)3④',
      from: ['SENT'],
      to: 'DECLINED',
      by: { roles: STAFF, sides: [RECEIVER, JUDICIAL_ORGAN] },
      noteRequired: true,
      deadlines: { stop: [{ kind: 'ANSWER', outcome: 'MET' }] },
    },
    escalate: {
      label: '报请市政府',
      clause: '§4(3)3④',
      from: ['DECLINED'],
      to: 'ESCALATED',
      by: { roles: STAFF, sides: [RECEIVER, JUDICIAL_ORGAN] },
    },
    // §4(3)3④: the city government decides; the unit it names must accept (no decline from ASSIGNED).
    assign: {
      label: '指定管辖',
      clause: '§4(3)3④',
      from: ['ESCALATED'],
      to: 'ASSIGNED',
      by: { roles: [Role.OFFICER, Role.LEADER], sides: [CITY_GOVERNMENT] },
      // §4(3)3④: the named unit answers as any receiver does, within 5 working days of the decision.
      // The named unit owns the answer: the transfer's receiver is changed to it after the step (TransfersService.assign).
      deadlines: {
        start: [
          {
            kind: 'ANSWER',
            clause: '§4(3)3④',
            owner: (_item, input) => input.handlingUnitCode ?? undefined,
            startedAt: (ctx) => ctx.now(),
            rule: () => ({ workingDays: 5 }),
          },
        ],
      },
    },
    reportResult: {
      label: '反馈结果',
      clause: '§2(1), §2(2)',
      from: ['ACCEPTED'],
      to: 'RESULT_REPORTED',
      by: { roles: STAFF, sides: [RECEIVER, JUDICIAL_ORGAN] },
      deadlines: { stop: [{ kind: 'RESULT', outcome: 'MET' }] },
    },
    close: { label: '办结', clause: '§2(1), §2(2)', from: ['RESULT_REPORTED'], to: 'CLOSED', by: { roles: STAFF, sides: [SENDER] } },
    withdraw: {
      label: '撤回',
      clause: '§4(3)',
      from: ['DRAFT', 'SUBMITTED', 'APPROVED', 'SENT', 'DECLINED'],
      to: 'WITHDRAWN',
      by: { roles: [Role.OFFICER, Role.LEADER], sides: [SENDER] },
      noteRequired: true,
      deadlines: {
        stop: [
          { kind: 'SEND', outcome: 'CANCELLED' },
          { kind: 'ANSWER', outcome: 'CANCELLED' },
        ],
      },
    },
  },
  events: {
    // §4(1)7 其他执法信息: a transfer is none of the six named categories; OTHER is the category its
    // events are filed under so subscriptions can select them (their audience keeps them to the parties).
    category: RecordCategory.OTHER,
    audience: (item) => item.audience,
    sourceUnitCode: (item) => item.row.senderUnitCode,
    data: (item) => ({
      transferId: item.id,
      state: item.state,
      senderUnitCode: item.row.senderUnitCode,
      receiverUnitCode: item.row.receiverUnitCode,
      matterCode: item.row.matterCode,
      townshipCode: item.row.townshipCode,
      criminalReferral: item.row.criminalReferral,
      urgent: item.row.urgent,
    }),
  },
});
