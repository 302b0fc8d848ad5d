import { randomBytes } from "node:crypto";
import { createWriteStream, type Stats } from "node:fs";
import { chmod, chown, lstat, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { UsageError } from "../UsageError";

/**
 * An `--out` path the CLI will not write: not a regular file or a new path, or one of the
 * command's inputs. A usage error (exit code 2), printed on one line without the usage.
 */
export class OutPathError extends UsageError {
  constructor(message: string) {
    super(message, "");
    this.name = "OutPathError";
  }
}

function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

// The target as it is now: undefined for a new path, its stats for a regular file.
async function regularTarget(path: string): Promise<Stats | undefined> {
  let stats: Stats;
  try {
    stats = await lstat(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
  // A rename replaces the entry itself: over a symbolic link it would replace the link (and
  // never the file it points to), over a device node the node (as root, /dev/null itself).
  if (!stats.isFile()) {
    throw new OutPathError(`--out ${path}: is ${kindOf(stats)}; give a regular file or a new path`);
  }
  return stats;
}

/**
 * Checks an `--out` path before any work: it must be a new path in an existing directory or a
 * regular file (not a symbolic link, directory, device node, named pipe or socket), and not
 * the same file as any of `inputs` (the paths of the command's input options, by option
 * name), compared by device and inode, so `x.csv`, `./x.csv`, a hard link and a path through
 * a linked directory are all caught. Inputs that do not exist are skipped (reading them fails
 * later).
 *
 * @throws {@link OutPathError} when the path is refused.
 */
export async function checkOutPath(
  path: string,
  inputs: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  if (path === "") throw new OutPathError("--out: the path is empty");
  const target = await regularTarget(path);
  if (target === undefined) {
    const parent = await stat(dirname(path)).catch(() => undefined);
    if (parent?.isDirectory() !== true) {
      throw new OutPathError(`--out ${path}: its directory does not exist`);
    }
    return;
  }
  for (const [option, input] of Object.entries(inputs)) {
    if (input === undefined) continue;
    const source = await stat(input).catch(() => undefined);
    if (source !== undefined && source.dev === target.dev && source.ino === target.ino) {
      throw new OutPathError(`--out ${path}: is also the ${option} input; give another path`);
    }
  }
}

/**
 * Writes `content` (text or a stream of text chunks) to `path` atomically: into a temporary
 * file in the same directory, renamed over `path` only once complete, so a crash or an error
 * never leaves half a file. The temporary file is removed on failure.
 *
 * `path` must be a new path or a regular file (see {@link checkOutPath}); a file that is
 * replaced keeps its permission bits (a 0600 file stays 0600) and, where the system allows,
 * its owner and group; if they cannot be kept, the new file is readable by its owner only,
 * never by more people than before. A new file gets the default mode (0666 less the umask).
 *
 * @throws {@link OutPathError} when `path` is not a regular file or a new path.
 */
export async function writeAtomic(
  path: string,
  content: string | Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  const target = await regularTarget(path);
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  const source = typeof content === "string" ? [content] : content;
  // Over an existing file, the temporary file is private until it has the target's mode.
  const stream = createWriteStream(temp, {
    flags: "wx",
    ...(target === undefined ? {} : { mode: 0o600 }),
  });
  try {
    await pipeline(source, stream);
    if (target !== undefined) await keepModeAndOwner(temp, target);
    await rename(temp, path);
  } catch (error) {
    // The file may still be opening when the source fails: wait until it is closed, or the
    // unlink could run first and the open then leave an empty temporary file behind.
    if (!stream.closed) await new Promise<void>((resolve) => stream.once("close", () => resolve()));
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function keepModeAndOwner(temp: string, target: Stats): Promise<void> {
  const mine = await stat(temp);
  let mode = target.mode & 0o777;
  if (mine.uid !== target.uid || mine.gid !== target.gid) {
    // Only root may give a file away; otherwise a group or other bits meant for the old
    // owner and group must not open the new file to others.
    const kept = await chown(temp, target.uid, target.gid).then(
      () => true,
      () => false,
    );
    if (!kept) mode &= 0o700;
  }
  await chmod(temp, mode);
}
