/**
 * `items[index]`, checked: noUncheckedIndexedAccess types an index read as possibly undefined, and a cast
 * (`items[i] as T`) would silence that for a wrong index too. This throws instead, naming the index, so an
 * off-by-one fails where it happens rather than as NaN coordinates further on.
 */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} out of range for ${items.length} items`);
  return item;
}
