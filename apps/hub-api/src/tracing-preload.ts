import { loadConfig } from './config/hub-config';
import { startTracing } from './tracing';

// Imported first by main.ts, so the instrumentations hook `http`, `pg` and `graphql` before the app loads
// them. A configuration error is left to main.ts, which reports it as its one line.
try {
  startTracing(loadConfig());
} catch {
  // reported by main.ts
}
