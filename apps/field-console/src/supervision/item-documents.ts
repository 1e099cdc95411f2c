import { graphql } from '../gql';

/** The workflow item behind a supervision item (督办事项), one document per workflow, with its steps and deadlines. */

export const ItemStepFragment = graphql(`
  fragment ConsoleItemStep on LifecycleStep {
    id
    action
    actorName
    unitCode
    occurredAt
    note
    toState
  }
`);

export const ItemDeadlineFragment = graphql(`
  fragment ConsoleItemDeadline on Deadline {
    id
    kind
    kindName
    clause
    dueAt
    closedAt
    overdue
    ownerUnitCode
  }
`);

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
        ...ConsoleItemStep
      }
      deadlines {
        ...ConsoleItemDeadline
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
        ...ConsoleItemStep
      }
      deadlines {
        ...ConsoleItemDeadline
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
        ...ConsoleItemStep
      }
      deadlines {
        ...ConsoleItemDeadline
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
        ...ConsoleItemStep
      }
      deadlines {
        ...ConsoleItemDeadline
      }
    }
  }
`);
