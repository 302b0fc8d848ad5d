/**
 * The fast path of {@link solveRegion}: the region solved as if nobody excluded anyone, then
 * the households placed on agencies around their exclusions.
 *
 * The hot loops index their arrays: `for…of` over a typed array, or over a parameter that is
 * sometimes a typed array and sometimes not, makes V8 allocate an iterator result per
 * element (80 MB of garbage per million households).
 *
 * @packageDocumentation
 */

import { freshTypedArrays } from "../../internal/ScratchMemory";
import { bucketCursors } from "./bucketCursors";
import { containsSorted } from "./containsSorted";
import type { RegionProblem } from "./RegionProblem";

/**
 * The fast path: solves the region as if nobody excluded anyone (an upper bound for
 * objectives 2 and 3), then places households on agencies respecting the exclusions. When
 * that placement succeeds, the relaxed optimum is attained and therefore optimal; otherwise
 * it returns `undefined` and the exact flow solves the region.
 */
export function solveComplete(problem: RegionProblem): Int32Array | undefined {
  const { agencyRoom, agencyKept, agencyDistrict, districtCount, need, householdDistrict } =
    problem;
  const agencyCount = agencyRoom.length;
  const householdCount = need.length;
  const districtRoom = new Int32Array(districtCount);
  let totalRoom = 0;
  for (let a = 0; a < agencyCount; a++) {
    districtRoom[agencyDistrict[a] as number] =
      (districtRoom[agencyDistrict[a] as number] as number) + (agencyRoom[a] as number);
    totalRoom += agencyRoom[a] as number;
  }
  const memory = problem.memory ?? freshTypedArrays;
  const assigned = memory.int32(householdCount).fill(-1);
  if (totalRoom === 0 || householdCount === 0) return assigned;

  // Objective 2 in the relaxation: the top `totalRoom` households by need. Households are in
  // canonical order, so the selection is a prefix up to the ties at the threshold.
  const selected = memory.uint8(householdCount);
  const inDistrictCount = new Int32Array(districtCount);
  if (householdCount <= totalRoom) {
    selected.fill(1);
    for (let h = 0; h < householdCount; h++) {
      const d = householdDistrict[h] as number;
      if (d >= 0) inDistrictCount[d] = (inDistrictCount[d] as number) + 1;
    }
  } else {
    const threshold = need[totalRoom - 1] as number;
    let first = totalRoom - 1;
    while (first > 0 && need[first - 1] === threshold) first--;
    let last = totalRoom;
    while (last < householdCount && need[last] === threshold) last++;
    for (let h = 0; h < first; h++) {
      selected[h] = 1;
      const d = householdDistrict[h] as number;
      if (d >= 0) inDistrictCount[d] = (inDistrictCount[d] as number) + 1;
    }
    // Objective 3 among equal needs: prefer tied households whose district has room left.
    let left = totalRoom - first;
    for (let h = first; h < last && left > 0; h++) {
      const d = householdDistrict[h] as number;
      if (d >= 0 && (inDistrictCount[d] as number) < (districtRoom[d] as number)) {
        selected[h] = 1;
        inDistrictCount[d] = (inDistrictCount[d] as number) + 1;
        left--;
      }
    }
    for (let h = first; h < last && left > 0; h++) {
      if (selected[h] === 0) {
        selected[h] = 1;
        const d = householdDistrict[h] as number;
        if (d >= 0) inDistrictCount[d] = (inDistrictCount[d] as number) + 1;
        left--;
      }
    }
  }

  // Objective 3: each district's neediest selected households stay in their district, up to
  // its room; the rest overflow to any district with room left.
  const ownDistrict = new Int32Array(districtCount);
  const placedIn = memory.int32(householdCount).fill(-1);
  const overflow: number[] = [];
  for (let h = 0; h < householdCount; h++) {
    if (selected[h] === 0) continue;
    const d = householdDistrict[h] as number;
    if (d >= 0 && (ownDistrict[d] as number) < (districtRoom[d] as number)) {
      ownDistrict[d] = (ownDistrict[d] as number) + 1;
      placedIn[h] = d;
    } else overflow.push(h);
  }

  // Objective 4: water-fill each district's own households over its agencies, then the
  // overflow over all agencies.
  const take = new Int32Array(agencyCount);
  const fill = Int32Array.from(agencyKept);
  const byDistrict: number[][] = Array.from({ length: districtCount }, () => []);
  for (let a = 0; a < agencyCount; a++) byDistrict[agencyDistrict[a] as number]?.push(a);
  for (let d = 0; d < districtCount; d++) {
    waterFill(byDistrict[d] ?? [], fill, agencyRoom, take, ownDistrict[d] as number);
  }
  const everyAgency = memory.int32(agencyCount);
  for (let a = 0; a < agencyCount; a++) everyAgency[a] = a;
  waterFill(everyAgency, fill, agencyRoom, take, overflow.length);

  // Overflow households go to districts in order of their spare slots.
  const spare = new Int32Array(districtCount);
  for (let a = 0; a < agencyCount; a++)
    spare[agencyDistrict[a] as number] =
      (spare[agencyDistrict[a] as number] as number) + (take[a] as number);
  for (let d = 0; d < districtCount; d++)
    spare[d] = (spare[d] as number) - (ownDistrict[d] as number);
  let district = 0;
  for (let i = 0; i < overflow.length; i++) {
    const h = overflow[i] as number;
    while ((spare[district] as number) === 0) district++;
    placedIn[h] = district;
    spare[district] = (spare[district] as number) - 1;
  }

  // Place each district's households on its agencies: those with exclusions first, then the
  // others dealt round-robin in canonical order. The districts' member lists are one array,
  // bucketed by district (a stable counting sort).
  const memberStart = new Int32Array(districtCount + 1);
  for (let h = 0; h < householdCount; h++) {
    const d = placedIn[h] as number;
    if (d >= 0) memberStart[d + 1] = (memberStart[d + 1] as number) + 1;
  }
  const nextMember = bucketCursors(memberStart);
  const members = memory.int32(memberStart[districtCount] as number);
  for (let h = 0; h < householdCount; h++) {
    const d = placedIn[h] as number;
    if (d < 0) continue;
    members[nextMember[d] as number] = h;
    nextMember[d] = (nextMember[d] as number) + 1;
  }
  const left = Int32Array.from(take);
  // Households with exclusions are few: a flag spares a map lookup for every other one.
  const hasExclusions = memory.uint8(householdCount);
  for (const h of problem.excluded.keys()) hasExclusions[h] = 1;
  for (let d = 0; d < districtCount; d++) {
    const agencies = byDistrict[d] ?? [];
    const list = members.subarray(memberStart[d] as number, memberStart[d + 1] as number);
    for (let i = 0; i < list.length; i++) {
      const h = list[i] as number;
      if (hasExclusions[h] === 0) continue;
      const excluded = problem.excluded.get(h);
      if (excluded === undefined) continue;
      let best = -1;
      for (let j = 0; j < agencies.length; j++) {
        const a = agencies[j] as number;
        if ((left[a] as number) > 0 && !containsSorted(excluded, a)) {
          if (best < 0 || (left[a] as number) > (left[best] as number)) best = a;
        }
      }
      if (best < 0) return undefined;
      assigned[h] = best;
      left[best] = (left[best] as number) - 1;
    }
    let cursor = 0;
    for (let i = 0; i < list.length; i++) {
      const h = list[i] as number;
      if (assigned[h] !== -1) continue;
      while ((left[agencies[cursor % agencies.length] as number] as number) === 0) cursor++;
      const a = agencies[cursor % agencies.length] as number;
      assigned[h] = a;
      left[a] = (left[a] as number) - 1;
      cursor++;
    }
  }
  return assigned;
}

