import { chineseEnum, EnumValue } from '../common/chinese-names';

export const ActorKind = chineseEnum('ActorKind', '操作主体类型 kind of caller', {
  USER: ['用户', 'a person logged in'],
  API_KEY: ['对接系统', 'a unit system with an API key'],
  ANONYMOUS: ['未认证', 'not yet authenticated (e.g. a failed login)'],
  SYSTEM: ['系统', 'the hub itself'],
});
export type ActorKind = EnumValue<typeof ActorKind>;

/** What a unit system's API key may do; a key holds a subset chosen when it is issued. */
export const ApiKeyScope = chineseEnum('ApiKeyScope', '接口密钥权限范围 API key scope', {
  READ: ['查询共享信息', 'read shared information'],
  PUBLISH: ['推送共享信息', 'publish shared information for its own unit'],
  SUBSCRIBE: ['订阅变更', 'subscribe to changes'],
  UNIT_PROFILE: ['维护本单位联络信息', 'keep its own unit contact details current'],
});
export type ApiKeyScope = EnumValue<typeof ApiKeyScope>;

/** Roles a caller can hold (docs/domain.md "Who uses it"). */
export const Role = chineseEnum('Role', '角色 Role', {
  CONNECTOR: ['对接系统', 'a unit system calling with an API key'],
  OFFICER: ['执法人员', 'enforcement officer'],
  LEADER: ['单位负责人', 'unit leader: approves outbound case transfers (§4(3)4)'],
  STATISTICIAN: ['统计人员', 'statistician'],
  SUPERVISOR: ['监督人员', 'supervisor at the justice bureau / joint-meeting office'],
  ADMIN: ['系统管理员', 'hub administrator'],
});
export type Role = EnumValue<typeof Role>;

/** Roles a human account may be given; CONNECTOR belongs to API keys only. */
export const HUMAN_ROLES: readonly Role[] = [Role.OFFICER, Role.LEADER, Role.STATISTICIAN, Role.SUPERVISOR, Role.ADMIN];
