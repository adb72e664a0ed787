// The demo data, as tables: agencies, their people, facilities, job categories, contractors, the kinds
// of work each contractor does, and the hand-placed assignments that show every other status.
// demo-builder.ts turns these into rows, with dates relative to today; demo.ts loads them.
import type { AssignmentStatus, CoverageType, JobCategoryStatus, Payer } from '@coverline/domain';

export const DEMO_PASSWORD = 'coverline-demo';
/** The contractor whose sign-in link is printed at every boot. */
export const DEMO_CONTRACTOR = { agencyName: 'Acme Staffing', firstName: 'Maria', lastName: 'Lopez' };

// ---------------------------------------------------------------- types

/** How an assignment is paid: per day worked, or a flat campaign fee (a range, in cents). */
export type Pay = { perDayCents: number } | { flatCents: readonly [number, number] };

export type JobTemplate = {
  jobName: string;
  clientEntity: string;
  /** 2–3 sentences; `{facility}` is replaced by the facility's name. */
  description: string;
  pay: Pay;
  /**
   * Facilities where this job happens. For a role with facilities, the builder picks the facility first
   * (usually the contractor's home) and then a job allowed there (no `at`: any). For a role without
   * facilities, a job with `at` happens at one of them, any other at no facility.
   */
  at?: readonly string[];
  /** A PO number every assignment of this job carries (a campaign PO). */
  poNumber?: string;
};

/** Recurring work of one kind: the builder lays out a year of it for each contractor with the role. */
export type Role = {
  category: string;
  jobs: readonly JobTemplate[];
  facilities: readonly string[];
  /** Assignment lengths in days, picked uniformly (repeat a value to weight it). */
  lengths: readonly number[];
  /** Days between the end of one assignment and the start of the next. */
  gapDays: readonly [number, number];
  /** PO numbers by age: an assignment that started more than `olderThanDays` ago gets `number` (first match). */
  poByAge?: readonly { olderThanDays: number; number: string }[];
};

export type CardKind = 'visa' | 'declined';

export type DemoContractor = {
  name: string;
  /** "street, city, ST 12345" */
  address: string;
  areaCode: string;
  role?: string;
  /** The facility they usually work at (roles with several facilities). */
  home?: string;
  /** Overrides the agency's default payer for all of this contractor's assignments. */
  payer?: Payer;
  /** The card on file when they pay (Stripe test tokens; `declined` is refused by the sandbox). */
  card?: CardKind;
};

export type Outcome =
  | { kind: 'run' } // along the happy path to COVERED, then ENDED once the end date has passed
  | { kind: 'stop'; at: AssignmentStatus }
  | { kind: 'exit'; at: AssignmentStatus; to: AssignmentStatus };

/** One hand-placed assignment, dated relative to today in the agency's time zone. */
export type SpecialAssignment = {
  contractor: string;
  category: string;
  job: JobTemplate;
  facility?: string;
  startsInDays: number;
  days: number;
  createdDaysAgo: number;
  outcome: Outcome;
};

export type DemoCategory = { key: string; jobCode: string; coverageTypes: readonly CoverageType[]; workState: string; status: JobCategoryStatus };

export type DemoFacility = { name: string; address: string; bulkDownloadEnabled: boolean };

export type DemoAgency = {
  key: string;
  name: string;
  externalIdPrefix: string;
  settings: {
    billingEmail: string;
    defaultPayer: Payer;
    timeZone: string;
    requiresGeneralLiability: boolean;
    glEachOccurrenceCents: number | null;
    glAggregateCents: number | null;
    requiresWorkersCompensation: boolean;
    wcElEachAccidentCents: number | null;
  };
  /** Active team members; the first one is the main rep. */
  members: readonly { email: string; name: string }[];
  facilities: readonly DemoFacility[];
  categories: readonly DemoCategory[];
  purchaseOrders: readonly { number: string; contactName: string; contactEmail: string }[];
  roles: Readonly<Record<string, Role>>;
  contractors: readonly DemoContractor[];
  specials: readonly SpecialAssignment[];
};

export type DemoFacilityUser = {
  email: string;
  name: string;
  agency: string;
  facilities: readonly string[];
  grantedBy: string;
};

// ---------------------------------------------------------------- shared values

const ONE_MILLION_DOLLARS = 1_000_000_00;
const GL = 'GENERAL_LIABILITY';
const WC = 'WORKERS_COMPENSATION';

