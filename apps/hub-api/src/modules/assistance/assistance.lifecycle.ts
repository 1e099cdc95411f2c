import { AssistanceAction, AssistanceKind, AssistanceState, LifecycleSide, RecordCategory, Role } from '@hub/shared-schema';
import { DeadlineRule } from '../deadlines/deadlines.service';
import {
  ActionRule,
  declareLifecycle,
  LifecycleDeclaration,
  LifecycleInput,
  LifecycleItem,
  unitOn,
} from '../lifecycle/lifecycle-declaration';
import { AssistanceErrors } from './assistance.errors';
import { AssistanceRow } from './assistance.repository';

/** A request as its lifecycle sees it: the row, and what its guards need, loaded by AssistanceService. */
export interface AssistanceItem<S extends AssistanceState = AssistanceState> extends LifecycleItem<S> {
  row: AssistanceRow;
  /** The open ANSWER deadline's due time and its period in working days, if there is one. */
  answerDueAt: Date | null;
  answerWorkingDays: number | null;
  /** Confirmed files the requested unit uploaded for the request (documents, opinion files). */
  providedFiles: number;
  /** The requesting and the requested unit, and the supervisors' office. */
  audience: string[];
}

export interface AssistanceInput extends LifecycleInput {
  /** extend: the new answer period in working days from receipt, counted by the service from the expected date. */
  workingDays?: number;
  /** refuse: the legal ground named, once the service found it on the admins' list (null: none named). */
  groundCode?: string | null;
}

type Declaration<S extends AssistanceState, A extends AssistanceAction> = LifecycleDeclaration<S, A, AssistanceItem<S>, AssistanceInput>;
type Rule<S extends AssistanceState> = ActionRule<S, AssistanceItem<S>, AssistanceInput>;

const { SENDER, RECEIVER } = LifecycleSide;
const STAFF = [Role.OFFICER, Role.LEADER, Role.CONNECTOR] as const;
const ANSWER = 'ANSWER';

/** §5(2): a written opinion or appraisal within 5 working days of receipt. */
export const OPINION_WORKING_DAYS = 5;
/**
 * §5(1) names no period for providing documents; local policy: the same 5 working days as §5(2) until the
 * city sets another, so a request does not wait unseen.
 */
export const DOCUMENTS_WORKING_DAYS = 5;
/** §4(1)4 names no period for a town's ledger material; local policy: 5 working days, as above. */
export const LEDGER_WORKING_DAYS = 5;

const STATE_NAMES: Record<AssistanceState, string> = {
  SENT: '已发出',
  ACCEPTED: '已受理',
  ANSWERED: '已答复',
  REFUSED: '已拒绝',
  CLOSED: '已办结',
  WITHDRAWN: '已撤回',
};

/** What every kind shares: the requesting unit withdraws before the answer, and closes once answered. */
const close = <S extends AssistanceState>(from: S[]): Rule<S | 'CLOSED'> => ({
  label: '办结',
  clause: '§5',
  from,
  to: 'CLOSED',
  by: { roles: STAFF, sides: [SENDER] },
});
/** An answer of the requested unit (a staff member or its system): it meets the ANSWER deadline. */
const answeredBy = <S extends AssistanceState>(
  label: string,
  clause: string,
  from: S[],
  to: S,
  guards: Rule<S>['guards'] = [],
  noteRequired = false,
): Rule<S> => ({
  label,
  clause,
  from,
  to,
  by: { roles: STAFF, sides: [RECEIVER] },
  ...(noteRequired ? { noteRequired } : {}),
  ...(guards.length ? { guards } : {}),
  deadlines: { stop: [{ kind: ANSWER, outcome: 'MET' }] },
});
/** §4(5): the police or the court accepts the request it is to act on. */
const accept = answeredBy<'SENT' | 'ACCEPTED'>('受理', '§4(5)', ['SENT'], 'ACCEPTED');
/** §5(1): the requested unit provides unless a legal reason forbids it: the ground from the list, explained. */
const refuse = (clause: string): Rule<'SENT' | 'REFUSED'> =>
  answeredBy<'SENT' | 'REFUSED'>(
    '拒绝提供',
    clause,
    ['SENT'],
    'REFUSED',
    [
      {
        name: 'legalGround',
        clause: '§5(1)',
        check: (_ctx, _item, input) => (input.groundCode ? null : AssistanceErrors.groundRequired()),
      },
    ],
    true,
  );
