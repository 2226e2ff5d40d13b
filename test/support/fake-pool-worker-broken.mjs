// A stand-in for the pool's worker entry that fails to load, for test/cli-pool.test.ts.
throw new Error('cannot load');
