/**
 * Watches folders (recursively) and reports what changed in batches: one batch once no event
 * has arrived for `quietMs`, so that an editor's save (often several events) is one change.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** Folder key -> changed files, relative to that folder, with `/` separators. */
export type ChangeBatch<K extends string> = ReadonlyMap<K, ReadonlySet<string>>;

export interface FolderWatcher {
  close(): void;
}

export interface WatchedFolder {
  readonly dir: string;
  /** Only files with one of these extensions count (`.yaml`), and names without one, which may be folders. */
  readonly extensions: readonly string[];
}

export function watchFolders<K extends string>(
  folders: Readonly<Record<K, WatchedFolder>>,
  onBatch: (batch: ChangeBatch<K>) => void,
  options: { quietMs?: number; onError?: (error: Error) => void } = {},
): FolderWatcher {
  const quietMs = options.quietMs ?? 100;
  let pending = new Map<K, Set<string>>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const batch = pending;
    pending = new Map();
    if (batch.size > 0) onBatch(batch);
  };
  const watchers: FSWatcher[] = (Object.keys(folders) as K[]).map((key) => {
    const { dir, extensions } = folders[key];
    const watcher = watch(dir, { recursive: true }, (_event, filename) => {
      // Some platforms give no name; the folder changed all the same.
      const file = filename ? filename.toString().split(path.sep).join('/') : '';
      if (file && (isEditorTempFile(file) || !hasExtensionOrNone(file, extensions))) return;
      let files = pending.get(key);
      if (!files) pending.set(key, (files = new Set()));
      files.add(file);
      clearTimeout(timer);
      timer = setTimeout(flush, quietMs);
    });
    watcher.on('error', (error) => options.onError?.(error));
    return watcher;
  });
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}

function hasExtensionOrNone(file: string, extensions: readonly string[]): boolean {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return extensions.some((extension) => name.endsWith(extension)) || !name.includes('.');
}

/**
 * Files editors write next to the one being edited: backups (`x~`), vim's swap files and its
 * `4913` probe, emacs's lock and autosave files, JetBrains' safe-write copies, `*.tmp`.
 */
export function isEditorTempFile(file: string): boolean {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return (
    name.endsWith('~') ||
    name === '4913' ||
    /^\..*\.sw[a-z]x?$/.test(name) ||
    name.startsWith('.#') ||
    /^#.*#$/.test(name) ||
    /___jb_(tmp|old)___$/.test(name) ||
    /\.tmp$/i.test(name)
  );
}
