package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.hardware.HardwareIdAlgorithm;
import dev.licensemanager.hardware.HardwareIdExplanation;
import dev.licensemanager.hardware.HardwareIdFailures;
import dev.licensemanager.hardware.HardwareIdResult;
import dev.licensemanager.hardware.HardwareIdService;
import dev.licensemanager.hardware.HardwareIdServices;
import dev.licensemanager.hardware.HardwareIdSettings;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code license-manager hardware-id}: prints this machine's LicenseSpring hardware ID. Exit 0 with the ID on stdout;
 * 1 when it cannot be computed (reason on stderr); 2 for an unknown {@code --algorithm}.
 */
@Command(name = "hardware-id",
        description = "Print this machine's LicenseSpring hardware ID (the value deactivation sends).",
        footer = {"", "Exit codes: 0 printed, 1 could not compute (reason on stderr), 2 invalid --algorithm."})
public final class HardwareIdCommand implements Callable<Integer> {
    public static final int EXIT_NOT_COMPUTED = ExitCodes.UNEXPECTED;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--algorithm", paramLabel = "NAME",
            description = "0-5 or a name: default, windows-hardware-fingerprint, windows-computer-system-product,"
                    + " windows-cryptography, linux-machine-id, cloud-platforms, manual (also the SDK names such as"
                    + " WindowsCryptographyId). Default: the vendor configuration's, else default.")
    private String algorithm;

    @Option(names = "--explain", description = "Print the algorithm, the sources read (found or not) and warnings.")
    private boolean explain;

    @Option(names = "--json", description = "Print a JSON object: hardware_id, algorithm, sources, warnings.")
    private boolean json;

    @Option(names = "--allow-cloud", description = "Allow algorithm 5, which contacts cloud metadata services.")
    private boolean allowCloud;

    private final CliContext ctx;
    private final HardwareIdSettings defaults;
    private final Function<HardwareIdSettings, HardwareIdService> factory;

    public HardwareIdCommand(CliContext ctx) {
        this(ctx, HardwareIdSettings.defaults(), HardwareIdServices::create);
    }

    /** @param defaults the vendor configuration's settings; {@code --algorithm} and {@code --allow-cloud} override */
    public HardwareIdCommand(CliContext ctx, HardwareIdSettings defaults,
                             Function<HardwareIdSettings, HardwareIdService> factory) {
        this.ctx = ctx;
        this.defaults = defaults;
        this.factory = factory;
    }

    @Override
    public Integer call() {
        HardwareIdSettings settings = defaults;
        if (algorithm != null) {
            Optional<HardwareIdAlgorithm> parsed = HardwareIdAlgorithm.parse(algorithm);
            if (parsed.isEmpty()) {
                ctx.err().println("Unknown --algorithm '" + algorithm + "'. Use 0-5 or one of: "
                        + Arrays.stream(HardwareIdAlgorithm.values()).map(HardwareIdAlgorithm::cliName)
                        .collect(Collectors.joining(", ")) + ".");
                return ExitCodes.USAGE;
            }
            settings = settings.withAlgorithm(parsed.get());
        }
        if (allowCloud) {
            settings = settings.withAllowCloud(true);
        }
        HardwareIdResult result = factory.apply(settings).compute();
        if (json) {
            ctx.out().println(toJson(result));
        } else if (explain) {
            ctx.out().println(HardwareIdExplanation.render(result));
        } else if (result instanceof HardwareIdResult.Computed c) {
            ctx.out().println(c.id());
            c.warnings().forEach(w -> ctx.err().println("warning: " + w));
        }
        if (result instanceof HardwareIdResult.Failed f) {
            ctx.err().println("Could not compute the hardware ID: " + f.message() + " [" + f.reasonCode() + "]"
                    + (HardwareIdFailures.CLOUD_NOT_ALLOWED.equals(f.reasonCode()) ? " Add --allow-cloud to allow it." : ""));
            return EXIT_NOT_COMPUTED;
        }
        return ExitCodes.OK;
    }

    static String toJson(HardwareIdResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hardware_id", result.hardwareId().orElse(null));
        m.put("algorithm", result.algorithm().libraryName());
        m.put("algorithm_code", result.algorithm().code());
        m.put("sources", result.sources().stream()
                .map(s -> Map.of("name", s.name(), "found", s.found())).toList());
        if (result instanceof HardwareIdResult.Computed c) {
            m.put("warnings", c.warnings());
            m.put("created_fallback", c.createdFallback());
        } else if (result instanceof HardwareIdResult.Failed f) {
            m.put("warnings", List.of());
            m.put("error", Map.of("code", f.reasonCode(), "message", f.message()));
        }
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps always serialise", e);
        }
    }
}
