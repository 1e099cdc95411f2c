export { HubClient } from './hub-client';
export type { HubClientOptions } from './hub-client';
export { HubError } from './hub-error';
