import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, startTestApi } from './testing.js';

const PASSWORD = 'the first long password';
const NEW_PASSWORD = 'a second, longer password';
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ label: 'profile' });
});
afterAll(async () => api?.close());

const signIn = (email: string, password: string) =>
  api.app.inject({ method: 'POST', url: '/v1/auth/sign-in', payload: { email, password }, headers: { 'user-agent': 'test browser' } });
const changePassword = (headers: Record<string, string>, payload: Record<string, unknown>) =>
  api.app.inject({ method: 'POST', url: '/v1/me/password', headers, payload });

describe('my profile', () => {
  it('a person changes the language Enlace writes to them in, and their name', async () => {
    const officer = await api.user('agency_officer', { language: 'es' });
    const res = await api.app.inject({ method: 'PATCH', url: '/v1/me', headers: officer.headers, payload: { language: 'pt', name: 'Ana Souza' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ language: 'pt', name: 'Ana Souza' });
    expect((await api.app.inject({ url: '/v1/me', headers: officer.headers })).json().language).toBe('pt');
  });

  it('refuses a language Enlace does not write in, or a field a person may not change, naming the field', async () => {
    const officer = await api.user('agency_officer');
    const wrong = await api.app.inject({ method: 'PATCH', url: '/v1/me', headers: officer.headers, payload: { language: 'de' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ field: 'language' });
    const role = await api.app.inject({ method: 'PATCH', url: '/v1/me', headers: officer.headers, payload: { role: 'admin' } });
    expect(role.statusCode).toBe(400);
    expect(role.json().errors[0]).toMatchObject({ field: 'role', code: 'unrecognized_keys' });
  });

  it('needs a person signed in', async () => {
    expect((await api.app.inject({ method: 'PATCH', url: '/v1/me', payload: { language: 'fr' } })).statusCode).toBe(401);
    expect((await changePassword({}, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(401);
  });
});

describe('changing my password', () => {
  it('refuses a wrong current password as an error of that field, and changes nothing', async () => {
    const focal = await api.user('focal_point', { password: PASSWORD });
    const res = await changePassword(focal.headers, { currentPassword: 'not the password', newPassword: NEW_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'currentPassword', code: 'wrong_password', reason: 'is not the current password' }]);
    expect((await signIn(focal.email, PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a new password that is too short or the same as the current one', async () => {
    const focal = await api.user('focal_point', { password: PASSWORD });
    const short = await changePassword(focal.headers, { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0]).toMatchObject({ field: 'newPassword', code: 'too_small' });
    const same = await changePassword(focal.headers, { currentPassword: PASSWORD, newPassword: PASSWORD });
    expect(same.json().errors).toEqual([{ field: 'newPassword', code: 'same_password', reason: 'must differ from the current password' }]);
  });

  it('changes it, keeps the session it was changed from, and ends every other session and token', async () => {
    const officer = await api.user('agency_officer', { password: PASSWORD });
    const here = (await signIn(officer.email, PASSWORD)).json().token as string;
    const elsewhere = (await signIn(officer.email, PASSWORD)).json().token as string;
    const headers = { authorization: `Bearer ${here}` };
    const res = await changePassword(headers, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.statusCode, res.body).toBe(204);

    expect((await api.app.inject({ url: '/v1/me', headers })).statusCode).toBe(200);
    expect((await api.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${elsewhere}` } })).statusCode).toBe(401);
    expect((await api.app.inject({ url: '/v1/me', headers: officer.headers })).statusCode).toBe(401);
    expect((await signIn(officer.email, PASSWORD)).statusCode).toBe(401);
    expect((await signIn(officer.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('slows down someone guessing the current password, as sign-in does', async () => {
    const officer = await api.user('agency_officer', { password: PASSWORD });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await changePassword(officer.headers, { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD })).statusCode);
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses.at(-1)).toBe(429);
  });
});
