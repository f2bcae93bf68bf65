import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '#db/schema';
import { db } from '~/db.server';
import { appRequest, testContext } from '../../tests/support/requests';
import { signedInCookie, statusOf } from '../../tests/support/route-calls';
import { insertSegment } from '#db/factories/segments';
import { createStaff } from '../../tests/support/staff';
import { action as changeLanguage } from './language';
import { action as login } from './login';
import { action as createStaffAction } from './_app.admin.users.new';
import { action as staffMemberAction } from './_app.admin.users.$userId';
import { action as segmentProfileAction } from './_app.segments.$segmentId._index';
import { action as segmentEditAction } from './_app.segments.$segmentId.edit';
import { action as insightsAction } from './_app.segments.$segmentId.insights';
import { action as offeringMapAction } from './_app.segments.$segmentId.offerings';
import { action as newSegmentAction } from './_app.segments.new';

const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom('', ' ', 'admin', 'coach', 'x@y.fi', '../..', '\u0000'),
);
const formOf = (fields: string[]) =>
  fc.record(Object.fromEntries(fields.map((field) => [field, anyText])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Record<string, string>>;

async function userCount() {
  const [row] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(users);
  return row!.n;
}

let adminCookie: string;
let managerCookie: string;
let someoneId: string;
let segmentId: string;

beforeAll(async () => {
  const admin = await createStaff('admin');
  const manager = await createStaff('manager');
  someoneId = (await createStaff('coach')).id;
  segmentId = (await insertSegment(db(), { name: 'Fuzzed', kind: 'other', ownerId: manager.id }))
    .id;
  adminCookie = await signedInCookie(admin.email);
  managerCookie = await signedInCookie(manager.email);
});

describe('no input makes an action fail with a 500', () => {
  it('sign-in', async () => {
    await fc.assert(
      fc.asyncProperty(formOf(['email', 'password', 'redirectTo']), async (form) => {
        const status = await statusOf(() =>
          login({ request: appRequest('/login', { form }), context: testContext, params: {} }),
        );
        expect([400, 401, 429]).toContain(status);
      }),
      { numRuns: 40 },
    );
  });

  it('a body that is not a form', async () => {
    const request = new Request('http://localhost/login', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=nothing' },
      body: 'garbage',
    });
    expect(await statusOf(() => login({ request, context: testContext, params: {} }))).toBe(400);
  });

  it('the language switch', async () => {
    await fc.assert(
      fc.asyncProperty(formOf(['locale', 'redirectTo']), async (form) => {
        const status = await statusOf(() =>
          changeLanguage({
            request: appRequest('/language', { form }),
            context: testContext,
            params: {},
          }),
        );
        expect([302, 400]).toContain(status);
      }),
      { numRuns: 40 },
    );
  });

  it('creating a staff account: invalid input writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(formOf(['name', 'email', 'role', 'password']), async (form) => {
        const before = await userCount();
        const status = await statusOf(() =>
          createStaffAction({
            request: appRequest('/admin/users/new', { cookie: adminCookie, form }),
            context: testContext,
            params: {},
          }),
        );
        expect([302, 400]).toContain(status);
        expect(await userCount()).toBe(status === 302 ? before + 1 : before);
      }),
      { numRuns: 40 },
    );
  });

  it('the forms of a staff member’s page', async () => {
    const intents = fc.constantFrom(
      'update',
      'set-password',
      'enable',
      'bogus',
      '',
      'constructor',
      'toString',
      '__proto__',
    );
    await fc.assert(
      fc.asyncProperty(
        intents,
        formOf(['name', 'email', 'role', 'password']),
        async (intent, form) => {
          const status = await statusOf(() =>
            staffMemberAction({
              request: appRequest(`/admin/users/${someoneId}`, {
                cookie: adminCookie,
                form: { ...form, intent },
              }),
              context: testContext,
              params: { userId: someoneId },
            }),
          );
          expect([302, 400]).toContain(status);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the forms of a segment: create, edit, archive, insights and offering map', async () => {
    const segmentFields = [
      'name',
      'kind',
      'description',
      'needs',
      'valueProposition',
      'preferredChannels',
      'languages',
      'ownerId',
      'teamUserIds',
      'version',
    ];
    const otherFields = [
      'intent',
      'statement',
      'source',
      'observedOn',
      'status',
      'evidence',
      'insightId',
      'personIds',
      'offeringId',
      'fundingCallId',
      'rationale',
      'priority',
      'funder',
      'deadline',
      'notes',
    ];
    const intents = fc.constantFrom(
      'archive',
      'restore',
      'add',
      'status',
      'link-offering',
      'unlink-offering',
      'link-funding-call',
      'create-funding-call',
      'unlink-funding-call',
      'constructor',
      '__proto__',
      '',
    );
    const actions = [
      (form: Record<string, string>) =>
        newSegmentAction({
          request: appRequest('/segments/new', { cookie: managerCookie, form }),
          context: testContext,
          params: {},
        }),
      (form: Record<string, string>) =>
        segmentEditAction({
          request: appRequest(`/segments/${segmentId}/edit`, { cookie: managerCookie, form }),
          context: testContext,
          params: { segmentId },
        }),
      (form: Record<string, string>) =>
        segmentProfileAction({
          request: appRequest(`/segments/${segmentId}`, { cookie: managerCookie, form }),
          context: testContext,
          params: { segmentId },
        }),
      (form: Record<string, string>) =>
        insightsAction({
          request: appRequest(`/segments/${segmentId}/insights`, { cookie: managerCookie, form }),
          context: testContext,
          params: { segmentId },
        }),
      (form: Record<string, string>) =>
        offeringMapAction({
          request: appRequest(`/segments/${segmentId}/offerings`, { cookie: managerCookie, form }),
          context: testContext,
          params: { segmentId },
        }),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...actions.keys()),
        intents,
        formOf([...segmentFields, ...otherFields]),
        async (which, intent, form) => {
          const status = await statusOf(() => actions[which]!({ ...form, intent }));
          expect([302, 400, 404, 409]).toContain(status);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a malformed segment id in the address is a 404', async () => {
    const status = await statusOf(() =>
      insightsAction({
        request: appRequest('/segments/x/insights', {
          cookie: managerCookie,
          form: { intent: 'add' },
        }),
        context: testContext,
        params: { segmentId: 'x' },
      }),
    );
    expect(status).toBe(404);
  });
});
