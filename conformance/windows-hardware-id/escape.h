/* Prints a string with \n, \r, \t and \ escaped, so one value stays on one tab-separated line. */
#ifndef HWID_ESCAPE_H
#define HWID_ESCAPE_H
#include <stdio.h>

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
#endif