const MERCY_GENERAL = 'Mercy General Hospital';
const MERCY_WEST = 'Mercy West Clinic';
const RIVERSIDE = 'Riverside Convention Center';
const LAKESHORE = 'Lakeshore Arena';
const NORTHGATE = 'Northgate Studios';

function jobNamed(jobs: readonly JobTemplate[], jobName: string): JobTemplate {
  const job = jobs.find((j) => j.jobName === jobName);
  if (!job) throw new Error(`demo data: no job named ${jobName}`);
  return job;
}

// ---------------------------------------------------------------- Acme Staffing (agency pays)

const NURSE_JOBS: JobTemplate[] = [
  {
    jobName: 'ICU night shift RN',
    clientEntity: 'Mercy Health System',
    at: [MERCY_GENERAL],
    pay: { perDayCents: 84_000 },
    description:
      'Registered nurse covering 12-hour night shifts in the intensive care unit at {facility}. Cares for two to three critically ill patients per shift, including ventilated patients and titrated drips. Reports to the unit charge nurse.',
  },
  {
    jobName: 'Emergency department RN',
    clientEntity: 'Mercy Health System',
    at: [MERCY_GENERAL],
    pay: { perDayCents: 82_000 },
    description:
      'Registered nurse for the emergency department at {facility}, working triage and acute-care bays on 12-hour shifts. Works alongside the staff emergency team during peak hours. Current ACLS and PALS certification required.',
  },
  {
    jobName: 'Med-surg float RN',
    clientEntity: 'Mercy Health System',
    at: [MERCY_GENERAL],
    pay: { perDayCents: 68_000 },
    description:
      "Float registered nurse for the medical-surgical units at {facility}. Takes a standard patient assignment, administers medications and documents care in the hospital's EHR. Assigned to a unit by the staffing office at the start of each shift.",
  },
  {
    jobName: 'Surgical technologist, OR block',
    clientEntity: 'Mercy Health System',
    at: [MERCY_GENERAL],
    pay: { perDayCents: 56_000 },
    description:
      'Certified surgical technologist supporting scheduled operating-room blocks at {facility}. Prepares the sterile field, passes instruments and performs counts with the circulating nurse. Day shifts, with occasional late cases.',
  },
  {
    jobName: 'Respiratory therapist coverage',
    clientEntity: 'Mercy Health System',
    at: [MERCY_GENERAL],
    pay: { perDayCents: 60_000 },
    description:
      'Respiratory therapist covering open shifts at {facility}. Runs ventilator checks, nebulizer treatments and arterial blood gas draws, and answers rapid-response calls. Reports to the respiratory care supervisor.',
  },
  {
    jobName: 'Phlebotomy float shift',
    clientEntity: 'Mercy Health System',
    pay: { perDayCents: 30_000 },
    description:
      'Phlebotomist collecting inpatient and outpatient blood samples at {facility}. Covers the early-morning draw rounds and the walk-in lab. Labels and routes specimens to the core laboratory.',
  },
  {
    jobName: 'Radiologic technologist, weekend coverage',
    clientEntity: 'Mercy Health System',
    pay: { perDayCents: 54_000 },
    description:
      'Radiologic technologist covering weekend X-ray and portable imaging at {facility}. Positions patients, runs the equipment and follows radiation-safety protocols. Works under the direction of the on-call radiologist.',
  },
  {
    jobName: 'Urgent care RN',
    clientEntity: 'Mercy Health System',
    at: [MERCY_WEST],
    pay: { perDayCents: 70_000 },
    description:
      'Registered nurse for the walk-in urgent care at {facility}. Triages patients, starts IVs, gives injections and assists providers with minor procedures. Day and evening shifts.',
  },
  {
    jobName: 'Infusion clinic RN',
    clientEntity: 'Mercy Health System',
    at: [MERCY_WEST],
    pay: { perDayCents: 72_000 },
    description:
      'Registered nurse for the outpatient infusion suite at {facility}. Administers scheduled infusions, monitors patients for reactions and maintains central lines. Weekday shifts.',
  },
];

