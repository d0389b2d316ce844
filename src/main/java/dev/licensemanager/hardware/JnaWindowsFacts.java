package dev.licensemanager.hardware;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.COM.WbemcliUtil;
import com.sun.jna.platform.win32.Ole32;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinReg;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real Windows facts. The CS-product UUID comes through OSHI (it reads exactly that WMI value). The algorithm-1
 * fields come from WMI directly through JNA, because OSHI does not expose Win32_BaseBoard.Name or
 * Win32_DiskDrive.Manufacturer and rewrites hex disk serials. MachineGuid comes from the registry through JNA.
 * Only runs on Windows; not exercised by the Linux test suite (the logic above it is, with {@link WindowsFacts}
 * fixtures).
 */
final class JnaWindowsFacts implements WindowsFacts {
    private static final int WMI_TIMEOUT_MS = 5_000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DISK_INDEX = Pattern.compile("Disk #(\\d+)");

    enum ProcessorProperty { NAME, MANUFACTURER, PROCESSORID }

    enum BaseBoardProperty { MODEL, MANUFACTURER, NAME, SERIALNUMBER }

    enum DiskToPartitionProperty { ANTECEDENT, DEPENDENT }

    enum DiskDriveProperty { MANUFACTURER, MODEL, SERIALNUMBER }

    private final OshiHardwareUuid uuid;
    private final Map<String, String> env;

    JnaWindowsFacts(OshiHardwareUuid uuid, Map<String, String> env) {
        this.uuid = uuid;
        this.env = env;
    }

    @Override
    public Optional<String> computerSystemProductUuid() throws FactUnavailableException {
        try {
            return uuid.read();
        } catch (RuntimeException | LinkageError e) {
            throw new FactUnavailableException(HardwareIdFailures.WMI_UNAVAILABLE, "WMI unavailable (" + e + ")", e);
        }
    }

    @Override
    public List<String> processorFields() throws FactUnavailableException {
        return first(query("Win32_Processor", ProcessorProperty.class));
    }

    @Override
    public List<String> baseBoardFields() throws FactUnavailableException {
        return first(query("Win32_BaseBoard", BaseBoardProperty.class));
    }

    @Override
    public List<String> systemDiskFields() throws FactUnavailableException {
        String drive = env.getOrDefault("SystemDrive", "C:").strip();
        Optional<String> index = systemDiskIndex(drive, query("Win32_LogicalDiskToPartition", DiskToPartitionProperty.class));
        return index.isEmpty() ? List.of()
                : first(query("Win32_DiskDrive WHERE Index=" + index.get(), DiskDriveProperty.class));
    }

    /**
     * The disk index of {@code drive} from Win32_LogicalDiskToPartition rows (Antecedent, Dependent), the same link
     * the generator follows with its ASSOCIATORS OF query. Key names are matched in any case: Windows writes
     * {@code DeviceID=}, Wine's WMI {@code DeviceId=} (seen with {@code wmic}).
     */
    static Optional<String> systemDiskIndex(String drive, List<List<String>> links) {
        String wanted = ("DeviceID=\"" + drive + "\"").toLowerCase(Locale.ROOT);
        for (List<String> link : links) {
            String dependent = Objects.toString(link.get(1), "").toLowerCase(Locale.ROOT);
            if (dependent.contains(wanted)) {
                Matcher m = DISK_INDEX.matcher(Objects.toString(link.get(0), ""));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> machineGuid() throws FactUnavailableException {
        try {
            return Optional.of(Advapi32Util.registryGetStringValue(WinReg.HKEY_LOCAL_MACHINE,
                    "SOFTWARE\\Microsoft\\Cryptography", "MachineGuid", WinNT.KEY_WOW64_64KEY));
        } catch (Win32Exception e) {
            if (e.getErrorCode() == WinError.ERROR_FILE_NOT_FOUND) {
                return Optional.empty();
            }
            throw new FactUnavailableException(HardwareIdFailures.REGISTRY_UNAVAILABLE,
                    "Registry unavailable (" + e.getMessage() + ")", e);
        } catch (RuntimeException | LinkageError e) {
            throw new FactUnavailableException(HardwareIdFailures.REGISTRY_UNAVAILABLE, "Registry unavailable (" + e + ")", e);
        }
    }

    /**
     * A WMI value as the generator sees it: the string exactly as returned (padding, case, "None" kept), and null
     * for a null property (hashed as "", as the generator does).
     */
    static String wmiString(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * The ANSI code page. On Windows the JVM derives {@code native.encoding} from GetACP (e.g. {@code Cp1252},
     * {@code MS932}); windows-1252 if that name is unknown.
     */
    @Override
    public Charset ansiCodePage() {
        return charsetOf(System.getProperty("native.encoding"));
    }

    static Charset charsetOf(String name) {
        try {
            return name == null ? WINDOWS_1252 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return WINDOWS_1252;
        }
    }

    private static List<String> first(List<List<String>> rows) {
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    /** Runs one WQL query with COM initialised on this thread; rows of string values in enum order. */
    private static <T extends Enum<T>> List<List<String>> query(String wmiClass, Class<T> properties)
            throws FactUnavailableException {
        boolean uninit = false;
        try {
            WinNT.HRESULT hr = Ole32.INSTANCE.CoInitializeEx(null, Ole32.COINIT_MULTITHREADED);
            uninit = COMUtils.SUCCEEDED(hr);
            if (!uninit && hr.intValue() != WinError.RPC_E_CHANGED_MODE) {
                throw new FactUnavailableException(HardwareIdFailures.WMI_UNAVAILABLE,
                        "WMI unavailable (COM initialisation failed: 0x" + Integer.toHexString(hr.intValue()) + ")");
            }
            // Fails harmlessly with RPC_E_TOO_LATE when the process already set COM security.
            Ole32.INSTANCE.CoInitializeSecurity(null, -1, null, null, Ole32.RPC_C_AUTHN_LEVEL_DEFAULT,
                    Ole32.RPC_C_IMP_LEVEL_IMPERSONATE, null, Ole32.EOAC_NONE, null);
            WbemcliUtil.WmiResult<T> result = new WbemcliUtil.WmiQuery<>(wmiClass, properties).execute(WMI_TIMEOUT_MS);
            List<List<String>> rows = new ArrayList<>(result.getResultCount());
            for (int i = 0; i < result.getResultCount(); i++) {
                List<String> row = new ArrayList<>(); // not List.of: elements may be null
                for (T p : properties.getEnumConstants()) {
                    row.add(wmiString(result.getValue(p, i)));
                }
                rows.add(row);
            }
            return rows;
        } catch (TimeoutException e) {
            throw new FactUnavailableException(HardwareIdFailures.WMI_UNAVAILABLE,
                    "WMI unavailable (query " + wmiClass + " timed out)", e);
        } catch (RuntimeException | LinkageError e) {
            throw new FactUnavailableException(HardwareIdFailures.WMI_UNAVAILABLE,
                    "WMI unavailable (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            if (uninit) {
                Ole32.INSTANCE.CoUninitialize();
            }
        }
    }
}
