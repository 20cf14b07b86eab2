package stdlib

import (
	"strings"
	"time"

	"wazzup-unf/mock1c/bsl/value"
)

// dateArg reads argument i as a Дата ("Неверный тип аргумента" otherwise).
func dateArg(args []value.Value, i int) (value.Date, error) {
	d, ok := arg(args, i).(value.Date)
	if !ok {
		return value.Date{}, value.ErrBadArgType()
	}
	return d, nil
}

// ParseDate reads the literal form Дата("…") accepts: "ГГГГММДД" or
// "ГГГГММДДччммсс"; other characters between digits are ignored, as in date
// literals ('2024-01-31 23:59:59' is accepted). The empty date string
// "00010101" and all zeros give the empty date.
func ParseDate(s string) (value.Date, error) {
	var digits []byte
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits = append(digits, s[i])
		}
	}
	bad := &value.Error{Msg: value.MsgToDateFailed}
	if len(digits) != 8 && len(digits) != 14 {
		return value.Date{}, bad
	}
	if strings.Trim(string(digits), "0") == "" {
		return value.EmptyDate, nil
	}
	n := func(from, to int) int {
		v := 0
		for _, c := range digits[from:to] {
			v = v*10 + int(c-'0')
		}
		return v
	}
	h, mi, se := 0, 0, 0
	if len(digits) == 14 {
		h, mi, se = n(8, 10), n(10, 12), n(12, 14)
	}
	d, err := value.NewDate(n(0, 4), n(4, 6), n(6, 8), h, mi, se)
	if err != nil {
		return value.Date{}, bad
	}
	return d, nil
}

// dateCtor is the function Дата(…): Дата(Строка), Дата(Год, Месяц, День)
// or Дата(Год, Месяц, День, Час, Минута, Секунда). Invalid parts are
// "Недопустимое значение даты"; Дата(1, 1, 1) is the empty date.
func dateCtor(args []value.Value) (value.Value, error) {
	switch len(args) {
	case 1:
		switch x := arg(args, 0).(type) {
		case value.Date:
			return x, nil
		case value.String:
			return ParseDate(string(x))
		}
		return nil, &value.Error{Msg: value.MsgToDateFailed}
	case 3, 6:
		parts := make([]int, 6)
		for i := range args {
			n, err := num(args, i, value.Int(0))
			if err != nil {
				return nil, err
			}
			// A fractional part is an error, not truncated (Дата(2024.5, 1, 1)).
			v, ok := n.Int64()
			if !ok || !n.IsInt() || v < -1<<31 || v > 1<<31 {
				return nil, value.ErrBadArgValue()
			}
			parts[i] = int(v)
		}
		return value.NewDate(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5])
	}
	return nil, &value.Error{Msg: value.MsgNotEnoughArgs}
}

// part wraps a function of one date returning a number.
func part(ru, en string, f func(t time.Time) int) value.MethodDef {
	return fn(ru, en, 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		d, err := dateArg(a, 0)
		if err != nil {
			return nil, err
		}
		return value.IntValue(int64(f(d.Time()))), nil
	})
}

// shift wraps a function of one date returning a date.
func shift(ru, en string, f func(t time.Time) time.Time) value.MethodDef {
	return fn(ru, en, 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		d, err := dateArg(a, 0)
		if err != nil {
			return nil, err
		}
		t := f(d.Time())
		if t.Year() < 1 || t.Year() > 3999 {
			// КонецГода of 3999 and НачалоНедели of 0001-01-01 stay in range
			// on the platform by clamping; we report it instead.
			return nil, &value.Error{Msg: value.MsgDateOutOfRange}
		}
		return value.DateOf(t), nil
	})
}

