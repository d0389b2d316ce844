package dev.licensemanager.hardware;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linux, algorithms 0–4 (the generator does not branch on the algorithm here [BIN]): SHA-256 of /etc/machine-id,
 * else /var/lib/dbus/machine-id, else the persisted fallback UUID in /var/tmp/.LicenseSpring. Not cached.
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

    private HardwareIdResult fromFallback(List<SourceRead> sources, List<String> warnings) {
        Path fb = paths.fallback();
        try {
            if (files.isDirectory(fb)) {
                return fromFallbackDirectory(fb, sources, warnings);
            }
            Optional<String> existing = files.read(fb);
            if (existing.isPresent()) {
                return reuseFallback(fb, existing.get(), sources, warnings);
            }
            sources.add(SourceRead.missing(fb.toString()));
            return createFallback(fb, sources, warnings);
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
            warnings.add(fb + " does not hold a UUID; its format is an assumption (see docs/hardware-id.md).");
        }
        return computed(id, sources, warnings, false);
    }

    /** The reference says "stored under" the path; if it is a directory, accept exactly one UUID-holding file. */
    private HardwareIdResult fromFallbackDirectory(Path dir, List<SourceRead> sources, List<String> warnings)
            throws IOException {
        List<Path> candidates = new ArrayList<>();
        for (Path f : files.listFiles(dir)) {
            if (files.read(f).map(Normalisation::machineId).filter(s -> UUID_SHAPE.matcher(s).matches()).isPresent()) {
                candidates.add(f);
            }
        }
        if (candidates.size() != 1) {
            sources.add(SourceRead.missing(dir + "/*"));
            return new HardwareIdResult.Failed(HardwareIdFailures.FALLBACK_UNREADABLE,
                    "No machine-id on this system, and the LicenseSpring fallback directory " + dir + " holds "
                            + candidates.size() + " UUID files where one was expected.", algorithm, sources);
        }
        Path f = candidates.get(0);
        warnings.add(dir + " is a directory; assumed its only UUID file " + f.getFileName() + " is the fallback ID.");
        return reuseFallback(f, files.read(f).orElseThrow(), sources, warnings);
    }

    private HardwareIdResult createFallback(Path fb, List<SourceRead> sources, List<String> warnings) {
        String uuid = newUuid.get().toString();
        try {
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
