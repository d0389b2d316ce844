package dev.licensemanager.hardware;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How a raw fact becomes the string that is hashed. Evidence labels as in docs/hardware-id.md: [BIN] confirmed from the
 * generator library, [INF] our inference, [UNK] unknown, chosen here. The complete list of choices (including the
 * fallback-file and source-order ones made in the providers) is the table in docs/hardware-id.md; each line has a
 * fixture test (HardwareIdNormalisationTest and the per-OS tests) whose expected hash was computed with sha256sum.
 */
public final class Normalisation {
    /** Fingerprint part labels as found in the generator binary [BIN]. */
    public static final String CPU_LABEL = "CPU >> ";
    public static final String BASE_LABEL = "BASE >> ";
    public static final String DISK_LABEL = "DISK >> ";
    /** Separator between fingerprint parts [BIN, run under Wine: the generator's own log of the raw string]. */
    public static final String PART_SEPARATOR = "\n";
    /**
     * Which queried properties each part concatenates, as indexes into the query order of {@link WindowsFacts}
     * [BIN, run under Wine]: CPU Name + ProcessorId (not Manufacturer), BASE Manufacturer + SerialNumber (not Model,
     * Name), DISK Model + SerialNumber (not Manufacturer).
     */
    static final int[] CPU_USED = {0, 2};
    static final int[] BASE_USED = {1, 3};
    static final int[] DISK_USED = {1, 2};

    private Normalisation() {
    }

    /** Hash of every algorithm: SHA-256 over the UTF-8 bytes, lowercase hex, 64 chars [BIN on Linux; INF elsewhere]. */
    public static String sha256Hex(String raw) {
        return sha256Hex(raw, StandardCharsets.UTF_8);
    }

    /**
     * SHA-256 over {@code raw} encoded in {@code charset}, lowercase hex. Windows hashes the bytes of the ANSI code
     * page: the generator turns WMI strings into {@code char*} with {@code _bstr_t} (CP_ACP) and reads MachineGuid
     * with RegQueryValueExA [BIN, disassembly; run under Wine with code page 1252]. Characters the code page cannot
     * hold become '?' here; Windows may use a best-fit character instead [UNK].
     */
    public static String sha256Hex(String raw, Charset charset) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(raw.getBytes(charset)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }

    /**
     * Linux machine-id (either file) and the persisted fallback UUID: the first line without its "\n", nothing else
     * removed (blanks, a "\r" and case are kept) [BIN, run locally: the generator reads one line]. An empty first line
     * means the file has no ID (the generator then tries the next source).
     */
    public static String machineId(String fileContent) {
        int nl = fileContent.indexOf('\n');
        return nl < 0 ? fileContent : fileContent.substring(0, nl);
    }

    /**
     * Windows Win32_ComputerSystemProduct.UUID (algorithms 0, 2, 4): exactly as WMI returns it, not trimmed, case
     * kept (upper case with hyphens) [INF: the generator reads it with the same WMI property reader that is seen,
     * under Wine, to keep blanks in the fingerprint values; Wine itself always formats the UUID, so it cannot show
     * a padded or lower-case one].
     */
    public static String windowsUuid(String wmiValue) {
        return wmiValue;
    }

    /** Windows registry MachineGuid (algorithm 3): exactly as stored, not trimmed, case kept [BIN, run under Wine]. */
    public static String machineGuid(String registryValue) {
        return registryValue;
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
     * One fingerprint part (algorithm 1): the label followed by the used properties ({@link #CPU_USED} etc.) in
     * that order, verbatim (no trimming, no separator) [BIN, run under Wine]. {@code fields} is the row in the
     * query order, empty when WMI returned no instance; a null property counts as "" (the generator's property
     * reader returns an empty string for VT_NULL and for a failed Get [BIN, disassembly]). The part is found when
     * its value after the label is not empty (the generator counts exactly that [BIN, disassembly]); otherwise
     * this is empty.
     */
    public static Optional<String> fingerprintPart(String label, List<String> fields, int[] used) {
        StringBuilder value = new StringBuilder();
        for (int i : used) {
            String f = i < fields.size() ? fields.get(i) : null;
            value.append(f == null ? "" : f);
        }
        return value.length() == 0 ? Optional.empty() : Optional.of(label + value);
    }

    /**
     * Algorithm 1 raw string: the parts in the order BASE, CPU, DISK, joined by {@link #PART_SEPARATOR}. A part
     * that was not found still contributes its bare label ("DISK >> ") [BIN, run under Wine]. Empty unless at least
     * two of the three parts were found [BIN, disassembly: a counter of non-empty parts must reach 2, else "Failed
     * to get enough hardware identifiers"; run under Wine with 0 of 3].
     */
    public static Optional<String> fingerprint(Optional<String> base, Optional<String> cpu, Optional<String> disk) {
        long found = Stream.of(base, cpu, disk).filter(Optional::isPresent).count();
        if (found < 2) {
            return Optional.empty();
        }
        return Optional.of(String.join(PART_SEPARATOR, base.orElse(BASE_LABEL), cpu.orElse(CPU_LABEL),
                disk.orElse(DISK_LABEL)));
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
