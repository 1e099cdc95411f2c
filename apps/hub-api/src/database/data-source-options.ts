import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations';
import { ENTITIES } from './entities';

/** The one place DataSource options are built: the app, the CLIs and the tests all call this. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    // The schema comes from reviewed migrations only.
    synchronize: false,
    migrationsRun: false,
    // Nor may TypeORM create extensions on connect (it would add uuid-ossp): gen_random_uuid() is built in.
    installExtensions: false,
    extra: { max: poolSize, application_name: 'jinjiang-hub', connectionTimeoutMillis: 5000 },
  };
}
