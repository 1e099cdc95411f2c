import { registerEnumType } from '@nestjs/graphql';

export enum ActorKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
  ANONYMOUS = 'ANONYMOUS',
  SYSTEM = 'SYSTEM',
}

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: '操作主体类型 kind of caller',
  valuesMap: {
    USER: { description: '用户 a person logged in' },
    API_KEY: { description: '对接系统 a unit system with an API key' },
    ANONYMOUS: { description: '未认证 not yet authenticated (e.g. a failed login)' },
    SYSTEM: { description: '系统 the hub itself' },
  },
});

/** What a unit system's API key may do; a key holds a subset chosen when it is issued. */
export enum ApiKeyScope {
  READ = 'READ',
  PUBLISH = 'PUBLISH',
  SUBSCRIBE = 'SUBSCRIBE',
  UNIT_PROFILE = 'UNIT_PROFILE',
}

registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: '接口密钥权限范围 API key scope',
  valuesMap: {
    READ: { description: '查询共享信息 read shared information' },
    PUBLISH: { description: '推送共享信息 publish shared information for its own unit' },
    SUBSCRIBE: { description: '订阅变更 subscribe to changes' },
    UNIT_PROFILE: { description: '维护本单位联络信息 keep its own unit contact details current' },
  },
});

/** Roles a caller can hold (docs/domain.md "Who uses it"). */
export enum Role {
  CONNECTOR = 'CONNECTOR',
  OFFICER = 'OFFICER',
  LEADER = 'LEADER',
  STATISTICIAN = 'STATISTICIAN',
  SUPERVISOR = 'SUPERVISOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: '角色 Role',
  valuesMap: {
    CONNECTOR: { description: '对接系统 a unit system calling with an API key' },
    OFFICER: { description: '执法人员 enforcement officer' },
    LEADER: { description: '单位负责人 unit leader: approves outbound case transfers (§4(3)4)' },
    STATISTICIAN: { description: '统计人员 statistician' },
    SUPERVISOR: { description: '监督人员 supervisor at the justice bureau / joint-meeting office' },
    ADMIN: { description: '系统管理员 hub administrator' },
  },
});

/** Roles a human account may be given; CONNECTOR belongs to API keys only. */
export const HUMAN_ROLES: readonly Role[] = [Role.OFFICER, Role.LEADER, Role.STATISTICIAN, Role.SUPERVISOR, Role.ADMIN];
