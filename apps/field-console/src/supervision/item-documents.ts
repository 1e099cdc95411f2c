import { graphql } from '../gql';

/** The workflow item behind a supervision item (督办事项), one document per workflow, with its steps and deadlines. */

export const SupervisedTransferDocument = graphql(`
  query ConsoleSupervisedTransfer($id: ID!) {
    transfer(id: $id) {
      id
      state
      partyName
      matterCode
      senderUnitCode
      receiverUnitCode
      facts
      steps {
        id
        action
        actorName
        unitCode
        occurredAt
        note
        toState
      }
      deadlines {
        id
        kind
        clause
        dueAt
        closedAt
        overdue
        ownerUnitCode
      }
    }
  }
`);

export const SupervisedComplaintDocument = graphql(`
  query ConsoleSupervisedComplaint($id: ID!) {
    complaint(id: $id) {
      id
      status
      channel
      outcome
      summary
      subjectName
      handlingUnitCode
      receivedAt
      steps {
        id
        action
        actorName
        unitCode
        occurredAt
        note
        toState
      }
      deadlines {
        id
        kind
        clause
        dueAt
        closedAt
        overdue
        ownerUnitCode
      }
    }
  }
`);

export const SupervisedAssistanceDocument = graphql(`
  query ConsoleSupervisedAssistance($id: ID!) {
    assistanceRequest(id: $id) {
      id
      state
      kind
      subject
      details
      requestingUnitCode
      requestedUnitCode
      steps {
        id
        action
        actorName
        unitCode
        occurredAt
        note
        toState
      }
      deadlines {
        id
        kind
        clause
        dueAt
        closedAt
        overdue
        ownerUnitCode
      }
    }
  }
`);

export const SupervisedActionItemDocument = graphql(`
  query ConsoleSupervisedActionItem($id: ID!) {
    actionItem(id: $id) {
      id
      state
      title
      details
      assignedUnitCode
      dueOn
      steps {
        id
        action
        actorName
        unitCode
        occurredAt
        note
        toState
      }
      deadlines {
        id
        kind
        clause
        dueAt
        closedAt
        overdue
        ownerUnitCode
      }
    }
  }
`);
