// Shared UI of the Coverline apps: layout, sign-in frame, theme, error helpers, API link options.
export { AppLayout, MAIN_CONTENT_ID, type AppLayoutProps, type AppNavItem } from './AppLayout';
export { AuthCard, type AuthCardProps } from './AuthCard';
export { FullPageLoader, LoadingIndicator, type LoadingProps } from './FullPageLoader';
export { ErrorAlert, type ErrorAlertProps } from './ErrorAlert';
export { DemoHint } from './DemoHint';
export { ViewerGate, type ViewerGateProps } from './ViewerGate';
export { NotFoundPage } from './NotFoundPage';
export { CoverlineProvider, type CoverlineProviderProps } from './CoverlineProvider';
export { coverlineTheme, coverlineCssVariablesResolver } from './theme';
export { roleLabel } from './roles';
export {
  COVERLINE_APP_HEADER,
  coverlineHttpHeaders,
  coverlineHttpLinkOptions,
  routerBasename,
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
