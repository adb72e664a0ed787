import { describe, expect, it } from 'vitest';
import { isOptInRequired, sameCoreInfo, type CoreInfo } from './opt-in-rules';

const nurse: CoreInfo = { jobCategoryId: 'cat-nurse', coverageTypes: ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'], workState: 'CA' };

describe('isOptInRequired', () => {
  it('requires an opt-in for the first assignment', () => {
    expect(isOptInRequired(nurse, [])).toBe(true);
  });

  it('does not require one for the same core info', () => {
    expect(isOptInRequired({ ...nurse }, [nurse])).toBe(false);
  });

  it('requires one for another job category', () => {
    expect(isOptInRequired({ ...nurse, jobCategoryId: 'cat-it' }, [nurse])).toBe(true);
  });

  it('requires one for another set of coverage types', () => {
    expect(isOptInRequired({ ...nurse, coverageTypes: ['GENERAL_LIABILITY'] }, [nurse])).toBe(true);
    expect(isOptInRequired({ ...nurse, coverageTypes: ['WORKERS_COMPENSATION'] }, [nurse])).toBe(true);
    expect(isOptInRequired(nurse, [{ ...nurse, coverageTypes: ['GENERAL_LIABILITY'] }])).toBe(true);
  });

  it('requires one for another work state', () => {
    expect(isOptInRequired({ ...nurse, workState: 'NV' }, [nurse])).toBe(true);
  });

  it('ignores the order of coverage types', () => {
    expect(isOptInRequired({ ...nurse, coverageTypes: ['WORKERS_COMPENSATION', 'GENERAL_LIABILITY'] }, [nurse])).toBe(false);
  });

  it('finds a match among several opted-in assignments', () => {
    const others: CoreInfo[] = [
      { ...nurse, workState: 'NV' },
      { ...nurse, jobCategoryId: 'cat-it' },
      { ...nurse, coverageTypes: ['GENERAL_LIABILITY'] },
    ];
    expect(isOptInRequired(nurse, others)).toBe(true);
    expect(isOptInRequired(nurse, [...others, { ...nurse, coverageTypes: ['WORKERS_COMPENSATION', 'GENERAL_LIABILITY'] }])).toBe(false);
  });
});

describe('sameCoreInfo', () => {
  it('compares coverage types as sets', () => {
    expect(sameCoreInfo(nurse, { ...nurse, coverageTypes: ['WORKERS_COMPENSATION', 'GENERAL_LIABILITY', 'GENERAL_LIABILITY'] })).toBe(true);
    expect(sameCoreInfo({ ...nurse, coverageTypes: [] }, { ...nurse, coverageTypes: [] })).toBe(true);
    expect(sameCoreInfo({ ...nurse, coverageTypes: [] }, nurse)).toBe(false);
  });

  it('is symmetric', () => {
    const variants: CoreInfo[] = [nurse, { ...nurse, workState: 'NV' }, { ...nurse, coverageTypes: ['GENERAL_LIABILITY'] }];
    for (const a of variants) for (const b of variants) expect(sameCoreInfo(a, b)).toBe(sameCoreInfo(b, a));
  });

  it('treats state codes case-insensitively', () => {
    expect(sameCoreInfo(nurse, { ...nurse, workState: 'ca' })).toBe(true);
  });
});
