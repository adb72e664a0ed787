// The role the application logs in as (coverline_app_<key id>) owns nothing, so row-level security
// (FORCED on every tenant table) holds for everything it runs, and it cannot alter the schema. The
// migrations create it on whatever server DATABASE_URL names (or the embedded one) and grant it the
// data it works on. Its name and password are derived from SECRET_KEY, so nothing else needs
// configuring; and since roles belong to the whole server, not to a database, two deployments with
// different keys on one server (staging beside production, a test with its own key) get a role each
// instead of resetting each other's password.
import { createHmac } from 'node:crypto';
import postgres from 'postgres';

export type ApplicationRole = { name: string; password: string };

/** The roles a connection of the application switches to for its scope (policies of migration 0004). */
export const SCOPE_ROLES = {
  agency: 'coverline_agency_scope',
  contractor: 'coverline_contractor_scope',
  facility: 'coverline_facility_scope',
  platform: 'coverline_platform_scope',
} as const;

const derived = (secretKey: string, purpose: string) => createHmac('sha256', secretKey).update(`coverline:database-role:${purpose}:v1`);

export function applicationRole(secretKey: string): ApplicationRole {
  return { name: `coverline_app_${derived(secretKey, 'name').digest('hex').slice(0, 12)}`, password: derived(secretKey, 'password').digest('base64url') };
}

/** The owner's URL with the application role's credentials: same server, same database. */
export function applicationDatabaseUrl(ownerUrl: string, role: ApplicationRole): string {
  const url = new URL(ownerUrl);
  url.username = role.name;
  url.password = role.password;
  return url.toString();
}

// Concurrent boots on one server (test files, several processes) race on the cluster-wide role.
const RACES = new Set(['42710', '23505', 'XX000', '40001']);

async function withRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || !code || !RACES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/**
 * Creates the role if the server has none, (re)sets its password (the same one for the same key, so a
 * running process of this deployment keeps logging in), lets it switch to the scope roles,
 * and grants them this database's tables and functions (the job queue only through coverline_add_job
 * and coverline_remove_job). Run by the owner after the migrations.
 */
export async function prepareApplicationRole(owner: postgres.Sql, role: ApplicationRole): Promise<void> {
  const password = `'${role.password.replace(/'/g, "''")}'`;
  await withRetries(async () => {
    const [existing] = await owner`select 1 from pg_roles where rolname = ${role.name}`;
    if (!existing) {
      await owner.unsafe(`create role ${role.name} login nosuperuser nocreatedb nocreaterole noinherit nobypassrls password ${password}`);
    } else {
      await owner.unsafe(`alter role ${role.name} with login password ${password}`);
    }
  });
  const [database] = await owner<{ name: string }[]>`select current_database() as name`;
  // Every role gets the tables; the policies decide which rows. The application role itself has no
  // policy, so outside a scope it reaches platform tables only.
  const roles = [role.name, ...Object.values(SCOPE_ROLES)].join(', ');
  await owner.unsafe(`
    grant ${Object.values(SCOPE_ROLES).join(', ')} to ${role.name};
    grant connect on database "${database?.name}" to ${roles};
    grant usage on schema public to ${roles};
    grant select, insert, update, delete on all tables in schema public to ${roles};
    grant usage, select on all sequences in schema public to ${roles};
    grant execute on all functions in schema public to ${roles};
  `);
}