const GUARD_JOBS: JobTemplate[] = [
  {
    jobName: 'Exhibit hall security',
    clientEntity: 'Midwest Auto Expo',
    pay: { perDayCents: 28_000 },
    description:
      "Licensed security officer for the exhibit hall at {facility} during the Midwest Auto Expo. Controls access at the hall entrances, checks credentials and patrols the display floor. Works with the venue's security lead.",
  },
  {
    jobName: 'Crowd management, main entrance',
    clientEntity: 'Windy City Comic Con',
    pay: { perDayCents: 27_000 },
    description:
      'Crowd-management officer for the main entrance and queue lines at {facility} during Windy City Comic Con. Screens bags, keeps the lines moving and helps guests with accessibility needs. Twelve-hour event days.',
  },
  {
    jobName: 'Overnight booth security',
    clientEntity: 'Great Lakes Restaurant Association',
    pay: { perDayCents: 30_000 },
    description:
      'Overnight security officer protecting exhibitor booths at {facility} between show days. Patrols the hall, logs every entry and exit, and reports incidents to the venue control room. Shifts run from 8 p.m. to 8 a.m.',
  },
  {
    jobName: 'Loading dock access control',
    clientEntity: 'Riverside Events LLC',
    pay: { perDayCents: 26_000 },
    description:
      "Security officer controlling the loading docks at {facility} during move-in and move-out. Checks carrier paperwork, keeps the fire lanes clear and escorts freight to the exhibit floor. Works with the venue's freight coordinators.",
  },
];

const NY_SPOKESPERSON_JOBS: JobTemplate[] = [
  {
    jobName: 'Instagram Reels launch campaign',
    clientEntity: 'Meta',
    poNumber: 'META-NA-7781',
    pay: { flatCents: [450_000, 900_000] },
    description:
      'Creates and posts a series of short-form Reels introducing a new Instagram feature to a New York audience. Delivers six videos and two live Q&A sessions on an agreed schedule. Every post carries the paid-partnership disclosure.',
  },
  {
    jobName: 'Creative Cloud creator series',
    clientEntity: 'Adobe',
    pay: { flatCents: [350_000, 800_000] },
    description:
      'Produces a tutorial series showing how a working creator uses Adobe Creative Cloud apps. Films on location in New York and delivers captioned edits for YouTube and TikTok. Joins one launch-day livestream.',
  },
  {
    jobName: 'Spotify Wrapped creator content',
    clientEntity: 'Spotify',
    pay: { flatCents: [300_000, 600_000] },
    description:
      "Records reaction and recap content for the Spotify Wrapped campaign. Appears at one in-person fan event in Manhattan and posts three sponsored stories. Follows the brand's disclosure and music-licensing guidelines.",
  },
];