func ymd(t time.Time, y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func begDay(t time.Time) time.Time { return ymd(t, t.Year(), t.Month(), t.Day()) }

// begWeek: weeks start on Monday.
func begWeek(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
	return begDay(t).AddDate(0, 0, -wd)
}
func begMonth(t time.Time) time.Time { return ymd(t, t.Year(), t.Month(), 1) }
func begQuarter(t time.Time) time.Time {
	return ymd(t, t.Year(), time.Month((int(t.Month())-1)/3*3+1), 1)
}
func begYear(t time.Time) time.Time { return ymd(t, t.Year(), 1, 1) }
func endOf(beg func(time.Time) time.Time, y, m, d int) func(time.Time) time.Time {
	return func(t time.Time) time.Time { return beg(t).AddDate(y, m, d).Add(-time.Second) }
}

// unixMilliOfEmpty is 0001-01-01 00:00:00 UTC in Unix milliseconds.
const unixMilliOfEmpty = -62135596800000

func daysIn(y int, m time.Month) int { return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() }

// AddMonth is ДобавитьМесяц(Дата, ЧислоМесяцев): the same day and time n
// months later; when that day does not exist the result is the last day of
// the month, and when the source is the last day of its month the result
// is the last day of the target month (ДобавитьМесяц('20230228', 1) =
// '20230331'). The second rule is our reading of the platform's help
// ("end of month stays end of month") and is listed as unverified.
func AddMonth(d value.Date, n int) (value.Date, error) {
	t := d.Time()
	total := t.Year()*12 + int(t.Month()) - 1 + n
	y, m := total/12, time.Month(total%12+1)
	if total < 0 || y < 1 || y > 3999 {
		return value.Date{}, &value.Error{Msg: value.MsgDateOutOfRange}
	}
	day := t.Day()
	last := daysIn(y, m)
	if day > last || t.Day() == daysIn(t.Year(), t.Month()) {
		day = last
	}
	return value.DateOf(time.Date(y, m, day, t.Hour(), t.Minute(), t.Second(), 0, time.UTC)), nil
}

var dateFuncs = []value.MethodDef{
	fn("Дата", "Date", 1, 6, func(_ value.Env, a []value.Value) (value.Value, error) { return dateCtor(a) }),
	part("Год", "Year", func(t time.Time) int { return t.Year() }),
	part("Месяц", "Month", func(t time.Time) int { return int(t.Month()) }),
	part("День", "Day", func(t time.Time) int { return t.Day() }),
	part("Час", "Hour", func(t time.Time) int { return t.Hour() }),
	part("Минута", "Minute", func(t time.Time) int { return t.Minute() }),
	part("Секунда", "Second", func(t time.Time) int { return t.Second() }),
	part("ДеньГода", "DayOfYear", func(t time.Time) int { return t.YearDay() }),
	part("ДеньНедели", "WeekDay", func(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }),
	part("НеделяГода", "WeekOfYear", func(t time.Time) int {
		// Week 1 is the week containing 1 January; weeks start on Monday.
		jan1 := begWeek(begYear(t))
		return int(begWeek(t).Sub(jan1).Hours()/24)/7 + 1
	}),
	shift("НачалоМинуты", "BegOfMinute", func(t time.Time) time.Time { return t.Truncate(time.Minute) }),
	shift("НачалоЧаса", "BegOfHour", func(t time.Time) time.Time { return t.Truncate(time.Hour) }),
	shift("НачалоДня", "BegOfDay", begDay),
	shift("НачалоНедели", "BegOfWeek", begWeek),
	shift("НачалоМесяца", "BegOfMonth", begMonth),
	shift("НачалоКвартала", "BegOfQuarter", begQuarter),
	shift("НачалоГода", "BegOfYear", begYear),
	shift("КонецМинуты", "EndOfMinute", func(t time.Time) time.Time { return t.Truncate(time.Minute).Add(59 * time.Second) }),
	shift("КонецЧаса", "EndOfHour", func(t time.Time) time.Time { return t.Truncate(time.Hour).Add(time.Hour - time.Second) }),
	shift("КонецДня", "EndOfDay", endOf(begDay, 0, 0, 1)),
	shift("КонецНедели", "EndOfWeek", endOf(begWeek, 0, 0, 7)),
	shift("КонецМесяца", "EndOfMonth", endOf(begMonth, 0, 1, 0)),
	shift("КонецКвартала", "EndOfQuarter", endOf(begQuarter, 0, 3, 0)),
	shift("КонецГода", "EndOfYear", endOf(begYear, 1, 0, 0)),
	fn("ДобавитьМесяц", "AddMonth", 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) {
		d, err := dateArg(a, 0)
		if err != nil {
			return nil, err
		}
		n, err := intArg(a, 1, 0)
		if err != nil {
			return nil, err
		}
		if n > 48000 || n < -48000 {
			return nil, &value.Error{Msg: value.MsgDateOutOfRange}
		}
		return AddMonth(d, int(n))
	}),
	fn("ТекущаяДата", "CurrentDate", 0, 0, func(env value.Env, _ []value.Value) (value.Value, error) {
		// The session's local wall clock: the clock's time in its own location.
		return value.DateOf(env.Clock().Now()), nil
	}),
	fn("ТекущаяДатаСеанса", "CurrentSessionDate", 0, 0, func(env value.Env, _ []value.Value) (value.Value, error) {
		// The session's time zone is the clock's location here; the
		// platform layer may override this function with its own session zone.
		return value.DateOf(env.Clock().Now()), nil
	}),
	fn("ТекущаяУниверсальнаяДатаВМиллисекундах", "CurrentUniversalDateInMilliseconds", 0, 0, func(env value.Env, _ []value.Value) (value.Value, error) {
		// Milliseconds since 0001-01-01 UTC, not since 1970 (measured on
		// 8.3.27 by a public BSL runtime: the platform prints ~63.9e12).
		t := env.Clock().Now()
		return value.IntValue(t.UnixMilli() - unixMilliOfEmpty), nil
	}),
	fn("ТекущаяУниверсальнаяДата", "CurrentUniversalDate", 0, 0, func(env value.Env, _ []value.Value) (value.Value, error) {
		return value.DateOf(env.Clock().Now().UTC()), nil
	}),
}
