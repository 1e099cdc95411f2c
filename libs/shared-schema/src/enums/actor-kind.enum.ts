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