const ACME: DemoAgency = {
  key: 'acme',
  name: 'Acme Staffing',
  externalIdPrefix: 'ACME',
  settings: {
    billingEmail: 'billing@acme.test',
    defaultPayer: 'AGENCY',
    timeZone: 'America/New_York',
    requiresGeneralLiability: true,
    glEachOccurrenceCents: ONE_MILLION_DOLLARS,
    glAggregateCents: 2 * ONE_MILLION_DOLLARS,
    requiresWorkersCompensation: false,
    wcElEachAccidentCents: null,
  },
  members: [
    { email: 'rep@acme.test', name: 'Riley Parker' },
    { email: 'ops@acme.test', name: 'Sam Ortiz' },
  ],
  facilities: [
    { name: MERCY_GENERAL, address: '1492 E Broad St, Columbus, OH 43205', bulkDownloadEnabled: true },
    { name: MERCY_WEST, address: '2222 Philadelphia Dr, Dayton, OH 45406', bulkDownloadEnabled: false },
    { name: RIVERSIDE, address: '301 E Cermak Rd, Chicago, IL 60616', bulkDownloadEnabled: false },
  ],
  // Workers' comp only outside the monopolistic states (ND, OH, WA, WY sell it through a state fund):
  // the Ohio security category asked for WC there and was rejected.
  categories: [
    { key: 'hospital-oh', jobCode: 'hospital-professional', coverageTypes: [GL], workState: 'OH', status: 'APPROVED' },
    { key: 'hospital-il', jobCode: 'hospital-professional', coverageTypes: [GL, WC], workState: 'IL', status: 'APPROVED' },
    // Approved for the Indiana sites, not staffed yet.
    { key: 'hospital-in', jobCode: 'hospital-professional', coverageTypes: [GL], workState: 'IN', status: 'APPROVED' },
    { key: 'security-il', jobCode: 'security-guard', coverageTypes: [GL, WC], workState: 'IL', status: 'APPROVED' },
    { key: 'spokes-ny', jobCode: 'media-spokesperson', coverageTypes: [GL], workState: 'NY', status: 'APPROVED' },
    { key: 'theater-il', jobCode: 'theater-crew', coverageTypes: [GL, WC], workState: 'IL', status: 'PENDING_APPROVAL' },
    { key: 'security-oh', jobCode: 'security-guard', coverageTypes: [GL, WC], workState: 'OH', status: 'REJECTED' },
  ],
  purchaseOrders: [
    { number: 'MHS-PO-24817', contactName: 'Mercy Health System Accounts Payable', contactEmail: 'payables@mercy.test' },
    { number: 'MHS-PO-25102', contactName: 'Mercy Health System Accounts Payable', contactEmail: 'payables@mercy.test' },
    { number: 'META-NA-7781', contactName: 'Meta Creator Partnerships', contactEmail: 'creator-billing@example.com' },
  ],
  roles: {
    nurse: {
      category: 'hospital-oh',
      jobs: NURSE_JOBS,
      facilities: [MERCY_GENERAL, MERCY_WEST],
      lengths: [1, 1, 1, 2, 2, 3, 3, 4, 5, 7, 10, 14],
      gapDays: [55, 125],
      // The most recent shifts have no PO yet: they fill the "missing PO numbers" box.
      poByAge: [
        { olderThanDays: 180, number: 'MHS-PO-24817' },
        { olderThanDays: 45, number: 'MHS-PO-25102' },
      ],
    },
    guard: { category: 'security-il', jobs: GUARD_JOBS, facilities: [RIVERSIDE], lengths: [2, 3, 3, 4, 5, 7], gapDays: [110, 220] },
    spokesperson: { category: 'spokes-ny', jobs: NY_SPOKESPERSON_JOBS, facilities: [], lengths: [5, 7, 10, 14], gapDays: [90, 150] },
  },
  contractors: [
    { name: 'Maria Lopez', address: '1452 Oak St, Columbus, OH 43205', areaCode: '614', role: 'nurse', home: MERCY_GENERAL },
    { name: 'DeShawn Carter', address: '88 E Gay St, Columbus, OH 43215', areaCode: '614', role: 'nurse', home: MERCY_GENERAL },
    { name: 'Priya Raman', address: '6120 Perimeter Dr, Dublin, OH 43017', areaCode: '614', role: 'nurse', home: MERCY_GENERAL },
    { name: "Kevin O'Brien", address: '215 Wayne Ave, Dayton, OH 45402', areaCode: '937', role: 'nurse', home: MERCY_WEST },
    { name: 'Mei Chen', address: '77 N State St, Westerville, OH 43081', areaCode: '614', role: 'nurse', home: MERCY_GENERAL },
    { name: 'Aisha Mohammed', address: '3010 Far Hills Ave, Kettering, OH 45429', areaCode: '937', role: 'nurse', home: MERCY_WEST },
    { name: 'Tomás Herrera', address: '945 Parsons Ave, Columbus, OH 43206', areaCode: '614', role: 'nurse', home: MERCY_GENERAL },
    { name: 'Rachel Goldberg', address: '2100 Tremont Rd, Upper Arlington, OH 43221', areaCode: '614', role: 'nurse', home: MERCY_GENERAL },
    { name: 'Jamal Washington', address: '1830 Salem Ave, Dayton, OH 45406', areaCode: '937', role: 'nurse', home: MERCY_WEST },
    { name: 'Linh Nguyen', address: '4050 Broadway, Grove City, OH 43123', areaCode: '614', role: 'nurse', home: MERCY_GENERAL },
    { name: 'Hannah Schmidt', address: '2750 Dayton-Xenia Rd, Beavercreek, OH 45434', areaCode: '937', role: 'nurse', home: MERCY_WEST },
    { name: 'Samuel Okafor', address: '512 S 18th St, Columbus, OH 43205', areaCode: '614', role: 'nurse', home: MERCY_GENERAL },
    { name: 'Marcus Johnson', address: '2240 S Michigan Ave, Chicago, IL 60616', areaCode: '312', role: 'guard' },
    { name: 'Sofia Rivera', address: '1815 W 18th St, Chicago, IL 60608', areaCode: '773', role: 'guard' },
    { name: 'Dmitri Volkov', address: '6630 Calumet Ave, Hammond, IN 46324', areaCode: '219', role: 'guard' },
    { name: 'Keisha Brown', address: '8102 S Cottage Grove Ave, Chicago, IL 60619', areaCode: '773', role: 'guard' },
    { name: 'Olivia Bennett', address: '41 E 11th St, New York, NY 10003', areaCode: '212', role: 'spokesperson' },
    // Pays for her own coverage, unlike most of Acme's contractors.
    { name: 'Andre Dubois', address: '150 Bay St, Jersey City, NJ 07302', areaCode: '201', role: 'spokesperson', payer: 'CONTRACTOR' },
    { name: 'Jasmine Park', address: '310 Bedford Ave, Brooklyn, NY 11211', areaCode: '718', payer: 'CONTRACTOR', card: 'declined' },
    { name: 'Fatima Al-Sayed', address: '4480 Kenny Rd, Columbus, OH 43220', areaCode: '614' },
    { name: 'Tyler Morrison', address: '1275 Cleveland Ave, Columbus, OH 43211', areaCode: '614' },
    { name: 'Ethan Brooks', address: '3345 N Halsted St, Chicago, IL 60657', areaCode: '773' },
    // Imported, nothing assigned yet.
    { name: 'Grace Kim', address: '180 W Lane Ave, Columbus, OH 43210', areaCode: '614' },
    { name: 'Luis Castillo', address: '725 Brown St, Dayton, OH 45409', areaCode: '937' },
  ],
  specials: [
    {
      contractor: 'Maria Lopez',
      category: 'hospital-il',
      facility: RIVERSIDE,
      startsInDays: 9,
      days: 4,
      createdDaysAgo: 1,
      outcome: { kind: 'stop', at: 'AWAITING_OPT_IN' },
      job: {
        jobName: 'First-aid station RN',
        clientEntity: 'Midwest Auto Expo',
        pay: { perDayCents: 64_000 },
        description:
          'Registered nurse staffing the first-aid station at {facility} during the Midwest Auto Expo. Assesses and treats minor injuries and illnesses, and calls EMS when needed. Twelve-hour show days.',
      },
    },
    {
      contractor: 'Fatima Al-Sayed',
      category: 'hospital-oh',
      facility: MERCY_WEST,
      startsInDays: 6,
      days: 5,
      createdDaysAgo: 2,
      outcome: { kind: 'stop', at: 'AWAITING_OPT_IN' },
      job: jobNamed(NURSE_JOBS, 'Infusion clinic RN'),
    },
    {
      contractor: 'Tyler Morrison',
      category: 'security-oh',
      facility: MERCY_GENERAL,
      startsInDays: -30,
      days: 14,
      createdDaysAgo: 40,
      outcome: { kind: 'exit', at: 'PENDING_APPROVAL', to: 'CANCELLED' },
      job: {
        jobName: 'Emergency department security officer',
        clientEntity: 'Mercy Health System',
        pay: { perDayCents: 29_000 },
        description:
          'Security officer posted at the emergency department entrance of {facility}. Screens visitors, de-escalates disturbances and escorts staff to the parking garage. Overnight shifts.',
      },
    },
    {
      contractor: 'Ethan Brooks',
      category: 'theater-il',
      facility: RIVERSIDE,
      startsInDays: 12,
      days: 3,
      createdDaysAgo: 0,
      outcome: { kind: 'stop', at: 'PENDING_APPROVAL' },
      job: {
        jobName: 'Stagehand, keynote stage build',
        clientEntity: 'Riverside Events LLC',
        pay: { perDayCents: 36_000 },
        description:
          "Stagehand building and striking the keynote stage in the main hall of {facility}. Rigs lighting truss, runs cable and sets risers under the production manager's direction. Load-in starts at 6 a.m.",
      },
    },
    {
      contractor: 'Andre Dubois',
      category: 'spokes-ny',
      startsInDays: 8,
      days: 10,
      createdDaysAgo: 0,
      outcome: { kind: 'stop', at: 'AWAITING_PAYMENT' },
      job: {
        jobName: 'Adobe Express back-to-school series',
        clientEntity: 'Adobe',
        pay: { flatCents: [400_000, 400_000] },
        description:
          'Creates a back-to-school video series showing students designing flyers and presentations in Adobe Express. Films in New York and delivers five captioned shorts. Posts follow the brand disclosure guidelines.',
      },
    },
    {
      // Had the notice of the charge and opted out before it was made.
      contractor: 'Andre Dubois',
      category: 'spokes-ny',
      startsInDays: -20,
      days: 5,
      createdDaysAgo: 30,
      outcome: { kind: 'exit', at: 'AWAITING_PAYMENT', to: 'OPTED_OUT' },
      job: jobNamed(NY_SPOKESPERSON_JOBS, 'Spotify Wrapped creator content'),
    },
    {
      contractor: 'Jasmine Park',
      category: 'spokes-ny',
      startsInDays: 4,
      days: 7,
      createdDaysAgo: 2,
      outcome: { kind: 'exit', at: 'AWAITING_PAYMENT', to: 'DECLINED' },
      job: {
        jobName: 'Threads creator launch',
        clientEntity: 'Meta',
        poNumber: 'META-NA-7781',
        pay: { flatCents: [250_000, 250_000] },
        description:
          'Joins the launch cohort of New York creators posting original content on Threads. Publishes daily for a week and hosts one live conversation with the brand team. Every post carries the paid-partnership disclosure.',
      },
    },
  ],
};

