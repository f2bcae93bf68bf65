export * from './values';
export * from './staff';
export * from './auth';
export * from './activity';
export * from './offerings';
export * from './segments';
export * from './people';
