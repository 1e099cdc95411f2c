/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsoleAssistanceRequests($thisYear: Int!, $nextYear: Int!) {\n    assistanceRequests(first: 50) {\n      nodes {\n        id\n        kind\n        state\n        subject\n        details\n        urgent\n        evidenceAtRisk\n        requestingUnitCode\n        requestedUnitCode\n        place\n        actionAt\n        ledgerKind\n        period\n        opinion\n        refusalGround {\n          code\n          name\n        }\n        refusalExplanation\n        nextDueAt\n        overdue\n        allowedActions\n        createdAt\n      }\n    }\n    refusalGrounds {\n      code\n      name\n      legalBasis\n    }\n    thisYear: calendarYear(year: $thisYear) {\n      ...ConsoleHeldYear\n    }\n    nextYear: calendarYear(year: $nextYear) {\n      ...ConsoleHeldYear\n    }\n  }\n": typeof types.ConsoleAssistanceRequestsDocument,
    "\n  mutation ConsoleCreateAssistanceRequest($input: CreateAssistanceRequestInput!) {\n    createAssistanceRequest(input: $input) {\n      id\n      state\n      requestedUnitCode\n      nextDueAt\n    }\n  }\n": typeof types.ConsoleCreateAssistanceRequestDocument,
    "\n  mutation ConsoleAcceptAssistance($input: AssistanceActionInput!) {\n    acceptAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleAcceptAssistanceDocument,
    "\n  mutation ConsoleAnswerAssistance($input: AnswerAssistanceInput!) {\n    answerAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleAnswerAssistanceDocument,
    "\n  mutation ConsoleProvideAssistance($input: AssistanceActionInput!) {\n    provideAssistanceDocuments(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleProvideAssistanceDocument,
    "\n  mutation ConsoleRefuseAssistance($input: RefuseAssistanceInput!) {\n    refuseAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleRefuseAssistanceDocument,
    "\n  mutation ConsoleCloseAssistance($input: AssistanceActionInput!) {\n    closeAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleCloseAssistanceDocument,
    "\n  mutation ConsoleWithdrawAssistance($input: AssistanceActionInput!) {\n    withdrawAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleWithdrawAssistanceDocument,
    "\n  mutation ConsoleRequestEvidenceUpload($input: RequestEvidenceUploadInput!) {\n    requestEvidenceUpload(input: $input) {\n      uploadUrl\n      evidence {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleRequestEvidenceUploadDocument,
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        username\n        displayName\n        unitCode\n        roles\n      }\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  query ConsoleUnits {\n    units(first: 100) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ConsoleUnitsDocument,
    "\n  query ConsolePartyProfile($uscc: String, $idNumber: String, $name: String) {\n    partyProfile(uscc: $uscc, idNumber: $idNumber, name: $name) {\n      query\n      names\n      licences {\n        id\n        kind\n        licenceNumber\n        holderName\n        holderUscc\n        holderIdNumber\n        matterCode\n        matter {\n          name\n        }\n        scope\n        townshipCode\n        status\n        validFrom\n        validTo\n        revokedAt\n        revokeReason\n        publisherCode\n        masked\n      }\n      licencesPageInfo {\n        hasNextPage\n      }\n      penalties {\n        id\n        decisionNumber\n        decisionDate\n        partyName\n        partyUscc\n        partyIdNumber\n        partyPhone\n        matterCode\n        matter {\n          name\n        }\n        measureKind\n        penaltyKinds\n        fineAmount\n        executionStatus\n        facts\n        townshipCode\n        masked\n      }\n      penaltiesPageInfo {\n        hasNextPage\n      }\n      openComplaints {\n        id\n        channel\n        status\n        summary\n        receivedAt\n        reporterName\n        reporterPhone\n        handlingUnitCode\n        masked\n      }\n      openComplaintsPageInfo {\n        hasNextPage\n      }\n      openTransfers {\n        id\n        state\n        matterCode\n        partyName\n        partyIdNumber\n        senderUnitCode\n        receiverUnitCode\n        createdAt\n        nextDueAt\n        overdue\n      }\n    }\n  }\n": typeof types.ConsolePartyProfileDocument,
    "\n  query ConsolePermitStatus($uscc: String!, $matterCode: String!) {\n    permitStatus(uscc: $uscc, matterCode: $matterCode) {\n      at\n      covered\n      reason\n      reasonCode\n      licence {\n        id\n        licenceNumber\n        validFrom\n        validTo\n      }\n    }\n  }\n": typeof types.ConsolePermitStatusDocument,
    "\n  query ConsoleWhoHandles($matterCode: String!, $townshipCode: String!) {\n    whoHandles(matterCode: $matterCode, townshipCode: $townshipCode) {\n      devolved\n      matter {\n        code\n        name\n      }\n      unit {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ConsoleWhoHandlesDocument,
    "\n  mutation ConsoleCreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      id\n      state\n      receiverUnitCode\n    }\n  }\n": typeof types.ConsoleCreateTransferDocument,
    "\n  mutation ConsoleSubmitTransfer($input: TransferActionInput!) {\n    submitTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleSubmitTransferDocument,
    "\n  mutation ConsoleRequestTransferMaterialUpload($input: RequestTransferMaterialUploadInput!) {\n    requestTransferMaterialUpload(input: $input) {\n      uploadUrl\n      evidence {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleRequestTransferMaterialUploadDocument,
    "\n  mutation ConsoleConfirmEvidenceUpload($id: ID!) {\n    confirmEvidenceUpload(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleConfirmEvidenceUploadDocument,
    "\n  mutation ConsoleSendTransfer($input: TransferActionInput!) {\n    sendTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleSendTransferDocument,
    "\n  mutation ConsoleEscalateTransfer($input: TransferActionInput!) {\n    escalateTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleEscalateTransferDocument,
    "\n  query ConsoleEvidenceDownload($id: ID!) {\n    evidenceDownloadUrl(id: $id) {\n      url\n      sha256\n      expiresAt\n    }\n  }\n": typeof types.ConsoleEvidenceDownloadDocument,
    "\n  query ConsoleApprovalQueue {\n    transfers(direction: SENT, state: SUBMITTED, first: 50) {\n      nodes {\n        id\n        state\n        partyName\n        partyUscc\n        matterCode\n        receiverUnitCode\n        facts\n        urgent\n        situation\n        createdAt\n        nextDueAt\n        overdue\n      }\n    }\n  }\n": typeof types.ConsoleApprovalQueueDocument,
    "\n  mutation ConsoleApproveTransfer($input: TransferActionInput!) {\n    approveTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleApproveTransferDocument,
    "\n  mutation ConsoleRejectTransfer($input: TransferActionInput!) {\n    rejectTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleRejectTransferDocument,
    "\n  fragment ConsoleHeldYear on CalendarYear {\n    exceptions {\n      date\n      working\n    }\n  }\n": typeof types.ConsoleHeldYearFragmentDoc,
    "\n  query ConsoleTransferInbox($thisYear: Int!, $nextYear: Int!) {\n    transferInbox(first: 50) {\n      id\n      state\n      partyName\n      matterCode\n      senderUnitCode\n      facts\n      urgent\n      nextDueAt\n      overdue\n      allowedActions\n      receiverUnitCode\n      letterNo\n      letterEvidenceId\n    }\n    thisYear: calendarYear(year: $thisYear) {\n      ...ConsoleHeldYear\n    }\n    nextYear: calendarYear(year: $nextYear) {\n      ...ConsoleHeldYear\n    }\n  }\n": typeof types.ConsoleTransferInboxDocument,
    "\n  mutation ConsoleAcceptTransfer($input: TransferActionInput!) {\n    acceptTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleAcceptTransferDocument,
    "\n  mutation ConsoleDeclineTransfer($input: TransferActionInput!) {\n    declineTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleDeclineTransferDocument,
    "\n  query ConsoleSupervision($period: SupervisionPeriodInput!) {\n    supervisionSummary {\n      unitCode\n      unitName\n      overdue\n      dueSoon\n      maxWorkingDaysOverdue\n    }\n    supervisionItems(filter: { state: OVERDUE }, first: 20) {\n      nodes {\n        deadlineId\n        itemType\n        itemTypeName\n        itemId\n        kindName\n        clause\n        ownerUnitCode\n        ownerUnitName\n        dueAt\n        workingDaysOverdue\n      }\n    }\n    supervisionLeague(period: $period) {\n      period {\n        label\n      }\n      rows {\n        rank\n        unitCode\n        unitName\n        counted\n        rate\n        rankChange\n      }\n    }\n  }\n": typeof types.ConsoleSupervisionDocument,
    "\n  subscription ConsoleLiveEvents($filter: EventFilterInput) {\n    liveEvents(filter: $filter) {\n      position\n      type\n    }\n  }\n": typeof types.ConsoleLiveEventsDocument,
    "\n  query ConnectorHealth($unitCode: String!) {\n    subscriptions(unitCode: $unitCode) {\n      id\n      name\n      delivery\n      webhookUrl\n      active\n      position\n      attempts\n      lastError\n      nextAttemptAt\n      lag {\n        events\n        oldestAt\n        oldestSeconds\n      }\n    }\n  }\n": typeof types.ConnectorHealthDocument,
    "\n  query ConnectorDeadLetters($id: ID!) {\n    deadLetters(id: $id) {\n      eventId\n      eventPosition\n      attempts\n      lastError\n      deadAt\n      redeliverRequestedAt\n    }\n  }\n": typeof types.ConnectorDeadLettersDocument,
    "\n  mutation ConnectorRedeliver($id: ID!) {\n    redeliverDeadLetters(id: $id)\n  }\n": typeof types.ConnectorRedeliverDocument,
    "\n  query ConsoleStatistics(\n    $source: LedgerSource!\n    $groupBy: [LedgerDimension!]!\n    $period: LedgerPeriod\n    $measures: [LedgerMeasure!]!\n    $filter: LedgerFilterInput\n  ) {\n    statistics(source: $source, groupBy: $groupBy, period: $period, measures: $measures, filter: $filter) {\n      source\n      groupBy\n      period\n      measures\n      headers\n      rows {\n        keys\n        labels\n        values\n      }\n      totals\n    }\n  }\n": typeof types.ConsoleStatisticsDocument,
    "\n  fragment ConsoleExportJobFields on ExportJob {\n    id\n    status\n    progress\n    rowsWritten\n    totalRows\n    title\n    format\n    error\n  }\n": typeof types.ConsoleExportJobFieldsFragmentDoc,
    "\n  mutation ConsoleRequestStatisticsExport($input: RequestExportInput!) {\n    requestExport(input: $input) {\n      ...ConsoleExportJobFields\n    }\n  }\n": typeof types.ConsoleRequestStatisticsExportDocument,
    "\n  query ConsoleExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ConsoleExportJobFields\n    }\n  }\n": typeof types.ConsoleExportJobDocument,
    "\n  query ConsoleExportDownload($id: ID!) {\n    exportDownloadUrl(id: $id) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.ConsoleExportDownloadDocument,
    "\n  mutation ConsoleRegisterComplaint($input: ComplaintRecordInput!) {\n    publishComplaintRecord(input: $input) {\n      outcome\n      id\n    }\n  }\n": typeof types.ConsoleRegisterComplaintDocument,
    "\n  query ConsoleOpenComplaints($unitCode: String!) {\n    complaintRecords(handlingUnitCode: $unitCode, openOnly: true, first: 50) {\n      nodes {\n        id\n        status\n        channel\n        subjectName\n        summary\n        receivedAt\n        reporterName\n        reporterPhone\n        masked\n      }\n    }\n  }\n": typeof types.ConsoleOpenComplaintsDocument,
    "\n  query ConsoleComplaintWork($id: ID!) {\n    complaint(id: $id) {\n      id\n      status\n      allowedActions\n      deadlines {\n        id\n        kindName\n        clause\n        dueAt\n        closedAt\n      }\n    }\n  }\n": typeof types.ConsoleComplaintWorkDocument,
    "\n  mutation ConsoleStartComplaintCheck($input: ComplaintActionInput!) {\n    startComplaintCheck(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleStartComplaintCheckDocument,
    "\n  mutation ConsoleAnswerComplaint($input: AnswerComplaintInput!) {\n    answerComplaint(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleAnswerComplaintDocument,
    "\n  mutation ConsoleRedirectComplaint($input: RedirectComplaintInput!) {\n    redirectComplaint(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRedirectComplaintDocument,
    "\n  mutation ConsoleFileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleFileComplaintDocument,
    "\n  mutation ConsoleCloseComplaint($input: FileComplaintInput!) {\n    closeComplaint(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleCloseComplaintDocument,
    "\n  fragment ConsoleItemStep on LifecycleStep {\n    id\n    action\n    actorName\n    unitCode\n    occurredAt\n    note\n    toState\n  }\n": typeof types.ConsoleItemStepFragmentDoc,
    "\n  fragment ConsoleItemDeadline on Deadline {\n    id\n    kind\n    kindName\n    clause\n    dueAt\n    closedAt\n    overdue\n    ownerUnitCode\n  }\n": typeof types.ConsoleItemDeadlineFragmentDoc,
    "\n  query ConsoleSupervisedTransfer($id: ID!) {\n    transfer(id: $id) {\n      id\n      state\n      partyName\n      matterCode\n      senderUnitCode\n      receiverUnitCode\n      facts\n      steps {\n        ...ConsoleItemStep\n      }\n      deadlines {\n        ...ConsoleItemDeadline\n      }\n    }\n  }\n": typeof types.ConsoleSupervisedTransferDocument,
    "\n  query ConsoleSupervisedComplaint($id: ID!) {\n    complaint(id: $id) {\n      id\n      status\n      channel\n      outcome\n      summary\n      subjectName\n      handlingUnitCode\n      receivedAt\n      steps {\n        ...ConsoleItemStep\n      }\n      deadlines {\n        ...ConsoleItemDeadline\n      }\n    }\n  }\n": typeof types.ConsoleSupervisedComplaintDocument,
    "\n  query ConsoleSupervisedAssistance($id: ID!) {\n    assistanceRequest(id: $id) {\n      id\n      state\n      kind\n      subject\n      details\n      requestingUnitCode\n      requestedUnitCode\n      steps {\n        ...ConsoleItemStep\n      }\n      deadlines {\n        ...ConsoleItemDeadline\n      }\n    }\n  }\n": typeof types.ConsoleSupervisedAssistanceDocument,
    "\n  query ConsoleSupervisedActionItem($id: ID!) {\n    actionItem(id: $id) {\n      id\n      state\n      title\n      details\n      assignedUnitCode\n      dueOn\n      steps {\n        ...ConsoleItemStep\n      }\n      deadlines {\n        ...ConsoleItemDeadline\n      }\n    }\n  }\n": typeof types.ConsoleSupervisedActionItemDocument,
};
const documents: Documents = {
    "\n  query ConsoleAssistanceRequests($thisYear: Int!, $nextYear: Int!) {\n    assistanceRequests(first: 50) {\n      nodes {\n        id\n        kind\n        state\n        subject\n        details\n        urgent\n        evidenceAtRisk\n        requestingUnitCode\n        requestedUnitCode\n        place\n        actionAt\n        ledgerKind\n        period\n        opinion\n        refusalGround {\n          code\n          name\n        }\n        refusalExplanation\n        nextDueAt\n        overdue\n        allowedActions\n        createdAt\n      }\n    }\n    refusalGrounds {\n      code\n      name\n      legalBasis\n    }\n    thisYear: calendarYear(year: $thisYear) {\n      ...ConsoleHeldYear\n    }\n    nextYear: calendarYear(year: $nextYear) {\n      ...ConsoleHeldYear\n    }\n  }\n": types.ConsoleAssistanceRequestsDocument,
    "\n  mutation ConsoleCreateAssistanceRequest($input: CreateAssistanceRequestInput!) {\n    createAssistanceRequest(input: $input) {\n      id\n      state\n      requestedUnitCode\n      nextDueAt\n    }\n  }\n": types.ConsoleCreateAssistanceRequestDocument,
    "\n  mutation ConsoleAcceptAssistance($input: AssistanceActionInput!) {\n    acceptAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConsoleAcceptAssistanceDocument,
    "\n  mutation ConsoleAnswerAssistance($input: AnswerAssistanceInput!) {\n    answerAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConsoleAnswerAssistanceDocument,
    "\n  mutation ConsoleProvideAssistance($input: AssistanceActionInput!) {\n    provideAssistanceDocuments(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConsoleProvideAssistanceDocument,
    "\n  mutation ConsoleRefuseAssistance($input: RefuseAssistanceInput!) {\n    refuseAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConsoleRefuseAssistanceDocument,
    "\n  mutation ConsoleCloseAssistance($input: AssistanceActionInput!) {\n    closeAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConsoleCloseAssistanceDocument,
    "\n  mutation ConsoleWithdrawAssistance($input: AssistanceActionInput!) {\n    withdrawAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConsoleWithdrawAssistanceDocument,
    "\n  mutation ConsoleRequestEvidenceUpload($input: RequestEvidenceUploadInput!) {\n    requestEvidenceUpload(input: $input) {\n      uploadUrl\n      evidence {\n        id\n      }\n    }\n  }\n": types.ConsoleRequestEvidenceUploadDocument,
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        username\n        displayName\n        unitCode\n        roles\n      }\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  query ConsoleUnits {\n    units(first: 100) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": types.ConsoleUnitsDocument,
    "\n  query ConsolePartyProfile($uscc: String, $idNumber: String, $name: String) {\n    partyProfile(uscc: $uscc, idNumber: $idNumber, name: $name) {\n      query\n      names\n      licences {\n        id\n        kind\n        licenceNumber\n        holderName\n        holderUscc\n        holderIdNumber\n        matterCode\n        matter {\n          name\n        }\n        scope\n        townshipCode\n        status\n        validFrom\n        validTo\n        revokedAt\n        revokeReason\n        publisherCode\n        masked\n      }\n      licencesPageInfo {\n        hasNextPage\n      }\n      penalties {\n        id\n        decisionNumber\n        decisionDate\n        partyName\n        partyUscc\n        partyIdNumber\n        partyPhone\n        matterCode\n        matter {\n          name\n        }\n        measureKind\n        penaltyKinds\n        fineAmount\n        executionStatus\n        facts\n        townshipCode\n        masked\n      }\n      penaltiesPageInfo {\n        hasNextPage\n      }\n      openComplaints {\n        id\n        channel\n        status\n        summary\n        receivedAt\n        reporterName\n        reporterPhone\n        handlingUnitCode\n        masked\n      }\n      openComplaintsPageInfo {\n        hasNextPage\n      }\n      openTransfers {\n        id\n        state\n        matterCode\n        partyName\n        partyIdNumber\n        senderUnitCode\n        receiverUnitCode\n        createdAt\n        nextDueAt\n        overdue\n      }\n    }\n  }\n": types.ConsolePartyProfileDocument,
    "\n  query ConsolePermitStatus($uscc: String!, $matterCode: String!) {\n    permitStatus(uscc: $uscc, matterCode: $matterCode) {\n      at\n      covered\n      reason\n      reasonCode\n      licence {\n        id\n        licenceNumber\n        validFrom\n        validTo\n      }\n    }\n  }\n": types.ConsolePermitStatusDocument,
    "\n  query ConsoleWhoHandles($matterCode: String!, $townshipCode: String!) {\n    whoHandles(matterCode: $matterCode, townshipCode: $townshipCode) {\n      devolved\n      matter {\n        code\n        name\n      }\n      unit {\n        code\n        name\n      }\n    }\n  }\n": types.ConsoleWhoHandlesDocument,
    "\n  mutation ConsoleCreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      id\n      state\n      receiverUnitCode\n    }\n  }\n": types.ConsoleCreateTransferDocument,
    "\n  mutation ConsoleSubmitTransfer($input: TransferActionInput!) {\n    submitTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConsoleSubmitTransferDocument,
    "\n  mutation ConsoleRequestTransferMaterialUpload($input: RequestTransferMaterialUploadInput!) {\n    requestTransferMaterialUpload(input: $input) {\n      uploadUrl\n      evidence {\n        id\n      }\n    }\n  }\n": types.ConsoleRequestTransferMaterialUploadDocument,
    "\n  mutation ConsoleConfirmEvidenceUpload($id: ID!) {\n    confirmEvidenceUpload(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleConfirmEvidenceUploadDocument,
    "\n  mutation ConsoleSendTransfer($input: TransferActionInput!) {\n    sendTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConsoleSendTransferDocument,
    "\n  mutation ConsoleEscalateTransfer($input: TransferActionInput!) {\n    escalateTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConsoleEscalateTransferDocument,
    "\n  query ConsoleEvidenceDownload($id: ID!) {\n    evidenceDownloadUrl(id: $id) {\n      url\n      sha256\n      expiresAt\n    }\n  }\n": types.ConsoleEvidenceDownloadDocument,
    "\n  query ConsoleApprovalQueue {\n    transfers(direction: SENT, state: SUBMITTED, first: 50) {\n      nodes {\n        id\n        state\n        partyName\n        partyUscc\n        matterCode\n        receiverUnitCode\n        facts\n        urgent\n        situation\n        createdAt\n        nextDueAt\n        overdue\n      }\n    }\n  }\n": types.ConsoleApprovalQueueDocument,
    "\n  mutation ConsoleApproveTransfer($input: TransferActionInput!) {\n    approveTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConsoleApproveTransferDocument,
    "\n  mutation ConsoleRejectTransfer($input: TransferActionInput!) {\n    rejectTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConsoleRejectTransferDocument,
    "\n  fragment ConsoleHeldYear on CalendarYear {\n    exceptions {\n      date\n      working\n    }\n  }\n": types.ConsoleHeldYearFragmentDoc,
    "\n  query ConsoleTransferInbox($thisYear: Int!, $nextYear: Int!) {\n    transferInbox(first: 50) {\n      id\n      state\n      partyName\n      matterCode\n      senderUnitCode\n      facts\n      urgent\n      nextDueAt\n      overdue\n      allowedActions\n      receiverUnitCode\n      letterNo\n      letterEvidenceId\n    }\n    thisYear: calendarYear(year: $thisYear) {\n      ...ConsoleHeldYear\n    }\n    nextYear: calendarYear(year: $nextYear) {\n      ...ConsoleHeldYear\n    }\n  }\n": types.ConsoleTransferInboxDocument,
    "\n  mutation ConsoleAcceptTransfer($input: TransferActionInput!) {\n    acceptTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConsoleAcceptTransferDocument,
    "\n  mutation ConsoleDeclineTransfer($input: TransferActionInput!) {\n    declineTransfer(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConsoleDeclineTransferDocument,
    "\n  query ConsoleSupervision($period: SupervisionPeriodInput!) {\n    supervisionSummary {\n      unitCode\n      unitName\n      overdue\n      dueSoon\n      maxWorkingDaysOverdue\n    }\n    supervisionItems(filter: { state: OVERDUE }, first: 20) {\n      nodes {\n        deadlineId\n        itemType\n        itemTypeName\n        itemId\n        kindName\n        clause\n        ownerUnitCode\n        ownerUnitName\n        dueAt\n        workingDaysOverdue\n      }\n    }\n    supervisionLeague(period: $period) {\n      period {\n        label\n      }\n      rows {\n        rank\n        unitCode\n        unitName\n        counted\n        rate\n        rankChange\n      }\n    }\n  }\n": types.ConsoleSupervisionDocument,
    "\n  subscription ConsoleLiveEvents($filter: EventFilterInput) {\n    liveEvents(filter: $filter) {\n      position\n      type\n    }\n  }\n": types.ConsoleLiveEventsDocument,
    "\n  query ConnectorHealth($unitCode: String!) {\n    subscriptions(unitCode: $unitCode) {\n      id\n      name\n      delivery\n      webhookUrl\n      active\n      position\n      attempts\n      lastError\n      nextAttemptAt\n      lag {\n        events\n        oldestAt\n        oldestSeconds\n      }\n    }\n  }\n": types.ConnectorHealthDocument,
    "\n  query ConnectorDeadLetters($id: ID!) {\n    deadLetters(id: $id) {\n      eventId\n      eventPosition\n      attempts\n      lastError\n      deadAt\n      redeliverRequestedAt\n    }\n  }\n": types.ConnectorDeadLettersDocument,
    "\n  mutation ConnectorRedeliver($id: ID!) {\n    redeliverDeadLetters(id: $id)\n  }\n": types.ConnectorRedeliverDocument,
    "\n  query ConsoleStatistics(\n    $source: LedgerSource!\n    $groupBy: [LedgerDimension!]!\n    $period: LedgerPeriod\n    $measures: [LedgerMeasure!]!\n    $filter: LedgerFilterInput\n  ) {\n    statistics(source: $source, groupBy: $groupBy, period: $period, measures: $measures, filter: $filter) {\n      source\n      groupBy\n      period\n      measures\n      headers\n      rows {\n        keys\n        labels\n        values\n      }\n      totals\n    }\n  }\n": types.ConsoleStatisticsDocument,
    "\n  fragment ConsoleExportJobFields on ExportJob {\n    id\n    status\n    progress\n    rowsWritten\n    totalRows\n    title\n    format\n    error\n  }\n": types.ConsoleExportJobFieldsFragmentDoc,
    "\n  mutation ConsoleRequestStatisticsExport($input: RequestExportInput!) {\n    requestExport(input: $input) {\n      ...ConsoleExportJobFields\n    }\n  }\n": types.ConsoleRequestStatisticsExportDocument,
    "\n  query ConsoleExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ConsoleExportJobFields\n    }\n  }\n": types.ConsoleExportJobDocument,
    "\n  query ConsoleExportDownload($id: ID!) {\n    exportDownloadUrl(id: $id) {\n      url\n      expiresAt\n    }\n  }\n": types.ConsoleExportDownloadDocument,
    "\n  mutation ConsoleRegisterComplaint($input: ComplaintRecordInput!) {\n    publishComplaintRecord(input: $input) {\n      outcome\n      id\n    }\n  }\n": types.ConsoleRegisterComplaintDocument,
    "\n  query ConsoleOpenComplaints($unitCode: String!) {\n    complaintRecords(handlingUnitCode: $unitCode, openOnly: true, first: 50) {\n      nodes {\n        id\n        status\n        channel\n        subjectName\n        summary\n        receivedAt\n        reporterName\n        reporterPhone\n        masked\n      }\n    }\n  }\n": types.ConsoleOpenComplaintsDocument,
    "\n  query ConsoleComplaintWork($id: ID!) {\n    complaint(id: $id) {\n      id\n      status\n      allowedActions\n      deadlines {\n        id\n        kindName\n        clause\n        dueAt\n        closedAt\n      }\n    }\n  }\n": types.ConsoleComplaintWorkDocument,
    "\n  mutation ConsoleStartComplaintCheck($input: ComplaintActionInput!) {\n    startComplaintCheck(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleStartComplaintCheckDocument,
    "\n  mutation ConsoleAnswerComplaint($input: AnswerComplaintInput!) {\n    answerComplaint(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleAnswerComplaintDocument,
    "\n  mutation ConsoleRedirectComplaint($input: RedirectComplaintInput!) {\n    redirectComplaint(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleRedirectComplaintDocument,
    "\n  mutation ConsoleFileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleFileComplaintDocument,
    "\n  mutation ConsoleCloseComplaint($input: FileComplaintInput!) {\n    closeComplaint(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleCloseComplaintDocument,
    "\n  fragment ConsoleItemStep on LifecycleStep {\n    id\n    action\n    actorName\n    unitCode\n    occurredAt\n    note\n    toState\n  }\n": types.ConsoleItemStepFragmentDoc,
    "\n  fragment ConsoleItemDeadline on Deadline {\n    id\n    kind\n    kindName\n    clause\n    dueAt\n    closedAt\n    overdue\n    ownerUnitCode\n  }\n": types.ConsoleItemDeadlineFragmentDoc,
    "\n  query ConsoleSupervisedTransfer($id: ID!) {\n    transfer(id: $id) {\n      id\n      state\n      partyName\n      matterCode\n      senderUnitCode\n      receiverUnitCode\n      facts\n      steps {\n        ...ConsoleItemStep\n      }\n      deadlines {\n        ...ConsoleItemDeadline\n      }\n    }\n  }\n": types.ConsoleSupervisedTransferDocument,
    "\n  query ConsoleSupervisedComplaint($id: ID!) {\n    complaint(id: $id) {\n      id\n      status\n      channel\n      outcome\n      summary\n      subjectName\n      handlingUnitCode\n      receivedAt\n      steps {\n        ...ConsoleItemStep\n      }\n      deadlines {\n        ...ConsoleItemDeadline\n      }\n    }\n  }\n": types.ConsoleSupervisedComplaintDocument,
    "\n  query ConsoleSupervisedAssistance($id: ID!) {\n    assistanceRequest(id: $id) {\n      id\n      state\n      kind\n      subject\n      details\n      requestingUnitCode\n      requestedUnitCode\n      steps {\n        ...ConsoleItemStep\n      }\n      deadlines {\n        ...ConsoleItemDeadline\n      }\n    }\n  }\n": types.ConsoleSupervisedAssistanceDocument,
    "\n  query ConsoleSupervisedActionItem($id: ID!) {\n    actionItem(id: $id) {\n      id\n      state\n      title\n      details\n      assignedUnitCode\n      dueOn\n      steps {\n        ...ConsoleItemStep\n      }\n      deadlines {\n        ...ConsoleItemDeadline\n      }\n    }\n  }\n": types.ConsoleSupervisedActionItemDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAssistanceRequests($thisYear: Int!, $nextYear: Int!) {\n    assistanceRequests(first: 50) {\n      nodes {\n        id\n        kind\n        state\n        subject\n        details\n        urgent\n        evidenceAtRisk\n        requestingUnitCode\n        requestedUnitCode\n        place\n        actionAt\n        ledgerKind\n        period\n        opinion\n        refusalGround {\n          code\n          name\n        }\n        refusalExplanation\n        nextDueAt\n        overdue\n        allowedActions\n        createdAt\n      }\n    }\n    refusalGrounds {\n      code\n      name\n      legalBasis\n    }\n    thisYear: calendarYear(year: $thisYear) {\n      ...ConsoleHeldYear\n    }\n    nextYear: calendarYear(year: $nextYear) {\n      ...ConsoleHeldYear\n    }\n  }\n"): typeof import('./graphql').ConsoleAssistanceRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateAssistanceRequest($input: CreateAssistanceRequestInput!) {\n    createAssistanceRequest(input: $input) {\n      id\n      state\n      requestedUnitCode\n      nextDueAt\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateAssistanceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAcceptAssistance($input: AssistanceActionInput!) {\n    acceptAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleAcceptAssistanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAnswerAssistance($input: AnswerAssistanceInput!) {\n    answerAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleAnswerAssistanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleProvideAssistance($input: AssistanceActionInput!) {\n    provideAssistanceDocuments(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleProvideAssistanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRefuseAssistance($input: RefuseAssistanceInput!) {\n    refuseAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleRefuseAssistanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseAssistance($input: AssistanceActionInput!) {\n    closeAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleCloseAssistanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWithdrawAssistance($input: AssistanceActionInput!) {\n    withdrawAssistanceRequest(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleWithdrawAssistanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRequestEvidenceUpload($input: RequestEvidenceUploadInput!) {\n    requestEvidenceUpload(input: $input) {\n      uploadUrl\n      evidence {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleRequestEvidenceUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        username\n        displayName\n        unitCode\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUnits {\n    units(first: 100) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePartyProfile($uscc: String, $idNumber: String, $name: String) {\n    partyProfile(uscc: $uscc, idNumber: $idNumber, name: $name) {\n      query\n      names\n      licences {\n        id\n        kind\n        licenceNumber\n        holderName\n        holderUscc\n        holderIdNumber\n        matterCode\n        matter {\n          name\n        }\n        scope\n        townshipCode\n        status\n        validFrom\n        validTo\n        revokedAt\n        revokeReason\n        publisherCode\n        masked\n      }\n      licencesPageInfo {\n        hasNextPage\n      }\n      penalties {\n        id\n        decisionNumber\n        decisionDate\n        partyName\n        partyUscc\n        partyIdNumber\n        partyPhone\n        matterCode\n        matter {\n          name\n        }\n        measureKind\n        penaltyKinds\n        fineAmount\n        executionStatus\n        facts\n        townshipCode\n        masked\n      }\n      penaltiesPageInfo {\n        hasNextPage\n      }\n      openComplaints {\n        id\n        channel\n        status\n        summary\n        receivedAt\n        reporterName\n        reporterPhone\n        handlingUnitCode\n        masked\n      }\n      openComplaintsPageInfo {\n        hasNextPage\n      }\n      openTransfers {\n        id\n        state\n        matterCode\n        partyName\n        partyIdNumber\n        senderUnitCode\n        receiverUnitCode\n        createdAt\n        nextDueAt\n        overdue\n      }\n    }\n  }\n"): typeof import('./graphql').ConsolePartyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePermitStatus($uscc: String!, $matterCode: String!) {\n    permitStatus(uscc: $uscc, matterCode: $matterCode) {\n      at\n      covered\n      reason\n      reasonCode\n      licence {\n        id\n        licenceNumber\n        validFrom\n        validTo\n      }\n    }\n  }\n"): typeof import('./graphql').ConsolePermitStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWhoHandles($matterCode: String!, $townshipCode: String!) {\n    whoHandles(matterCode: $matterCode, townshipCode: $townshipCode) {\n      devolved\n      matter {\n        code\n        name\n      }\n      unit {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleWhoHandlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      id\n      state\n      receiverUnitCode\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSubmitTransfer($input: TransferActionInput!) {\n    submitTransfer(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleSubmitTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRequestTransferMaterialUpload($input: RequestTransferMaterialUploadInput!) {\n    requestTransferMaterialUpload(input: $input) {\n      uploadUrl\n      evidence {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleRequestTransferMaterialUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleConfirmEvidenceUpload($id: ID!) {\n    confirmEvidenceUpload(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleConfirmEvidenceUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSendTransfer($input: TransferActionInput!) {\n    sendTransfer(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleSendTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEscalateTransfer($input: TransferActionInput!) {\n    escalateTransfer(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleEscalateTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEvidenceDownload($id: ID!) {\n    evidenceDownloadUrl(id: $id) {\n      url\n      sha256\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').ConsoleEvidenceDownloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApprovalQueue {\n    transfers(direction: SENT, state: SUBMITTED, first: 50) {\n      nodes {\n        id\n        state\n        partyName\n        partyUscc\n        matterCode\n        receiverUnitCode\n        facts\n        urgent\n        situation\n        createdAt\n        nextDueAt\n        overdue\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleApprovalQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleApproveTransfer($input: TransferActionInput!) {\n    approveTransfer(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleApproveTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRejectTransfer($input: TransferActionInput!) {\n    rejectTransfer(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleRejectTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleHeldYear on CalendarYear {\n    exceptions {\n      date\n      working\n    }\n  }\n"): typeof import('./graphql').ConsoleHeldYearFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTransferInbox($thisYear: Int!, $nextYear: Int!) {\n    transferInbox(first: 50) {\n      id\n      state\n      partyName\n      matterCode\n      senderUnitCode\n      facts\n      urgent\n      nextDueAt\n      overdue\n      allowedActions\n      receiverUnitCode\n      letterNo\n      letterEvidenceId\n    }\n    thisYear: calendarYear(year: $thisYear) {\n      ...ConsoleHeldYear\n    }\n    nextYear: calendarYear(year: $nextYear) {\n      ...ConsoleHeldYear\n    }\n  }\n"): typeof import('./graphql').ConsoleTransferInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAcceptTransfer($input: TransferActionInput!) {\n    acceptTransfer(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleAcceptTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeclineTransfer($input: TransferActionInput!) {\n    declineTransfer(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleDeclineTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSupervision($period: SupervisionPeriodInput!) {\n    supervisionSummary {\n      unitCode\n      unitName\n      overdue\n      dueSoon\n      maxWorkingDaysOverdue\n    }\n    supervisionItems(filter: { state: OVERDUE }, first: 20) {\n      nodes {\n        deadlineId\n        itemType\n        itemTypeName\n        itemId\n        kindName\n        clause\n        ownerUnitCode\n        ownerUnitName\n        dueAt\n        workingDaysOverdue\n      }\n    }\n    supervisionLeague(period: $period) {\n      period {\n        label\n      }\n      rows {\n        rank\n        unitCode\n        unitName\n        counted\n        rate\n        rankChange\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleSupervisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleLiveEvents($filter: EventFilterInput) {\n    liveEvents(filter: $filter) {\n      position\n      type\n    }\n  }\n"): typeof import('./graphql').ConsoleLiveEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectorHealth($unitCode: String!) {\n    subscriptions(unitCode: $unitCode) {\n      id\n      name\n      delivery\n      webhookUrl\n      active\n      position\n      attempts\n      lastError\n      nextAttemptAt\n      lag {\n        events\n        oldestAt\n        oldestSeconds\n      }\n    }\n  }\n"): typeof import('./graphql').ConnectorHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectorDeadLetters($id: ID!) {\n    deadLetters(id: $id) {\n      eventId\n      eventPosition\n      attempts\n      lastError\n      deadAt\n      redeliverRequestedAt\n    }\n  }\n"): typeof import('./graphql').ConnectorDeadLettersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectorRedeliver($id: ID!) {\n    redeliverDeadLetters(id: $id)\n  }\n"): typeof import('./graphql').ConnectorRedeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleStatistics(\n    $source: LedgerSource!\n    $groupBy: [LedgerDimension!]!\n    $period: LedgerPeriod\n    $measures: [LedgerMeasure!]!\n    $filter: LedgerFilterInput\n  ) {\n    statistics(source: $source, groupBy: $groupBy, period: $period, measures: $measures, filter: $filter) {\n      source\n      groupBy\n      period\n      measures\n      headers\n      rows {\n        keys\n        labels\n        values\n      }\n      totals\n    }\n  }\n"): typeof import('./graphql').ConsoleStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleExportJobFields on ExportJob {\n    id\n    status\n    progress\n    rowsWritten\n    totalRows\n    title\n    format\n    error\n  }\n"): typeof import('./graphql').ConsoleExportJobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRequestStatisticsExport($input: RequestExportInput!) {\n    requestExport(input: $input) {\n      ...ConsoleExportJobFields\n    }\n  }\n"): typeof import('./graphql').ConsoleRequestStatisticsExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ConsoleExportJobFields\n    }\n  }\n"): typeof import('./graphql').ConsoleExportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExportDownload($id: ID!) {\n    exportDownloadUrl(id: $id) {\n      url\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').ConsoleExportDownloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRegisterComplaint($input: ComplaintRecordInput!) {\n    publishComplaintRecord(input: $input) {\n      outcome\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleRegisterComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOpenComplaints($unitCode: String!) {\n    complaintRecords(handlingUnitCode: $unitCode, openOnly: true, first: 50) {\n      nodes {\n        id\n        status\n        channel\n        subjectName\n        summary\n        receivedAt\n        reporterName\n        reporterPhone\n        masked\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleOpenComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleComplaintWork($id: ID!) {\n    complaint(id: $id) {\n      id\n      status\n      allowedActions\n      deadlines {\n        id\n        kindName\n        clause\n        dueAt\n        closedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleComplaintWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleStartComplaintCheck($input: ComplaintActionInput!) {\n    startComplaintCheck(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleStartComplaintCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAnswerComplaint($input: AnswerComplaintInput!) {\n    answerComplaint(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleAnswerComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRedirectComplaint($input: RedirectComplaintInput!) {\n    redirectComplaint(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleRedirectComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleFileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleFileComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseComplaint($input: FileComplaintInput!) {\n    closeComplaint(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleCloseComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleItemStep on LifecycleStep {\n    id\n    action\n    actorName\n    unitCode\n    occurredAt\n    note\n    toState\n  }\n"): typeof import('./graphql').ConsoleItemStepFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleItemDeadline on Deadline {\n    id\n    kind\n    kindName\n    clause\n    dueAt\n    closedAt\n    overdue\n    ownerUnitCode\n  }\n"): typeof import('./graphql').ConsoleItemDeadlineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSupervisedTransfer($id: ID!) {\n    transfer(id: $id) {\n      id\n      state\n      partyName\n      matterCode\n      senderUnitCode\n      receiverUnitCode\n      facts\n      steps {\n        ...ConsoleItemStep\n      }\n      deadlines {\n        ...ConsoleItemDeadline\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleSupervisedTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSupervisedComplaint($id: ID!) {\n    complaint(id: $id) {\n      id\n      status\n      channel\n      outcome\n      summary\n      subjectName\n      handlingUnitCode\n      receivedAt\n      steps {\n        ...ConsoleItemStep\n      }\n      deadlines {\n        ...ConsoleItemDeadline\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleSupervisedComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSupervisedAssistance($id: ID!) {\n    assistanceRequest(id: $id) {\n      id\n      state\n      kind\n      subject\n      details\n      requestingUnitCode\n      requestedUnitCode\n      steps {\n        ...ConsoleItemStep\n      }\n      deadlines {\n        ...ConsoleItemDeadline\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleSupervisedAssistanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSupervisedActionItem($id: ID!) {\n    actionItem(id: $id) {\n      id\n      state\n      title\n      details\n      assignedUnitCode\n      dueOn\n      steps {\n        ...ConsoleItemStep\n      }\n      deadlines {\n        ...ConsoleItemDeadline\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleSupervisedActionItemDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