const withdrawFrom = <S extends AssistanceState>(from: S[]): Rule<S | 'WITHDRAWN'> => ({
  label: '撤回',
  clause: '§5',
  from,
  to: 'WITHDRAWN',
  by: { roles: [Role.OFFICER, Role.LEADER], sides: [SENDER] },
  noteRequired: true,
  deadlines: { stop: [{ kind: ANSWER, outcome: 'CANCELLED' }] },
});
const withdraw = withdrawFrom(['SENT']);

/**
 * The parts of a kind's declaration that are the same for every kind: the table, the states, the
 * audience and payload of its events. Receipt (§5) is the moment the request is sent: the hub delivers
 * it to the requested unit then (its event), as a transfer's answer counts from sending (§4(3)3④), so
 * the answer deadline starts at creation and a requested unit cannot hold the clock by not opening it.
 */
function assistanceLifecycle<S extends AssistanceState, A extends AssistanceAction>(
  kind: AssistanceKind,
  title: string,
  clause: string,
  answerRule: (item: AssistanceItem<S>) => DeadlineRule,
  states: readonly S[],
  actions: Record<A, Rule<S>>,
): Declaration<S, A> {
  return declareLifecycle<S, A, AssistanceItem<S>, AssistanceInput>({
    itemType: 'assistance',
    table: 'assistance_request',
    title: `${title} (${kind})`,
    initial: 'SENT' as S,
    final: ['CLOSED', 'WITHDRAWN'] as S[],
    states: Object.fromEntries(states.map((state) => [state, STATE_NAMES[state]])) as Record<S, string>,
    created: {
      label: '发出请求',
      clause,
      deadlines: [{ kind: ANSWER, clause, owner: unitOn(RECEIVER), startedAt: (ctx) => ctx.now(), rule: answerRule }],
    },
    actions,
    events: {
      // §4(1)7 其他执法信息: a request is none of the six named categories (its audience keeps it to its units).
      category: RecordCategory.OTHER,
      audience: (item) => item.audience,
      sourceUnitCode: (item) => item.row.requestingUnitCode,
      data: (item) => ({
        assistanceRequestId: item.id,
        kind: item.row.kind,
        state: item.state,
        requestingUnitCode: item.row.requestingUnitCode,
        requestedUnitCode: item.row.requestedUnitCode,
        urgent: item.row.urgent,
      }),
    },
  });
}

/** 技术鉴定/专业意见 (§5(2)): sent → answered with the written opinion → closed; on site and extension on the way. */
export const TECHNICAL_OPINION_LIFECYCLE = assistanceLifecycle<
  'SENT' | 'ANSWERED' | 'CLOSED' | 'WITHDRAWN',
  'recordOnSite' | 'extend' | 'answer' | 'close' | 'withdraw'
