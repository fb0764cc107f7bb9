export * from './common.ts';
export * from './assessment.ts';
export * from './sectors.ts';
export * from './contracts.ts';
export * from './cities.ts';
export * from './emissions.ts';
export * from './health.ts';
