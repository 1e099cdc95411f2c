import { chineseEnum, EnumValue } from '../common/chinese-names';

/** How a subscription receives its events. */
export const DeliveryMode = chineseEnum('DeliveryMode', '接收方式 how a subscription receives events', {
  PULL: ['拉取', 'the unit pulls `events` and acknowledges what it has processed'],
  WEBHOOK: ['推送', "the hub POSTs each event, signed, to the unit's endpoint"],
});
export type DeliveryMode = EnumValue<typeof DeliveryMode>;

/** Where a new subscription starts reading the change log. */
export const SubscriptionStart = chineseEnum('SubscriptionStart', '起始位置 where a new subscription starts', {
  NOW: ['从现在起', 'only changes from now on'],
  BEGINNING: ['从头', 'every change the hub has recorded'],
});
export type SubscriptionStart = EnumValue<typeof SubscriptionStart>;
