import { UnitEntity } from '../modules/units/unit.entity';
import { ApiKeyEntity } from '../modules/auth/api-key.entity';
import { UserAccountEntity } from '../modules/auth/user-account.entity';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';

/** Every entity the hub maps; the DataSource (app and migration CLI) takes this list. */
export const ENTITIES = [UnitEntity, ApiKeyEntity, UserAccountEntity, AuditEntryEntity];
