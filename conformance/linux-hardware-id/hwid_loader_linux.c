/*
 * Calls LicenseSpring's libhardware_id_generator.so (Linux x86_64 glibc) through dlopen for the algorithms named on
 * the command line and prints, like the Windows loader, per algorithm:
 *   ID <alg> <hash>
 *   LOG <alg> <log line, with \n, \r, \t and \\ escaped>
 * Build: gcc -O2 -o hwid_loader_linux hwid_loader_linux.c -ldl
 * Never pass algorithm 5: it contacts cloud metadata addresses. The loader refuses it.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

typedef const char *(*get_id_fn)(int);
typedef const char **(*get_logs_fn)(int *);
typedef const char *(*get_version_fn)(void);

static void print_escaped(const char *s) {
    for (; s && *s; s++) {
        switch (*s) {
        case '\n': fputs("\\n", stdout); break;
        case '\r': fputs("\\r", stdout); break;
        case '\t': fputs("\\t", stdout); break;
        case '\\': fputs("\\\\", stdout); break;
        default: putchar(*s);
        }
    }
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: hwid_loader_linux LIBRARY ALGORITHM...\n");
        return 2;
    }
    void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        fprintf(stderr, "cannot load %s: %s\n", argv[1], dlerror());
        return 3;
    }
    get_id_fn get_id = (get_id_fn) dlsym(lib, "get_hardware_id");
    get_logs_fn get_logs = (get_logs_fn) dlsym(lib, "get_logs");
    get_version_fn get_version = (get_version_fn) dlsym(lib, "get_version");
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
