// ":" separates the two ids, so it (and the escape character) is escaped inside each:
// distinct (directive, agency) pairs always get distinct task ids.
function escapeId(id: string): string {
  return id.replaceAll("%", "%25").replaceAll(":", "%3A");
}

/**
 * The id of the task that follows up `directiveId` at `agencyId`.
 */
export function taskIdOf(directiveId: string, agencyId: string): string {
  return `${escapeId(directiveId)}:${escapeId(agencyId)}`;
}
