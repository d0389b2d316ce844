package dev.licensemanager.hardware;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Windows: 0, 2 and 4 read Win32_ComputerSystemProduct.UUID (v1.0.0 has no fallback for 0 [BIN]); 1 the labelled
 * BASE/CPU/DISK fingerprint needing two of three parts; 3 the registry MachineGuid. Values are hashed exactly as
 * read (no trimming), as the official generator does under Wine. Not cached.
 */
final class WindowsHardwareId implements HardwareIdService {
    private static final Logger LOG = LoggerFactory.getLogger(WindowsHardwareId.class);
    static final String PART_MISSING_WARNING = "Built from 2 of the 3 hardware parts (%s not found). The generator"
            + " does the same, but this ID changes once that part can be read again.";

    private final HardwareIdAlgorithm algorithm;
    private final WindowsFacts facts;

    WindowsHardwareId(HardwareIdAlgorithm algorithm, WindowsFacts facts) {
        this.algorithm = algorithm;
        this.facts = facts;
    }

    @Override
    public HardwareIdResult compute() {
        return switch (algorithm) {
            case WINDOWS_HARDWARE_FINGERPRINT -> fingerprint();
            case WINDOWS_CRYPTOGRAPHY -> machineGuid();
            default -> csProductUuid();
        };
    }

    private HardwareIdResult csProductUuid() {
        try {
            Optional<String> uuid = facts.computerSystemProductUuid().map(Normalisation::windowsUuid)
                    .filter(s -> !s.isEmpty());
            if (uuid.isEmpty()) {
                return new HardwareIdResult.Failed(HardwareIdFailures.WMI_VALUE_MISSING,
                        "WMI returned no Win32_ComputerSystemProduct.UUID on this machine.", algorithm,
                        List.of(SourceRead.missing(WindowsFacts.CS_PRODUCT_UUID)));
            }
            return hashed(uuid.get(), WindowsFacts.CS_PRODUCT_UUID, List.of(SourceRead.found(WindowsFacts.CS_PRODUCT_UUID)),
                    new ArrayList<>());
        } catch (FactUnavailableException e) {
            return unavailable(e, List.of(SourceRead.missing(WindowsFacts.CS_PRODUCT_UUID)));
        }
    }

    private HardwareIdResult machineGuid() {
        try {
            Optional<String> guid = facts.machineGuid().map(Normalisation::machineGuid).filter(s -> !s.isEmpty());
            if (guid.isEmpty()) {
                return new HardwareIdResult.Failed(HardwareIdFailures.MACHINE_GUID_MISSING,
                        "The registry holds no Cryptography MachineGuid on this machine.", algorithm,
                        List.of(SourceRead.missing(WindowsFacts.MACHINE_GUID)));
            }
            return hashed(guid.get(), WindowsFacts.MACHINE_GUID, List.of(SourceRead.found(WindowsFacts.MACHINE_GUID)),
                    new ArrayList<>());
        } catch (FactUnavailableException e) {
            return unavailable(e, List.of(SourceRead.missing(WindowsFacts.MACHINE_GUID)));
        }
    }

    /** Algorithm 1, the layout the official generator v1.0.0 was seen to use under Wine (docs/hardware-id.md). */
    private HardwareIdResult fingerprint() {
        List<SourceRead> sources = new ArrayList<>(3);
        List<String> warnings = new ArrayList<>();
        List<FactUnavailableException> failures = new ArrayList<>();
        Optional<String> base = part(Part.BASE, sources, warnings, failures);
        Optional<String> cpu = part(Part.CPU, sources, warnings, failures);
        Optional<String> disk = part(Part.DISK, sources, warnings, failures);
        Optional<String> raw = Normalisation.fingerprint(base, cpu, disk);
        if (raw.isEmpty()) {
            boolean wmiDown = failures.size() == 3;
            return new HardwareIdResult.Failed(
                    wmiDown ? failures.get(0).reasonCode() : HardwareIdFailures.FINGERPRINT_INCOMPLETE,
                    wmiDown ? "WMI unavailable: " + failures.get(0).getMessage()
                            : "Only " + sources.stream().filter(SourceRead::found).count()
                              + " of the 3 hardware parts (CPU, base board, system disk) were found; the"
                              + " fingerprint needs at least 2.", algorithm, sources);
        }
        sources.stream().filter(s -> !s.found()).findFirst()
                .ifPresent(s -> warnings.add(PART_MISSING_WARNING.formatted(s.name())));
        String id = Normalisation.sha256Hex(raw.get(), facts.ansiCodePage());
        return new HardwareIdResult.Computed(id, algorithm, sources, warnings.stream().distinct().toList(), false);
    }

    /** The three parts in the generator's order, with their label, fact source and used properties. */
    private enum Part {
        BASE(Normalisation.BASE_LABEL, WindowsFacts.BASE_BOARD, Normalisation.BASE_USED),
        CPU(Normalisation.CPU_LABEL, WindowsFacts.PROCESSOR, Normalisation.CPU_USED),
        DISK(Normalisation.DISK_LABEL, WindowsFacts.SYSTEM_DISK, Normalisation.DISK_USED);

        final String label;
        final String source;
        final int[] used;

        Part(String label, String source, int[] used) {
            this.label = label;
            this.source = source;
            this.used = used;
        }
    }

    private Optional<String> part(Part which, List<SourceRead> sources, List<String> warnings,
                                  List<FactUnavailableException> failures) {
        try {
            List<String> fields = switch (which) {
                case CPU -> facts.processorFields();
                case BASE -> facts.baseBoardFields();
                case DISK -> facts.systemDiskFields();
            };
            Optional<String> part = Normalisation.fingerprintPart(which.label, fields, which.used);
            sources.add(new SourceRead(which.source, part.isPresent()));
            if (which != Part.CPU && part.isPresent()) {
                // CPU fields are model names, never unique; the used serials and makers of boards/disks are flagged.
                for (int i : which.used) {
                    String f = fields.get(i);
                    if (f != null && !f.isBlank()) {
                        Placeholders.check(which.source, f).ifPresent(warnings::add);
                    }
                }
            }
            return part;
        } catch (FactUnavailableException e) {
            LOG.debug("{} unavailable", which.source, e);
            failures.add(e);
            sources.add(SourceRead.missing(which.source));
            return Optional.empty();
        }
    }

    private HardwareIdResult hashed(String raw, String sourceName, List<SourceRead> sources, List<String> warnings) {
        Placeholders.check(sourceName, raw).ifPresent(warnings::add);
        return new HardwareIdResult.Computed(Normalisation.sha256Hex(raw, facts.ansiCodePage()), algorithm, sources,
                warnings, false);
    }

    private HardwareIdResult unavailable(FactUnavailableException e, List<SourceRead> sources) {
        LOG.debug("fact source unavailable", e);
        return new HardwareIdResult.Failed(e.reasonCode(), e.getMessage(), algorithm, sources);
    }
}
