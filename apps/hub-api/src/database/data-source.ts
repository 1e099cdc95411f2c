import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * The DataSource the TypeORM CLI loads (`npm run migration:generate`). It needs DATABASE_URL, e.g.
 * the embedded server's `postgres://postgres:postgres@127.0.0.1:54329/hub`.
 */
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL must be set for the migration CLI');
  process.exit(1);
}
export default new DataSource(dataSourceOptions(url));
