import { containsSorted } from "./containsSorted";
import { FlowGraph } from "./FlowGraph";
import type { RegionProblem } from "./RegionProblem";

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
        if (containsSorted(excluded, a) || agencyRoom[a] === 0) continue;
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
