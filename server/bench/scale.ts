// How much data and time the bench spends. The full scale (the default) is production's: 1,000
// agencies, one with 200,000 contractors and 1,000,000 assignments, a facility with 100,000 covered
// assignments whose newest 10,000 have real certificates, a 100,000-row import. `BENCH_SCALE=small`
// is the smoke run (CI's): every measurement and every answer check on a fiftieth of the rows and
// two-second loads (one second gave no answer at all on a machine loaded 15× its cores), so a broken bench fails within minutes; its figures are not the ones to quote.
const SMALL = process.env.BENCH_SCALE === 'small';

export const BENCH_SCALE = SMALL
  ? {
      name: 'small',
      agencies: 20,
      hubAssignments: 2_000,
      hubContractors: 50,
      realCertificates: 200,
      bigZipEntries: null,
      contractors: 4_000,
      importRows: 2_000,
      loadSeconds: 2,
      samples: 5,
      rlsRounds: 2,
      rlsLoadSeconds: 2,
      peerRounds: 2,
      peerSeconds: 2,
      pageVisits: 1,
    }
  : {
      name: 'full',
      agencies: 1_000,
      hubAssignments: 100_000,
      hubContractors: 1_000,
      realCertificates: 10_000,
      bigZipEntries: 70_000,
      contractors: 200_000,
      importRows: 100_000,
      loadSeconds: 5,
      samples: 30,
      rlsRounds: 4,
      rlsLoadSeconds: 3,
      peerRounds: 6,
      peerSeconds: 5,
      pageVisits: 3,
    };