// ---------------------------------------------------------------- Globex Talent (contractors pay)

const CA_SPOKESPERSON_JOBS: JobTemplate[] = [
  {
    jobName: 'Firefly launch livestream',
    clientEntity: 'Adobe',
    poNumber: 'ADBE-CR-1042',
    at: [NORTHGATE],
    pay: { flatCents: [300_000, 650_000] },
    description:
      'Hosts a live product demo of Adobe Firefly from the studio floor at {facility}. Rehearses with the production team the day before and answers audience questions live. Delivers two cut-down clips for social channels.',
  },
  {
    jobName: 'Summer lookbook shoot',
    clientEntity: 'Glossier',
    at: [NORTHGATE],
    pay: { flatCents: [250_000, 500_000] },
    description:
      "On-camera talent for a summer lookbook shoot at {facility}. Works with the brand's stylist and photographer and posts approved images to personal channels. Usage rights as set out in the campaign brief.",
  },
  {
    jobName: 'Running-shoe launch content',
    clientEntity: 'Nike',
    at: [],
    pay: { flatCents: [400_000, 900_000] },
    description:
      "Creates running content around a new shoe launch on trails and city streets in Los Angeles. Delivers four Reels and a long-form YouTube review. Posts follow the brand's disclosure rules.",
  },
  {
    jobName: 'Reels creator collab',
    clientEntity: 'Meta',
    at: [],
    pay: { flatCents: [300_000, 700_000] },
    description:
      "Collaborates with two other creators on a Reels series about small businesses in Southern California. Films on location, edits to the brand's guidelines and posts on an agreed calendar. Includes one paid-partnership livestream.",
  },
];

