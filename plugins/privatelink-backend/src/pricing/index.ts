/** Published AWS PrivateLink and NAT gateway prices, and the monthly cost formula. */
export * from './pricing';
