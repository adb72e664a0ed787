// Shared UI of the Coverline apps: page parts, the data table, the US-state select, status
// badges, dialogs, formatting, error helpers. The app shell (starting an app,
// the session) is '@coverline/ui/shell'; the date fields and calendar props '@coverline/ui/dates'.
export { MAIN_CONTENT_ID, type AppNavItem } from './AppLayout';
export { AuthCard, type AuthCardProps } from './AuthCard';
export { FullPageLoader, LoadingIndicator, type LoadingProps } from './FullPageLoader';
export { EmailRequestForm, type EmailRequestFormProps } from './EmailRequestForm';
export { ErrorAlert, type ErrorAlertProps } from './ErrorAlert';
export { ENGLISH_UI_LABELS, UiLabelsProvider, useUiLabels, type UiLabels } from './labels';
export { DemoHint } from './DemoHint';
export { LoadMore, type LoadMoreProps } from './LoadMore';
export { PageHeader, type PageHeaderProps } from './PageHeader';
export { Section, type SectionProps } from './Section';
export { PortalLayout, type PortalLayoutProps } from './PortalLayout';
export { CopyField, type CopyFieldProps } from './CopyField';
export { ConfirmDialog, useConfirmation, type ConfirmDialogProps } from './ConfirmDialog';
export { Dialog, type DialogProps } from './Dialog';
export { CertificateLink, CertificateList, type CertificateLinkProps, type CertificateListProps } from './CertificateLink';
export { UsStateSelect, type UsStateSelectProps } from './UsStateSelect';
export { ScrollRegion, type ScrollRegionProps } from './ScrollRegion';
export { DataTable, dataTableColumnHelper, type DataTableColumns, type DataTableProps, type DataTableSort, type DataTableSortDirection } from './DataTable';
export {
  StatusBadge,
  assignmentStatusTone,
  contractorCoverageTone,
  toneTextColor,
  type StatusBadgeProps,
  type StatusTone,
} from './StatusBadge';
export { formatDate, formatDateRange, formatDateTime, formatRelativeTime } from './format';
export { RelativeTime } from './RelativeTime';
export { issuesToFormErrors, type FormErrorTree, type FormFieldError, type IssueLike } from './form-errors';
export {
  applyGraphQLError,
  errorMessage,
  graphQLErrorCode,
  graphQLErrorsOf,
  graphQLFieldErrors,
  splitGraphQLError,
  type ErrorSentences,
  type GraphQLErrorLike,
  type SplitGraphQLError,
} from './errors';
export { emptyToNull, fromSafeParse, validationResolver, type Validation } from './form-resolver';
export { TableEmptyState } from './TableEmptyState';
export { useFocusFirstError } from './use-focus-first-error';
