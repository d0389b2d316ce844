package dev.licensemanager.hardware;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compares, per fact set, the official generator's IDs (official.txt from hwid_loader.exe under Wine) with the IDs
 * the project's own Windows code computes from the facts Wine reported (facts.txt from hwid_facts.exe). Prints a
 * table and exits 1 on any difference. Compiled by run.sh into the project's package (it needs package access to
 * {@link WindowsHardwareId}); it is not part of the Maven build.
 *
 * <p>Usage: {@code java -cp ... dev.licensemanager.hardware.WineConformanceCheck RUN_DIR...}
 */
public final class WineConformanceCheck {
    private static final String BEFORE_HASH = "Hardware ID before hash: ";
    private static final HardwareIdAlgorithm[] ALGORITHMS = {HardwareIdAlgorithm.DEFAULT,
        HardwareIdAlgorithm.WINDOWS_HARDWARE_FINGERPRINT, HardwareIdAlgorithm.WINDOWS_COMPUTER_SYSTEM_PRODUCT,
        HardwareIdAlgorithm.WINDOWS_CRYPTOGRAPHY};

    private WineConformanceCheck() {
    }

    public static void main(String[] args) throws IOException {
        int differences = 0;
        int rows = 0;
        Map<Integer, Boolean> algorithmEqual = new LinkedHashMap<>();
        System.out.printf("%-26s %-3s %-18s %-18s %s%n", "fact set", "alg", "official DLL", "project", "result");
        for (String arg : args) {
            Path dir = Path.of(arg);
            Map<Integer, String> ids = new LinkedHashMap<>();
            Map<Integer, String> raws = new LinkedHashMap<>();
            for (String line : Files.readAllLines(dir.resolve("official.txt"), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 3);
                if (f[0].equals("ID")) {
                    ids.put(Integer.parseInt(f[1]), f.length > 2 ? f[2] : "");
                } else if (f[0].equals("LOG") && f[2].contains(BEFORE_HASH)) {
                    raws.put(Integer.parseInt(f[1]), unescape(f[2].substring(f[2].indexOf(BEFORE_HASH) + BEFORE_HASH.length())));
                }
            }
            WineFacts facts = WineFacts.read(dir.resolve("facts.txt"));
            for (HardwareIdAlgorithm alg : ALGORITHMS) {
                rows++;
                String official = ids.getOrDefault(alg.code(), "");
                String raw = raws.get(alg.code());
                HardwareIdResult result = new WindowsHardwareId(alg, facts).compute();
                String project = result.hardwareId().orElse("");
                boolean same = official.equals(project);
                String note = same ? "equal" : "DIFFERENT";
                if (raw != null && !Normalisation.sha256Hex(raw).equals(official)) {
                    same = false;
                    note = "DIFFERENT (the DLL's logged raw string does not hash to its ID)";
                }
                algorithmEqual.merge(alg.code(), same, Boolean::logicalAnd);
                if (!same) {
                    differences++;
                    note += "\n      official raw: " + escape(raw) + "\n      project: " + result;
                }
                System.out.printf("%-26s %-3d %-18s %-18s %s%n", dir.getFileName(), alg.code(), shortId(official),
                        shortId(project), note);
            }
        }
        System.out.printf("%d of %d comparisons equal, %d fact sets; algorithms equal on every fact set: %d/%d%n",
                rows - differences, rows, args.length, algorithmEqual.values().stream().filter(b -> b).count(),
                algorithmEqual.size());
        System.exit(differences == 0 && rows > 0 ? 0 : 1);
    }

    private static String shortId(String id) {
        return id.isEmpty() ? "(no ID)" : id.substring(0, Math.min(16, id.length())) + "…";
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s == null ? "(not logged)" : "\"" + s.replace("\\", "\\\\").replace("\n", "\\n") + "\"";
    }

    /** The facts hwid_facts.exe reported, served the way the project's Windows readers return them. */
    static final class WineFacts implements WindowsFacts {
        private final Map<String, Optional<String>> values = new LinkedHashMap<>(); // absent key = no instance
        private boolean wmiDown;

        static WineFacts read(Path file) throws IOException {
            WineFacts w = new WineFacts();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 3);
                switch (f[0]) {
                    case "FACT" -> w.values.put(f[1], Optional.of(unescape(f.length > 2 ? f[2] : "")));
                    case "NULL" -> w.values.put(f[1], Optional.empty());
                    case "DOWN" -> w.wmiDown = true;
                    default -> { } // NONE: no instance
                }
            }
            return w;
        }

        private void wmi() throws FactUnavailableException {
            if (wmiDown) {
                throw new FactUnavailableException(HardwareIdFailures.WMI_UNAVAILABLE, "WMI unavailable (Wine, wbemprox off)");
            }
        }

        /** The row in query order, as JnaWindowsFacts returns it: empty without an instance, null for a null value. */
        private List<String> row(String wmiClass, String... properties) throws FactUnavailableException {
            wmi();
            if (Stream.of(properties).noneMatch(p -> values.containsKey(wmiClass + "." + p))) {
                return List.of();
            }
            List<String> row = new ArrayList<>();
            for (String p : properties) {
                row.add(JnaWindowsFacts.wmiString(values.getOrDefault(wmiClass + "." + p, Optional.empty()).orElse(null)));
            }
            return row;
        }

        @Override
        public Optional<String> computerSystemProductUuid() throws FactUnavailableException {
            wmi();
            // OSHI is the real reader: it reports null/blank as "unknown", which OshiHardwareUuid turns into empty.
            return OshiHardwareUuid.accept(values.getOrDefault("Win32_ComputerSystemProduct.UUID", Optional.empty())
                    .orElse(null));
        }

        @Override
        public List<String> processorFields() throws FactUnavailableException {
            return row("Win32_Processor", "Name", "Manufacturer", "ProcessorId");
        }

        @Override
        public List<String> baseBoardFields() throws FactUnavailableException {
            return row("Win32_BaseBoard", "Model", "Manufacturer", "Name", "SerialNumber");
        }

        @Override
        public List<String> systemDiskFields() throws FactUnavailableException {
            return row("Win32_DiskDrive", "Manufacturer", "Model", "SerialNumber");
        }

        @Override
        public java.nio.charset.Charset ansiCodePage() {
            String acp = values.getOrDefault("ACP", Optional.empty()).orElse("1252");
            return acp.equals("65001") ? StandardCharsets.UTF_8 : JnaWindowsFacts.charsetOf("windows-" + acp);
        }

        @Override
        public Optional<String> machineGuid() {
            return values.getOrDefault("MachineGuid", Optional.empty());
        }
    }
}
