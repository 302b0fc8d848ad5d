/** A binary heap of (key, node) pairs ordered by key, then node. */
export class MinHeap {
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
