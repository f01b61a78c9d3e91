/**
 * The trailing window the store keeps totals of, per entity, ending on its latest day: the
 * monthly cost estimate's basis. A window of these days ending on that day is read from one row.
 */
export const TRAILING_DAYS = 30;
