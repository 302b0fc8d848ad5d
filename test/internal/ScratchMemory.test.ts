import { describe, expect, it } from "vitest";
import { withScratchMemory } from "../../src/internal/ScratchMemory";

describe("withScratchMemory", () => {
  it("hands out zero-filled, non-overlapping arrays, also when it reuses its buffer", () => {
    for (let call = 0; call < 3; call++) {
      withScratchMemory(1024, (memory) => {
        const bytes = memory.uint8(3);
        const ints = memory.int32(5);
        const floats = memory.float64(4);
        expect([...bytes, ...ints, ...floats].every((x) => x === 0)).toBe(true);
        // Dirty them for the next call, which must still see zeros.
        bytes.fill(7);
        ints.fill(-1);
        floats.fill(Math.PI);
        // 8-byte aligned, one after the other: 3 bytes take 8, 5 int32s take 24.
        expect([bytes.byteOffset, ints.byteOffset, floats.byteOffset]).toEqual([0, 8, 32]);
        expect(bytes.buffer).toBe(floats.buffer);
        expect([...bytes]).toEqual([7, 7, 7]);
        expect(ints[0]).toBe(-1);
      });
    }
  });

  it("makes fresh arrays once the buffer is used up, and for a nested call", () => {
    withScratchMemory(16, (memory) => {
      const first = memory.float64(2);
      // The buffer may be larger than asked (kept from an earlier call): use up the rest.
      memory.uint8(first.buffer.byteLength - 16);
      const beyond = memory.int32(1);
      expect(beyond.buffer).not.toBe(first.buffer);
      expect(beyond.byteLength).toBe(4);
      withScratchMemory(16, (inner) => {
        const nested = inner.float64(2);
        expect(nested.buffer).not.toBe(first.buffer);
        nested.fill(1);
      });
      expect([...first]).toEqual([0, 0]);
    });
  });

  it("grows the buffer when a call needs more", () => {
    // The buffer may have grown in an earlier test of this process: ask for more than it has.
    const small = withScratchMemory(64, (memory) => memory.uint8(8).buffer);
    const more = small.byteLength + 4096;
    const large = withScratchMemory(more, (memory) => memory.uint8(more - 96).buffer);
    expect(large.byteLength).toBeGreaterThanOrEqual(more);
    expect(large).not.toBe(small);
  });

  it("frees the buffer for the next call even when the work throws", () => {
    expect(() =>
      withScratchMemory(64, () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    const buffers = withScratchMemory(64, (memory) => [
      memory.uint8(1).buffer,
      memory.uint8(1).buffer,
    ]);
    expect(buffers[0]).toBe(buffers[1]);
  });
});
