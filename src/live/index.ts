// Reading live state: the edge between the Snyk client and the pure planner.
export { emptyLiveState, type ReadLiveOptions, readLiveState } from './read-live-state.ts';
