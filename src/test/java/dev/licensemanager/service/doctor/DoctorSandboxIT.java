package dev.licensemanager.service.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.api.ProxySettings;
import dev.licensemanager.api.TrustStores;
import dev.licensemanager.sandbox.FaultSpec;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The doctor against the real sandbox and its fault modes. */
class DoctorSandboxIT {
    static SandboxServer sb;

    @BeforeAll
    static void start() {
        sb = SandboxServer.start(SandboxOptions.builder().build());
    }

    @AfterAll
    static void stop() {
        sb.close();
    }

    @AfterEach
    void clearFaults() {
        sb.faults().clear();
    }

    private static DoctorReport run() {
        return new ConnectivityDoctor(DoctorSettings.of(URI.create(sb.baseUrl()), new ProxySettings.Direct(),
                TrustStores.runtimeDefault(), null, new ConfigCompleteness.Result(List.of(), false), Map.of())).run();
    }

    @Test
    void healthySandboxAnswersTheUnauthenticatedProbeWithItsErrorCode() {
        DoctorReport r = run();
        assertThat(r.get(DoctorCheck.API).code()).isEqualTo("api_reached");
        assertThat(r.get(DoctorCheck.API).facts()).containsEntry("api_code", "missing_headers");
        assertThat(r.get(DoctorCheck.CLOCK).code()).isEqualTo("clock_ok");
        assertThat(r.overall()).isEqualTo(Verdict.PASS);
    }

    @Test
    void skewDateFaultShowsAsClockOffset() {
        sb.faults().set(FaultSpec.of("product_details", "skew_date").withSkewSeconds(3600));
        DoctorReport r = run();
        assertThat(r.get(DoctorCheck.CLOCK).code()).isEqualTo("clock_behind");
        assertThat(r.clockOffsetSeconds()).isBetween(3598L, 3602L);
    }

    @Test
    void htmlAndGatewayPagesAreNamed() {
        sb.faults().set(FaultSpec.of("product_details", "html"));
        assertThat(run().get(DoctorCheck.API).code()).isEqualTo("api_html");
        sb.faults().set(FaultSpec.of("product_details", "status").withStatus(503));
        assertThat(run().get(DoctorCheck.API).code()).isEqualTo("api_html");
    }

    @Test
    void hangingSandboxIsATimeoutWithinTheBound() {
        sb.faults().set(FaultSpec.of("product_details", "hang"));
        long t0 = System.nanoTime();
        DoctorReport r = run();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).isLessThan(15_000);
        assertThat(r.get(DoctorCheck.API).code()).isEqualTo("api_timeout");
        assertThat(r.get(DoctorCheck.TCP).verdict()).isEqualTo(Verdict.PASS);
    }
}
