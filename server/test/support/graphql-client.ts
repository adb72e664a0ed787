// A GraphQL client over real HTTP with its own cookie jar, acting as one app (or as an API key).
export type GraphQLResult<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; reason?: string } }[];
  status: number;
};

export type Exchange<T = Record<string, unknown>> = { result: GraphQLResult<T>; headers: Headers; body: string };

export class GraphQLClient {
  private cookies = new Map<string, string>();
  lastSetCookies: string[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly options: { app?: 'agency' | 'facility' | 'contractor'; apiKey?: string } = {},
  ) {}

  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    return (await this.exchange<T>(query, variables)).result;
  }

  /** The whole exchange: the request may carry extra headers, and the answer keeps its headers and its body as sent. */
  async exchange<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, extraHeaders: Record<string, string> = {}): Promise<Exchange<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
    if (this.options.app) headers['x-coverline-app'] = this.options.app;
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${this.baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    this.lastSetCookies = response.headers.getSetCookie();
    for (const cookie of this.lastSetCookies) {
      const [pair] = cookie.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      if (!name) continue;
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const body = await response.text();
    const parsed = JSON.parse(body) as Omit<GraphQLResult<T>, 'status'>;
    return { result: { ...parsed, status: response.status }, headers: response.headers, body };
  }

  /** Like request, but fails the test on any GraphQL error. */
  async data<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }
}

export function errorCode(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

export function errorField(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions?.field;
}

export function errorReason(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions?.reason;
}
