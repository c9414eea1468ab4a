// satellite.js 7 lazily imports optional WASM builds (#wasm-single-thread, #wasm-multi-thread).
// We only use its pure-JS SGP4; resolving the WASM entries makes `next build` hang, so they are
// aliased here (see next.config.ts). Calling into the WASM API is a programming error.
const unavailable = (): never => {
  throw new Error('satellite.js WASM build is not bundled in Orbit Watch');
};
export default unavailable;
