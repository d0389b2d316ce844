package dev.licensemanager.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.api.ApiResult;
import dev.licensemanager.api.CallInfo;
import dev.licensemanager.api.NetworkKind;
import dev.licensemanager.api.ProtocolProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeMappingTest {
    private static final CallInfo FIRST = new CallInfo("r", 1, false, Instant.parse("2026-01-01T00:00:00Z"), null, Duration.ZERO);
    private static final CallInfo AFTER_LOST = new CallInfo("r", 2, true, Instant.parse("2026-01-01T00:00:00Z"), null, Duration.ZERO);
    /** An earlier answer began as a success (2xx headers) and was cut off: the server provably acted. */
    private static final CallInfo AFTER_SUCCESS_CUT = new CallInfo("r", 2, true, Instant.parse("2026-01-01T00:00:00Z"),
            null, Duration.ZERO, true, List.of("attempt 1: HTTP 200 began, then RESET cut the answer off, 3 ms",
                    "attempt 2: HTTP 400 device_not_found, 2 ms"), null);

    /** Every code of the reference's catalogue (§4) and the deactivation page's lists (§2.4), with the exit code it must give. */
    private static final Map<String, Integer> EXPECTED_EXIT = Map.ofEntries(
            Map.entry("device_not_found", 3), Map.entry("unknown_product", 5), Map.entry("license_not_found", 4),
            Map.entry("license_not_enabled", 4), Map.entry("license_not_active", 3), Map.entry("vm_not_allowed", 4),
            Map.entry("offline_floating_cloud_not_supported", 4), Map.entry("license_start_date_error", 4),
            Map.entry("blacklisted", 4), Map.entry("license_activated_max_times", 4),
            Map.entry("license_user_activated_max_times", 4), Map.entry("license_expired", 4),
            Map.entry("license_transferred_max_times", 4), Map.entry("license_device_exists", 4),
            Map.entry("missing_headers", 5), Map.entry("validation_error", 4), Map.entry("missing_parameters", 1),
            Map.entry("missing_content", 1), Map.entry("invalid_json", 1), Map.entry("active_license_required", 4),
            Map.entry("api_key_product_not_allowed", 5), Map.entry("archived_product", 5), Map.entry("disabled_product", 5),
            Map.entry("authorization_invalid_headers", 5), Map.entry("authorization_missing_params", 5),
            Map.entry("customer_account_id_mismatch", 4), Map.entry("customer_account_not_found", 4),
            Map.entry("date_header_diff", 6), Map.entry("hmac_required", 5), Map.entry("signature_mismatch", 5),
            Map.entry("invalid_api_key", 5), Map.entry("license_key_required", 4), Map.entry("missing_hardware_id", 1),
            Map.entry("trial_expired", 4), Map.entry("internal_error", 8), Map.entry("not_found", 5),
            Map.entry("invalid_product_auth_method", 5));

    @Test
    void everyCatalogueCodeMapsToItsDocumentedExitCode() {
        EXPECTED_EXIT.forEach((code, exit) -> {
            Outcome o = OutcomeMapper.fromDeactivation(new ApiResult.ApiError<>(400, code, "msg", FIRST));
            assertThat(o.exitCode()).as(code).isEqualTo(exit);
            assertThat(o.code()).isEqualTo(code);
        });
    }

    @Test
    void everyKindHasWordsAndUnknownCodesKeepCodeAndMessage() {
        OutcomeText text = new OutcomeText(Locale.ENGLISH);
        for (OutcomeKind k : OutcomeKind.values()) {
            Outcome o = new Outcome(k, "some_code", "server says", "", false, 5L, 1, "r", List.of());
            OutcomeText.Words w = text.words(o, "demo", "abcdef0123456789abcdef");
            assertThat(w.title()).doesNotStartWith("outcome.");
            assertThat(w.text()).doesNotStartWith("outcome.");
            assertThat(w.next()).doesNotStartWith("outcome.");
        }
        Outcome unknown = OutcomeMapper.fromDeactivation(new ApiResult.ApiError<>(400, "brand_new", "Brand new thing", FIRST));
        assertThat(unknown.kind()).isEqualTo(OutcomeKind.REJECTED);
        assertThat(text.words(unknown, "demo", "x").text()).contains("Brand new thing");
    }

    @Test
    void deviceNotFoundIsAlreadyInactiveOnFirstAttemptButSuccessAfterASuccessAnswerWasCutOff() {
        ApiResult<String> first = new ApiResult.ApiError<>(400, "device_not_found", "", FIRST);
        ApiResult<String> retried = new ApiResult.ApiError<>(400, "device_not_found", "", AFTER_SUCCESS_CUT);
        assertThat(OutcomeMapper.fromDeactivation(first).kind()).isEqualTo(OutcomeKind.ALREADY_INACTIVE);
        Outcome o = OutcomeMapper.fromDeactivation(retried);
        assertThat(o.kind()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(o.confirmedOnRetry()).isTrue();
        assertThat(o.exitCode()).isZero();
        assertThat(o.detail()).as("each attempt in the details").contains("attempt 1: HTTP 200 began")
                .contains("attempt 2: HTTP 400 device_not_found");
    }

    /**
     * A request that went out and got no answer proves nothing: the device may have been inactive already, or
     * activated with another hardware ID (then the seat is still held). Not "freed": already inactive, with the note
     * that our first request may have freed it.
     */
    @Test
    void deviceNotFoundAfterAnUnansweredRequestIsAlreadyInactiveWithTheMayHaveFreedNote() {
        Outcome o = OutcomeMapper.fromDeactivation(new ApiResult.ApiError<>(400, "device_not_found", "", AFTER_LOST));
        assertThat(o.kind()).isEqualTo(OutcomeKind.ALREADY_INACTIVE);
        assertThat(o.confirmedOnRetry()).isFalse();
        assertThat(o.exitCode()).isEqualTo(3);
        assertThat(o.detail()).contains(OutcomeMapper.MAY_HAVE_ACTED);
        OutcomeText text = new OutcomeText(Locale.ENGLISH);
        assertThat(text.words(o, "p", "h").text()).endsWith(text.get("outcome.ALREADY_INACTIVE.mayHaveActed"))
                .doesNotContain(text.get("outcome.mayHaveActed"));
    }

    @Test
    void aRetryAfterTheServerAskedForIsShownWithTheFailure() {
        CallInfo info = new CallInfo("r", 1, false, null, null, Duration.ZERO, false, List.of(), Duration.ofSeconds(600));
        Outcome o = OutcomeMapper.fromDeactivation(new ApiResult.ApiError<>(503, "http_503", "", info));
        assertThat(o.retryAfterSeconds()).isEqualTo(600L);
        assertThat(new OutcomeText(Locale.ENGLISH).words(o, "p", "h").text())
                .contains("The server asks to try again in 10 min.");
    }

    @Test
    void lostResponseNeverTurnsAnotherFailureIntoSuccess() {
        for (String code : List.of("license_not_found", "signature_mismatch", "http_503", "date_header_diff")) {
            Outcome o = OutcomeMapper.fromDeactivation(new ApiResult.ApiError<>(400, code, "", AFTER_LOST));
            assertThat(o.success()).as(code).isFalse();
        }
        assertThat(OutcomeMapper.fromDeactivation(new ApiResult.TransportError<>(NetworkKind.READ_TIMEOUT, "t", AFTER_LOST))
                .success()).isFalse();
    }

    @Test
    void clockSkewCarriesTheMeasuredOffset() {
        CallInfo info = new CallInfo("r", 1, false, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:20:00Z"), Duration.ZERO);
        Outcome o = OutcomeMapper.fromDeactivation(new ApiResult.ApiError<>(400, "date_header_diff", "", info));
        assertThat(o.kind()).isEqualTo(OutcomeKind.CLOCK_SKEW);
        assertThat(o.clockOffsetSeconds()).isEqualTo(1200L);
        assertThat(new OutcomeText(Locale.ENGLISH).words(o, "p", "h").text()).contains("1200 seconds");
    }

    @Test
    void networkAndProtocolFailuresAreNamed() {
        for (NetworkKind k : NetworkKind.values()) {
            Outcome o = OutcomeMapper.fromFailure(new ApiResult.TransportError<>(k, "d", FIRST));
            assertThat(o.code()).isEqualTo("network_" + k.name().toLowerCase(Locale.ROOT));
            assertThat(o.exitCode()).isEqualTo(k == NetworkKind.INSECURE_URL ? 5 : 7);
            assertThat(new OutcomeText(Locale.ENGLISH).words(o, "p", "h").text()).doesNotContain("network.");
        }
        assertThat(OutcomeMapper.fromFailure(new ApiResult.ProtocolError<>(ProtocolProblem.HTML_PAGE, 200, "text/html", "x", FIRST))
                .exitCode()).isEqualTo(7);
        assertThat(OutcomeMapper.fromFailure(new ApiResult.ProtocolError<>(ProtocolProblem.SIGNATURE_INVALID, 200, null, "", FIRST))
                .kind()).isEqualTo(OutcomeKind.RESPONSE_NOT_TRUSTED);
        assertThat(OutcomeMapper.fromFailure(new ApiResult.ApiError<>(429, "http_429", "", FIRST)).exitCode()).isEqualTo(8);
        assertThat(OutcomeMapper.fromFailure(new ApiResult.ApiError<>(502, "http_502", "", FIRST)).exitCode()).isEqualTo(8);
    }
}
