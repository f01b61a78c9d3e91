export * from './PrivateLinkApi';
export * from './types';
