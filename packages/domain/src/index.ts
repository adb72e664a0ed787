export * from './us-states';
export * from './enums';
export * from './money';
export * from './dates';
export * from './auth-schemas';
export * from './assignment-rules';
export * from './opt-in-rules';
export * from './premium';
