import { graphql } from '../gql';

/** 协助请求 (§5, §4(1)4, §4(5)): the documents of the console's assistance screen. */

export const AssistanceRequestsDocument = graphql(`
  query ConsoleAssistanceRequests($thisYear: Int!, $nextYear: Int!) {
    assistanceRequests(first: 50) {
      nodes {
        id
        kind
        state
        subject
        details
        urgent
        evidenceAtRisk
        requestingUnitCode
        requestedUnitCode
        place
        actionAt
        ledgerKind
        period
        opinion
        refusalGround {
          code
          name
        }
        refusalExplanation
        nextDueAt
        overdue
        allowedActions
        createdAt
      }
    }
    refusalGrounds {
      code
      name
      legalBasis
    }
    thisYear: calendarYear(year: $thisYear) {
      ...ConsoleHeldYear
    }
    nextYear: calendarYear(year: $nextYear) {
      ...ConsoleHeldYear
    }
  }
`);

export const CreateAssistanceRequestDocument = graphql(`
  mutation ConsoleCreateAssistanceRequest($input: CreateAssistanceRequestInput!) {
    createAssistanceRequest(input: $input) {
      id
      state
      requestedUnitCode
      nextDueAt
    }
  }
`);

export const AcceptAssistanceDocument = graphql(`
  mutation ConsoleAcceptAssistance($input: AssistanceActionInput!) {
    acceptAssistanceRequest(input: $input) {
      id
      state
    }
  }
`);

export const AnswerAssistanceDocument = graphql(`
  mutation ConsoleAnswerAssistance($input: AnswerAssistanceInput!) {
    answerAssistanceRequest(input: $input) {
      id
      state
    }
  }
`);

export const ProvideAssistanceDocument = graphql(`
  mutation ConsoleProvideAssistance($input: AssistanceActionInput!) {
    provideAssistanceDocuments(input: $input) {
      id
      state
    }
  }
`);

export const RefuseAssistanceDocument = graphql(`
  mutation ConsoleRefuseAssistance($input: RefuseAssistanceInput!) {
    refuseAssistanceRequest(input: $input) {
      id
      state
    }
  }
`);

export const CloseAssistanceDocument = graphql(`
  mutation ConsoleCloseAssistance($input: AssistanceActionInput!) {
    closeAssistanceRequest(input: $input) {
      id
      state
    }
  }
`);

export const WithdrawAssistanceDocument = graphql(`
  mutation ConsoleWithdrawAssistance($input: AssistanceActionInput!) {
    withdrawAssistanceRequest(input: $input) {
      id
      state
    }
  }
`);

export const RequestEvidenceUploadDocument = graphql(`
  mutation ConsoleRequestEvidenceUpload($input: RequestEvidenceUploadInput!) {
    requestEvidenceUpload(input: $input) {
      uploadUrl
      evidence {
        id
      }
    }
  }
`);
