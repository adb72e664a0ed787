// Build and dev-server settings shared by the three Vite apps (each adds its own plugins). Kept out
// of src/ because it runs in Node when Vite loads an app's config, never in the browser.

export interface CoverlineViteAppOptions {
  /** The app's path on the server, e.g. 'agency' for http://127.0.0.1:4000/agency/. */
  app: 'agency' | 'facility' | 'contractor';
  /** Fixed dev-server port (5173 agency, 5174 facility, 5175 contractor). */
  port: number;
}

export function coverlineViteAppConfig({ app, port }: CoverlineViteAppOptions) {
  // In development the API runs beside Vite; COVERLINE_API_URL points elsewhere when needed.
  const apiUrl = process.env.COVERLINE_API_URL ?? 'http://127.0.0.1:4000';
  return {
    base: `/${app}/`,
    server: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      proxy: { '/graphql': apiUrl, '/dev': apiUrl, '/certificates': apiUrl, '/.well-known': apiUrl },
    },
    preview: { host: '127.0.0.1' },
    build: {
      outDir: 'dist',
      rolldownOptions: {
        output: {
          // Libraries change less often than the apps: their own chunks stay cached across releases.
          codeSplitting: {
            groups: [
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/,
              },
              {
                name: 'mantine',
                test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|react-number-format|react-textarea-autosize|clsx|dayjs)[\\/]/,
              },
              {
                name: 'graphql',
                test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/,
              },
              { name: 'forms', test: /node_modules[\\/](zod|react-hook-form|@hookform)[\\/]/ },
            ],
          },
        },
      },
    },
  };
}
