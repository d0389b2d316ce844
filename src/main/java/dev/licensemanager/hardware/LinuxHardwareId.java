package dev.licensemanager.hardware;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linux, algorithms 0–4 (the generator does not branch on the algorithm here [BIN]): SHA-256 of the first line of
 * /etc/machine-id, else of /var/lib/dbus/machine-id, else of the persisted fallback UUID in
 * /var/tmp/.LicenseSpring/machine-id. Checked against the official Linux library (docs/hardware-id.md). Not cached.
 */
final class LinuxHardwareId implements HardwareIdService {
    private static final Logger LOG = LoggerFactory.getLogger(LinuxHardwareId.class);
    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final HardwareIdAlgorithm algorithm;
    private final LinuxPaths paths;
    private final FactFiles files;
    private final Supplier<UUID> newUuid;

    LinuxHardwareId(HardwareIdAlgorithm algorithm, LinuxPaths paths, FactFiles files, Supplier<UUID> newUuid) {
        this.algorithm = algorithm;
        this.paths = paths;
        this.files = files;
        this.newUuid = newUuid;
    }

    @Override
    public HardwareIdResult compute() {
        List<SourceRead> sources = new ArrayList<>(4);
        List<String> warnings = new ArrayList<>(2);
        containerWarning().ifPresent(warnings::add);
        for (Path p : List.of(paths.machineId(), paths.dbusMachineId())) {
            Optional<String> id = readMachineId(p, sources, warnings);
            if (id.isPresent()) {
                Placeholders.check(p.toString(), id.get()).ifPresent(warnings::add);
                return computed(id.get(), sources, warnings, false);
            }
        }
        return fromFallback(sources, warnings);
    }

    private Optional<String> readMachineId(Path p, List<SourceRead> sources, List<String> warnings) {
        try {
            Optional<String> content = files.read(p);
            if (content.isEmpty()) {
                sources.add(SourceRead.missing(p.toString()));
                return Optional.empty();
            }
            String id = Normalisation.machineId(content.get());
            if (id.isEmpty()) {
                sources.add(SourceRead.missing(p.toString()));
                warnings.add(p + " exists but is empty (usual in cloned images before first boot); it was skipped.");
                return Optional.empty();
            }
            sources.add(SourceRead.found(p.toString()));
            return Optional.of(id);
        } catch (IOException e) {
            LOG.debug("cannot read {}", p, e);
            sources.add(SourceRead.missing(p.toString()));
            warnings.add(p + " exists but could not be read (" + e.getClass().getSimpleName() + "); it was skipped.");
            return Optional.empty();
        }
    }

    /**
     * The generator's fallback [BIN, run locally]: the first line of {@code /var/tmp/.LicenseSpring/machine-id};
     * when that file is missing it creates the directory and the file with a new upper-case UUID (no newline). An
     * empty file, or {@code /var/tmp/.LicenseSpring} being a plain file, gives the generator no ID: we fail the same
     * way and never touch what is there.
     */
    private HardwareIdResult fromFallback(List<SourceRead> sources, List<String> warnings) {
        Path dir = paths.fallback();
        Path fb = paths.fallbackFile();
        try {
            if (files.exists(dir) && !files.isDirectory(dir)) {
                sources.add(SourceRead.missing(fb.toString()));
                return new HardwareIdResult.Failed(HardwareIdFailures.FALLBACK_UNREADABLE,
                        "No machine-id on this system, and " + dir + " is a file where LicenseSpring keeps a folder;"
                                + " LicenseSpring's own generator cannot compute an ID here either.", algorithm, sources);
            }
            Optional<String> existing = files.read(fb);
            if (existing.isPresent()) {
                return reuseFallback(fb, existing.get(), sources, warnings);
            }
            sources.add(SourceRead.missing(fb.toString()));
            return createFallback(dir, fb, sources, warnings);
        } catch (IOException e) {
            LOG.debug("cannot read fallback {}", fb, e);
            sources.add(SourceRead.missing(fb.toString()));
            return new HardwareIdResult.Failed(HardwareIdFailures.FALLBACK_UNREADABLE,
                    "No machine-id on this system, and the LicenseSpring fallback " + fb + " could not be read ("
                            + e.getClass().getSimpleName() + ").", algorithm, sources);
        }
    }

    private HardwareIdResult reuseFallback(Path fb, String content, List<SourceRead> sources, List<String> warnings) {
        String id = Normalisation.machineId(content);
        if (id.isEmpty()) {
            sources.add(SourceRead.missing(fb.toString()));
            return new HardwareIdResult.Failed(HardwareIdFailures.FALLBACK_UNREADABLE,
                    "No machine-id on this system, and the LicenseSpring fallback " + fb + " is empty.",
                    algorithm, sources);
        }
        sources.add(SourceRead.found(fb.toString()));
        warnings.add("No machine-id on this system: used the LicenseSpring fallback ID stored in " + fb
                + ". It is lost if /var/tmp is cleared.");
        if (!UUID_SHAPE.matcher(id).matches()) {
            warnings.add(fb + " does not hold a UUID; it is used as it is, as LicenseSpring's generator does.");
        }
        return computed(id, sources, warnings, false);
    }

    private HardwareIdResult createFallback(Path dir, Path fb, List<SourceRead> sources, List<String> warnings) {
        // The generator writes upper-case hex in UUID layout, no newline [BIN, run locally].
        String uuid = newUuid.get().toString().toUpperCase(Locale.ROOT);
        try {
            files.createDirectories(dir);
            files.createNew(fb, uuid);
        } catch (FileAlreadyExistsException raced) {
            try {
                return reuseFallback(fb, files.read(fb).orElse(""), sources, warnings);
            } catch (IOException e) {
                return unwritable(fb, e, sources);
            }
        } catch (IOException e) {
            return unwritable(fb, e, sources);
        }
        LOG.debug("created hardware-ID fallback file {}", fb);
        warnings.add("No machine-id on this system: created a NEW fallback ID in " + fb + ". It cannot match an"
                + " activation made before now on this machine; a deactivation with it will not find that device.");
        return computed(uuid, sources, warnings, true);
    }

    private HardwareIdResult unwritable(Path fb, IOException e, List<SourceRead> sources) {
        LOG.debug("cannot create fallback {}", fb, e);
        return new HardwareIdResult.Failed(HardwareIdFailures.NO_MACHINE_ID,
                "No machine-id on this system (" + paths.machineId() + ", " + paths.dbusMachineId()
                        + " missing), and the fallback " + fb + " could not be created ("
                        + e.getClass().getSimpleName() + ").", algorithm, sources);
    }

    private Optional<String> containerWarning() {
        for (Path marker : List.of(paths.dockerEnv(), paths.containerEnv())) {
            if (files.exists(marker)) {
                return Optional.of("Running in a container (" + marker + " exists): containers and cloned images"
                        + " often share one machine-id, so this ID may not be unique to this machine.");
            }
        }
        return Optional.empty();
    }

    private HardwareIdResult computed(String raw, List<SourceRead> sources, List<String> warnings, boolean created) {
        return new HardwareIdResult.Computed(Normalisation.sha256Hex(raw), algorithm, sources, warnings, created);
    }
}
