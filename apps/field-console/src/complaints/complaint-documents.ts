import { graphql } from '../gql';

/** 举报投诉 (§4(2)): registering one the unit received, its open ones, and the owner's actions. */

export const RegisterComplaintDocument = graphql(`
  mutation ConsoleRegisterComplaint($input: ComplaintRecordInput!) {
    publishComplaintRecord(input: $input) {
      outcome
      id
    }
  }
`);

export const OpenComplaintsDocument = graphql(`
  query ConsoleOpenComplaints($unitCode: String!) {
    complaintRecords(handlingUnitCode: $unitCode, openOnly: true, first: 50) {
      nodes {
        id
        status
        channel
        subjectName
        summary
        receivedAt
        reporterName
        reporterPhone
        masked
      }
    }
  }
`);

export const ComplaintWorkDocument = graphql(`
  query ConsoleComplaintWork($id: ID!) {
    complaint(id: $id) {
      id
      status
      allowedActions
      deadlines {
        id
        kindName
        clause
        dueAt
        closedAt
      }
    }
  }
`);

export const StartComplaintCheckDocument = graphql(`
  mutation ConsoleStartComplaintCheck($input: ComplaintActionInput!) {
    startComplaintCheck(input: $input) {
      id
      status
    }
  }
`);

export const AnswerComplaintDocument = graphql(`
  mutation ConsoleAnswerComplaint($input: AnswerComplaintInput!) {
    answerComplaint(input: $input) {
      id
      status
    }
  }
`);

export const RedirectComplaintDocument = graphql(`
  mutation ConsoleRedirectComplaint($input: RedirectComplaintInput!) {
    redirectComplaint(input: $input) {
      id
      status
    }
  }
`);

export const FileComplaintDocument = graphql(`
  mutation ConsoleFileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      id
      status
    }
  }
`);

export const CloseComplaintDocument = graphql(`
  mutation ConsoleCloseComplaint($input: FileComplaintInput!) {
    closeComplaint(input: $input) {
      id
      status
    }
  }
`);
