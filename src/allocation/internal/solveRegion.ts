/**
 * The allocation of one region: households to agencies, all in the same region at scope
 * level, so every pair is eligible except the household's exclusions. See docs/allocation.md
 * for the objective and the optimality argument.
 *
 * The hot loops index their arrays: `for…of` over a typed array, or over a parameter that is
 * sometimes a typed array and sometimes not, makes V8 allocate an iterator result per
 * element (80 MB of garbage per million households).
 *
 * @packageDocumentation
 */

import { freshTypedArrays, type TypedArrays } from "../../internal/ScratchMemory";
import { bucketCursors } from "./bucketCursors";

/** One region's problem, in local indices. */
export interface RegionProblem {
  /** Agencies in canonical order (id ascending): residual capacity (quota minus kept). */
  readonly agencyRoom: Int32Array;
  /** Agencies: sponsorships already kept. */
  readonly agencyKept: Int32Array;
  /** Agencies: local district index (0 … districtCount-1). */
  readonly agencyDistrict: Int32Array;
  /** The number of districts; district `districtCount - 1` may be the "no district" pool. */
  readonly districtCount: number;
  /** Households in canonical order (need descending, id ascending): need score. */
  readonly need: Float64Array;
  /** Households: local district index, or -1 when no agency shares its district. */
  readonly householdDistrict: Int32Array;
  /** Households: sorted local indices of excluded agencies, when any. */
  readonly excluded: ReadonlyMap<number, Int32Array>;
  /** Where the arrays proportional to the households come from (fresh ones by default). */
  readonly memory?: TypedArrays;
}

/**
 * Solves one region; returns the local agency of each household (-1 for none).
 *
 * Households must be given in canonical order (need descending, then id ascending): the
 * solver breaks its remaining ties by that order, so the result does not depend on the
 * order of the caller's arrays.
 */
