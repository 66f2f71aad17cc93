import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { hashPassword } from '../../auth/password-hash.js';
import { ROLES } from '../../store/database-schema.js';
import { ApiError, notFound } from '../api-error.js';
import { defineRoute } from '../define-route.js';

const listUnits = defineRoute({
  method: 'get',
  path: '/api/units',
  summary: 'Units: all of them for an admin (to create users and transfer leads), else the names of all units for transfers',
  tag: 'admin',
  async handle({ deps }) {
    const rows = await deps.store.db.selectFrom('units').select(['id', 'name']).orderBy('name').execute();
    return { units: rows };
  },
});

const createUnit = defineRoute({
  method: 'post',
  path: '/api/units',
  summary: 'Create a unit',
  tag: 'admin',
  permission: 'admin',
  status: 201,
  body: z.object({ name: z.string().trim().min(1).max(200) }),
  async handle({ deps, body, user }) {
    const { db } = deps.store;
    if (await db.selectFrom('units').select('id').where('name', '=', body.name).executeTakeFirst()) {
      throw new ApiError('E_CONFLICT', 'a unit of that name exists');
    }
    const unit = { id: randomUUID(), name: body.name, created_at: deps.clock().toISOString() };
    await db.insertInto('units').values(unit).execute();
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: 'unit.create',
      targetType: 'unit',
      targetId: unit.id,
      detail: { name: unit.name },
    });
    return { id: unit.id, name: unit.name };
  },
});

const listUsers = defineRoute({
  method: 'get',
  path: '/api/users',
  summary: 'All users (never their password hashes)',
  tag: 'admin',
  permission: 'admin',
  async handle({ deps }) {
    const rows = await deps.store.db
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'role', 'unit_id', 'disabled', 'created_at'])
      .orderBy('username')
      .execute();
    return {
      users: rows.map((r) => ({
        id: r.id,
        username: r.username,
        displayName: r.display_name,
        role: r.role,
        unitId: r.unit_id,
        disabled: Number(r.disabled) !== 0,
        createdAt: r.created_at,
      })),
    };
  },
});

/** Passwords of at least 12 characters; no composition rules (NIST SP 800-63B). */
export const passwordSchema = z.string().min(12, 'at least 12 characters').max(1000);

const createUser = defineRoute({
  method: 'post',
  path: '/api/users',
  summary: 'Create a user in a unit with a role',
  tag: 'admin',
  permission: 'admin',
  status: 201,
  body: z.object({
    username: z
      .string()
      .trim()
      .min(2)
      .max(64)
      .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, . _ - only'),
    displayName: z.string().trim().min(1).max(100),
    password: passwordSchema,
    role: z.enum(ROLES),
    unitId: z.string().min(1),
    /** The admin chose this password, so by default the user must replace it at first login. */
    temporaryPassword: z.boolean().default(true),
  }),
  async handle({ deps, body, user }) {
    const { db } = deps.store;
    if (!(await db.selectFrom('units').select('id').where('id', '=', body.unitId).executeTakeFirst())) throw notFound('unit');
    if (await db.selectFrom('users').select('id').where('username', '=', body.username).executeTakeFirst()) {
      throw new ApiError('E_CONFLICT', 'that user name is taken');
    }
    const id = randomUUID();
    await db
      .insertInto('users')
      .values({
        id,
        username: body.username,
        display_name: body.displayName,
        password_hash: await hashPassword(body.password, deps.scryptCost),
        role: body.role,
        unit_id: body.unitId,
        disabled: 0,
        must_change_password: body.temporaryPassword ? 1 : 0,
        created_at: deps.clock().toISOString(),
      })
      .execute();
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: 'user.create',
      targetType: 'user',
      targetId: id,
      detail: { username: body.username, role: body.role, unitId: body.unitId, temporaryPassword: body.temporaryPassword },
    });
    return { id, username: body.username, displayName: body.displayName, role: body.role, unitId: body.unitId, disabled: false };
  },
});

const updateUser = defineRoute({
  method: 'patch',
  path: '/api/users/:id',
  summary: 'Change a user: role, unit, disabled, password',
  tag: 'admin',
  permission: 'admin',
  body: z
    .object({
      role: z.enum(ROLES).optional(),
      unitId: z.string().min(1).optional(),
      disabled: z.boolean().optional(),
      password: passwordSchema.optional(),
    })
    .refine((b) => Object.values(b).some((v) => v !== undefined), 'name at least one field to change'),
  async handle({ deps, body, params, user }) {
    const { db } = deps.store;
    const target = await db
      .selectFrom('users')
      .select(['id'])
      .where('id', '=', params.id ?? '')
      .executeTakeFirst();
    if (!target) throw notFound('user');
    if (body.unitId && !(await db.selectFrom('units').select('id').where('id', '=', body.unitId).executeTakeFirst()))
      throw notFound('unit');
    if (target.id === user.id && (body.disabled === true || (body.role && body.role !== 'admin'))) {
      throw new ApiError('E_CONFLICT', 'an admin cannot disable or demote themselves');
    }
    await db
      .updateTable('users')
      .set({
        ...(body.role ? { role: body.role } : {}),
        ...(body.unitId ? { unit_id: body.unitId } : {}),
        ...(body.disabled !== undefined ? { disabled: body.disabled ? 1 : 0 } : {}),
        // A password an admin sets is a temporary one: its owner must replace it at the next login.
        ...(body.password ? { password_hash: await hashPassword(body.password, deps.scryptCost), must_change_password: 1 } : {}),
      })
      .where('id', '=', target.id)
      .execute();
    // A changed role, unit or password must not ride on old sessions.
    await db.deleteFrom('sessions').where('user_id', '=', target.id).execute();
    const { password: _password, ...changed } = body;
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: 'user.update',
      targetType: 'user',
      targetId: target.id,
      detail: { ...changed, passwordChanged: body.password !== undefined },
    });
    return { id: target.id };
  },
});

const listAudit = defineRoute({
  method: 'get',
  path: '/api/audit',
  summary: 'The audit log, newest first',
  tag: 'admin',
  permission: 'admin',
  query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100), beforeSeq: z.coerce.number().int().min(1).optional() }),
  async handle({ deps, query }) {
    let q = deps.store.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(query.limit);
    if (query.beforeSeq) q = q.where('seq', '<', query.beforeSeq);
    const rows = await q.execute();
    return {
      entries: rows.map((r) => ({
        seq: Number(r.seq),
        at: r.at,
        actorId: r.actor_id,
        unitId: r.unit_id,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        detail: JSON.parse(r.detail) as unknown,
        hash: r.hash,
      })),
    };
  },
});

const verifyAudit = defineRoute({
  method: 'get',
  path: '/api/audit/verify',
  summary: 'Re-compute the audit chain; names the first altered, removed or reordered entry',
  tag: 'admin',
  permission: 'admin',
  handle({ deps }) {
    return deps.audit.verify();
  },
});

/** Units, users and the audit log. */
export const adminRoutes = [listUnits, createUnit, listUsers, createUser, updateUser, listAudit, verifyAudit];