const IL_SPOKESPERSON_JOBS: JobTemplate[] = [
  {
    jobName: 'Chicago Marathon training series',
    clientEntity: 'Nike',
    pay: { flatCents: [350_000, 750_000] },
    description:
      "Documents training for the Chicago Marathon in a sponsored content series. Posts weekly videos and appears at one brand activation in Grant Park. Content follows the brand's disclosure rules.",
  },
  {
    jobName: 'Canva for small business series',
    clientEntity: 'Canva',
    pay: { flatCents: [250_000, 550_000] },
    description:
      'Produces tutorial videos showing Chicago small-business owners designing menus, flyers and social posts in Canva. Films at client shops around the city and delivers captioned edits. Hosts one live workshop.',
  },
];

const IT_JOBS: JobTemplate[] = [
  {
    jobName: 'Scoreboard network upgrade',
    clientEntity: 'Lakeshore Arena',
    pay: { perDayCents: 52_000 },
    description:
      "Field technician pulling and terminating network cable for the new center-hung scoreboard at {facility}. Works from lifts in the seating bowl on non-event days and tests every run. Follows the arena's lift-safety and lockout rules.",
  },
  {
    jobName: 'Point-of-sale terminal rollout',
    clientEntity: 'Square',
    pay: { perDayCents: 48_000 },
    description:
      'Installs and configures point-of-sale terminals at the concession stands throughout {facility}. Tests card readers and receipt printers and trains stand leads on opening procedures. Works overnight between events.',
  },
  {
    jobName: 'Wi-Fi access point install',
    clientEntity: 'Comcast Business',
    pay: { perDayCents: 50_000 },
    description:
      "Mounts and configures Wi-Fi access points under seats and along the concourses at {facility}. Runs a site survey after the install and documents each access point's location. Coordinates with the arena's IT manager.",
  },
];