export function solveRegion(problem: RegionProblem): Int32Array {
  return solveComplete(problem) ?? solveByFlow(problem);
}

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
        if ((left[a] as number) > 0 && !contains(excluded, a)) {
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

/** Whether a sorted Int32Array contains a value. */
function contains(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
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

/**
 * The exact solver: a min-cost flow with lexicographic integer costs (need rank, then the
 * same-district bonus, then the evenness of the fills), on a network compressed with one
 * pool node per district and one for the whole region, so that only households with
 * exclusions need an arc per agency.
 */
export function solveByFlow(problem: RegionProblem): Int32Array {
  const { agencyRoom, agencyKept, agencyDistrict, districtCount, need, householdDistrict } =
    problem;
  const agencyCount = agencyRoom.length;
  const householdCount = need.length;

  // Dense ranks of need (1 = least needy): a matroid's optimal bases depend only on the
  // order of the weights, and integer ranks make the lexicographic costs exact.
  const rank = new Float64Array(householdCount);
  let r = 1;
  for (let h = householdCount - 1; h >= 0; h--) {
    if (h < householdCount - 1 && need[h] !== need[h + 1]) r++;
    rank[h] = r;
  }
  let evenRange = 0;
  for (let a = 0; a < agencyCount; a++) {
    const k = agencyKept[a] as number;
    const c = agencyRoom[a] as number;
    evenRange += (k + c) * (k + c) - k * k;
  }
  let bonusScale = evenRange + 1;
  let rankScale = bonusScale * (householdCount + 1);
  if (r * rankScale * (householdCount + agencyCount + 2) * 4 > Number.MAX_SAFE_INTEGER) {
    // Too large to weigh evenness exactly: keep objectives 2 and 3 exact, drop 4.
    evenRange = 0;
    bonusScale = 1;
    rankScale = householdCount + 1;
  }

  const source = 0;
  const firstHousehold = 1;
  const anyPool = firstHousehold + householdCount;
  const firstPool = anyPool + 1;
  const firstAgency = firstPool + districtCount;
  const sink = firstAgency + agencyCount;
  const graph = new FlowGraph(sink + 1);
  for (let h = 0; h < householdCount; h++) {
    graph.add(source, firstHousehold + h, 1, -(rank[h] as number) * rankScale);
  }
  for (let h = 0; h < householdCount; h++) {
    const node = firstHousehold + h;
    const d = householdDistrict[h] as number;
    const excluded = problem.excluded.get(h);
    if (excluded === undefined) {
      if (d >= 0) graph.add(node, firstPool + d, 1, -bonusScale);
      graph.add(node, anyPool, 1, 0);
    } else {
      for (let a = 0; a < agencyCount; a++) {
        if (contains(excluded, a) || agencyRoom[a] === 0) continue;
        graph.add(node, firstAgency + a, 1, agencyDistrict[a] === d ? -bonusScale : 0);
      }
    }
  }
  for (let a = 0; a < agencyCount; a++) {
    const room = agencyRoom[a] as number;
    if (room === 0) continue;
    graph.add(firstPool + (agencyDistrict[a] as number), firstAgency + a, room, 0);
    graph.add(anyPool, firstAgency + a, room, 0);
    const kept = agencyKept[a] as number;
    for (let j = 1; j <= room; j++) {
      // The marginal cost of the j-th new slot under a sum-of-squares evenness cost.
      graph.add(firstAgency + a, sink, 1, evenRange === 0 ? 0 : 2 * (kept + j) - 1);
    }
  }
  graph.minCostFlow(source, sink);

  const assigned = new Int32Array(householdCount).fill(-1);
  const pools: number[][] = Array.from({ length: districtCount + 1 }, () => []);
  for (let h = 0; h < householdCount; h++) {
    for (const e of graph.edgesFrom(firstHousehold + h)) {
      if (graph.flowOf(e) === 0) continue;
      const to = graph.headOf(e);
      if (to >= firstAgency) assigned[h] = to - firstAgency;
      else pools[to - anyPool]?.push(h);
    }
  }
  for (let p = 0; p <= districtCount; p++) {
    const list = pools[p] ?? [];
    let next = 0;
    for (const e of graph.edgesFrom(anyPool + p)) {
      for (let f = graph.flowOf(e); f > 0; f--) {
        assigned[list[next++] as number] = graph.headOf(e) - firstAgency;
      }
    }
  }
  return assigned;
}

/** A small residual graph for successive shortest paths with potentials. */
class FlowGraph {
  private readonly heads: number[] = [];
  private readonly caps: number[] = [];
  private readonly costs: number[] = [];
  private readonly tails: number[] = [];
  private readonly adjacency: number[][];

  constructor(private readonly size: number) {
    this.adjacency = Array.from({ length: size }, () => []);
  }

  add(from: number, to: number, cap: number, cost: number): void {
    const e = this.heads.length;
    this.heads.push(to, from);
    this.tails.push(from, to);
    this.caps.push(cap, 0);
    this.costs.push(cost, -cost);
    this.adjacency[from]?.push(e);
    this.adjacency[to]?.push(e + 1);
  }

  /** The forward edges leaving a node, in insertion order. */
  edgesFrom(node: number): number[] {
    return (this.adjacency[node] ?? []).filter((e) => (e & 1) === 0);
  }

  headOf(e: number): number {
    return this.heads[e] as number;
  }

  flowOf(e: number): number {
    return this.caps[e ^ 1] as number;
  }

  /** Augments along shortest (most negative) paths until none is left. */
  minCostFlow(source: number, sink: number): void {
    const n = this.size;
    // Initial potentials: every arc points forward in node order (a DAG).
    const potential = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    potential[source] = 0;
    for (let v = 0; v < n; v++) {
      const pv = potential[v] as number;
      if (pv === Number.POSITIVE_INFINITY) continue;
      for (const e of this.adjacency[v] ?? []) {
        if ((this.caps[e] as number) === 0) continue;
        const w = this.heads[e] as number;
        const candidate = pv + (this.costs[e] as number);
        if (candidate < (potential[w] as number)) potential[w] = candidate;
      }
    }
    for (let v = 0; v < n; v++) if (potential[v] === Number.POSITIVE_INFINITY) potential[v] = 0;
    const dist = new Float64Array(n);
    const via = new Int32Array(n);
    const done = new Uint8Array(n);
    for (;;) {
      dist.fill(Number.POSITIVE_INFINITY);
      via.fill(-1);
      done.fill(0);
      dist[source] = 0;
      const heap = new MinHeap();
      heap.push(0, source);
      while (heap.size > 0) {
        const v = heap.pop();
        if (done[v] === 1) continue;
        done[v] = 1;
        const dv = dist[v] as number;
        const pv = potential[v] as number;
        for (const e of this.adjacency[v] ?? []) {
          if ((this.caps[e] as number) === 0) continue;
          const w = this.heads[e] as number;
          if (done[w] === 1) continue;
          const reduced = (this.costs[e] as number) + pv - (potential[w] as number);
          const candidate = dv + Math.max(reduced, 0);
          if (candidate < (dist[w] as number)) {
            dist[w] = candidate;
            via[w] = e;
            heap.push(candidate, w);
          }
        }
      }
      if (done[sink] === 0) return;
      const pathCost =
        (dist[sink] as number) + (potential[sink] as number) - (potential[source] as number);
      if (pathCost >= 0) return;
      // Unreached nodes move by the largest distance, which keeps every reduced cost ≥ 0.
      let reach = 0;
      for (let v = 0; v < n; v++)
        if (done[v] === 1 && (dist[v] as number) > reach) reach = dist[v] as number;
      for (let v = 0; v < n; v++) {
        potential[v] = (potential[v] as number) + (done[v] === 1 ? (dist[v] as number) : reach);
      }
      const caps = this.caps;
      for (let v = sink; v !== source; ) {
        const e = via[v] as number;
        caps[e] = (caps[e] as number) - 1;
        caps[e ^ 1] = (caps[e ^ 1] as number) + 1;
        v = this.tails[e] as number;
      }
    }
  }
}

/** A binary heap of (key, node) pairs ordered by key, then node. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0] as number;
    const lastKey = keys.pop() as number;
    const lastNode = nodes.pop() as number;
    if (keys.length > 0) {
      keys[0] = lastKey;
      nodes[0] = lastNode;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < keys.length && this.less(left, smallest)) smallest = left;
        if (right < keys.length && this.less(right, smallest)) smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }

  private less(i: number, j: number): boolean {
    const ki = this.keys[i] as number;
    const kj = this.keys[j] as number;
    return ki < kj || (ki === kj && (this.nodes[i] as number) < (this.nodes[j] as number));
  }

  private swap(i: number, j: number): void {
    const { keys, nodes } = this;
    const k = keys[i] as number;
    keys[i] = keys[j] as number;
    keys[j] = k;
    const n = nodes[i] as number;
    nodes[i] = nodes[j] as number;
    nodes[j] = n;
  }
}
