/** Small list checks shared by the schemas of several areas. Internal. */

/** Whether no item appears twice (compared with `Set` equality). */
export const allDistinct = <T>(items: readonly T[]): boolean => new Set(items).size === items.length;
