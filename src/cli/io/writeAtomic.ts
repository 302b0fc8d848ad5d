import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";

/**
 * Writes `content` (text or a stream of text chunks) to `path` atomically: into a temporary
 * file in the same directory, renamed over `path` only once complete, so a crash or an error
 * never leaves half a file. The temporary file is removed on failure.
 */
export async function writeAtomic(
  path: string,
  content: string | Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  const source = typeof content === "string" ? [content] : content;
  const stream = createWriteStream(temp, { flags: "wx" });
  try {
    await pipeline(source, stream);
    await rename(temp, path);
  } catch (error) {
    // The file may still be opening when the source fails: wait until it is closed, or the
    // unlink could run first and the open then leave an empty temporary file behind.
    if (!stream.closed) await new Promise<void>((resolve) => stream.once("close", () => resolve()));
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
