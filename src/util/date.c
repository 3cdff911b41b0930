#include "util/date.h"

#include <ctype.h>
#include <string.h>

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
