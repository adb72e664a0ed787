// The words the shared components say on their own (not those an app passes in): English, unless an
// app that speaks another language (the contractor's, in Spanish) gives its own with UiLabelsProvider.
// The agency and Hub apps provide nothing and read English.
import { createContext, useContext, type ReactNode } from 'react';
import { errorMessage } from './errors';

export interface UiLabels {
  skipToMainContent: string;
  signOut: string;
  openNavigation: string;
  closeNavigation: string;
  mainNavigation: string;
  loading: string;
  close: string;
  goBack: string;
  somethingWentWrong: string;
  tryAgain: string;
  pageCouldNotLoad: string;
  thatDidNotWork: string;
  pageNotFound: string;
  pageNotFoundDescription: string;
  /** After the product mark in the contractor's frame: "for Acme Staffing". */
  forAgency: (agencyName: string) => string;
  /** The contractor frame's footer; the agency unnamed when not known. */
  askYourAgency: (agencyName: string | undefined) => string;
  checkYourEmail: string;
  chooseAState: string;
  certificateNumber: (number: string) => string;
  downloadPdf: string;
  /** Said to screen readers after "Download PDF". */
  ofCertificate: (number: string) => string;
  verify: string;
  /** Said to screen readers after "Verify". */
  verifyCertificate: (number: string) => string;
  replacedBy: (number: string) => string;
  voidBadge: string;
  /** The viewer's role in the header, by `Role`. */
  roleLabel: (role: string) => string;
  /** A sentence a person can act on, for any error a request may end with. */
  errorMessage: (error: unknown) => string;
}

const ROLE_LABELS: Record<string, string> = {
  AGENCY_MEMBER: 'Agency team member',
  FACILITY_USER: 'Facility team member',
  OPERATOR: 'Coverline operator',
  CONTRACTOR: 'Contractor',
};

export const ENGLISH_UI_LABELS: UiLabels = {
  skipToMainContent: 'Skip to main content',
  signOut: 'Sign out',
  openNavigation: 'Open navigation',
  closeNavigation: 'Close navigation',
  mainNavigation: 'Main navigation',
  loading: 'Loading',
  close: 'Close',
  goBack: 'Go back',
  somethingWentWrong: 'Something went wrong',
  tryAgain: 'Try again',
  pageCouldNotLoad: 'This page could not load',
  thatDidNotWork: 'That did not work',
  pageNotFound: 'Page not found',
  pageNotFoundDescription: 'There is nothing at this address. Check the link, or go back to the start.',
  forAgency: (agencyName) => `for ${agencyName}`,
  askYourAgency: (agencyName) => `Questions about an assignment or its coverage? Ask ${agencyName ?? 'the agency that placed you'}.`,
  checkYourEmail: 'Check your email',
  chooseAState: 'Choose a state',
  certificateNumber: (number) => `Certificate ${number}`,
  downloadPdf: 'Download PDF',
  ofCertificate: (number) => ` of certificate ${number}`,
  verify: 'Verify',
  verifyCertificate: (number) => ` certificate ${number} (opens in a new tab)`,
  replacedBy: (number) => `Replaced by ${number}`,
  voidBadge: 'VOID',
  roleLabel: (role) => ROLE_LABELS[role] ?? role,
  errorMessage,
};

const UiLabelsContext = createContext<UiLabels>(ENGLISH_UI_LABELS);

export function UiLabelsProvider({ labels, children }: { labels: UiLabels; children: ReactNode }) {
  return <UiLabelsContext.Provider value={labels}>{children}</UiLabelsContext.Provider>;
}

export function useUiLabels(): UiLabels {
  return useContext(UiLabelsContext);
}
