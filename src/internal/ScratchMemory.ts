/**
 * Working memory for the allocator's typed arrays, carved from one buffer that later calls
 * reuse. A fresh typed array is external memory to V8, and a call that allocates tens of
 * megabytes of it makes V8 mark the caller's whole heap (hundreds of megabytes of parsed
 * entities) to find out whether any can be freed. Reusing one buffer keeps the external
 * memory flat from call to call. The buffer is held until the event loop is next idle (a
 * batch of calls in one task shares it), then only through a `WeakRef`, so the garbage
 * collector may reclaim it.
 *
 * @packageDocumentation
 */

/**
 * Hands out zero-filled typed arrays.
 */
export interface TypedArrays {
  int32(length: number): Int32Array;
  float64(length: number): Float64Array;
  uint8(length: number): Uint8Array;
}

/**
 * Fresh typed arrays, for small or one-off work.
 */
export const freshTypedArrays: TypedArrays = {
  int32: (length) => new Int32Array(length),
  float64: (length) => new Float64Array(length),
  uint8: (length) => new Uint8Array(length),
};

/** A bump allocator over one buffer; when the buffer is used up, arrays are made fresh. */
class ScratchArena implements TypedArrays {
  private offset = 0;

  constructor(
    private readonly buffer: ArrayBuffer,
    /** Whether the buffer is new, hence still zero-filled. */
    private readonly zeroed: boolean,
  ) {}

  int32(length: number): Int32Array {
    const at = this.take(length * 4);
    return at < 0 ? new Int32Array(length) : this.clear(new Int32Array(this.buffer, at, length));
  }

  float64(length: number): Float64Array {
    const at = this.take(length * 8);
    return at < 0
      ? new Float64Array(length)
      : this.clear(new Float64Array(this.buffer, at, length));
  }

  uint8(length: number): Uint8Array {
    const at = this.take(length);
    return at < 0 ? new Uint8Array(length) : this.clear(new Uint8Array(this.buffer, at, length));
  }

  /** The offset of `bytes` more bytes (8-byte aligned), or -1 when they do not fit. */
  private take(bytes: number): number {
    const at = this.offset;
    const end = at + Math.ceil(bytes / 8) * 8;
    if (end > this.buffer.byteLength) return -1;
    this.offset = end;
    return at;
  }

  private clear<T extends Int32Array | Float64Array | Uint8Array>(array: T): T {
    if (!this.zeroed) array.fill(0);
    return array;
  }
}

/** The buffer, held until the event loop is idle. */
let held: ArrayBuffer | undefined;
/** The same buffer afterwards, for as long as the garbage collector leaves it. */
let weak: WeakRef<ArrayBuffer> | undefined;
let releasePending = false;
let busy = false;

/** Drops the strong hold on the buffer once the current task and its microtasks are done. */
function releaseWhenIdle(): void {
  if (releasePending || typeof setTimeout !== "function") return;
  releasePending = true;
  const timer: unknown = setTimeout(() => {
    releasePending = false;
    held = undefined;
  }, 0);
  // In Node, the timer must not keep the process alive.
  (timer as { unref?: () => void }).unref?.();
}

/**
 * Runs `work` with typed arrays taken from a reusable buffer of at least `bytes` bytes (a
 * nested call, from a callback say, gets fresh arrays instead). The arrays must not outlive
 * `work`: the next call reuses their memory.
 */
export function withScratchMemory<T>(bytes: number, work: (memory: TypedArrays) => T): T {
  if (busy) return work(freshTypedArrays);
  let buffer = held ?? weak?.deref();
  const zeroed = buffer === undefined || buffer.byteLength < bytes;
  if (buffer === undefined || buffer.byteLength < bytes) {
    buffer = new ArrayBuffer(Math.ceil(bytes / 8) * 8);
    weak = new WeakRef(buffer);
  }
  held = buffer;
  releaseWhenIdle();
  busy = true;
  try {
    return work(new ScratchArena(buffer, zeroed));
  } finally {
    busy = false;
  }
}
