import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ['@logai/contracts', '@logai/config'],
  typedRoutes: false,
};

export default config;
