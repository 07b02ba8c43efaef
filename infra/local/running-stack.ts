import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { jsonFile } from './json-file.ts';

/** Where `npm start` keeps its data; LOCAL_STATE_DIR lets a second stack (or the crash test) keep its own. */
export const localStateDir = () => path.resolve(process.env.LOCAL_STATE_DIR ?? path.join(import.meta.dirname, '..', '..', '.local'));

type RunningStack = { url: string; pid: number; startedAt: string };
const runningFile = () => path.join(localStateDir(), 'running.json');

/** `npm start` says where it listens, so the operator tools find it whatever port it was given. */
export const announceRunningStack = (url: string) => {
  jsonFile<RunningStack | undefined>(runningFile(), undefined).save({ url, pid: process.pid, startedAt: new Date().toISOString() });
  return () => {
    // Only our own announcement: a second stack on the same state directory may have replaced it.
    if (existsSync(runningFile()) && (JSON.parse(readFileSync(runningFile(), 'utf8')) as RunningStack).pid === process.pid) rmSync(runningFile());
  };
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * The running local stack's URL for operator tools: API_URL when given, else what `npm start` announced, checked to
 * answer; otherwise the tool stops with a message saying how to start one (exit 2).
 */
export const runningStackUrl = async (): Promise<string> => {
  const stop = (message: string): never => {
    console.error(message);
    process.exit(2);
  };
  if (process.env.API_URL) return process.env.API_URL;
  const announced = jsonFile<RunningStack | undefined>(runningFile(), undefined).load();
  if (!announced || !alive(announced.pid)) return stop(`no local stack is running for ${localStateDir()}: start it with npm start (or set API_URL)`);
  const healthy = await fetch(`${announced.url}/health`).then(
    (response) => response.ok,
    () => false,
  );
  if (!healthy) return stop(`the local stack started at ${announced.startedAt} (pid ${announced.pid}) does not answer at ${announced.url}: is it still starting?`);
  return announced.url;
};
