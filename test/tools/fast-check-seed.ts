import fc from 'fast-check';

// Property tests run from one fixed seed, so a CI run is repeatable and a change is judged on the same
// inputs as the one before it. `FC_SEED=random` explores new inputs (run it before a release, and after
// touching the engine, normalisation or the readers); `FC_SEED=<n>` replays a reported failure.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261204 });
