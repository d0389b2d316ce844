package dev.licensemanager.hardware;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a raw fact becomes the string that is hashed. Evidence labels as in license-api.md: [BIN] confirmed from the
 * generator library, [INF] our inference, [UNK] unknown, chosen here. The complete list of choices (including the
 * fallback-file and source-order ones made in the providers) is the table in docs/hardware-id.md; each line has a
 * fixture test (HardwareIdNormalisationTest and the per-OS tests) whose expected hash was computed with sha256sum.
 */
public final class Normalisation {
    /** Fingerprint part labels as found in the generator binary [BIN]. */
    public static final String CPU_LABEL = "CPU >> ";
    public static final String BASE_LABEL = "BASE >> ";
    public static final String DISK_LABEL = "DISK >> ";
    /** [UNK] Separator between fingerprint parts: "\n", as in the WMI fingerprint code these labels come from. */
    public static final String PART_SEPARATOR = "\n";

    private Normalisation() {
    }

    /** Hash of every algorithm: SHA-256 over the UTF-8 bytes, lowercase hex, 64 chars [BIN on Linux; INF elsewhere]. */
    public static String sha256Hex(String raw) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }

    /**
     * Linux machine-id (either file) and the persisted fallback UUID: surrounding whitespace removed (the trailing
     * newline [BIN, run locally]; other whitespace [INF]); case kept as stored (machine-id is lowercase by spec).
     */
    public static String machineId(String fileContent) {
        return fileContent.strip();
    }

    /**
     * Windows Win32_ComputerSystemProduct.UUID (algorithms 0, 2, 4): trimmed; case kept as WMI returns it
     * (upper case with hyphens) [UNK: the generator may change case; we keep WMI's form].
     */
    public static String windowsUuid(String wmiValue) {
        return wmiValue.strip();
    }

    /** Windows registry MachineGuid (algorithm 3): trimmed; case kept as stored (lower case with hyphens) [UNK]. */
    public static String machineGuid(String registryValue) {
        return registryValue.strip();
    }

    /** macOS platform UUID: trimmed and upper case, as uuid_unparse_upper produces [BIN]. */
    public static String macPlatformUuid(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }

    /** Cloud instance IDs (AWS instance-id, Azure vmId, GCP id): trimmed; surrounding JSON quotes removed [INF]. */
    public static String cloudInstanceId(String body) {
        String s = body.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * One fingerprint part (algorithm 1): the label followed by the fields in the order the generator queries
     * them, each trimmed and concatenated with no separator [UNK]. A field WMI did not return counts as "".
     * Empty when every field is empty (the part then counts as "not found").
     */
    public static Optional<String> fingerprintPart(String label, List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            sb.append(f == null ? "" : f.strip());
        }
        return sb.length() == 0 ? Optional.empty() : Optional.of(label + sb);
    }

    /**
     * Algorithm 1 raw string: the found parts in the order CPU, BASE, DISK [UNK order], joined by
     * {@link #PART_SEPARATOR} [UNK]; missing parts are left out entirely [UNK]. Empty unless at least two of the
     * three parts are present [BIN].
     */
    public static Optional<String> fingerprint(Optional<String> cpu, Optional<String> base, Optional<String> disk) {
        List<String> parts = new ArrayList<>(3);
        cpu.ifPresent(parts::add);
        base.ifPresent(parts::add);
        disk.ifPresent(parts::add);
        return parts.size() < 2 ? Optional.empty() : Optional.of(String.join(PART_SEPARATOR, parts));
    }

    /**
     * MANUAL route: an ID from support, a command or a file is used as given after trimming, NOT hashed (it is
     * already the value the server knows). Must be 1–256 printable characters.
     */
    public static Optional<String> manualId(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip();
        if (s.isEmpty() || s.length() > 256) {
            return Optional.empty();
        }
        boolean printable = s.codePoints().noneMatch(cp -> Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.SURROGATE
                || Character.getType(cp) == Character.UNASSIGNED);
        if (!printable) {
            return Optional.empty();
        }
        return Optional.of(s);
    }
}
