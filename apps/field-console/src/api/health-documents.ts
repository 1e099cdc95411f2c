import { graphql } from '../gql';

/** 对接健康: a unit's subscriptions with their delivery state, dead letters and redelivery. */

export const ConnectorHealthDocument = graphql(`
  query ConnectorHealth($unitCode: String!) {
    subscriptions(unitCode: $unitCode) {
      id
      name
      delivery
      webhookUrl
      active
      position
      attempts
      lastError
      nextAttemptAt
      lag {
        events
        oldestAt
        oldestSeconds
      }
    }
  }
`);

export const DeadLettersDocument = graphql(`
  query ConnectorDeadLetters($id: ID!) {
    deadLetters(id: $id) {
      eventId
      eventPosition
      attempts
      lastError
      deadAt
      redeliverRequestedAt
    }
  }
`);

export const RedeliverDeadLettersDocument = graphql(`
  mutation ConnectorRedeliver($id: ID!) {
    redeliverDeadLetters(id: $id)
  }
`);
