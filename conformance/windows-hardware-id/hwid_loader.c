/*
 * Calls LicenseSpring's hardware ID generator library for the algorithms named on the command line and prints, per
 * algorithm, the hash and the generator's own log lines (which include "Hardware ID before hash: " followed by the
 * raw string). Output lines, tab separated:
 *   ID <alg> <hash>
 *   LOG <alg> <log line, escaped by escape.h>
 * Windows (run under Wine): x86_64-w64-mingw32-gcc -O2 -o hwid_loader.exe hwid_loader.c  (loads the .dll)
 * Linux:                    gcc -O2 -o hwid_loader_linux hwid_loader.c -ldl                (loads the .so)
 * Never pass algorithm 5: it contacts cloud metadata addresses. The loader refuses it.
 */
#include <stdio.h>
#include <stdlib.h>
#include "escape.h"
#ifdef _WIN32
#include <windows.h>
#define OPEN_LIBRARY(path) ((void *) LoadLibraryA(path))
#define FIND_SYMBOL(lib, name) ((void *) GetProcAddress((HMODULE) (lib), name))
#else
#include <dlfcn.h>
#define OPEN_LIBRARY(path) dlopen(path, RTLD_NOW | RTLD_LOCAL)
#define FIND_SYMBOL(lib, name) dlsym(lib, name)
#endif

typedef const char *(*get_id_fn)(int);
typedef const char **(*get_logs_fn)(int *);
typedef const char *(*get_version_fn)(void);

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: hwid_loader LIBRARY ALGORITHM...\n");
        return 2;
    }
    void *lib = OPEN_LIBRARY(argv[1]);
    if (!lib) {
        fprintf(stderr, "cannot load %s\n", argv[1]);
        return 3;
    }
    get_id_fn get_id = (get_id_fn) FIND_SYMBOL(lib, "get_hardware_id");
    get_logs_fn get_logs = (get_logs_fn) FIND_SYMBOL(lib, "get_logs");
    get_version_fn get_version = (get_version_fn) FIND_SYMBOL(lib, "get_version");
    if (!get_id) {
        fprintf(stderr, "no get_hardware_id export\n");
        return 3;
    }
    if (get_version) {
        printf("VERSION\t%s\n", get_version());
    }
    for (int i = 2; i < argc; i++) {
        int alg = atoi(argv[i]);
        if (alg < 0 || alg > 4) {
            fprintf(stderr, "refusing algorithm %d (only 0-4; 5 contacts cloud metadata)\n", alg);
            return 2;
        }
        const char *id = get_id(alg);
        printf("ID\t%d\t%s\n", alg, id ? id : "");
        if (get_logs) {
            int count = 0;
            const char **logs = get_logs(&count);
            for (int j = 0; logs && j < count; j++) {
                printf("LOG\t%d\t", alg);
                print_escaped(logs[j]);
                putchar('\n');
            }
        }
        fflush(stdout);
    }
    return 0;
}
