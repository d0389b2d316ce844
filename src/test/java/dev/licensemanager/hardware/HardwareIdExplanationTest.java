package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardwareIdExplanationTest {

    @Test
    void computedShowsAlgorithmIdSourcesAndWarnings() {
        HardwareIdResult r = new HardwareIdResult.Computed("abc123", HardwareIdAlgorithm.LINUX_MACHINE_ID,
                List.of(SourceRead.missing("/etc/machine-id"), SourceRead.found("/var/lib/dbus/machine-id")),
                List.of("Running in a container."), false);
        assertThat(HardwareIdExplanation.lines(r)).containsExactly(
                "Algorithm: 4 LinuxMachineId (linux-machine-id)",
                "Hardware ID: abc123",
                "Sources read:",
                "  /etc/machine-id: not found",
                "  /var/lib/dbus/machine-id: found",
                "Warnings:",
                "  - Running in a container.");
    }

    @Test
    void failedShowsReasonAndNoWarnings() {
        HardwareIdResult r = new HardwareIdResult.Failed(HardwareIdFailures.WMI_UNAVAILABLE, "WMI unavailable (test)",
                HardwareIdAlgorithm.WINDOWS_COMPUTER_SYSTEM_PRODUCT, List.of(SourceRead.missing(WindowsFacts.CS_PRODUCT_UUID)));
        assertThat(HardwareIdExplanation.render(r)).contains(
                "Algorithm: 2 WindowsComputerSystemProductId (windows-computer-system-product)",
                "Result: could not compute the hardware ID: WMI unavailable (test) [wmi_unavailable]",
                "  WMI Win32_ComputerSystemProduct.UUID: not found",
                "Warnings: none");
    }

    @Test
    void manualAndCreatedFallbackAreSpelledOut() {
        HardwareIdResult r = new HardwareIdResult.Computed("X", HardwareIdAlgorithm.MANUAL, List.of(), List.of(), true);
        assertThat(HardwareIdExplanation.lines(r)).contains("Algorithm: manual (custom ID route: typed, file or command)",
                "Note: a new fallback ID was created on this run.", "Sources read: none");
    }
}
