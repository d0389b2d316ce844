// Drives a License API (the project's sandbox) with LicenseSpring's own Node SDK, LicenseAPI.getProductDetails:
// the SDK signs the request its way and verifies the answer's LicenseSignature with the given public key.
// Usage: node oracle.js SDK_DIR SANDBOX_JSON_FILE   (prints one line per case, exits 1 on any unexpected result)
const fs = require('node:fs');
const path = require('node:path');
const { LicenseAPI } = require(path.join(process.argv[2], 'node_modules/@licensespring/node-sdk'));
const sb = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const pem = fs.readFileSync(sb.public_key_file, 'utf8');
const { generateKeyPairSync } = require('node:crypto');

function api(publicKey) {
  return new LicenseAPI({ apiKey: sb.api_key, sharedKey: sb.shared_key, apiPath: sb.base_url + '/api/v4',
    publicKey, appName: 'product-details-oracle', appVersion: '1.0.0' });
}

let failures = 0;
function report(name, ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${what}`);
  if (!ok) failures++;
}

(async () => {
  const good = api(pem);
  for (const [code, name] of [[sb.demo.key_product, 'Demo Key Product'], [sb.demo.user_product, 'Demo User Product'],
                              ['demo-float', 'Demo Floating Product'], ['demo-bundle', 'Demo Bundle']]) {
    try {
      const r = await good.getProductDetails({ product: code });
      report(`product_details ${code}`, r.product_name === name && r.short_code === code,
        `signature verified by the SDK; product_name "${r.product_name}", authorization_method "${r.authorization_method}"`);
    } catch (e) {
      report(`product_details ${code}`, false, JSON.stringify(e));
    }
  }
  try {
    const r = await good.getProductDetails({ product: sb.demo.key_product, include_latest_version: true,
      include_custom_fields: true });
    report('product_details with include_latest_version and include_custom_fields',
      'latest_version' in r && Array.isArray(r.custom_fields), `latest_version ${JSON.stringify(r.latest_version)}, custom_fields ${JSON.stringify(r.custom_fields)}`);
  } catch (e) {
    report('product_details with include_* flags', false, JSON.stringify(e));
  }
  try {
    const r = await good.getProductDetails({ product: 'no-such-product' });
    report('product_details of an unknown code', false, 'answered ' + JSON.stringify(r));
  } catch (e) {
    report('product_details of an unknown code', e && e.status === 400 && e.code === 'unknown_product',
      `the SDK throws ${JSON.stringify(e)}`);
  }
  // Negative control: the same answer checked against another key must fail, or the checks above prove nothing.
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' });
  try {
    await api(other).getProductDetails({ product: sb.demo.key_product });
    report('product_details verified with a wrong public key', false, 'accepted');
  } catch (e) {
    report('product_details verified with a wrong public key', e && e.code === 'signature_v2_mismatch',
      `the SDK refuses it: ${JSON.stringify(e)}`);
  }
  process.exit(failures ? 1 : 0);
})();
