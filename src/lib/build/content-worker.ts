/**
 * A worker thread of the content build (see content-pool.ts): generates the documents it is sent,
 * one at a time, and answers each with its outcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PoolReply, PoolRequest } from './content-pool.ts';
import { type GenerateContext, type GenerateJob, generateDocument } from './generate-document.ts';

const context = (workerData as { context: GenerateContext }).context;
const port = parentPort;
if (!port) throw new Error('content-worker.ts runs as a worker thread of the content build');

port.on('message', async ({ id, job }: PoolRequest<GenerateJob>) => {
  let reply: PoolReply;
  try {
    reply = { id, result: await generateDocument(job, context) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
