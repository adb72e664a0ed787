import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_STATUSES } from './enums';
import { assignmentsBlockingArchive } from './contractor-archive';

describe('assignmentsBlockingArchive', () => {
  it('is none without assignments', () => {
    expect(assignmentsBlockingArchive([])).toEqual([]);
  });

  it.each(['PENDING_APPROVAL', 'AWAITING_OPT_IN', 'AWAITING_PAYMENT', 'DECLINED', 'COVERED'] as const)('counts a %s assignment', (status) => {
    expect(assignmentsBlockingArchive([{ id: 'a', status }, { id: 'b', status: 'ENDED' }])).toEqual([{ id: 'a', status }]);
  });

  it('lets every other status through', () => {
    const over = ASSIGNMENT_STATUSES.filter((status) => !['PENDING_APPROVAL', 'AWAITING_OPT_IN', 'AWAITING_PAYMENT', 'DECLINED', 'COVERED'].includes(status));
    expect(assignmentsBlockingArchive(over.map((status) => ({ status })))).toEqual([]);
  });
});
