import { execFileSync } from "node:child_process";
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { checkOutPath, OutPathError, writeAtomic } from "../../src/cli/io/writeAtomic";

// Everything here happens in a fresh temporary directory: a named pipe made with mkfifo and
// symbolic links stand in for device nodes, and no test ever names a real one.
const root = mkdtempSync(join(tmpdir(), "peygir-out-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;
function tempDir(): string {
  const dir = join(root, String(count++));
  mkdirSync(dir);
  return dir;
}

async function refusal(promise: Promise<unknown>): Promise<OutPathError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(OutPathError);
  return error as OutPathError;
}

describe("writeAtomic refuses what is not a regular file or a new path", () => {
  it("a named pipe, left as it was", async () => {
    const dir = tempDir();
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    expect((await refusal(writeAtomic(fifo, "x"))).message).toBe(
      `--out ${fifo}: is a named pipe; give a regular file or a new path`,
    );
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(["pipe"]);
  });

  it("a directory", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    expect((await refusal(writeAtomic(join(dir, "sub"), "x"))).message).toContain("is a directory");
    expect(readdirSync(dir)).toEqual(["sub"]);
  });

  it("a symbolic link, to a pipe (like /proc/self/fd/1), to nothing, or to a regular file", async () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "pipe")]);
    writeFileSync(join(dir, "real.csv"), "old");
    symlinkSync(join(dir, "pipe"), join(dir, "to-pipe"));
    symlinkSync(join(dir, "missing"), join(dir, "dangling"));
    symlinkSync("real.csv", join(dir, "to-file"));
    for (const link of ["to-pipe", "dangling", "to-file"]) {
      const error = await refusal(writeAtomic(join(dir, link), "new"));
      expect(error.message).toContain("is a symbolic link");
      expect(lstatSync(join(dir, link)).isSymbolicLink()).toBe(true);
    }
    expect(readFileSync(join(dir, "real.csv"), "utf8")).toBe("old");
    expect(readdirSync(dir).sort()).toEqual(["dangling", "pipe", "real.csv", "to-file", "to-pipe"]);
  });

  it("checkOutPath refuses the same before any work, and an empty path", async () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "pipe")]);
    await refusal(checkOutPath(join(dir, "pipe"), {}));
    await refusal(checkOutPath("", {}));
    expect((await refusal(checkOutPath(join(dir, "no", "new.csv"), {}))).message).toContain(
      "its directory does not exist",
    );
    expect((await refusal(checkOutPath(join(dir, "pipe", "new.csv"), {}))).message).toContain(
      "its directory does not exist",
    );
    await expect(checkOutPath(join(dir, "new.csv"), {})).resolves.toBeUndefined();
  });
});

describe("checkOutPath refuses an input as the output", () => {
  it("by any name: the same path, ./x, a hard link, a path through a linked directory", async () => {
    const dir = tempDir();
    const input = join(dir, "households.csv");
    writeFileSync(input, "id\n");
    linkSync(input, join(dir, "hard.csv"));
    symlinkSync(dir, join(dir, "again"));
    const rel = relative(process.cwd(), input);
    for (const out of [
      input,
      `./${rel}`,
      join(dir, "hard.csv"),
      join(dir, "again/households.csv"),
    ]) {
      const error = await refusal(
        checkOutPath(out, { "--households": rel, "--existing": undefined }),
      );
      expect(error.message).toBe(`--out ${out}: is also the --households input; give another path`);
    }
    // Another file, a new file and an input that does not exist are fine.
    writeFileSync(join(dir, "other.csv"), "");
    await checkOutPath(join(dir, "other.csv"), { "--households": input, "--x": join(dir, "no") });
    await checkOutPath(join(dir, "new.csv"), { "--households": input });
  });
});

describe("writeAtomic keeps the mode of the file it replaces", () => {
  it("a 0600 file stays 0600, a 0640 one 0640; a new file gets the default mode", async () => {
    const dir = tempDir();
    for (const mode of [0o600, 0o640, 0o604]) {
      const path = join(dir, `out-${mode.toString(8)}.csv`);
      writeFileSync(path, "old");
      chmodSync(path, mode);
      await writeAtomic(path, "new");
      expect(readFileSync(path, "utf8")).toBe("new");
      expect((statSync(path).mode & 0o777).toString(8)).toBe(mode.toString(8));
    }
    writeFileSync(join(dir, "reference"), "");
    await writeAtomic(join(dir, "fresh.csv"), "x");
    expect(statSync(join(dir, "fresh.csv")).mode & 0o777).toBe(
      statSync(join(dir, "reference")).mode & 0o777,
    );
  });

  it("keeps the owner and group when it may (as root), else opens the file to no one else", async () => {
    const dir = tempDir();
    const path = join(dir, "theirs.csv");
    writeFileSync(path, "old");
    chmodSync(path, 0o640);
    if (process.getuid?.() !== 0) {
      await writeAtomic(path, "new");
      expect(statSync(path).mode & 0o777).toBe(0o640);
      return;
    }
    // As root, a file of another user keeps its owner, group and mode.
    execFileSync("chown", ["1234:4321", path]);
    await writeAtomic(path, "new");
    const kept = statSync(path);
    expect([kept.uid, kept.gid, (kept.mode & 0o777).toString(8)]).toEqual([1234, 4321, "640"]);
    // User 1234 replacing root's 0640 file cannot give it back to root: the new file is theirs
    // and 0600, so root's group does not become theirs to read.
    chmodSync(root, 0o711);
    chmodSync(dir, 0o777);
    const roots = join(dir, "roots.csv");
    writeFileSync(roots, "old");
    chmodSync(roots, 0o640);
    // The child runs as user 1234, who may not read the clone (a 0700 folder in CI): it gets
    // writeAtomic bundled into one file in the temporary directory, which it can read.
    const script = join(dir, "write.mjs");
    await build({
      stdin: {
        contents: `import { writeAtomic } from "./src/cli/io/writeAtomic";
await writeAtomic(process.argv[2], "new");`,
        resolveDir: new URL("../..", import.meta.url).pathname,
        loader: "ts",
      },
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: script,
      logLevel: "error",
    });
    chmodSync(script, 0o644);
    execFileSync(process.execPath, [script, roots], { uid: 1234, gid: 1234, cwd: dir });
    const theirs = statSync(roots);
    expect(readFileSync(roots, "utf8")).toBe("new");
    expect([theirs.uid, theirs.gid, (theirs.mode & 0o777).toString(8)]).toEqual([
      1234,
      1234,
      "600",
    ]);
  });
});
