export * from './types';
export * from './dates';
export * from './station-age';
export * from './station';
export * from './year-2021';
export * from './fleet';
export * from './source';
export * from './panels';