/**
 * Hands `units` slots to `agencies` so that their fills are as even as possible (minimum sum
 * of squares): raise a common level, then give the last units one each to the agencies at
 * that level, in canonical order.
 */
function waterFill(
  agencies: ArrayLike<number>,
  fill: Int32Array,
  room: Int32Array,
  take: Int32Array,
  units: number,
): void {
  if (units === 0) return;
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (let i = 0; i < agencies.length; i++) {
    const a = agencies[i] as number;
    const f = fill[a] as number;
    const r = (room[a] as number) - (take[a] as number);
    if (r > 0 && f < lo) lo = f;
    if (r > 0 && f + r > hi) hi = f + r;
  }
  const amount = (level: number): number => {
    let sum = 0;
    for (let i = 0; i < agencies.length; i++) {
      const a = agencies[i] as number;
      const r = (room[a] as number) - (take[a] as number);
      const add = level - (fill[a] as number);
      if (add > 0 && r > 0) sum += Math.min(add, r);
    }
    return sum;
  };
  // The highest level whose fill needs at most `units` slots.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (amount(mid) <= units) lo = mid;
    else hi = mid - 1;
  }
  let rest = units;
  for (let i = 0; i < agencies.length; i++) {
    const a = agencies[i] as number;
    const r = (room[a] as number) - (take[a] as number);
    const add = lo - (fill[a] as number);
    if (add > 0 && r > 0) {
      const given = Math.min(add, r);
      take[a] = (take[a] as number) + given;
      fill[a] = (fill[a] as number) + given;
      rest -= given;
    }
  }
  for (let i = 0; i < agencies.length && rest > 0; i++) {
    const a = agencies[i] as number;
    if (fill[a] === lo && (take[a] as number) < (room[a] as number)) {
      take[a] = (take[a] as number) + 1;
      fill[a] = (fill[a] as number) + 1;
      rest--;
    }
  }
}
