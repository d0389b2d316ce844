package dev.licensemanager.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /api/v4/*}: faults first, then authentication, then the endpoint; signs what LicenseSpring signs.
 * Logs one DEBUG line per request (method, path, status, code) and never a header, key, password or token.
 */
final class ApiHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    static final String PREFIX = "/api/v4/";

    private final ObjectMapper mapper;
    private final RequestAuthenticator auth;
    private final Endpoints endpoints;
    private final Faults faults;
    private final FaultResponder faultResponder;
    private final SigningKeys keys;
    private final Clock clock;
    private final Runnable afterChange;

    ApiHandler(ObjectMapper mapper, RequestAuthenticator auth, Endpoints endpoints, Faults faults, SigningKeys keys,
               Clock clock, Runnable afterChange) {
        this.mapper = mapper;
        this.auth = auth;
        this.endpoints = endpoints;
        this.faults = faults;
        this.faultResponder = new FaultResponder(mapper, faults);
        this.keys = keys;
        this.clock = clock;
        this.afterChange = afterChange;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String name = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
        Optional<FaultSpec> fault = endpoints.known(name) ? faults.take(name) : Optional.empty();
        try {
            if (fault.isPresent() && faultResponder.before(ex, fault.get())) {
                LOG.debug("{} {} -> fault {}", ex.getRequestMethod(), path, fault.get().type());
                return;
            }
            long skew = fault.filter(f -> "skew_date".equals(f.type()))
                    .map(f -> f.skewSeconds() == null ? 3600L : f.skewSeconds()).orElse(0L);
            Reply reply = handle(ex, name, clock.instant().plusSeconds(skew));
            if (reply.signed() && reply.status() < 300) {
                ex.getResponseHeaders().set("LicenseSignature", keys.sign(reply.body()));
            }
            log(ex, path, reply);
            if (fault.isPresent()) {
                faultResponder.after(ex, fault.get(), reply, clock.instant().plusSeconds(skew));
            } else {
                HttpIo.send(ex, reply.status(), reply.contentType(), reply.body());
            }
        } finally {
            ex.close();
        }
    }

    private Reply handle(HttpExchange ex, String name, Instant serverNow) {
        try {
            if (!endpoints.known(name)) {
                return Reply.error(mapper, 404, "not_found", "Unknown API path.");
            }
            if (!endpoints.method(name).equals(ex.getRequestMethod())) {
                return Reply.error(mapper, 405, "method_not_allowed", name + " accepts " + endpoints.method(name) + ".");
            }
            auth.authenticate(ex.getRequestHeaders(), serverNow);
            Reply reply = endpoints.call(name, ex, this::jsonBody);
            if (reply.status() < 300 && endpoints.changesState(name)) {
                afterChange.run();
            }
            return reply;
        } catch (ApiException e) {
            return Reply.error(mapper, e.status(), e.code(), e.getMessage());
        } catch (IOException e) {
            return Reply.error(mapper, 400, "validation_error", "Could not read the request.");
        } catch (RuntimeException e) {
            LOG.warn("sandbox endpoint {} failed", name, e);
            return Reply.error(mapper, 500, "internal_error", "Internal sandbox error.");
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> jsonBody(byte[] body) {
        try {
            Object value = mapper.readValue(body, Object.class);
            if (!(value instanceof Map)) {
                throw ApiException.bad("validation_error", "The request body must be a JSON object.");
            }
            return (Map<String, Object>) value;
        } catch (JsonProcessingException e) {
            throw ApiException.bad("invalid_json", "The request body is not valid JSON.");
        } catch (IOException e) {
            throw ApiException.bad("invalid_json", "The request body could not be read.");
        }
    }

    private void log(HttpExchange ex, String path, Reply reply) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        String code = "";
        if (reply.status() >= 400 && Reply.JSON.equals(reply.contentType())) {
            try {
                code = String.valueOf(mapper.readTree(reply.body()).path("code").asText());
            } catch (IOException e) {
                code = "?";
            }
        }
        LOG.debug("{} {} -> {} {}", ex.getRequestMethod(), path, reply.status(), code);
    }
}
