// A stand-in for the pool's worker entry (src/cli/worker.ts), for test/cli-pool.test.ts: it
// answers each task with its path, and dies on the task whose path is `crash`.
import { parentPort, workerData } from 'node:worker_threads';

parentPort.on('message', (tasks) => {
  for (const task of tasks) {
    if (task.path === 'crash') throw new Error('worker blew up');
    Atomics.add(workerData.finished, 0, 1);
    parentPort.postMessage([{ ok: true, emitted: `${task.path}\n`, messages: [] }]);
  }
});
parentPort.postMessage([]);
