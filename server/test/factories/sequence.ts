// Unique suffixes for test data within one test file.
let sequence = 0;

export function next(): number {
  return ++sequence;
}
