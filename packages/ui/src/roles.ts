const ROLE_LABELS: Record<string, string> = {
  AGENCY_MEMBER: 'Agency team member',
  FACILITY_USER: 'Facility team member',
  OPERATOR: 'Coverline operator',
  CONTRACTOR: 'Contractor',
};

/** The viewer's role in plain words, for the header. */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}
