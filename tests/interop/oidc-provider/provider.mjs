// Test only: panva's OpenID-certified oidc-provider on 127.0.0.1, for tests/interop.
//
//   node provider.mjs --mode pkce|dpop|hardened [--bad-signature]
//
// Prints one JSON line {"issuer": "http://127.0.0.1:<port>"} when it listens; stops on SIGTERM
// or when stdin closes (so a crashed test never leaves it running).
//
// pkce:      a native public client, PKCE S256 required, no DPoP.
// dpop:      the same client, DPoP-bound tokens required (with server-provided DPoP nonces).
// hardened:  the same client, plus pushed authorization requests and DPoP-bound tokens
//            required (with server-provided DPoP nonces).
// --bad-signature: the JWKS published under the signing key's kid is another key, so every
//            signature the client checks fails (a misbehaving or impersonated provider).
//
// Accounts: any login; the login name is the role ("volunteer", "supervisor", "coordinator")
// put in the `helpline_role` claim of the ID token and the JWT access token.

import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

const { values: args } = parseArgs({
  options: {
    mode: { type: 'string', default: 'pkce' },
    'bad-signature': { type: 'boolean', default: false },
  },
});
const hardened = args.mode === 'hardened';
const dpop = hardened || args.mode === 'dpop';
const CLIENT_ID = 'helpline-console';
const RESOURCE = 'urn:helpline-console:routing';

function signingKey(kid) {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { ...privateKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' };
}

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
const key = signingKey('interop-1');

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      // RFC 8252 7.3: for a native client oidc-provider lets the loopback port vary.
      redirect_uris: ['http://127.0.0.1/callback'],
      id_token_signed_response_alg: 'ES256',
      ...(dpop ? { dpop_bound_access_tokens: true } : {}),
    },
  ],
  jwks: { keys: [key] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  pkce: { required: () => true },
  scopes: ['openid', 'profile', 'offline_access'],
  claims: { openid: ['sub', 'helpline_role'], profile: ['name'] },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({ sub: id, name: `Interop ${id}`, helpline_role: id }),
  }),
  // Refresh tokens without prompt=consent, rotated on every use (public client).
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  rotateRefreshToken: () => true,
  // Consent is given once by the test user, as an organisation would pre-approve the app.
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid profile offline_access');
    grant.addOIDCClaims(['helpline_role', 'name']);
    grant.addResourceScope(RESOURCE, 'openid profile offline_access');
    await grant.save();
    return grant;
  },
  extraTokenClaims: async (_ctx, token) => ({ helpline_role: token.accountId }),
  ttl: { AccessToken: 300, IdToken: 300, RefreshToken: 3600, Session: 3600, Grant: 3600 },
  features: {
    devInteractions: { enabled: true },
    revocation: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    pushedAuthorizationRequests: {
      enabled: true,
      requirePushedAuthorizationRequests: hardened,
    },
    dPoP: dpop
      ? { enabled: true, nonceSecret: randomBytes(32), requireNonce: () => true }
      : { enabled: false },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'openid profile offline_access',
        audience: CLIENT_ID,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'ES256' } },
      }),
    },
  },
});

if (args['bad-signature']) {
  const impostor = signingKey('interop-1');
  const { d, ...publicPart } = impostor;
  provider.use(async (ctx, next) => {
    if (ctx.path === '/jwks') {
      ctx.type = 'application/jwk-set+json';
      ctx.body = { keys: [publicPart] };
      return;
    }
    await next();
  });
}

server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
