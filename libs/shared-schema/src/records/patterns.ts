/** The message a malformed source id answers with. */
export const SOURCE_ID_MESSAGE = { message: 'must be 1-100 letters, digits or . _ : - /' };

/** The publisher's own record id: what makes publishing idempotent. */
export const SOURCE_ID_PATTERN = /^[A-Za-z0-9._:\-/]{1,100}$/;

/** A devolved matter code of the catalog. */
export const MATTER_CODE_PATTERN = /^[A-Za-z0-9._-]{1,40}$/;
