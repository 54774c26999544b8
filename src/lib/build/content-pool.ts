import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type GenerateContext,
  type GeneratedDocument,
  type GenerateJob,
  generateDocument,
} from './generate-document.ts';

/** A job as sent to a worker. */
export interface PoolRequest<T> {
  id: number;
  job: T;
}

/** A worker's answer: the outcome, or why generating failed. */
export type PoolReply = { id: number; result: GeneratedDocument } | { id: number; error: string };

/** Below this many documents, starting workers (each loads the whole pipeline) costs more than it saves. */
const WORKERS_FROM = 16;

/**
 * How many threads generate documents: REIKI_WORKERS when set (1 = in this thread), else one per
 * core up to four (each holds one document at a time; more cores than four help little, as
 * writing files and the main thread's bookkeeping take over).
 */
export function workerCount(jobs: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number.parseInt(env['REIKI_WORKERS'] ?? '', 10);
  if (Number.isFinite(asked) && asked >= 1) return Math.min(asked, Math.max(jobs, 1));
  if (jobs < WORKERS_FROM) return 1;
  return Math.max(1, Math.min(availableParallelism(), 4, jobs));
}

/**
 * Generate every job, on worker threads when there are many, and give the outcomes in the jobs'
 * order (so the build's output does not depend on which thread finished first). `onDone` is
 * called as each document is finished, for progress; `asked` threads, when given, replace
 * REIKI_WORKERS.
 */
export async function generateAll(
  jobs: readonly GenerateJob[],
  context: GenerateContext,
  onDone: (job: GenerateJob) => void = () => {},
  asked?: number,
): Promise<GeneratedDocument[]> {
  const threads = workerCount(
    jobs.length,
    asked === undefined ? process.env : { ...process.env, REIKI_WORKERS: String(asked) },
  );
  const results: GeneratedDocument[] = new Array(jobs.length);
  if (threads === 1) {
    for (const [index, job] of jobs.entries()) {
      results[index] = await generateDocument(job, context);
      onDone(job);
    }
    return results;
  }
  let next = 0;
  const failures: string[] = [];
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= jobs.length || failures.length > 0) {
          resolve();
          return;
        }
        const id = next++;
        worker.postMessage({ id, job: jobs[id]! } satisfies PoolRequest<GenerateJob>);
      };
      worker.on('message', (reply: PoolReply) => {
        const job = jobs[reply.id]!;
        if ('error' in reply) failures.push(`${job.city}/${job.doc}: ${reply.error}`);
        else {
          results[reply.id] = reply.result;
          onDone(job);
        }
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`A content worker stopped with exit code ${code}`));
      });
      send();
    });
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL('./content-worker.ts', import.meta.url), { workerData: { context } }),
  );
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failures.length > 0) throw new Error(`Cannot generate ${failures.join('\n')}`);
  return results;
}
