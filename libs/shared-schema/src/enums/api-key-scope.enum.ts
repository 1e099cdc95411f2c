import { registerEnumType } from '@nestjs/graphql';

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
