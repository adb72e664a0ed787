// Shared UI of the Coverline apps: layouts, page parts, the data table, the US-state select, the
// date-range filter, status badges, dialogs, formatting, theme, error helpers, API link options.
// The app shell (starting an app, the session) is '@coverline/ui/shell'.
export { AppLayout, MAIN_CONTENT_ID, type AppLayoutProps, type AppNavItem } from './AppLayout';
export { AuthCard, type AuthCardProps } from './AuthCard';
export { FullPageLoader, LoadingIndicator, type LoadingProps } from './FullPageLoader';
export { ErrorAlert, type ErrorAlertProps } from './ErrorAlert';
export { DemoHint } from './DemoHint';
export { ViewerGate, type ViewerGateProps } from './ViewerGate';
export { NotFoundPage } from './NotFoundPage';
export { PageHeader, type PageHeaderProps } from './PageHeader';
export { Section, type SectionProps } from './Section';
export { PortalLayout, type PortalLayoutProps } from './PortalLayout';
export { CopyField, type CopyFieldProps } from './CopyField';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { Dialog, type DialogProps } from './Dialog';
export { CertificateLink, type CertificateLinkProps } from './CertificateLink';
export { UsStateSelect, type UsStateSelectProps } from './UsStateSelect';
export { ACCESSIBLE_CALENDAR_PROPS, DateRangeFilter, type DateRange, type DateRangeFilterProps } from './DateRangeFilter';
export {
  DataTable,
  dataTableColumnHelper,
  dataTableFeatures,
  type DataTableColumnMeta,
  type DataTableColumns,
  type DataTableFeatures,
  type DataTableProps,
} from './DataTable';
export {
  StatusBadge,
  assignmentStatusTone,
  optInStatusTone,
  toneTextColor,
  type StatusBadgeProps,
  type StatusTone,
} from './StatusBadge';
export { formatDate, formatDateRange, formatDateTime } from './format';
export { issuesToFormErrors, type FormErrorTree, type FormFieldError, type IssueLike } from './form-errors';
export { CoverlineProvider, type CoverlineProviderProps } from './CoverlineProvider';
export { coverlineTheme, coverlineCssVariablesResolver } from './theme';
export { roleLabel } from './roles';
export {
  COVERLINE_APP_HEADER,
  coverlineHttpHeaders,
  coverlineHttpLinkOptions,
  appBasePath,
  type CoverlineApp,
} from './apollo';
export {
  applyGraphQLError,
  errorMessage,
  graphQLErrorCode,
  graphQLErrorsOf,
  graphQLFieldErrors,
  splitGraphQLError,
  type GraphQLErrorLike,
  type SplitGraphQLError,
} from './errors';
export { emptyToNull, fromSafeParse, validationResolver, type Validation } from './form-resolver';
