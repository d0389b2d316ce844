package dev.licensemanager.hardware;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * The Windows facts the generator reads (docs/hardware-id.md). Field lists are in the generator's query order (the
 * WQL strings in its DLL); an empty list means WMI returned no instance, a {@code null} element a null property (hashed as "").
 * Values are exactly as WMI or the registry returned them; {@link Normalisation} decides what is hashed.
 */
public interface WindowsFacts {
    String CS_PRODUCT_UUID = "WMI Win32_ComputerSystemProduct.UUID";
    String PROCESSOR = "WMI Win32_Processor (Name, ProcessorId)";
    String BASE_BOARD = "WMI Win32_BaseBoard (Manufacturer, SerialNumber)";
    String SYSTEM_DISK = "WMI system disk Win32_DiskDrive (Model, SerialNumber)";
    String MACHINE_GUID = "Registry HKLM\\SOFTWARE\\Microsoft\\Cryptography\\MachineGuid";

    Optional<String> computerSystemProductUuid() throws FactUnavailableException;

    /** First Win32_Processor: Name, Manufacturer, ProcessorId. */
    List<String> processorFields() throws FactUnavailableException;

    /** Win32_BaseBoard: Model, Manufacturer, Name, SerialNumber. */
    List<String> baseBoardFields() throws FactUnavailableException;

    /** The Win32_DiskDrive holding the system drive: Manufacturer, Model, SerialNumber. */
    List<String> systemDiskFields() throws FactUnavailableException;

    Optional<String> machineGuid() throws FactUnavailableException;

    /** The system's ANSI code page (GetACP): the generator hashes the raw string's bytes in it. */
    Charset ansiCodePage();
}
