/* Calendar checks for dates and years typed by people. */
#ifndef LKJIP_DATE_H
#define LKJIP_DATE_H

#include <stdbool.h>

/* The years a report can be about: LKjIP (then LAKIP) began in 2000 and
 * a year outside this range is a typo ("tahun: 0", "20224"). */
enum { TAHUN_MIN = 2000, TAHUN_MAX = 2100 };

/* Days in month m (1..12) of year y, leap years included; 0 for a month
 * outside 1..12. */
int date_days_in_month(int y, int m);

/* Parses "YYYY-MM-DD" exactly (four, two, two digits) into a real
 * calendar date: "2025-02-31" and "2025-2-14" are false. */
bool date_parse_iso(const char *s, int *y, int *m, int *d);

/* Indonesian month names, "Januari" .. "Desember". */
extern const char *const DATE_BULAN[12];

/* Parses a month and year "Januari 2025" (the month's Indonesian name,
 * any case, one or more blanks, four digits), or "2025-01" as stored. */
bool date_parse_bulan(const char *s, int *y, int *m);

#endif
