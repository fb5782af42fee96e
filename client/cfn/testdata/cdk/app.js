// A small CDK v2 app whose synthesized templates are end-to-end fixtures for
// appclient's CloudFormation reader (client/cfn): real `cdk synth` output,
// with app clients that are valid, clients made invalid through escape
// hatches (as users do to reach properties the L2 constructs validate or do
// not expose), and a callback URL known only in part.
//
// Plain JavaScript, so that it runs with `node app.js` and no compile step or
// CDK CLI: CDK_OUTDIR=/some/dir node app.js writes the cloud assembly there.
// Synthesis is fully local: the stacks are environment-agnostic and nothing
// is looked up. See EXPECTED.md for what a correct checker reports.
'use strict';

const cdk = require('aws-cdk-lib');
const cognito = require('aws-cdk-lib/aws-cognito');
const s3 = require('aws-cdk-lib/aws-s3');
const cxapi = require('aws-cdk-lib/cx-api');

const app = new cdk.App({
  outdir: process.env.CDK_OUTDIR,
  // What the CDK CLI turns on by default (through CDK_CONTEXT_JSON), so that
  // `node app.js` writes what `cdk synth` would: aws:cdk:path metadata on
  // each resource, aws:asset:path on the nested stack's resource, and the
  // CDKMetadata resource.
  context: {
    [cxapi.PATH_METADATA_ENABLE_CONTEXT]: true,
    [cxapi.ASSET_RESOURCE_METADATA_ENABLED_CONTEXT]: true,
  },
  analyticsReporting: true,
});
const stack = new cdk.Stack(app, 'Auth');

const pool = new cognito.UserPool(stack, 'Pool', {
  featurePlan: cognito.FeaturePlan.ESSENTIALS,
  signInAliases: { email: true },
  standardAttributes: { email: { required: true, mutable: true } },
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});

const read = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read access' });
const api = pool.addResourceServer('Api', { identifier: 'api', scopes: [read] });
const apiRead = cognito.OAuthScope.resourceServer(api, read);

// Registered with the pool before the clients, so that a client without
// supportedIdentityProviders lists it (as a Ref to the provider resource).
new cognito.UserPoolIdentityProviderGoogle(stack, 'Google', {
  userPool: pool,
  clientId: 'google-client-id.apps.googleusercontent.com',
  clientSecretValue: cdk.SecretValue.unsafePlainText('x'),
  scopes: ['openid', 'email', 'profile'],
  attributeMapping: {
    email: cognito.ProviderAttribute.GOOGLE_EMAIL,
    givenName: cognito.ProviderAttribute.GOOGLE_GIVEN_NAME,
  },
});

// Settings every client here shares, so that each one's findings are the
// ones it is named for (no user-existence or revocation warnings).
const common = { preventUserExistenceErrors: true, enableTokenRevocation: true };
const cognitoOnly = [cognito.UserPoolClientIdentityProvider.COGNITO];
const webOAuth = {
  flows: { authorizationCodeGrant: true },
  scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL],
};

// Web: a valid OAuth code-flow client for a browser app. No errors.
pool.addClient('Web', {
  ...common,
  generateSecret: false,
  authFlows: { userSrp: true },
  oAuth: {
    ...webOAuth,
    callbackUrls: ['https://app.example.com/callback'],
    logoutUrls: ['https://app.example.com/'],
    defaultRedirectUri: 'https://app.example.com/callback',
  },
});

// Machine: a valid client_credentials client for a service. No errors.
pool.addClient('Machine', {
  ...common,
  generateSecret: true,
  supportedIdentityProviders: cognitoOnly,
  oAuth: { flows: { clientCredentials: true }, scopes: [apiRead] },
});

// BadTokens: the L2 construct validates token validities, so the escape
// hatch sets one AWS rejects: an access token valid for 2 days (max 1 day).
const badTokens = pool.addClient('BadTokens', {
  ...common,
  supportedIdentityProviders: cognitoOnly,
  oAuth: { ...webOAuth, callbackUrls: ['https://app.example.com/callback'] },
  accessTokenValidity: cdk.Duration.hours(1),
});
badTokens.node.defaultChild.addPropertyOverride('AccessTokenValidity', 2);
badTokens.node.defaultChild.addPropertyOverride('TokenValidityUnits.AccessToken', 'days');

// BadCallback: a plain-HTTP callback to a host that is not loopback, and a
// DefaultRedirectURI that is not one of the callbacks (the L2 construct
// refuses the latter, hence the escape hatch).
const badCallback = pool.addClient('BadCallback', {
  ...common,
  supportedIdentityProviders: cognitoOnly,
  oAuth: { ...webOAuth, callbackUrls: ['https://app.example.com/callback'] },
});
badCallback.node.defaultChild.addPropertyOverride('CallbackURLs', [
  'https://app.example.com/callback',
  'http://example.com/cb',
]);
badCallback.node.defaultChild.addPropertyOverride('DefaultRedirectURI', 'https://app.example.com/other');

// BadFlows: client_credentials together with code (the L2 construct refuses
// the combination, hence the escape hatch); client_credentials must be alone.
const badFlows = pool.addClient('BadFlows', {
  ...common,
  generateSecret: true,
  supportedIdentityProviders: cognitoOnly,
  oAuth: {
    flows: { clientCredentials: true },
    scopes: [apiRead],
    callbackUrls: ['https://machine.example.com/callback'],
  },
});
badFlows.node.defaultChild.addPropertyOverride('AllowedOAuthFlows', ['client_credentials', 'code']);

// Partial: a callback on a bucket's domain name, known only at deploy time
// but for its https:// scheme and its path. No errors.
const site = new s3.Bucket(stack, 'Site', { removalPolicy: cdk.RemovalPolicy.DESTROY });
pool.addClient('Partial', {
  ...common,
  supportedIdentityProviders: cognitoOnly,
  oAuth: {
    ...webOAuth,
    callbackUrls: [cdk.Fn.join('', ['https://', site.bucketDomainName, '/cb'])],
  },
});

// WriteEmailVerified: email_verified in WriteAttributes, which app clients
// can never write (the L2 construct lets it through).
pool.addClient('WriteEmailVerified', {
  ...common,
  supportedIdentityProviders: cognitoOnly,
  oAuth: { ...webOAuth, callbackUrls: ['https://app.example.com/callback'] },
  writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, emailVerified: true }),
});

// A nested stack, synthesized to its own *.nested.template.json, with a
// client of the parent's pool: its UserPoolId arrives as a parameter.
class AuthNested extends cdk.NestedStack {
  constructor(scope, id, props) {
    super(scope, id, props);
    // LegacyMix: legacy ExplicitAuthFlows names mixed with ALLOW_ ones,
    // through the escape hatch (the L2 construct writes only ALLOW_ names).
    const legacyMix = new cognito.UserPoolClient(this, 'LegacyMix', {
      ...common,
      userPool: props.userPool,
      supportedIdentityProviders: cognitoOnly,
      authFlows: { userSrp: true },
      disableOAuth: true,
    });
    legacyMix.node.defaultChild.addPropertyOverride('ExplicitAuthFlows', [
      'ADMIN_NO_SRP_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    ]);
  }
}
new AuthNested(stack, 'AuthNested', { userPool: pool });

app.synth();
