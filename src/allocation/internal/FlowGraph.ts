import { MinHeap } from "./MinHeap";

/** A small residual graph for successive shortest paths with potentials. */
export class FlowGraph {
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
