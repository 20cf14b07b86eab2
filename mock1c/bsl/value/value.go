package value

import (
	"io"

	"wazzup-unf/internal/clock"
)

// Value is any value of the language. TypeName is the platform's type name
// (what ТипЗнч reports); String is the value's representation as Строка(X)
// gives it in a Russian-language session.
type Value interface {
	TypeName() Name
	String() string
}

// HasProps is a value with named properties: obj.Имя. Names are matched
// case-insensitively in either language. GetProp returns ErrPropNotFound
// ("Поле объекта не обнаружено (Имя)") for an unknown name; SetProp returns
// the same for an unknown name and ErrReadOnly for a read-only value.
type HasProps interface {
	Value
	GetProp(name string) (Value, error)
	SetProp(name string, v Value) error
}

// HasMethods is a value with built-in methods: obj.Метод(…).
type HasMethods interface {
	Value
	Methods() *MethodTable
}

// Indexable is a value that supports obj[key] for reading and writing.
type Indexable interface {
	Value
	Index(key Value) (Value, error)
	SetIndex(key, v Value) error
}

// Iterable is a value Для Каждого can walk. Iterate returns a fresh
// iterator; the platform iterates over the collection as it is while the
// loop runs (changes during the loop are visible), which the iterators here
// follow by reading the live collection by position.
type Iterable interface {
	Value
	Iterate() Iterator
}

// Iterator yields the elements of an Iterable; ok is false at the end.
type Iterator interface {
	Next() (v Value, ok bool)
}

// Fillable is implemented by reference types so ЗначениеЗаполнено can ask
// them (a collection is filled when it is not empty).
type Fillable interface {
	Filled() bool
}

// PropLister is implemented by values whose property names can be listed
// (ЗаполнитьЗначенияСвойств, serialisation): Структура keys, table row
// columns, host objects' attributes.
type PropLister interface {
	PropNames() []string
}

// Env is what library functions may ask of the running session. The
// interpreter's session implements it.
type Env interface {
	// Clock is the session's clock (ТекущаяДата, ТекущаяУниверсальнаяДата).
	Clock() clock.Clock
	// Lang is the current language code for НСтр ("ru", "en").
	Lang() string
}

// RandomEnv is optionally implemented by an Env that wants to control the
// random source (Новый УникальныйИдентификатор) for reproducible tests.
type RandomEnv interface {
	Random() io.Reader
}

// Ref is the cell through which a built-in method writes a by-reference out
// parameter (see the package comment): the interpreter puts the variable's
// current value in V before the call and writes V back after it.
type Ref struct{ V Value }

// TypeName of a Ref is that of the value it holds; a Ref is never stored.
func (r *Ref) TypeName() Name {
	if r.V == nil {
		return TUndefined
	}
	return r.V.TypeName()
}

func (r *Ref) String() string {
	if r.V == nil {
		return ""
	}
	return r.V.String()
}

// Set stores v in the cell (nil-safe for callers that got no cell).
func (r *Ref) Set(v Value) {
	if r != nil {
		r.V = v
	}
}

// Deref returns the value inside a Ref, or v itself.
func Deref(v Value) Value {
	if r, ok := v.(*Ref); ok {
		return r.V
	}
	return v
}
