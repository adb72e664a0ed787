// The role the application logs in as: coverline_app owns nothing, so row-level security (FORCED on
// every tenant table) holds for everything it runs, and it cannot alter the schema. The migrations
// create it on whatever server DATABASE_URL names (or the embedded one) and grant it the data it
// works on; its password is derived from SECRET_KEY, so nothing else needs configuring.
import { createHmac } from 'node:crypto';
import postgres from 'postgres';

export const APPLICATION_ROLE = 'coverline_app';

/** The roles a connection of the application switches to for its scope (policies of migration 0004). */
export const SCOPE_ROLES = {
  agency: 'coverline_agency_scope',
  contractor: 'coverline_contractor_scope',
  facility: 'coverline_facility_scope',
  platform: 'coverline_platform_scope',
} as const;

export function applicationRolePassword(secretKey: string): string {
  return createHmac('sha256', secretKey).update('coverline:database-role:v1').digest('base64url');
}

/** The owner's URL with the application role's credentials: same server, same database. */
export function applicationDatabaseUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APPLICATION_ROLE;
  url.password = password;
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

async function logsIn(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/**
 * Creates the role if the server has none, gives it the password, lets it switch to the scope roles,
 * and grants them this database's tables and functions (the job queue only through coverline_add_job
 * and coverline_remove_job). Run by the owner after the migrations.
 */
export async function prepareApplicationRole(owner: postgres.Sql, ownerUrl: string, password: string): Promise<void> {
  await withRetries(async () => {
    const [existing] = await owner`select 1 from pg_roles where rolname = ${APPLICATION_ROLE}`;
    if (!existing) {
      await owner.unsafe(`create role ${APPLICATION_ROLE} login nosuperuser nocreatedb nocreaterole noinherit nobypassrls password '${password.replace(/'/g, "''")}'`);
    } else if (!(await logsIn(applicationDatabaseUrl(ownerUrl, password)))) {
      await owner.unsafe(`alter role ${APPLICATION_ROLE} with login password '${password.replace(/'/g, "''")}'`);
    }
  });
  const [database] = await owner<{ name: string }[]>`select current_database() as name`;
  // Every role gets the tables; the policies decide which rows. coverline_app itself has no policy,
  // so outside a scope it reaches platform tables only.
  const roles = [APPLICATION_ROLE, ...Object.values(SCOPE_ROLES)].join(', ');
  await owner.unsafe(`
    grant ${Object.values(SCOPE_ROLES).join(', ')} to ${APPLICATION_ROLE};
    grant connect on database "${database?.name}" to ${roles};
    grant usage on schema public to ${roles};
    grant select, insert, update, delete on all tables in schema public to ${roles};
    grant usage, select on all sequences in schema public to ${roles};
    grant execute on all functions in schema public to ${roles};
  `);
}