const GLOBEX: DemoAgency = {
  key: 'globex',
  name: 'Globex Talent',
  externalIdPrefix: 'GLOBEX',
  settings: {
    billingEmail: 'billing@globex.test',
    defaultPayer: 'CONTRACTOR',
    timeZone: 'America/Chicago',
    requiresGeneralLiability: true,
    glEachOccurrenceCents: ONE_MILLION_DOLLARS,
    glAggregateCents: 2 * ONE_MILLION_DOLLARS,
    requiresWorkersCompensation: false,
    wcElEachAccidentCents: null,
  },
  members: [{ email: 'rep@globex.test', name: 'Jordan Blake' }],
  facilities: [
    { name: LAKESHORE, address: '1800 W Madison St, Chicago, IL 60612', bulkDownloadEnabled: true },
    { name: NORTHGATE, address: '4150 Lankershim Blvd, Los Angeles, CA 91602', bulkDownloadEnabled: false },
  ],
  categories: [
    { key: 'spokes-ca', jobCode: 'media-spokesperson', coverageTypes: [GL], workState: 'CA', status: 'APPROVED' },
    { key: 'spokes-il', jobCode: 'media-spokesperson', coverageTypes: [GL], workState: 'IL', status: 'APPROVED' },
    { key: 'it-il', jobCode: 'it-field-technician', coverageTypes: [GL, WC], workState: 'IL', status: 'APPROVED' },
    { key: 'performer-ca', jobCode: 'performer-musician', coverageTypes: [GL], workState: 'CA', status: 'PENDING_APPROVAL' },
  ],
  purchaseOrders: [
    { number: 'ADBE-CR-1042', contactName: 'Adobe Creator Programs', contactEmail: 'creator-programs@example.com' },
    { number: 'LSA-2026-118', contactName: 'Lakeshore Arena Operations', contactEmail: 'operations@lakeshore-arena.test' },
  ],
  roles: {
    spokespersonCa: { category: 'spokes-ca', jobs: CA_SPOKESPERSON_JOBS, facilities: [], lengths: [2, 3, 5, 7, 10, 14], gapDays: [80, 150] },
    spokespersonIl: { category: 'spokes-il', jobs: IL_SPOKESPERSON_JOBS, facilities: [], lengths: [3, 5, 7, 10], gapDays: [90, 150] },
    technician: {
      category: 'it-il',
      jobs: IT_JOBS,
      facilities: [LAKESHORE],
      lengths: [1, 2, 3, 5, 7, 10],
      gapDays: [60, 120],
      poByAge: [{ olderThanDays: 30, number: 'LSA-2026-118' }],
    },
  },
  contractors: [
    { name: 'Chloe Martinez', address: '1720 Sunset Blvd, Los Angeles, CA 90026', areaCode: '213', role: 'spokespersonCa' },
    { name: 'Noah Williams', address: '2901 Ocean Park Blvd, Santa Monica, CA 90405', areaCode: '310', role: 'spokespersonCa' },
    { name: 'Zara Ahmed', address: '85 N Raymond Ave, Pasadena, CA 91103', areaCode: '626', role: 'spokespersonCa' },
    { name: 'Diego Ramirez', address: '310 N San Fernando Blvd, Burbank, CA 91502', areaCode: '818', role: 'spokespersonCa' },
    { name: 'Imani Jackson', address: '5300 S Hyde Park Blvd, Chicago, IL 60615', areaCode: '773', role: 'spokespersonIl' },
    { name: 'Ryan Kowalski', address: '1603 Orrington Ave, Evanston, IL 60201', areaCode: '847', card: 'declined' },
    // Globex pays this technician's premiums itself, so its invoices have lines too.
    { name: 'Victor Petrov', address: '3150 N Milwaukee Ave, Chicago, IL 60618', areaCode: '773', role: 'technician', payer: 'AGENCY' },
    { name: 'Carlos Mendoza', address: '4050 S Archer Ave, Chicago, IL 60632', areaCode: '773', role: 'technician' },
    { name: 'Emily Nakamura', address: '1010 Lake St, Oak Park, IL 60301', areaCode: '708' },
    { name: 'Lena Fischer', address: '4400 Fountain Ave, Los Angeles, CA 90029', areaCode: '323' },
  ],
  specials: [
    {
      contractor: 'Lena Fischer',
      category: 'performer-ca',
      facility: NORTHGATE,
      startsInDays: 14,
      days: 2,
      createdDaysAgo: 1,
      outcome: { kind: 'stop', at: 'PENDING_APPROVAL' },
      job: {
        jobName: 'Session vocalist, brand anthem recording',
        clientEntity: 'Spotify',
        pay: { flatCents: [180_000, 180_000] },
        description:
          "Session vocalist recording lead and harmony parts for a brand anthem at {facility}. Works from the producer's charts with a live rhythm section. Two recording days, including overdubs.",
      },
    },
    {
      contractor: 'Emily Nakamura',
      category: 'it-il',
      facility: LAKESHORE,
      startsInDays: 5,
      days: 3,
      createdDaysAgo: 1,
      outcome: { kind: 'stop', at: 'AWAITING_OPT_IN' },
      job: jobNamed(IT_JOBS, 'Wi-Fi access point install'),
    },
    {
      contractor: 'Noah Williams',
      category: 'spokes-ca',
      startsInDays: 6,
      days: 7,
      createdDaysAgo: 0,
      outcome: { kind: 'stop', at: 'AWAITING_PAYMENT' },
      job: jobNamed(CA_SPOKESPERSON_JOBS, 'Reels creator collab'),
    },
    {
      contractor: 'Ryan Kowalski',
      category: 'spokes-il',
      startsInDays: 3,
      days: 10,
      createdDaysAgo: 3,
      outcome: { kind: 'exit', at: 'AWAITING_PAYMENT', to: 'DECLINED' },
      job: jobNamed(IL_SPOKESPERSON_JOBS, 'Chicago Marathon training series'),
    },
    {
      contractor: 'Zara Ahmed',
      category: 'spokes-ca',
      facility: NORTHGATE,
      startsInDays: 10,
      days: 2,
      createdDaysAgo: 2,
      outcome: { kind: 'exit', at: 'AWAITING_PAYMENT', to: 'OPTED_OUT' },
      job: jobNamed(CA_SPOKESPERSON_JOBS, 'Summer lookbook shoot'),
    },
    {
      contractor: 'Carlos Mendoza',
      category: 'it-il',
      facility: LAKESHORE,
      startsInDays: 15,
      days: 3,
      createdDaysAgo: 5,
      outcome: { kind: 'exit', at: 'AWAITING_PAYMENT', to: 'CANCELLED' },
      job: jobNamed(IT_JOBS, 'Point-of-sale terminal rollout'),
    },
  ],
};