>(
  AssistanceKind.TECHNICAL_OPINION,
  '技术鉴定/专业意见 technical opinion or appraisal (§5(2))',
  '§5(2)',
  () => ({ workingDays: OPINION_WORKING_DAYS }),
  ['SENT', 'ANSWERED', 'CLOSED', 'WITHDRAWN'],
  {
    // §5(2): urgent or evidence-at-risk requests get someone on site; the requested unit records who and when.
    recordOnSite: {
      label: '派员到场',
      clause: '§5(2)',
      from: ['SENT'],
      by: { roles: STAFF, sides: [RECEIVER] },
      guards: [
        {
          name: 'onSiteRequested',
          clause: '§5(2)',
          check: (_ctx, item) => (item.row.urgent || item.row.evidenceAtRisk ? null : AssistanceErrors.onSiteNotRequested()),
        },
      ],
    },
    // §5(2): a long appraisal is announced, with its expected date, before the answer is due.
    extend: {
      label: '延期答复',
      clause: '§5(2)',
      from: ['SENT'],
      by: { roles: STAFF, sides: [RECEIVER] },
      noteRequired: true,
      guards: [
        {
          name: 'extensionBeforeDue',
          clause: '§5(2)',
          check: (ctx, item) =>
            item.answerDueAt && ctx.now() > item.answerDueAt ? AssistanceErrors.extensionTooLate(item.answerDueAt) : null,
        },
        {
          name: 'extensionLonger',
          clause: '§5(2)',
          check: (_ctx, item, input) =>
            item.answerDueAt && (input.workingDays ?? 0) <= (item.answerWorkingDays ?? 0)
              ? AssistanceErrors.extensionNotLonger(item.answerDueAt)
              : null,
        },
      ],
      deadlines: {
        move: [
          {
            kind: ANSWER,
            rule: (_item, input) => ({ workingDays: input.workingDays ?? OPINION_WORKING_DAYS }),
            reason: (input) => input.note ?? '',
          },
        ],
      },
    },
    answer: answeredBy('出具意见', '§5(2)', ['SENT'], 'ANSWERED'),
    close: close(['ANSWERED']),
    withdraw,
  },
);

/** 查阅资料 (§5(1)): sent → documents provided, or refused on a legal ground → closed. */
export const DOCUMENT_ACCESS_LIFECYCLE = assistanceLifecycle<
  'SENT' | 'ANSWERED' | 'REFUSED' | 'CLOSED' | 'WITHDRAWN',
  'provide' | 'refuse' | 'close' | 'withdraw'
>(
  AssistanceKind.DOCUMENT_ACCESS,
  '查阅资料 document access (§5(1))',
  '§5(1)',
  () => ({ workingDays: DOCUMENTS_WORKING_DAYS }),
  ['SENT', 'ANSWERED', 'REFUSED', 'CLOSED', 'WITHDRAWN'],
  {
    provide: answeredBy('提供资料', '§5(1)', ['SENT'], 'ANSWERED', [
      {
        name: 'documentsAttached',
        clause: '§5(1)',
        check: (_ctx, item) => (item.providedFiles > 0 ? null : AssistanceErrors.documentsMissing()),
      },
    ]),
    refuse: refuse('§5(1)'),
    close: close(['ANSWERED', 'REFUSED']),
    withdraw,
  },
);

/** 台账材料请求 (§4(1)4): a department's request → the town publishes the ledger entries, or refuses on a ground → closed. */
export const DATA_REQUEST_LIFECYCLE = assistanceLifecycle<
  'SENT' | 'ANSWERED' | 'REFUSED' | 'CLOSED' | 'WITHDRAWN',
  'supplyLedger' | 'refuse' | 'close' | 'withdraw'
>(
  AssistanceKind.DATA_REQUEST,
  '台账材料请求 ledger material for a department (§4(1)4)',
  '§4(1)4',
  () => ({ workingDays: LEDGER_WORKING_DAYS }),
  ['SENT', 'ANSWERED', 'REFUSED', 'CLOSED', 'WITHDRAWN'],
  {
    // The entries are published through the records machinery in the same transaction, each linked to the request.
    supplyLedger: answeredBy('报送台账', '§4(1)4', ['SENT'], 'ANSWERED'),
    refuse: refuse('§4(1)4, §5(1)'),
    close: close(['ANSWERED', 'REFUSED']),
    withdraw,
  },
);

/**
 * §4(5) names no period for the police's answer; local policy, as a transfer's (§4(3)3①③): an urgent request
 * (the default) is answered within 24 hours (clock time), another within 5 working days.
 */
