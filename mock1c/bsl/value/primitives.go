package value

import (
	"strconv"
	"time"
)

// Type names of the primitive types.
var (
	TUndefined = Name{"Неопределено", "Undefined"}
	TNull      = Name{"Null", "Null"}
	TBoolean   = Name{"Булево", "Boolean"}
	TNumber    = Name{"Число", "Number"}
	TString    = Name{"Строка", "String"}
	TDate      = Name{"Дата", "Date"}
	TType      = Name{"Тип", "Type"}
)

// Undefined is Неопределено, the value of an unassigned variable and of an
// omitted parameter.
type Undefined struct{}

func (Undefined) TypeName() Name { return TUndefined }
func (Undefined) String() string { return "" }

// NullValue is Null, the "no value" of query results.
type NullValue struct{}

func (NullValue) TypeName() Name { return TNull }
func (NullValue) String() string { return "" }

// Boolean is Булево.
type Boolean bool

func (Boolean) TypeName() Name { return TBoolean }

// String is "Да" or "Нет", as Строка(Истина) gives it.
func (b Boolean) String() string {
	if b {
		return "Да"
	}
	return "Нет"
}

// String is Строка. Go strings are UTF-8; lengths and positions in the
// library are counted in characters (runes), as the platform counts them.
type String string

func (String) TypeName() Name   { return TString }
func (s String) String() string { return string(s) }

// Type is a value of type Тип: the type of some value, as ТипЗнч returns it
// and Тип("Имя") builds it.
type Type struct{ Name Name }

func (Type) TypeName() Name { return TType }

// String is the type's Russian name: Строка(Тип("Число")) = "Число".
func (t Type) String() string { return t.Name.Ru }

// Convenience singletons.
var (
	Undef Value = Undefined{}
	Null  Value = NullValue{}
	True  Value = Boolean(true)
	False Value = Boolean(false)
	Empty Value = String("")
)

// Bool converts a Go bool.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// Date is Дата: a moment without time zone, from 0001-01-01 00:00:00 (the
// empty date) to 3999-12-31 23:59:59. It is stored in ticks of 1/10 000 s
// since the empty date: constructors and ТекущаяДата give whole seconds,
// but Дата + 0.5 keeps the half second, Дата − Дата returns it, comparisons
// see it, and presentations (Строка, Формат) drop it. Adding less than half
// a tick is ignored; halves round away from zero. Source: OneScript's
// tests/date-behavior.os, which pins this platform behaviour
// ("ПрибавкаВышеТочности1СМеняетЗначение", "ПрибавкаОкругляетсяДоШага1С").
type Date struct{ ticks int64 }

// TicksPerSecond is the platform's date precision.
const TicksPerSecond = 10000

// unixOfEmpty is the Unix time of 0001-01-01 00:00:00 UTC.
const unixOfEmpty = -62135596800

// maxDateSec is 3999-12-31 23:59:59 in seconds since the empty date.
const maxDateSec = 126227808000 - 1

// EmptyDate is '00010101000000'.
var EmptyDate = Date{}

// NewDate builds a date from its parts, checking the platform's range and
// that the parts form a real calendar date.
func NewDate(y, mo, d, h, mi, s int) (Date, error) {
	if y < 1 || y > 3999 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 {
		return Date{}, &Error{Msg: MsgDateOutOfRange}
	}
	t := time.Date(y, time.Month(mo), d, h, mi, s, 0, time.UTC)
	if t.Day() != d {
		return Date{}, &Error{Msg: MsgDateOutOfRange}
	}
	return DateOf(t), nil
}

// DateOf takes the wall-clock fields of t (its own location), dropping
// sub-second parts. It clamps nothing: t must be in range.
func DateOf(t time.Time) Date {
	w := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
	return Date{ticks: (w.Unix() - unixOfEmpty) * TicksPerSecond}
}

// DateFromSeconds builds a date from seconds since the empty date.
func DateFromSeconds(s int64) (Date, error) {
	if s < 0 || s > maxDateSec {
		return Date{}, &Error{Msg: MsgDateOutOfRange}
	}
	return Date{ticks: s * TicksPerSecond}, nil
}

// Seconds returns whole seconds since the empty date (fraction dropped).
func (d Date) Seconds() int64 { return d.ticks / TicksPerSecond }

// Ticks returns ticks (1/10 000 s) since the empty date.
func (d Date) Ticks() int64 { return d.ticks }

// Whole drops the fraction of a second.
func (d Date) Whole() Date { return Date{ticks: d.ticks - d.ticks%TicksPerSecond} }

// Time returns the date as a UTC time.Time with the same wall clock.
func (d Date) Time() time.Time { return time.Unix(d.Seconds()+unixOfEmpty, 0).UTC() }

// IsEmpty reports whether d is the empty date.
func (d Date) IsEmpty() bool { return d.ticks == 0 }

func (Date) TypeName() Name { return TDate }

// String is the platform's standard presentation "31.01.2024 9:05:03":
// day and month with two digits, the hour without a leading zero (format
// ДЛФ=DT in the ru locale). The empty date presents as "01.01.0001 0:00:00".
func (d Date) String() string {
	t := d.Time()
	b := make([]byte, 0, 19)
	b = pad2(b, t.Day())
	b = append(b, '.')
	b = pad2(b, int(t.Month()))
	b = append(b, '.')
	b = pad4(b, t.Year())
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(t.Hour()), 10)
	b = append(b, ':')
	b = pad2(b, t.Minute())
	b = append(b, ':')
	b = pad2(b, t.Second())
	return string(b)
}

func pad2(b []byte, n int) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }
func pad4(b []byte, n int) []byte {
	return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
}