export const DEMO_AGENCIES: readonly DemoAgency[] = [ACME, GLOBEX];

export const DEMO_FACILITY_USERS: readonly DemoFacilityUser[] = [
  { email: 'manager@mercy.test', name: 'Dana Whitfield', agency: 'acme', facilities: [MERCY_GENERAL, MERCY_WEST], grantedBy: 'rep@acme.test' },
];

type DemoPolicy = {
  coverageType: CoverageType;
  insurerName: string;
  insurerNaic: string;
  policyNumber: string;
  limits: Record<string, number | string>;
};

/** The platform's master policies; their period runs from a year before today to a year after. */
export const DEMO_POLICIES = [
  {
    coverageType: 'GENERAL_LIABILITY',
    insurerName: 'Harborline Casualty Company',
    insurerNaic: '31542',
    policyNumber: 'HCC-GL-2026-00417',
    limits: {
      eachOccurrenceCents: ONE_MILLION_DOLLARS,
      generalAggregateCents: 2 * ONE_MILLION_DOLLARS,
      productsCompletedOperationsAggregateCents: 2 * ONE_MILLION_DOLLARS,
      personalAndAdvertisingInjuryCents: ONE_MILLION_DOLLARS,
      damageToRentedPremisesCents: 100_000_00,
      medicalExpenseCents: 5_000_00,
    },
  },
  {
    coverageType: 'WORKERS_COMPENSATION',
    insurerName: 'Keystone Workers Mutual',
    insurerNaic: '24811',
    policyNumber: 'KWM-WC-2026-00932',
    limits: {
      workersCompensation: 'STATUTORY',
      employersLiabilityEachAccidentCents: ONE_MILLION_DOLLARS,
      employersLiabilityDiseaseEachEmployeeCents: ONE_MILLION_DOLLARS,
      employersLiabilityDiseasePolicyLimitCents: ONE_MILLION_DOLLARS,
    },
  },
] as const satisfies readonly DemoPolicy[];
