// The domain as the apps load it: first zod told not to compile schemas with `new Function`. It
// would try (and the apps' Content Security Policy, which forbids eval, would report the refused
// try as a violation); this import comes first so that no schema is built before it.
import './zod-without-eval';

export * from './index';
