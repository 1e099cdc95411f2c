import { graphql } from '../gql';

/** The field console's operations, typed from libs/shared-schema/schema.graphql (npm run codegen). */

export const LoginDocument = graphql(`
  mutation ConsoleLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
      user {
        username
        displayName
        unitCode
        roles
      }
    }
  }
`);

export const UnitsDocument = graphql(`
  query ConsoleUnits {
    units(first: 100) {
      nodes {
        code
        name
      }
    }
  }
`);

export const PartyProfileDocument = graphql(`
  query ConsolePartyProfile($uscc: String, $idNumber: String, $name: String) {
    partyProfile(uscc: $uscc, idNumber: $idNumber, name: $name) {
      query
      names
      licences {
        id
        kind
        licenceNumber
        holderName
        holderUscc
        holderIdNumber
        matterCode
        matter {
          name
        }
        scope
        townshipCode
        status
        validFrom
        validTo
        revokedAt
        revokeReason
        publisherCode
        masked
      }
      licencesPageInfo {
        hasNextPage
      }
      penalties {
        id
        decisionNumber
        decisionDate
        partyName
        partyUscc
        partyIdNumber
        partyPhone
        matterCode
        matter {
          name
        }
        measureKind
        penaltyKinds
        fineAmount
        executionStatus
        facts
        townshipCode
        masked
      }
      penaltiesPageInfo {
        hasNextPage
      }
      openComplaints {
        id
        channel
        status
        summary
        receivedAt
        reporterName
        reporterPhone
        handlingUnitCode
        masked
      }
      openComplaintsPageInfo {
        hasNextPage
      }
      openTransfers {
        id
        state
        matterCode
        partyName
        partyIdNumber
        senderUnitCode
        receiverUnitCode
        createdAt
        nextDueAt
        overdue
      }
    }
  }
`);

export const PermitStatusDocument = graphql(`
  query ConsolePermitStatus($uscc: String!, $matterCode: String!) {
    permitStatus(uscc: $uscc, matterCode: $matterCode) {
      at
      covered
      reason
      reasonCode
      licence {
        id
        licenceNumber
        validFrom
        validTo
      }
    }
  }
`);

export const WhoHandlesDocument = graphql(`
  query ConsoleWhoHandles($matterCode: String!, $townshipCode: String!) {
    whoHandles(matterCode: $matterCode, townshipCode: $townshipCode) {
      devolved
      matter {
        code
        name
      }
      unit {
        code
        name
      }
    }
  }
`);

export const CreateTransferDocument = graphql(`
  mutation ConsoleCreateTransfer($input: CreateTransferInput!) {
    createTransfer(input: $input) {
      id
      state
      receiverUnitCode
    }
  }
`);

export const SubmitTransferDocument = graphql(`
  mutation ConsoleSubmitTransfer($input: TransferActionInput!) {
    submitTransfer(input: $input) {
      id
      state
    }
  }
`);

export const RequestTransferMaterialUploadDocument = graphql(`
  mutation ConsoleRequestTransferMaterialUpload($input: RequestTransferMaterialUploadInput!) {
    requestTransferMaterialUpload(input: $input) {
      uploadUrl
      evidence {
        id
      }
    }
  }
`);

export const ConfirmEvidenceUploadDocument = graphql(`
  mutation ConsoleConfirmEvidenceUpload($id: ID!) {
    confirmEvidenceUpload(id: $id) {
      id
      status
    }
  }
`);

export const SendTransferDocument = graphql(`
  mutation ConsoleSendTransfer($input: TransferActionInput!) {
    sendTransfer(input: $input) {
      id
      state
    }
  }
`);

export const EscalateTransferDocument = graphql(`
  mutation ConsoleEscalateTransfer($input: TransferActionInput!) {
    escalateTransfer(input: $input) {
      id
      state
    }
  }
`);

export const EvidenceDownloadDocument = graphql(`
  query ConsoleEvidenceDownload($id: ID!) {
    evidenceDownloadUrl(id: $id) {
      url
      sha256
      expiresAt
    }
  }
`);

export const ApprovalQueueDocument = graphql(`
  query ConsoleApprovalQueue {
    transfers(direction: SENT, state: SUBMITTED, first: 50) {
      nodes {
        id
        state
        partyName
        partyUscc
        matterCode
        receiverUnitCode
        facts
        urgent
        situation
        createdAt
        nextDueAt
        overdue
      }
    }
  }
`);

export const ApproveTransferDocument = graphql(`
  mutation ConsoleApproveTransfer($input: TransferActionInput!) {
    approveTransfer(input: $input) {
      id
      state
    }
  }
`);

export const RejectTransferDocument = graphql(`
  mutation ConsoleRejectTransfer($input: TransferActionInput!) {
    rejectTransfer(input: $input) {
      id
      state
    }
  }
`);

/** A year of the hub's working calendar as a countdown needs it: its exceptions (transfers/countdown.ts). */
export const HeldYearFragment = graphql(`
  fragment ConsoleHeldYear on CalendarYear {
    exceptions {
      date
      working
    }
  }
`);

export const TransferInboxDocument = graphql(`
  query ConsoleTransferInbox($thisYear: Int!, $nextYear: Int!) {
    transferInbox(first: 50) {
      id
      state
      partyName
      matterCode
      senderUnitCode
      facts
      urgent
      nextDueAt
      overdue
      allowedActions
      receiverUnitCode
      letterNo
      letterEvidenceId
    }
    thisYear: calendarYear(year: $thisYear) {
      ...ConsoleHeldYear
    }
    nextYear: calendarYear(year: $nextYear) {
      ...ConsoleHeldYear
    }
  }
`);

export const AcceptTransferDocument = graphql(`
  mutation ConsoleAcceptTransfer($input: TransferActionInput!) {
    acceptTransfer(input: $input) {
      id
      state
    }
  }
`);

export const DeclineTransferDocument = graphql(`
  mutation ConsoleDeclineTransfer($input: TransferActionInput!) {
    declineTransfer(input: $input) {
      id
      state
    }
  }
`);

export const SupervisionDocument = graphql(`
  query ConsoleSupervision($period: SupervisionPeriodInput!) {
    supervisionSummary {
      unitCode
      unitName
      overdue
      dueSoon
      maxWorkingDaysOverdue
    }
    supervisionItems(filter: { state: OVERDUE }, first: 20) {
      nodes {
        deadlineId
        itemType
        itemTypeName
        itemId
        kindName
        clause
        ownerUnitCode
        ownerUnitName
        dueAt
        workingDaysOverdue
      }
    }
    supervisionLeague(period: $period) {
      period {
        label
      }
      rows {
        rank
        unitCode
        unitName
        counted
        rate
        rankChange
      }
    }
  }
`);

/** A change that concerns the reader's unit (the hub keeps each event to its audience): only its type is read. */
export const LiveEventsDocument = graphql(`
  subscription ConsoleLiveEvents($filter: EventFilterInput) {
    liveEvents(filter: $filter) {
      position
      type
    }
  }
`);