export const policeAnswerRule = (row: Pick<AssistanceRow, 'urgent'>): DeadlineRule => (row.urgent ? { hours: 24 } : { workingDays: 5 });

/** 公安协助 (§4(5)): a town's request → the police accept → record the officers dispatched → closed. */
export const POLICE_SUPPORT_LIFECYCLE = assistanceLifecycle<
  'SENT' | 'ACCEPTED' | 'ANSWERED' | 'CLOSED' | 'WITHDRAWN',
  'accept' | 'recordDispatch' | 'close' | 'withdraw'
>(
  AssistanceKind.POLICE_SUPPORT,
  '公安协助 police support at an enforcement action (§4(5))',
  '§4(5)',
  (item) => policeAnswerRule(item.row),
  ['SENT', 'ACCEPTED', 'ANSWERED', 'CLOSED', 'WITHDRAWN'],
  {
    accept,
    // §4(5): the police back up the town's officers: who was sent, and when.
    recordDispatch: { label: '派警', clause: '§4(5)', from: ['ACCEPTED'], to: 'ANSWERED', by: { roles: STAFF, sides: [RECEIVER] } },
    close: close(['ANSWERED']),
    withdraw: withdrawFrom(['SENT', 'ACCEPTED']),
  },
);

/**
 * 申请法院强制执行 (§4(5)): a town's application → the court accepts → answers (again as execution goes on)
 * → closed. The decision's execution status follows each answer (AssistanceService, through the records
 * machinery). The court's acceptance period is local policy: 5 working days (行政强制法 第五十六条 gives the
 * court five days to decide on acceptance).
 */
export const COURT_ENFORCEMENT_LIFECYCLE = assistanceLifecycle<
  'SENT' | 'ACCEPTED' | 'ANSWERED' | 'CLOSED' | 'WITHDRAWN',
  'accept' | 'courtAnswer' | 'close' | 'withdraw'
>(
  AssistanceKind.COURT_ENFORCEMENT,
  '申请法院强制执行 court enforcement of a penalty decision (§4(5))',
  '§4(5)',
  () => ({ workingDays: 5 }),
  ['SENT', 'ACCEPTED', 'ANSWERED', 'CLOSED', 'WITHDRAWN'],
  {
    accept,
    courtAnswer: {
      label: '法院答复',
      clause: '§4(5)',
      from: ['ACCEPTED', 'ANSWERED'],
      to: 'ANSWERED',
      by: { roles: STAFF, sides: [RECEIVER] },
    },
    close: close(['ANSWERED']),
    withdraw: withdrawFrom(['SENT']),
  },
);

/** Each kind's declaration, as the service picks it for a request. */
export const ASSISTANCE_LIFECYCLES = {
  TECHNICAL_OPINION: TECHNICAL_OPINION_LIFECYCLE,
  DOCUMENT_ACCESS: DOCUMENT_ACCESS_LIFECYCLE,
  DATA_REQUEST: DATA_REQUEST_LIFECYCLE,
  POLICE_SUPPORT: POLICE_SUPPORT_LIFECYCLE,
  COURT_ENFORCEMENT: COURT_ENFORCEMENT_LIFECYCLE,
} as const satisfies Record<AssistanceKind, unknown>;

/** Any kind's declaration, for what the service does alike for every kind (allowed actions, creation). */
export type AnyAssistanceLifecycle = Declaration<AssistanceState, AssistanceAction>;

export function lifecycleOf(kind: AssistanceKind): AnyAssistanceLifecycle {
  return ASSISTANCE_LIFECYCLES[kind] as unknown as AnyAssistanceLifecycle;
}

/** The README marker of a kind's diagram: `<!-- lifecycle:assistance-technical-opinion:begin -->`. */
export function diagramMarker(kind: AssistanceKind): string {
  return `assistance-${kind.toLowerCase().replace(/_/g, '-')}`;
}
