import { z } from 'zod';
import { API_ERRORS } from './api-error.js';
import type { AnyRoute } from './define-route.js';

/** The OpenAPI 3.1 description of the routes, with request schemas generated from their zod schemas. */
export function openApiDocument(routes: readonly AnyRoute[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    const parameters: unknown[] = [...route.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    if (route.query) {
      const schema = z.toJSONSchema(route.query, { io: 'input', unrepresentable: 'any' }) as {
        properties?: Record<string, unknown>;
        required?: string[];
      };
      for (const [name, s] of Object.entries(schema.properties ?? {})) {
        parameters.push({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: s });
      }
    }
    const errors = Object.fromEntries(
      [...new Set(Object.values(API_ERRORS))].map((status) => [String(status), { $ref: '#/components/responses/Error' }]),
    );
    (paths[path] ??= {})[route.method] = {
      summary: route.summary,
      tags: [route.tag],
      security: route.public ? [] : [{ session: [] }],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: z.toJSONSchema(route.body, { io: 'input', unrepresentable: 'any' }) } },
            },
          }
        : {}),
      responses: { [String(route.status ?? 200)]: { description: 'success' }, ...errors },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'piguard workbench API', version },
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'piguard_session', description: 'and X-CSRF-Token on unsafe methods' },
      },
      responses: {
        Error: {
          description: 'an error: { error: { code, message, issues? } }',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  error: {
                    type: 'object',
                    properties: { code: { type: 'string' }, message: { type: 'string' }, issues: { type: 'array' } },
                    required: ['code', 'message'],
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
