import { registerEnumType } from '@nestjs/graphql';

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
