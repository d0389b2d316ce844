import dev.licensemanager.hardware.HardwareIdEnvironment;
import dev.licensemanager.hardware.HardwareIdResult;
import dev.licensemanager.hardware.HardwareIdService;
import dev.licensemanager.hardware.HardwareIdServices;
import dev.licensemanager.hardware.HardwareIdSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Timing probe for bench/hardware-id.sh. One mode per JVM so every "cold" number is a true first call:
 *   cold-baseline  first Files.readString(/etc/machine-id)
 *   cold-id        first HardwareIdServices.create(defaults).compute()
 *   cold-id-after-logging  the same, with SLF4J/logback already initialised (as in the app)
 *   cold-id-after-jdk-warmup  the same, also after a lambda, an indy string concat and one SHA-256 elsewhere
 *   cold-logging   first SLF4J LoggerFactory.getLogger (logback start-up), for reference
 *   cold-oshi      first OSHI getHardwareUUID(), then first getProcessorID()
 *   warm N         median/p90 of N fresh (uncached) computations vs N plain reads, after warm-up
 */
public final class HardwareIdBench {
    public static void main(String[] args) throws Exception {
        Path machineId = Path.of("/etc/machine-id");
        switch (args[0]) {
            case "cold-baseline" -> {
                long t0 = System.nanoTime();
                String s = Files.readString(machineId);
                print("cold-baseline", t0, s.length());
            }
            case "cold-id" -> {
                long t0 = System.nanoTime();
                HardwareIdResult r = HardwareIdServices.create(HardwareIdSettings.defaults()).compute();
                print("cold-id", t0, r.hardwareId().map(String::length).orElse(-1));
            }
            case "cold-id-after-logging" -> {
                // The app initialises logging at start-up; this is the ID's own first-call cost after that.
                org.slf4j.LoggerFactory.getLogger(HardwareIdBench.class).trace("init");
                long t0 = System.nanoTime();
                HardwareIdResult r = HardwareIdServices.create(HardwareIdSettings.defaults()).compute();
                print("cold-id-after-logging", t0, r.hardwareId().map(String::length).orElse(-1));
            }
            case "cold-id-after-jdk-warmup" -> {
                // As a running app would be: logging started, lambdas/indy string concat and SHA-256 already used.
                org.slf4j.LoggerFactory.getLogger(HardwareIdBench.class).trace("init");
                Runnable r0 = () -> { };
                r0.run();
                String warm = "x" + args.length + r0;
                java.security.MessageDigest.getInstance("SHA-256").digest(warm.getBytes());
                long t0 = System.nanoTime();
                HardwareIdResult r = HardwareIdServices.create(HardwareIdSettings.defaults()).compute();
                print("cold-id-after-jdk-warmup", t0, r.hardwareId().map(String::length).orElse(-1));
            }
            case "cold-logging" -> {
                long t0 = System.nanoTime();
                org.slf4j.LoggerFactory.getLogger(HardwareIdBench.class).trace("init");
                print("cold-logging", t0, 0);
            }
            case "cold-oshi" -> {
                long t0 = System.nanoTime();
                oshi.hardware.HardwareAbstractionLayer hal = new oshi.SystemInfo().getHardware();
                String uuid = hal.getComputerSystem().getHardwareUUID();
                print("cold-oshi-uuid", t0, uuid.length());
                long t1 = System.nanoTime();
                String cpu = hal.getProcessor().getProcessorIdentifier().getProcessorID();
                print("cold-oshi-cpuid", t1, cpu.length());
            }
            case "warm" -> warm(Integer.parseInt(args[1]), machineId);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void warm(int n, Path machineId) throws Exception {
        HardwareIdEnvironment env = HardwareIdEnvironment.system();
        HardwareIdSettings settings = HardwareIdSettings.defaults();
        long sink = 0;
        for (int i = 0; i < 500; i++) { // warm-up both paths
            sink += HardwareIdServices.createUncached(settings, env).compute().hardwareId().orElse("").length();
            sink += Files.readString(machineId).length();
        }
        double[] id = new double[n];
        double[] base = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            HardwareIdService s = HardwareIdServices.createUncached(settings, env);
            sink += s.compute().hardwareId().orElse("").length();
            long t1 = System.nanoTime();
            sink += Files.readString(machineId).length();
            long t2 = System.nanoTime();
            id[i] = (t1 - t0) / 1e6;
            base[i] = (t2 - t1) / 1e6;
        }
        HardwareIdService cached = HardwareIdServices.create(settings, env);
        cached.compute();
        double[] hit = new double[n];
        for (int i = 0; i < n; i++) {
            long c0 = System.nanoTime();
            sink += cached.compute().hashCode() & 1;
            hit[i] = (System.nanoTime() - c0) / 1e6;
        }
        System.out.printf("warm-id-median %.4f%nwarm-id-p90 %.4f%nwarm-id-max %.4f%n", pct(id, 50), pct(id, 90), pct(id, 100));
        System.out.printf("warm-baseline-median %.4f%nwarm-baseline-p90 %.4f%n", pct(base, 50), pct(base, 90));
        System.out.printf("cached-call-median %.6f%nsamples %d%nsink %d%n", pct(hit, 50), n, sink);
    }

    private static double pct(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static void print(String key, long t0, int sink) {
        System.out.printf("%s %.3f%n", key, (System.nanoTime() - t0) / 1e6);
        if (sink == Integer.MIN_VALUE) {
            System.out.println();
        }
    }
}
