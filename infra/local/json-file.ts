import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckpointStore } from './stream-poller.ts';

/** A small JSON file replaced whole (write, then rename), so a crash mid-write leaves the old one. */
export const jsonFile = <T>(file: string, empty: T) => ({
  load: (): T => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : empty),
  save: (value: T) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.next`, JSON.stringify(value));
    renameSync(`${file}.next`, file);
  },
});

export const fileCheckpoints = (file: string): CheckpointStore => jsonFile<Record<string, string>>(file, {});
