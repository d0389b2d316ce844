package dev.licensemanager.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.common.Cancellation;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;

/** {@link LicenseApiClient} over OkHttp. Certificate checks are never switched off. */
public final class OkHttpLicenseApiClient implements LicenseApiClient {
    private static final MediaType TEXT = MediaType.get("text/plain; charset=utf-8");

    private final ClientSettings settings;
    private final ObjectMapper mapper;
    private final HttpExchange exchange;
    private final ResponseClassifier classifier;
    private final HttpUrl base;
    private final String urlProblem;

    public OkHttpLicenseApiClient(ClientSettings settings) {
        this.settings = settings;
        this.mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.urlProblem = UrlPolicy.problem(settings.baseUrl());
        this.base = urlProblem == null ? HttpUrl.get(settings.baseUrl().strip()) : null;
        OAuthTokenSource oauth = settings.auth() instanceof ApiAuth.OAuthClient o
                ? new OAuthTokenSource(o, mapper, settings.clock()) : null;
        this.exchange = new HttpExchange(buildHttp(settings), settings, oauth);
        this.classifier = new ResponseClassifier(mapper, settings.verifySignatures() && settings.publicKey() != null
                ? new ResponseSignatureVerifier(settings.publicKey(), mapper) : null);
    }

    @Override
    public ApiResult<String> deactivate(DeactivateRequest request, Cancellation cancel) {
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            return new ApiResult.Invalid<>(problems, CallInfo.notSent(null));
        }
        ApiResult<String> refused = refuseUrl();
        if (refused != null) {
            return refused;
        }
        RequestBody body = RequestBody.create(toJson(request.body()), HttpExchange.JSON);
        return exchange.run("POST", request.endpoint(), endpoint(request.endpoint()), body, classifier::deactivation,
                cancel);
    }

    @Override
    public ApiResult<LicenseFacts> checkLicense(CheckRequest request, Cancellation cancel) {
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            return new ApiResult.Invalid<>(problems, CallInfo.notSent(null));
        }
        ApiResult<LicenseFacts> r = get("check_license", request.query(), ResponseParsers::licenseFacts, cancel);
        if (r instanceof ApiResult.Success<LicenseFacts> s && s.value().licenseSignature() != null
                && settings.verifySignatures() && settings.publicKey() != null) {
            String id = request.identity() instanceof Identity.LicenseKey k ? k.key()
                    : ((Identity.User) request.identity()).username();
            if (!LicenseSignatureV1.verify(settings.publicKey(), request.hardwareId(), id,
                    s.value().validityPeriod(), s.value().licenseSignature())) {
                return new ApiResult.ProtocolError<>(ProtocolProblem.SIGNATURE_INVALID, 200, "application/json",
                        "license_signature (v1) does not match", s.info());
            }
        }
        return r;
    }

    @Override
    public ApiResult<List<UserLicense>> userLicenses(String product, Identity identity, Cancellation cancel) {
        List<String> problems = new java.util.ArrayList<>();
        RequestChecks.requireCode(problems, "product", product);
        if (identity == null || identity instanceof Identity.LicenseKey) {
            problems.add("user_licenses needs a username and password or a single sign-on identity");
        } else {
            RequestChecks.checkIdentity(problems, identity);
        }
        if (!problems.isEmpty()) {
            return new ApiResult.Invalid<>(problems, CallInfo.notSent(null));
        }
        Map<String, Object> q = new java.util.LinkedHashMap<>();
        q.put("product", product);
        identity.putFields(q);
        return get("user_licenses", q, ResponseParsers::userLicenses, cancel);
    }

    @Override
    public ApiResult<ProductDetails> productDetails(String product, Cancellation cancel) {
        List<String> problems = new java.util.ArrayList<>();
        RequestChecks.requireCode(problems, "product", product);
        if (!problems.isEmpty()) {
            return new ApiResult.Invalid<>(problems, CallInfo.notSent(null));
        }
        return get("product_details", Map.of("product", product), ResponseParsers::productDetails, cancel);
    }

    @Override
    public ApiResult<SsoUrl> ssoUrl(String product, String customerAccountCode, String responseType,
                                    String redirectUri, Cancellation cancel) {
        List<String> problems = new java.util.ArrayList<>();
        RequestChecks.requireCode(problems, "product", product);
        RequestChecks.requireCode(problems, "customer account code", customerAccountCode);
        if (!"code".equals(responseType) && !"token".equals(responseType)) {
            problems.add("response type must be 'code' or 'token'");
        }
        if (!problems.isEmpty()) {
            return new ApiResult.Invalid<>(problems, CallInfo.notSent(null));
        }
        Map<String, Object> q = new java.util.LinkedHashMap<>();
        q.put("product", product);
        q.put("customer_account_code", customerAccountCode);
        q.put("response_type", responseType);
        if (redirectUri != null) {
            q.put("redirect_uri", redirectUri);
        }
        return get("sso_url", q, ResponseParsers::ssoUrl, cancel);
    }

    @Override
    public ApiResult<String> deactivateOffline(String base64Payload, Cancellation cancel) {
        if (base64Payload == null || base64Payload.isBlank()) {
            return new ApiResult.Invalid<>(List.of("the offline request is empty"), CallInfo.notSent(null));
        }
        ApiResult<String> refused = refuseUrl();
        if (refused != null) {
            return refused;
        }
        return exchange.run("POST", "deactivate_offline", endpoint("deactivate_offline"),
                RequestBody.create(base64Payload.strip(), TEXT), classifier::deactivation, cancel);
    }

    private <T> ApiResult<T> get(String name, Map<String, Object> query, ResponseParsers.Parser<T> parser,
                                 Cancellation cancel) {
        ApiResult<T> refused = refuseUrl();
        if (refused != null) {
            return refused;
        }
        HttpUrl.Builder url = endpoint(name).newBuilder();
        query.forEach((k, v) -> url.addQueryParameter(k, String.valueOf(v)));
        return exchange.run("GET", name, url.build(), null, (raw, info) -> classifier.json(raw, info, parser, true),
                cancel);
    }

    private <T> ApiResult<T> refuseUrl() {
        return urlProblem == null ? null
                : new ApiResult.TransportError<>(NetworkKind.INSECURE_URL, urlProblem, CallInfo.notSent(null));
    }

    private HttpUrl endpoint(String name) {
        return base.newBuilder().addPathSegments("api/v4").addPathSegment(name).build();
    }

    private byte[] toJson(Map<String, Object> body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise request body", e);
        }
    }

    private static OkHttpClient buildHttp(ClientSettings s) {
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(s.connectTimeout())
                .readTimeout(s.readTimeout())
                .writeTimeout(s.readTimeout())
                // OkHttp never repeats a request on its own: HttpExchange counts and decides every attempt.
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .addNetworkInterceptor(HttpExchange::keepRetryAfterFromOkHttp);
        if (s.proxy() instanceof ProxySettings.Direct) {
            b.proxy(Proxy.NO_PROXY);
        } else if (s.proxy() instanceof ProxySettings.Explicit p) {
            b.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.host(), p.port())));
            if (p.username() != null && p.password() != null) {
                b.proxyAuthenticator((route, response) -> {
                    if (response.request().header("Proxy-Authorization") != null) {
                        return null;
                    }
                    return response.request().newBuilder()
                            .header("Proxy-Authorization", Credentials.basic(p.username(), p.password().reveal()))
                            .build();
                });
            }
        }
        if (s.trustManager() != null) {
            try {
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(null, new TrustManager[] {s.trustManager()}, null);
                b.sslSocketFactory(ctx.getSocketFactory(), s.trustManager());
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException("TLS unavailable", e);
            }
        }
        return b.build();
    }
}
