// A stand-in for the pool's worker entry (src/cli/worker.ts), for test/cli-pool.test.ts: it
// answers each task of a batch with its path, and on the task whose path is `crash` its thread
// dies of an uncaught error, as it would when a release exhausts the worker's heap.
export default async function runJobs(tasks) {
  if (tasks.some((task) => task.path === 'crash')) {
    setTimeout(() => {
      throw new Error('worker blew up');
    });
    return new Promise(() => {});
  }
  return tasks.map((task) => ({ ok: true, emitted: `${task.path}\n`, messages: [] }));
}
