/*
 * Reads, through Wine's WMI and registry, the facts LicenseSpring's generator v1.0.0 reads, with the same
 * queries (the strings in the DLL). One line per value, tab separated, values escaped by escape.h:
 *   FACT <name> <value>        a value WMI returned (VT_BSTR)
 *   NULL <name>                the property exists but is null
 *   NONE <name>                the query returned no instance / the registry value is absent
 *   FACT ACP <n>               the ANSI code page (the generator hashes the raw string's bytes in it)
 * Values are printed as UTF-8 of the UTF-16 strings WMI and the registry hold.
 * Build: x86_64-w64-mingw32-gcc -O2 -o hwid_facts.exe hwid_facts.c -lole32 -loleaut32 -luuid -lwbemuuid -ladvapi32
 */
#define COBJMACROS
#include <stdio.h>
#include <windows.h>
#include <wbemcli.h>
#include "escape.h"

static void emit(const char *name, const wchar_t *value) {
    char buf[4096];
    WideCharToMultiByte(CP_UTF8, 0, value, -1, buf, sizeof buf, NULL, NULL);
    printf("FACT\t%s\t", name);
    print_escaped(buf);
    putchar('\n');
}

/* Runs the query; for the first instance prints each property (prefix.prop). Returns the first object. */
static IWbemClassObject *query(IWbemServices *svc, const wchar_t *wql, const char *prefix,
                               const wchar_t **props, int n) {
    IEnumWbemClassObject *en = NULL;
    IWbemClassObject *obj = NULL;
    ULONG got = 0;
    BSTR lang = SysAllocString(L"WQL"), q = SysAllocString(wql);
    HRESULT hr = IWbemServices_ExecQuery(svc, lang, q, WBEM_FLAG_FORWARD_ONLY | WBEM_FLAG_RETURN_IMMEDIATELY,
                                         NULL, &en);
    SysFreeString(lang);
    SysFreeString(q);
    if (SUCCEEDED(hr)) {
        IEnumWbemClassObject_Next(en, WBEM_INFINITE, 1, &obj, &got);
        IEnumWbemClassObject_Release(en);
    }
    for (int i = 0; i < n; i++) {
        char name[128];
        snprintf(name, sizeof name, "%s.%ls", prefix, props[i]);
        VARIANT v;
        VariantInit(&v);
        if (!got || !obj) {
            printf("NONE\t%s\n", name);
        } else if (FAILED(IWbemClassObject_Get(obj, props[i], 0, &v, NULL, NULL)) || v.vt == VT_NULL
                   || v.vt == VT_EMPTY) {
            printf("NULL\t%s\n", name);
        } else if (v.vt == VT_BSTR) {
            emit(name, v.bstrVal);
        } else {
            VARIANT s;
            VariantInit(&s);
            VariantChangeType(&s, &v, 0, VT_BSTR);
            emit(name, s.bstrVal);
            VariantClear(&s);
        }
        VariantClear(&v);
    }
    return got ? obj : NULL;
}

/* The generator's WMI queries, in its order; the system disk through the same association chain. */
static void wmi_facts(IWbemServices *svc) {
    const wchar_t *uuid[] = {L"UUID"};
    const wchar_t *cpu[] = {L"Name", L"Manufacturer", L"ProcessorId"};
    const wchar_t *base[] = {L"Model", L"Manufacturer", L"Name", L"SerialNumber"};
    const wchar_t *disk[] = {L"Manufacturer", L"Model", L"SerialNumber"};
    const wchar_t *part[] = {L"DeviceID", L"DiskIndex"};
    query(svc, L"SELECT UUID FROM Win32_ComputerSystemProduct", "Win32_ComputerSystemProduct", uuid, 1);
    query(svc, L"SELECT Name, Manufacturer, ProcessorId FROM Win32_Processor", "Win32_Processor", cpu, 3);
    query(svc, L"SELECT Model, Manufacturer, Name, SerialNumber FROM Win32_BaseBoard", "Win32_BaseBoard", base, 4);

    /* The system disk: the drive of the system directory -> its partition -> Win32_DiskDrive by index. */
    wchar_t sysdir[MAX_PATH], wql[512];
    GetSystemDirectoryW(sysdir, MAX_PATH);
    sysdir[2] = 0;
    emit("SystemDrive", sysdir);
    swprintf(wql, 512, L"ASSOCIATORS OF {Win32_LogicalDisk.DeviceID='%ls'} WHERE AssocClass = Win32_LogicalDiskToPartition",
             sysdir);
    IWbemClassObject *p = query(svc, wql, "Win32_DiskPartition", part, 2);
    VARIANT idx;
    VariantInit(&idx);
    if (p && SUCCEEDED(IWbemClassObject_Get(p, L"DiskIndex", 0, &idx, NULL, NULL)) && idx.vt != VT_NULL) {
        VARIANT s;
        VariantInit(&s);
        VariantChangeType(&s, &idx, 0, VT_BSTR);
        swprintf(wql, 512, L"SELECT Manufacturer, Model, SerialNumber FROM Win32_DiskDrive WHERE Index=%ls", s.bstrVal);
        VariantClear(&s);
        query(svc, wql, "Win32_DiskDrive", disk, 3);
    } else {
        query(svc, L"SELECT Manufacturer, Model, SerialNumber FROM Win32_DiskDrive WHERE Index=4294967295",
              "Win32_DiskDrive", disk, 3);
    }
}

int main(void) {
    IWbemLocator *loc = NULL;
    IWbemServices *svc = NULL;
    CoInitializeEx(NULL, COINIT_MULTITHREADED);
    CoInitializeSecurity(NULL, -1, NULL, NULL, RPC_C_AUTHN_LEVEL_DEFAULT, RPC_C_IMP_LEVEL_IMPERSONATE, NULL,
                         EOAC_NONE, NULL);
    if (FAILED(CoCreateInstance(&CLSID_WbemLocator, NULL, CLSCTX_INPROC_SERVER, &IID_IWbemLocator, (void **) &loc))) {
        printf("DOWN\tWMI\n");
        loc = NULL;
    }
    BSTR ns = SysAllocString(L"ROOT\\CIMV2");
    if (loc && FAILED(IWbemLocator_ConnectServer(loc, ns, NULL, NULL, NULL, 0, NULL, NULL, &svc))) {
        printf("DOWN\tWMI\n");
        svc = NULL;
    }
    SysFreeString(ns);
    if (svc) {
        wmi_facts(svc);
    }

    char acp[16];
    snprintf(acp, sizeof acp, "%u", GetACP());
    printf("FACT\tACP\t%s\n", acp);
    HKEY key;
    wchar_t guid[256];
    DWORD len = sizeof guid - sizeof(wchar_t), type = 0;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\Cryptography", 0, KEY_READ | KEY_WOW64_64KEY, &key)
            == ERROR_SUCCESS
        && RegQueryValueExW(key, L"MachineGuid", NULL, &type, (BYTE *) guid, &len) == ERROR_SUCCESS) {
        guid[len / sizeof(wchar_t)] = 0;
        emit("MachineGuid", guid);
    } else {
        printf("NONE\tMachineGuid\n");
    }
    return 0;
}
