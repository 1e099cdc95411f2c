import { registerEnumType } from '@nestjs/graphql';

/** How a subscription receives its events. */
export enum DeliveryMode {
  PULL = 'PULL',
  WEBHOOK = 'WEBHOOK',
}
registerEnumType(DeliveryMode, {
  name: 'DeliveryMode',
  description: '接收方式 how a subscription receives events',
  valuesMap: {
    PULL: { description: '拉取 the unit pulls `events` and acknowledges what it has processed' },
    WEBHOOK: { description: "推送 the hub POSTs each event, signed, to the unit's endpoint" },
  },
});

/** Where a new subscription starts reading the change log. */
export enum SubscriptionStart {
  NOW = 'NOW',
  BEGINNING = 'BEGINNING',
}
registerEnumType(SubscriptionStart, {
  name: 'SubscriptionStart',
  description: '起始位置 where a new subscription starts',
  valuesMap: {
    NOW: { description: '从现在起 only changes from now on' },
    BEGINNING: { description: '从头 every change the hub has recorded' },
  },
});
