/**
 * Orders strings by UTF-16 code units, like `<`: the allocator's ids sort the same way in
 * every locale.
 */
export function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
