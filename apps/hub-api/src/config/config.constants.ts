/** Injection token of the validated HubConfig (see hub-config.ts). */
export const HUB_CONFIG = Symbol('HUB_CONFIG');
