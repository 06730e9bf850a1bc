import { Controller, ExecutionContext, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AuthGuard, AuthUser, CredentialCheck, OperatorAllowed, PasswordChangeAllowed, Roles } from './auth';
import { CodedException } from './errors';

@Controller()
class Routes {
  @Get('me')
  @PasswordChangeAllowed()
  me() {}

  @Get('courses')
  @Roles('course_manager')
  courses() {}

  @Get('exams')
  exams() {}

  @Get('who')
  @OperatorAllowed()
  who() {}

  @Get('institutes')
  @Roles('platform_operator')
  institutes() {}
}

const jwt = new JwtService({ secret: 'a-test-secret-of-enough-length-000', signOptions: { algorithm: 'HS256' } });
const token = (claims: Record<string, unknown>) =>
  jwt.sign({
    sub: 'a0000000-0000-4000-8000-000000000001',
    tid: 'b0000000-0000-4000-8000-000000000001',
    role: 'trainee',
    name: '김',
    ...claims,
  });

function contextFor(handler: keyof Routes, bearer: string): ExecutionContext & { request: { user?: AuthUser } } {
  const request: { headers: Record<string, string>; user?: AuthUser } = { headers: { authorization: `Bearer ${bearer}` } };
  return {
    request,
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext & { request: { user?: AuthUser } };
}

const refusal = async (promise: Promise<unknown>) => {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as CodedException | undefined;
  return error && [error.getStatus(), (error.getResponse() as { code: string }).code];
};

describe('AuthGuard', () => {
  const guard = new AuthGuard(new Reflector(), jwt);

  it(
    'holds the bearer of a temporary password (pwc) to the routes marked ' +
      'PasswordChangeAllowed, with 403 AUTH.PASSWORD_CHANGE_REQUIRED',
    async () => {
      const temporary = token({ pwc: true, cv: 1 });
      await expect(guard.canActivate(contextFor('me', temporary))).resolves.toBe(true);
      expect(await refusal(guard.canActivate(contextFor('courses', temporary)))).toEqual([403, 'AUTH.PASSWORD_CHANGE_REQUIRED']);
    },
  );

  it('reads the claims into the user, a token without pwc passing as before', async () => {
    const context = contextFor('me', token({ cv: 3 }));
    await guard.canActivate(context);
    expect(context.request.user).toMatchObject({ role: 'trainee', mustChangePassword: false, credentialVersion: 3 });
    expect(await refusal(guard.canActivate(contextFor('courses', token({}))))).toEqual([403, 'FORBIDDEN']);
  });

  it('asks the credential check, where a service has one, before anything else about the route', async () => {
    const seen: AuthUser[] = [];
    const check: CredentialCheck = {
      async check(user) {
        seen.push(user);
        if (user.credentialVersion !== 2) throw new CodedException(401, 'AUTH.TOKEN_INVALID');
      },
    };
    const checked = new AuthGuard(new Reflector(), jwt, check);
    expect(await refusal(checked.canActivate(contextFor('courses', token({ cv: 1, pwc: true }))))).toEqual([401, 'AUTH.TOKEN_INVALID']);
    await expect(checked.canActivate(contextFor('me', token({ cv: 2 })))).resolves.toBe(true);
    expect(seen.map((u) => u.credentialVersion)).toEqual([1, 2]);
  });

  it('answers the platform operator only where a route names the role or lets them in, never on a route open to every institute role', async () => {
    const operator = token({ role: 'platform_operator' });
    expect(await refusal(guard.canActivate(contextFor('exams', operator)))).toEqual([403, 'FORBIDDEN']);
    expect(await refusal(guard.canActivate(contextFor('courses', operator)))).toEqual([403, 'FORBIDDEN']);
    await expect(guard.canActivate(contextFor('who', operator))).resolves.toBe(true);
    await expect(guard.canActivate(contextFor('institutes', operator))).resolves.toBe(true);
    await expect(guard.canActivate(contextFor('exams', token({})))).resolves.toBe(true);
    expect(await refusal(guard.canActivate(contextFor('institutes', token({ role: 'admin' }))))).toEqual([403, 'FORBIDDEN']);
  });
});
