import { DataSource } from 'typeorm';
import { ConfigError } from '../config/hub-config';

interface RolePowers {
  role: string;
  superuser: boolean;
  owns: boolean;
  update: boolean;
  delete: boolean;
  truncate: boolean;
}

/**
 * The audit chain (the record §6(3) accountability rests on) is only as good as the role the hub runs as.
 * A superuser can switch the triggers off (`session_replication_role = replica`), the owner can replace
 * `audit_entry_hash`, and a role with UPDATE or DELETE on audit_entry needs only one of those. The hub
 * refuses to start as any of them, with one configuration line naming what is wrong.
 */
export async function assertRuntimeRole(dataSource: DataSource): Promise<void> {
  const [powers] = await dataSource.query<RolePowers[]>(
    `SELECT current_user AS role, r.rolsuper AS superuser,
            pg_has_role(current_user, c.relowner, 'USAGE') AS owns,
            has_table_privilege(c.oid, 'UPDATE') AS update,
            has_table_privilege(c.oid, 'DELETE') AS delete,
            has_table_privilege(c.oid, 'TRUNCATE') AS truncate
       FROM pg_roles r, pg_class c
      WHERE r.rolname = current_user AND c.oid = to_regclass('public.audit_entry')`,
  );
  if (!powers)
    throw new ConfigError(
      'Configuration error: DATABASE_URL reaches a database without the audit trail: run the migrations first (npm run migration:run with DATABASE_OWNER_URL)',
    );
  const wrong = [
    powers.superuser && 'is a superuser',
    powers.owns && 'owns audit_entry',
    (powers.update || powers.delete || powers.truncate) && 'may UPDATE, DELETE or TRUNCATE audit_entry',
  ].filter(Boolean);
  if (wrong.length) {
    throw new ConfigError(
      `Configuration error: DATABASE_URL logs in as "${powers.role}", which ${wrong.join(' and ')}; the hub must run as hub_app (the role the migrations create) so the audit trail (审计日志) cannot be rewritten`,
    );
  }
}
