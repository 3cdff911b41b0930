#include "util/date.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

int date_days_in_month(int y, int m)
{
	static const int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
		30, 31};
	if (m < 1 || m > 12)
		return 0;
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return DAYS[m - 1] + (m == 2 && leap);
}

/* n digits at s as a number; -1 when any is not a digit. */
static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

bool date_parse_iso(const char *s, int *y, int *m, int *d)
{
	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	int yy = digits(s, 4), mm = digits(s + 5, 2), dd = digits(s + 8, 2);
	if (yy < 0 || mm < 0 || dd < 1 || dd > date_days_in_month(yy, mm))
		return false;
	*y = yy;
	*m = mm;
	*d = dd;
	return true;
}

const char *const DATE_BULAN[12] = {"Januari", "Februari", "Maret",
	"April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
	"November", "Desember"};

bool date_parse_bulan(const char *s, int *y, int *m)
{
	if (s == NULL)
		return false;
	if (strlen(s) == 7 && s[4] == '-') {
		int yy = digits(s, 4), mm = digits(s + 5, 2);
		if (yy < 0 || mm < 1 || mm > 12)
			return false;
		*y = yy;
		*m = mm;
		return true;
	}
	for (int i = 0; i < 12; i++) {
		size_t n = strlen(DATE_BULAN[i]);
		if (strncasecmp(s, DATE_BULAN[i], n) != 0 || s[n] != ' ')
			continue;
		const char *p = s + n;
		while (*p == ' ')
			p++;
		if (strlen(p) != 4 || digits(p, 4) < 0)
			return false;
		*y = digits(p, 4);
		*m = i + 1;
		return true;
	}
	return false;
}
