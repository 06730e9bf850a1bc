export * from './applicant-signup.dto';
export * from './change-password.dto';
export * from './errors';
export * from './login.dto';
export * from './password-reset.dto';
export * from './session.view';
export * from './profile.dto';
