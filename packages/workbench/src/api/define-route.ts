import type { Context } from 'hono';
import type { z } from 'zod';
import type { Session, SessionUser } from '../auth/session-store.js';
import type { AppDeps, AppEnv } from './app-env.js';
import type { Permission } from './permissions.js';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler receives: validated body and query, path parameters, and the caller. */
export interface RouteInput<B, Q> {
  c: Context<AppEnv>;
  deps: AppDeps;
  body: B;
  query: Q;
  params: Record<string, string>;
  session: Session | undefined;
  /** The caller; only public routes can run without one. */
  user: SessionUser;
}

/** A route: one declaration gives the handler, its validation, its access rule and its OpenAPI entry. */
export interface RouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** Hono path, e.g. `/api/leads/:id`. */
  path: string;
  summary: string;
  tag: string;
  /** Public routes need no session and no CSRF token (login, the OpenAPI description). */
  public?: boolean;
  /** Callable while the user must still change a temporary password (who am I, log out, change it). */
  beforePasswordChange?: boolean;
  /** The permission needed beyond being logged in. */
  permission?: Permission;
  body?: B;
  query?: Q;
  /** Success status (default 200). */
  status?: 200 | 201 | 204;
  handle(input: RouteInput<Parsed<B>, Parsed<Q>>): Promise<unknown>;
}

/** A route with its types erased, for the registry. */
export type AnyRoute = RouteSpec<z.ZodType | undefined, z.ZodType | undefined>;

/** Declares a route (an identity function that keeps the body and query types for the handler). */
export function defineRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  spec: RouteSpec<B, Q>,
): AnyRoute {
  return spec as unknown as AnyRoute;
}
