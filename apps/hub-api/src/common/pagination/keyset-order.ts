import { SortOrder } from '@hub/shared-schema';

/** ORDER BY direction of a date-keyed list: newest first unless asked otherwise. */
export const dir = (filter: { sort?: SortOrder }): 'ASC' | 'DESC' => (filter.sort === SortOrder.OLDEST_FIRST ? 'ASC' : 'DESC');

/** The row comparison that continues a keyset page in that direction. */
export const beyond = (filter: { sort?: SortOrder }): '>' | '<' => (filter.sort === SortOrder.OLDEST_FIRST ? '>' : '<');
