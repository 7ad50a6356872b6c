/**
 * Gathers file changes into one batch per save. An editor's save is several events within a
 * few milliseconds (write a temporary file, rename the old one, rename the new one into
 * place, change its mode), and a file read between them is half there: the batch goes out
 * once events have been quiet for a moment, or after a longer limit while they keep coming.
 */

export interface ChangeBatcher {
  add(file: string): void;
  cancel(): void;
}

export function changeBatcher(flush: (files: string[]) => void, quietMs: number, maxWaitMs: number): ChangeBatcher {
  const pending = new Set<string>();
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let limit: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    clearTimeout(quiet);
    clearTimeout(limit);
    quiet = limit = undefined;
    const files = [...pending];
    pending.clear();
    if (files.length) flush(files);
  };
  return {
    add(file) {
      pending.add(file);
      clearTimeout(quiet);
      quiet = setTimeout(send, quietMs);
      limit ??= setTimeout(send, maxWaitMs);
    },
    cancel() {
      clearTimeout(quiet);
      clearTimeout(limit);
      quiet = limit = undefined;
      pending.clear();
    }
  };
}
